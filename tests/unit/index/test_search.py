"""Searching the shipped directory: every hard filter holds, ranking covers every need, bad input gets a 422."""

from collections import Counter
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from index.areas import known_areas, normalise_area
from index.build import build_index
from index.importing.feeds import read_feed
from index.importing.importer import import_feed
from index.models import Service, ServiceStatus
from index.search import SearchQuery, get_service_search
from index.snapshot import load_snapshot_from_database
from tests.unit.index.conftest import needs_from_keywords

SEARCH = "/api/services/search"


def results(client: TestClient, **params: object) -> list[dict]:
    response = client.get(SEARCH, params=params)
    assert response.status_code == 200, response.text
    return response.json()["results"]


def test_results_carry_contact_routes_and_a_reason(client: TestClient) -> None:
    found = results(client, needs="loneliness_isolation", area="Banbury", age=70)
    assert found
    for result in found:
        assert {"id", "name", "organisation", "score", "why", "phone", "email", "url", "stale"} <= set(result)
        assert result["why"].startswith("Helps with: loneliness")


def test_inactive_services_are_never_returned(client: TestClient, db_session: Session) -> None:
    inactive = set(db_session.scalars(select(Service.id).where(Service.status == ServiceStatus.inactive)))
    assert inactive
    for need in ("loneliness_isolation", "debt_money", "food_fuel", "mental_wellbeing"):
        assert not inactive & {r["id"] for r in results(client, needs=need, limit=50)}


@pytest.mark.parametrize("age", [8, 16, 30, 70, 95])
def test_results_always_admit_the_residents_age(client: TestClient, age: int) -> None:
    for result in results(client, needs="loneliness_isolation,mental_wellbeing", age=age, limit=50):
        assert (result["min_age"] or 0) <= age <= (result["max_age"] or 120)


def test_a_town_matches_its_own_its_districts_and_national_services(client: TestClient) -> None:
    found = results(client, needs="debt_money", area="banbry", limit=50)
    assert found
    assert all({"Banbury", "Cherwell", "national"} & set(r["areas"]) for r in found)


def test_a_district_matches_services_listed_only_in_one_of_its_towns(client: TestClient) -> None:
    found = results(client, needs="physical_activity,loneliness_isolation", area="Cherwell", limit=50)
    allowed = {"Cherwell", "Banbury", "Bicester", "Kidlington", "national"}
    assert all(allowed & set(r["areas"]) for r in found)
    assert any("Banbury" in r["areas"] for r in found)


def test_national_services_match_every_area_and_national_matches_only_them(client: TestClient) -> None:
    assert any("national" in r["areas"] for r in results(client, needs="debt_money", area="Thame", limit=50))
    assert all(r["areas"] == ["national"] for r in results(client, needs="debt_money", area="national", limit=50))


@pytest.mark.parametrize(
    ("params", "holds"),
    [
        ({"delivery": "home_visit"}, lambda r: "home_visit" in r["delivery"]),
        ({"free": "true"}, lambda r: r["cost_type"] == "free"),
        ({"language": "bfi"}, lambda r: "bfi" in r["languages"]),
        ({"self_referral": "true"}, lambda r: r["referral"] in ("self_referral", "either")),
    ],
)
def test_each_optional_filter_holds_for_every_result(client: TestClient, params: dict, holds) -> None:  # type: ignore[no-untyped-def]
    found = results(client, needs="loneliness_isolation,mental_wellbeing,long_term_condition", limit=50, **params)
    assert found
    assert all(holds(result) for result in found)


def test_open_on_a_weekday_returns_only_services_with_a_session_that_day(index_dir: Path) -> None:
    search = get_service_search(index_dir)
    found = search.search(SearchQuery(needs=["food_fuel"], open_on="sat", limit=50))
    assert found
    for result in found:
        entry = next(e for e in search.index.services if e.id == result.id)
        assert any(session["day"] == "sat" for session in entry.schedule)


def test_no_youth_only_leaves_out_services_for_under_18s_and_keeps_the_rest(index_dir: Path) -> None:
    search = get_service_search(index_dir)
    query = SearchQuery(needs=["activities_learning"], area="Oxford", limit=50)
    everyone = search.search(query)
    adults = search.search(query.model_copy(update={"no_youth_only": True}))
    assert any(r.max_age is not None and r.max_age < 18 for r in everyone), "the case this option is for"
    assert adults and all(r.max_age is None or r.max_age >= 18 for r in adults)
    assert {r.id for r in everyone if r.max_age is None or r.max_age >= 18} <= {r.id for r in adults}


