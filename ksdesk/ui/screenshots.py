"""Every main screen of ksdesk rendered offscreen to PNG files: how anyone reviews the UI without a screen, and
where the manual's pictures come from.

    python -m ksdesk.ui.screenshots --out DIR [--lang nl en] [--theme light dark] [--scale 1 2]
                                    [--data-dir DIR] [--size 1280x800] [--optimise]

It works on a demo practice of fictitious people (ksdesk.demo): the one in --data-dir, or a new one made there
(or in a temporary folder) when the folder is empty. It logs in as the demo users the way the login window does
(the store is encrypted) and renders, per language and theme, the login window, Vandaag for the midwife and the
assistant, Cliënten, a client page, Signalering with an assessment and its meldcode part, Verwijzingen with a
referral and its letter, Centering planning and a running group, the monitor preview, every Beheer tab, the
first step of the import wizard and the About dialog. File names are stable: `nl-light-vandaag-verloskundige.png`,
`en-dark-beheer-logboek@2x.png` for scale 2.

Dark is a dark Fusion palette, as Qt gives an application on a dark desktop; scale 2 runs in a child process
with QT_SCALE_FACTOR=2 (a high-DPI screen). Nothing here opens a modal dialog: message boxes are recorded and
printed instead, so a refusal shows up in the output rather than blocking the run.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QWidget

    from ksdesk.services import Services
    from ksdesk.services.context import Actor
    from ksdesk.ui.main_window import MainWindow

LANGUAGES = ("nl", "en")
THEMES = ("light", "dark")
DEFAULT_SIZE = (1280, 800)

# Beheer tabs by the AdminPage attribute that holds them (file names do not depend on the language).
ADMIN_TABS: tuple[tuple[str, str], ...] = (
    ("practice_tab", "praktijk"), ("staff_tab", "medewerkers"), ("address_book_tab", "adresboek"),
    ("centering_setup_tab", "centering"), ("catalogue_tab", "signaleringslijst"), ("users_tab", "gebruikers"),
    ("audit_tab", "logboek"), ("retention_tab", "bewaartermijn"), ("backup_tab", "reservekopieen"),
    ("account_tab", "mijn-account"),
)

# Every screen, in the order rendered: the part of the file name after language and theme.
SCREENS: tuple[str, ...] = (
    "eerste-start", "login",
    # as the midwife
    "vandaag-verloskundige", "clienten", "client", "client-nieuw", "signalering-overzicht", "signalering",
    "signalering-meldcode", "verwijzingen", "verwijzing-brief",
    # as the practice assistant
    "vandaag-assistent", "centering-planning", "centering-groep", "import",
    # as the beheerder
    "monitor", *(f"beheer-{slug}" for _attribute, slug in ADMIN_TABS), "over",
)


def file_name(language: str, theme: str, screen: str, scale: float = 1) -> str:
    """`nl-light-vandaag-verloskundige.png`; scale 2: `nl-light-vandaag-verloskundige@2x.png`."""
    suffix = "" if scale == 1 else f"@{scale:g}x"
    return f"{language}-{theme}-{screen}{suffix}.png"


# --- themes -----------------------------------------------------------------------------------------------------
def dark_palette() -> QPalette:
    """A dark Fusion palette like the one Qt uses on a dark Windows or KDE desktop."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#202020", role.WindowText: "#f0f0f0", role.Base: "#2b2b2b", role.AlternateBase: "#333333",
        role.ToolTipBase: "#2b2b2b", role.ToolTipText: "#f0f0f0", role.PlaceholderText: "#a0a0a0",
        role.Text: "#f0f0f0", role.Button: "#333333", role.ButtonText: "#f0f0f0", role.BrightText: "#ffffff",
        role.Light: "#484848", role.Midlight: "#3c3c3c", role.Mid: "#5a5a5a", role.Dark: "#141414",
        role.Shadow: "#000000", role.Highlight: "#2f6fb3", role.HighlightedText: "#ffffff", role.Link: "#7cb7ff",
        role.LinkVisited: "#c59cff", role.Accent: "#2f6fb3",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a7a7a"))
    palette.setColor(group.Disabled, role.Base, QColor("#262626"))
    palette.setColor(group.Disabled, role.Button, QColor("#2b2b2b"))
    return palette


