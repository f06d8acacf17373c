"""What a link worker weighs besides the words, as numbers per service: the needs it meets, how close it
is, how specific its age range is, and how easy it is to get into.

Every signal is read from the service's own recorded fields and precomputed as arrays, so scoring a few
hundred candidates is a handful of numpy operations even in a directory of 100,000 services.
"""

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from index.areas import NATIONAL, AreaHierarchy
from index.filters import Mask, ServiceFilters
from index.snapshot import ServiceEntry

Positions = NDArray[np.intp]
Signal = NDArray[np.float32]
AGE_SPAN = 100
# A service whose youngest client is this old is made for older people; one whose oldest is this young,
# for young people. Either is a better fit than an all-ages service for a resident it admits.
OLDER_PEOPLE_FROM = 50
YOUNG_PEOPLE_UP_TO = 25


@dataclass(frozen=True)
class ResidentContext:
    """What the resident told us that the ranking uses: needs (main need first), canonical area, age.

    `need_beliefs` says how sure we are of each need that may be the main one: empty when the resident
    confirmed their needs (the first is then the main need for certain), the detector's scores when its
    needs were read from the text, so a service for a need the detector half-recognised still rises.
    """

    needs: list[str]
    area: str | None
    age: int | None
    need_beliefs: dict[str, float] = field(default_factory=dict)

    @property
    def main_needs(self) -> dict[str, float]:
        if self.need_beliefs:
            return self.need_beliefs
        return {self.needs[0]: 1.0} if self.needs else {}


class ServiceSignals:
    def __init__(self, services: list[ServiceEntry], filters: ServiceFilters, hierarchy: AreaHierarchy) -> None:
        self.filters = filters
        self.hierarchy = hierarchy
        count = len(services)
        self.needs = ServiceFilters.positions(count, ((need, i) for i, e in enumerate(services) for need in e.needs))
        self.need_count = np.array([max(1, len(entry.needs)) for entry in services], dtype=np.float32)
        self.national = np.array([NATIONAL in entry.areas for entry in services], dtype=bool)
        self.local = np.array([self.districts_covered(entry) <= 1 for entry in services], dtype=bool) & ~self.national
        lowest = np.array([e.min_age or 0 for e in services], dtype=np.float32)
        highest = np.array([AGE_SPAN if e.max_age is None else min(e.max_age, AGE_SPAN) for e in services], np.float32)
        self.age_specificity = np.clip(1 - (highest - lowest) / AGE_SPAN, 0, 1).astype(np.float32)
        self.life_stage = (lowest >= OLDER_PEOPLE_FROM) | (highest <= YOUNG_PEOPLE_UP_TO)

    def districts_covered(self, entry: ServiceEntry) -> int:
        district_of = self.hierarchy.district_of
        return len({district_of.get(area, area) for area in entry.areas if area != NATIONAL})

    def need_mask(self, needs: list[str]) -> Mask:
        mask = np.zeros(self.filters.count, dtype=bool)
        for need in needs:
            if need in self.needs:
                mask |= self.needs[need]
        return mask

    def need_coverage(self, positions: Positions, needs: list[str]) -> Signal:
        """Weighted share of the resident's needs each service meets; the main (first) need counts most."""
        weights = [1 / (rank + 1) for rank in range(len(needs))]
        met = np.zeros(len(positions), dtype=np.float32)
        for need, weight in zip(needs, weights, strict=True):
            if need in self.needs:
                met += weight * self.needs[need][positions]
        return met / sum(weights) if weights else met

    def main_need(self, positions: Positions, beliefs: dict[str, float]) -> Signal:
        """How sure we are that a need the service meets is the resident's main one (1 when confirmed)."""
        met = np.zeros(len(positions), dtype=np.float32)
        for need, belief in beliefs.items():
            if need in self.needs:
                met = np.maximum(met, np.float32(min(belief, 1.0)) * self.needs[need][positions])
        return met

    def need_focus(self, positions: Positions, needs: list[str]) -> Signal:
        """Share of the service's own needs that are the resident's: a specialist beats a catch-all."""
        met = sum((self.needs[need][positions].astype(np.float32) for need in needs if need in self.needs),
                  np.zeros(len(positions), dtype=np.float32))  # fmt: skip
        return met / self.need_count[positions]

    def own_town(self, positions: Positions, area: str | None) -> Signal:
        """Listed in the resident's own town (not merely their district)."""
        if area is None or area not in self.hierarchy.district_of:
            return np.zeros(len(positions), dtype=np.float32)
        return self.filters.label_mask(self.filters.by_area, {area})[positions].astype(np.float32)

    def other_town(self, positions: Positions, area: str | None) -> Signal:
        """Listed in another town of the resident's district but not theirs: a journey away."""
        district = self.hierarchy.district_of.get(area or "")
        if district is None:
            return np.zeros(len(positions), dtype=np.float32)
        others = set(self.hierarchy.towns_by_district[district]) - {area}
        elsewhere = self.filters.label_mask(self.filters.by_area, others)
        own = self.filters.label_mask(self.filters.by_area, {area} if area else set())
        return (elsewhere & ~own)[positions].astype(np.float32)

    def is_local(self, positions: Positions, area: str | None) -> Signal:
        """Run within one district, when the resident gave an area: local groups before countywide lines."""
        if area is None or area == NATIONAL:
            return np.zeros(len(positions), dtype=np.float32)
        return self.local[positions].astype(np.float32)

    def is_national(self, positions: Positions, area: str | None) -> Signal:
        if area is None or area == NATIONAL:
            return np.zeros(len(positions), dtype=np.float32)
        return self.national[positions].astype(np.float32)

    def age_fit(self, positions: Positions, age: int | None) -> Signal:
        """How specific the service's age range is (already known to admit the resident): 0 for all ages,
        near 1 for a narrow band such as 8-17, 0.4 for 60 and over."""
        if age is None:
            return np.zeros(len(positions), dtype=np.float32)
        return self.age_specificity[positions]

    def age_group(self, positions: Positions, age: int | None) -> Signal:
        """Made for the resident's stage of life (older or young people), when an age was given."""
        if age is None:
            return np.zeros(len(positions), dtype=np.float32)
        return self.life_stage[positions].astype(np.float32)

    def open_door(self, positions: Positions) -> Signal:
        return self.filters.self_referral[positions].astype(np.float32)

    def free(self, positions: Positions) -> Signal:
        return self.filters.free[positions].astype(np.float32)
