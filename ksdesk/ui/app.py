"""Starting the GUI: first-run set-up, login, the main window; and the offscreen smoke screenshot."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ksdesk import paths
from ksdesk.app import Gate
from ksdesk.ui import i18n
from ksdesk.ui.login import FirstRunDialog, LoginDialog

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
    """What a user sees first: the set-up dialog on an empty installation, else the login dialog (which opens
    an encrypted store, `services` None, with the user's key slot)."""
    gate = Gate(data_dir, services)
    if gate.needs_setup():
        assert services is not None
        return FirstRunDialog(services)
    return LoginDialog(gate)


def run_gui(services: Services | None, data_dir: Path, argv: list[str], language: str | None = None) -> int:
    """Run the app: set-up when needed, then login → main window, again after Afmelden, and straight to the
    next user's window when someone else logged in on the lock screen. Returns the exit code.

    `services` is None for an encrypted store: the login opens it."""
    app = ensure_application(argv, language, data_dir)
    app.setQuitOnLastWindowClosed(False)
    gate = Gate(data_dir, services)
    username = ""
    if gate.needs_setup():
        assert services is not None
        setup = FirstRunDialog(services)
        if setup.exec() != QDialog.DialogCode.Accepted:
            return 0
        username = setup.username_created
    actor: Actor | None = None
    while True:
        if actor is None:
            login = LoginDialog(gate, username=username)
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
