"""Property tests: random and hostile text in every field of every record model, and through the services.

The promise under test: bad input is refused with a Dutch message per field (RecordValidationError /
ValidationError) and nothing is written; good input is stored clean (no control characters, within every
length limit of the model and of the database column) and reads back exactly as validated.
"""

from __future__ import annotations

import datetime as dt
import typing
import unicodedata
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from sqlalchemy import func, select

from ksdesk.records.errors import RecordValidationError, validate_record
from ksdesk.records.models import ClientIn, PracticeIn, PregnancyIn, StaffIn
from ksdesk.records.names import sort_name
from ksdesk.services import Services
from ksdesk.services.clients import _search_text
from ksdesk.services.context import Actor
from ksdesk.services.errors import ValidationError
from ksdesk.storage.orm import SORT_NAME_LENGTH, AuditRow, ClientRow, PracticeRow, PregnancyRow, StaffRow
from tests.conftest import client_data, pregnancy_data
from tests.test_records import assert_dutch

FORBIDDEN = {"Cc", "Cf", "Cs", "Co", "Cn"}
MULTILINE_FIELDS = {"safe_contact"}

CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x85", "\x9f", "\r", "\n", "\t", "\x0b", "\x0c",
           "\u2028", "\u2029", "\u200b", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\ufeff",
           "\ud800", "\udfff", "\ue000", "\U0010fffd", "\u0378", "\ufffe", "\uffff"]
HOSTILE = ["'; DROP TABLE clients; --", "\" OR 1=1 --", "Robert'); DELETE FROM audit_log;--", "%", "_", "\\",
           "%_%", "' OR ''='", "0x00", "NULL", "None", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
           "{{7*7}}", "%s%n", "../../etc/passwd", "😀", "👩🏽‍⚕️", "🇳🇱", "ﷺ", "ß", "İ", "ﬃ", "Å", "A\u030a",
           "ﾀ", "٣", "²", "Ⅻ", "\u0301", "ǅ", "1234ab", "06 12345678", "12-03-1994", "111222333", "a@b.nl",
           " ", "\u00a0", "\u3000", "-", "0", "-1", "1e9", "9" * 40, "true", "ja"]

hostile_piece = st.one_of(st.sampled_from(CONTROL), st.sampled_from(HOSTILE), st.text(max_size=4))
hostile_text = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=40),  # any code point, lone surrogates included
    st.lists(hostile_piece, max_size=8).map("".join),
    st.builds(lambda piece, n: piece * n, st.sampled_from(HOSTILE + CONTROL) | st.characters(),
              st.integers(min_value=100, max_value=3000)),  # very long
    st.text(max_size=250),
)

ROWS: dict[type[BaseModel], type] = {PracticeIn: PracticeRow, StaffIn: StaffRow, ClientIn: ClientRow,
                                     PregnancyIn: PregnancyRow}
VALID: dict[type[BaseModel], dict[str, object]] = {
    PracticeIn: {"name": "Verloskundigenpraktijk Fictief", "agb_code": "03012345", "postcode": "6211 AB",
                 "phone": "043 350 1234", "email": "info@fictief.nl"},
    StaffIn: {"name": "Fleur Fictief", "discipline": "verloskundige", "agb_code": "01234567"},
    ClientIn: client_data(),
    PregnancyIn: pregnancy_data(),
}


def _model_max(model: type[BaseModel], name: str) -> int | None:
    """The smallest max_length declared anywhere in the field's annotation."""
    found: list[int] = []

    def walk(obj: Any) -> None:
        length = getattr(obj, "max_length", None)
        if isinstance(length, int):
            found.append(length)
        for meta in getattr(obj, "__metadata__", ()):
            walk(meta)
        for arg in typing.get_args(obj):
            walk(arg)

    info = model.model_fields[name]
    walk(info.annotation)
    for meta in info.metadata:
        walk(meta)
    return min(found) if found else None


def _column_max(model: type[BaseModel], name: str) -> int | None:
    column = ROWS[model].__table__.c.get(name)
    return getattr(column.type, "length", None) if column is not None else None


