"""The fields an export's columns can be mapped to, guessing them from Dutch and English headers, and turning
a cell into what ClientIn/PregnancyIn accept (with a Dutch message when that is impossible)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ksdesk.importing.dates import parse_import_date
from ksdesk.records.enums import LABELS, DueDateSource, IdDocumentType, PregnancyStatus
from ksdesk.records.models import ClientIn, PregnancyIn

CLIENT, PREGNANCY, EXTRA = "client", "pregnancy", "extra"


@dataclass(frozen=True)
class ImportField:
    key: str
    title: str
    part: str  # CLIENT, PREGNANCY or EXTRA (joined into a client field)
    kind: str  # text, date, bool, int, enum
    synonyms: tuple[str, ...]


def _title(model: type, key: str) -> str:
    return str(model.model_fields[key].title)  # type: ignore[attr-defined]


_C, _P = ClientIn, PregnancyIn
FIELDS: tuple[ImportField, ...] = (
    ImportField("given_names", _title(_C, "given_names"), CLIENT, "text",
                ("voornamen", "voornaam", "first name", "firstname", "given names", "given name",
                 "forename", "voornamen client")),
    ImportField("surname_prefix", _title(_C, "surname_prefix"), CLIENT, "text",
                ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels", "tussenv", "prefix", "infix",
                 "surname prefix")),
    ImportField("surname", _title(_C, "surname"), CLIENT, "text",
                ("achternaam", "geslachtsnaam", "familienaam", "naam", "surname", "last name", "lastname",
                 "family name", "achternaam client", "geboortenaam")),
    ImportField("preferred_name", _title(_C, "preferred_name"), CLIENT, "text",
                ("roepnaam", "preferred name", "nickname", "called")),
    ImportField("date_of_birth", _title(_C, "date_of_birth"), CLIENT, "date",
                ("geboortedatum", "geb datum", "gebdatum", "geboren", "geboortedatum client", "date of birth",
                 "dob", "birth date", "birthdate", "geb dat")),
    ImportField("bsn", _title(_C, "bsn"), CLIENT, "text",
                ("bsn", "burgerservicenummer", "bsn nummer", "bsnnummer", "sofinummer", "citizen service number")),
    ImportField("bsn_missing_reason", _title(_C, "bsn_missing_reason"), CLIENT, "text",
                ("reden geen bsn", "geen bsn reden", "reason no bsn")),
    ImportField("id_document_type", _title(_C, "id_document_type"), CLIENT, "enum",
                ("identiteitsbewijs", "soort identiteitsbewijs", "soort id", "id soort", "legitimatie",
                 "soort legitimatie", "wid", "document type", "id type", "type identiteitsbewijs")),
    ImportField("id_document_number", _title(_C, "id_document_number"), CLIENT, "text",
                ("documentnummer", "nummer identiteitsbewijs", "id nummer", "legitimatienummer",
                 "document number", "id number", "nummer legitimatie")),
    ImportField("street", _title(_C, "street"), CLIENT, "text",
                ("straat en huisnummer", "adres", "straat", "straatnaam", "address", "street")),
    ImportField("house_number", "Huisnummer", EXTRA, "text",
                ("huisnummer", "huisnr", "nr", "house number", "number")),
    ImportField("house_number_suffix", "Toevoeging", EXTRA, "text",
                ("toevoeging", "huisnummertoevoeging", "huisnummer toevoeging", "huisletter", "suffix")),
    ImportField("postcode", _title(_C, "postcode"), CLIENT, "text",
                ("postcode", "pc", "zip", "zipcode", "zip code", "postal code", "postcode client")),
    ImportField("city", _title(_C, "city"), CLIENT, "text",
                ("woonplaats", "plaats", "city", "town", "plaatsnaam")),
    ImportField("municipality", _title(_C, "municipality"), CLIENT, "text", ("gemeente", "municipality")),
    ImportField("phone", _title(_C, "phone"), CLIENT, "text",
                ("telefoon", "telefoonnummer", "tel", "telnr", "mobiel", "mobiel nummer", "mobile", "phone",
                 "telephone", "telefoon 1")),
    ImportField("phone_alt", _title(_C, "phone_alt"), CLIENT, "text",
                ("telefoon 2", "tweede telefoon", "telefoonnummer 2", "tel 2", "phone 2", "vast nummer",
                 "telefoon vast")),
    ImportField("email", _title(_C, "email"), CLIENT, "text",
                ("e mail", "email", "emailadres", "e mailadres", "mail", "email address")),
    ImportField("preferred_language", _title(_C, "preferred_language"), CLIENT, "text",
                ("voorkeurstaal", "taal", "language", "preferred language", "spreektaal")),
    ImportField("interpreter_needed", _title(_C, "interpreter_needed"), CLIENT, "bool",
                ("tolk", "tolk nodig", "interpreter", "interpreter needed")),
    ImportField("safe_contact", _title(_C, "safe_contact"), CLIENT, "text", ("veilig contact", "safe contact")),
    ImportField("due_date", _title(_P, "due_date"), PREGNANCY, "date",
                ("a terme datum", "a terme", "atd", "at datum", "uitgerekende datum", "uitgerekend",
                 "a terme datum atd", "due date", "edd", "expected due date", "estimated due date",
                 "verwachte bevaldatum", "aterme datum", "a termedatum")),
    ImportField("due_date_source", _title(_P, "due_date_source"), PREGNANCY, "enum",
                ("bron a terme datum", "bron atd", "atd bron", "atd volgens", "a terme volgens", "bron",
                 "due date source", "dating")),
    ImportField("gravida", _title(_P, "gravida"), PREGNANCY, "int", ("gravida", "graviditeit", "g")),
    ImportField("para", _title(_P, "para"), PREGNANCY, "int", ("para", "pariteit", "p", "parity")),
    ImportField("status", _title(_P, "status"), PREGNANCY, "enum",
                ("status", "status zwangerschap", "zwangerschapsstatus", "pregnancy status")),
    ImportField("status_date", _title(_P, "status_date"), PREGNANCY, "date",
                ("statusdatum", "datum status", "status datum", "status date")),
    ImportField("birth_date", _title(_P, "birth_date"), PREGNANCY, "date",
                ("geboortedatum kind", "bevallingsdatum", "datum bevalling", "partusdatum", "partus",
                 "geboortedatum baby", "delivery date", "date of delivery", "baby date of birth")),
    ImportField("intake_date", _title(_P, "intake_date"), PREGNANCY, "date",
                ("intakedatum", "datum intake", "intake", "intake date")),
    ImportField("wants_centering", _title(_P, "wants_centering"), PREGNANCY, "bool",
                ("wil centering", "centering", "centering zwangerschap", "centeringzwangerschap",
                 "wants centering")),
)
BY_KEY: dict[str, ImportField] = {f.key: f for f in FIELDS}
REQUIRED = ("given_names", "surname", "date_of_birth")

Mapping_ = dict[str, str | None]  # header → field key (None: not imported)


def normalise_header(text: str) -> str:
    """'À terme-datum (ATD)' → 'a terme datum atd'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


