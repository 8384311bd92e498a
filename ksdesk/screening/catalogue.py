"""The signalling catalogue: domains, risk items, protective factors and rule parameters, as versioned data.

Which items exist, which are urgent and what the thresholds are is not settled by the Rotterdam definition
(see the domain note), so none of it lives in code: it is read from a JSON file. ksdesk ships a default in
``resources/catalogue/``; a region can supply its own file with the same shape. Every assessment stores the
catalogue's ``id`` and ``version``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, Self

import pydantic
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictBool,
    StrictInt,
    StringConstraints,
    model_validator,
)

from ksdesk.paths import resource
from ksdesk.screening.errors import CatalogueError

DEFAULT_CATALOGUE_FILE = "kwetsbaarheid-rotterdam.json"
"""File name of the shipped default catalogue inside ``resources/catalogue/``."""

FORMAT_VERSION = 1
"""The file format this code reads (``format_version`` in the file); not the catalogue's own version."""

Code = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]
Label = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, max_length=4000)]
Threshold = Annotated[StrictInt, Field(ge=1, le=99)]

RULE_NAMES = ("urgent_threshold", "accumulation_threshold", "accumulation_min_domains")

_CONFIG = ConfigDict(extra="forbid", frozen=True)


class Source(BaseModel):
    """Where items or rule parameters come from; ``verified`` says whether that attribution was checked."""

    model_config = _CONFIG

    code: Code
    title: Label
    reference: Text | None = None
    verified: StrictBool
    note: Text | None = None


class Domain(BaseModel):
    """A life domain (levensdomein) that groups risk items and protective factors."""

    model_config = _CONFIG

    code: Code
    label: Label


class RiskItem(BaseModel):
    """A risk factor (kwetsbaarheid) that a midwife can mark in an assessment."""

    model_config = _CONFIG

    code: Code
    label: Label
    domain: Code
    urgent: StrictBool
    source: tuple[Code, ...] = Field(min_length=1)
    urgent_source: tuple[Code, ...] = ()
    """Why the item is (or is not) urgent, when that is a choice worth recording."""
    meldcode: StrictBool = False
    """Opens the KNOV meldcode steps (huiselijk geweld, kindermishandeling)."""
    note: Text | None = None


class ProtectiveFactor(BaseModel):
    """A protective factor (beschermende factor): shown beside the risks for the joint weighing, never counted."""

    model_config = _CONFIG

    code: Code
    label: Label
    domain: Code
    source: tuple[Code, ...] = Field(min_length=1)
    note: Text | None = None


class Rules(BaseModel):
    """Rule parameters of the classification (see ``ksdesk.screening.classify``)."""

    model_config = _CONFIG

    urgent_threshold: Threshold
    """At least this many counted urgent items → zeer kwetsbaar (urgent)."""
    accumulation_threshold: Threshold
    """At least this many counted items (stapeling) → kwetsbaar ..."""
    accumulation_min_domains: Threshold
    """... spread over at least this many domains (1: any; 2: the Moeders van Rotterdam rule)."""
    source: dict[Code, tuple[Code, ...]] = Field(default_factory=dict)
    note: Text | None = None


