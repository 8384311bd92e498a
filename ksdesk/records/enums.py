"""Code lists. The UI turns these codes into translated labels (see LABELS)."""

from __future__ import annotations

from enum import StrEnum


class Discipline(StrEnum):
    MIDWIFE = "verloskundige"
    ASSISTANT = "praktijkassistent"
    MATERNITY_CARER = "kraamverzorgende"
    JGZ_NURSE = "jgz_verpleegkundige"
    GP_MENTAL_HEALTH = "poh_ggz"
    OTHER = "anders"


class IdDocumentType(StrEnum):
    PASSPORT = "paspoort"
    ID_CARD = "identiteitskaart"
    DRIVING_LICENCE = "rijbewijs"
    RESIDENCE_DOCUMENT = "verblijfsdocument"
    # checked with a legal ID document in the practice's own record system (an import states this for the file);
    # the document number may be unknown here and is never invented
    RECORD_SYSTEM = "dossiersysteem"
    NONE = "geen"


class DueDateSource(StrEnum):
    """How the à terme datum was determined; a higher rank supersedes a lower one."""

    LMP = "lm"
    DATING_SCAN = "termijnecho"
    IVF = "ivf"

    @property
    def rank(self) -> int:
        return {DueDateSource.LMP: 0, DueDateSource.DATING_SCAN: 1, DueDateSource.IVF: 2}[self]


class PregnancyStatus(StrEnum):
    ONGOING = "lopend"
    DELIVERED = "bevallen"
    TRANSFERRED = "overgedragen_2e_lijn"
    MISCARRIAGE = "miskraam"
    MOVED = "verhuisd"
    STOPPED = "gestopt"

    @property
    def is_open(self) -> bool:
        return self is PregnancyStatus.ONGOING


class Role(StrEnum):
    MIDWIFE = "verloskundige"
    ASSISTANT = "praktijkassistent"
    ADMIN = "beheerder"


LABELS: dict[StrEnum, str] = {
    Discipline.MIDWIFE: "Verloskundige",
    Discipline.ASSISTANT: "Praktijkassistent",
    Discipline.MATERNITY_CARER: "Kraamverzorgende",
    Discipline.JGZ_NURSE: "JGZ-verpleegkundige",
    Discipline.GP_MENTAL_HEALTH: "POH-GGZ",
    Discipline.OTHER: "Anders",
    IdDocumentType.PASSPORT: "Paspoort",
    IdDocumentType.ID_CARD: "Identiteitskaart",
    IdDocumentType.DRIVING_LICENCE: "Rijbewijs",
    IdDocumentType.RESIDENCE_DOCUMENT: "Verblijfsdocument",
    IdDocumentType.RECORD_SYSTEM: "Gecontroleerd in het dossiersysteem van de praktijk",
    IdDocumentType.NONE: "Geen (nog niet gezien)",
    DueDateSource.LMP: "Laatste menstruatie",
    DueDateSource.DATING_SCAN: "Termijnecho",
    DueDateSource.IVF: "IVF",
    PregnancyStatus.ONGOING: "Lopend",
    PregnancyStatus.DELIVERED: "Bevallen",
    PregnancyStatus.TRANSFERRED: "Overgedragen naar 2e lijn",
    PregnancyStatus.MISCARRIAGE: "Miskraam",
    PregnancyStatus.MOVED: "Verhuisd",
    PregnancyStatus.STOPPED: "Gestopt",
    Role.MIDWIFE: "Verloskundige",
    Role.ASSISTANT: "Praktijkassistent",
    Role.ADMIN: "Beheerder",
}


def label(code: StrEnum) -> str:
    """Dutch label of a code (the UI wraps it in tr())."""
    return LABELS.get(code, str(code))
