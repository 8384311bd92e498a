"""Turning pydantic validation errors into Dutch messages per field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import pydantic

_TYPE_MESSAGES: dict[str, str] = {
    "missing": "Verplicht veld.",
    "string_too_short": "Verplicht veld.",
    "string_too_long": "Te lang (maximaal {max_length} tekens).",
    "too_short": "Verplicht veld.",
    "too_long": "Te lang (maximaal {max_length} tekens).",
    "string_type": "Vul tekst in.",
    "int_parsing": "Vul een heel getal in.",
    "int_type": "Vul een heel getal in.",
    "int_from_float": "Vul een heel getal in.",
    "greater_than_equal": "Moet minstens {ge} zijn.",
    "less_than_equal": "Mag hoogstens {le} zijn.",
    "date_parsing": "Geen geldige datum; gebruik dd-mm-jjjj.",
    "date_from_datetime_parsing": "Geen geldige datum; gebruik dd-mm-jjjj.",
    "date_type": "Geen geldige datum; gebruik dd-mm-jjjj.",
    "time_parsing": "Geen geldige tijd; gebruik uu:mm.",
    "time_type": "Geen geldige tijd; gebruik uu:mm.",
    "enum": "Kies een waarde uit de lijst.",
    "bool_parsing": "Kies ja of nee.",
    "bool_type": "Kies ja of nee.",
    "bytes_too_long": "Bestand te groot.",
    "extra_forbidden": "Onbekend veld.",
    "string_pattern_mismatch": "Ongeldige tekens.",
}


def dutch_messages(exc: pydantic.ValidationError) -> dict[str, str]:
    """Map field name → one Dutch message (the first error per field)."""
    messages: dict[str, str] = {}
    for error in exc.errors(include_url=False):
        loc = error.get("loc") or ()
        field = str(loc[0]) if loc else "__root__"
        ctx_error = (error.get("ctx") or {}).get("error")
        named = getattr(ctx_error, "field", None)
        if named:
            field = named
        messages.setdefault(field, _message(error))
    return messages


class RecordValidationError(ValueError):
    """Invalid input: a Dutch message per field (field name → message), and the fields' Dutch titles."""

    def __init__(self, messages: dict[str, str], titles: dict[str, str] | None = None) -> None:
        self.messages = dict(messages)
        self.titles = dict(titles or {})
        super().__init__(self.summary())

    def summary(self) -> str:
        """One line per field: 'Achternaam: Verplicht veld.'"""
        return "\n".join(f"{self.titles.get(f, f)}: {m}" for f, m in self.messages.items())


M = TypeVar("M", bound=pydantic.BaseModel)


def validate_record(model: type[M], data: Mapping[str, Any]) -> M:
    """Validate input into a record model or raise RecordValidationError with Dutch messages."""
    try:
        return model.model_validate(dict(data))
    except pydantic.ValidationError as exc:
        titles = {name: (info.title or name) for name, info in model.model_fields.items()}
        raise RecordValidationError(dutch_messages(exc), titles) from None


def _message(error: Any) -> str:
    kind = error.get("type", "")
    if kind == "value_error":
        ctx_error = (error.get("ctx") or {}).get("error")
        if ctx_error is not None:
            return str(getattr(ctx_error, "message", ctx_error))
        return str(error.get("msg", "")).removeprefix("Value error, ")
    template = _TYPE_MESSAGES.get(kind)
    if template is None:
        return "Ongeldige waarde."
    try:
        return template.format(**(error.get("ctx") or {}))
    except (KeyError, IndexError):
        return template