_SYNONYMS: dict[str, str] = {}
for _field in FIELDS:
    for _syn in (_field.key.replace("_", " "), normalise_header(_field.title), *_field.synonyms):
        _SYNONYMS.setdefault(normalise_header(_syn), _field.key)


def guess_mapping(headers: Sequence[str]) -> Mapping_:
    """Each header's field: exact synonyms first, then the longest synonym the header contains as words;
    no field twice."""
    guessed: Mapping_ = {h: None for h in headers}
    taken: set[str] = set()
    normalised = {h: normalise_header(h) for h in headers}
    for header in headers:
        key = _SYNONYMS.get(normalised[header])
        if key and key not in taken:
            guessed[header] = key
            taken.add(key)
    for header in headers:
        if guessed[header] is not None or not normalised[header]:
            continue
        words = f" {normalised[header]} "
        candidates = sorted(((len(syn), key) for syn, key in _SYNONYMS.items()
                             if len(syn) > 2 and f" {syn} " in words and key not in taken), reverse=True)
        if candidates:
            guessed[header] = candidates[0][1]
            taken.add(candidates[0][1])
    return guessed


# A mapping entry "=<field>" → text is a fixed value for that field, used where the row leaves it empty
# (e.g. "=bsn_missing_reason": "Niet in de export van het dossiersysteem").
FIXED_PREFIX = "="
FIXABLE = ("bsn_missing_reason", "id_document_type")
# The file-wide statement that every BSN in the file was checked against a legal ID document in the practice's
# record system: rows with a BSN and no ID document of their own get id_document_type "dossiersysteem" (and no
# document number: none is ever invented). Ticked per import, never remembered.
ID_CHECKED = FIXED_PREFIX + "id_document_type"
ID_CHECKED_VALUE = IdDocumentType.RECORD_SYSTEM.value