def check_outcome(model: type[BaseModel], data: dict[str, object]) -> BaseModel | None:
    """Validate; only a clean record or a RecordValidationError with Dutch messages per field may come out."""
    try:
        record = validate_record(model, data)
    except RecordValidationError as refused:
        assert refused.messages, "refused without any message"
        for field, message in refused.messages.items():
            assert field in model.model_fields, f"message on unknown field {field!r}: {refused.messages}"
            assert_dutch(message)
        assert str(refused).strip()
        return None
    for name, value in record:
        if not isinstance(value, str):
            continue
        allowed = "\n\t" if name in MULTILINE_FIELDS else ""
        bad = [hex(ord(ch)) for ch in value if unicodedata.category(ch) in FORBIDDEN and ch not in allowed]
        assert bad == [], f"{model.__name__}.{name} stored control/unassigned characters {bad}"
        assert value == value.strip(), f"{model.__name__}.{name} kept outer whitespace"
        for limit in (_model_max(model, name), _column_max(model, name)):
            if limit is not None:
                assert len(value) <= limit, f"{model.__name__}.{name}: {len(value)} > {limit}"
    return record


def test_length_limits_are_known_for_every_text_field() -> None:
    """The property check below is only as good as the limits it knows about."""
    for model in ROWS:
        for name, info in model.model_fields.items():
            if "str" in str(info.annotation) and name not in MULTILINE_FIELDS:
                assert _model_max(model, name) is not None, f"{model.__name__}.{name} has no max_length"
    assert _model_max(ClientIn, "surname") == 200
    assert _column_max(ClientIn, "postcode") == 6


def _email_would_overflow(model: type[BaseModel], name: str, value: str) -> bool:
    """Known bug (see test_email_lowercasing_respects_the_length_limit): lower() can lengthen an e-mail."""
    return name == "email" and len(value.strip().lower()) > len(value.strip())


# --- every field of every model -----------------------------------------------------------------------


@pytest.mark.parametrize("model", list(ROWS), ids=lambda m: m.__name__)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_hostile_text_in_one_field(model: type[BaseModel], data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(model.model_fields)), label="field")
    value = data.draw(hostile_text, label="value")
    assume(not _email_would_overflow(model, name, value))
    check_outcome(model, {**VALID[model], name: value})


@pytest.mark.parametrize("model", list(ROWS), ids=lambda m: m.__name__)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_hostile_text_in_many_fields(model: type[BaseModel], data: st.DataObject) -> None:
    values = data.draw(st.dictionaries(st.sampled_from(sorted(model.model_fields)), hostile_text, max_size=6),
                       label="values")
    assume(not any(_email_would_overflow(model, k, v) for k, v in values.items()))
    check_outcome(model, {**VALID[model], **values})


@pytest.mark.parametrize("model", list(ROWS), ids=lambda m: m.__name__)
@pytest.mark.parametrize("piece", CONTROL + HOSTILE)
def test_every_hostile_piece_in_every_field(model: type[BaseModel], piece: str) -> None:
    """The deterministic sweep: each listed piece alone, and inside a valid value, in every field."""
    for name in model.model_fields:
        for value in (piece, f"Fictief{piece}waarde", piece * 300):
            if not _email_would_overflow(model, name, value):
                check_outcome(model, {**VALID[model], name: value})


@pytest.mark.parametrize("model", list(ROWS), ids=lambda m: m.__name__)
def test_the_valid_base_records_are_valid(model: type[BaseModel]) -> None:
    assert check_outcome(model, VALID[model]) is not None


@pytest.mark.parametrize(("name", "value"), [("surname", "de\x00Vries"), ("given_names", "\u202e"),
                                              ("city", "\ud800"), ("email", "a" * 300 + "@x.nl")])
def test_the_checker_sees_refusals(name: str, value: str) -> None:
    # a format character (Cf: bidi override, zero-width) is refused too: it can disguise a name
    assert check_outcome(ClientIn, {**VALID[ClientIn], name: value}) is None


