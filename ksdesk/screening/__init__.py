"""Signalling with the Definitie Kwetsbaarheid Rotterdam: catalogue loading and classification.

Pure domain code (no Qt, no SQL; a test enforces this). Public API, kept stable::

    catalogue = load_catalogue()            # the shipped default, or load_catalogue(path) for a region's file
    result = classify(catalogue, {"schulden": "actueel", "trauma": "verleden"}, ["steunend_netwerk"])
    result.level, result.reasons            # Level.POTENTIEEL, Dutch sentences
"""

from ksdesk.screening.catalogue import (
    DEFAULT_CATALOGUE_FILE,
    Catalogue,
    Domain,
    ProtectiveFactor,
    RiskItem,
    Rules,
    Source,
    default_catalogue_path,
    load_catalogue,
    parse_catalogue,
    parse_catalogue_json,
)
from ksdesk.screening.classify import Classification, RiskInput, classify
from ksdesk.screening.enums import Level, RiskStatus, RiskSubject, label
from ksdesk.screening.errors import CatalogueError, ScreeningError, UnknownCodeError

__all__ = [
    "DEFAULT_CATALOGUE_FILE",
    "Catalogue",
    "CatalogueError",
    "Classification",
    "Domain",
    "Level",
    "ProtectiveFactor",
    "RiskInput",
    "RiskItem",
    "RiskStatus",
    "RiskSubject",
    "Rules",
    "ScreeningError",
    "Source",
    "UnknownCodeError",
    "classify",
    "default_catalogue_path",
    "label",
    "load_catalogue",
    "parse_catalogue",
    "parse_catalogue_json",
]
