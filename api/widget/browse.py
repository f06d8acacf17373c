"""`GET /services`: browse and filter the directory without chatting.

The same search and the same "why" as the conversation. The filters live in the address, so a
results page is a link anyone can share; nothing about the visitor is stored.
"""

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError

from api.deps import SettingsDep
from api.widget.assets import TEMPLATES
from api.widget.pages import page_context
from index.areas import NATIONAL
from index.search import IndexUnavailableError, InvalidSearchError, SearchQuery, ServiceSearch, get_service_search
from index.taxonomy import load_taxonomy

RESULTS_SHOWN = 20
DELIVERY_LABELS = {
    "in_person": "In person",
    "phone": "By phone",
    "online": "Online",
    "home_visit": "Home visits",
    "text": "By text message",
}
LANGUAGE_NAMES = {
    "en": "English", "ar": "Arabic", "bn": "Bengali", "bfi": "British Sign Language", "fa": "Persian (Farsi)",
    "pa": "Punjabi", "pl": "Polish", "ps": "Pashto", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "ti": "Tigrinya", "uk": "Ukrainian", "ur": "Urdu",
}  # fmt: skip

router = APIRouter(tags=["widget"], include_in_schema=False)

Text = Annotated[str, Query(max_length=1000)]
Choice = Annotated[str, Query(max_length=100)]


def filter_choices(search: ServiceSearch) -> dict[str, list[tuple[str, str]]]:
    """The values each filter offers, as (value, label) pairs."""
    taxonomy = load_taxonomy()
    languages = sorted({code for entry in search.index.services for code in entry.languages})
    return {
        "needs": [(key, need.label) for key, need in taxonomy.needs.items()],
        "areas": [(area, area) for area in search.known_areas() if area != NATIONAL],
        "delivery": list(DELIVERY_LABELS.items()),
        "languages": [(code, LANGUAGE_NAMES.get(code, code)) for code in languages],
    }


def search_query(chosen: dict[str, str], flags: dict[str, bool]) -> SearchQuery:
    """The visitor's filters as a SearchQuery; blank fields mean "any". Raises ValidationError."""
    need = chosen["need"]
    return SearchQuery.model_validate(
        {
            "q": chosen["q"].strip(),
            "needs": [need] if need else [],
            "area": chosen["area"] or None,
            "age": chosen["age"].strip() or None,
            "delivery": chosen["delivery"] or None,
            "language": chosen["language"] or None,
            "free": flags["free"],
            "open_now": flags["open_now"],
            "limit": RESULTS_SHOWN,
            "detect_needs": not need,
        }
    )


def share_link(public_url: str, chosen: dict[str, str], flags: dict[str, bool]) -> str:
    """The address of these results: only the filters that were set, so the link stays short."""
    shared = {name: value for name, value in chosen.items() if value}
    shared |= {name: "true" for name, on in flags.items() if on}
    return f"{public_url.rstrip('/')}/services" + (f"?{urlencode(shared)}" if shared else "")


def error_message(error: ValidationError) -> str:
    fields = {"age": "Age must be a whole number between 0 and 120.", "q": "The search words are too long."}
    for problem in error.errors():
        name = str(problem["loc"][0]) if problem["loc"] else ""
        if name in fields:
            return fields[name]
    return "One of the filters has a value Linkway does not recognise. Please choose from the lists."


@router.get("/services", response_class=HTMLResponse)
def browse_services(
    request: Request,
    settings: SettingsDep,
    q: Text = "",
    need: Choice = "",
    area: Choice = "",
    age: Choice = "",
    delivery: Choice = "",
    language: Choice = "",
    free: bool = False,
    open_now: bool = False,
) -> HTMLResponse:
    """Browse and filter services; the address of a results page is a shareable link."""
    chosen = {"q": q, "need": need, "area": area, "age": age, "delivery": delivery, "language": language}
    chosen_flags = {"free": free, "open_now": open_now}
    context: dict[str, object] = {**page_context(settings), "chosen": chosen, "flags": chosen_flags, "choices": {}}
    status = 200
    try:
        search = get_service_search(settings.index_dir)
        context["choices"] = filter_choices(search)
        query = search_query(chosen, chosen_flags)
        context["results"] = search.search(query)
        context["share_url"] = share_link(settings.public_url, chosen, chosen_flags)
    except ValidationError as error:
        context["error"], status = error_message(error), 422
    except InvalidSearchError as error:
        context["error"], status = error.message, error.status_code
    except IndexUnavailableError:
        context["error"], status = "The service directory is being updated. Please try again in a few minutes.", 503
    return TEMPLATES.TemplateResponse(request, "widget/services.html", context, status_code=status)
