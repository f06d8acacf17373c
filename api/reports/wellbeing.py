"""ONS4 personal wellbeing: the change from the baseline a resident gave to the follow-up at closing.

For anxiety a fall is an improvement; for the other three a rise is.
"""

from dataclasses import dataclass
from typing import Any

from api.referrals.workflow import ONS4_QUESTIONS

ONS4_LABELS = {
    "life_satisfaction": "Life satisfaction",
    "worthwhile": "Worthwhile",
    "happiness": "Happiness",
    "anxiety": "Anxiety",
}
LOWER_IS_BETTER = frozenset({"anxiety"})


@dataclass(frozen=True)
class WellbeingItemChange:
    key: str
    label: str
    baseline: int
    followup: int

    @property
    def change(self) -> int:
        return self.followup - self.baseline

    @property
    def improved(self) -> bool:
        return self.change < 0 if self.key in LOWER_IS_BETTER else self.change > 0


def score(scores: dict[str, Any] | None, key: str) -> int | None:
    value = (scores or {}).get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10 else None


def wellbeing_change(baseline: dict[str, Any] | None, followup: dict[str, Any] | None) -> list[WellbeingItemChange]:
    """One row per ONS4 item where both scores exist."""
    changes = []
    for key in ONS4_QUESTIONS:
        before, after = score(baseline, key), score(followup, key)
        if before is not None and after is not None:
            changes.append(WellbeingItemChange(key, ONS4_LABELS[key], before, after))
    return changes
