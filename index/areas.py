"""The area hierarchy (districts and their towns, plus `national`) and forgiving area-name matching.

A district filter matches its towns' services, a town filter matches its district's services,
and a `national` service matches every filter.
"""

import difflib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

NATIONAL = "national"
SHIPPED_DIRECTORY = Path(__file__).resolve().parent.parent / "data" / "directory" / "oxfordshire.json"
NATIONAL_WORDS = {"national", "nationally", "anywhere", "uk", "uk-wide", "nationwide", "england", "online"}
LEADING_WORDS = re.compile(r"^(?:(?:i\s+live|i'm|im|living|based|just|right|somewhere|near|nearby|in|at|around|outside|"
                           r"close\s+to|by|the|town\s+of|area\s+of|from)\s+)+", re.IGNORECASE)  # fmt: skip
SHORT_NAMES = {
    "henley": "Henley-on-Thames",
    "vale": "Vale of White Horse",
    "the vale": "Vale of White Horse",
    "white horse": "Vale of White Horse",
    "west oxon": "West Oxfordshire",
    "south oxon": "South Oxfordshire",
    "oxford city": "Oxford",
    "chippy": "Chipping Norton",
}
FUZZY_CUTOFF = 0.8


@dataclass(frozen=True)
class AreaHierarchy:
    """Districts with their towns, and any flat area names from feeds without a hierarchy."""

    towns_by_district: dict[str, tuple[str, ...]] = field(default_factory=dict)
    other_areas: tuple[str, ...] = ()

    @classmethod
    def from_meta(cls, areas: dict[str, object], other_areas: list[str] | None = None) -> "AreaHierarchy":
        districts = [str(d) for d in areas.get("districts") or []]  # type: ignore[attr-defined]
        towns = areas.get("towns_by_district") or {}
        assert isinstance(towns, dict)
        hierarchy = {district: tuple(towns.get(district, ())) for district in districts}
        hierarchy.update({district: tuple(names) for district, names in towns.items() if district not in hierarchy})
        named = set(hierarchy) | {town for names in hierarchy.values() for town in names} | {NATIONAL}
        extras = sorted({area for area in other_areas or [] if area not in named})
        return cls(towns_by_district=hierarchy, other_areas=tuple(extras))

    @property
    def district_of(self) -> dict[str, str]:
        return {town: district for district, towns in self.towns_by_district.items() for town in towns}

    def known_areas(self) -> list[str]:
        """Districts, then their towns, then flat areas, then `national`."""
        towns = [town for names in self.towns_by_district.values() for town in names]
        return [*self.towns_by_district, *towns, *self.other_areas, NATIONAL]

    def matching_labels(self, area: str) -> set[str]:
        """The service area labels that satisfy a filter on `area` (which must be canonical)."""
        if area == NATIONAL:
            return {NATIONAL}
        if area in self.towns_by_district:
            return {area, NATIONAL, *self.towns_by_district[area]}
        district = self.district_of.get(area)
        return {area, NATIONAL} | ({district} if district else set())

    def normalise(self, text: str | None) -> str | None:
        """The canonical area a resident meant ("banbry", "near Banbury", "henley"), or None if unknown."""
        if not text:
            return None
        cleaned = LEADING_WORDS.sub("", " ".join(text.strip().split())).strip(" .,!?").lower()
        if not cleaned:
            return None
        if cleaned in NATIONAL_WORDS:
            return NATIONAL
        by_lower = {name.lower(): name for name in self.known_areas()}
        known = by_lower.get(cleaned) or SHORT_NAMES.get(cleaned)
        if known and known in self.known_areas():
            return known
        mentioned = [name for lower, name in by_lower.items() if re.search(rf"\b{re.escape(lower)}\b", cleaned)]
        if mentioned:
            return max(mentioned, key=len)
        close = difflib.get_close_matches(cleaned, list(by_lower), n=1, cutoff=FUZZY_CUTOFF)
        return by_lower[close[0]] if close else None


@lru_cache
def shipped_hierarchy() -> AreaHierarchy:
    """The hierarchy declared in the shipped directory's metadata."""
    meta = json.loads(SHIPPED_DIRECTORY.read_text(encoding="utf-8")).get("meta", {})
    return AreaHierarchy.from_meta(meta.get("areas", {}))


def normalise_area(text: str | None, hierarchy: AreaHierarchy | None = None) -> str | None:
    """The canonical area a resident meant: "banbry" -> "Banbury", "anywhere" -> "national", "Leeds" -> None."""
    return (hierarchy or shipped_hierarchy()).normalise(text)


def known_areas(hierarchy: AreaHierarchy | None = None) -> list[str]:
    """Every area name a search accepts: districts, towns, flat areas and `national`."""
    return (hierarchy or shipped_hierarchy()).known_areas()
