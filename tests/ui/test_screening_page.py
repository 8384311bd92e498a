"""The Signalering screen with the real services: keyboard-only checklist, final level with reason, history,
meldcode panel, doorgeleiding decision, worklist and search."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget

from ksdesk.screening import AssessmentKind, Decision, Level, RiskStatus, RiskSubject
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.ui.screening_page import ScreeningPage
from tests.conftest import pregnancy_data
from tests.ui.conftest import DialogRecorder, no_bsn_client

SHOTS = Path(os.environ.get("KSDESK_SHOTS", "/tmp/shots/screening"))


def _shot(widget: QWidget, name: str) -> None:
    """Render the widget to a PNG for looking at (a side effect; the tests assert on state)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for _ in range(3):  # layout requests cascade (label → group → scroll area)
        QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def pregnancy_id(services: Services, midwife: Actor) -> int:
    client = services.clients.create(midwife, no_bsn_client(given_names="Sanne", surname_prefix="", surname="Fictief"))
    return services.clients.add_pregnancy(midwife, client.id, pregnancy_data()).id


@pytest.fixture
def page(qtbot: Any, services: Services, midwife: Actor) -> ScreeningPage:
    widget = ScreeningPage(services, midwife)
    qtbot.addWidget(widget)
    widget.resize(1500, 950)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _tab_to(qtbot: Any, page: ScreeningPage, target: QWidget, limit: int = 200) -> int:
    """Press Tab until the target has focus; returns how many presses it took."""
    for presses in range(limit):
        if _focused() is target:
            return presses
        qtbot.keyClick(_focused() or page, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.objectName()} not reached with Tab")


