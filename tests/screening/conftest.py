"""A small, hand-made catalogue for rule tests: every boundary is easy to see.

Domains a, b, c. Non-urgent risk items a1..a4 (a), b1, b2 (b), c1 (c); urgent items ua (a) and ub (b);
protective factors pa (a) and pb (b).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from ksdesk.screening import Catalogue, load_catalogue, parse_catalogue

_SMALL: dict[str, Any] = {
    "format_version": 1,
    "id": "testcatalogus",
    "version": "1",
    "title": "Testcatalogus",
    "sources": [{"code": "test", "title": "Test", "verified": False}],
    "domains": [{"code": "a", "label": "Domein A"}, {"code": "b", "label": "Domein B"},
                {"code": "c", "label": "Domein C"}],
    "risk_items": [
        *({"code": f"a{i}", "label": f"Item a{i}", "domain": "a", "urgent": False, "source": ["test"]}
          for i in range(1, 5)),
        {"code": "b1", "label": "Item b1", "domain": "b", "urgent": False, "source": ["test"]},
        {"code": "b2", "label": "Item b2", "domain": "b", "urgent": False, "source": ["test"]},
        {"code": "c1", "label": "Item c1", "domain": "c", "urgent": False, "source": ["test"]},
        {"code": "ua", "label": "Urgent a", "domain": "a", "urgent": True, "source": ["test"]},
        {"code": "ub", "label": "Urgent b", "domain": "b", "urgent": True, "source": ["test"], "meldcode": True},
    ],
    "protective_factors": [
        {"code": "pa", "label": "Factor a", "domain": "a", "source": ["test"]},
        {"code": "pb", "label": "Factor b", "domain": "b", "source": ["test"]},
    ],
    "rules": {"urgent_threshold": 1, "accumulation_threshold": 3, "accumulation_min_domains": 1},
}


def small_data(**rules: int) -> dict[str, Any]:
    """The small catalogue as plain data (a fresh copy), with rule parameters overridden."""
    data = copy.deepcopy(_SMALL)
    data["rules"].update(rules)
    return data


def small_catalogue(**rules: int) -> Catalogue:
    return parse_catalogue(small_data(**rules))


def write_json(folder: Path, data: Any, name: str = "regio.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def shipped() -> Catalogue:
    return load_catalogue()
