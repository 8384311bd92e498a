"""Which assessment comes next: intake, around 28 weeks (26–30), postpartum after the birth, else tussentijds."""

from __future__ import annotations

import datetime as dt

import pytest

from ksdesk.records.enums import PregnancyStatus
from ksdesk.screening import AssessmentKind, next_assessment_kind

TODAY = dt.date(2026, 11, 27)
INTAKE, WEEK28, POSTPARTUM, ADHOC = (AssessmentKind.INTAKE, AssessmentKind.WEEK28, AssessmentKind.POSTPARTUM,
                                     AssessmentKind.ADHOC)


def _due_at(weeks: int, days: int = 0) -> dt.date:
    """The due date at which the pregnancy is weeks+days today."""
    return TODAY + dt.timedelta(days=280 - (weeks * 7 + days))


@pytest.mark.parametrize(("done", "status", "weeks", "expected"), [
    (set(), PregnancyStatus.ONGOING, 12, INTAKE),
    (set(), PregnancyStatus.ONGOING, 28, INTAKE),  # the intake first, even at 28 weeks
    ({INTAKE}, PregnancyStatus.ONGOING, 25, ADHOC),
    ({INTAKE}, PregnancyStatus.ONGOING, 26, WEEK28),  # boundaries of the 26–30 week window
    ({INTAKE}, PregnancyStatus.ONGOING, 30, WEEK28),
    ({INTAKE}, PregnancyStatus.ONGOING, 31, ADHOC),
    ({INTAKE, WEEK28}, PregnancyStatus.ONGOING, 28, ADHOC),
    ({WEEK28}, PregnancyStatus.ONGOING, 33, INTAKE),  # an intake still missing
    (set(), PregnancyStatus.DELIVERED, 41, POSTPARTUM),
    ({INTAKE, WEEK28}, PregnancyStatus.DELIVERED, 42, POSTPARTUM),
    ({INTAKE}, PregnancyStatus.TRANSFERRED, 28, ADHOC),  # no 28-week assessment for a transferred pregnancy
])
def test_next_assessment_kind(done: set[AssessmentKind], status: PregnancyStatus, weeks: int,
                              expected: AssessmentKind) -> None:
    assert next_assessment_kind(done, status, _due_at(weeks), TODAY) is expected
