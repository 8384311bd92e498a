"""The monitor's indicators: stable codes (the CSV/JSON column names), Dutch labels, and how each is protected.

Column names of the export (CSV header, JSON keys) are the values of :class:`Indicator`; they never change
meaning between versions. A new indicator gets a new code; a dropped one keeps its code reserved.

Columns of the CSV (``;``-separated, UTF-8 with BOM), in this order:

``periode``
    period code: ``2026`` (year), ``2026-K3`` (quarter) or ``2026-01-01_2026-06-30`` (from–to, inclusive).
``gebied``
    the gemeente of the client; ``Overige gemeenten`` groups gemeenten where every count is below k (so a
    rare gemeente name never identifies anyone); ``Onbekend`` when no gemeente is recorded; ``Totaal praktijk``
    is the whole practice.
``gebied_soort``
    ``gemeente`` / ``overige_gemeenten`` / ``onbekend`` / ``totaal``.
then one column per indicator below. A cell holds a whole number, a decimal with a comma (``12,5``) for
shares and means, ``<k`` (e.g. ``<10``) for a count from 1 to k−1, ``x`` for a cell hidden so that a small
count cannot be recomputed from totals (secondary suppression) or a share/mean computed from a hidden count
(an ``x`` may hide any value, also a small one where "<k" would give it away),
empty when the indicator is not given for this row (practice-level indicators on gemeente rows), and
``nb`` when the feature's data is not available in this installation.

Indicators (period = the chosen year, quarter or range; a date "in the period" includes both ends):

- ``zwangerschappen_in_zorg``: pregnancies with an intake in the period (new in care).
- ``signaleringen``: assessments (Kwetsbaarheid Rotterdam) done in the period.
- ``zwangerschappen_gesignaleerd``: pregnancies with an assessment in the period; equals the sum of the four
  ``niveau_*`` columns, which count each pregnancy once, at the final level of its latest assessment in the period.
- ``niveau_zeer_kwetsbaar``, ``niveau_kwetsbaar``, ``niveau_potentieel_kwetsbaar``, ``niveau_geen``.
- ``beschermende_factoren_vastgelegd``: of those pregnancies, the ones whose latest assessment recorded
  protective factors; ``aandeel_beschermende_factoren_pct`` is that as a percentage of
  ``zwangerschappen_gesignaleerd`` (one decimal).
- ``toestemming_gevraagd`` / ``toestemming_gegeven``: referrals where consent was asked / given in the period.
- ``verwijzingen``: referrals sent in the period; equals the sum of ``verwijzingen_jgz``,
  ``verwijzingen_wijkteam``, ``verwijzingen_veilig_thuis``, ``verwijzingen_huisarts``, ``verwijzingen_anders``.
- ``verwijzingen_contact_bevestigd``: of the referrals sent in the period, those with contact confirmed.
- ``centering_deelnemers_gestart``: members of Centering groups that started in the period (not cancelled);
  ``centering_deelnemers_2_of_meer`` / ``centering_deelnemers_5_of_meer``: of them, with at least 2 / 5
  sessions attended.
- practice level only: ``centering_groepen_gestart`` (first session in the period, not cancelled),
  ``centering_groepen_afgerond`` (completed, last session in the period), ``centering_bijeenkomsten_gehouden``
  (sessions held in the period), ``centering_gemiddelde_groepsgrootte`` (participants started / groups started,
  one decimal), ``centering_cobegeleider_<discipline>`` (groups started in the period with a co-begeleider of
  that discipline), ``centering_locaties`` (locations with a group running in the period),
  ``centering_gemeenten_met_deelnemers`` (gemeenten where participants started in the period live),
  ``getraind_<discipline>`` and ``getraind_totaal`` (active Centering-trained professionals at the end of the
  period).

Counts of persons (clients, pregnancies, their assessments and referrals) are suppressed below k; counts of
groups, sessions, locations, gemeenten and staff are not about clients and are published as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Source(StrEnum):
    """Where an indicator's data comes from; a source can be missing in an installation."""

    PREGNANCIES = "zwangerschappen"
    SCREENING = "signalering"
    REFERRALS = "doorgeleiding"
    CENTERING = "centering"
    STAFF = "medewerkers"


