"""Beheer › Reservekopieën, the daily backup while the app is open, and the recovery key shown once."""

from __future__ import annotations

import pytest

from ksdesk.security import totp
from ksdesk.storage.backup import list_backups
from tests.conftest import ADMIN_TOTP_SECRET, BACKEND, PASSWORD
from tests.ui.conftest import no_bsn_client

pytestmark = pytest.mark.skipif(BACKEND != "sqlite", reason="ksdesk backs up the embedded store only")


def test_beheerder_makes_checks_and_restores_a_backup(qtbot, make_window, services, admin, midwife,
                                                      dialog_recorder, tmp_path) -> None:
    kept = services.clients.create(midwife, no_bsn_client(surname="Bewaard"))
    window = make_window(admin, backup_check_ms=0)
    window.show_section("admin")
    tab = window.admin_page.backup_tab
    assert tab is not None
    window.admin_page.tabs.setCurrentWidget(tab)
    tab.load()  # (the window is not shown in this test: showing the tab loads it)
    assert tab.table.rowCount() == 0
    assert tab.folder_label.text().endswith("ksdesk-backups")
    # another folder, chosen with the folder picker
    dialog_recorder.folder_path = tmp_path / "tweede-schijf"
    tab.choose_folder()
    assert tab.folder_label.text() == str(tmp_path / "tweede-schijf")
    tab.make_button.click()
    assert tab.table.rowCount() == 1
    assert "gecontroleerd" in tab.message.text()
    tab.table.selectRow(0)
    tab.verify_selected()
    assert "in orde" in tab.message.text()
    later = services.clients.create(midwife, no_bsn_client(surname="Later"))
    tab.restore_selected()
    assert dialog_recorder.names()[-2:] == ["confirm", "info"]
    assert window.logout_requested, "everyone logs in again after a restore"
    midwife = services.accounts.login("mila", PASSWORD)
    assert services.clients.get(midwife, kept.id).surname == "Bewaard"
    assert services.clients.count(midwife, "later") == 0
    del later


def test_the_midwife_has_no_backup_tab(make_window, midwife) -> None:
    window = make_window(midwife, backup_check_ms=0)
    assert window.admin_page.backup_tab is None


def test_the_daily_backup_runs_while_the_app_is_open(qtbot, make_window, services, midwife) -> None:
    window = make_window(midwife, backup_check_ms=50)
    folder = services.store.path.parent.parent / "ksdesk-backups"
    qtbot.waitUntil(lambda: len(list_backups(folder)) == 1, timeout=10_000)
    assert list_backups(folder)[0].reason == "automatisch"
    window.backup_timer.stop()


def test_the_recovery_key_is_shown_once_to_the_beheerder(qtbot, make_window, empty_services, dialog_recorder,
                                                         ui_dir) -> None:
    from ksdesk.ui.main_window import MainWindow
    from tests.conftest import PRACTICE

    admin = empty_services.accounts.first_run(PRACTICE, "ria", "Ria Rijpstra", PASSWORD)
    admin, _codes = empty_services.accounts.confirm_totp_enrolment(admin, ADMIN_TOTP_SECRET,
                                                                   totp.current_code(ADMIN_TOTP_SECRET))
    for attempt in range(2):
        window = MainWindow(empty_services, admin, ui_dir, backup_check_ms=0)
        qtbot.addWidget(window)
        window.show()
        qtbot.wait(50)
        shown = [args for name, args in dialog_recorder.calls if name == "recovery_key"]
        assert len(shown) == 1, attempt  # the first window shows it; the second does not
        key_text, sheet = shown[0]
        assert len(key_text.split("-")) == 13 and sheet.startswith(b"%PDF")
        window.client_list.cancel_pending()
        window.close()


def test_backups_are_listed_newest_first(qtbot, make_window, services, admin, midwife) -> None:
    import datetime as dt
    import shutil

    made = services.backups.make(midwife)
    # two older copies with names from other months (as rotation keeps them)
    for when in (dt.datetime(2026, 2, 3, 9, 0), dt.datetime(2025, 12, 30, 9, 0)):
        shutil.copyfile(made.path, made.path.with_name(f"ksdesk-{when:%Y%m%d-%H%M%S}-automatisch.ksbackup"))
    window = make_window(admin, backup_check_ms=0)
    tab = window.admin_page.backup_tab
    tab.load()
    days = [tab.table.item(r, 0).text()[:10] for r in range(tab.table.rowCount())]
    assert days == [made.made_at.strftime("%d-%m-%Y"), "03-02-2026", "30-12-2025"]
