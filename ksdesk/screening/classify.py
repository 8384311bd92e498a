"""The suggested level of vulnerability, computed from an assessment's items with the catalogue's rules.

Rules (parameters from ``catalogue.rules``); only items with status actueel or vermoeden are *counted*:

1. at least ``urgent_threshold`` counted urgent items → zeer kwetsbaar (urgent);
2. else at least ``accumulation_threshold`` counted items over at least ``accumulation_min_domains`` domains
   → kwetsbaar (stapeling);
3. else at least one counted item → potentieel kwetsbaar;
4. else → geen kwetsbaarheid gesignaleerd.

Items with status verleden are reported but never counted. Protective factors never change the suggestion:
they are returned for the weighing together with the woman, which decides the final level (not done here).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ksdesk.screening.catalogue import Catalogue, RiskItem, Rules
from ksdesk.screening.enums import Level, RiskStatus
from ksdesk.screening.errors import UnknownCodeError

RiskInput = Mapping[str, RiskStatus | str] | Collection[str]
"""Item code → status, or a plain collection of item codes (each meaning actueel)."""


class Classification(BaseModel):
    """The suggestion and everything an assessment stores with it (catalogue id and version included)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    catalogue_id: str
    catalogue_version: str
    rules: Rules = Field(description="The rule parameters the suggestion was computed with.")
    level: Level
    reasons: tuple[str, ...] = Field(description="Dutch sentences explaining the suggested level.")
    notes: tuple[str, ...] = Field(description="Dutch sentences about the protective factors, for the weighing.")
    risks: dict[str, RiskStatus] = Field(description="Every marked item and its status, in catalogue order.")
    counted_by_domain: dict[str, tuple[str, ...]] = Field(
        description="Counted items (actueel, vermoeden) per domain; only domains with counted items.")
    urgent_items: tuple[str, ...] = Field(description="Counted urgent items.")
    past_items: tuple[str, ...] = Field(description="Items with status verleden: shown, not counted.")
    meldcode_items: tuple[str, ...] = Field(description="Counted items that open the KNOV meldcode steps.")
    protective: tuple[str, ...] = Field(description="Protective factors present, in catalogue order.")
    protective_answered: bool = Field(description="False if protective factors were not answered at all.")

    @property
    def counted_items(self) -> tuple[str, ...]:
        """All counted items, in catalogue order."""
        return tuple(code for codes in self.counted_by_domain.values() for code in codes)

    @property
    def counted_count(self) -> int:
        return len(self.counted_items)

    @property
    def domain_count(self) -> int:
        """Number of domains with at least one counted item."""
        return len(self.counted_by_domain)

    @property
    def complete(self) -> bool:
        """An assessment without any answer on protective factors is incomplete."""
        return self.protective_answered

    @property
    def catalogue_key(self) -> str:
        return f"{self.catalogue_id}@{self.catalogue_version}"


def classify(catalogue: Catalogue, risks: RiskInput, protective: Iterable[str] | None) -> Classification:
    """Suggest a level for the marked risk items; ``protective=None`` means "not answered" (incomplete).

    Raises UnknownCodeError (Dutch message) for codes or statuses the catalogue does not know.
    """
    statuses = _normalise_risks(catalogue, risks)
    factors = _normalise_protective(catalogue, protective)
    rules = catalogue.rules

    marked = [item for item in catalogue.risk_items if item.code in statuses]
    counted = [item for item in marked if statuses[item.code].counted]
    past = [item for item in marked if not statuses[item.code].counted]
    urgent = [item for item in counted if item.urgent]
    by_domain: dict[str, list[str]] = {}
    for item in counted:
        by_domain.setdefault(item.domain, []).append(item.code)

    if len(urgent) >= rules.urgent_threshold:
        level = Level.URGENT
    elif len(counted) >= rules.accumulation_threshold and len(by_domain) >= rules.accumulation_min_domains:
        level = Level.KWETSBAAR
    elif counted:
        level = Level.POTENTIEEL
    else:
        level = Level.GEEN

    text = _Text(catalogue, statuses)
    return Classification(
        catalogue_id=catalogue.id,
        catalogue_version=catalogue.version,
        rules=rules,
        level=level,
        reasons=tuple(text.reasons(level, counted, urgent, past, len(by_domain))),
        notes=tuple(text.protective_notes(factors)),
        risks={item.code: statuses[item.code] for item in marked},
        counted_by_domain={domain: tuple(codes) for domain, codes in by_domain.items()},
        urgent_items=tuple(item.code for item in urgent),
        past_items=tuple(item.code for item in past),
        meldcode_items=tuple(item.code for item in counted if item.meldcode),
        protective=tuple(factors) if factors is not None else (),
        protective_answered=factors is not None,
    )


