"""Beheer: practice details and staff for the beheerder; read-only for other roles."""

from __future__ import annotations

from ksdesk.records.enums import Discipline
from tests.conftest import BACKEND

BACKUPS = ["Reservekopieën"] if BACKEND == "sqlite" else []  # a server database is backed up by the server


def _tab_titles(page) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_beheerder_saves_practice_details(qtbot, make_window, services, admin) -> None:
    window = make_window(admin)
    tab = window.admin_page.practice_tab
    assert tab.editable
    tab.fields.set_values({"name": "Verloskundigenpraktijk De Linde", "phone": "043 123 4567"})
    assert tab.save()
    practice = services.practice.get(admin)
    assert practice.name == "Verloskundigenpraktijk De Linde" and practice.phone == "+31431234567"
    assert window.practice_label.text() == "Verloskundigenpraktijk De Linde"


def test_invalid_agb_code_is_shown_and_not_saved(qtbot, make_window, services, admin) -> None:
    window = make_window(admin)
    tab = window.admin_page.practice_tab
    tab.fields.set_value("agb_code", "123")
    assert not tab.save()
    assert tab.fields.error_text("agb_code") == "Een AGB-code bestaat uit 8 cijfers."
    assert services.practice.get(admin).agb_code == "03012345"


def test_beheerder_adds_and_edits_staff(qtbot, make_window, services, admin) -> None:
    window = make_window(admin)
    tab = window.admin_page.staff_tab
    assert tab.save_button.text() == "Medewerker toevoegen"
    tab.fields.set_values({"name": "Joke Peters", "discipline": Discipline.MIDWIFE, "agb_code": "03111111",
                           "centering_trained": True})
    tab.fields.set_value("centering_trained_on", "01-02-2024")
    assert tab.save()
    staff = services.staff.list(admin)
    assert [(s.name, s.centering_trained, s.active) for s in staff] == [("Joke Peters", True, True)]
    assert tab.table.rowCount() == 1
    tab.fields.set_value("active", False)
    assert tab.save_button.text() == "Opslaan"
    assert tab.save()
    assert services.staff.list(admin)[0].active is False
    assert tab.table.item(0, 4).text() == "Niet actief"


def test_training_date_without_training_shows_the_message(qtbot, make_window, services, admin) -> None:
    window = make_window(admin)
    tab = window.admin_page.staff_tab
    tab.fields.set_values({"name": "Joke Peters", "centering_trained": False, "centering_trained_on": "01-02-2024"})
    assert not tab.save()
    assert tab.fields.error_text("centering_trained_on") == "Alleen in te vullen als de training is gevolgd."
    assert services.staff.list(admin) == []


def test_users_are_listed_for_the_beheerder(qtbot, make_window, admin) -> None:
    window = make_window(admin)
    page = window.admin_page
    assert _tab_titles(page) == ["Praktijk", "Medewerkers", "Adresboek", "Centering", "Signaleringslijst",
                                 "Gebruikers", "Logboek", "Bewaartermijn", *BACKUPS, "Mijn account"]
    usernames = sorted(page.users_tab.table.item(r, 0).text() for r in range(page.users_tab.table.rowCount()))
    assert usernames == ["anna", "bea", "mila"]


def test_midwife_sees_details_without_editing(qtbot, make_window, services, admin, midwife) -> None:
    services.staff.create(admin, {"name": "Joke Peters", "discipline": "verloskundige"})
    window = make_window(midwife)
    page = window.admin_page
    assert _tab_titles(page) == ["Praktijk", "Medewerkers", "Adresboek", "Centering", "Signaleringslijst",
                                 "Mijn account"]
    assert page.practice_tab.save_button.isHidden()
    assert page.practice_tab.summary["name"].text() == "Verloskundigenpraktijk De Testhoek"
    assert not page.staff_tab.editable and page.staff_tab.table.rowCount() == 1
    assert not hasattr(page.staff_tab, "save_button")


def test_change_own_password(qtbot, make_window, services, midwife, dialog_recorder) -> None:
    window = make_window(midwife)
    tab = window.admin_page.account_tab
    tab.password_fields.set_values({"old_password": "wrong-password-here", "new_password": "a-new-long-password-1",
                                    "repeat_password": "a-new-long-password-1"})
    tab.change_password()
    assert tab.password_fields.error_text("old_password") == "Het huidige wachtwoord klopt niet."
    from tests.conftest import PASSWORD

    tab.password_fields.set_values({"old_password": PASSWORD})
    tab.change_password()
    assert dialog_recorder.names() == ["info"]
    assert services.accounts.login("mila", "a-new-long-password-1").username == "mila"