class Kind(StrEnum):
    PERSONS = "personen"  # about clients: small-cell and secondary suppression
    OTHER = "overig"  # groups, sessions, locations, staff: published as they are
    RATIO = "verhouding"  # computed from two counts; hidden when either is hidden


class Scope(StrEnum):
    GEMEENTE = "gemeente"  # per gemeente and the practice total
    PRACTICE = "praktijk"  # practice total only


class Indicator(StrEnum):
    """Stable codes: the column names of the CSV and the keys of the JSON."""

    PREGNANCIES_IN_CARE = "zwangerschappen_in_zorg"
    ASSESSMENTS = "signaleringen"
    PREGNANCIES_ASSESSED = "zwangerschappen_gesignaleerd"
    LEVEL_URGENT = "niveau_zeer_kwetsbaar"
    LEVEL_VULNERABLE = "niveau_kwetsbaar"
    LEVEL_POTENTIAL = "niveau_potentieel_kwetsbaar"
    LEVEL_NONE = "niveau_geen"
    PROTECTIVE_RECORDED = "beschermende_factoren_vastgelegd"
    PROTECTIVE_SHARE = "aandeel_beschermende_factoren_pct"
    CONSENT_ASKED = "toestemming_gevraagd"
    CONSENT_GIVEN = "toestemming_gegeven"
    REFERRALS = "verwijzingen"
    REFERRALS_JGZ = "verwijzingen_jgz"
    REFERRALS_WIJKTEAM = "verwijzingen_wijkteam"
    REFERRALS_VEILIG_THUIS = "verwijzingen_veilig_thuis"
    REFERRALS_HUISARTS = "verwijzingen_huisarts"
    REFERRALS_OTHER = "verwijzingen_anders"
    REFERRALS_CONTACT = "verwijzingen_contact_bevestigd"
    PARTICIPANTS_STARTED = "centering_deelnemers_gestart"
    PARTICIPANTS_2 = "centering_deelnemers_2_of_meer"
    PARTICIPANTS_5 = "centering_deelnemers_5_of_meer"
    GROUPS_STARTED = "centering_groepen_gestart"
    GROUPS_COMPLETED = "centering_groepen_afgerond"
    SESSIONS_HELD = "centering_bijeenkomsten_gehouden"
    MEAN_GROUP_SIZE = "centering_gemiddelde_groepsgrootte"
    COFAC_MIDWIFE = "centering_cobegeleider_verloskundige"
    COFAC_ASSISTANT = "centering_cobegeleider_praktijkassistent"
    COFAC_MATERNITY = "centering_cobegeleider_kraamverzorgende"
    COFAC_JGZ = "centering_cobegeleider_jgz_verpleegkundige"
    COFAC_POH = "centering_cobegeleider_poh_ggz"
    COFAC_OTHER = "centering_cobegeleider_anders"
    LOCATIONS = "centering_locaties"
    GEMEENTEN_REACHED = "centering_gemeenten_met_deelnemers"
    TRAINED_MIDWIFE = "getraind_verloskundige"
    TRAINED_ASSISTANT = "getraind_praktijkassistent"
    TRAINED_MATERNITY = "getraind_kraamverzorgende"
    TRAINED_JGZ = "getraind_jgz_verpleegkundige"
    TRAINED_POH = "getraind_poh_ggz"
    TRAINED_OTHER = "getraind_anders"
    TRAINED_TOTAL = "getraind_totaal"


@dataclass(frozen=True, slots=True)
class IndicatorSpec:
    indicator: Indicator
    label: str  # Dutch, for the preview and the PDF
    source: Source
    kind: Kind
    scope: Scope
    ratio_of: tuple[Indicator, Indicator] | None = None  # (numerator, denominator) for Kind.RATIO
    ratio_scale: int = 1  # 100 for a percentage