@contextlib.contextmanager
def theme(app: QApplication, name: str) -> Iterator[None]:
    """The Fusion style in the light or dark palette while the block runs; the app's own afterwards."""
    from PySide6.QtWidgets import QStyleFactory

    style_before = app.style().name()
    palette_before = app.palette()
    fusion = QStyleFactory.create("Fusion")
    app.setStyle(fusion)
    app.setPalette(dark_palette() if name == "dark" else fusion.standardPalette())
    try:
        yield
    finally:
        app.setStyle(style_before)
        app.setPalette(palette_before)


# --- the demo practice --------------------------------------------------------------------------------------------
def ensure_demo(data_dir: Path, pregnancies: int = 300) -> None:
    """A demo practice in `data_dir` (made when the folder holds none; an existing one is used as it is)."""
    from ksdesk.app import open_services, store_state
    from ksdesk.demo import create_demo_practice

    if store_state(data_dir) != "new":
        return
    services = open_services(data_dir)
    try:
        create_demo_practice(services, pregnancies=pregnancies)
        if services.store.path is not None:  # Beheer › Reservekopieën shows one backup, as in a practice
            from ksdesk.demo import DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORDS
            from ksdesk.records.enums import Role
            from ksdesk.security import totp

            username, _display, password = DEMO_PASSWORDS[Role.ADMIN]
            admin = services.accounts.login(username, password, totp.current_code(DEMO_ADMIN_TOTP_SECRET))
            services.backups.make(admin, "handmatig")
    finally:
        services.close()


# An export from a record system as the import wizard reads it (fictitious people; BSNs pass the 11-proef).
SAMPLE_EXPORT = (
    "Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;BSN;Postcode;Huisnummer;Woonplaats;Telefoon;ATD\r\n"
    "Vries;de;Sanne;14-03-1994;111222333;6211 AB;12;Maastricht;06 12345678;{due1}\r\n"
    "Janssen;;Lotte;02-11-1990;123456782;6411 CD;3;Heerlen;06 23456789;{due2}\r\n"
    "Smeets;;Noor;21-07-1998;;6131 EF;48;Sittard;;{due3}\r\n"
)


def sample_export(folder: Path) -> Path:
    """A small CSV export of three fictitious clients for the import wizard's first step."""
    today = dt.date.today()
    dues = {f"due{n}": (today + dt.timedelta(days=days)).strftime("%d-%m-%Y")
            for n, days in ((1, 120), (2, 200), (3, 60))}
    path = folder / "Dossiersysteem export.csv"
    path.write_bytes(SAMPLE_EXPORT.format(**dues).encode("utf-8"))
    return path


@dataclass
class DemoLogins:
    """The three demo users logged in on one open store."""

    services: Services
    admin: Actor
    midwife: Actor
    assistant: Actor
    gate: Any

    @classmethod
    def open(cls, data_dir: Path) -> DemoLogins:
        from ksdesk.app import Gate
        from ksdesk.demo import DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORDS
        from ksdesk.records.enums import Role
        from ksdesk.security import totp

        gate = Gate(data_dir)
        actors = {}
        for role in (Role.MIDWIFE, Role.ASSISTANT, Role.ADMIN):
            username, _display, password = DEMO_PASSWORDS[role]
            code = totp.current_code(DEMO_ADMIN_TOTP_SECRET) if role is Role.ADMIN else None
            actors[role] = gate.login(username, password, code)
        assert gate.services is not None
        return cls(gate.services, actors[Role.ADMIN], actors[Role.MIDWIFE], actors[Role.ASSISTANT], gate)

    def close(self) -> None:
        self.gate.close()


