"""Where the widget's files live: sources in web/static, the socket.io client from web/node_modules."""

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from api.settings import PROJECT_ROOT

WEB_DIR = PROJECT_ROOT / "web"
STATIC_DIR = WEB_DIR / "static"
SOCKET_IO_DIST = WEB_DIR / "node_modules" / "socket.io-client" / "dist"
EMBED_LOADER = STATIC_DIR / "js" / "embed.js"
TEMPLATES = Jinja2Templates(directory=Path(__file__).resolve().parent.parent / "templates")


def mount_assets(app: FastAPI) -> None:
    """Serve the widget's own files; the vendored client first, so `/static` does not shadow it."""
    app.mount("/static/vendor/socket.io", StaticFiles(directory=SOCKET_IO_DIST, check_dir=False), name="socket-io")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="widget-assets")
