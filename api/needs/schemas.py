"""The request body of `POST /api/needs/detect`; the response is `index.detection.Detection`."""

from pydantic import BaseModel, Field, field_validator

from api.settings import get_settings
from index.detection.text import clean_text


class DetectRequest(BaseModel):
    text: str = Field(description="A resident's message, up to 2,000 characters.", examples=["skint and lonely"])

    @field_validator("text")
    @classmethod
    def readable_and_within_limit(cls, text: str) -> str:
        limit = get_settings().max_message_chars
        if len(text) > limit:
            raise ValueError(f"text is {len(text):,} characters long; the limit is {limit:,} characters")
        cleaned = clean_text(text)
        if not cleaned:
            raise ValueError("text is empty: send the resident's message")
        return cleaned
