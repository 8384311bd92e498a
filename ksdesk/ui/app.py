"""Starting the GUI: the first-run wizard (or the demo practice), login, the main window; and the offscreen
smoke screenshot."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ksdesk import paths
from ksdesk.app import Gate
from ksdesk.ui import i18n
from ksdesk.ui.login import LoginDialog

if TYPE_CHECKING:  # the main window and the services load after the login window is shown
    from ksdesk.services import Services
    from ksdesk.services.context import Actor


def ensure_application(argv: list[str] | None = None, language: str | None = None,
                       data_dir: Path | None = None) -> QApplication:
    """The one QApplication (created on first use), with name, organisation and icon set, speaking `language`
    (--lang) or else the language chosen for this workstation in `data_dir`."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationDisplayName("ksdesk")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "ksdesk.svg"))))
    if language is not None or data_dir is not None:
        i18n.install(i18n.chosen_language(language, data_dir))
    return app


def show_startup_problem(message: str) -> None:
    """ksdesk cannot open its data (newer database, read-only or full disk): say so in a window, not only on a
    console the user never sees."""
    from ksdesk.ui import dialogs

    ensure_application()
    dialogs.error(None, QApplication.translate("app", "ksdesk kan niet starten"), message)


def first_window(services: Services | None, data_dir: Path | None = None) -> QWidget:
    """What a user sees first: the first-run wizard on an empty installation, else the login dialog (which opens
    an encrypted store, `services` None, with the user's key slot)."""
    gate = Gate(data_dir, services)
    if gate.needs_setup():
        assert services is not None
        from ksdesk.ui.first_run import FirstRunWizard  # (not needed for the login window's cold start)

        return FirstRunWizard(services, gate.data_dir)
    return LoginDialog(gate)


def run_gui(services: Services | None, data_dir: Path, argv: list[str], language: str | None = None) -> int:
    """Run the app: the first-run wizard when needed, then login → main window, again after Afmelden, and
    straight to the next user's window when someone else logged in on the lock screen. Returns the exit code.

    `services` is None for an encrypted store: the login opens it. The wizard's demo choice runs the demo
    practice (its own data folder) instead; the practice's own folder stays empty, so the next start shows the
    wizard again."""
    app = ensure_application(argv, language, data_dir)
    app.setQuitOnLastWindowClosed(False)
    gate = Gate(data_dir, services)
    username = ""
    if gate.needs_setup():
        assert services is not None
        from ksdesk.ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(services, gate.data_dir)
        result = wizard.exec()
        if result == FirstRunWizard.DEMO_RESULT and wizard.demo_gate is not None:
            demo_gate = wizard.demo_gate
            assert demo_gate.data_dir is not None
            try:
                return run_sessions(app, demo_gate, demo_gate.data_dir, *demo_login())
            finally:
                demo_gate.close()
        if result != QDialog.DialogCode.Accepted:
            return 0
        username = wizard.username_created
    return run_sessions(app, gate, data_dir, username)


def demo_login() -> tuple[str, str]:
    """The demo practice's login: the midwife's user name filled in, and a note with the public demo accounts."""
    from ksdesk.demo import DEMO_PASSWORDS
    from ksdesk.records.enums import Role

    midwife, _name, midwife_password = DEMO_PASSWORDS[Role.MIDWIFE]
    assistant, _name, assistant_password = DEMO_PASSWORDS[Role.ASSISTANT]
    note = QApplication.translate(
        "app", "Een demopraktijk met verzonnen cliënten. Meld je aan met een van deze accounts:\n"
        "• {midwife}, wachtwoord {midwife_password}\n"
        "• {assistant}, wachtwoord {assistant_password}\n"
        "Sluit je ksdesk, dan begint de volgende start weer met het inrichten van je eigen praktijk.").format(
        midwife=midwife, midwife_password=midwife_password, assistant=assistant,
        assistant_password=assistant_password)
    return midwife, note


def run_sessions(app: QApplication, gate: Gate, data_dir: Path, username: str = "", note: str = "") -> int:
    """Login → main window until the user quits (after Afmelden the login again; the lock screen may hand over
    to another user). Returns the exit code."""
    actor: Actor | None = None
    while True:
        if actor is None:
            login = LoginDialog(gate, username=username, note=note)
            if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
                return 0
            actor = login.actor
        assert gate.services is not None
        from ksdesk.ui.main_window import MainWindow

        window = MainWindow(gate.services, actor, data_dir)
        window.closed.connect(app.quit)
        window.show()
        code = app.exec()
        logged_out = window.logout_requested
        next_actor = window.switched_to
        window.deleteLater()
        if next_actor is not None:
            actor = next_actor
            continue
        if not logged_out:
            backup_at_close(gate, actor)
            return int(code)
        username = actor.username
        actor = None


def backup_at_close(gate: Gate, actor: Actor) -> None:
    """The automatic backup when ksdesk closes (embedded store), with a progress dialog; a failure is shown."""
    from ksdesk.services.errors import ServiceError
    from ksdesk.ui import dialogs
    from ksdesk.ui.background import run_with_progress

    services = gate.services
    if services is None or services.store.path is None:
        return
    try:
        run_with_progress(None, QApplication.translate("app", "Reservekopie"),
                          QApplication.translate("app", "Reservekopie maken bij het afsluiten…"),
                          lambda: services.backups.make(actor, "afsluiten"))
    except ServiceError as exc:
        dialogs.error(None, QApplication.translate("app", "Reservekopie"),
                      QApplication.translate("app", "De reservekopie bij het afsluiten is niet gelukt: {reason}")
                      .format(reason=exc))


def smoke_screenshot(services: Services | None, data_dir: Path, path: Path, language: str | None = None) -> int:
    """Render the first window a user would see to a PNG (works offscreen; never enters exec())."""
    ensure_application(None, language, data_dir)
    window = first_window(services, data_dir)
    window.adjustSize()
    window.show()
    QApplication.processEvents()
    pixmap = window.grab()
    window.close()
    window.deleteLater()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if pixmap.isNull() or not pixmap.save(str(path), "PNG"):
        print(f"Schermafdruk niet opgeslagen: {path}", file=sys.stderr)
        return 1
    return 0
