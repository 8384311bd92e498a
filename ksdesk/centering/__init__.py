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

__all__ = [
    "ExistingGroup",
    "GroupPlan",
    "UnplacedCandidate",
    "UnplacedReason",
    "plan_groups",
]
