"""Verwijzingen: compose → consent → preview of the real PDF → print / save; follow-up; worklists; the funnel."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.referrals import ConsentForm, ConsentPart, ReferralStatus
from ksdesk.ui.referrals_page import ReferralsPage
from tests.test_referrals import consent_data, destination, referral_data, setup_case


def _page(qtbot: Any, services: Services, actor: Actor) -> ReferralsPage:
    page = ReferralsPage(services, actor)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return page


def test_compose_consent_preview_print_and_save(qtbot: Any, services: Services, midwife: Actor,
                                                dialog_recorder: Any, tmp_path: Path) -> None:
    _client, pregnancy_id, assessment_id = setup_case(services, midwife)
    destination(services, midwife, municipality="Heerlen", name="JGZ Heerlen")
    destination(services, midwife, municipality="Maastricht", name="JGZ Maastricht")
    page = _page(qtbot, services, midwife)
    page.start_referral(pregnancy_id, assessment_id)
    detail = page.detail
    assert page.stack.currentWidget() is detail
    assert detail.destination.currentText().startswith("JGZ Maastricht")  # her gemeente first
    assert not detail.consent_box.isEnabled()

    # saving without a reason names the field and stores nothing
    detail.reason.setPlainText("")
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert detail.fields.error_text("reason")
    assert services.referrals.list(midwife) == []

    detail.reason.setPlainText("Zorgen over geldzaken.")
    detail.help_question.setPlainText("Ik wil hulp bij mijn schulden.")
    assert page.is_dirty()
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert detail.view is not None and not page.is_dirty()
    assert not detail.make_button.isEnabled()  # no letter without consent

    assert "Ontvanger: JGZ Maastricht" in detail.explained.toPlainText()
    qtbot.mouseClick(detail.consent_button, Qt.MouseButton.LeftButton)  # nothing ticked: refused inline
    assert detail.parts_error.isVisible() and detail.view.consent is None
    for part, box in detail.part_boxes.items():
        box.setChecked(part is not ConsentPart.CONTACT)
    qtbot.mouseClick(detail.consent_button, Qt.MouseButton.LeftButton)
    assert detail.view.consent is not None and ConsentPart.CONTACT not in detail.view.consent.parts
    assert detail.make_button.isEnabled()

    qtbot.mouseClick(detail.make_button, Qt.MouseButton.LeftButton)
    assert detail.preview.pdf is not None and detail.preview.page_count() >= 1
    text = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(detail.preview.pdf)).pages)
    assert "Zorgen over geldzaken" in text and "Teststraat" not in text  # contact details not consented

    dialog_recorder.save_path = tmp_path / "brief.pdf"
    qtbot.mouseClick(detail.save_pdf_button, Qt.MouseButton.LeftButton)
    assert dialog_recorder.save_path.read_bytes() == detail.preview.pdf
    qtbot.mouseClick(detail.print_button, Qt.MouseButton.LeftButton)
    assert dialog_recorder.printed == [detail.preview.pdf]

    # follow-up: sent by post
    detail.next_status.setCurrentIndex(detail.next_status.findData(ReferralStatus.SENT))
    qtbot.mouseClick(detail.status_button, Qt.MouseButton.LeftButton)
    assert services.referrals.get(midwife, detail.view.id).status is ReferralStatus.SENT
    assert detail.history.count() == 2


def test_reopening_shows_the_archived_letter_and_withdrawal_blocks_printing(
        qtbot: Any, services: Services, midwife: Actor, dialog_recorder: Any) -> None:
    _client, pregnancy_id, assessment_id = setup_case(services, midwife)
    rid = services.referrals.create(midwife, pregnancy_id, referral_data(destination(services, midwife),
                                                                         assessment_id)).id
    services.referrals.record_consent(midwife, rid, consent_data())
    archived = services.referrals.make_letter(midwife, rid)
    page = _page(qtbot, services, midwife)
    assert page.table.rowCount() == 1
    page._open_from(page.table, 0)
    assert page.stack.currentWidget() is page.detail
    assert page.detail.preview.pdf == archived.pdf  # the archive, not a re-rendering
    dialog_recorder.confirm_answer = True
    qtbot.mouseClick(page.detail.withdraw_button, Qt.MouseButton.LeftButton)
    assert not page.detail.print_button.isEnabled() and not page.detail.make_button.isEnabled()
    assert page.detail.print_letter() is False
    assert dialog_recorder.printed == []
    assert "ingetrokken" in page.detail.message.text()


def test_worklists_and_funnel(qtbot: Any, services: Services, midwife: Actor) -> None:
    import datetime as dt

    _client, pregnancy_id, _assessment = setup_case(services, midwife)
    dest = destination(services, midwife)
    sent = dt.date.today() - dt.timedelta(days=20)
    rid = services.referrals.create(midwife, pregnancy_id, referral_data(dest), today=sent).id
    services.referrals.record_consent(midwife, rid, consent_data(asked_on=sent))
    services.referrals.set_status(midwife, rid, {"status": "verstuurd", "on_date": sent, "via": "telefonisch"})
    page = _page(qtbot, services, midwife)
    assert page.overdue_table.rowCount() == 1 and page.overdue_table.item(0, 3).text() == "20"
    assert page.pending_table.rowCount() == 1  # the signalled pregnancy has no decision yet
    assert dict(page.funnel.steps)["Verwezen"] == 1
    page.term.setValue(30)
    page._term_changed()
    assert page.overdue_table.rowCount() == 0 and services.referrals.overdue_days(midwife) == 30


def test_leaving_with_unsaved_input_asks(qtbot: Any, services: Services, midwife: Actor,
                                         dialog_recorder: Any) -> None:
    _client, pregnancy_id, assessment_id = setup_case(services, midwife)
    destination(services, midwife)
    page = _page(qtbot, services, midwife)
    page.start_referral(pregnancy_id, assessment_id)
    qtbot.keyClicks(page.detail.help_question, "Hulp bij wonen")
    dialog_recorder.unsaved_answer = "cancel"
    assert not page.confirm_leave()
    dialog_recorder.unsaved_answer = "discard"
    assert page.confirm_leave()
    assert "ask_unsaved" in dialog_recorder.names()


def test_a_referral_decision_in_the_main_window_opens_the_compose_form(qtbot: Any, make_window: Any,
                                                                       services: Services, midwife: Actor) -> None:
    _client, pregnancy_id, assessment_id = setup_case(services, midwife)
    destination(services, midwife)
    window = make_window(midwife)
    window.show()
    window.start_referral(pregnancy_id, assessment_id)
    assert window.current_section() == "referrals"
    page = window.referrals_page
    assert page.stack.currentWidget() is page.detail and page.detail.defaults is not None
    assert page.detail.defaults.assessment_id == assessment_id


def test_roles_without_referrals_see_a_plain_explanation(qtbot: Any, services: Services, admin: Actor,
                                                         assistant: Actor) -> None:
    for actor in (admin, assistant):
        page = _page(qtbot, services, actor)
        assert page.stack.currentWidget() is page.refused
        page.start_referral(1, None)
        assert page.stack.currentWidget() is page.refused


def test_reopened_referral_shows_the_recorded_parts_and_the_signalling(qtbot: Any, services: Services,
                                                                       midwife: Actor) -> None:
    _client, pregnancy_id, assessment_id = setup_case(services, midwife)
    rid = services.referrals.create(midwife, pregnancy_id, referral_data(destination(services, midwife),
                                                                         assessment_id)).id
    services.referrals.record_consent(midwife, rid, consent_data(share_notes=False, share_contact=False,
                                                                 form="schriftelijk"))
    page = _page(qtbot, services, midwife)
    assert page.open_referral(rid)
    ticked = {part for part, box in page.detail.part_boxes.items() if box.isChecked()}
    assert ticked == set(ConsentPart) - {ConsentPart.NOTES, ConsentPart.CONTACT}
    assert page.detail.consent_form.currentData() == ConsentForm.WRITTEN  # its form too, as in the summary
    summary = page.detail.consent_state.text()
    assert "(schriftelijk)" in summary and "identificatie" in summary and "aantekeningen" not in summary
    assert "Financiën" in page.detail.signalled.text() and "Steunend" in page.detail.signalled.text()


def test_ctrl_s_saves_the_referral_being_composed(qtbot: Any, services: Services, midwife: Actor) -> None:
    _client, pregnancy_id, assessment_id = setup_case(services, midwife)
    destination(services, midwife, municipality="Maastricht", name="JGZ Maastricht")
    page = _page(qtbot, services, midwife)
    page.start_referral(pregnancy_id, assessment_id)
    detail = page.detail
    detail.reason.setPlainText("Zorgen over geldzaken.")
    detail.help_question.setPlainText("Ik wil hulp bij mijn schulden.")
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    detail.help_question.setFocus()
    qtbot.keyClick(detail.help_question, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert detail.view is not None and not page.is_dirty()
    assert [r.id for r in services.referrals.list(midwife)] == [detail.view.id]