def test_beheerder_sets_up_the_second_factor(qtbot, empty_services, ui_dir, dialog_recorder) -> None:
    from ksdesk.security import totp
    from ksdesk.ui.main_window import MainWindow
    from tests.conftest import PASSWORD, PRACTICE

    actor = empty_services.accounts.first_run(PRACTICE, "ria", "Ria Rijpstra", PASSWORD)
    window = MainWindow(empty_services, actor, ui_dir)
    qtbot.addWidget(window)
    assert _tab_titles(window.admin_page) == ["Mijn account"]
    tab = window.admin_page.account_tab
    tab.start_enrolment()
    assert not tab.qr_label.pixmap().isNull()
    tab.code_edit.setText("000000" if totp.current_code(tab.enrolment.secret) != "000000" else "111111")
    tab.confirm_enrolment()
    assert "klopt niet" in tab.code_message.text()
    tab.code_edit.setText(totp.current_code(tab.enrolment.secret))
    tab.confirm_enrolment()
    assert dialog_recorder.names() == ["recovery_codes"]
    assert len(dialog_recorder.calls[0][1][0]) >= 8  # the codes were shown
    assert window.actor.second_factor
    assert _tab_titles(window.admin_page) == ["Praktijk", "Medewerkers", "Adresboek", "Centering",
                                              "Signaleringslijst", "Gebruikers", "Logboek", "Bewaartermijn",
                                              *BACKUPS, "Mijn account"]
    assert window.practice_label.text() == PRACTICE["name"]


def test_recovery_codes_can_be_saved_once(qtbot, empty_services, ui_dir, dialog_recorder, tmp_path) -> None:
    from ksdesk.security import totp
    from ksdesk.ui.main_window import MainWindow
    from tests.conftest import PASSWORD, PRACTICE

    actor = empty_services.accounts.first_run(PRACTICE, "ria", "Ria Rijpstra", PASSWORD)
    window = MainWindow(empty_services, actor, ui_dir)
    qtbot.addWidget(window)
    tab = window.admin_page.account_tab
    tab.start_enrolment()
    tab.code_edit.setText(totp.current_code(tab.enrolment.secret))
    dialog_recorder.save_recovery_codes = True
    dialog_recorder.save_path = tmp_path / "codes.txt"
    tab.confirm_enrolment()
    assert dialog_recorder.names() == ["recovery_codes", "save_file", "info"]
    codes = dialog_recorder.calls[0][1][0]
    text = (tmp_path / "codes.txt").read_text(encoding="utf-8")
    assert all(code in text for code in codes) and "veilige plek" in text
    assert empty_services.accounts.login("ria", PASSWORD, codes[0]).second_factor


def test_recovery_codes_as_pdf(tmp_path) -> None:
    from ksdesk.ui.account_tab import write_recovery_codes

    write_recovery_codes(tmp_path / "codes.pdf", ["abcd-efgh", "ijkl-mnop"], "ria")
    assert (tmp_path / "codes.pdf").read_bytes().startswith(b"%PDF")


def test_beheerder_chooses_a_logo(qtbot, make_window, services, admin, monkeypatch, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    from ksdesk.ui import dialogs

    big = QImage(1200, 400, QImage.Format.Format_RGB32)
    big.fill(QColor("#2f6f73"))
    source = tmp_path / "logo.jpg"
    assert big.save(str(source), "JPG")
    monkeypatch.setattr(dialogs, "open_file", lambda *_args: source)
    window = make_window(admin)
    tab = window.admin_page.practice_tab
    tab.choose_logo()
    assert tab.is_dirty()
    assert tab.save()
    stored = services.practice.get(admin).logo_png
    assert stored is not None and stored.startswith(b"\x89PNG")
    assert QImage.fromData(stored).width() == 600  # scaled down, aspect kept
    tab.set_logo(None)
    assert tab.save()
    assert services.practice.get(admin).logo_png is None


def test_a_file_that_is_no_image_is_refused_as_logo(qtbot, make_window, admin, dialog_recorder, tmp_path) -> None:
    source = tmp_path / "logo.png"
    source.write_text("geen afbeelding", encoding="utf-8")
    dialog_recorder.open_path = source
    tab = make_window(admin).admin_page.practice_tab
    tab.choose_logo()
    assert dialog_recorder.names() == ["open_file", "error"]
    assert "geen afbeelding" in dialog_recorder.texts()[-1]
    assert not tab.is_dirty()


def test_a_logo_that_is_not_png_is_refused_by_the_record(services, admin) -> None:
    import pytest

    from ksdesk.services.errors import ValidationError

    current = services.practice.get(admin)
    with pytest.raises(ValidationError) as refused:
        services.practice.save(admin, {"name": current.name, "agb_code": current.agb_code, "logo_png": b"GIF89a"})
    assert "logo_png" in refused.value.messages


def test_the_workstation_language_is_chosen_in_praktijk(qtbot, make_window, midwife, ui_dir) -> None:
    from PySide6.QtCore import Qt

    from ksdesk.ui.i18n import saved_language

    window = make_window(midwife, backup_check_ms=0)  # not only the beheerder: it is this computer's choice
    window.show()
    tab = window.admin_page.practice_tab
    combo = tab.language_combo
    assert combo.currentText() == "Nederlands" and saved_language(ui_dir) == "nl"
    window.show_section("admin")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the keyboard changes it (and that saves it)
    assert combo.currentText() == "English"
    assert saved_language(ui_dir) == "en"
    assert "volgende keer" in tab.language_note.text()
    assert not window.admin_page.is_dirty()  # saved at once: nothing to ask about when leaving
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert saved_language(ui_dir) == "nl" and "volgende keer" not in tab.language_note.text()
