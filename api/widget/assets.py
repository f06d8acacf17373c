"""Where the web files live: sources in web/static; socket.io client and Swagger UI from web/node_modules."""

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from api.settings import PROJECT_ROOT

WEB_DIR = PROJECT_ROOT / "web"
STATIC_DIR = WEB_DIR / "static"
SOCKET_IO_DIST = WEB_DIR / "node_modules" / "socket.io-client" / "dist"
SWAGGER_UI_DIST = WEB_DIR / "node_modules" / "swagger-ui-dist"
EMBED_LOADER = STATIC_DIR / "js" / "embed.js"
TEMPLATES = Jinja2Templates(directory=Path(__file__).resolve().parent.parent / "templates")


def mount_assets(app: FastAPI) -> None:
    """Serve the widget's own files; the vendored packages first, so `/static` does not shadow them."""
    app.mount("/static/vendor/socket.io", StaticFiles(directory=SOCKET_IO_DIST, check_dir=False), name="socket-io")
    app.mount("/static/vendor/swagger-ui", StaticFiles(directory=SWAGGER_UI_DIST, check_dir=False), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="widget-assets")
