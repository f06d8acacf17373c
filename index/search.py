"""Service search: one module behind both `GET /api/services/search` and the conversation's actions.

search = get_service_search(index_dir)
results = search.search(SearchQuery(q="nobody rings me", area="Banbury", age=70, limit=5))
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

import numpy as np
from pydantic import BaseModel, Field

from index.errors import IndexUnavailableError, InvalidSearchError, UnknownAreaError, UnknownNeedError
from index.explain import explain, is_stale
from index.filters import FilterCriteria, Mask
from index.loaded_index import LoadedIndex, load_index
from index.ranking import RankingWeights, diversify, fit_score
from index.signals import ResidentContext
from index.snapshot import CONFIG_FILE
from index.taxonomy import load_taxonomy

__all__ = [
    "IndexUnavailableError",
    "InvalidSearchError",
    "SearchQuery",
    "SearchResult",
    "ServiceSearch",
    "UnknownAreaError",
    "UnknownNeedError",
    "get_service_search",
]

LONDON = ZoneInfo("Europe/London")
Delivery = Literal["in_person", "phone", "online", "home_visit", "text"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class SearchQuery(BaseModel):
    """What to look for. `needs` are taxonomy keys; when empty they are detected from `q`."""

    q: str = Field(default="", max_length=1000)
    area: str | None = None
    age: int | None = Field(default=None, ge=0, le=120)
    needs: list[str] = []
    delivery: Delivery | None = None
    free: bool = False
    open_on: Weekday | None = None
    open_now: bool = False
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")
    self_referral: bool = False
    no_youth_only: bool = Field(
        default=False, description="leave out services only for under-18s (for a resident who did not give their age)"
    )
    limit: int = Field(default=5, ge=1, le=50)
    detect_needs: bool = True
    at: datetime | None = Field(default=None, description="the moment `open_now` refers to; defaults to now (UK time)")


class SearchResult(BaseModel):
    id: str
    name: str
    organisation: str | None
    score: float
    why: str
    description: str
    needs: list[str]
    needs_inferred: bool
    areas: list[str]
    phone: str | None
    sms: str | None
    email: str | None
    url: str | None
    schedule_text: str | None
    delivery: list[str]
    cost_type: str | None
    referral: str | None
    languages: list[str]
    min_age: int | None
    max_age: int | None
    last_reviewed: date | None
    stale: bool


# The ranking also weighs needs the detector scored below its own threshold, so a text it half-recognised
# still lifts the services for its likely needs: up to RANKED_NEEDS needs scoring at least LIKELY_NEED_SCORE.
LIKELY_NEED_SCORE = 0.3
RANKED_NEEDS = 2


@dataclass(frozen=True)
class ReadNeeds:
    """The needs a search ranks by, main need first, and how sure it is of each (empty when confirmed)."""

    needs: list[str]
    beliefs: dict[str, float] = field(default_factory=dict)


def detected_needs(text: str) -> ReadNeeds:
    """The detector's needs for the text, strongest first, topped up with its likely needs."""
    from index.detection import get_detector

    detection = get_detector().detect(text)
    known = load_taxonomy().needs
    likely = {n: s for n, s in detection.scores.items() if n in known and s >= LIKELY_NEED_SCORE}
    strongest = sorted(likely, key=lambda need: -likely[need])
    confirmed = sorted(detection.needs, key=lambda need: -detection.scores.get(need, 0.0))
    extra = [need for need in strongest if need not in confirmed][: max(0, RANKED_NEEDS - len(confirmed))]
    beliefs = {need: detection.scores.get(need, 1.0) for need in confirmed} | likely
    return ReadNeeds(needs=confirmed + extra, beliefs=beliefs)