def _normalise_risks(catalogue: Catalogue, risks: RiskInput) -> dict[str, RiskStatus]:
    if isinstance(risks, str | bytes):
        raise TypeError("risks must be a mapping or a collection of codes, not a single string")
    pairs: list[tuple[Any, Any]]
    pairs = list(risks.items()) if isinstance(risks, Mapping) else [(code, RiskStatus.ACTUAL) for code in risks]
    _check_codes(catalogue, (code for code, _ in pairs), expect_risk=True)
    statuses: dict[str, RiskStatus] = {}
    bad: list[str] = []
    for code, value in pairs:
        status = _status(value)
        if status is None:
            bad.append(code)
        else:
            statuses[code] = status
    if bad:
        named = ", ".join(f"'{dict(pairs)[code]}' bij '{code}'" for code in bad)
        raise UnknownCodeError(f"Onbekende status {named}; kies actueel, vermoeden of verleden.", bad)
    return statuses


def _status(value: Any) -> RiskStatus | None:
    if isinstance(value, RiskStatus):
        return value
    if isinstance(value, str):
        try:
            return RiskStatus(value.strip().lower())
        except ValueError:
            return None
    return None


def _normalise_protective(catalogue: Catalogue, protective: Iterable[str] | None) -> list[str] | None:
    if protective is None:
        return None
    if isinstance(protective, str | bytes):
        raise TypeError("protective must be a collection of codes, not a single string")
    present = set(protective)
    _check_codes(catalogue, present, expect_risk=False)
    return [factor.code for factor in catalogue.protective_factors if factor.code in present]


def _check_codes(catalogue: Catalogue, codes: Iterable[Any], *, expect_risk: bool) -> None:
    """Raise one UnknownCodeError naming every code that is not a risk item (or protective factor)."""
    known = catalogue.has_risk_item if expect_risk else catalogue.has_protective_factor
    other = catalogue.has_protective_factor if expect_risk else catalogue.has_risk_item
    unknown = sorted({str(code) for code in codes if not (isinstance(code, str) and known(code))})
    if not unknown:
        return
    noun = ("kwetsbaarheid" if len(unknown) == 1 else "kwetsbaarheden") if expect_risk else (
        "beschermende factor" if len(unknown) == 1 else "beschermende factoren")
    other_kind = "beschermende factor, geen kwetsbaarheid" if expect_risk else "kwetsbaarheid, geen beschermende factor"
    parts = [f"'{code}' (dat is een {other_kind})" if other(code) else f"'{code}'" for code in unknown]
    raise UnknownCodeError(f"Onbekende {noun} in catalogus {catalogue.key}: {'; '.join(parts)}.", unknown)


