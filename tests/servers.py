"""Start the real Linkway processes (the app under uvicorn, the Rasa server) for tests."""

import os
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
APP_PYTHON = ROOT / ".venv" / "bin" / "python"
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
RASA_MODEL = ROOT / "var" / "models" / "linkway.tar.gz"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tracker_store_url(database_url: str, scratch_dir: Path) -> str:
    """Rasa (SQLAlchemy 1.4 + psycopg2) shares PostgreSQL with the app, or gets its own SQLite file."""
    if database_url.startswith("postgresql"):
        return "postgresql://" + database_url.split("://", 1)[1]
    return f"sqlite:///{scratch_dir / 'rasa-tracker.db'}"


@dataclass(eq=False)
class ServerProcess:
    """A real server process with its log file; `stop` then `start` again simulates a restart.

    Compared by identity, so tests can key dictionaries by the process.
    """

    name: str
    command: list[str]
    env: dict[str, str]
    health_url: str
    log_path: Path
    startup_seconds: float = 480
    warm_url: str | None = None
    warm_seconds: float = 120
    process: subprocess.Popen[bytes] | None = field(default=None, init=False)

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, env={**os.environ, **self.env}, stdout=log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + self.startup_seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited early:\n{self.log_tail()}")
            if answers(self.health_url):
                self.wait_until_warm()
                return
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"{self.name} did not become healthy in {self.startup_seconds}s:\n{self.log_tail()}")

    def wait_until_warm(self) -> None:
        """Give the process time to load its models, so the first test is not the one that waits.

        Best effort: a test may deliberately start the app in a state where it is never ready.
        """
        if self.warm_url is None:
            return
        deadline = time.monotonic() + self.warm_seconds
        while time.monotonic() < deadline and not answers(self.warm_url):
            time.sleep(0.5)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def log_tail(self, lines: int = 60) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


def answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def app_process(port: int, env: dict[str, str], log_dir: Path, name: str = "app") -> ServerProcess:
    return ServerProcess(
        name=name,
        command=[str(APP_PYTHON), "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        health_url=f"http://127.0.0.1:{port}/health",
        log_path=log_dir / f"{name}.log",
        warm_url=f"http://127.0.0.1:{port}/ready",
    )


def rasa_process(port: int, env: dict[str, str], log_dir: Path, name: str = "rasa") -> ServerProcess:
    command = [
        str(RASA), "run", "--enable-api", "--port", str(port), "--cors", "*",
        "--credentials", "assistant/credentials.yml", "--endpoints", "assistant/endpoints.yml",
        "--model", str(RASA_MODEL),
    ]  # fmt: skip
    return ServerProcess(
        name=name,
        command=command,
        env={"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3", **env},
        health_url=f"http://127.0.0.1:{port}/status",
        log_path=log_dir / f"{name}.log",
    )
