"""Building a Centering pool through the services (fictitious women only)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from ksdesk.services import Services
from ksdesk.services.context import Actor
from tests.conftest import client_data, pregnancy_data

_n = itertools.count(1)
GIVEN = ("Anouk", "Bo", "Chaima", "Daphne", "Esra", "Fenna", "Gül", "Hanna", "Iris", "Joyce", "Kim", "Lotte",
         "Mila", "Noor", "Olga", "Priya", "Roos", "Sanne", "Tess", "Yara")


def add_woman(services: Services, actor: Actor, due: dt.date, *, wants: bool = True, intake: bool = True,
              language: str = "Nederlands", surname: str | None = None) -> tuple[int, int]:
    """A client with an ongoing pregnancy; returns (client_id, pregnancy_id)."""
    n = next(_n)
    client = services.clients.create(actor, client_data(
        given_names=GIVEN[n % len(GIVEN)], surname=surname or f"Testvrouw{n}", surname_prefix="", bsn="",
        bsn_missing_reason="Nog niet bekend", id_document_type="geen", id_document_number="",
        preferred_language=language))
    pregnancy = services.clients.add_pregnancy(actor, client.id, pregnancy_data(
        due_date=due.strftime("%d-%m-%Y"), wants_centering=wants,
        intake_date=dt.date.today().strftime("%d-%m-%Y") if intake else None))
    return client.id, pregnancy.id


def add_pool(services: Services, actor: Actor, first_due: dt.date, offsets: Sequence[int]) -> list[int]:
    """Women due first_due + offset days; returns their pregnancy ids in the same order."""
    return [add_woman(services, actor, first_due + dt.timedelta(days=o))[1] for o in offsets]


def add_staff(services: Services, admin: Actor) -> dict[str, int]:
    """A trained midwife, an untrained midwife and a maternity carer (co-begeleider)."""
    trained = services.staff.create(admin, {"name": "Vera Verloskundige", "discipline": "verloskundige",
                                            "centering_trained": True,
                                            "centering_trained_on": dt.date(2024, 3, 1)})
    untrained = services.staff.create(admin, {"name": "Uma Ongetraind", "discipline": "verloskundige"})
    carer = services.staff.create(admin, {"name": "Kiki Kraamzorg", "discipline": "kraamverzorgende"})
    return {"trained": trained.id, "untrained": untrained.id, "carer": carer.id}
