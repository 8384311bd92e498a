"""Counting: facts + period → raw counts per gemeente and for the practice (before any suppression).

The result (:class:`CountTable`) still holds small numbers and stays inside the practice; only
``ksdesk.monitor.suppress.publish`` turns it into what may leave.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from enum import StrEnum

from ksdesk.monitor.facts import DestinationType, MonitorFacts
from ksdesk.monitor.indicators import SPEC, Indicator, Kind, Scope, Source
from ksdesk.monitor.period import Period
from ksdesk.records.enums import Discipline
from ksdesk.screening.enums import Level

_I = Indicator

UNKNOWN_GEMEENTE = "Onbekend"
OTHER_GEMEENTEN = "Overige gemeenten"
PRACTICE_TOTAL = "Totaal praktijk"


_AREA_NAME = re.compile(r"^['’]?[^\W\d_](?:[^\W\d_]|[ '’.\-])*$")


def is_area_name(text: str) -> bool:
    """A gemeente name: letters, spaces, hyphens, apostrophes and dots, at most 60 characters (no digits)."""
    return len(text) <= 60 and _AREA_NAME.match(text) is not None


_RESERVED = {UNKNOWN_GEMEENTE.casefold(), OTHER_GEMEENTEN.casefold(), PRACTICE_TOTAL.casefold()}


class AreaKind(StrEnum):
    GEMEENTE = "gemeente"
    OTHER = "overige_gemeenten"
    UNKNOWN = "onbekend"
    TOTAL = "totaal"


_LEVEL_INDICATOR = {Level.URGENT: _I.LEVEL_URGENT, Level.KWETSBAAR: _I.LEVEL_VULNERABLE,
                    Level.POTENTIEEL: _I.LEVEL_POTENTIAL, Level.GEEN: _I.LEVEL_NONE}
_DESTINATION_INDICATOR = {DestinationType.JGZ: _I.REFERRALS_JGZ, DestinationType.WIJKTEAM: _I.REFERRALS_WIJKTEAM,
                          DestinationType.VEILIG_THUIS: _I.REFERRALS_VEILIG_THUIS,
                          DestinationType.HUISARTS: _I.REFERRALS_HUISARTS, DestinationType.OTHER: _I.REFERRALS_OTHER}
_COFAC_INDICATOR = {Discipline.MIDWIFE: _I.COFAC_MIDWIFE, Discipline.ASSISTANT: _I.COFAC_ASSISTANT,
                    Discipline.MATERNITY_CARER: _I.COFAC_MATERNITY, Discipline.JGZ_NURSE: _I.COFAC_JGZ,
                    Discipline.GP_MENTAL_HEALTH: _I.COFAC_POH, Discipline.OTHER: _I.COFAC_OTHER}
_TRAINED_INDICATOR = {Discipline.MIDWIFE: _I.TRAINED_MIDWIFE, Discipline.ASSISTANT: _I.TRAINED_ASSISTANT,
                      Discipline.MATERNITY_CARER: _I.TRAINED_MATERNITY, Discipline.JGZ_NURSE: _I.TRAINED_JGZ,
                      Discipline.GP_MENTAL_HEALTH: _I.TRAINED_POH, Discipline.OTHER: _I.TRAINED_OTHER}


@dataclass(frozen=True)
class Area:
    name: str
    kind: AreaKind


@dataclass(frozen=True)
class CountTable:
    """Raw counts: ``counts[area_name][indicator]`` for every count indicator (ratios are computed on publishing).

    Gemeente rows hold the GEMEENTE-scope counts; the total row holds every count. Indicators of a source in
    ``unavailable`` have no values at all.
    """

    period: Period
    areas: tuple[Area, ...]  # gemeenten sorted by name, Onbekend last, the practice total at the end
    counts: dict[str, dict[Indicator, int]]
    unavailable: frozenset[Source]

    @property
    def total(self) -> dict[Indicator, int]:
        return self.counts[PRACTICE_TOTAL]


class _Gemeenten:
    """Gemeente names as typed by users, grouped case- and space-insensitively; shown in the commonest spelling."""

    def __init__(self) -> None:
        self._spellings: dict[str, Counter[str]] = defaultdict(Counter)
        self._cache: dict[str | None, str] = {}

    def key(self, raw: str | None) -> str:
        cached = self._cache.get(raw)
        if cached is not None:
            return cached
        text = " ".join((raw or "").split())
        key = text.casefold() if text else ""
        if key in _RESERVED or not is_area_name(text):  # "Totaal praktijk" or "6211AB" typed as gemeente
            key = ""
        if text:
            self._spellings[key][text] += 1
        self._cache[raw] = key
        return key

    def label(self, key: str) -> str:
        if not key:
            return UNKNOWN_GEMEENTE
        return self._spellings[key].most_common(1)[0][0]


def aggregate(facts: MonitorFacts, period: Period) -> CountTable:
    """Count every indicator per gemeente and for the practice, for the facts in ``period``."""
    gemeenten = _Gemeenten()
    per_area: dict[str, Counter[Indicator]] = defaultdict(Counter)
    total: Counter[Indicator] = Counter()
    unavailable: set[Source] = set()

    for p in facts.pregnancies:
        if period.contains(p.intake_date):
            per_area[gemeenten.key(p.gemeente)][_I.PREGNANCIES_IN_CARE] += 1

    if facts.assessments is None:
        unavailable.add(Source.SCREENING)
    else:
        latest: dict[int, tuple] = {}
        for a in facts.assessments:
            if not period.contains(a.assessed_on):
                continue
            per_area[gemeenten.key(a.gemeente)][_I.ASSESSMENTS] += 1
            seen = latest.get(a.pregnancy_key)
            if seen is None or a.assessed_on >= seen[0]:
                latest[a.pregnancy_key] = (a.assessed_on, a)
        for _day, a in latest.values():
            row = per_area[gemeenten.key(a.gemeente)]
            row[_I.PREGNANCIES_ASSESSED] += 1
            row[_LEVEL_INDICATOR[a.final_level]] += 1
            if a.protective_recorded:
                row[_I.PROTECTIVE_RECORDED] += 1

    if facts.referrals is None:
        unavailable.add(Source.REFERRALS)
    else:
        for r in facts.referrals:
            row = per_area[gemeenten.key(r.gemeente)]
            if period.contains(r.consent_asked_on):
                row[_I.CONSENT_ASKED] += 1
            if period.contains(r.consent_given_on):
                row[_I.CONSENT_GIVEN] += 1
            if period.contains(r.referred_on):
                row[_I.REFERRALS] += 1
                row[_DESTINATION_INDICATOR[r.destination_type]] += 1
                if r.contact_confirmed_on is not None:
                    row[_I.REFERRALS_CONTACT] += 1

    if facts.groups is None or facts.participants is None:
        unavailable.add(Source.CENTERING)
    else:
        started: set[int] = set()
        locations: set[int] = set()
        for g in facts.groups:
            if g.cancelled:
                continue
            if period.contains(g.start_date):
                started.add(g.group_key)
                total[_I.GROUPS_STARTED] += 1
                if g.co_facilitator_discipline is not None:
                    total[_COFAC_INDICATOR[g.co_facilitator_discipline]] += 1
            if g.completed and period.contains(g.end_date):
                total[_I.GROUPS_COMPLETED] += 1
            if g.location_key is not None and period.overlaps(g.start_date, g.end_date):
                locations.add(g.location_key)
        for g in facts.groups:
            total[_I.SESSIONS_HELD] += sum(1 for day in g.sessions_held_on if period.contains(day))
        total[_I.LOCATIONS] = len(locations)
        reached: set[str] = set()
        for m in facts.participants:
            if m.group_key not in started:
                continue
            key = gemeenten.key(m.gemeente)
            if key:
                reached.add(key)
            row = per_area[key]
            row[_I.PARTICIPANTS_STARTED] += 1
            if m.sessions_attended >= 2:
                row[_I.PARTICIPANTS_2] += 1
            if m.sessions_attended >= 5:
                row[_I.PARTICIPANTS_5] += 1
        total[_I.GEMEENTEN_REACHED] = len(reached)

    for s in facts.staff:
        trained = s.active and s.centering_trained and (s.trained_on is None or s.trained_on <= period.end)
        if trained:
            total[_TRAINED_INDICATOR[s.discipline]] += 1
            total[_I.TRAINED_TOTAL] += 1

    return _table(period, per_area, total, gemeenten, frozenset(unavailable))


def _table(period: Period, per_area: dict[str, Counter[Indicator]], total: Counter[Indicator],
           gemeenten: _Gemeenten, unavailable: frozenset[Source]) -> CountTable:
    count_codes = [s.indicator for s in SPEC.values() if s.kind is not Kind.RATIO and s.source not in unavailable]
    area_codes = [c for c in count_codes if SPEC[c].scope is Scope.GEMEENTE]
    named = sorted((k for k in per_area if k), key=lambda k: gemeenten.label(k).casefold())
    keys = named + ([""] if "" in per_area else [])
    areas: list[Area] = []
    counts: dict[str, dict[Indicator, int]] = {}
    for key in keys:
        label = gemeenten.label(key)
        areas.append(Area(label, AreaKind.GEMEENTE if key else AreaKind.UNKNOWN))
        counts[label] = {c: per_area[key][c] for c in area_codes}
        for c in area_codes:
            total[c] += per_area[key][c]
    areas.append(Area(PRACTICE_TOTAL, AreaKind.TOTAL))
    counts[PRACTICE_TOTAL] = {c: total[c] for c in count_codes}
    return CountTable(period, tuple(areas), counts, unavailable)
