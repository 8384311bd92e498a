"""The catalogue as data: the shipped default matches the domain note, loads from the resource path (also
from an installed layout), and a malformed region file is refused with a Dutch message naming the problem."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ksdesk import paths
from ksdesk.screening import (
    DEFAULT_CATALOGUE_FILE,
    Catalogue,
    CatalogueError,
    ScreeningError,
    default_catalogue_path,
    load_catalogue,
    parse_catalogue_json,
)
from tests.screening.conftest import small_data, write_json

REPO = Path(__file__).resolve().parents[2]

# The domain note's suggested domains, in its order (Dutch labels as they appear in the UI).
NOTE_DOMAINS = ["Financiën", "Huisvesting", "Werk en opleiding", "Taal en communicatie", "Relatie en gezin",
                "Veiligheid", "Psychische gezondheid", "Middelengebruik", "Sociaal netwerk",
                "Lichamelijke gezondheid en zorggebruik", "Justitie"]


# --- the shipped default ------------------------------------------------------------------------------------------


def test_shipped_catalogue_is_found_through_the_resource_path(shipped: Catalogue) -> None:
    path = default_catalogue_path()
    assert path == paths.resource("catalogue", DEFAULT_CATALOGUE_FILE)
    assert path.is_file()
    assert load_catalogue(path) == shipped
    assert shipped.key == f"{shipped.id}@{shipped.version}"


def test_shipped_rules_are_the_note_defaults(shipped: Catalogue) -> None:
    rules = shipped.rules
    assert (rules.urgent_threshold, rules.accumulation_threshold, rules.accumulation_min_domains) == (1, 3, 1)
    assert set(rules.source) == {"urgent_threshold", "accumulation_threshold", "accumulation_min_domains"}
    # 3 comes from the 2024 study's operationalisation, not verified to be in the definition itself
    assert "studie_zuid_limburg_2024" in rules.source["accumulation_threshold"]


def test_shipped_domains_are_the_note_domains(shipped: Catalogue) -> None:
    assert [d.label for d in shipped.domains] == NOTE_DOMAINS
    for domain in shipped.domains:
        assert shipped.risk_items_in(domain.code), f"domain {domain.code} has no risk items"


@pytest.mark.parametrize(
    ("code", "urgent", "urgency_verified"),
    [
        ("huiselijk_geweld", True, True),  # the one verified urgent example
        ("kindermishandeling", True, False),
        ("psychische_crisis", True, False),
        ("dakloos", True, False),
        ("schulden", False, None),
        ("werkloosheid", False, None),
        ("huisvestingsproblemen", False, None),
        ("relatieproblemen", False, None),
        ("seksueel_geweld", False, None),
    ],
)
def test_shipped_urgency_and_where_it_comes_from(shipped: Catalogue, code: str, urgent: bool,
                                                 urgency_verified: bool | None) -> None:
    item = shipped.risk_item(code)
    assert item.urgent is urgent
    if urgency_verified is None:
        assert item.urgent_source == ()
    else:
        assert item.urgent_source, "an urgent item records why it is urgent"
        assert all(shipped.source(s).verified is urgency_verified for s in item.urgent_source)


def test_only_the_note_urgent_items_are_urgent(shipped: Catalogue) -> None:
    urgent = {item.code for item in shipped.risk_items if item.urgent}
    assert urgent == {"huiselijk_geweld", "kindermishandeling", "psychische_crisis", "dakloos"}


def test_meldcode_items_are_the_safety_items(shipped: Catalogue) -> None:
    assert {item.code for item in shipped.risk_items if item.meldcode} == {"huiselijk_geweld", "kindermishandeling"}


def test_every_item_records_a_known_source(shipped: Catalogue) -> None:
    for entry in (*shipped.risk_items, *shipped.protective_factors):
        assert entry.source, entry.code
        for code in entry.source:
            shipped.source(code)  # KeyError if unknown
    assert {s.code for s in shipped.sources if not s.verified} == {"ksdesk_standaard"}


@pytest.mark.parametrize("code", ["schulden", "werkloosheid", "huisvestingsproblemen", "relatieproblemen",
                                  "huiselijk_geweld"])
def test_rotterdam_examples_are_attributed_to_the_definition(shipped: Catalogue, code: str) -> None:
    assert "rotterdam_definitie" in shipped.risk_item(code).source


def test_shipped_protective_factors_match_the_note(shipped: Catalogue) -> None:
    labels = [f.label for f in shipped.protective_factors]
    assert len(labels) == 8
    assert {"Steunend sociaal netwerk", "Veerkracht en copingvaardigheden", "Hulpverlening al betrokken",
            "Stabiele huisvesting", "Financiële stabiliteit"} <= set(labels)
    for factor in shipped.protective_factors:
        shipped.domain(factor.domain)
    # protective factors sit beside the risks of their domain
    assert [f.code for f in shipped.protective_factors_in("sociaal_netwerk")] == ["steunend_netwerk"]


def test_shipped_file_is_utf8_json_with_dutch_labels() -> None:
    text = default_catalogue_path().read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["format_version"] == 1
    assert "Financiën" in text and "suïcidaliteit" in text  # not \u-escaped: readable for a beheerder


def test_shipped_catalogue_loads_from_an_installed_layout(tmp_path: Path) -> None:
    """In a wheel the resources live in ksdesk/resources (pyproject force-include); no source tree around."""
    site = tmp_path / "site"
    shutil.copytree(REPO / "ksdesk", site / "ksdesk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "resources" / "catalogue", site / "ksdesk" / "resources" / "catalogue")
    script = ("import json, ksdesk.screening as s; c = s.load_catalogue(); "
              "print(json.dumps([str(s.default_catalogue_path()), c.key, s.__file__]))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            cwd=tmp_path, env={"PYTHONPATH": str(site), "PATH": ""}, check=False)
    assert result.returncode == 0, result.stderr
    path, key, module = json.loads(result.stdout)
    assert Path(module).is_relative_to(site)
    assert path == str(site / "ksdesk" / "resources" / "catalogue" / DEFAULT_CATALOGUE_FILE)
    assert key == load_catalogue().key


# --- a region's own file ------------------------------------------------------------------------------------------


def test_a_region_file_loads(tmp_path: Path) -> None:
    catalogue = load_catalogue(write_json(tmp_path, small_data(accumulation_threshold=2)))
    assert catalogue.id == "testcatalogus"
    assert catalogue.rules.accumulation_threshold == 2
    assert [i.code for i in catalogue.risk_items_in("b")] == ["b1", "b2", "ub"]


def test_a_region_file_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(small_data()).encode())
    assert load_catalogue(path).id == "testcatalogus"


def test_a_path_as_text_works(tmp_path: Path) -> None:
    assert load_catalogue(str(write_json(tmp_path, small_data()))).version == "1"


def _without(data: dict[str, Any], *keys: Any) -> dict[str, Any]:
    node: Any = data
    for key in keys[:-1]:
        node = node[key]
    del node[keys[-1]]
    return data


def _with(data: dict[str, Any], value: Any, *keys: Any) -> dict[str, Any]:
    node: Any = data
    for key in keys[:-1]:
        node = node[key]
    node[keys[-1]] = value
    return data


MALFORMED: list[tuple[str, dict[str, Any], list[str]]] = [
    ("item in unknown domain", _with(small_data(), "x", "risk_items", 0, "domain"),
     ["risk_items[0] (a1).domain", "onbekend domein 'x'"]),
    ("factor in unknown domain", _with(small_data(), "x", "protective_factors", 1, "domain"),
     ["protective_factors[1] (pb).domain", "onbekend domein 'x'"]),
    ("unknown source", _with(small_data(), ["elders"], "risk_items", 4, "source"),
     ["risk_items[4] (b1)", "onbekende bron 'elders'"]),
    ("item without source", _with(small_data(), [], "risk_items", 2, "source"),
     ["risk_items[2] (a3).source", "mag niet leeg zijn"]),
    ("missing label", _without(small_data(), "risk_items", 1, "label"), ["risk_items[1] (a2).label", "ontbreekt"]),
    ("empty label", _with(small_data(), "  ", "domains", 0, "label"), ["domains[0] (a).label", "mag niet leeg"]),
    ("urgent as text", _with(small_data(), "ja", "risk_items", 7, "urgent"),
     ["risk_items[7] (ua).urgent", "true of false"]),
    ("threshold as text", _with(small_data(), "3", "rules", "accumulation_threshold"),
     ["rules.accumulation_threshold", "heel getal"]),
    ("threshold zero", small_data(urgent_threshold=0), ["rules.urgent_threshold", "minstens 1"]),
    ("more domains than exist", small_data(accumulation_min_domains=4),
     ["rules.accumulation_min_domains", "meer dan het aantal domeinen (3)"]),
    ("duplicate risk code", _with(small_data(), "a1", "risk_items", 1, "code"),
     ["risk_items[1] (a1)", "komt meer dan eens voor"]),
    ("risk and factor share a code", _with(small_data(), "a1", "protective_factors", 0, "code"),
     ["protective_factors[0] (a1)", "al gebruikt in risk_items"]),
    ("code with capitals", _with(small_data(), "A1", "risk_items", 0, "code"),
     ["risk_items[0] (A1).code", "kleine letters"]),
    ("misspelt rule", _with(small_data(), 3, "rules", "acumulation_threshold"),
     ["rules.acumulation_threshold", "onbekend veld"]),
    ("rule source for no rule", _with(small_data(), {"stapeling": ["test"]}, "rules", "source"),
     ["rules.source", "'stapeling' is geen regelparameter"]),
    ("no risk items", _with(small_data(), [], "risk_items"), ["risk_items", "mag niet leeg"]),
    ("missing rules", _without(small_data(), "rules"), ["rules", "ontbreekt"]),
    ("missing version", _without(small_data(), "version"), ["version", "ontbreekt"]),
    ("other file format", _with(small_data(), 2, "format_version"), ["format_version: 2", "format_version 1"]),
]


@pytest.mark.parametrize(("data", "fragments"), [(d, f) for _, d, f in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_a_malformed_file_names_what_is_wrong(tmp_path: Path, data: dict[str, Any], fragments: list[str]) -> None:
    path = write_json(tmp_path, data)
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    message = str(caught.value)
    assert message.startswith(f"Catalogus '{path}' is ongeldig:")
    for fragment in fragments:
        assert fragment in message
    assert caught.value.problems
    assert all(" is ongeldig" not in p for p in caught.value.problems)
    assert "Input should" not in message and "Field required" not in message  # no pydantic English


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    data = _with(_with(small_data(), "x", "risk_items", 0, "domain"), "y", "risk_items", 1, "domain")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(write_json(tmp_path, data))
    assert len(caught.value.problems) == 2


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b'{"format_version": 1,', "Geen geldige JSON op regel 1"),
        (b"[1, 2]", "moet een JSON-object zijn"),
        (b'{"format_version": 1, "format_version": 1}', "Sleutel 'format_version' komt dubbel voor"),
        (b'{"id": "\xff"}', "geen UTF-8"),
    ],
)
def test_a_file_that_is_not_a_catalogue_at_all(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "kapot.json"
    path.write_bytes(content)
    with pytest.raises(CatalogueError, match=fragment):
        load_catalogue(path)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="bestaat niet") as caught:
        load_catalogue(tmp_path / "nergens.json")
    assert isinstance(caught.value, ScreeningError) and isinstance(caught.value, ValueError)


def test_catalogue_round_trips_through_json(shipped: Catalogue) -> None:
    """Old assessments can keep a copy of the catalogue they were made with and read it back."""
    again = parse_catalogue_json(shipped.model_dump_json())
    assert again == shipped
    assert again.risk_item("huiselijk_geweld").urgent


def test_with_rules_validates(shipped: Catalogue) -> None:
    assert shipped.with_rules(accumulation_min_domains=2).rules.accumulation_min_domains == 2
    assert shipped.rules.accumulation_min_domains == 1  # the original is unchanged (frozen)
    with pytest.raises(CatalogueError, match="minstens 1"):
        shipped.with_rules(accumulation_threshold=0)
