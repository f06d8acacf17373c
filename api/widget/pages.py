"""The chat page (on Linkway's own site and framed by the embed loader), the loader, and the privacy notice."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse

from api.deps import SettingsDep
from api.widget.assets import EMBED_LOADER, TEMPLATES

# A resident who presses Quick exit lands here: a busy, ordinary site that gives nothing away.
QUICK_EXIT_URL = "https://www.bbc.co.uk/weather"
# Intents the conversation defines (assistant/domain.yml): going anonymous (the first is what the
# switch sends; choosing to look anonymously from the greeting counts too) and the opening greeting.
ANONYMOUS_PAYLOADS = ("/go_anonymous", "/choose_anonymous")
START_PAYLOAD = "/greet"
# Pages that can show a conversation must never be kept in a cache or restored by Back.
PRIVATE_PAGE_HEADERS = {"Cache-Control": "no-store"}

router = APIRouter(tags=["widget"], include_in_schema=False)

AreaHint = Annotated[str, Query(max_length=100, description="An area name the embedding site pre-fills")]


def page_context(settings: SettingsDep) -> dict[str, object]:
    return {"quick_exit_url": QUICK_EXIT_URL, "phone_route": settings.phone_route}


def chat_page(request: Request, settings: SettingsDep, *, embedded: bool, area: str) -> HTMLResponse:
    context = {
        **page_context(settings),
        "embedded": embedded,
        "rasa_url": settings.rasa_url,
        "max_chars": settings.max_message_chars,
        "area_hint": area.strip(),
        "anonymous_payloads": " ".join(ANONYMOUS_PAYLOADS),
        "start_payload": START_PAYLOAD,
    }
    return TEMPLATES.TemplateResponse(request, "widget/chat.html", context, headers=PRIVATE_PAGE_HEADERS)


@router.get("/", response_class=HTMLResponse)
def chat(request: Request, settings: SettingsDep, area: AreaHint = "") -> HTMLResponse:
    """The resident chat on Linkway's own page."""
    return chat_page(request, settings, embedded=False, area=area)


@router.get("/embed", response_class=HTMLResponse)
def embedded_chat(request: Request, settings: SettingsDep, area: AreaHint = "") -> HTMLResponse:
    """The chat as the embed loader frames it on an allowed site."""
    return chat_page(request, settings, embedded=True, area=area)


@router.get("/widget.js")
def embed_loader() -> FileResponse:
    """The one-script-tag embed loader."""
    return FileResponse(EMBED_LOADER, media_type="text/javascript", headers={"Cache-Control": "public, max-age=300"})


@router.get("/privacy", response_class=HTMLResponse)
def privacy(request: Request, settings: SettingsDep) -> HTMLResponse:
    """The privacy notice in plain English."""
    context = {
        **page_context(settings),
        "retention_days": settings.retention_days,
        "consent_version": settings.consent_version,
    }
    return TEMPLATES.TemplateResponse(request, "widget/privacy.html", context)