def fixed_values(mapping: Mapping[str, str | None]) -> dict[str, str]:
    """The fixed values of a mapping: field → text."""
    return {k.removeprefix(FIXED_PREFIX): v.strip() for k, v in mapping.items()
            if k.startswith(FIXED_PREFIX) and k.removeprefix(FIXED_PREFIX) in FIXABLE and v and v.strip()
            and (k != ID_CHECKED or v.strip() == ID_CHECKED_VALUE)}


def id_checked(mapping: Mapping[str, str | None]) -> bool:
    """Whether the mapping carries the statement that the file's BSNs were checked in the record system."""
    return mapping.get(ID_CHECKED) == ID_CHECKED_VALUE


def mapping_problems(mapping: Mapping[str, str | None]) -> list[str]:
    """Dutch messages about a mapping that cannot be imported (required fields missing, a field twice)."""
    problems: list[str] = []
    used: dict[str, str] = {}
    for header, key in mapping.items():
        if header.startswith(FIXED_PREFIX):
            if header.removeprefix(FIXED_PREFIX) not in FIXABLE:
                problems.append(f"Geen vaste waarde mogelijk voor '{header.removeprefix(FIXED_PREFIX)}'.")
            elif header == ID_CHECKED and key not in (None, ID_CHECKED_VALUE):
                problems.append("Onbekende verklaring over de identiteitscontrole.")
            elif key is not None and len(key) > 200:
                problems.append("De vaste waarde is te lang (maximaal 200 tekens).")
            continue
        if key is None:
            continue
        if key not in BY_KEY:
            problems.append(f"Kolom '{header}': onbekend veld.")
        elif key in used:
            problems.append(f"{BY_KEY[key].title} is aan twee kolommen gekoppeld ('{used[key]}' en '{header}').")
        else:
            used[key] = header
    for key in REQUIRED:
        if key not in used:
            problems.append(f"Koppel een kolom aan {BY_KEY[key].title}; dat veld is verplicht.")
    if "house_number_suffix" in used and "house_number" not in used:
        problems.append("Koppel ook het huisnummer als je de toevoeging koppelt.")
    return problems


def mapping_warnings(mapping: Mapping[str, str | None]) -> list[str]:
    """Dutch notes about a mapping that can be imported but needs the user's attention before the preview."""
    mapped = {key for header, key in mapping.items() if not header.startswith(FIXED_PREFIX) and key}
    warnings: list[str] = []
    if "bsn" in mapped and "id_document_type" not in mapped and not id_checked(mapping):
        warnings.append("Het bestand heeft een BSN maar geen kolom met het identiteitsbewijs. Een BSN wordt pas "
                        "vastgelegd na controle van een identiteitsbewijs: zonder de verklaring hieronder worden "
                        "nieuwe cliënten met een BSN overgeslagen. Is de identiteit niet gecontroleerd, zet de "
                        "kolom BSN dan op '(niet importeren)' en vul een reden geen BSN in.")
    if "house_number" in mapped and "street" not in mapped:
        warnings.append("Er is geen kolom met de straat: bij 'Straat en huisnummer' komt alleen het huisnummer "
                        "(postcode en huisnummer samen wijzen het adres aan). Vul de straat later aan.")
    return warnings


# --- cells into model input -------------------------------------------------------------------------------

