"""Real database outages for fault tests, switched on and off by the test.

PostgreSQL: the app reaches the database through a TCP proxy the test owns; cutting the proxy drops
every connection and refuses new ones, as a network partition or a database restart would.
SQLite: the test holds the database's write lock, so the app's writes time out, as they would
behind a stuck writer or a full disk.
"""

import socket
import sqlite3
import threading
from contextlib import suppress
from urllib.parse import urlsplit, urlunsplit


class TcpProxy:
    """Forwards a local port to a target address until cut."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = True
        self.sockets: set[socket.socket] = set()
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self.lock:
                self.sockets |= {client, upstream}
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client), daemon=True).start()

    def _pump(self, source: socket.socket, destination: socket.socket) -> None:
        with suppress(OSError):
            while data := source.recv(65536):
                destination.sendall(data)
        for end in (source, destination):
            with suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        self.open = False
        with self.lock:
            for sock in self.sockets:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets.clear()

    def restore(self) -> None:
        self.open = True

    def close(self) -> None:
        self.cut()
        self.listener.close()


class DatabaseOutage:
    """`app_database_url` is the URL the app must use; `begin` and `end` switch the outage."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.proxy: TcpProxy | None = None
        self.writer: sqlite3.Connection | None = None
        if database_url.startswith("postgresql"):
            parts = urlsplit(database_url)
            self.proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432)
            netloc = parts.netloc.replace(f"{parts.hostname}:{parts.port or 5432}", f"127.0.0.1:{self.proxy.port}")
            self.app_database_url = urlunsplit(parts._replace(netloc=netloc))
        else:
            self.app_database_url = database_url

    def begin(self) -> None:
        if self.proxy:
            self.proxy.cut()
        else:
            path = self.database_url.split("sqlite:///", 1)[1]
            self.writer = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.writer.execute("BEGIN EXCLUSIVE")

    def end(self) -> None:
        if self.proxy:
            self.proxy.restore()
        elif self.writer:
            self.writer.execute("ROLLBACK")
            self.writer.close()
            self.writer = None

    def close(self) -> None:
        self.end()
        if self.proxy:
            self.proxy.close()
