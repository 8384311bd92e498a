"""Beheer › Logboek: lazy fetching, filters, the chain check, the break-glass count and the inzage PDF."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings

import ksdesk
from ksdesk.security.audit import Action, Outcome
from ksdesk.ui.audit_tab import AuditTab, AuditTableModel, event_text, outcome_word
from ksdesk.ui.widgets import local_time
from tests.ui.conftest import no_bsn_client


def _tab(qtbot, services, actor, page_size: int = 200) -> AuditTab:
    tab = AuditTab(services, actor, page_size=page_size)
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    return tab


def _column(tab: AuditTab, column: int) -> list[str]:
    model = tab.model
    return [model.text(model.entry(row), column) for row in range(model.rowCount())]


def test_logboek_only_for_the_beheerder_with_two_factors(make_window, admin, midwife) -> None:
    assert make_window(admin).admin_page.audit_tab is not None
    assert make_window(midwife).admin_page.audit_tab is None


def test_the_log_is_read_only_when_the_tab_is_shown(qtbot, make_window, services, admin) -> None:
    window = make_window(admin)
    before = services.audit.entry_count(admin)
    window.show()
    assert services.audit.entry_count(admin) == before  # building the window reads nothing
    window.admin_page.tabs.setCurrentWidget(window.admin_page.audit_tab)
    assert window.admin_page.audit_tab.model.rowCount() > 0


def test_lazy_fetch_newest_first(qtbot, services, admin, midwife) -> None:
    for n in range(6):
        services.clients.create(midwife, no_bsn_client(surname=f"Jansen{n}"))
    tab = _tab(qtbot, services, admin, page_size=5)
    model = tab.model
    assert model.rowCount() == 5 and model.canFetchMore(QModelIndex())
    assert "scroll voor meer" in tab.count_label.text()
    services.clients.search(midwife, "")  # the log grows while it is being read
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    seqs = [model.entry(row).seq for row in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)
    assert seqs == list(range(seqs[0], 0, -1))  # every line once, none skipped
    first = model.entry(0)
    assert _column(tab, AuditTableModel.TIME)[0] == local_time(first.occurred_at)
    assert dt.datetime.strptime(_column(tab, AuditTableModel.TIME)[0], "%d-%m-%Y %H:%M")


def test_filters_by_user_action_client_period_and_break_glass(qtbot, services, admin, midwife) -> None:
    client = services.clients.create(midwife, no_bsn_client())
    services.clients.get(midwife, client.id)
    tab = _tab(qtbot, services, admin)
    assert tab.user_filter.count() == 4  # "Alle gebruikers" and three users

    tab.user_filter.setCurrentIndex(tab.user_filter.findData(midwife.user_id))
    tab.apply_filters()
    assert set(_column(tab, AuditTableModel.USER)) == {"Mila Verloskundige"}
    assert set(_column(tab, AuditTableModel.ROLE)) == {"Verloskundige"}

    tab.action_filter.setCurrentIndex(tab.action_filter.findData(Action.CREATE))
    tab.apply_filters()
    assert _column(tab, AuditTableModel.ACTION) == ["Aangemaakt"]
    assert _column(tab, AuditTableModel.EVENT) == ["Dossier aangemaakt"]

    tab.clear_filters()
    tab.client_filter.setText(str(client.id))
    tab.apply_filters()
    assert set(_column(tab, AuditTableModel.CLIENT)) == {str(client.id)}
    assert "Dossier geopend" in _column(tab, AuditTableModel.EVENT)

    tab.clear_filters()
    tomorrow = dt.date.today() + dt.timedelta(days=2)
    tab.start_filter.setText(tomorrow.strftime("%d-%m-%Y"))
    tab.apply_filters()
    assert tab.model.rowCount() == 0 and tab.count_label.text() == "Geen regels bij deze filters."

    tab.start_filter.setText("31-02-2026")
    tab.apply_filters()
    assert "Datum niet herkend" in tab.filter_message.text()

    tab.clear_filters()
    tab.break_glass_filter.setChecked(True)
    assert tab.model.rowCount() == 0
    assert tab.break_glass_banner.text() == "Geen noodtoegang in de laatste 30 dagen"


def test_break_glass_is_counted_prominently(qtbot, services, admin) -> None:
    elevated = services.accounts.break_glass(admin, "Cliënte belt met bloedverlies, verloskundige onbereikbaar")
    services.clients.search(elevated, "")
    tab = _tab(qtbot, services, admin)
    assert tab.break_glass_banner.text() == "1 keer noodtoegang in de laatste 30 dagen"
    assert not tab.show_break_glass_button.isHidden()
    tab.show_recent_break_glass()
    assert tab.model.rowCount() == 2  # the break-glass itself and the search under it
    assert set(_column(tab, AuditTableModel.BREAK_GLASS)) == {"ja"}


def test_chain_check(qtbot, services, admin) -> None:
    tab = _tab(qtbot, services, admin)
    assert tab.verify_chain()
    assert tab.verify_result.text().startswith("Keten in orde:")


def test_access_report_is_saved_as_pdf(qtbot, services, admin, midwife, dialog_recorder, tmp_path) -> None:
    client = services.clients.create(midwife, no_bsn_client())
    tab = _tab(qtbot, services, admin)
    assert not tab.report_button.isEnabled()
    tab.client_filter.setText(str(client.id))
    assert tab.report_button.isEnabled()
    assert not tab.save_access_report()  # picker cancelled
    dialog_recorder.save_path = tmp_path / "inzage.pdf"
    assert tab.save_access_report()
    assert (tmp_path / "inzage.pdf").read_bytes().startswith(b"%PDF")
    assert dialog_recorder.names() == ["save_file", "save_file", "info"]
    events = [e.event for e in services.audit.entries(admin, limit=5)]
    assert "audit.access_report" in events


def _events_written() -> set[str]:
    """Every audit event code the app writes: the literal event of each AuditEvent(...) / _audit_members(...)."""
    found: set[str] = set()
    for path in Path(ksdesk.__file__).parent.rglob("*.py"):
        if "bench" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            position = {"AuditEvent": 1, "_audit_members": 3}.get(name or "")
            if position is None:
                continue
            argument = next((k.value for k in node.keywords if k.arg == "event"), None)
            if argument is None and len(node.args) > position:
                argument = node.args[position]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.add(argument.value)
    return found | {"referral.letter_print", "referral.letter_save"}  # made with an f-string


def test_every_event_the_app_writes_reads_as_words() -> None:
    events = _events_written()
    assert {"login", "client.open", "centering.group.open", "referral.letter", "backup.restored"} <= events
    assert sorted(e for e in events if event_text(e) == e) == []
    assert event_text("some.future_event") == "some.future_event"  # shown as it is stored
    assert event_text("ClientService.create") == "Poging: create"


def test_result_and_event_columns_are_words(qtbot, services, admin, midwife) -> None:
    services.clients.create(midwife, no_bsn_client())
    tab = _tab(qtbot, services, admin)
    outcomes = set(_column(tab, AuditTableModel.OUTCOME))
    assert outcomes <= {"Geslaagd", "Geweigerd", "Mislukt"} and "Geslaagd" in outcomes
    assert "Dossier aangemaakt" in _column(tab, AuditTableModel.EVENT)
    assert outcome_word(Outcome.DENIED) == "Geweigerd"


def test_every_heading_fits_also_after_widths_from_another_language(qtbot, make_window, admin, tmp_path) -> None:
    window = make_window(admin)
    tab = window.admin_page.audit_tab
    header = tab.table.horizontalHeader()
    short = [c for c in range(header.count()) if header.sectionSize(c) < header.sectionSizeHint(c)]
    assert short == []
    header.resizeSection(AuditTableModel.BREAK_GLASS, 20)  # remembered from a session in a shorter language
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window.admin_page.save_settings(settings)
    again = make_window(admin)
    again.admin_page.restore_settings(settings)
    header = again.admin_page.audit_tab.table.horizontalHeader()
    assert header.sectionSize(AuditTableModel.BREAK_GLASS) >= header.sectionSizeHint(AuditTableModel.BREAK_GLASS)
