"""The first-run wizard, walked with the keyboard against the real (encrypted) store of an empty data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ksdesk.app import Gate, store_state
from ksdesk.records.enums import Role
from ksdesk.security import totp
from ksdesk.services import Services
from ksdesk.ui import i18n
from ksdesk.ui.app import first_window
from ksdesk.ui.first_run import ACCOUNT_FIELDS, FirstRunWizard, demo_folder
from ksdesk.ui.login import LoginDialog
from tests.conftest import ADMIN_TOTP_SECRET, BACKEND, PASSWORD

embedded_only = pytest.mark.skipif(BACKEND != "sqlite", reason="backups and the demo folder: embedded store only")

PRACTICE_TYPED = ["Verloskundigenpraktijk Het Anker", "03054321", "Havenweg 2", "1011 AB", "Amsterdam",
                  "020 123 4567", "info@anker.example"]
ACCOUNT_TYPED = ["ria", "Ria Rijpstra", PASSWORD, PASSWORD]


def _wizard(qtbot, services: Services) -> FirstRunWizard:
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    QApplication.processEvents()
    return wizard


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


def _key(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _replace(qtbot, text: str) -> None:
    _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, Qt.Key.Key_Backspace)
    _type(qtbot, text)


def _fill_by_tab(qtbot, texts: list[str]) -> None:
    """Type into the focused field, Tab to the next, and so on."""
    for index, text in enumerate(texts):
        if index:
            _key(qtbot, Qt.Key.Key_Tab)
        _replace(qtbot, text)


def _enter(qtbot) -> None:
    _key(qtbot, Qt.Key.Key_Return)


def _walk_to_summary(qtbot, wizard: FirstRunWizard, backup: Path | None) -> None:
    assert wizard.currentPage() is wizard.welcome_page and _focused() is wizard.welcome_page.language
    _enter(qtbot)
    assert wizard.currentPage() is wizard.practice_page
    assert _focused() is wizard.practice_page.fields.widgets["name"]
    _fill_by_tab(qtbot, PRACTICE_TYPED)
    _enter(qtbot)
    assert wizard.currentPage() is wizard.account_page, wizard.practice_page.message.text()
    assert _focused() is wizard.account_page.fields.widgets["username"]
    _fill_by_tab(qtbot, ACCOUNT_TYPED)
    _enter(qtbot)
    if wizard.backup_page is not None:
        assert wizard.currentPage() is wizard.backup_page, wizard.account_page.message.text()
        assert _focused() is wizard.backup_page.folder
        assert wizard.backup_page.folder.text() == str(wizard.backup_page.default)
        if backup is not None:
            _replace(qtbot, str(backup))
        _enter(qtbot)
    assert wizard.currentPage() is wizard.summary_page


@embedded_only
def test_keyboard_walk_sets_up_practice_beheerder_and_backup_folder(qtbot, empty_services, tmp_path) -> None:
    """GIVEN an empty data folder WHEN the wizard is walked with typing, Tab and Enter only THEN the practice,
    the beheerder (who can log in, also after a restart) and the backup folder are stored."""
    backup = tmp_path / "tweede-schijf" / "ksdesk-kopieen"
    wizard = _wizard(qtbot, empty_services)
    _walk_to_summary(qtbot, wizard, backup)
    summary = wizard.summary_page.values
    assert summary["practice"].text() == "Verloskundigenpraktijk Het Anker"
    assert summary["account"].text() == "Ria Rijpstra (gebruikersnaam ria)"
    assert summary["backup"].text() == str(backup)
    assert empty_services.accounts.needs_setup()  # nothing stored before Voltooien
    _enter(qtbot)  # Voltooien
    assert wizard.result() == FirstRunWizard.DialogCode.Accepted, wizard.summary_page.message.text()
    assert wizard.username_created == "ria"

    login = LoginDialog(empty_services, username=wizard.username_created)
    qtbot.addWidget(login)
    assert login.username.text() == "ria"
    login.password.setText(PASSWORD)
    login.try_login()
    assert login.actor is not None and login.actor.role is Role.ADMIN
    admin, _codes = empty_services.accounts.confirm_totp_enrolment(login.actor, ADMIN_TOTP_SECRET,
                                                                   totp.current_code(ADMIN_TOTP_SECRET))
    practice = empty_services.practice.get(admin)
    assert practice is not None
    assert (practice.name, practice.agb_code, practice.street, practice.postcode, practice.city) == (
        "Verloskundigenpraktijk Het Anker", "03054321", "Havenweg 2", "1011AB", "Amsterdam")
    assert practice.email == "info@anker.example" and practice.phone and not practice.is_demo
    assert empty_services.backups.folder(admin) == backup and backup.is_dir()
    # the next start: the key slot written at set-up opens the encrypted store
    folder = empty_services.store.path.parent
    assert store_state(folder) == "encrypted"
    gate = Gate(folder)
    assert gate.practice_info() == ("Verloskundigenpraktijk Het Anker", False)
    assert gate.login("ria", PASSWORD, totp.current_code(ADMIN_TOTP_SECRET)).role is Role.ADMIN
    gate.close()


@embedded_only
def test_the_default_backup_folder_is_kept_as_default(qtbot, empty_services) -> None:
    wizard = _wizard(qtbot, empty_services)
    _walk_to_summary(qtbot, wizard, None)
    _enter(qtbot)
    assert wizard.result() == FirstRunWizard.DialogCode.Accepted
    admin, _codes = empty_services.accounts.confirm_totp_enrolment(
        empty_services.accounts.login("ria", PASSWORD), ADMIN_TOTP_SECRET, totp.current_code(ADMIN_TOTP_SECRET))
    assert empty_services.backups.folder(admin) == wizard.backup_page.default


def _refused(qtbot, wizard: FirstRunWizard, page, field: str, title: str) -> str:
    """Enter on a page with bad input: the page stays, the message is at the field, the summary names it."""
    _enter(qtbot)
    assert wizard.currentPage() is page
    message = page.fields.error_text(field)
    assert message, f"no message at {field}"
    assert title in page.message.text()
    return message


def test_bad_input_on_each_page_is_refused_at_the_field(qtbot, empty_services, tmp_path) -> None:
    wizard = _wizard(qtbot, empty_services)
    _enter(qtbot)
    practice = wizard.practice_page
    _enter(qtbot)  # nothing filled in
    assert wizard.currentPage() is practice
    assert practice.fields.error_text("name")
    assert "Naam praktijk" in practice.message.text() and "AGB-code" in practice.message.text()
    _fill_by_tab(qtbot, ["Verloskundigenpraktijk Het Anker", "12"])
    assert _refused(qtbot, wizard, practice, "agb_code", "AGB-code") == "Een AGB-code bestaat uit 8 cijfers."
    assert practice.fields.error_text("name") == ""
    assert _focused() is practice.fields.widgets["agb_code"]  # the first field to correct has the focus
    _replace(qtbot, "03054321")
    for _ in range(2):
        _key(qtbot, Qt.Key.Key_Tab)
    _replace(qtbot, "ABCD")  # postcode
    assert "postcode" in _refused(qtbot, wizard, practice, "postcode", "Postcode").lower()
    _replace(qtbot, "1011 AB")
    _enter(qtbot)

    account = wizard.account_page
    assert wizard.currentPage() is account
    _fill_by_tab(qtbot, ["Ria Rijpstra", "Ria Rijpstra", PASSWORD, PASSWORD])
    assert "kleine letters" in _refused(qtbot, wizard, account, "username", "Gebruikersnaam")
    _replace(qtbot, "ria")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)
    _replace(qtbot, "kort")
    _key(qtbot, Qt.Key.Key_Tab)
    _replace(qtbot, "kort")
    assert "12 tekens" in _refused(qtbot, wizard, account, "password", "Wachtwoord")
    _replace(qtbot, PASSWORD)
    _key(qtbot, Qt.Key.Key_Tab)
    _replace(qtbot, PASSWORD + "!")
    assert _refused(qtbot, wizard, account, "password_repeat", "Wachtwoord herhalen") == (
        "De wachtwoorden zijn niet gelijk.")
    _replace(qtbot, PASSWORD)
    _enter(qtbot)

    if wizard.backup_page is not None:
        backup = wizard.backup_page
        assert wizard.currentPage() is backup
        _replace(qtbot, "alleen/een/stukje")
        assert _refused(qtbot, wizard, backup, "folder", "Map voor reservekopieën") == (
            "Kies een volledige map (met schijf).")
        blocked = tmp_path / "een-bestand"
        blocked.write_text("geen map", encoding="utf-8")
        _replace(qtbot, str(blocked))
        assert "kan niet worden geschreven" in _refused(qtbot, wizard, backup, "folder", "Map voor reservekopieën")
        _replace(qtbot, str(tmp_path / "kopieen"))
        _enter(qtbot)
    assert wizard.currentPage() is wizard.summary_page
    assert empty_services.accounts.needs_setup()


@embedded_only
def test_a_refusal_at_voltooien_stores_nothing_and_the_wizard_comes_back(qtbot, empty_services, tmp_path) -> None:
    """GIVEN a backup folder that was fine on its page WHEN it is gone (a file in its place) at Voltooien THEN
    nothing is stored, the wizard shows the backup page with the message, and the next start shows the wizard."""
    backup = tmp_path / "usb-stick"
    wizard = _wizard(qtbot, empty_services)
    _walk_to_summary(qtbot, wizard, backup)
    backup.rmdir()
    backup.write_text("de stick is eruit en een bestand heeft de naam", encoding="utf-8")
    _enter(qtbot)  # Voltooien
    assert wizard.result() != FirstRunWizard.DialogCode.Accepted
    assert wizard.currentPage() is wizard.backup_page
    assert "kan niet worden geschreven" in wizard.backup_page.fields.error_text("folder")
    assert empty_services.accounts.needs_setup()
    assert empty_services.practice.public_info() is None
    folder = empty_services.store.path.parent
    assert store_state(folder) == "new"  # the key file still says "set-up pending"
    again = first_window(empty_services)
    qtbot.addWidget(again)
    assert isinstance(again, FirstRunWizard)
    # correcting the folder and finishing then works
    _replace(qtbot, str(tmp_path / "andere-map"))
    _enter(qtbot)
    _enter(qtbot)
    assert wizard.result() == FirstRunWizard.DialogCode.Accepted
    assert not empty_services.accounts.needs_setup()


@embedded_only
def test_the_folder_picker_fills_and_checks_the_backup_folder(qtbot, empty_services, tmp_path,
                                                              dialog_recorder) -> None:
    wizard = _wizard(qtbot, empty_services)
    _walk_to_summary(qtbot, wizard, None)
    wizard.back()
    backup = wizard.backup_page
    dialog_recorder.folder_path = tmp_path / "gekozen"
    dialog_recorder.folder_path.mkdir()
    backup.choose_button.click()
    assert backup.folder.text() == str(tmp_path / "gekozen")
    assert backup.fields.error_text("folder") == ""
    backup.default_button.click()
    assert backup.folder.text() == str(backup.default)
    assert backup.chosen() is None


def test_logo_is_chosen_previewed_and_stored(qtbot, empty_services, tmp_path, dialog_recorder) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(1200, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f73"))
    source = tmp_path / "logo.jpg"
    assert image.save(str(source))
    wizard = _wizard(qtbot, empty_services)
    wizard.next()
    page = wizard.practice_page
    dialog_recorder.open_path = tmp_path / "niet-een-plaatje.png"
    dialog_recorder.open_path.write_text("tekst", encoding="utf-8")
    page.choose_logo_button.click()
    assert page.logo is None and dialog_recorder.names()[-1] == "error"
    dialog_recorder.open_path = source
    page.choose_logo_button.click()
    assert page.logo is not None and page.logo.startswith(b"\x89PNG")
    assert not page.logo_preview.pixmap().isNull()
    stored = QImage.fromData(page.logo)
    assert (stored.width(), stored.height()) == (600, 200)  # scaled for the letterhead
    page.fields.set_values(dict(zip(("name", "agb_code"), PRACTICE_TYPED[:2], strict=True)))
    wizard.next()
    wizard.account_page.fields.set_values(dict(zip(ACCOUNT_FIELDS, ACCOUNT_TYPED, strict=True)))
    while wizard.currentPage() is not wizard.summary_page:
        wizard.next()
    assert not wizard.summary_page.logo_preview.pixmap().isNull()
    wizard.button(FirstRunWizard.WizardButton.FinishButton).click()  # Voltooien
    assert wizard.result() == FirstRunWizard.DialogCode.Accepted, wizard.summary_page.message.text()
    admin, _codes = empty_services.accounts.confirm_totp_enrolment(
        empty_services.accounts.login("ria", PASSWORD), ADMIN_TOTP_SECRET, totp.current_code(ADMIN_TOTP_SECRET))
    assert empty_services.practice.get(admin).logo_png == page.logo


@embedded_only
def test_the_demo_path_opens_a_demo_in_its_own_folder_and_leaves_the_practice_empty(qtbot, empty_services) -> None:
    folder = empty_services.store.path.parent
    before = sorted(p.name for p in folder.iterdir())
    wizard = _wizard(qtbot, empty_services)
    wizard.demo_pregnancies = 6
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is wizard.welcome_page.demo_button
    _key(qtbot, Qt.Key.Key_Space)
    assert wizard.result() == FirstRunWizard.DEMO_RESULT
    demo = demo_folder(folder)
    assert demo == folder.parent / "ksdesk-demo" / "gegevens"
    gate = wizard.demo_gate
    assert gate is not None and gate.data_dir == demo
    name, is_demo = gate.practice_info()
    assert is_demo and "DEMO" in name
    assert store_state(demo) == "encrypted"
    # the practice's own folder: as it was, still waiting for its set-up
    assert sorted(p.name for p in folder.iterdir()) == before
    assert empty_services.accounts.needs_setup() and store_state(folder) == "new"
    login = LoginDialog(gate, username="verloskundige", note="demo")
    qtbot.addWidget(login)
    assert not login.demo_chip.isHidden() and "DEMO" in login.demo_chip.text()
    assert not login.note.isHidden()
    login.password.setText("demo-verloskundige")
    login.try_login()
    assert login.actor is not None and login.actor.role is Role.MIDWIFE
    gate.close()
    # a later start: the wizard again, and the demo is opened as it is (not made anew)
    assert isinstance(first_window(empty_services), FirstRunWizard)
    second = _wizard(qtbot, empty_services)
    second.welcome_page.demo_button.click()
    assert second.result() == FirstRunWizard.DEMO_RESULT
    assert second.demo_gate is not None and second.demo_gate.services is None  # locked: the login opens it
    assert second.demo_gate.practice_info() == (name, True)


@embedded_only
def test_a_demo_folder_holding_a_real_practice_is_not_opened(qtbot, empty_services, dialog_recorder) -> None:
    from ksdesk.app import open_services
    from tests.conftest import PRACTICE, USERS

    folder = empty_services.store.path.parent
    other = open_services(demo_folder(folder))
    other.accounts.first_run(PRACTICE, *USERS[Role.ADMIN], PASSWORD)
    other.close()
    wizard = _wizard(qtbot, empty_services)
    wizard.welcome_page.demo_button.click()
    assert wizard.result() != FirstRunWizard.DEMO_RESULT and wizard.demo_gate is None
    assert dialog_recorder.names() == ["error"] and "geen demo" in dialog_recorder.texts()[0]


def test_the_language_choice_is_saved_and_applied(qtbot, empty_services, tmp_path) -> None:
    wizard = FirstRunWizard(empty_services, tmp_path)
    qtbot.addWidget(wizard)
    try:
        wizard.welcome_page.language.setCurrentIndex(wizard.welcome_page.language.findData("en"))
        saved = json.loads((tmp_path / i18n.SETTINGS_FILE).read_text(encoding="utf-8"))
        assert saved["language"] == "en"
        assert i18n.current_language() == "en"
        wizard.next()
        wizard.next()
        wizard.next()
        assert wizard.summary_page.values["language"].text() == "English"
    finally:
        i18n.install("nl")
    assert i18n.saved_language(tmp_path) == "en"


def test_tab_reaches_every_control_of_the_practice_and_backup_pages(qtbot, empty_services) -> None:
    wizard = _wizard(qtbot, empty_services)
    _enter(qtbot)
    page = wizard.practice_page
    reached = [_focused()]
    for _ in range(12):
        _key(qtbot, Qt.Key.Key_Tab)
        reached.append(_focused())
    fields = [page.fields.widgets[name] for name in ("name", "agb_code", "street", "postcode", "city", "phone",
                                                     "email")]
    assert reached[:8] == [*fields, page.choose_logo_button]
    assert wizard.button(FirstRunWizard.WizardButton.NextButton) in reached
    if wizard.backup_page is not None:
        wizard.practice_page.fields.set_values(dict(zip(("name", "agb_code"), PRACTICE_TYPED[:2], strict=True)))
        wizard.next()
        wizard.account_page.fields.set_values(dict(zip(ACCOUNT_FIELDS, ACCOUNT_TYPED, strict=True)))
        wizard.next()
        assert wizard.currentPage() is wizard.backup_page
        reached = [_focused()]
        for _ in range(3):
            _key(qtbot, Qt.Key.Key_Tab)
            reached.append(_focused())
        backup = wizard.backup_page
        assert reached[:3] == [backup.folder, backup.choose_button, backup.default_button]


def test_every_page_says_which_step_it_is(qtbot, empty_services) -> None:
    wizard = _wizard(qtbot, empty_services)
    count = len(wizard.pageIds())
    assert wizard.welcome_page.subTitle() == f"Stap 1 van {count}"
    wizard.next()
    assert wizard.practice_page.subTitle() == f"Stap 2 van {count}"
    assert wizard.practice_page.title() == "De praktijk"
