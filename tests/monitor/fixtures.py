"""Hand-made facts with answers counted by hand (see test_aggregate.py)."""

from __future__ import annotations

import datetime as dt

from ksdesk.monitor.facts import (
    AssessmentFact,
    CenteringGroupFact,
    DestinationType,
    MonitorFacts,
    ParticipantFact,
    PregnancyFact,
    ReferralFact,
    StaffFact,
)
from ksdesk.records.enums import Discipline
from ksdesk.screening.enums import Level

D = dt.date


def small_practice() -> MonitorFacts:
    """Year 2026: Maastricht 3 intakes, ' heerlen' / 'Heerlen' 2, unknown 1; one 2025 intake (outside)."""
    pregnancies = (
        PregnancyFact("Maastricht", D(2026, 1, 5)),
        PregnancyFact("Maastricht", D(2026, 6, 30)),
        PregnancyFact("maastricht", D(2026, 12, 31)),
        PregnancyFact("Heerlen", D(2026, 3, 1)),
        PregnancyFact(" heerlen ", D(2026, 4, 1)),
        PregnancyFact(None, D(2026, 7, 7)),
        PregnancyFact("Maastricht", D(2025, 12, 31)),
    )
    assessments = (
        # pregnancy 1 (Maastricht): two in 2026, latest is kwetsbaar with protective factors
        AssessmentFact(1, "Maastricht", D(2026, 2, 1), Level.GEEN, False),
        AssessmentFact(1, "Maastricht", D(2026, 8, 1), Level.KWETSBAAR, True),
        # pregnancy 2 (Maastricht): urgent; its 2027 assessment is outside the period
        AssessmentFact(2, "Maastricht", D(2026, 9, 1), Level.URGENT, False),
        AssessmentFact(2, "Maastricht", D(2027, 1, 2), Level.GEEN, True),
        # pregnancy 3 (Heerlen): potentieel
        AssessmentFact(3, "Heerlen", D(2026, 4, 1), Level.POTENTIEEL, True),
        # pregnancy 4 (unknown gemeente): 2025 only
        AssessmentFact(4, None, D(2025, 5, 1), Level.URGENT, True),
    )
    referrals = (
        ReferralFact("Maastricht", DestinationType.JGZ, D(2026, 8, 1), D(2026, 8, 2), D(2026, 8, 3), D(2026, 9, 1)),
        ReferralFact("Maastricht", DestinationType.WIJKTEAM, D(2026, 9, 1), D(2026, 9, 1), D(2026, 9, 2), None),
        ReferralFact("Heerlen", DestinationType.from_code("phb_jgz"), D(2026, 4, 1), None, None, None),
        ReferralFact("Heerlen", DestinationType.OTHER, D(2025, 12, 1), D(2025, 12, 20), D(2026, 1, 3),
                     D(2026, 1, 10)),
    )
    groups = (
        CenteringGroupFact(10, 1, D(2026, 2, 1), D(2026, 7, 1), True, False,
                           (D(2026, 2, 1), D(2026, 3, 1), D(2026, 7, 1)), Discipline.MATERNITY_CARER),
        CenteringGroupFact(11, 2, D(2026, 11, 1), D(2027, 4, 1), False, False,
                           (D(2026, 11, 1), D(2027, 1, 5)), Discipline.JGZ_NURSE),
        CenteringGroupFact(12, 3, D(2026, 5, 1), None, False, True, (), None),  # cancelled
        CenteringGroupFact(13, 1, D(2025, 9, 1), D(2026, 1, 15), True, False, (D(2026, 1, 15),), None),
    )
    participants = (
        ParticipantFact(10, "Maastricht", 6),
        ParticipantFact(10, "Maastricht", 2),
        ParticipantFact(10, "Heerlen", 1),
        ParticipantFact(11, "Heerlen", 0),
        ParticipantFact(12, "Maastricht", 0),
        ParticipantFact(13, "Maastricht", 8),
    )
    staff = (
        StaffFact(Discipline.MIDWIFE, True, D(2024, 5, 1), True),
        StaffFact(Discipline.MIDWIFE, True, None, True),
        StaffFact(Discipline.MIDWIFE, True, D(2027, 1, 1), True),  # trained after the period
        StaffFact(Discipline.MATERNITY_CARER, True, D(2026, 3, 1), True),
        StaffFact(Discipline.JGZ_NURSE, True, D(2020, 1, 1), False),  # no longer active
        StaffFact(Discipline.ASSISTANT, False, None, True),
    )
    return MonitorFacts(pregnancies, staff, assessments, referrals, groups, participants)