_I = Indicator
_P, _O, _R = Kind.PERSONS, Kind.OTHER, Kind.RATIO
_G, _T = Scope.GEMEENTE, Scope.PRACTICE

SPECS: tuple[IndicatorSpec, ...] = (
    IndicatorSpec(_I.PREGNANCIES_IN_CARE, "Zwangerschappen in zorg (nieuwe intakes)", Source.PREGNANCIES, _P, _G),
    IndicatorSpec(_I.ASSESSMENTS, "Signaleringen gedaan", Source.SCREENING, _P, _G),
    IndicatorSpec(_I.PREGNANCIES_ASSESSED, "Zwangerschappen gesignaleerd", Source.SCREENING, _P, _G),
    IndicatorSpec(_I.LEVEL_URGENT, "Zeer kwetsbaar (urgent)", Source.SCREENING, _P, _G),
    IndicatorSpec(_I.LEVEL_VULNERABLE, "Kwetsbaar", Source.SCREENING, _P, _G),
    IndicatorSpec(_I.LEVEL_POTENTIAL, "Potentieel kwetsbaar", Source.SCREENING, _P, _G),
    IndicatorSpec(_I.LEVEL_NONE, "Geen kwetsbaarheid", Source.SCREENING, _P, _G),
    IndicatorSpec(_I.PROTECTIVE_RECORDED, "Beschermende factoren vastgelegd", Source.SCREENING, _P, _G),
    IndicatorSpec(_I.PROTECTIVE_SHARE, "Aandeel met beschermende factoren (%)", Source.SCREENING, _R, _G,
                  (_I.PROTECTIVE_RECORDED, _I.PREGNANCIES_ASSESSED), 100),
    IndicatorSpec(_I.CONSENT_ASKED, "Toestemming gevraagd", Source.REFERRALS, _P, _G),
    IndicatorSpec(_I.CONSENT_GIVEN, "Toestemming gegeven", Source.REFERRALS, _P, _G),
    IndicatorSpec(_I.REFERRALS, "Verwijzingen", Source.REFERRALS, _P, _G),
    IndicatorSpec(_I.REFERRALS_JGZ, "Verwijzingen naar JGZ", Source.REFERRALS, _P, _G),
    IndicatorSpec(_I.REFERRALS_WIJKTEAM, "Verwijzingen naar wijkteam", Source.REFERRALS, _P, _G),
    IndicatorSpec(_I.REFERRALS_VEILIG_THUIS, "Verwijzingen naar Veilig Thuis", Source.REFERRALS, _P, _G),
    IndicatorSpec(_I.REFERRALS_HUISARTS, "Verwijzingen naar huisarts/POH", Source.REFERRALS, _P, _G),
    IndicatorSpec(_I.REFERRALS_OTHER, "Verwijzingen naar andere", Source.REFERRALS, _P, _G),
    IndicatorSpec(_I.REFERRALS_CONTACT, "Verwijzingen met contact bevestigd", Source.REFERRALS, _P, _G),
    IndicatorSpec(_I.PARTICIPANTS_STARTED, "Centering: deelnemers gestart", Source.CENTERING, _P, _G),
    IndicatorSpec(_I.PARTICIPANTS_2, "Centering: deelnemers ≥ 2 bijeenkomsten", Source.CENTERING, _P, _G),
    IndicatorSpec(_I.PARTICIPANTS_5, "Centering: deelnemers ≥ 5 bijeenkomsten", Source.CENTERING, _P, _G),
    IndicatorSpec(_I.GROUPS_STARTED, "Centering: groepen gestart", Source.CENTERING, _O, _T),
    IndicatorSpec(_I.GROUPS_COMPLETED, "Centering: groepen afgerond", Source.CENTERING, _O, _T),
    IndicatorSpec(_I.SESSIONS_HELD, "Centering: bijeenkomsten gehouden", Source.CENTERING, _O, _T),
    IndicatorSpec(_I.MEAN_GROUP_SIZE, "Centering: gemiddelde groepsgrootte", Source.CENTERING, _R, _T,
                  (_I.PARTICIPANTS_STARTED, _I.GROUPS_STARTED)),
    IndicatorSpec(_I.COFAC_MIDWIFE, "Co-begeleider verloskundige (groepen)", Source.CENTERING, _O, _T),
    IndicatorSpec(_I.COFAC_ASSISTANT, "Co-begeleider praktijkassistent (groepen)", Source.CENTERING, _O, _T),
    IndicatorSpec(_I.COFAC_MATERNITY, "Co-begeleider kraamverzorgende (groepen)", Source.CENTERING, _O, _T),
    IndicatorSpec(_I.COFAC_JGZ, "Co-begeleider JGZ-verpleegkundige (groepen)", Source.CENTERING, _O, _T),
    IndicatorSpec(_I.COFAC_POH, "Co-begeleider POH-GGZ (groepen)", Source.CENTERING, _O, _T),
    IndicatorSpec(_I.COFAC_OTHER, "Co-begeleider anders (groepen)", Source.CENTERING, _O, _T),
    IndicatorSpec(_I.LOCATIONS, "Locaties met Centering", Source.CENTERING, _O, _T),
    IndicatorSpec(_I.GEMEENTEN_REACHED, "Gemeenten met deelnemers", Source.CENTERING, _O, _T),
    IndicatorSpec(_I.TRAINED_MIDWIFE, "Getraind: verloskundigen", Source.STAFF, _O, _T),
    IndicatorSpec(_I.TRAINED_ASSISTANT, "Getraind: praktijkassistenten", Source.STAFF, _O, _T),
    IndicatorSpec(_I.TRAINED_MATERNITY, "Getraind: kraamverzorgenden", Source.STAFF, _O, _T),
    IndicatorSpec(_I.TRAINED_JGZ, "Getraind: JGZ-verpleegkundigen", Source.STAFF, _O, _T),
    IndicatorSpec(_I.TRAINED_POH, "Getraind: POH-GGZ", Source.STAFF, _O, _T),
    IndicatorSpec(_I.TRAINED_OTHER, "Getraind: anders", Source.STAFF, _O, _T),
    IndicatorSpec(_I.TRAINED_TOTAL, "Getraind: totaal", Source.STAFF, _O, _T),
)
SPEC: dict[Indicator, IndicatorSpec] = {s.indicator: s for s in SPECS}
assert list(SPEC) == list(Indicator), "every indicator has exactly one spec, in order"

# Published totals and their parts within one row: the parts add up to the total (secondary suppression).
ROW_GROUPS: tuple[tuple[Indicator, tuple[Indicator, ...]], ...] = (
    (_I.PREGNANCIES_ASSESSED, (_I.LEVEL_URGENT, _I.LEVEL_VULNERABLE, _I.LEVEL_POTENTIAL, _I.LEVEL_NONE)),
    (_I.REFERRALS, (_I.REFERRALS_JGZ, _I.REFERRALS_WIJKTEAM, _I.REFERRALS_VEILIG_THUIS, _I.REFERRALS_HUISARTS,
                   _I.REFERRALS_OTHER)),
)

SOURCE_LABELS: dict[Source, str] = {
    Source.PREGNANCIES: "Zwangerschappen",
    Source.SCREENING: "Signalering",
    Source.REFERRALS: "Doorgeleiding",
    Source.CENTERING: "CenteringZwangerschap",
    Source.STAFF: "Medewerkers",
}


def person_counts() -> tuple[Indicator, ...]:
    """Indicators that count clients (suppressed below k)."""
    return tuple(s.indicator for s in SPECS if s.kind is Kind.PERSONS)
