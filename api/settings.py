"""The one settings object, read from the environment and validated at start-up."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEVELOPMENT_SECRET = "development-only-secret-change-me"  # noqa: S105 (refused outside development)


class Settings(BaseSettings):
    """Every setting Linkway reads. Names are documented in the README."""

    model_config = SettingsConfigDict(env_prefix="LINKWAY_", extra="ignore")

    env: Literal["development", "test", "production"] = "development"
    database_url: str = Field(
        default=f"sqlite:///{PROJECT_ROOT / 'var' / 'linkway.db'}",
        validation_alias="DATABASE_URL",
    )
    secret_key: str = DEVELOPMENT_SECRET
    directory_file: Path = PROJECT_ROOT / "data" / "directory" / "oxfordshire.json"
    taxonomy_file: Path = PROJECT_ROOT / "data" / "taxonomy.yml"
    index_dir: Path = PROJECT_ROOT / "var" / "index"
    encoder_cache_dir: Path = PROJECT_ROOT / "var" / "encoder"
    tracker_store_url: str | None = Field(default=None, validation_alias="LINKWAY_TRACKER_STORE_URL")
    redis_url: str | None = None
    rasa_url: str = "http://localhost:5005"
    public_url: str = "http://localhost:8000"
    allowed_origins: list[str] = ["http://localhost:8000", "http://127.0.0.1:8000"]
    retention_days: int = Field(default=365, ge=1)
    consent_version: str = "2026-11-v1"
    phone_route: str = "01632 960000"
    max_message_chars: int = 2000
    max_request_bytes: int = Field(default=64 * 1024, ge=1024)
    max_webhook_request_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    torch_threads: int = Field(default=1, ge=1)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @model_validator(mode="after")
    def refuse_placeholder_secret(self) -> "Settings":
        if self.env == "production" and self.secret_key == DEVELOPMENT_SECRET:
            raise ValueError("LINKWAY_SECRET_KEY must be set to a real secret in production")
        return self

    @property
    def is_development(self) -> bool:
        return self.env != "production"


@lru_cache
def get_settings() -> Settings:
    return Settings()
