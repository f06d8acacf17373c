"""What the detector returns: the same shape from `detect()` and from `POST /api/needs/detect`."""

from typing import Literal

from pydantic import BaseModel, Field

CrisisType = Literal["suicide_self_harm", "danger_abuse", "medical_emergency"]


class Detection(BaseModel):
    """Needs (taxonomy keys, strongest first), the crisis type if any, scores and the words behind them."""

    needs: list[str] = Field(default_factory=list, description="Taxonomy need keys, ordered by score, highest first.")
    crisis: CrisisType | None = Field(default=None, description="The crisis type when someone may not be safe.")
    scores: dict[str, float] = Field(default_factory=dict, description="0..1 for every need key and every crisis type.")
    evidence: dict[str, str] = Field(
        default_factory=dict, description="For each detected need and the crisis: the resident's words behind it."
    )
