"""The classification rules, table-driven: every branch and every boundary of every rule parameter.

Uses the small test catalogue (tests/screening/conftest.py): domains a, b, c; items a1..a4, b1, b2, c1;
urgent items ua, ub; protective factors pa, pb.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from ksdesk.screening import (
    Catalogue,
    Classification,
    Level,
    RiskStatus,
    RiskSubject,
    UnknownCodeError,
    classify,
    label,
    load_catalogue,
)
from tests.screening.conftest import small_catalogue, small_data, write_json

A, V, P = RiskStatus.ACTUAL, RiskStatus.SUSPECTED, RiskStatus.PAST
U, K, PO, G = Level.URGENT, Level.KWETSBAAR, Level.POTENTIEEL, Level.GEEN

# (rules, risks, expected level)
RULE_TABLE: list[tuple[dict[str, int], dict[str, RiskStatus], Level]] = [
    # 4. nothing counted
    ({}, {}, G),
    ({}, {"a1": P}, G),
    ({}, {"a1": P, "b1": P, "c1": P, "ua": P, "ub": P}, G),  # verleden never counts, not even urgent items
    # 3. at least one counted item
    ({}, {"a1": A}, PO),
    ({}, {"a1": V}, PO),  # vermoeden counts
    ({}, {"a1": A, "b1": A}, PO),  # accumulation_threshold - 1
    ({}, {"a1": A, "b1": A, "c1": P, "a2": P}, PO),  # verleden does not make up the difference
    # 2. accumulation: the accumulation_threshold boundary (default 3, min 1 domain)
    ({}, {"a1": A, "a2": A, "a3": A}, K),  # 3 in one domain is enough when min_domains = 1
    ({}, {"a1": A, "b1": V, "c1": A}, K),
    ({}, {"a1": V, "a2": V, "a3": V}, K),
    ({"accumulation_threshold": 2}, {"a1": A}, PO),
    ({"accumulation_threshold": 2}, {"a1": A, "a2": A}, K),
    ({"accumulation_threshold": 4}, {"a1": A, "a2": A, "b1": A}, PO),
    ({"accumulation_threshold": 4}, {"a1": A, "a2": A, "b1": A, "c1": A}, K),
    ({"accumulation_threshold": 1}, {"c1": A}, K),  # a threshold of 1 leaves no room for potentieel
    ({"accumulation_threshold": 1}, {}, G),
    # 2. accumulation: the accumulation_min_domains boundary (Moeders van Rotterdam: 2)
    ({"accumulation_min_domains": 2}, {"a1": A, "a2": A, "a3": A}, PO),  # enough items, one domain
    ({"accumulation_min_domains": 2}, {"a1": A, "a2": A, "a3": A, "a4": A}, PO),
    ({"accumulation_min_domains": 2}, {"a1": A, "a2": A, "b1": A}, K),
    ({"accumulation_min_domains": 2}, {"a1": A, "b1": A}, PO),  # two domains, too few items
    ({"accumulation_min_domains": 2}, {"a1": A, "a2": A, "a3": A, "b1": P}, PO),  # verleden domain doesn't count
    ({"accumulation_min_domains": 3}, {"a1": A, "a2": A, "b1": A}, PO),
    ({"accumulation_min_domains": 3}, {"a1": A, "b1": A, "c1": A}, K),
    ({"accumulation_threshold": 2, "accumulation_min_domains": 3}, {"a1": A, "b1": A}, PO),
    ({"accumulation_threshold": 2, "accumulation_min_domains": 3}, {"a1": A, "b1": A, "c1": A}, K),
    # 1. urgent: the urgent_threshold boundary (default 1)
    ({}, {"ua": A}, U),
    ({}, {"ua": V}, U),  # a suspected urgent item is urgent
    ({}, {"ua": P}, G),
    ({}, {"ua": P, "a1": A}, PO),
    ({}, {"ub": A, "a1": A, "a2": A, "b1": A}, U),  # urgent wins over accumulation
    ({"urgent_threshold": 2}, {"ua": A}, PO),  # below the threshold an urgent item is an ordinary counted item
    ({"urgent_threshold": 2}, {"ua": A, "a1": A, "b1": A}, K),  # ... and counts towards accumulation
    ({"urgent_threshold": 2}, {"ua": A, "ub": V}, U),  # exactly at the threshold
    ({"urgent_threshold": 2, "accumulation_threshold": 2}, {"ua": A, "ub": V}, U),  # both urgent beats stapeling
    ({"urgent_threshold": 2}, {"ua": A, "ub": P}, PO),
    ({"urgent_threshold": 3}, {"ua": A, "ub": A}, PO),
    ({"urgent_threshold": 2, "accumulation_min_domains": 2}, {"ua": A, "a1": A, "a2": A}, PO),
]


@pytest.mark.parametrize(("rules", "risks", "expected"), RULE_TABLE)
def test_rule_table(rules: dict[str, int], risks: dict[str, RiskStatus], expected: Level) -> None:
    assert classify(small_catalogue(**rules), risks, []).level is expected


@pytest.mark.parametrize(("rules", "risks", "expected"), RULE_TABLE)
def test_protective_factors_never_change_the_rule_table(rules: dict[str, int], risks: dict[str, RiskStatus],
                                                        expected: Level) -> None:
    catalogue = small_catalogue(**rules)
    for protective in (None, [], ["pa"], ["pa", "pb"]):
        assert classify(catalogue, risks, protective).level is expected


def test_the_table_reaches_every_level_under_every_rule_parameter() -> None:
    """Guard for the table itself: each parameter is tested on both sides of its boundary."""
    assert {level for _, _, level in RULE_TABLE} == set(Level)
    for name in ("urgent_threshold", "accumulation_threshold", "accumulation_min_domains"):
        assert len({rules.get(name, 0) for rules, _, _ in RULE_TABLE}) >= 3, name


# --- input forms -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_collection", "as_mapping"),
    [
        ([], {}),
        (["a1"], {"a1": "actueel"}),
        (("a1", "b1", "c1"), {"a1": A, "b1": A, "c1": A}),
        ({"ua", "a1"}, {"ua": "actueel", "a1": "actueel"}),
        (frozenset({"a2"}), {"a2": RiskStatus.ACTUAL}),
        (["a1", "a1"], {"a1": A}),  # duplicates are one item
    ],
)
def test_a_collection_means_actueel(as_collection: Any, as_mapping: dict[str, Any]) -> None:
    catalogue = small_catalogue()
    from_collection = classify(catalogue, as_collection, ["pa"])
    assert from_collection == classify(catalogue, as_mapping, ["pa"])
    assert all(status is A for status in from_collection.risks.values())


@pytest.mark.parametrize("status", ["actueel", "ACTUEEL", " Actueel ", RiskStatus.ACTUAL])
def test_status_as_text_or_enum(status: Any) -> None:
    assert classify(small_catalogue(), {"a1": status}, []).risks == {"a1": RiskStatus.ACTUAL}


def test_input_order_does_not_matter() -> None:
    catalogue = small_catalogue()
    one = classify(catalogue, {"c1": A, "a1": V, "ua": P}, ["pb", "pa"])
    other = classify(catalogue, {"ua": P, "a1": V, "c1": A}, ["pa", "pb"])
    assert one == other
    assert list(one.risks) == ["a1", "c1", "ua"]  # catalogue order
    assert one.protective == ("pa", "pb")


# --- unknown codes -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("risks", "protective", "fragments", "codes"),
    [
        (["zz"], [], ["Onbekende kwetsbaarheid in catalogus testcatalogus@1", "'zz'"], ["zz"]),
        ({"zz": "actueel", "yy": "verleden"}, [], ["Onbekende kwetsbaarheden", "'yy'; 'zz'"], ["yy", "zz"]),
        (["pa"], [], ["'pa' (dat is een beschermende factor, geen kwetsbaarheid)"], ["pa"]),
        (["a"], [], ["'a'"], ["a"]),  # a domain is not an item
        ([], ["a1"], ["Onbekende beschermende factor", "'a1' (dat is een kwetsbaarheid, geen beschermende factor)"],
         ["a1"]),
        ([], ["pa", "qq"], ["Onbekende beschermende factor", "'qq'"], ["qq"]),
        (["zz", "a1", "zz"], [], ["Onbekende kwetsbaarheid in", "'zz'."], ["zz"]),  # named once
        ([7], [], ["'7'"], ["7"]),
        ({"a1": "ooit"}, [], ["Onbekende status 'ooit' bij 'a1'", "actueel, vermoeden of verleden"], ["a1"]),
        ({"a1": None, "b1": "actueel"}, [], ["'None' bij 'a1'"], ["a1"]),
    ],
)
def test_unknown_codes_raise_a_clear_error(risks: Any, protective: Any, fragments: list[str],
                                           codes: list[str]) -> None:
    with pytest.raises(UnknownCodeError) as caught:
        classify(small_catalogue(), risks, protective)
    for fragment in fragments:
        assert fragment in str(caught.value)
    assert caught.value.codes == codes
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(("risks", "protective"), [("a1", []), (["a1"], "pa"), (b"a1", [])])
def test_a_single_string_is_a_programming_error(risks: Any, protective: Any) -> None:
    with pytest.raises(TypeError):
        classify(small_catalogue(), risks, protective)


# --- what the result carries --------------------------------------------------------------------------------------


def test_result_carries_what_an_assessment_stores() -> None:
    catalogue = small_catalogue(accumulation_min_domains=2)
    result = classify(catalogue, {"b2": A, "a1": V, "ub": P, "c1": A, "a3": A}, ["pb"])
    assert (result.catalogue_id, result.catalogue_version, result.catalogue_key) == ("testcatalogus", "1",
                                                                                     "testcatalogus@1")
    assert result.rules == catalogue.rules
    assert result.level is Level.KWETSBAAR
    assert result.counted_by_domain == {"a": ("a1", "a3"), "b": ("b2",), "c": ("c1",)}
    assert result.counted_items == ("a1", "a3", "b2", "c1")
    assert (result.counted_count, result.domain_count) == (4, 3)
    assert result.past_items == ("ub",)
    assert result.urgent_items == ()
    assert result.meldcode_items == ()  # ub is verleden
    assert result.risks == {"a1": V, "a3": A, "b2": A, "c1": A, "ub": P}
    assert result.protective == ("pb",)
    assert result.protective_answered and result.complete


def test_result_round_trips_through_json() -> None:
    result = classify(small_catalogue(), {"ub": V, "a1": P}, ["pa"])
    again = Classification.model_validate_json(result.model_dump_json())
    assert again == result
    assert again.level is Level.URGENT and again.risks["a1"] is RiskStatus.PAST


@pytest.mark.parametrize(("protective", "answered", "note"), [
    (None, False, "nog niet beantwoord"),
    ([], True, "Geen beschermende factoren aanwezig."),
    (["pb", "pa"], True, "factor a, factor b"),
])
def test_protective_answer_and_note(protective: Any, answered: bool, note: str) -> None:
    result = classify(small_catalogue(), ["a1"], protective)
    assert result.protective_answered is answered
    assert result.complete is answered
    assert note in " ".join(result.notes)
    assert result.protective == tuple(sorted(protective or ()))


def test_meldcode_items_are_the_counted_flagged_items() -> None:
    assert classify(small_catalogue(), {"ub": V, "ua": A}, []).meldcode_items == ("ub",)
    assert classify(small_catalogue(), {"ua": A}, []).meldcode_items == ()


# --- reasons -----------------------------------------------------------------------------------------------------

_ENGLISH = re.compile(r"\b(the|and|threshold|none|counted|domains?|suggest\w*|history)\b")


@pytest.mark.parametrize(
    ("rules", "risks", "expected"),
    [
        ({}, {}, ["Geen kwetsbaarheid gesignaleerd: geen actuele of vermoede kwetsbaarheden vastgelegd."]),
        ({}, {"a1": A}, ["Potentieel kwetsbaar: 1 kwetsbaarheid in 1 domein (domein A): item a1.",
                         "Dat is minder dan de drempel voor stapeling (3 kwetsbaarheden)."]),
        ({}, {"a1": A, "b1": V, "c1": A},
         ["Kwetsbaar (stapeling): 3 kwetsbaarheden in 3 domeinen (domein A, domein B, domein C): "
          "item a1, item b1 (vermoeden), item c1.",
          "De drempel voor stapeling is 3 kwetsbaarheden."]),
        ({"accumulation_min_domains": 2}, {"a1": A, "a2": A, "a3": A},
         ["Potentieel kwetsbaar: 3 kwetsbaarheden in 1 domein (domein A): item a1, item a2, item a3.",
          "Wel 3 kwetsbaarheden, maar in 1 domein; stapeling vraagt minstens 2 domeinen."]),
        ({"accumulation_min_domains": 2}, {"a1": A},
         ["Potentieel kwetsbaar: 1 kwetsbaarheid in 1 domein (domein A): item a1.",
          "Dat is minder dan de drempel voor stapeling (3 kwetsbaarheden in minstens 2 domeinen)."]),
        ({}, {"ub": V, "a1": A, "c1": P},
         ["Zeer kwetsbaar (urgent): 1 urgente kwetsbaarheid: urgent b (vermoeden).",
          "Een urgente kwetsbaarheid vraagt om directe actie.",
          "Daarnaast 1 kwetsbaarheid in 1 domein (domein A): item a1.",
          "Niet meegeteld (verleden): item c1."]),
        ({"urgent_threshold": 2}, {"ua": A, "ub": A},
         ["Zeer kwetsbaar (urgent): 2 urgente kwetsbaarheden (drempel 2): urgent a, urgent b.",
          "Een urgente kwetsbaarheid vraagt om directe actie."]),
        ({"urgent_threshold": 2}, {"ua": A},
         ["Potentieel kwetsbaar: 1 kwetsbaarheid in 1 domein (domein A): urgent a.",
          "Dat is minder dan de drempel voor stapeling (3 kwetsbaarheden).",
          "Urgent a is een urgente kwetsbaarheid, maar de drempel voor zeer kwetsbaar (urgent) is 2."]),
        ({}, {"ua": P, "a2": P},
         ["Geen kwetsbaarheid gesignaleerd: geen actuele of vermoede kwetsbaarheden vastgelegd.",
          "Niet meegeteld (verleden): item a2, urgent a."]),
    ],
)
def test_reasons(rules: dict[str, int], risks: dict[str, RiskStatus], expected: list[str]) -> None:
    reasons = classify(small_catalogue(**rules), risks, ["pa"]).reasons
    assert list(reasons) == expected
    assert not any(_ENGLISH.search(line) for line in reasons)


def test_reasons_on_the_shipped_catalogue_read_like_the_note(shipped: Catalogue) -> None:
    result = classify(shipped, ["schulden", "werkloosheid", "sociaal_isolement"], ["steunend_netwerk"])
    assert result.level is Level.KWETSBAAR
    assert result.reasons[0] == ("Kwetsbaar (stapeling): 3 kwetsbaarheden in 3 domeinen "
                                 "(financiën, werk en opleiding, sociaal netwerk): "
                                 "schulden, werkloosheid, sociaal isolement.")
    # an abbreviation keeps its capitals in running text
    lvb = classify(shipped, ["lvb"], [])
    assert "licht verstandelijke beperking (LVB)" in lvb.reasons[0]


@pytest.mark.parametrize(
    ("risks", "level"),
    [
        ({"huiselijk_geweld": "vermoeden"}, Level.URGENT),
        ({"kindermishandeling": "actueel"}, Level.URGENT),
        ({"dakloos": "actueel"}, Level.URGENT),
        ({"psychische_crisis": "actueel"}, Level.URGENT),
        ({"huiselijk_geweld": "verleden"}, Level.GEEN),
        ({"seksueel_geweld": "actueel"}, Level.POTENTIEEL),
        ({"schulden": "actueel", "armoede": "actueel", "schuldhulpverlening": "actueel"}, Level.KWETSBAAR),
        ({"schulden": "actueel", "armoede": "actueel", "trauma": "verleden"}, Level.POTENTIEEL),
    ],
)
def test_shipped_catalogue_examples(shipped: Catalogue, risks: dict[str, str], level: Level) -> None:
    assert classify(shipped, risks, ["veerkracht"]).level is level


def test_shipped_meldcode_opens_for_safety_items_only(shipped: Catalogue) -> None:
    result = classify(shipped, {"huiselijk_geweld": "vermoeden", "dakloos": "actueel"}, [])
    assert result.urgent_items == ("dakloos", "huiselijk_geweld")
    assert result.meldcode_items == ("huiselijk_geweld",)


# --- a region's file changes the outcome without a code change ---------------------------------------------------


def test_a_custom_catalogue_file_with_other_thresholds_changes_the_outcome(tmp_path: Path, shipped: Catalogue) -> None:
    two_items = {"schulden": "actueel", "werkloosheid": "vermoeden"}
    assert classify(shipped, two_items, []).level is Level.POTENTIEEL

    data = shipped.model_dump(mode="json")
    data["id"], data["version"] = "regio_zuid_limburg", "2026.2"
    data["rules"]["accumulation_threshold"] = 2
    region = load_catalogue(write_json(tmp_path, data))
    result = classify(region, two_items, [])
    assert result.level is Level.KWETSBAAR
    assert (result.catalogue_id, result.catalogue_version) == ("regio_zuid_limburg", "2026.2")


def test_a_region_can_make_an_item_non_urgent(tmp_path: Path) -> None:
    data = small_data()
    data["risk_items"][7]["urgent"] = False  # ua
    region = load_catalogue(write_json(tmp_path, data))
    assert classify(small_catalogue(), ["ua"], []).level is Level.URGENT
    assert classify(region, ["ua"], []).level is Level.POTENTIEEL


def test_moeders_van_rotterdam_rule_by_setting_min_domains(shipped: Catalogue) -> None:
    one_domain = ["depressie", "angst", "stress"]
    assert classify(shipped, one_domain, []).level is Level.KWETSBAAR
    assert classify(shipped.with_rules(accumulation_min_domains=2), one_domain, []).level is Level.POTENTIEEL


# --- the enums -------------------------------------------------------------------------------------------------------


def test_level_values_are_stable_and_labelled_in_dutch() -> None:
    assert {level.name: level.value for level in Level} == {
        "GEEN": "geen", "POTENTIEEL": "potentieel", "KWETSBAAR": "kwetsbaar", "URGENT": "urgent"}
    assert Level.URGENT.label == label(Level.URGENT) == "Zeer kwetsbaar (urgent)"
    assert Level.KWETSBAAR.label == "Kwetsbaar"
    assert Level.POTENTIEEL.label == "Potentieel kwetsbaar"
    assert Level.GEEN.label == "Geen kwetsbaarheid gesignaleerd"
    assert sorted(Level, key=lambda level: level.rank) == [Level.GEEN, Level.POTENTIEEL, Level.KWETSBAAR,
                                                           Level.URGENT]
    assert Level("urgent") is Level.URGENT


def test_status_and_subject_values() -> None:
    assert [s.value for s in RiskStatus] == ["actueel", "vermoeden", "verleden"]
    assert [s.counted for s in RiskStatus] == [True, True, False]
    assert [s.label for s in RiskStatus] == ["Actueel", "Vermoeden", "Verleden"]
    assert [s.value for s in RiskSubject] == ["cliente", "partner", "gezin"]
    assert [s.label for s in RiskSubject] == ["Cliënte", "Partner", "Gezin"]


def test_default_load_is_the_shipped_catalogue(shipped: Catalogue) -> None:
    assert load_catalogue(None) == shipped