@dataclass
class DemoPicks:
    """Which records the screens show: chosen from the demo practice's own data."""

    client_id: int | None = None
    screening_pregnancy_id: int | None = None
    meldcode_pregnancy_id: int | None = None
    meldcode_assessment_id: int | None = None
    referral_id: int | None = None
    running_group_id: int | None = None

    @classmethod
    def choose(cls, logins: DemoLogins) -> DemoPicks:
        from ksdesk.centering.model import GroupStatus
        from ksdesk.records.enums import PregnancyStatus
        from ksdesk.services.referrals import Basis, ReferralStatus

        services, midwife = logins.services, logins.midwife
        picks = cls()
        referrals = services.referrals.list(midwife)
        with_letter = [r for r in referrals if r.letters and r.basis is not Basis.MELDCODE]
        sent = [r for r in with_letter if r.status is ReferralStatus.SENT] or with_letter
        for referral in sent[:40]:  # rather one whose pregnancy is still going on: the usual case at the desk
            pregnancies = services.clients.get(midwife, referral.client_id).pregnancies
            if any(p.id == referral.pregnancy_id and p.status is PregnancyStatus.ONGOING for p in pregnancies):
                picks.referral_id, picks.client_id = referral.id, referral.client_id
                break
        if picks.referral_id is None and sent:
            picks.referral_id, picks.client_id = sent[0].id, sent[0].client_id
        pending = services.screening.pending_decisions(midwife)
        picks.find_meldcode(logins)
        if pending:
            picks.screening_pregnancy_id = pending[0].pregnancy_id
        elif sent:
            picks.screening_pregnancy_id = sent[0].pregnancy_id
        if picks.client_id is None:
            found = services.clients.search(midwife, "", limit=1)
            picks.client_id = found[0].id if found else None
        running = services.centering.groups(logins.assistant, statuses=[GroupStatus.RUNNING])
        if running:
            picks.running_group_id = running[0].id
        return picks

    def find_meldcode(self, logins: DemoLogins) -> None:
        """The demo's meldcode case: the assessment whose meldcode steps were recorded (first one found)."""
        services, midwife = logins.services, logins.midwife
        for summary in services.clients.search(midwife, "", limit=1000):
            for pregnancy in services.clients.get(midwife, summary.id).pregnancies:
                steps = [a for a in services.screening.dossier(midwife, pregnancy.id).assessments if a.meldcode_steps]
                if steps:
                    self.meldcode_pregnancy_id, self.meldcode_assessment_id = pregnancy.id, steps[-1].id
                    return


# --- rendering ------------------------------------------------------------------------------------------------------
@dataclass
class Recorder:
    """Stands in for ksdesk.ui.dialogs while rendering: no modal dialog; what would have been shown is kept."""

    messages: list[str] = field(default_factory=list)
    about: tuple[str, str] | None = None

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        from ksdesk.ui import dialogs

        def note(name: str, answer: object = None) -> Callable[..., Any]:
            def fake(_parent: object, *args: object) -> object:
                self.messages.append(f"{name}: " + " | ".join(str(a)[:200] for a in args if isinstance(a, str)))
                return answer
            return fake

        def about(_parent: object, title: str, text: str) -> None:
            self.about = (title, text)

        stand_ins: dict[str, Callable[..., Any]] = {
            "info": note("info"), "error": note("error"), "confirm": note("confirm", False),
            "ask_unsaved": note("ask_unsaved", "discard"), "recovery_key": note("recovery_key"),
            "recovery_codes": note("recovery_codes", False), "open_file": note("open_file"),
            "save_file": note("save_file"), "choose_folder": note("choose_folder"),
            "print_pdf": note("print_pdf", False), "break_glass": note("break_glass"), "about": about,
        }
        saved = {name: getattr(dialogs, name) for name in stand_ins if hasattr(dialogs, name)}
        for name, fake in stand_ins.items():
            if name in saved:
                setattr(dialogs, name, fake)
        try:
            yield
        finally:
            for name, original in saved.items():
                setattr(dialogs, name, original)


