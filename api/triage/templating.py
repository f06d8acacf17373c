"""The Jinja2 environment for staff pages: autoescaping on for every template, and the helpers they share."""

from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from api.auth.csrf import CSRF_FIELD, attach_csrf_cookie, csrf_token
from api.auth.dependencies import ROLE_NAMES
from api.auth.models import Role
from api.referrals.display import as_utc, humanise, need_label
from api.settings import get_settings
from index.database import utcnow
from index.taxonomy import load_taxonomy

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"


def format_when(moment: datetime | None) -> str:
    return as_utc(moment).strftime("%d %b %Y %H:%M") if moment else ""


def format_duration(start: datetime | None, end: datetime | None = None) -> str:
    if start is None:
        return ""
    seconds = max(0, int((as_utc(end or utcnow()) - as_utc(start)).total_seconds()))
    days, hours, minutes = seconds // 86400, seconds % 86400 // 3600, seconds % 3600 // 60
    if days:
        return f"{days} d {hours} h"
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


def role_name(role: str) -> str:
    return ROLE_NAMES.get(Role(role), role) if role in set(Role) else role


def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    environment.filters.update(
        when=format_when, waited=format_duration, need=need_label, role=role_name, human=humanise
    )
    environment.globals.update(Role=Role, csrf_field=CSRF_FIELD)
    return environment


templates = Jinja2Templates(env=_environment())


def render(request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200) -> HTMLResponse:
    settings = get_settings()
    user = getattr(request.state, "user", None)
    full_context = {
        "user": user,
        "user_role": Role(user.role) if user else None,
        "csrf_token": csrf_token(request, settings),
        "taxonomy": load_taxonomy(),
        **(context or {}),
    }
    response = templates.TemplateResponse(request, name, full_context, status_code=status_code)
    attach_csrf_cookie(request, response, settings)
    return response
