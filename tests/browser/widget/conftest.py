"""Browser fixtures for the widget: Debian's Chromium driven by Selenium, a second site that embeds
the widget, and an app server that allows that site to frame the chat."""

import functools
import http.server
import json
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver

from tests.browser.widget.chromium import chromium
from tests.servers import ServerProcess, app_process, free_port


@pytest.fixture
def phone_browser() -> Iterator[webdriver.Chrome]:
    """A 320 px wide viewport, the narrowest phone the widget must work on (Chromium's windows do not
    shrink that far, so the viewport is emulated)."""
    driver = chromium(width=500, height=800)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": True}
    )
    try:
        yield driver
    finally:
        driver.quit()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        pass


@pytest.fixture(scope="module")
def council_site() -> Iterator[tuple[str, Path]]:
    """Another website on its own port (a council's page), serving the files written to its folder."""
    folder = Path(tempfile.mkdtemp(prefix="linkway-council-"))
    port = free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(QuietHandler, directory=folder))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}", folder
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def embedding_app_server(council_site: tuple[str, Path], database_url: str, index_dir: Path) -> Iterator[str]:
    """A second app process that lists the council site among the sites allowed to frame the chat.

    Its chat talks to the same Rasa server as `app_server`'s (when a test starts one)."""
    from tests.conftest import SCRATCH_DIR, server_env

    port = free_port()
    env = {
        **server_env(database_url),
        "LINKWAY_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "LINKWAY_ALLOWED_ORIGINS": json.dumps([council_site[0]]),
    }
    server: ServerProcess = app_process(port, env, SCRATCH_DIR, name="embedding-app")
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture(scope="module")
def app_without_rasa(database_url: str, index_dir: Path) -> Iterator[str]:
    """An app whose Rasa server address answers nothing: the assistant is unreachable."""
    from tests.conftest import SCRATCH_DIR, server_env

    port = free_port()
    env = {**server_env(database_url), "LINKWAY_RASA_URL": f"http://127.0.0.1:{free_port()}"}
    server = app_process(port, env, SCRATCH_DIR, name="app-without-rasa")
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()