def test_open_now_returns_only_services_open_at_that_moment(index_dir: Path) -> None:
    search = get_service_search(index_dir)
    tuesday_night = datetime(2026, 11, 24, 23, 30, tzinfo=ZoneInfo("Europe/London"))
    found = search.search(SearchQuery(needs=["mental_wellbeing"], open_now=True, at=tuesday_night, limit=50))
    assert found
    for result in found:
        entry = next(e for e in search.index.services if e.id == result.id)
        assert any(s["day"] == "tue" and s["opens"] <= "23:30" < s["closes"] for s in entry.schedule)


def test_a_multi_need_search_covers_every_need_before_repeating_one(index_dir: Path) -> None:
    needs = ["debt_money", "bereavement", "physical_activity"]
    found = get_service_search(index_dir).search(SearchQuery(needs=needs, area="Oxford", limit=5))
    assert set(needs) <= {need for result in found[:3] for need in result.needs}


def test_one_organisations_near_duplicates_do_not_crowd_the_top_five(index_dir: Path) -> None:
    found = get_service_search(index_dir).search(
        SearchQuery(q="getting more active, walking", needs=["physical_activity"])
    )
    pairs = Counter((result.organisation, "physical_activity" in result.needs) for result in found)
    assert max(pairs.values()) <= 2


def test_after_the_first_five_a_sister_service_keeps_its_own_place(index_dir: Path) -> None:
    """A third service of one organisation for the same need waits until after the first five, no later."""
    query = SearchQuery(
        q="someone to chat to, I'm on my own most days", needs=["loneliness_isolation"], age=80, limit=10
    )
    found = get_service_search(index_dir).search(query)
    first_five = Counter(result.organisation for result in found[:5])
    crowded = {organisation for organisation, count in first_five.items() if count == 2}
    assert max(first_five.values()) <= 2 and crowded
    later = found[5:]
    assert any(result.organisation in crowded for result in later)
    assert [r.score for r in later] == sorted((r.score for r in later), reverse=True)


def test_an_older_resident_is_offered_services_made_for_older_people(index_dir: Path) -> None:
    query = SearchQuery(q="someone to talk to now and then", needs=["loneliness_isolation"], age=80)
    found = get_service_search(index_dir).search(query)
    assert all((result.min_age or 0) >= 50 for result in found)


def test_words_alone_find_the_need_behind_them(index_dir: Path) -> None:
    query = SearchQuery(q="I am behind on my council tax and the red letters keep arriving", area="Witney", age=40)
    found = get_service_search(index_dir).search(query)
    assert "debt_money" in found[0].needs


def test_a_service_unreviewed_for_a_year_is_flagged_stale(index_dir: Path) -> None:
    search = get_service_search(index_dir)
    found = search.search(SearchQuery(needs=["debt_money"], limit=50, at=datetime(2027, 12, 1, tzinfo=ZoneInfo("UTC"))))
    reviewed = {e.id: e.last_reviewed for e in search.index.services}
    assert all(r.stale == (reviewed[r.id] < date(2026, 12, 1)) for r in found)  # type: ignore[operator]
    assert any(r.stale and "not reviewed for over a year" in r.why for r in found)


def test_inferred_needs_are_shown_as_inferred(feeds: Path, scratch_session: Session, tmp_path: Path) -> None:
    feed = read_feed(feeds / "older-page-with-quirks.json")
    import_feed(scratch_session, feed, "quirks.json", needs_for=needs_from_keywords)
    scratch_session.commit()
    build_index(load_snapshot_from_database(scratch_session), tmp_path, progress=False)
    found = get_service_search(tmp_path).search(SearchQuery(needs=["loneliness_isolation"], limit=1))
    assert found[0].needs_inferred and "inferred" in found[0].why


@pytest.mark.parametrize(
    ("params", "field", "says"),
    [
        ({"area": "Leeds"}, "area", "Banbury"),
        ({"needs": "tiredness"}, "needs", "loneliness_isolation"),
        ({"age": 121}, "age", "120"),
        ({"age": -1}, "age", "0"),
        ({"q": "x" * 1001}, "q", "1000"),
        ({"limit": 0}, "limit", "1"),
        ({"limit": 51}, "limit", "50"),
        ({"delivery": "carrier_pigeon"}, "delivery", "home_visit"),
        ({"open_on": "someday"}, "open_on", "mon"),
    ],
)
def test_bad_input_gets_a_422_saying_what_is_allowed(client: TestClient, params: dict, field: str, says: str) -> None:
    response = client.get(SEARCH, params=params)
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert error["loc"] == ["query", field]
    assert says in str(error)


def test_area_names_are_forgiving_and_known_areas_come_from_the_directory() -> None:
    assert normalise_area("banbry") == "Banbury"
    assert normalise_area("near Banbury") == "Banbury"
    assert normalise_area("Cherwell") == "Cherwell"
    assert normalise_area("anywhere") == "national"
    assert normalise_area("Leeds") is None
    assert {"Oxford", "Cherwell", "Banbury", "national"} <= set(known_areas())
