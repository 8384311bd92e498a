"""CenteringZwangerschap: the group planner and the session schedule.

Pure domain code (no Qt, no SQL): plain values and frozen models in, plain values out.
"""

from ksdesk.centering.planner import (
    ExistingGroup,
    GroupPlan,
    UnplacedCandidate,
    UnplacedReason,
    plan_groups,
)
from ksdesk.centering.schedule import (
    DEFAULT_TEMPLATE,
    Conflict,
    ConflictKind,
    GroupSchedule,
    ScheduleError,
    ScheduleTemplate,
    SchoolRegion,
    Session,
    SessionBooking,
    bookings,
    find_conflicts,
    gestational_age_range,
    move_session,
    plan_schedule,
    public_holiday,
    school_holiday,
    validate_schedule,
)

__all__ = [
    "DEFAULT_TEMPLATE",
    "Conflict",
    "ConflictKind",
    "ExistingGroup",
    "GroupPlan",
    "GroupSchedule",
    "ScheduleError",
    "ScheduleTemplate",
    "SchoolRegion",
    "Session",
    "SessionBooking",
    "UnplacedCandidate",
    "UnplacedReason",
    "bookings",
    "find_conflicts",
    "gestational_age_range",
    "move_session",
    "plan_groups",
    "plan_schedule",
    "public_holiday",
    "school_holiday",
    "validate_schedule",
]