class Renderer:
    """Renders the screens of one language and theme into `out_dir`."""

    def __init__(self, app: QApplication, logins: DemoLogins, picks: DemoPicks, out_dir: Path, language: str,
                 theme_name: str, *, size: tuple[int, int], scale: float, data_dir: Path, ui_dir: Path,
                 recorder: Recorder, log: Callable[[str], None], only: frozenset[str] | None = None) -> None:
        self.app = app
        self.only = only
        self.logins = logins
        self.picks = picks
        self.out_dir = out_dir
        self.language = language
        self.theme_name = theme_name
        self.size = size
        self.scale = scale
        self.data_dir = data_dir
        self.ui_dir = ui_dir
        self.recorder = recorder
        self.log = log
        self.written: list[Path] = []
        self.failures: list[str] = []

    # --- helpers ---------------------------------------------------------------------------------------------
    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def wait(self, milliseconds: int) -> None:
        """Let the event loop run (QtPdf renders its pages asynchronously)."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(milliseconds, loop.quit)
        loop.exec()

    def save(self, screen: str, widget: QWidget) -> None:
        self.settle()
        path = self.out_dir / file_name(self.language, self.theme_name, screen, self.scale)
        pixmap = widget.grab()
        if pixmap.isNull() or not pixmap.save(str(path), "PNG"):
            self.failures.append(f"{screen}: niet opgeslagen")
            return
        self.written.append(path)
        self.log(f"  {path.name}")

    def attempt(self, screen: str, render: Callable[[], None]) -> None:
        """One screen; a failure is reported and the others still render."""
        if self.only is not None and screen not in self.only:
            return
        before = len(self.recorder.messages)
        try:
            render()
        except Exception as exc:  # a broken screen must not stop the review of the others
            self.failures.append(f"{screen}: {type(exc).__name__}: {exc}")
            self.log(f"  {screen}: MISLUKT ({type(exc).__name__}: {exc})")
        for message in self.recorder.messages[before:]:
            self.log(f"  {screen}: melding {message}")

    def window(self, actor: Actor) -> MainWindow:
        from ksdesk.ui.main_window import MainWindow

        window = MainWindow(self.logins.services, actor, self.ui_dir, backup_check_ms=0)
        window.resize(*self.size)
        window.show()
        self.settle()
        return window

    @staticmethod
    def close(widget: QWidget) -> None:
        widget.close()
        widget.deleteLater()

    # --- the screens ---------------------------------------------------------------------------------------
    def render_all(self) -> None:
        self.attempt("eerste-start", self.first_run)
        self.attempt("login", self.login)
        if self.only is not None and self.only <= {"eerste-start", "login"}:
            return
        midwife = self.window(self.logins.midwife)
        try:
            self.midwife_screens(midwife)
        finally:
            self.discard(midwife)
        assistant = self.window(self.logins.assistant)
        try:
            self.assistant_screens(assistant)
        finally:
            self.discard(assistant)
        admin = self.window(self.logins.admin)
        try:
            self.admin_screens(admin)
        finally:
            self.discard(admin)

    def discard(self, window: MainWindow) -> None:
        window.client_list.cancel_pending()
        window.idle_watcher.stop()
        window._discard_on_close = True
        self.close(window)
        self.settle()

    def first_run(self) -> None:
        """The first start on a computer without a practice: the set-up wizard (on an empty store of its own)."""
        from ksdesk.app import open_services
        from ksdesk.ui.first_run import FirstRunWizard

        with tempfile.TemporaryDirectory(prefix="ksdesk-shots-new-") as folder:
            services = open_services(Path(folder))
            try:
                wizard = FirstRunWizard(services, Path(folder))
                wizard.show()
                try:
                    self.save("eerste-start", wizard)
                finally:
                    self.close(wizard)
                    self.settle()
            finally:
                services.close()

    def login(self) -> None:
        from ksdesk.app import Gate
        from ksdesk.ui.login import LoginDialog

        dialog = LoginDialog(Gate(self.data_dir))
        dialog.adjustSize()
        dialog.show()
        try:
            self.save("login", dialog)
        finally:
            dialog.reject()
            self.close(dialog)

    def midwife_screens(self, window: MainWindow) -> None:
        from PySide6.QtCore import Qt

        picks = self.picks

        def today() -> None:
            window.show_section("today")
            self.save("vandaag-verloskundige", window)

        def clients() -> None:
            window.show_section("clients")
            window.clients_stack.setCurrentWidget(window.client_list)
            window.client_list.ensure_loaded()
            self.save("clienten", window)

        def client() -> None:
            if picks.client_id is None:
                raise LookupError("geen cliënte in de demopraktijk")
            window.open_client(picks.client_id)
            window.client_page.tabs.setCurrentWidget(window.client_page.pregnancy_tab)  # her history
            self.save("client", window)

        def new_client() -> None:
            window.new_client()
            self.save("client-nieuw", window)
            window.client_page.start_new()
            window.back_to_list()

        def screening_overview() -> None:
            window.show_section("signalling")
            window.screening_page.back_to_overview()
            window.screening_page.refresh_overview()
            self.save("signalering-overzicht", window)

        def screening() -> None:
            if picks.screening_pregnancy_id is None:
                raise LookupError("geen gesignaleerde zwangerschap in de demopraktijk")
            window.open_screening(picks.screening_pregnancy_id)
            self.save("signalering", window)

        def meldcode() -> None:
            if picks.meldcode_pregnancy_id is None:
                raise LookupError("geen meldcode-casus in de demopraktijk")
            window.open_screening(picks.meldcode_pregnancy_id)
            self.settle()
            page = window.screening_page
            for row in range(page.history.rowCount()):  # a double click on that assessment in the history
                item = page.history.item(row, 0)
                if item is not None and item.data(Qt.ItemDataRole.UserRole + 1) == picks.meldcode_assessment_id:
                    page.history.cellDoubleClicked.emit(row, 0)
            self.settle()
            page.meldcode_jump.click()
            self.save("signalering-meldcode", window)

        def referrals() -> None:
            window.show_section("referrals")
            window.referrals_page.show_overview()
            self.save("verwijzingen", window)

        def referral() -> None:
            if picks.referral_id is None:
                raise LookupError("geen verwijzing met brief in de demopraktijk")
            window.open_referral(picks.referral_id)
            self.wait(300)  # the letter's pages
            self.save("verwijzing-brief", window)

        for name, step in (("vandaag-verloskundige", today), ("clienten", clients), ("client", client),
                           ("client-nieuw", new_client), ("signalering-overzicht", screening_overview),
                           ("signalering", screening), ("signalering-meldcode", meldcode),
                           ("verwijzingen", referrals), ("verwijzing-brief", referral)):
            self.attempt(name, step)

    def assistant_screens(self, window: MainWindow) -> None:
        def today() -> None:
            window.show_section("today")
            self.save("vandaag-assistent", window)

        def planning() -> None:
            window.show_section("centering")
            page = window.centering_page
            page.tabs.setCurrentIndex(0)
            page.propose()
            if page.proposal_tree.topLevelItemCount():
                page.proposal_tree.setCurrentItem(page.proposal_tree.topLevelItem(0))
            self.save("centering-planning", window)

        def group() -> None:
            if self.picks.running_group_id is None:
                raise LookupError("geen lopende Centering-groep in de demopraktijk")
            window.open_centering_group(self.picks.running_group_id)
            self.save("centering-groep", window)

        def wizard() -> None:
            from ksdesk.ui.import_dialog import ImportWizard

            dialog = ImportWizard(self.logins.services, self.logins.assistant, window)
            dialog.resize(min(self.size[0], 1000), min(self.size[1], 700))
            dialog.show()
            dialog.load(sample_export(self.ui_dir))
            try:
                self.save("import", dialog)
            finally:
                self.close(dialog)

        for name, step in (("vandaag-assistent", today), ("centering-planning", planning),
                           ("centering-groep", group), ("import", wizard)):
            self.attempt(name, step)

    def admin_screens(self, window: MainWindow) -> None:
        def monitor() -> None:
            window.show_section("monitor")
            page = window.monitor_page
            page.show_preview()
            self.save("monitor", window)

        self.attempt("monitor", monitor)
        window.show_section("admin")
        admin_page = window.admin_page
        tabs = admin_page.tabs
        for index in range(tabs.count()):
            slug = self._admin_slug(admin_page, tabs.widget(index)) or f"tab{index + 1}"

            def show_tab(index: int = index, slug: str = slug) -> None:
                tabs.setCurrentIndex(index)
                self.save(f"beheer-{slug}", window)

            self.attempt(f"beheer-{slug}", show_tab)

        def about() -> None:
            self.recorder.about = None
            window.show_about()
            if self.recorder.about is None:
                raise RuntimeError("Over ksdesk gaf geen tekst")
            box = about_box(window, *self.recorder.about)
            box.show()
            try:
                self.save("over", box)
            finally:
                self.close(box)

        self.attempt("over", about)

    @staticmethod
    def _admin_slug(admin_page: Any, widget: QWidget) -> str | None:
        from PySide6.QtWidgets import QScrollArea

        inner = widget.widget() if isinstance(widget, QScrollArea) else None
        for attribute, slug in ADMIN_TABS:
            tab = getattr(admin_page, attribute, None)
            if tab is not None and (tab is widget or tab is inner):
                return slug
        return None


def about_box(parent: QWidget, title: str, text: str) -> QWidget:
    """What dialogs.about shows (QMessageBox.about), built without exec() so it can be rendered."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    icon = QApplication.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def render(out_dir: Path, data_dir: Path, *, languages: tuple[str, ...] = LANGUAGES,
           themes: tuple[str, ...] = ("light",), size: tuple[int, int] = DEFAULT_SIZE, pregnancies: int = 300,
           optimise: bool = False, log: Callable[[str], None] = print,
           screens: tuple[str, ...] | None = None) -> tuple[list[Path], list[str]]:
    """Render every screen (or those named in `screens`, see SCREENS) for each language and theme in this
    process (at its QT_SCALE_FACTOR).

    Returns the PNG files written and the screens that failed (empty when all went well)."""
    from ksdesk.ui import i18n
    from ksdesk.ui.app import ensure_application

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    ensure_demo(data_dir, pregnancies)
    app = ensure_application()
    scale = float(os.environ.get("QT_SCALE_FACTOR") or 1)
    language_before = i18n.current_language()
    written: list[Path] = []
    failures: list[str] = []
    recorder = Recorder()
    logins = DemoLogins.open(data_dir)
    try:
        picks = DemoPicks.choose(logins)
        with recorder.installed(), tempfile.TemporaryDirectory(prefix="ksdesk-shots-ui-") as ui_dir:
            for language in languages:
                used = i18n.install(language)
                if used != language:
                    log(f"{language}: geen vertaling gevonden, de schermen zijn in het Nederlands")
                for theme_name in themes:
                    log(f"{language} {theme_name} (schaal {scale:g}):")
                    with theme(app, theme_name):
                        renderer = Renderer(app, logins, picks, out_dir, language, theme_name, size=size,
                                            scale=scale, data_dir=data_dir, ui_dir=Path(ui_dir), recorder=recorder,
                                            log=log, only=frozenset(screens) if screens else None)
                        renderer.render_all()
                    written += renderer.written
                    failures += [f"{language}-{theme_name}: {f}" for f in renderer.failures]
    finally:
        logins.close()
        i18n.install(language_before)
    if optimise:
        for path in written:
            optimise_png(path)
    return written, failures


