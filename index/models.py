"""The service directory's tables: organisations and services in Linkway's normalised ORUK shape."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from index.database import Base, utcnow


class ServiceStatus(StrEnum):
    active = "active"
    inactive = "inactive"


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(100))
    provenance: Mapped[str | None] = mapped_column(String(60))
    services: Mapped[list["Service"]] = relationship(back_populates="organisation", lazy="raise")


class Service(Base):
    """One service. `needs_inferred` is true when needs came from the detector, not the feed."""

    __tablename__ = "services"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(100))
    sms: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[ServiceStatus] = mapped_column(String(20), default=ServiceStatus.active)
    needs: Mapped[list] = mapped_column(default=list)
    needs_inferred: Mapped[bool] = mapped_column(default=False)
    min_age: Mapped[int | None]
    max_age: Mapped[int | None]
    eligibility_other: Mapped[str | None] = mapped_column(Text)
    areas: Mapped[list] = mapped_column(default=list)
    delivery: Mapped[list] = mapped_column(default=list)
    schedule_text: Mapped[str | None] = mapped_column(Text)
    schedule: Mapped[list] = mapped_column(default=list)
    cost_type: Mapped[str | None] = mapped_column(String(20))
    cost_detail: Mapped[str | None] = mapped_column(Text)
    referral: Mapped[str | None] = mapped_column(String(40))
    languages: Mapped[list] = mapped_column(default=list)
    last_reviewed: Mapped[date | None]
    source: Mapped[str | None] = mapped_column(String(300))
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    organisation: Mapped[Organisation | None] = relationship(back_populates="services", lazy="raise")


class DirectorySource(Base):
    """One imported feed: which file it was, when, and the area hierarchy its metadata declares.

    `areas` is `{"districts": [...], "towns_by_district": {district: [towns]}}`, empty for feeds without one.
    """

    __tablename__ = "directory_sources"

    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    feed_shape: Mapped[str] = mapped_column(String(40))
    areas: Mapped[dict] = mapped_column(default=dict)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
