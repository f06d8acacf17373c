"""The OpenAPI documentation page, served from the app's own copy of Swagger UI.

FastAPI's built-in page loads Swagger UI from a CDN with an inline script; Linkway runs where nothing
may be fetched from the internet and keeps a strict Content-Security-Policy, so it serves its own.
"""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.widget.assets import TEMPLATES

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def api_documentation(request: Request) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(
        request, "docs/openapi.html", {"title": request.app.title, "openapi_url": request.app.openapi_url}
    )