def optimise_png(path: Path, colours: int = 256) -> None:
    """Make a screenshot small: an adaptive palette of `colours` without dithering (text stays crisp).

    Uses Pillow (installed with reportlab); without it the file is left as it is."""
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - reportlab brings Pillow
        return
    with Image.open(path) as image:
        reduced = image.convert("RGB").quantize(colours, method=Image.Quantize.MEDIANCUT,
                                                 dither=Image.Dither.NONE)
    reduced.save(path, optimize=True)


# --- command line -------------------------------------------------------------------------------------------------
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m ksdesk.ui.screenshots",
                                     description="Render every main screen of ksdesk (demo practice) to PNG.")
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--lang", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    parser.add_argument("--theme", nargs="+", choices=THEMES, default=["light"])
    parser.add_argument("--scale", nargs="+", type=float, default=[1.0], help="1 and/or 2 (high-DPI screen)")
    parser.add_argument("--data-dir", type=Path, help="the demo practice to use (made there when the folder is "
                                                      "empty); default: a new one in a temporary folder")
    parser.add_argument("--size", default=f"{DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]}",
                        help="window size in logical pixels, e.g. 1280x800")
    parser.add_argument("--pregnancies", type=int, default=300, help="size of a new demo practice")
    parser.add_argument("--optimise", action="store_true", help="reduce each PNG to 256 colours (for docs/)")
    parser.add_argument("--only", nargs="+", choices=SCREENS, metavar="SCREEN",
                        help="only these screens: " + ", ".join(SCREENS))
    return parser


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    size = _size(args.size)
    with contextlib.ExitStack() as stack:
        data_dir = args.data_dir
        if data_dir is None:
            data_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ksdesk-shots-"))) / "demo"
        data_dir.mkdir(parents=True, exist_ok=True)
        scales = list(dict.fromkeys(args.scale))
        if len(scales) == 1 and "QT_SCALE_FACTOR" not in os.environ:
            os.environ["QT_SCALE_FACTOR"] = f"{scales[0]:g}"
        current = float(os.environ.get("QT_SCALE_FACTOR") or 1)
        failed = False
        if scales == [current]:
            written, failures = render(args.out, data_dir, languages=tuple(args.lang), themes=tuple(args.theme),
                                       size=size, pregnancies=args.pregnancies, optimise=args.optimise,
                                       screens=tuple(args.only) if args.only else None)
            print(f"{len(written)} schermafdrukken in {args.out}")
            for failure in failures:
                print(f"MISLUKT: {failure}", file=sys.stderr)
            return 1 if failures or not written else 0
        ensure_demo(data_dir, args.pregnancies)  # once, before the children share it
        for scale in scales:  # QT_SCALE_FACTOR must be set before Qt starts: one process per scale
            command = [sys.executable, "-m", "ksdesk.ui.screenshots", "--out", str(args.out), "--data-dir",
                       str(data_dir), "--lang", *args.lang, "--theme", *args.theme, "--scale", f"{scale:g}",
                       "--size", args.size, "--pregnancies", str(args.pregnancies)]
            command += (["--optimise"] if args.optimise else []) + (["--only", *args.only] if args.only else [])
            env = dict(os.environ, QT_SCALE_FACTOR=f"{scale:g}")
            failed |= subprocess.run(command, env=env, check=False).returncode != 0
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
