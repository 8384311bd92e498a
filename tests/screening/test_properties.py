"""Properties of the classification that must hold for every assessment and every set of rule parameters:
monotone in the counted risks, blind to verleden items and to protective factors."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ksdesk.screening import Catalogue, Level, RiskStatus, classify, load_catalogue

SHIPPED = load_catalogue()
RISK_CODES = [item.code for item in SHIPPED.risk_items]
PROTECTIVE_CODES = [factor.code for factor in SHIPPED.protective_factors]
COUNTED = [RiskStatus.ACTUAL, RiskStatus.SUSPECTED]

statuses = st.sampled_from(list(RiskStatus))
assessments = st.dictionaries(st.sampled_from(RISK_CODES), statuses, max_size=12)
protective_sets = st.lists(st.sampled_from(PROTECTIVE_CODES), unique=True)


@st.composite
def catalogues(draw: st.DrawFn) -> Catalogue:
    """The shipped catalogue under arbitrary (valid) rule parameters."""
    return SHIPPED.with_rules(
        urgent_threshold=draw(st.integers(1, 4)),
        accumulation_threshold=draw(st.integers(1, 6)),
        accumulation_min_domains=draw(st.integers(1, 4)),
    )


# Rule sets are few; caching them keeps the properties fast.
_CACHE: dict[tuple[int, int, int], Catalogue] = {}


def _rules_key(catalogue: Catalogue) -> tuple[int, int, int]:
    r = catalogue.rules
    return r.urgent_threshold, r.accumulation_threshold, r.accumulation_min_domains


rule_sets = catalogues().map(lambda c: _CACHE.setdefault(_rules_key(c), c))

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _level(catalogue: Catalogue, risks: dict[str, Any], protective: Any = ()) -> Level:
    return classify(catalogue, risks, protective).level


@SETTINGS
@given(rule_sets, assessments, protective_sets, st.sampled_from(PROTECTIVE_CODES))
def test_adding_a_protective_factor_never_changes_the_level(catalogue: Catalogue, risks: dict[str, RiskStatus],
                                                           protective: list[str], extra: str) -> None:
    before = classify(catalogue, risks, protective)
    after = classify(catalogue, risks, [*protective, extra])
    assert after.level is before.level
    assert after.reasons == before.reasons
    assert after.counted_by_domain == before.counted_by_domain
    assert extra in after.protective


@SETTINGS
@given(rule_sets, assessments, protective_sets)
def test_protective_factors_or_no_answer_never_change_the_level(catalogue: Catalogue, risks: dict[str, RiskStatus],
                                                               protective: list[str]) -> None:
    assert _level(catalogue, risks, protective) is _level(catalogue, risks, None) is _level(catalogue, risks, [])


@SETTINGS
@given(rule_sets, assessments, st.sampled_from(RISK_CODES), st.sampled_from(COUNTED))
def test_adding_a_counted_risk_never_lowers_the_level(catalogue: Catalogue, risks: dict[str, RiskStatus],
                                                      code: str, status: RiskStatus) -> None:
    if risks.get(code) in COUNTED:
        return  # already counted: nothing is added
    before = _level(catalogue, risks)
    after = _level(catalogue, {**risks, code: status})
    assert after.rank >= before.rank


@SETTINGS
@given(rule_sets, assessments, st.data())
def test_demoting_actueel_to_verleden_never_raises_the_level(catalogue: Catalogue, risks: dict[str, RiskStatus],
                                                             data: st.DataObject) -> None:
    counted = sorted(code for code, status in risks.items() if status.counted)
    if not counted:
        return
    code = data.draw(st.sampled_from(counted))
    before = _level(catalogue, risks)
    after = _level(catalogue, {**risks, code: RiskStatus.PAST})
    assert after.rank <= before.rank


@SETTINGS
@given(rule_sets, assessments, st.sampled_from(RISK_CODES))
def test_a_verleden_item_never_changes_the_level(catalogue: Catalogue, risks: dict[str, RiskStatus],
                                                 code: str) -> None:
    without = {k: v for k, v in risks.items() if k != code}
    with_past = {**without, code: RiskStatus.PAST}
    assert _level(catalogue, with_past) is _level(catalogue, without)
    assert code in classify(catalogue, with_past, []).past_items  # shown, not counted


@SETTINGS
@given(rule_sets, assessments)
def test_vermoeden_counts_like_actueel(catalogue: Catalogue, risks: dict[str, RiskStatus]) -> None:
    as_actual = {k: (RiskStatus.ACTUAL if v.counted else v) for k, v in risks.items()}
    assert _level(catalogue, risks) is _level(catalogue, as_actual)


@SETTINGS
@given(rule_sets, assessments)
def test_level_agrees_with_the_counts_it_reports(catalogue: Catalogue, risks: dict[str, RiskStatus]) -> None:
    """The reported counts and the rule parameters explain the level, branch by branch."""
    result = classify(catalogue, risks, [])
    rules = catalogue.rules
    counted = [code for code, status in risks.items() if status.counted]
    assert sorted(result.counted_items) == sorted(counted)
    assert result.domain_count == len({SHIPPED.risk_item(code).domain for code in counted})
    urgent = len(result.urgent_items)
    stapeling = (result.counted_count >= rules.accumulation_threshold
                 and result.domain_count >= rules.accumulation_min_domains)
    if result.level is Level.URGENT:
        assert urgent >= rules.urgent_threshold
    elif result.level is Level.KWETSBAAR:
        assert urgent < rules.urgent_threshold and stapeling
    elif result.level is Level.POTENTIEEL:
        assert urgent < rules.urgent_threshold and not stapeling and result.counted_count >= 1
    else:
        assert result.counted_count == 0
    assert result.reasons and result.reasons[0].startswith(result.level.label)


@SETTINGS
@given(st.lists(st.sampled_from(RISK_CODES)), protective_sets)
def test_a_collection_is_the_same_as_a_mapping_to_actueel(codes: list[str], protective: list[str]) -> None:
    assert classify(SHIPPED, codes, protective) == classify(SHIPPED, dict.fromkeys(codes, "actueel"), protective)
