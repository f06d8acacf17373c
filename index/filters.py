"""Hard filters as boolean masks over the snapshot, precomputed once so a search at 100,000 services stays cheap.

Only what a service's record states counts: a service with no timetable is not "open on Tuesday",
and one without a stated referral route is not "self-referral".
"""

from dataclasses import dataclass
from datetime import datetime

import numpy as np
from numpy.typing import NDArray

from index.areas import AreaHierarchy
from index.snapshot import ServiceEntry

Mask = NDArray[np.bool_]
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SELF_REFERRAL_ROUTES = {"self_referral", "either"}
ADULT_AGE = 18


def minutes(clock: str) -> int:
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)


@dataclass
class FilterCriteria:
    area: str | None = None
    age: int | None = None
    delivery: str | None = None
    free_only: bool = False
    open_on: str | None = None
    open_at: datetime | None = None
    language: str | None = None
    self_referral_only: bool = False
    no_youth_only: bool = False


class ServiceFilters:
    def __init__(self, services: list[ServiceEntry], hierarchy: AreaHierarchy) -> None:
        count = len(services)
        self.hierarchy = hierarchy
        self.active = np.array([entry.active for entry in services], dtype=bool)
        self.min_age = np.array([-1 if e.min_age is None else e.min_age for e in services], dtype=np.int16)
        self.max_age = np.array([999 if e.max_age is None else e.max_age for e in services], dtype=np.int16)
        self.free = np.array([entry.cost_type == "free" for entry in services], dtype=bool)
        self.self_referral = np.array([entry.referral in SELF_REFERRAL_ROUTES for entry in services], dtype=bool)
        self.by_area = self.positions(count, ((area, i) for i, e in enumerate(services) for area in e.areas))
        self.by_delivery = self.positions(count, ((mode, i) for i, e in enumerate(services) for mode in e.delivery))
        self.by_language = self.positions(count, ((code, i) for i, e in enumerate(services) for code in e.languages))
        self.sessions: dict[str, tuple[NDArray[np.int32], NDArray[np.int16], NDArray[np.int16]]] = {}
        for day in WEEKDAYS:
            rows = [
                (i, minutes(s["opens"]), minutes(s["closes"]))
                for i, entry in enumerate(services)
                for s in entry.schedule
                if s["day"] == day
            ]
            where, opens, closes = zip(*rows, strict=True) if rows else ((), (), ())
            self.sessions[day] = (np.array(where, np.int32), np.array(opens, np.int16), np.array(closes, np.int16))
        self.count = count

    @staticmethod
    def positions(count: int, pairs: object) -> dict[str, Mask]:
        masks: dict[str, Mask] = {}
        for label, position in pairs:  # type: ignore[attr-defined]
            masks.setdefault(label, np.zeros(count, dtype=bool))[position] = True
        return masks

    def label_mask(self, masks: dict[str, Mask], labels: set[str]) -> Mask:
        combined = np.zeros(self.count, dtype=bool)
        for label in labels:
            if label in masks:
                combined |= masks[label]
        return combined

    def open_mask(self, day: str, at_minute: int | None = None) -> Mask:
        where, opens, closes = self.sessions[day]
        if at_minute is not None:
            where = where[(opens <= at_minute) & (at_minute < closes)]
        mask = np.zeros(self.count, dtype=bool)
        mask[where] = True
        return mask

    def eligible(self, criteria: FilterCriteria) -> Mask:
        """Active services meeting every criterion given."""
        mask = self.active.copy()
        if criteria.age is not None:
            mask &= (self.min_age <= criteria.age) & (criteria.age <= self.max_age)
        if criteria.no_youth_only:
            mask &= self.max_age >= ADULT_AGE
        if criteria.area is not None:
            mask &= self.label_mask(self.by_area, self.hierarchy.matching_labels(criteria.area))
        if criteria.delivery is not None:
            mask &= self.label_mask(self.by_delivery, {criteria.delivery})
        if criteria.language is not None:
            mask &= self.label_mask(self.by_language, {criteria.language})
        if criteria.free_only:
            mask &= self.free
        if criteria.self_referral_only:
            mask &= self.self_referral
        if criteria.open_on is not None:
            mask &= self.open_mask(criteria.open_on)
        if criteria.open_at is not None:
            day = WEEKDAYS[criteria.open_at.weekday()]
            mask &= self.open_mask(day, criteria.open_at.hour * 60 + criteria.open_at.minute)
        return mask
