"""Security headers on every response, and CORS limited to the sites allowed to embed Linkway.

Every page gets a strict Content-Security-Policy: scripts, styles, fonts and images from the app
only, network connections to the app and the Rasa server only. Pages that a council or GP site
may show in a frame (the chat) name those sites in `frame-ancestors`; every other page refuses
to be framed. The embed loader (`/widget.js`) is the one resource other sites load directly.
"""

from collections.abc import Iterable
from urllib.parse import urlsplit

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.settings import Settings

FRAMEABLE_PATHS = frozenset({"/embed"})
CROSS_ORIGIN_PATHS = frozenset({"/widget.js"})
API_DOCS_PATH = "/docs"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"


def websocket_origin(http_url: str) -> str:
    """The ws:// or wss:// origin matching an http(s) URL (socket.io upgrades to a WebSocket)."""
    parts = urlsplit(http_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    return f"{scheme}://{parts.netloc}"


def http_origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def content_security_policy(settings: Settings, path: str) -> str:
    rasa = http_origin(settings.rasa_url)
    frame_ancestors = " ".join(["'self'", *settings.allowed_origins]) if path in FRAMEABLE_PATHS else "'none'"
    # Swagger UI (served from the app) sets style attributes in its markup.
    styles = "'self' 'unsafe-inline'" if path == API_DOCS_PATH else "'self'"
    directives = {
        "default-src": "'none'",
        "script-src": "'self'",
        "style-src": styles,
        "img-src": "'self' data:",
        "font-src": "'self'",
        "connect-src": f"'self' {rasa} {websocket_origin(rasa)}",
        "manifest-src": "'self'",
        "form-action": "'self'",
        "base-uri": "'none'",
        "object-src": "'none'",
        "frame-ancestors": frame_ancestors,
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def security_headers(settings: Settings, path: str) -> dict[str, str]:
    headers = {
        "Content-Security-Policy": content_security_policy(settings, path),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Permissions-Policy": PERMISSIONS_POLICY,
        "Cross-Origin-Resource-Policy": "cross-origin" if path in CROSS_ORIGIN_PATHS else "same-origin",
    }
    if path not in FRAMEABLE_PATHS:
        headers["X-Frame-Options"] = "DENY"
    if settings.env == "production":
        headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
    return headers


class SecurityHeadersMiddleware:
    """Adds the security headers to every HTTP response, leaving any a route set itself."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = security_headers(self.settings, scope["path"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.decode("latin-1").lower() for name, _ in message.get("headers", [])}
                added = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in extra.items()]
                message["headers"] = [*message.get("headers", []), *(h for h in added if h[0].decode() not in present)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def allowed_cors_origins(settings: Settings) -> Iterable[str]:
    return [http_origin(origin) for origin in settings.allowed_origins]


def add_security(app: FastAPI, settings: Settings) -> None:
    """Security headers on every response; cross-origin requests only from the allowed sites."""
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(allowed_cors_origins(settings)),
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "Authorization"],
        allow_credentials=False,
        max_age=600,
    )
    app.add_middleware(SecurityHeadersMiddleware, settings=settings)