def test_email_lowercasing_respects_the_length_limit() -> None:
    check_outcome(ClientIn, {**VALID[ClientIn], "email": "a" + "İ" * 190 + "@x.nl"})


# --- through the services ---------------------------------------------------------------------------


NO_BSN_CLIENT = client_data(bsn="", bsn_missing_reason="Nog niet ingeschreven", id_document_type="geen",
                            id_document_number="")
CLIENT_TEXT_FIELDS = sorted(n for n, f in ClientIn.model_fields.items() if "str" in str(f.annotation))


def _counts(services: Services) -> tuple[int, int, int]:
    with services.store.sessions() as session:
        return tuple(session.scalar(select(func.count()).select_from(t)) or 0  # type: ignore[return-value]
                     for t in (ClientRow, PregnancyRow, AuditRow))


def _derived_too_long(record: ClientIn) -> bool:
    """Known bug (see test_derived_search_columns_fit): folding can outgrow the String(700) columns."""
    row = SimpleNamespace(**record.model_dump())
    return (len(sort_name(record.surname_prefix, record.surname, record.given_names)) > 700
            or len(_search_text(row)) > 700)  # type: ignore[arg-type]


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(overrides=st.dictionaries(st.sampled_from(CLIENT_TEXT_FIELDS), hostile_text, min_size=1, max_size=4))
@example(overrides={"surname": "O'Brien; DROP TABLE clients;--", "city": "100%_zeker"})
@example(overrides={"given_names": "👩🏽‍⚕️ Zoë", "safe_contact": "Bel zus\n\tna 18:00"})
@example(overrides={"surname": "de\x00Vries"})
def test_create_client_with_hostile_text(services: Services, midwife: Actor, overrides: dict[str, str]) -> None:
    data = {**NO_BSN_CLIENT, **overrides}
    expected = check_outcome(ClientIn, data)
    if expected is not None:
        assert isinstance(expected, ClientIn)
        assume(not _derived_too_long(expected))
        assume(len(expected.email or "") <= 200)
    before = _counts(services)
    try:
        created = services.clients.create(midwife, data)
    except ValidationError as refused:
        assert expected is None, f"services refused what the model accepts: {refused.messages}"
        assert _counts(services) == before
        assert services.audit.verify().ok
        return
    assert expected is not None, "services stored what the model refuses"
    stored = services.clients.get(midwife, created.id).as_input()
    assert stored == expected.model_dump()
    assert _counts(services)[0] == before[0] + 1
    # her surname finds her again
    found = services.clients.search(midwife, expected.surname, limit=500)
    assert created.id in [c.id for c in found]


def test_derived_search_columns_fit(services: Services, midwife: Actor) -> None:
    data = {**NO_BSN_CLIENT, "given_names": "ß" * 200, "surname": "ß" * 200}
    assert check_outcome(ClientIn, data) is not None
    created = services.clients.create(midwife, data)
    with services.store.sessions() as session:
        row = session.get(ClientRow, created.id)
        assert row is not None
        # sort_name is cut to its column (sorting needs a prefix); search_text is unbounded Text and complete
        assert len(row.sort_name) <= SORT_NAME_LENGTH
        assert row.search_text.startswith("ss" * 200)
    assert [c.id for c in services.clients.search(midwife, "ss" * 150)] == [created.id]


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(overrides=st.dictionaries(st.sampled_from(sorted(PregnancyIn.model_fields)), hostile_text, min_size=1,
                                 max_size=3))
def test_add_pregnancy_with_hostile_text(services: Services, midwife: Actor, overrides: dict[str, str]) -> None:
    data = {**pregnancy_data(), **overrides}
    expected = check_outcome(PregnancyIn, data)
    client = services.clients.create(midwife, NO_BSN_CLIENT)
    before = _counts(services)
    try:
        pregnancy = services.clients.add_pregnancy(midwife, client.id, data)
    except ValidationError:
        assert expected is None
        assert _counts(services) == before
        return
    assert expected is not None
    assert pregnancy.as_input() == expected.model_dump()
    assert pregnancy.due_date >= dt.date(1900, 1, 1)