_TRUE = {"ja", "j", "yes", "y", "true", "waar", "1", "x", "wel"}
_FALSE = {"nee", "n", "no", "false", "onwaar", "0", "niet", "geen"}
_ENUM_WORDS: dict[str, dict[str, str]] = {
    "due_date_source": {
        "lm": "lm", "laatste menstruatie": "lm", "menstruatie": "lm", "lmp": "lm", "amenorroe": "lm",
        "echo": "termijnecho", "termijnecho": "termijnecho", "termijn echo": "termijnecho", "crl": "termijnecho",
        "scan": "termijnecho", "dating scan": "termijnecho", "ivf": "ivf", "icsi": "ivf", "ivf icsi": "ivf",
        "terugplaatsing": "ivf",
    },
    "status": {
        "lopend": "lopend", "zwanger": "lopend", "actief": "lopend", "in zorg": "lopend", "ongoing": "lopend",
        "bevallen": "bevallen", "partus": "bevallen", "delivered": "bevallen", "kraam": "bevallen",
        "overgedragen": "overgedragen_2e_lijn", "overgedragen 2e lijn": "overgedragen_2e_lijn",
        "overgedragen naar 2e lijn": "overgedragen_2e_lijn", "2e lijn": "overgedragen_2e_lijn",
        "tweede lijn": "overgedragen_2e_lijn", "miskraam": "miskraam", "abortus": "miskraam",
        "miscarriage": "miskraam", "verhuisd": "verhuisd", "moved": "verhuisd", "gestopt": "gestopt",
        "uit zorg": "gestopt", "stopped": "gestopt",
    },
    "id_document_type": {
        "paspoort": "paspoort", "passport": "paspoort", "p": "paspoort",
        "identiteitskaart": "identiteitskaart", "id kaart": "identiteitskaart", "idkaart": "identiteitskaart",
        "id": "identiteitskaart", "nik": "identiteitskaart", "id card": "identiteitskaart",
        "rijbewijs": "rijbewijs", "driving licence": "rijbewijs", "driver s license": "rijbewijs",
        "verblijfsdocument": "verblijfsdocument", "verblijfsvergunning": "verblijfsdocument",
        "vreemdelingendocument": "verblijfsdocument", "residence permit": "verblijfsdocument",
        "geen": "geen", "none": "geen",
    },
}
_ENUMS = {"due_date_source": DueDateSource, "status": PregnancyStatus, "id_document_type": IdDocumentType}
for _key, _enum in _ENUMS.items():
    for _code in _enum:
        _ENUM_WORDS[_key].setdefault(normalise_header(_code.value), _code.value)
        _ENUM_WORDS[_key].setdefault(normalise_header(LABELS.get(_code, _code.value)), _code.value)


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object, key: str) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        # Excel drops a leading zero of a number-formatted phone number or an old 8-digit BSN
        if key in ("phone", "phone_alt") and len(text) == 9 and text[0] in "123456789":
            return "0" + text
        return text
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d-%m-%Y")
    return str(value).strip()


def convert(key: str, value: object, *, today: dt.date | None = None) -> object:
    """One cell for field `key`, as the record models accept it; raise ValueError (Dutch) when impossible.
    Empty cells become None (the caller leaves the field out)."""
    if is_empty(value):
        return None
    kind = BY_KEY[key].kind
    if kind == "date":
        return parse_import_date(value, today=today)
    if kind == "bool":
        word = normalise_header(_text(value, key))
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise ValueError("Vul ja of nee in.")
    if kind == "int":
        if isinstance(value, int | float) and not isinstance(value, bool):
            if float(value).is_integer():
                return int(value)
            raise ValueError("Vul een heel getal in.")
        text = _text(value, key).upper().removeprefix("G").removeprefix("P").strip()
        if not text.isdigit():
            raise ValueError("Vul een heel getal in.")
        return int(text)
    if kind == "enum":
        word = normalise_header(_text(value, key))
        code = _ENUM_WORDS[key].get(word)
        if code is None:
            raise ValueError(f"Onbekende waarde '{_text(value, key)[:40]}'.")
        return code
    return _text(value, key)
