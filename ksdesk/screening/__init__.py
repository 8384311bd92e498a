"""Signalling with the Definitie Kwetsbaarheid Rotterdam: catalogue loading and classification.

Pure domain code (no Qt, no SQL; a test enforces this). Public API, kept stable::

    catalogue = load_catalogue()            # the shipped default, or load_catalogue(path) for a region's file
    result = classify(catalogue, {"schulden": "actueel", "trauma": "verleden"}, ["steunend_netwerk"])
    result.level, result.reasons            # Level.POTENTIEEL, Dutch sentences
"""

from ksdesk.screening.assessments import (
    DECISION_LABELS,
    KIND_LABELS,
    MELDCODE_DECISION_LABELS,
    MELDCODE_STEPS,
    AssessmentKind,
    Decision,
    MeldcodeDecision,
    next_assessment_kind,
)
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
    "DECISION_LABELS",
    "DEFAULT_CATALOGUE_FILE",
    "KIND_LABELS",
    "MELDCODE_DECISION_LABELS",
    "MELDCODE_STEPS",
    "AssessmentKind",
    "Catalogue",
    "CatalogueError",
    "Classification",
    "Decision",
    "Domain",
    "Level",
    "MeldcodeDecision",
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
    "next_assessment_kind",
    "parse_catalogue",
    "parse_catalogue_json",
]
