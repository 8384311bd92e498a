"""ORM tables for assessments of the Kwetsbaarheid Rotterdam, their items, the meldcode steps and the referral decision.

Imported at the end of ksdesk.storage.orm so that Base.metadata is complete. Changing these tables needs the
matching Alembic revision in storage/migrations/versions.

Old assessments stay readable after a catalogue change in two ways: every item row stores its code together with
its label, domain and urgent flag as they were, and the catalogue an assessment was made with is kept as a
verbatim copy in ``screening_catalogues`` (one row per catalogue id and version), so it can be loaded again.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ksdesk.storage.orm import Base, utcnow


class ScreeningCatalogueRow(Base):
    """A verbatim copy of a catalogue (JSON text) that assessments were made with."""

    __tablename__ = "screening_catalogues"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    catalogue_id: Mapped[str] = mapped_column(String(60))
    catalogue_version: Mapped[str] = mapped_column(String(40))
    content: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("catalogue_id", "catalogue_version", name="uq_screening_catalogues_key"),)


class AssessmentRow(Base):
    """One assessment (signalering) of a pregnancy, with the suggestion, the final level and the decision."""

    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pregnancy_id: Mapped[int] = mapped_column(ForeignKey("pregnancies.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # intake / week28 / postpartum / adhoc
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    catalogue_id: Mapped[str] = mapped_column(String(60))
    catalogue_version: Mapped[str] = mapped_column(String(40))
    suggested_level: Mapped[str] = mapped_column(String(20))
    suggested_reasons: Mapped[str] = mapped_column(Text)  # JSON list of Dutch sentences, as computed then
    final_level: Mapped[str] = mapped_column(String(20))
    final_reason: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    protective_answered: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Doorgeleiding: jgz_phb / wijkteam / huisarts_poh / al_in_zorg / geweigerd / geen
    decision: Mapped[str | None] = mapped_column(String(20))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    items: Mapped[list[AssessmentItemRow]] = relationship(
        order_by="AssessmentItemRow.position", cascade="all, delete-orphan", passive_deletes=True)
    protective_factors: Mapped[list[AssessmentProtectiveRow]] = relationship(
        order_by="AssessmentProtectiveRow.position", cascade="all, delete-orphan", passive_deletes=True)
    meldcode_steps: Mapped[list[MeldcodeStepRow]] = relationship(
        order_by="MeldcodeStepRow.id", cascade="all, delete-orphan", passive_deletes=True)

    __table_args__ = (
        Index("ix_assessments_pregnancy", "pregnancy_id", "assessed_on"),
        Index("ix_assessments_pending", "decision", "final_level"),
    )


class AssessmentItemRow(Base):
    """A risk item marked in an assessment: status and whom it concerns; label/domain kept as they were."""

    __tablename__ = "assessment_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)  # catalogue order
    code: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(200))
    domain: Mapped[str] = mapped_column(String(60))
    domain_label: Mapped[str] = mapped_column(String(200))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    meldcode: Mapped[bool] = mapped_column(Boolean, default=False)  # opens the KNOV meldcode steps
    status: Mapped[str] = mapped_column(String(20))  # actueel / vermoeden / verleden
    concerns_client: Mapped[bool] = mapped_column(Boolean, default=True)
    concerns_partner: Mapped[bool] = mapped_column(Boolean, default=False)
    concerns_family: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        UniqueConstraint("assessment_id", "code", name="uq_assessment_items_code"),
        Index("ix_assessment_items_assessment", "assessment_id"),
    )


class AssessmentProtectiveRow(Base):
    """A protective factor present in an assessment; label/domain kept as they were."""

    __tablename__ = "assessment_protective"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(200))
    domain: Mapped[str] = mapped_column(String(60))

    __table_args__ = (
        UniqueConstraint("assessment_id", "code", name="uq_assessment_protective_code"),
        Index("ix_assessment_protective_assessment", "assessment_id"),
    )


class MeldcodeStepRow(Base):
    """A KNOV meldcode step taken for an assessment (1 signalen in kaart, ... 5 beslissen). Never reports itself."""

    __tablename__ = "meldcode_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    step: Mapped[int] = mapped_column(Integer)
    taken_on: Mapped[dt.date] = mapped_column(Date)
    taken_by: Mapped[str] = mapped_column(String(200))
    decision: Mapped[str | None] = mapped_column(String(30))  # step 5: hulp / melden / hulp_en_melden / geen
    notes: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_meldcode_steps_assessment", "assessment_id"),)
