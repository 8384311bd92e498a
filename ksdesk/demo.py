"""A demo practice of fictitious people, enough to try every screen.

Everything here is invented: names are random combinations of common Dutch names, BSNs are random
numbers that pass the 11-proef, streets are called "Demostraat", e-mail goes to example.com. The
practice is marked as a demo (the status bar says so) and has one account per role.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from stdnum.nl import bsn as stdnum_bsn

from ksdesk.records.enums import Discipline, DueDateSource, IdDocumentType, PregnancyStatus, Role
from ksdesk.security import totp
from ksdesk.services import Services
from ksdesk.services.context import Actor

ZUID_LIMBURG = [  # the 16 gemeenten of Zuid-Limburg, with a postcode area each
    ("Maastricht", "Maastricht", 6211), ("Heerlen", "Heerlen", 6411), ("Sittard-Geleen", "Sittard", 6131),
    ("Kerkrade", "Kerkrade", 6461), ("Landgraaf", "Landgraaf", 6371), ("Brunssum", "Brunssum", 6441),
    ("Beekdaelen", "Nuth", 6361), ("Stein", "Stein", 6171), ("Beek", "Beek", 6191),
    ("Meerssen", "Meerssen", 6231), ("Valkenburg aan de Geul", "Valkenburg", 6301),
    ("Gulpen-Wittem", "Gulpen", 6271), ("Eijsden-Margraten", "Eijsden", 6245), ("Vaals", "Vaals", 6291),
    ("Simpelveld", "Simpelveld", 6369), ("Voerendaal", "Voerendaal", 6367),
]
GIVEN = ["Anouk", "Sanne", "Lotte", "Fleur", "Noor", "Eva", "Lisa", "Iris", "Femke", "Sophie", "Julia", "Emma",
         "Maud", "Roos", "Nina", "Yara", "Fatima", "Aylin", "Samira", "Esra", "Olga", "Agnieszka", "Maria",
         "Chantal", "Kim", "Naomi", "Demi", "Lieke", "Floor", "Jasmijn", "Mirjam", "Ilse", "Merel", "Hanna"]
SECOND = ["Maria", "Johanna", "Elisabeth", "Catharina", "Louise", "Anna", "Hendrika", "Wilhelmina", ""]
SURNAMES = [(None, "Janssen"), (None, "Smeets"), ("de", "Vries"), (None, "Peters"), (None, "Bemelmans"),
            ("van", "Dijk"), (None, "Hermans"), (None, "Frissen"), ("van den", "Berg"), (None, "Coenen"),
            (None, "Vossen"), ("de", "Jong"), (None, "Lemmens"), (None, "Schreurs"), (None, "Yilmaz"),
            (None, "El Amrani"), (None, "Kowalska"), ("van der", "Linden"), (None, "Dassen"), (None, "Ramakers"),
            (None, "Wetzels"), (None, "Meijers"), ("op de", "Kamp"), (None, "Bakker"), (None, "Brouwers")]
LANGUAGES = ["Nederlands"] * 12 + ["Engels", "Arabisch", "Turks", "Pools", "Tigrinya", "Duits"]
DEMO_PASSWORDS = {
    Role.ADMIN: ("beheer", "Bram Beheer (demo)", "demo-beheer-2026"),
    Role.MIDWIFE: ("verloskundige", "Vera Verloskundige (demo)", "demo-verloskundige"),
    Role.ASSISTANT: ("assistent", "Astrid Assistent (demo)", "demo-assistent-2026"),
}


DEMO_ADMIN_TOTP_SECRET = "KSDESKDEMOBEHEERKSDESKDEMOBEHEER"  # public: demo practices only


@dataclass(frozen=True)
class DemoAccount:
    role: Role
    username: str
    password: str
    totp_secret: str | None = None


def fictitious_bsn(rng: random.Random, used: set[str]) -> str:
    """A random 9-digit number that passes the 11-proef (belongs to no one we know of: demo only)."""
    while True:
        candidate = f"{rng.randint(10_000_000, 99_999_999):08d}"
        for last in range(10):
            number = candidate + str(last)
            if stdnum_bsn.is_valid(number) and number not in used:
                used.add(number)
                return number


def create_demo_practice(services: Services, *, pregnancies: int = 300, seed: int = 2026,
                         today: dt.date | None = None) -> list[DemoAccount]:
    """Fill an empty store with a demo practice; refuses a store that already holds a practice."""
    if not services.accounts.needs_setup():
        raise ValueError("In deze map staat al een praktijk. Kies een lege map met --data-dir.")
    rng = random.Random(seed)
    today = today or dt.date.today()
    admin_name, admin_display, admin_password = DEMO_PASSWORDS[Role.ADMIN]
    admin = services.accounts.first_run(
        {"name": "Verloskundigenpraktijk De Maasvallei (DEMO)", "agb_code": "03099999",
         "street": "Demostraat 1", "postcode": "6211AA", "city": "Maastricht",
         "email": "praktijk@example.com", "centering_weekday": 1, "centering_time": "10:00"},
        admin_name, admin_display, admin_password, is_demo=True,
    )
    # A beheerder works with two factors; the demo's TOTP secret is printed so it can be added to an app.
    admin, _codes = services.accounts.confirm_totp_enrolment(admin, DEMO_ADMIN_TOTP_SECRET,
                                                             totp.current_code(DEMO_ADMIN_TOTP_SECRET))
    accounts = [DemoAccount(Role.ADMIN, admin_name, admin_password, DEMO_ADMIN_TOTP_SECRET)]
    staff = [
        ("Vera Verloskundige", Discipline.MIDWIFE, True), ("Marloes Maas", Discipline.MIDWIFE, True),
        ("Ingrid Geul", Discipline.MIDWIFE, False), ("Astrid Assistent", Discipline.ASSISTANT, False),
        ("Karin Kraamzorg", Discipline.MATERNITY_CARER, True), ("Jolien JGZ", Discipline.JGZ_NURSE, True),
        ("Petra POH", Discipline.GP_MENTAL_HEALTH, False),
    ]
    staff_ids: dict[str, int] = {}
    for name, discipline, trained in staff:
        view = services.staff.create(admin, {
            "name": name, "discipline": discipline, "centering_trained": trained,
            "centering_trained_on": (today - dt.timedelta(days=rng.randint(200, 1500))) if trained else None,
        })
        staff_ids[name] = view.id
    for role in (Role.MIDWIFE, Role.ASSISTANT):
        username, display, password = DEMO_PASSWORDS[role]
        staff_name = "Vera Verloskundige" if role is Role.MIDWIFE else "Astrid Assistent"
        services.accounts.create_user(admin, username, display, role, password, staff_id=staff_ids[staff_name])
        accounts.append(DemoAccount(role, username, password))
    midwife = services.accounts.login(*DEMO_PASSWORDS[Role.MIDWIFE][::2])
    assistant = services.accounts.login(*DEMO_PASSWORDS[Role.ASSISTANT][::2])
    _create_clients(services, midwife, rng, today, pregnancies)
    from ksdesk.demodata import DemoContext, centering, referrals, screening

    context = DemoContext(services, admin, midwife, assistant, staff_ids, today, seed)
    for feature in (screening, referrals, centering):
        feature.populate(context)
    return accounts


def _create_clients(services: Services, actor: Actor, rng: random.Random, today: dt.date, count: int) -> None:
    used_bsn: set[str] = set()
    made = 0
    while made < count:
        municipality, city, pc = rng.choice(ZUID_LIMBURG)
        prefix, surname = rng.choice(SURNAMES)
        given = f"{rng.choice(GIVEN)} {rng.choice(SECOND)}".strip()
        has_bsn = rng.random() > 0.04
        birth = today - dt.timedelta(days=rng.randint(18 * 365, 42 * 365))
        language = rng.choice(LANGUAGES)
        client = services.clients.create(actor, {
            "given_names": given,
            "surname_prefix": prefix,
            "surname": surname,
            "date_of_birth": birth,
            "bsn": fictitious_bsn(rng, used_bsn) if has_bsn else None,
            "bsn_missing_reason": None if has_bsn else "Nog niet ingeschreven in de BRP (demo)",
            "id_document_type": rng.choice([IdDocumentType.PASSPORT, IdDocumentType.ID_CARD,
                                            IdDocumentType.DRIVING_LICENCE]) if has_bsn else IdDocumentType.NONE,
            "id_document_number": f"DEMO{rng.randint(10000, 99999)}" if has_bsn else None,
            "street": f"Demostraat {rng.randint(1, 180)}",
            "postcode": f"{pc + rng.randint(0, 8)}{rng.choice('ABCEGHJKLMNPRTVXZ')}{rng.choice('ABCEGHJKLMNPRTVXZ')}",
            "city": city,
            "municipality": municipality,
            "phone": f"06 12 34 {rng.randint(5000, 5999)}",
            "email": f"demo.{made}@example.com" if rng.random() > 0.3 else None,
            "preferred_language": language,
            "interpreter_needed": language not in ("Nederlands", "Engels", "Duits") and rng.random() > 0.4,
            "safe_contact": rng.choice([None, None, "Liever niet bellen na 18:00.", "Alleen via e-mail.",
                                        "Partner niet laten meeluisteren; bel op haar eigen nummer."]),
        })
        gravida = rng.choice([1, 1, 1, 2, 2, 3, 4])
        # About one in six clients also has an earlier pregnancy within the two years.
        if made + 1 < count and rng.random() < 0.17:
            earlier_due = today - dt.timedelta(days=rng.randint(330, 700))
            services.clients.add_pregnancy(actor, client.id, _pregnancy(rng, earlier_due, today, gravida,
                                                                      force_closed=True))
            gravida += 1
            made += 1
        due = today + dt.timedelta(days=rng.randint(-420, 250))
        services.clients.add_pregnancy(actor, client.id, _pregnancy(rng, due, today, gravida))
        made += 1


def _pregnancy(rng: random.Random, due: dt.date, today: dt.date, gravida: int,
               *, force_closed: bool = False) -> dict[str, object]:
    para = rng.randint(0, gravida - 1)
    lmp_based = rng.random() < 0.3
    data: dict[str, object] = {
        "due_date": due,
        "due_date_source": DueDateSource.LMP if lmp_based else rng.choice(
            [DueDateSource.DATING_SCAN] * 9 + [DueDateSource.IVF]),
        "gravida": gravida,
        "para": para,
        "intake_date": max(due - dt.timedelta(days=280 - rng.randint(49, 84)), today - dt.timedelta(days=800)),
        "wants_centering": rng.random() < 0.35,
    }
    if data["intake_date"] > today:  # type: ignore[operator]
        data["intake_date"] = None
    days_past = (today - due).days
    status = PregnancyStatus.ONGOING
    if force_closed or days_past > 14:
        status = rng.choices(
            [PregnancyStatus.DELIVERED, PregnancyStatus.TRANSFERRED, PregnancyStatus.MOVED, PregnancyStatus.STOPPED],
            weights=[80, 12, 5, 3])[0]
    elif days_past > -200 and rng.random() < 0.04:
        status = PregnancyStatus.MISCARRIAGE
    elif days_past > -150 and rng.random() < 0.05:
        status = rng.choice([PregnancyStatus.TRANSFERRED, PregnancyStatus.MOVED])
    data["status"] = status
    if status is PregnancyStatus.DELIVERED:
        birth = min(due + dt.timedelta(days=rng.randint(-21, 12)), today)
        data["birth_date"] = birth
        data["status_date"] = birth
    elif status is PregnancyStatus.MISCARRIAGE:
        data["status_date"] = min(due - dt.timedelta(days=rng.randint(190, 230)), today)
    elif status is not PregnancyStatus.ONGOING:
        data["status_date"] = min(due - dt.timedelta(days=rng.randint(0, 120)), today)
    return data


def print_accounts(accounts: list[DemoAccount]) -> None:
    """Print the demo accounts (demo practices only: these passwords are public)."""
    print("Demopraktijk aangemaakt (fictieve cliënten). Inloggen met:")
    for account in accounts:
        print(f"  {account.role.value:<18} gebruiker: {account.username:<14} wachtwoord: {account.password}")
        if account.totp_secret:
            print(f"  {'':<18} tweede factor (TOTP-geheim voor een authenticator-app): {account.totp_secret}")
            snippet = f"import pyotp; print(pyotp.TOTP('{account.totp_secret}').now())"
            print(f"  {'':<18} huidige code zonder app: python -c \"{snippet}\"")