def test_fill_the_checklist_with_the_keyboard_and_save_with_a_reason(
        qtbot: Any, page: ScreeningPage, services: Services, midwife: Actor, pregnancy_id: int) -> None:
    page.open_pregnancy(pregnancy_id)
    checklist = page.checklist
    assert page.stack.currentWidget() is page.editor
    qtbot.waitUntil(lambda: _focused() is checklist.first_item())  # ready to type
    assert page.suggestion is not None and page.suggestion.level is Level.GEEN
    assert page.incomplete_chip.isVisibleTo(page)

    rows = checklist.risk_rows
    # schulden: Space ticks it (status actueel, concerns cliënte by default)
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    assert rows["schulden"].check.isChecked()
    # werkloosheid: tab there (unticked items' details are skipped), '2' = vermoeden
    presses = _tab_to(qtbot, page, rows["werkloosheid"].check)
    qtbot.keyClick(_focused(), Qt.Key.Key_2)
    assert rows["werkloosheid"].status.currentData() == RiskStatus.SUSPECTED.value
    # one stop per item: 3 more risks and the protective factor of financiën, 3 risks and 1 factor of
    # huisvesting, then werkloosheid (a ticked item's status and "betreft" are no extra stops)
    assert presses == 9
    assert not rows["schulden"].status.focusPolicy() & Qt.FocusPolicy.TabFocus
    # P on the item: it concerns the partner as well
    qtbot.keyClick(_focused(), Qt.Key.Key_P)
    assert rows["werkloosheid"].concerns[RiskSubject.PARTNER].isChecked()
    # Up / Down move between items as well
    qtbot.keyClick(_focused(), Qt.Key.Key_Up)
    assert _focused() is checklist.protective_boxes["stabiele_huisvesting"]
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)
    assert _focused() is rows["werkloosheid"].check
    # trauma: '3' = verleden (shown, not counted)
    _tab_to(qtbot, page, rows["trauma"].check)
    qtbot.keyClick(_focused(), Qt.Key.Key_3)
    # a protective factor of the same domain
    _tab_to(qtbot, page, checklist.protective_boxes["veerkracht"])
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    assert page.protective_answered.isChecked()  # ticking a factor answers the question
    assert not page.incomplete_chip.isVisibleTo(page)

    # live suggestion with its reasons
    assert page.suggestion.level is Level.POTENTIEEL
    assert page.suggestion_chip.text() == "Potentieel kwetsbaar"
    assert "2 kwetsbaarheden" in page.reasons_label.text()
    assert "Niet meegeteld (verleden): trauma" in page.reasons_label.text()
    assert page.is_dirty()
    _shot(page, "checklist_filled")

    # final level weighed together: Alt+E to the combo, pick "Kwetsbaar", saving without a reason is refused
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert _focused() is page.final_combo
    page.final_combo.setCurrentIndex(page.final_combo.findData(Level.KWETSBAAR.value))
    assert page.final_reason.isEnabled()
    assert "verplicht" in page.reason_label.text()  # required as soon as another level is chosen
    assert page.final_reason.placeholderText()
    qtbot.keyClick(page.final_combo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.final_error.isVisibleTo(page)
    assert "wijkt af van de suggestie" in page.final_error.text()
    assert _focused() is page.final_reason
    qtbot.waitUntil(lambda: not page.final_error.visibleRegion().isEmpty())  # scrolled into view
    assert services.screening.history(midwife, pregnancy_id) == []
    _shot(page, "final_level_needs_reason")
    qtbot.keyClicks(page.final_reason, "Samen afgewogen: weinig steun thuis.")
    bar = page.checklist_scroll.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    where = bar.value()
    qtbot.keyClick(page.final_reason, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == where  # saving does not move the list she is working in
    assert page.checklist_scroll.horizontalScrollBar().maximum() == 0

    stored = services.screening.history(midwife, pregnancy_id)
    assert len(stored) == 1
    view = stored[0]
    assert (view.suggested_level, view.final_level) == (Level.POTENTIEEL, Level.KWETSBAAR)
    assert view.final_reason == "Samen afgewogen: weinig steun thuis."
    assert [(i.code, i.status, i.concerns) for i in view.items] == [
        ("schulden", RiskStatus.ACTUAL, (RiskSubject.CLIENT,)),
        ("werkloosheid", RiskStatus.SUSPECTED, (RiskSubject.CLIENT, RiskSubject.PARTNER)),
        ("trauma", RiskStatus.PAST, (RiskSubject.CLIENT,)),
    ]
    assert [p.code for p in view.protective] == ["veerkracht"] and view.complete
    assert view.created_by == midwife.display_name
    assert not page.is_dirty()
    assert page.history.rowCount() == 1
    assert page.decision_box.isVisibleTo(page)  # kwetsbaar asks for a doorgeleiding decision
    assert page.decision_jump.isVisibleTo(page)
    qtbot.mouseClick(page.decision_jump, Qt.MouseButton.LeftButton)
    assert _focused() is page.decision_combo
    assert not page.meldcode_box.isVisibleTo(page)
    _shot(page, "saved_with_decision_panel")


def test_history_shows_how_level_and_items_changed(qtbot: Any, page: ScreeningPage, services: Services,
                                                   midwife: Actor, pregnancy_id: int) -> None:
    services.screening.create(midwife, pregnancy_id, {
        "kind": "intake", "assessed_on": dt.date.today() - dt.timedelta(days=100),
        "risks": {"schulden": "actueel", "stress": "vermoeden"}, "protective": ["steunend_netwerk"]})
    services.screening.create(midwife, pregnancy_id, {
        "kind": "week28", "assessed_on": dt.date.today() - dt.timedelta(days=3),
        "risks": {"schulden": "actueel", "stress": "actueel", "werkloosheid": "actueel"}, "protective": []})
    page.open_pregnancy(pregnancy_id)
    latest = services.screening.dossier(midwife, pregnancy_id).latest
    assert latest is not None and page.current is not None and page.current.id == latest.id  # what is known now
    assert page.checklist.risk_rows["werkloosheid"].check.isChecked()
    assert page.history.rowCount() == 2
    assert not page.history.tabKeyNavigation() and page.history.isSortingEnabled()
    # newest first; each row says what was present and what changed since the one before
    newest, first = page.history.item(0, 4).text(), page.history.item(1, 4).text()
    assert first == "Schulden, Stress (vermoeden)"
    assert newest.startswith("Schulden, Werkloosheid, Stress\n")
    assert "+ Werkloosheid" in newest and "Stress: vermoeden → actueel" in newest
    assert page.history.item(0, 3).text() == "Kwetsbaar"
    assert page.history_legend.isVisibleTo(page) and "*" in page.history_legend.text()
    page.history.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert page.history.item(0, 4).text() == first
    date = (dt.date.today() - dt.timedelta(days=3)).strftime("%d-%m-%Y")
    assert page.latest_chip.text() == f"Laatst: Kwetsbaar ({date})"
    _shot(page, "history")
    page._history_open(0)
    assert page.current is not None and page.current.id != latest.id
    assert page.checklist.risk_rows["stress"].check.isChecked()
    assert page.suggestion is not None and page.suggestion.level is Level.POTENTIEEL
    page.new_assessment()  # explicit: a new, empty one
    assert page.current is None and page.checklist.risks() == {}
    assert "Nieuwe beoordeling" in page.editing_label.text()
    assert page.kind_combo.currentData() == "adhoc"


def test_opening_a_pregnancy_shows_the_latest_level_open_meldcode_and_pending_decision(
        qtbot: Any, page: ScreeningPage, services: Services, midwife: Actor, pregnancy_id: int) -> None:
    first = services.screening.create(midwife, pregnancy_id, {
        "kind": "intake", "assessed_on": dt.date.today() - dt.timedelta(days=90),
        "risks": ["huiselijk_geweld"], "protective": []})
    for step in (1, 2, 3):
        services.screening.record_meldcode_step(midwife, first.id, {
            "step": step, "taken_on": dt.date.today() - dt.timedelta(days=80), "notes": f"Stap {step}"})
    services.screening.record_decision(midwife, first.id, "huisarts_poh")
    services.screening.create(midwife, pregnancy_id, {
        "kind": "week28", "assessed_on": dt.date.today() - dt.timedelta(days=20),
        "risks": ["huiselijk_geweld", "schulden"], "protective": []})
    page.open_pregnancy(pregnancy_id)
    assert page.current is not None and page.current.kind.value == "week28"
    assert page.latest_chip.text().startswith("Laatst: Zeer kwetsbaar (urgent)")
    assert page.suggestion_chip.text() == "Zeer kwetsbaar (urgent)"  # not a blank, green new assessment
    assert page.meldcode_jump.isVisibleTo(page)
    assert page.meldcode_jump.text() == "Meldcode: 3 van 5 stappen ↓"  # steps of the pregnancy so far
    assert page.meldcode_box.isVisibleTo(page) and "bij beoordeling van" in page.meldcode_steps_label.text()
    assert page.meldcode_step.currentData() == 4
    assert page.decision_jump.isVisibleTo(page)
    assert page.decision_combo.currentData() == ""  # "Kies…": nothing recorded by accident
    _shot(page, "latest_urgent_opened")
    # a new assessment keeps the pregnancy's state in the header
    page.new_assessment()
    assert page.current is None and page.suggestion_chip.text() == "Geen kwetsbaarheid gesignaleerd"
    assert page.latest_chip.text().startswith("Laatst: Zeer kwetsbaar (urgent)")
    assert page.meldcode_jump.isVisibleTo(page) and page.decision_jump.isVisibleTo(page)
    page._jump_to_meldcode()  # nothing typed yet: it opens the assessment with the meldcode
    assert page.current is not None and page.current.kind.value == "week28"


def test_default_kind_of_a_new_assessment(qtbot: Any, page: ScreeningPage, services: Services, midwife: Actor,
                                          pregnancy_id: int) -> None:
    page.open_pregnancy(pregnancy_id)
    today = dt.date.today()
    assert page.default_kind(today) is AssessmentKind.INTAKE
    services.screening.create(midwife, pregnancy_id, {"kind": "intake", "assessed_on": today, "risks": [],
                                                      "protective": []})
    page.open_pregnancy(pregnancy_id)
    assert page.dossier is not None
    due = page.dossier.due_date
    at_weeks = {w: due - dt.timedelta(days=280 - 7 * w) for w in (25, 26, 28, 30, 31)}
    assert [page.default_kind(d) for d in at_weeks.values()] == [
        AssessmentKind.ADHOC, AssessmentKind.WEEK28, AssessmentKind.WEEK28, AssessmentKind.WEEK28,
        AssessmentKind.ADHOC]


def test_urgent_safety_item_opens_the_meldcode_and_steps_are_recorded(
        qtbot: Any, page: ScreeningPage, services: Services, midwife: Actor, pregnancy_id: int) -> None:
    page.open_pregnancy(pregnancy_id)
    assert not page.meldcode_box.isVisibleTo(page)
    page.checklist.risk_rows["huiselijk_geweld"].check.setChecked(True)
    assert page.meldcode_box.isVisibleTo(page)
    assert page.suggestion is not None and page.suggestion.level is Level.URGENT
    assert not page.meldcode_button.isEnabled()  # save first
    page.protective_answered.setChecked(True)
    assert page.save()
    assert page.meldcode_button.isEnabled()
    qtbot.keyClicks(page.meldcode_notes, "Signalen vastgelegd in het dossier.")
    page.record_meldcode_step()
    view = services.screening.history(midwife, pregnancy_id)[0]
    assert [(s.step, s.taken_by) for s in view.meldcode_steps] == [(1, midwife.display_name)]
    assert "Signalen in kaart brengen</b>" in page.meldcode_steps_label.text()
    assert page.meldcode_jump.isVisibleTo(page) and page.meldcode_jump.text() == "Meldcode: 1 van 5 stappen ↓"
    assert page.meldcode_step.currentData() == 2  # the next step is offered
    page.meldcode_step.setCurrentIndex(page.meldcode_step.findData(5))
    qtbot.keyClicks(page.meldcode_notes, "Besloten: hulp via wijkteam.")
    page.record_meldcode_step()
    assert "Besluit" in page.meldcode_message.text()  # step 5 needs its decision
    _shot(page, "meldcode")


def test_decision_for_a_referral_emits_referral_requested(qtbot: Any, page: ScreeningPage, services: Services,
                                                          midwife: Actor, pregnancy_id: int) -> None:
    view = services.screening.create(midwife, pregnancy_id, {
        "kind": "intake", "assessed_on": dt.date.today(), "risks": ["schulden"], "protective": []})
    page.open_pregnancy(pregnancy_id)
    assert page.current is not None and page.current.id == view.id  # today's: continue it
    assert page.decision_combo.currentData() == ""  # starts on "Kies…"
    page.record_decision()
    assert "Kies" in page.decision_message.text()
    assert services.screening.get(midwife, view.id).decision is None
    page.decision_combo.setCurrentIndex(page.decision_combo.findData(Decision.GEEN.value))
    page.record_decision()
    assert "reden" in page.decision_message.text()
    page.decision_combo.setCurrentIndex(page.decision_combo.findData(Decision.WIJKTEAM.value))
    messages: list[str] = []
    page.status_message.connect(messages.append)
    with qtbot.waitSignal(page.referral_requested) as signal:
        page.record_decision()
    assert signal.args == [pregnancy_id, view.id]
    assert messages == ["Doorgeleiding vastgelegd: Wijkteam."]
    assert services.screening.get(midwife, view.id).decision is Decision.WIJKTEAM
    assert "Wijkteam" in page.decision_state.text()


def test_worklist_and_search_open_a_pregnancy(qtbot: Any, page: ScreeningPage, services: Services,
                                              midwife: Actor, pregnancy_id: int) -> None:
    services.screening.create(midwife, pregnancy_id, {
        "kind": "intake", "assessed_on": dt.date.today(), "risks": ["huiselijk_geweld"], "protective": None})
    page.refresh_overview()
    assert page.worklist.rowCount() == 1
    assert page.worklist.item(0, 1).text() == "Sanne Fictief"
    _shot(page, "overview")
    page._open_row(page.worklist, 0)
    assert page.stack.currentWidget() is page.editor and page.dossier is not None
    assert page.dossier.pregnancy_id == pregnancy_id
    page.back_to_overview()
    assert page.stack.currentWidget() is page.overview
    qtbot.keyClicks(page.search_field, "fictief")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    assert page.search_results.count() == 1 and page.pregnancy_choice.count() == 1
    page.pregnancy_choice.itemActivated.emit(page.pregnancy_choice.item(0))
    assert page.stack.currentWidget() is page.editor


def test_unsaved_checklist_is_asked_about(qtbot: Any, page: ScreeningPage, pregnancy_id: int,
                                          dialog_recorder: DialogRecorder) -> None:
    page.open_pregnancy(pregnancy_id)
    page.checklist.risk_rows["stress"].check.setChecked(True)
    assert page.is_dirty()
    dialog_recorder.unsaved_answer = "cancel"
    assert not page.confirm_leave()
    page.new_assessment()  # asks, and she stays
    assert page.checklist.risk_rows["stress"].check.isChecked()
    dialog_recorder.unsaved_answer = "discard"
    assert page.confirm_leave()
    assert dialog_recorder.names() == ["ask_unsaved", "ask_unsaved", "ask_unsaved"]


def test_assistant_sees_the_way_to_break_glass_not_the_data(qtbot: Any, services: Services, assistant: Actor,
                                                           pregnancy_id: int) -> None:
    widget = ScreeningPage(services, assistant)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.stack.currentWidget() is widget.denied
    # she may open the client, where no noodknop is offered: the page tells her to ask a midwife
    assert "Vraag een verloskundige" in widget.denied_hint.text() and "noodknop" not in widget.denied_hint.text()
    widget.open_pregnancy(pregnancy_id)
    assert widget.stack.currentWidget() is widget.denied
    widget.set_actor(assistant.with_break_glass("Spoedoverdracht tijdens de nachtdienst"))
    widget.open_pregnancy(pregnancy_id)
    assert widget.stack.currentWidget() is widget.editor
    assert isinstance(widget.checklist.first_item(), QCheckBox)


def test_an_old_assessment_opens_with_its_own_catalogue(qtbot: Any, page: ScreeningPage, services: Services,
                                                        midwife: Actor, admin: Actor, pregnancy_id: int) -> None:
    import json

    from ksdesk.screening import default_catalogue_path

    old = services.screening.create(midwife, pregnancy_id, {
        "kind": "intake", "assessed_on": dt.date.today() - dt.timedelta(days=30), "risks": ["schulden"],
        "protective": []})
    data = json.loads(default_catalogue_path().read_text(encoding="utf-8"))
    data.update(id="regio_nieuw", version="2", title="Nieuwe regiolijst")
    data["risk_items"] = [i for i in data["risk_items"] if i["code"] != "schulden"]
    services.screening.set_region_catalogue(admin, json.dumps(data, ensure_ascii=False))
    page.open_pregnancy(pregnancy_id)
    assert page.current is not None and page.current.id == old.id  # the latest one is shown
    assert page.catalogue is not None and page.catalogue.key == old.catalogue_key  # with its own catalogue
    assert page.checklist.risk_rows["schulden"].check.isChecked()
    assert "versie 2026.1" in page.catalogue_hint.text() and "@" not in page.catalogue_hint.text()
    page.new_assessment()
    assert page.catalogue.id == "regio_nieuw"  # new assessments: the region's list
    assert "schulden" not in page.checklist.risk_rows
    assert page.catalogue_hint.text() == "Lijst: Nieuwe regiolijst, versie 2"


def test_everything_of_the_checklist_fits_a_laptop_screen_without_sideways_scrolling(
        qtbot: Any, page: ScreeningPage, services: Services, midwife: Actor, pregnancy_id: int) -> None:
    """At 1280×800 the work area is about 1060×700: every item, its status line and the protective factors of
    each domain are visible without horizontal scrolling, in the checklist and in the side panel."""
    services.screening.create(midwife, pregnancy_id, {
        "kind": "intake", "assessed_on": dt.date.today() - dt.timedelta(days=40),
        "risks": ["huiselijk_geweld", "schulden"], "protective": None})
    page.resize(1060, 700)
    page.open_pregnancy(pregnancy_id)
    page.new_assessment()
    checklist = page.checklist
    for code in ("schulden", "relatieproblemen", "huiselijk_geweld", "stress"):
        checklist.risk_rows[code].check.setChecked(True)
    for _ in range(3):
        QApplication.processEvents()
    viewport = page.checklist_scroll.viewport().width()
    assert page.checklist_scroll.horizontalScrollBar().maximum() == 0
    for box in [*checklist.items_in_order(), *checklist.risk_rows["stress"].concerns.values()]:
        right = box.mapTo(checklist, box.rect().topRight()).x()
        assert right <= viewport, box.objectName()
    factor = checklist.protective_boxes["veerkracht"]
    stress = checklist.risk_rows["stress"].check
    assert factor.mapTo(checklist, factor.rect().topLeft()).y() > stress.mapTo(checklist, stress.rect().topLeft()).y()
    side = page.side_scroll.widget()
    assert side.minimumSizeHint().width() <= page.side_scroll.viewport().width()
    assert page.save_button.isVisible() and not page.save_button.visibleRegion().isEmpty()
    # wide enough: the factors move beside the risks of their domain
    page.resize(1800, 900)
    for _ in range(3):
        QApplication.processEvents()
    assert checklist.wide
    assert page.checklist_scroll.horizontalScrollBar().maximum() == 0
    _shot(page, "checklist_wide")


def test_alt_b_is_left_to_the_file_menu(qtbot: Any, page: ScreeningPage, pregnancy_id: int) -> None:
    page.open_pregnancy(pregnancy_id)
    assert "&B" not in page.protective_answered.text()
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert _focused() is page.protective_answered


def test_the_beheerder_is_told_of_the_noodknop_she_gets_on_opening_a_client(qtbot: Any, services: Services,
                                                                           admin: Actor) -> None:
    widget = ScreeningPage(services, admin)
    qtbot.addWidget(widget)
    assert "noodknop" in widget.denied_hint.text()