class _Text:
    """Dutch sentences for the reasons; items and domains in catalogue order, labels in running text."""

    def __init__(self, catalogue: Catalogue, statuses: Mapping[str, RiskStatus]) -> None:
        self.catalogue = catalogue
        self.statuses = statuses
        self.rules = catalogue.rules

    def reasons(self, level: Level, counted: list[RiskItem], urgent: list[RiskItem], past: list[RiskItem],
                domain_count: int) -> list[str]:
        rules = self.rules
        lines: list[str] = []
        if level is Level.URGENT:
            lines.append(f"{level.label}: {_count(len(urgent), 'urgente kwetsbaarheid', 'urgente kwetsbaarheden')}"
                         f"{self._threshold_note(rules.urgent_threshold)}: {self._items(urgent)}.")
            lines.append("Een urgente kwetsbaarheid vraagt om directe actie.")
            others = [item for item in counted if not item.urgent]
            if others:
                lines.append(f"Daarnaast {self._summary(others)}.")
        elif level is Level.KWETSBAAR:
            lines.append(f"{level.label} (stapeling): {self._summary(counted)}.")
            lines.append(f"De drempel voor stapeling is {self._accumulation_rule()}.")
        elif level is Level.POTENTIEEL:
            lines.append(f"{level.label}: {self._summary(counted)}.")
            if len(counted) < rules.accumulation_threshold:
                lines.append(f"Dat is minder dan de drempel voor stapeling ({self._accumulation_rule()}).")
            else:
                lines.append(f"Wel {len(counted)} kwetsbaarheden, maar in {_count(domain_count, 'domein', 'domeinen')};"
                             f" stapeling vraagt minstens {rules.accumulation_min_domains} domeinen.")
        else:
            lines.append(f"{level.label}: geen actuele of vermoede kwetsbaarheden vastgelegd.")
        if level is not Level.URGENT and urgent:
            lines.append(f"{_capitalise(self._items(urgent))} "
                         f"{'is een urgente kwetsbaarheid' if len(urgent) == 1 else 'zijn urgente kwetsbaarheden'}, "
                         f"maar de drempel voor zeer kwetsbaar (urgent) is {rules.urgent_threshold}.")
        if past:
            lines.append(f"Niet meegeteld (verleden): {self._items(past, with_status=False)}.")
        return lines

    def protective_notes(self, factors: list[str] | None) -> list[str]:
        if factors is None:
            return ["Beschermende factoren zijn nog niet beantwoord; de beoordeling is onvolledig."]
        if not factors:
            return ["Geen beschermende factoren aanwezig."]
        labels = ", ".join(_running(self.catalogue.protective_factor(code).label) for code in factors)
        return [f"Beschermende factoren, voor de afweging samen met de cliënte: {labels}. "
                "Ze veranderen het voorgestelde niveau niet."]

    def _summary(self, items: list[RiskItem]) -> str:
        """'3 kwetsbaarheden in 2 domeinen (financiën, werk en opleiding): schulden, armoede, werkloosheid'."""
        domains: list[str] = []
        for item in items:
            if item.domain not in domains:
                domains.append(item.domain)
        names = ", ".join(_running(self.catalogue.domain(code).label) for code in domains)
        return (f"{_count(len(items), 'kwetsbaarheid', 'kwetsbaarheden')} in "
                f"{_count(len(domains), 'domein', 'domeinen')} ({names}): {self._items(items)}")

    def _items(self, items: list[RiskItem], *, with_status: bool = True) -> str:
        parts = []
        for item in items:
            text = _running(item.label)
            if with_status and self.statuses[item.code] is RiskStatus.SUSPECTED:
                text += " (vermoeden)"
            parts.append(text)
        return ", ".join(parts)

    def _accumulation_rule(self) -> str:
        rule = _count(self.rules.accumulation_threshold, "kwetsbaarheid", "kwetsbaarheden")
        if self.rules.accumulation_min_domains > 1:
            rule += f" in minstens {self.rules.accumulation_min_domains} domeinen"
        return rule

    @staticmethod
    def _threshold_note(threshold: int) -> str:
        return "" if threshold == 1 else f" (drempel {threshold})"


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def _running(label: str) -> str:
    """A label inside a sentence: lower-case first letter, unless it starts an abbreviation ('LVB')."""
    if len(label) > 1 and label[0].isupper() and not label[1].isupper():
        return label[0].lower() + label[1:]
    return label


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
