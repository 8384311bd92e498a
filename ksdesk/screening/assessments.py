"""The codes of an assessment (its kind, the doorgeleiding decision, the meldcode) and which assessment is next.

Pure domain: the UI and the services both use these. Labels are Dutch; the UI wraps them in tr().
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from enum import StrEnum

from ksdesk.records.enums import PregnancyStatus
from ksdesk.records.gestation import gestational_age


class AssessmentKind(StrEnum):
    """When in the pregnancy an assessment is made."""

    INTAKE = "intake"
    WEEK28 = "week28"
    POSTPARTUM = "postpartum"
    ADHOC = "adhoc"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    AssessmentKind.INTAKE: "Intake",
    AssessmentKind.WEEK28: "Rond 28 weken",
    AssessmentKind.POSTPARTUM: "Postpartum",
    AssessmentKind.ADHOC: "Tussentijds",
}


class Decision(StrEnum):
    """The doorgeleiding decision asked for at potentieel kwetsbaar or higher."""

    JGZ_PHB = "jgz_phb"
    WIJKTEAM = "wijkteam"
    HUISARTS_POH = "huisarts_poh"
    AL_IN_ZORG = "al_in_zorg"
    GEWEIGERD = "geweigerd"
    GEEN = "geen"

    @property
    def label(self) -> str:
        return DECISION_LABELS[self]

    @property
    def leads_to_referral(self) -> bool:
        """A decision that starts a referral (verwijzing) in the referral flow."""
        return self in (Decision.JGZ_PHB, Decision.WIJKTEAM, Decision.HUISARTS_POH)

    @property
    def needs_reason(self) -> bool:
        return self is Decision.GEEN


DECISION_LABELS = {
    Decision.JGZ_PHB: "JGZ prenataal huisbezoek",
    Decision.WIJKTEAM: "Wijkteam",
    Decision.HUISARTS_POH: "Huisarts / POH-GGZ",
    Decision.AL_IN_ZORG: "Al in zorg",
    Decision.GEWEIGERD: "Geweigerd door cliënte",
    Decision.GEEN: "Geen doorgeleiding (met reden)",
}


class MeldcodeDecision(StrEnum):
    """Step 5 of the KNOV meldcode: decide (the product itself never reports anything)."""

    HULP = "hulp"
    MELDEN = "melden"
    HULP_EN_MELDEN = "hulp_en_melden"
    AFSLUITEN = "afsluiten"

    @property
    def label(self) -> str:
        return MELDCODE_DECISION_LABELS[self]


MELDCODE_DECISION_LABELS = {
    MeldcodeDecision.HULP: "Hulp organiseren",
    MeldcodeDecision.MELDEN: "Melden bij Veilig Thuis",
    MeldcodeDecision.HULP_EN_MELDEN: "Hulp organiseren én melden bij Veilig Thuis",
    MeldcodeDecision.AFSLUITEN: "Geen zorgen meer: afsluiten",
}

MELDCODE_STEPS: dict[int, str] = {
    1: "Signalen in kaart brengen",
    2: "Collegiale consultatie en zo nodig Veilig Thuis raadplegen",
    3: "Gesprek met de cliënte",
    4: "Wegen van het geweld of de kindermishandeling (afwegingskader)",
    5: "Beslissen: hulp organiseren en/of melden",
}
"""The five steps of the KNOV meldcode huiselijk geweld en kindermishandeling."""


WEEK28_WINDOW = (26, 30)
"""Completed weeks in which the "rond 28 weken" assessment is due."""


def next_assessment_kind(done: Collection[AssessmentKind], status: PregnancyStatus, due_date: dt.date,
                         today: dt.date) -> AssessmentKind:
    """Postpartum after the birth; the intake first; around 28 weeks (26–30) while that one is still missing;
    otherwise an intake if there is none yet, else tussentijds."""
    if status is PregnancyStatus.DELIVERED:
        return AssessmentKind.POSTPARTUM
    if not done:
        return AssessmentKind.INTAKE
    age = gestational_age(due_date, today)
    low, high = WEEK28_WINDOW
    if status is PregnancyStatus.ONGOING and age is not None and low <= age.weeks <= high \
            and AssessmentKind.WEEK28 not in done:
        return AssessmentKind.WEEK28
    if AssessmentKind.INTAKE not in done:
        return AssessmentKind.INTAKE
    return AssessmentKind.ADHOC
