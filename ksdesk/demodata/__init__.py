"""Demo data per feature, added to the demo practice after its clients and pregnancies (ksdesk.demo).

Each module has populate(ctx): it works only through the services, with fictitious data, and draws its
randomness from ctx.rng_for(<feature>) so features do not shift each other's data.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from ksdesk.services import Services
from ksdesk.services.context import Actor


@dataclass(frozen=True)
class DemoContext:
    services: Services
    admin: Actor  # logged in with the second factor
    midwife: Actor
    assistant: Actor
    staff_ids: dict[str, int]  # staff name → id (see ksdesk.demo)
    today: dt.date
    seed: int

    def rng_for(self, feature: str) -> random.Random:
        return random.Random(f"{self.seed}-{feature}")
