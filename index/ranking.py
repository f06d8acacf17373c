"""Ranking: a weighted sum of how well the words match (dense cosine, BM25) and what a link worker weighs
besides the words (index/signals.py), then a diversity pass so several needs are all covered and one
organisation's near-identical entries do not crowd the top results.

The weights are few and each says something a link worker would recognise; they were fitted on the
odd-numbered matching cases only (bench/matching.py), never on the half the benchmark reports.
"""

from collections import Counter
from dataclasses import dataclass, fields

import numpy as np

from index.signals import Positions, ResidentContext, ServiceSignals, Signal
from index.snapshot import ServiceEntry

MAX_PER_ORGANISATION_NEED = 2
# The places a resident reads first, where one organisation's entries for the same need must not crowd out
# everyone else; further down the list a good service is shown in its own place, however many its sister
# services are.
FIRST_PLACES = 5


@dataclass(frozen=True)
class RankingWeights:
    dense: float = 1.0
    lexical: float = 0.1
    need_coverage: float = 0.05
    main_need: float = 0.5
    need_focus: float = 0.08
    own_town: float = 0.15
    other_town: float = 0.1
    local: float = 0.01
    national: float = -0.02
    age_fit: float = 0.1
    age_group: float = 0.1
    self_referral: float = 0.02
    free: float = 0.0
    candidates: int = 100
    diversify: bool = True

    @property
    def uses_needs(self) -> bool:
        return any((self.need_coverage, self.main_need, self.need_focus))

    @property
    def best_possible(self) -> float:
        """The score of a perfect match, so a result's score can be shown as a share of it."""
        signals = [getattr(self, f.name) for f in fields(self) if f.type is float]
        return sum(weight for weight in signals if weight > 0) or 1.0


def fit_score(signals: ServiceSignals, positions: Positions, context: ResidentContext, w: RankingWeights) -> Signal:
    """Everything but the words: needs met, place, age range, and how easy the service is to get into."""
    needs, area = context.needs, context.area
    score = np.zeros(len(positions), dtype=np.float32)
    if needs:
        score += w.need_coverage * signals.need_coverage(positions, needs)
        score += w.main_need * signals.main_need(positions, context.main_needs)
        score += w.need_focus * signals.need_focus(positions, needs)
    score += w.own_town * signals.own_town(positions, area) - w.other_town * signals.other_town(positions, area)
    score += w.local * signals.is_local(positions, area) + w.national * signals.is_national(positions, area)
    score += w.age_fit * signals.age_fit(positions, context.age) + w.age_group * signals.age_group(
        positions, context.age
    )
    score += w.self_referral * signals.open_door(positions) + w.free * signals.free(positions)
    return score


def duplicate_key(entry: ServiceEntry, query_needs: list[str]) -> tuple[str, str]:
    """Two entries of one organisation meeting the same need are near-duplicates for a resident."""
    met = [need for need in query_needs if need in entry.needs] or entry.needs[:1]
    return (entry.organisation_id or entry.id, met[0] if met else "")


def diversify(ranked: list[int], entries: list[ServiceEntry], query_needs: list[str], limit: int) -> list[int]:
    """Pick `limit` results: first the best service for each need not yet covered; in the first
    `FIRST_PLACES`, one organisation takes at most `MAX_PER_ORGANISATION_NEED` of them for the same need.
    """
    chosen: list[int] = []
    covered: set[str] = set()
    taken: Counter[tuple[str, str]] = Counter()
    pool = list(ranked)
    while pool and len(chosen) < limit:
        uncovered = {need for need in query_needs if need not in covered}
        cap = MAX_PER_ORGANISATION_NEED if len(chosen) < FIRST_PLACES else limit
        fresh = [p for p in pool if taken[duplicate_key(entries[p], query_needs)] < cap]
        covering = [p for p in fresh if uncovered & set(entries[p].needs)]
        pick = (covering or fresh or pool)[0]
        if not covering and uncovered:
            covered |= uncovered
        chosen.append(pick)
        pool.remove(pick)
        covered |= set(entries[pick].needs)
        taken[duplicate_key(entries[pick], query_needs)] += 1
    return chosen