class ServiceSearch:
    def __init__(self, index: LoadedIndex, weights: RankingWeights | None = None) -> None:
        self.index = index
        self.weights = weights or RankingWeights()
        self.hierarchy = index.hierarchy

    def known_areas(self) -> list[str]:
        return self.hierarchy.known_areas()

    def normalise_area(self, text: str | None) -> str | None:
        return self.hierarchy.normalise(text)

    def criteria(self, query: SearchQuery) -> FilterCriteria:
        area = None
        if query.area and query.area.strip():
            area = self.hierarchy.normalise(query.area)
            if area is None:
                raise UnknownAreaError(query.area, self.known_areas())
        open_at = (query.at or datetime.now(LONDON)).astimezone(LONDON) if query.open_now else None
        return FilterCriteria(
            area=area,
            age=query.age,
            delivery=query.delivery,
            free_only=query.free,
            open_on=query.open_on,
            open_at=open_at,
            language=query.language,
            self_referral_only=query.self_referral,
            no_youth_only=query.no_youth_only,
        )

    def query_needs(self, query: SearchQuery) -> ReadNeeds:
        known = load_taxonomy().needs
        for need in query.needs:
            if need not in known:
                raise UnknownNeedError(need, list(known))
        if query.needs or not query.detect_needs or not query.q.strip():
            return ReadNeeds(needs=list(dict.fromkeys(query.needs)))
        return detected_needs(query.q)

    def rank(self, query: SearchQuery, criteria: FilterCriteria, read: ReadNeeds, eligible: Mask) -> dict[int, float]:
        """Scores of the candidates worth ranking: the services most like the words (dense and BM25, and the
        most alike among those meeting the needs) or, with no words, the services meeting the needs."""
        weights, index, needs = self.weights, self.index, read.needs
        need_mask = index.need_mask(needs) & eligible if needs else None
        context = ResidentContext(needs=needs, area=criteria.area, age=criteria.age, need_beliefs=read.beliefs)
        if not query.q.strip():
            browse = index.by_need_then_name(needs, need_mask) if need_mask is not None else index.by_name(eligible)
            positions = np.array(browse, dtype=np.intp)
            scores = fit_score(index.signals, positions, context, weights)
            best = np.argsort(-scores, kind="stable")[: weights.candidates]
            return dict(zip(positions[best].tolist(), scores[best].tolist(), strict=True))
        vector = index.embed_query(query.q) if weights.dense else None
        lexical = index.lexical_scores(query.q, eligible) if weights.lexical else None
        found: list[int] = []
        if vector is not None:
            found += index.dense_top(vector, eligible, weights.candidates)
            if need_mask is not None and weights.uses_needs:
                found += index.dense_top(vector, need_mask, weights.candidates)
        if lexical is not None:
            found += index.top_scored(lexical, weights.candidates)
        positions = np.array(list(dict.fromkeys(found)), dtype=np.intp)
        scores = fit_score(index.signals, positions, context, weights)
        if vector is not None:
            scores += weights.dense * index.dense_scores(vector, positions)
        if lexical is not None and lexical.max() > 0:
            scores += weights.lexical * lexical[positions] / lexical.max()
        return dict(zip(positions.tolist(), scores.tolist(), strict=True))

    def search(self, query: SearchQuery) -> list[SearchResult]:
        criteria = self.criteria(query)
        read = self.query_needs(query)
        needs = read.needs
        eligible = self.index.filters.eligible(criteria)
        fused = self.rank(query, criteria, read, eligible)
        ranked = sorted(fused, key=lambda position: (-fused[position], self.index.services[position].name))
        if self.weights.diversify:
            chosen = diversify(ranked, self.index.services, needs, query.limit)
        else:
            chosen = ranked[: query.limit]
        today = (query.at or datetime.now(LONDON)).date()
        return [self.result(position, fused[position], needs, criteria.area, today) for position in chosen]

    def result(self, position: int, score: float, needs: list[str], area: str | None, today: date) -> SearchResult:
        entry = self.index.services[position]
        return SearchResult(
            **entry.model_dump(include=set(SearchResult.model_fields)),
            score=round(min(max(score / self.weights.best_possible, 0.0), 1.0), 4),
            why=explain(entry, needs, area, self.hierarchy, today),
            stale=is_stale(entry, today),
        )


@lru_cache(maxsize=4)
def cached_search(index_dir: Path, config_stamp: int) -> ServiceSearch:
    return ServiceSearch(load_index(index_dir))


def get_service_search(index_dir: Path) -> ServiceSearch:
    """The search over the index in `index_dir`, loaded once and reloaded when the index is rebuilt.

    Raises IndexUnavailableError when the index is missing or its files disagree with `config.json`.
    """
    config = Path(index_dir) / CONFIG_FILE
    try:
        stamp = config.stat().st_mtime_ns
    except FileNotFoundError:
        raise IndexUnavailableError(f"No search index in {index_dir}: run `python -m index build`.") from None
    return cached_search(Path(index_dir), stamp)
