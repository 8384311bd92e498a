"""Plain fact records the aggregation counts: what the service reads from the database, nothing more.

Facts carry no names, BSNs, dates of birth, addresses or free text. Where the aggregation must count distinct
things (a pregnancy's latest assessment, the members of one group, distinct locations) a fact carries an opaque
integer key; keys are used only for grouping and never reach the output (see ``ksdesk.monitor.export``).

A feature whose data is not there yet is passed as ``None`` in :class:`MonitorFacts`; its indicators are then
marked "niet beschikbaar" in every output instead of showing a misleading 0.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from ksdesk.records.enums import Discipline
from ksdesk.screening.enums import Level


class DestinationType(StrEnum):
    """Kind of destination of a referral (doorgeleiding), as counted by the monitor."""

    JGZ = "jgz"
    WIJKTEAM = "wijkteam"
    VEILIG_THUIS = "veilig_thuis"
    HUISARTS = "huisarts"
    OTHER = "anders"

    @classmethod
    def from_code(cls, code: str | None) -> DestinationType:
        """Map a stored destination type onto the monitor's list (unknown codes count as 'anders')."""
        text = (code or "").strip().lower()
        if text.startswith(("jgz", "phb")):
            return cls.JGZ
        if text.startswith(("wijk", "sociaal")):
            return cls.WIJKTEAM
        if text.startswith("veilig"):
            return cls.VEILIG_THUIS
        if text.startswith(("huisarts", "poh")):
            return cls.HUISARTS
        return cls.OTHER


@dataclass(frozen=True, slots=True)
class PregnancyFact:
    """A pregnancy in care: the client's gemeente and the intake date (new in care on that day)."""

    gemeente: str | None
    intake_date: dt.date


@dataclass(frozen=True, slots=True)
class AssessmentFact:
    """One signalling assessment: its date, final level, and whether protective factors were recorded."""

    pregnancy_key: int
    gemeente: str | None
    assessed_on: dt.date
    final_level: Level
    protective_recorded: bool


@dataclass(frozen=True, slots=True)
class ReferralFact:
    """One referral: consent asked/given, when it was sent, the destination type, contact confirmed."""

    gemeente: str | None
    destination_type: DestinationType
    consent_asked_on: dt.date | None
    consent_given_on: dt.date | None
    referred_on: dt.date | None
    contact_confirmed_on: dt.date | None


@dataclass(frozen=True, slots=True)
class CenteringGroupFact:
    """A Centering group: first and last session, completion, held session dates, co-begeleider discipline."""

    group_key: int
    location_key: int | None
    start_date: dt.date | None
    end_date: dt.date | None
    completed: bool
    cancelled: bool
    sessions_held_on: tuple[dt.date, ...]
    co_facilitator_discipline: Discipline | None


@dataclass(frozen=True, slots=True)
class ParticipantFact:
    """A member of a Centering group: the group, her gemeente, and how many sessions she attended."""

    group_key: int
    gemeente: str | None
    sessions_attended: int


@dataclass(frozen=True, slots=True)
class StaffFact:
    """A professional of the practice (not a client): discipline and Centering training."""

    discipline: Discipline
    centering_trained: bool
    trained_on: dt.date | None
    active: bool


@dataclass(frozen=True)
class MonitorFacts:
    """Everything the aggregation reads; ``None`` means that feature's data is not available."""

    pregnancies: tuple[PregnancyFact, ...]
    staff: tuple[StaffFact, ...]
    assessments: tuple[AssessmentFact, ...] | None = None
    referrals: tuple[ReferralFact, ...] | None = None
    groups: tuple[CenteringGroupFact, ...] | None = None
    participants: tuple[ParticipantFact, ...] | None = None