class Catalogue(BaseModel):
    """A complete, consistent catalogue. Item codes are unique over risk items and protective factors together."""

    model_config = _CONFIG

    format_version: Literal[1]
    id: Code
    version: Annotated[str, StringConstraints(strict=True, pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]*$", max_length=40)]
    title: Label
    description: Text | None = None
    sources: tuple[Source, ...] = Field(min_length=1)
    domains: tuple[Domain, ...] = Field(min_length=1)
    risk_items: tuple[RiskItem, ...] = Field(min_length=1)
    protective_factors: tuple[ProtectiveFactor, ...] = ()
    rules: Rules

    _risk_by_code: dict[str, RiskItem] = PrivateAttr(default_factory=dict)
    _protective_by_code: dict[str, ProtectiveFactor] = PrivateAttr(default_factory=dict)
    _domain_by_code: dict[str, Domain] = PrivateAttr(default_factory=dict)
    _source_by_code: dict[str, Source] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems: list[str] = []
        seen: dict[str, str] = {}  # risk items and protective factors share one namespace of codes
        shared = ("risk_items", "protective_factors")
        for kind, entries in (("sources", self.sources), ("domains", self.domains),
                              ("risk_items", self.risk_items), ("protective_factors", self.protective_factors)):
            local: set[str] = set()
            for index, entry in enumerate(entries):
                where = f"{kind}[{index}] ({entry.code})"
                if entry.code in local:
                    problems.append(f"{where}: code '{entry.code}' komt meer dan eens voor.")
                elif kind in shared and entry.code in seen:
                    problems.append(f"{where}: code '{entry.code}' is al gebruikt in {seen[entry.code]}.")
                local.add(entry.code)
                if kind in shared:
                    seen.setdefault(entry.code, kind)
        domain_codes = {d.code for d in self.domains}
        source_codes = {s.code for s in self.sources}
        for kind, entries in (("risk_items", self.risk_items), ("protective_factors", self.protective_factors)):
            for index, entry in enumerate(entries):
                where = f"{kind}[{index}] ({entry.code})"
                if entry.domain not in domain_codes:
                    problems.append(f"{where}.domain: onbekend domein '{entry.domain}'.")
                refs = list(entry.source) + list(getattr(entry, "urgent_source", ()))
                problems.extend(f"{where}: onbekende bron '{ref}'." for ref in refs if ref not in source_codes)
        for name, refs in self.rules.source.items():
            if name not in RULE_NAMES:
                problems.append(f"rules.source: '{name}' is geen regelparameter ({', '.join(RULE_NAMES)}).")
            problems.extend(f"rules.source.{name}: onbekende bron '{ref}'." for ref in refs if ref not in source_codes)
        if self.rules.accumulation_min_domains > len(self.domains):
            problems.append(f"rules.accumulation_min_domains: {self.rules.accumulation_min_domains} is meer dan het "
                            f"aantal domeinen ({len(self.domains)}); stapeling zou nooit kunnen.")
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def model_post_init(self, context: Any, /) -> None:
        # Lookups, computed once (the model is frozen; change a catalogue with with_rules or by validating anew).
        self._risk_by_code = {item.code: item for item in self.risk_items}
        self._protective_by_code = {factor.code: factor for factor in self.protective_factors}
        self._domain_by_code = {domain.code: domain for domain in self.domains}
        self._source_by_code = {source.code: source for source in self.sources}

    @property
    def key(self) -> str:
        """``id@version``: what an assessment stores to say which catalogue it was made with."""
        return f"{self.id}@{self.version}"

    def with_rules(self, **changes: int) -> Catalogue:
        """A validated copy with other rule parameters (e.g. ``accumulation_min_domains=2``)."""
        data = self.model_dump()
        data["rules"] = {**data["rules"], **changes}
        return parse_catalogue(data, origin=f"'{self.key}'")

    def risk_item(self, code: str) -> RiskItem:
        """The risk item with this code (KeyError if there is none)."""
        return self._risk_by_code[code]

    def protective_factor(self, code: str) -> ProtectiveFactor:
        """The protective factor with this code (KeyError if there is none)."""
        return self._protective_by_code[code]

    def domain(self, code: str) -> Domain:
        """The domain with this code (KeyError if there is none)."""
        return self._domain_by_code[code]

    def source(self, code: str) -> Source:
        """The source with this code (KeyError if there is none)."""
        return self._source_by_code[code]

    def has_risk_item(self, code: str) -> bool:
        return code in self._risk_by_code

    def has_protective_factor(self, code: str) -> bool:
        return code in self._protective_by_code

    def risk_items_in(self, domain: str) -> tuple[RiskItem, ...]:
        """Risk items of one domain, in catalogue order (for the checklist)."""
        return tuple(item for item in self.risk_items if item.domain == domain)

    def protective_factors_in(self, domain: str) -> tuple[ProtectiveFactor, ...]:
        """Protective factors of one domain, in catalogue order (shown beside that domain's risks)."""
        return tuple(factor for factor in self.protective_factors if factor.domain == domain)


def default_catalogue_path() -> Path:
    """The shipped default catalogue, inside the installed package or the source tree."""
    return resource("catalogue", DEFAULT_CATALOGUE_FILE)


def load_catalogue(path: str | os.PathLike[str] | None = None) -> Catalogue:
    """Read a catalogue file (default: the shipped one). Raises CatalogueError naming every problem."""
    if path is None:
        try:
            path = default_catalogue_path()
        except FileNotFoundError as exc:
            raise CatalogueError("(standaard)", [f"De map met meegeleverde bestanden ontbreekt: {exc}."]) from None
    file = Path(path)
    origin = f"'{file}'"
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise CatalogueError(origin, ["Het bestand bestaat niet."]) from None
    except OSError as exc:
        raise CatalogueError(origin, [f"Het bestand kan niet worden gelezen ({exc.strerror or exc})."]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogueError(origin, [f"Het bestand is geen UTF-8-tekst (byte {exc.start})."]) from None
    return parse_catalogue_json(text, origin=origin)


def parse_catalogue_json(text: str, *, origin: str = "(tekst)") -> Catalogue:
    """Parse a catalogue from JSON text (e.g. a copy stored with old assessments)."""
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKeyError as exc:
        raise CatalogueError(origin, [f"Sleutel '{exc.key}' komt dubbel voor in hetzelfde object."]) from None
    except json.JSONDecodeError as exc:
        raise CatalogueError(origin, [f"Geen geldige JSON op regel {exc.lineno}, kolom {exc.colno}: {exc.msg}."]
                             ) from None
    return parse_catalogue(data, origin=origin)


def parse_catalogue(data: Any, *, origin: str = "(gegevens)") -> Catalogue:
    """Validate already-parsed data (a dict) into a Catalogue, or raise CatalogueError with Dutch problems."""
    if not isinstance(data, Mapping):
        raise CatalogueError(origin, ["De inhoud moet een JSON-object zijn ({ ... })."])
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise CatalogueError(origin, [f"format_version: {version!r} wordt niet ondersteund; "
                                      f"deze versie van ksdesk leest format_version {FORMAT_VERSION}."])
    try:
        return Catalogue.model_validate(dict(data))
    except pydantic.ValidationError as exc:
        raise CatalogueError(origin, _problems(exc, data)) from None


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(key)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


_MESSAGES: dict[str, str] = {
    "missing": "ontbreekt.",
    "extra_forbidden": "onbekend veld.",
    "string_type": "moet tekst zijn.",
    "string_too_short": "mag niet leeg zijn.",
    "string_too_long": "is te lang (hoogstens {max_length} tekens).",
    "string_pattern_mismatch": "alleen kleine letters, cijfers en _, beginnend met een letter.",
    "int_type": "moet een heel getal zijn.",
    "int_parsing": "moet een heel getal zijn.",
    "int_from_float": "moet een heel getal zijn.",
    "greater_than_equal": "moet minstens {ge} zijn.",
    "less_than_equal": "mag hoogstens {le} zijn.",
    "bool_type": "moet true of false zijn.",
    "bool_parsing": "moet true of false zijn.",
    "list_type": "moet een lijst zijn ([ ... ]).",
    "tuple_type": "moet een lijst zijn ([ ... ]).",
    "too_short": "mag niet leeg zijn.",
    "dict_type": "moet een object zijn ({{ ... }}).",
    "model_type": "moet een object zijn ({{ ... }}).",
    "model_attributes_type": "moet een object zijn ({{ ... }}).",
    "literal_error": "moet {expected} zijn.",
}


def _problems(exc: pydantic.ValidationError, data: Any) -> list[str]:
    """One Dutch line per pydantic error, naming the place: 'risk_items[3] (schulden).urgent: ...'."""
    problems: list[str] = []
    for error in exc.errors(include_url=False):
        kind = error.get("type", "")
        if kind == "value_error":  # our own consistency check: already Dutch, one problem per line
            problems.extend(str(error["ctx"]["error"]).splitlines())
            continue
        template = _MESSAGES.get(kind)
        try:
            message = template.format(**(error.get("ctx") or {})) if template else None
        except (KeyError, IndexError):
            message = template
        if message is None:
            message = f"ongeldige waarde ({error.get('msg', kind)})."
        problems.append(f"{_place(error.get('loc') or (), data)}: {message}")
    return problems


def _place(loc: tuple[Any, ...], data: Any) -> str:
    """Turn ('risk_items', 3, 'urgent') into 'risk_items[3] (schulden).urgent' using the raw data for the code."""
    text = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
            code = node.get("code") if isinstance(node, Mapping) else None
            if isinstance(code, str) and code:
                text += f" ({code})"
        else:
            text += f".{part}" if text else str(part)
            node = node.get(part) if isinstance(node, Mapping) else None
    return text or "catalogus"
