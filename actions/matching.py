"""Matched services: 3 to 5 cards covering each need heard, and an honest note of needs nothing local meets."""

from dataclasses import dataclass
from typing import Any

from actions.about import OUTSIDE_AREA
from actions.protocol import Dispatcher, Tracker
from actions.registry import ActionContext, action
from actions.wording import AGE_FOR_SEARCH, NEED_WORDS, need_phrase
from api.observability.metrics import SEARCH_LATENCY
from api.referrals.service import ConversationSummary, conversation_key, record_conversation
from index.areas import NATIONAL
from index.search import SearchQuery, SearchResult, get_service_search

MIN_CARDS = 3
MAX_CARDS = 5
CARD_FIELDS = ("id", "name", "organisation", "why", "phone", "sms", "email", "url", "schedule_text", "delivery")


@dataclass
class Matches:
    services: list[SearchResult]
    unmet_needs: list[str]


@SEARCH_LATENCY.time()
def match_services(
    context: ActionContext, needs: list[str], what_matters: str | None, area: str | None, age: int | None
) -> Matches:
    search = get_service_search(context.settings.index_dir)
    search_area = NATIONAL if area in (None, OUTSIDE_AREA) else area
    limit = min(MAX_CARDS, max(MIN_CARDS, 2 * len(needs)))
    # With no age given (only "rather not say" leaves it out; under-18 bands give one) the resident is
    # taken for an adult: services only for children and young people are left out.
    adult = age is None
    query = SearchQuery(
        q=what_matters or "",
        needs=needs,
        area=search_area,
        age=age,
        no_youth_only=adult,
        limit=limit,
        detect_needs=False,
    )
    services = search.search(query)
    if len(services) < MIN_CARDS:
        services += search.search(query.model_copy(update={"q": "", "needs": [], "limit": MIN_CARDS}))
        services = list({service.id: service for service in services}.values())[:MAX_CARDS]
    unmet = []
    if search_area != NATIONAL:
        for need in needs:
            local = search.search(query.model_copy(update={"q": "", "needs": [need], "limit": 5}))
            if not any(need in service.needs and service.areas != [NATIONAL] for service in local):
                unmet.append(need)
    return Matches(services=services, unmet_needs=unmet)


def card(service: SearchResult) -> dict[str, Any]:
    return {name: getattr(service, name) for name in CARD_FIELDS}


def plain_text(services: list[SearchResult]) -> str:
    lines = ["Here are some services that could help:"]
    for number, service in enumerate(services, start=1):
        routes = [f"phone {service.phone}" if service.phone else "", f"text {service.sms}" if service.sms else ""]
        routes += [service.email or "", service.url or ""]
        contact = "; ".join(route for route in routes if route)
        lines.append(f"{number}. {service.name}: {service.why}" + (f" Contact: {contact}." if contact else ""))
        if service.schedule_text:
            lines.append(f"   Open: {service.schedule_text}")
    return "\n".join(lines)


@action("action_show_services")
def show_services(tracker: Tracker, dispatcher: Dispatcher, context: ActionContext) -> None:
    needs = list(tracker.slot("needs") or [])
    area = tracker.slot("area")
    band = tracker.slot("age_band") or "not_said"
    what_matters = tracker.slot("what_matters")
    query_text = None if what_matters in (None, "(not said)") else what_matters
    matches = match_services(context, needs, query_text, area, AGE_FOR_SEARCH.get(band))
    if matches.unmet_needs:
        dispatcher.say(
            f"I'm sorry: I couldn't find a local service for {need_phrase(matches.unmet_needs)}. "
            "I've included national options instead, and I've noted the gap so the people who plan "
            "local services can see it."
        )
    dispatcher.custom(
        {"type": "service_cards", "services": [card(s) for s in matches.services]}, plain_text(matches.services)
    )
    shown = [service.id for service in matches.services]
    summary = ConversationSummary(
        conversation_key=conversation_key(tracker.sender_id, tracker.conversation_started_at),
        anonymous=bool(tracker.slot("anonymous")),
        needs=needs,
        area=area,
        age_band=band,
        services_shown=shown,
        unmet_needs=[need for need in matches.unmet_needs if need in NEED_WORDS],
        crisis_type=tracker.slot("crisis_type"),
    )
    record_conversation(context.session, summary)
    dispatcher.set("services_shown", shown)
    dispatcher.set("unmet_needs", matches.unmet_needs)
