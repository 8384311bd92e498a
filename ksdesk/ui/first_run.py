"""The first-run wizard: a new practice sets up ksdesk without training, or first looks around in a demo practice.

Pages: welcome (what ksdesk is, the language, the demo practice), the practice's details, the first beheerder,
the backup folder (embedded store only) and a summary. Each page checks its input with the rule the service
applies when it stores it (the PracticeIn record, `accounts.validate_account`, `backups.check_folder`) and shows
the Dutch message at the field; "Volgende" does not go on until the page is right. "Voltooien" stores it all with
one `AccountService.first_run` call: one transaction, so a refusal leaves the installation empty and the next
start shows the wizard again.

The demo practice lives in its own data folder (`ksdesk-demo/gegevens` next to the practice's data folder, its
backups in `ksdesk-demo/ksdesk-backups`): nothing of it reaches the practice's own folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QEvent, QIODevice, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ksdesk import paths
from ksdesk.records.errors import RecordValidationError, validate_record
from ksdesk.records.models import PracticeIn
from ksdesk.ui import dialogs, i18n
from ksdesk.ui.client_page import LiveCheck
from ksdesk.ui.i18n import translate
from ksdesk.ui.widgets import FormFields, chip, hint, message_label, new_form

if TYPE_CHECKING:  # the wizard shows before anything else; the services are loaded by then
    from ksdesk.app import Gate
    from ksdesk.services import Services
    from ksdesk.services.context import Actor

DEMO_FOLDER_NAME = "ksdesk-demo"
DEMO_PREGNANCIES = 300  # as `ksdesk demo`
LOGO_MAX_PIXELS = 600
PRACTICE_FIELDS = ("name", "agb_code", "street", "postcode", "city", "phone", "email")
ACCOUNT_FIELDS = ("username", "display_name", "password", "password_repeat")


def demo_folder(data_dir: Path) -> Path:
    """The demo practice's own data folder: `ksdesk-demo/gegevens` next to the practice's data folder (its
    backups then go to `ksdesk-demo/ksdesk-backups`, apart from the practice's)."""
    return data_dir.parent / DEMO_FOLDER_NAME / "gegevens"


class DemoUnavailable(Exception):
    """The demo practice cannot be opened (Dutch message)."""


def open_demo_practice(folder: Path, parent: QWidget | None = None, pregnancies: int = DEMO_PREGNANCIES) -> Gate:
    """The demo practice in `folder`: created first when the folder is empty (off the UI thread, with a progress
    dialog), then the way in to it. DemoUnavailable when the folder holds something else than a demo."""
    from ksdesk.app import Gate, open_services, store_state
    from ksdesk.services.errors import ServiceError
    from ksdesk.ui.background import run_with_progress

    if paths.database_url_override():
        raise DemoUnavailable(translate("FirstRunWizard", "Met een databaseserver kan ksdesk geen demopraktijk "
                                                          "naast de eigen gegevens openen."))
    try:
        state = store_state(folder)
        if state == "encrypted":  # made before: the login window opens it
            gate = Gate(folder)
            if not (gate.practice_info() or ("", False))[1]:
                raise DemoUnavailable(translate("FirstRunWizard", "In de map {folder} staat een praktijk die geen "
                                                "demo is. ksdesk opent die hier niet.").format(folder=folder))
            return gate
        services = open_services(folder)
    except DemoUnavailable:
        raise
    except Exception as exc:  # a folder that cannot be made or opened (full, read-only, newer, not ksdesk's)
        raise DemoUnavailable(str(exc)) from exc
    if state == "new":
        from ksdesk.demo import create_demo_practice

        try:
            run_with_progress(parent, translate("FirstRunWizard", "Demopraktijk"),
                              translate("FirstRunWizard", "De demopraktijk met fictieve cliënten wordt gemaakt…"),
                              lambda: create_demo_practice(services, pregnancies=pregnancies))
        except (ServiceError, ValueError, OSError) as exc:
            services.close()
            raise DemoUnavailable(str(exc)) from exc
    elif not (services.practice.public_info() or ("", False))[1]:
        services.close()
        raise DemoUnavailable(translate("FirstRunWizard", "In de map {folder} staat een praktijk die geen demo is. "
                                        "ksdesk opent die hier niet.").format(folder=folder))
    return Gate(folder, services)


def logo_png(path: Path) -> bytes | None:
    """An image file as the PNG the letters embed (at most 600 px); None when Qt cannot read it."""
    image = QImage(str(path))
    if image.isNull():
        return None
    if image.width() > LOGO_MAX_PIXELS or image.height() > LOGO_MAX_PIXELS:
        image = image.scaled(LOGO_MAX_PIXELS, LOGO_MAX_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def show_logo(preview: QLabel, png: bytes | None) -> None:
    """Show a logo in its preview label (at most 180 × 90), or "Geen logo"."""
    pixmap = QPixmap()
    if png and pixmap.loadFromData(png):
        preview.setPixmap(pixmap.scaled(180, 90, Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation))
    else:
        preview.setPixmap(QPixmap())
        preview.setText(translate("Logo", "Geen logo"))


def choose_logo_png(parent: QWidget) -> bytes | None:
    """Ask for an image file and return it as the letters' PNG; a file Qt cannot read is refused with a message."""
    path = dialogs.open_file(parent, translate("Logo", "Logo kiezen"),
                             translate("Logo", "Afbeeldingen (*.png *.jpg *.jpeg *.bmp)"))
    if path is None:
        return None
    png = logo_png(path)
    if png is None:
        dialogs.error(parent, translate("Logo", "Logo"),
                      translate("Logo", "Dit bestand is geen afbeelding die ksdesk kan lezen."))
    return png


def _plain(title: str) -> str:
    """A label's text without its &-shortcut marker, for messages that name the field."""
    return title.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _capped(layout: QFormLayout, width: int = 620) -> QWidget:
    """A form in a box of at most `width` pixels: short fields stay a readable length on a wide window."""
    box = QWidget()
    box.setLayout(layout)
    layout.setContentsMargins(0, 0, 0, 0)
    box.setMaximumWidth(width)
    return box


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _Page(QWizardPage):
    """A wizard page with a short introduction, its own texts (retranslated when the language changes) and a
    summary line under the form that names the fields still to correct."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 0, 4, 0)
        self.layout_.setSpacing(10)
        self.intro = hint("")
        self.intro.setObjectName("intro")
        self.layout_.addWidget(self.intro)
        self.message = message_label("page_message")
        self.fields = FormFields(self)
        self.titles: dict[str, str] = {}

    def wizard_(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard

    def retranslate(self) -> None:  # each page sets its texts here
        raise NotImplementedError

    def first_field(self) -> QWidget | None:
        return None

    def initializePage(self) -> None:
        self.set_step_title()
        field = self.first_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.TabFocusReason)

    def set_step_title(self) -> None:
        wizard = self.wizard()
        if wizard is None:
            return
        ids = wizard.pageIds()
        step = next((i + 1 for i, page_id in enumerate(ids) if wizard.page(page_id) is self), 1)
        self.setSubTitle(self.tr("Stap {step} van {count}").format(step=step, count=len(ids)))

    def set_titles(self, titles: dict[str, str]) -> None:
        """Field titles (with &-shortcuts) on the row labels."""
        self.titles = titles
        for name, title in titles.items():
            if name in self.fields.row_labels:
                self.fields.row_labels[name].setText(title)

    def refuse(self, messages: dict[str, str]) -> bool:
        """Show each message at its field and a summary line naming the fields; False (stay on the page)."""
        rest = self.fields.show_errors(messages)
        named = [_plain(self.titles.get(name, name)) for name in self.fields.widgets if messages.get(name)]
        lines = []
        if named:
            lines.append(self.tr("Controleer eerst: {fields}.").format(fields=", ".join(named)))
        lines.extend(rest.values())
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))
        first = next((self.fields.widgets[name] for name in self.fields.widgets if messages.get(name)), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def accept_page(self) -> bool:
        self.fields.clear_errors()
        self.message.hide()
        return True


class WelcomePage(_Page):
    """What ksdesk is, the language, and the way to the demo practice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro.setStyleSheet("")  # the two sentences about ksdesk are the page's main text
        self.intro.setObjectName("about")
        self.needed = hint("")
        self.needed.setObjectName("needed")
        self.layout_.addWidget(self.needed)
        self.layout_.addSpacing(6)
        row = QHBoxLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own name: not translated
        current = self.language.findData(i18n.current_language())
        self.language.setCurrentIndex(max(current, 0))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.language_note = hint("")
        self.language_note.setWordWrap(False)
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addSpacing(8)
        row.addWidget(self.language_note)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addSpacing(14)
        self.demo_box = QGroupBox()
        self.demo_box.setObjectName("demo_box")
        demo = QVBoxLayout(self.demo_box)
        self.demo_text = hint("")
        demo.addWidget(self.demo_text)
        row = QHBoxLayout()
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("demo_button")
        self.demo_chip = chip("DEMO", "demo")
        row.addWidget(self.demo_button)
        row.addWidget(self.demo_chip)
        row.addStretch(1)
        demo.addLayout(row)
        self.layout_.addWidget(self.demo_box)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.message)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welkom bij ksdesk"))
        self.intro.setText(self.tr(
            "ksdesk ondersteunt de verloskundigenpraktijk bij Kansrijke Start: signaleren van kwetsbaarheid, "
            "doorverwijzen naar JGZ en wijkteam, en het plannen van CenteringZwangerschap-groepen. "
            "De gegevens blijven in de praktijk, versleuteld, en alleen wie een account heeft kan erbij."))
        self.needed.setText(self.tr(
            "Inrichten duurt een paar minuten. Houd bij de hand: de AGB-code van de praktijk en eventueel het "
            "logo. Je maakt het account van de beheerder aan en kiest waar de reservekopieën komen."))
        self.language_label.setText(self.tr("&Taal"))
        self.language_note.setText(self.tr("Later te wijzigen in Beheer › Praktijk."))
        self.demo_box.setTitle(self.tr("Eerst rondkijken?"))
        self.demo_text.setText(self.tr(
            "Bekijk een demopraktijk met verzonnen cliënten. Die staat in een eigen map, los van de gegevens "
            "van je praktijk. Sluit je de demo, dan start ksdesk de volgende keer weer met deze wizard."))
        self.demo_button.setText(self.tr("Eerst de &demopraktijk bekijken"))
        self.demo_chip.setText(self.tr("DEMO – fictieve gegevens"))

    def first_field(self) -> QWidget | None:
        return self.language


class PracticePage(_Page):
    """Name, AGB code, address and contact of the practice, and its logo (for the letterhead)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        form = new_form()
        for name in PRACTICE_FIELDS:
            edit = self.fields.add(form, name, name, QLineEdit())
            if name == "agb_code":
                edit.setMaxLength(12)
        columns.addLayout(form, 3)
        self.logo_box = QGroupBox()
        logo = QVBoxLayout(self.logo_box)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setMinimumSize(180, 90)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        logo.addWidget(self.logo_preview)
        buttons = QHBoxLayout()
        self.choose_logo_button = QPushButton()
        self.choose_logo_button.setObjectName("choose_logo_button")
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton()
        self.remove_logo_button.setObjectName("remove_logo_button")
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        logo.addLayout(buttons)
        self.logo_note = hint("")
        logo.addWidget(self.logo_note)
        logo.addStretch(1)
        columns.addWidget(self.logo_box, 2)
        self.layout_.addLayout(columns)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.message)
        self.logo: bytes | None = None
        self.live = LiveCheck(self.fields, PracticeIn, self)
        self.set_logo(None)

    def retranslate(self) -> None:
        self.setTitle(self.tr("De praktijk"))
        self.intro.setText(self.tr(
            "Deze gegevens staan op de brieven en in de monitorexport. Alleen naam en AGB-code zijn verplicht; "
            "de rest kan later in Beheer › Praktijk."))
        self.set_titles({
            "name": self.tr("&Naam praktijk"), "agb_code": self.tr("&AGB-code"),
            "street": self.tr("&Straat en huisnummer"), "postcode": self.tr("&Postcode"),
            "city": self.tr("Pl&aats"), "phone": self.tr("&Telefoon"), "email": self.tr("&E-mail"),
        })
        self.fields.widgets["agb_code"].setPlaceholderText(self.tr("8 cijfers, bijvoorbeeld 03012345"))
        self.logo_box.setTitle(self.tr("Logo (briefhoofd)"))
        self.choose_logo_button.setText(self.tr("&Logo kiezen…"))
        self.remove_logo_button.setText(self.tr("&Verwijderen"))
        self.logo_note.setText(self.tr("Niet verplicht. PNG, JPG of BMP."))
        if self.logo is None:
            self.logo_preview.setText(self.tr("Geen logo"))

    def first_field(self) -> QWidget | None:
        return self.fields.widgets["name"]

    def choose_logo(self) -> None:
        png = choose_logo_png(self)
        if png is not None:
            self.set_logo(png)

    def set_logo(self, png: bytes | None) -> None:
        self.logo = png
        show_logo(self.logo_preview, png)
        self.remove_logo_button.setEnabled(png is not None)

    def data(self) -> dict[str, object]:
        values: dict[str, object] = {name: self.fields.value(name) for name in PRACTICE_FIELDS}
        values["logo_png"] = self.logo
        return values

    def validatePage(self) -> bool:
        """The same record check the service makes when it stores the practice."""
        try:
            validate_record(PracticeIn, self.data())
        except RecordValidationError as exc:
            self.live.touch_all()
            return self.refuse(dict(exc.messages))
        return self.accept_page()


class AccountPage(_Page):
    """The first beheerder: user name, name and password (twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = new_form()
        self.notes: dict[str, QLabel] = {}
        for name in ACCOUNT_FIELDS:
            edit = _password_edit() if name.startswith("password") else QLineEdit()
            self.fields.add(form, name, name, edit, note=" " if name in ("username", "password") else "")
            if name in ("username", "password"):
                container = self.fields.widgets[name].parentWidget()
                self.notes[name] = next(w for w in container.findChildren(QLabel)
                                        if w is not self.fields.error_labels[name])
        self.layout_.addWidget(_capped(form))
        self.after = hint("")
        self.after.setObjectName("after_setup")
        self.layout_.addWidget(self.after)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.message)

    def retranslate(self) -> None:
        self.setTitle(self.tr("De eerste beheerder"))
        self.intro.setText(self.tr(
            "De beheerder maakt de accounts van collega's aan, kiest de instellingen en zorgt voor de "
            "reservekopieën. Vaak is dat een van de verloskundigen. Iedereen krijgt later een eigen account."))
        self.set_titles({"username": self.tr("&Gebruikersnaam"), "display_name": self.tr("&Naam"),
                         "password": self.tr("&Wachtwoord"), "password_repeat": self.tr("Wachtwoord &herhalen")})
        self.fields.widgets["display_name"].setPlaceholderText(self.tr("Voornaam Achternaam"))
        self.notes["username"].setText(self.tr("Kleine letters, cijfers, punt of streepje; bijvoorbeeld ria."))
        self.notes["password"].setText(self.tr(
            "Minstens 12 tekens. Een zin van een paar woorden onthoud je het makkelijkst."))
        self.after.setText(self.tr(
            "Na het aanmelden toont ksdesk eenmalig de herstelsleutel van de praktijk: print die en bewaar hem "
            "in de kluis. Daarmee kom je weer bij de gegevens als niemand meer kan inloggen."))

    def first_field(self) -> QWidget | None:
        return self.fields.widgets["username"]

    def validatePage(self) -> bool:
        """The account rules of the service (user name, name, password strength), and the repeat."""
        from ksdesk.services.accounts import validate_account
        from ksdesk.services.errors import ValidationError

        values = self.fields.values()
        messages: dict[str, str] = {}
        try:
            validate_account(str(values["username"]), str(values["display_name"]), str(values["password"]))
        except ValidationError as exc:
            messages.update(exc.messages)
        if values["password"] != values["password_repeat"] and "password" not in messages:
            messages["password_repeat"] = self.tr("De wachtwoorden zijn niet gelijk.")
        if messages:
            return self.refuse(messages)
        return self.accept_page()


class BackupPage(_Page):
    """Where the backups go: the default folder, or another one (a second disk, a network share)."""

    def __init__(self, default: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default = default
        form = new_form()
        self.folder = self.fields.add(form, "folder", "folder", QLineEdit(str(default)))
        assert isinstance(self.folder, QLineEdit)
        self.layout_.addWidget(_capped(form, 680))
        buttons = QHBoxLayout()
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose_folder_button")
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton()
        self.default_button.setObjectName("default_folder_button")
        self.default_button.clicked.connect(lambda: self.folder.setText(str(self.default)))
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.advice = hint("")
        self.layout_.addWidget(self.advice)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.message)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Reservekopieën"))
        self.intro.setText(self.tr(
            "ksdesk maakt elke dag en bij het afsluiten een versleutelde reservekopie en controleert die. "
            "Kies waar die komen te staan."))
        self.set_titles({"folder": self.tr("&Map voor reservekopieën")})
        self.choose_button.setText(self.tr("Andere map &kiezen…"))
        self.default_button.setText(self.tr("&Standaardmap"))
        self.advice.setText(self.tr(
            "Het veiligst is een map op een andere schijf of een netwerkmap: gaat deze computer kapot, dan "
            "zijn de kopieën er nog. De map is later te wijzigen in Beheer › Reservekopieën."))

    def first_field(self) -> QWidget | None:
        return self.folder

    def choose_folder(self) -> None:
        current = Path(self.folder.text().strip() or self.default)
        chosen = dialogs.choose_folder(self, self.tr("Map voor reservekopieën kiezen"),
                                       current if current.exists() else current.parent)
        if chosen is not None:
            self.folder.setText(str(chosen))
            self.validatePage()

    def chosen(self) -> Path | None:
        """The chosen folder, None for the default (then it follows the data folder, as in Beheer)."""
        text = self.folder.text().strip()
        if not text or Path(text).expanduser() == self.default:
            return None
        return Path(text).expanduser()

    def validatePage(self) -> bool:
        """The backup service's own check: a full path where ksdesk can write (made when missing)."""
        from ksdesk.services.backups import check_folder
        from ksdesk.services.errors import ValidationError

        text = self.folder.text().strip()
        try:
            check_folder(text or self.default)
        except ValidationError as exc:
            return self.refuse(dict(exc.messages))
        return self.accept_page()


class SummaryPage(_Page):
    """Everything entered, to check before "Voltooien" stores it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}
        groups = {"practice_box": ("practice", "agb_code", "address", "contact"), "account_box": ("account",),
                  "backup_box": ("backup", "language")}
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left = QVBoxLayout()
        for box_name, names in groups.items():
            box = QGroupBox()
            box.setObjectName(f"summary_{box_name}")
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.setHorizontalSpacing(18)
            for name in names:
                label = QLabel()
                value = QLabel()
                value.setObjectName(f"summary_{name}")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(label, value)
                self.row_labels[name] = label
                self.values[name] = value
            self.boxes[box_name] = box
            left.addWidget(box)
        left.addStretch(1)
        columns.addLayout(left, 3)
        self.logo_box = QGroupBox()
        logo = QVBoxLayout(self.logo_box)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("summary_logo")
        self.logo_preview.setMinimumSize(180, 90)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo.addWidget(self.logo_preview)
        logo.addStretch(1)
        columns.addWidget(self.logo_box, 2, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(columns)
        self.layout_.addStretch(1)
        self.after = hint("")
        self.layout_.addWidget(self.after)
        self.layout_.addWidget(self.message)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Controleren en voltooien"))
        self.intro.setText(self.tr(
            "Klopt alles? Met Vorige pas je iets aan. Voltooien legt alles in één keer vast."))
        titles = {"practice": self.tr("Naam"), "agb_code": self.tr("AGB-code"), "address": self.tr("Adres"),
                  "contact": self.tr("Contact"), "account": self.tr("Beheerder"),
                  "backup": self.tr("Reservekopieën"), "language": self.tr("Taal")}
        for name, title in titles.items():
            self.row_labels[name].setText(title)
        width = max(label.fontMetrics().horizontalAdvance(label.text()) for label in self.row_labels.values())
        for label in self.row_labels.values():  # one column of values across the boxes
            label.setMinimumWidth(width + 4)
        self.boxes["practice_box"].setTitle(self.tr("Praktijk"))
        self.boxes["account_box"].setTitle(self.tr("Eerste account"))
        self.boxes["backup_box"].setTitle(self.tr("Instellingen"))
        self.logo_box.setTitle(self.tr("Logo"))
        self.after.setText(self.tr(
            "Daarna meld je je aan met de nieuwe gebruikersnaam en het wachtwoord."))
        if self.wizard() is not None:
            self.fill()

    def initializePage(self) -> None:
        super().initializePage()
        self.fill()
        self.message.hide()

    def fill(self) -> None:
        wizard = self.wizard_()
        practice = wizard.practice_page.fields.values()
        account = wizard.account_page.fields.values()
        dash = "–"
        self.values["practice"].setText(str(practice["name"]).strip())
        self.values["agb_code"].setText(str(practice["agb_code"]).strip())
        place = " ".join(str(practice[n]).strip() for n in ("postcode", "city") if str(practice[n]).strip())
        address = ", ".join(part for part in (str(practice["street"]).strip(), place) if part)
        self.values["address"].setText(address or dash)
        contact = ", ".join(str(practice[n]).strip() for n in ("phone", "email") if str(practice[n]).strip())
        self.values["contact"].setText(contact or dash)
        show_logo(self.logo_preview, wizard.practice_page.logo)
        self.values["account"].setText(self.tr("{name} (gebruikersnaam {username})").format(
            name=str(account["display_name"]).strip(), username=str(account["username"]).strip().lower()))
        if wizard.backup_page is not None:
            folder = wizard.backup_page.folder.text().strip() or str(wizard.backup_page.default)
            self.values["backup"].setText(folder)
        else:
            self.values["backup"].setText(self.tr("door de databaseserver"))
        self.values["language"].setText(i18n.LANGUAGES.get(i18n.current_language(), ""))

    def validatePage(self) -> bool:
        return self.wizard_().store()


class FirstRunWizard(QWizard):
    """First start: welcome (or the demo practice), practice, first beheerder, backup folder, summary.

    After Voltooien: `actor` and `username_created` are set. After the demo choice the wizard ends with
    DEMO_RESULT and `demo_gate` opens the demo practice."""

    DEMO_RESULT = 2
    demo_pregnancies = DEMO_PREGNANCIES

    def __init__(self, services: Services, data_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        store_path = services.store.path
        if data_dir is None and store_path is not None:
            data_dir = store_path.parent
        self.data_dir = data_dir
        self.actor: Actor | None = None
        self.username_created = ""
        self.demo_gate: Gate | None = None
        self.setObjectName("first_run_wizard")
        if self.wizardStyle() == QWizard.WizardStyle.ClassicStyle:  # (Windows and macOS keep their own style)
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap,
                       QIcon(str(paths.resource("icons", "ksdesk.svg"))).pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.welcome_page = WelcomePage()
        self.practice_page = PracticePage()
        self.account_page = AccountPage()
        self.backup_page: BackupPage | None = None
        self.summary_page = SummaryPage()
        pages: list[_Page] = [self.welcome_page, self.practice_page, self.account_page]
        if store_path is not None:  # a database server has its own backups
            from ksdesk.services.backups import default_folder

            self.backup_page = BackupPage(default_folder(store_path.parent))
            pages.append(self.backup_page)
        pages.append(self.summary_page)
        for page in pages:
            self.addPage(page)
        self.pages_: list[_Page] = pages
        self.welcome_page.language.currentIndexChanged.connect(self._language_chosen)
        self.welcome_page.demo_button.clicked.connect(self.open_demo)
        # the demo goes to a folder of its own: only possible for the embedded store with a data folder
        self.welcome_page.demo_box.setVisible(data_dir is not None and store_path is not None)
        self.setMinimumSize(760, 560)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ksdesk inrichten"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< V&orige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Voltooien"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Afsluiten"))
        for page in self.pages_:
            page.retranslate()
            if page.wizard() is not None:
                page.set_step_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, _index: int) -> None:
        code = str(self.welcome_page.language.currentData())
        if self.data_dir is not None:
            try:
                i18n.save_language(self.data_dir, code)
            except OSError as exc:
                self.welcome_page.message.setText(self.tr(
                    "De taalkeuze kon niet worden bewaard: {reason}").format(reason=exc.strerror or exc))
                self.welcome_page.message.show()
        i18n.install(code)
        self.retranslate()

    # --- the demo practice -----------------------------------------------------------------------------
    def open_demo(self) -> None:
        """Create (the first time) and open the demo practice in its own folder; ends the wizard."""
        assert self.data_dir is not None
        try:
            self.demo_gate = open_demo_practice(demo_folder(self.data_dir), self, self.demo_pregnancies)
        except DemoUnavailable as exc:
            dialogs.error(self, self.tr("Demopraktijk"), str(exc))
            return
        self.done(self.DEMO_RESULT)

    # --- storing ----------------------------------------------------------------------------------------
    def store(self) -> bool:
        """Store practice, beheerder and backup folder in one service call. On a refusal go to the page of
        the field concerned and show the message there; nothing is stored then."""
        from ksdesk.services.errors import ServiceError, ValidationError

        account = self.account_page.fields.values()
        backup = self.backup_page.chosen() if self.backup_page is not None else None
        try:
            self.actor = self._services.accounts.first_run(
                self.practice_page.data(), str(account["username"]), str(account["display_name"]),
                str(account["password"]), backup_folder=backup)
        except ValidationError as exc:
            self._show_refusal(dict(exc.messages))
            return False
        except (ServiceError, OSError) as exc:
            reason = str(exc) if isinstance(exc, ServiceError) else (exc.strerror or str(exc))
            self.summary_page.message.setText(self.tr("Niet ingericht: {reason}").format(reason=reason))
            self.summary_page.message.show()
            return False
        self.username_created = self.actor.username
        return True

    def _show_refusal(self, messages: dict[str, str]) -> None:
        owner = next((page for page in self.pages_ if set(messages) & set(page.fields.widgets)),
                     self.summary_page)
        if owner is self.summary_page:
            self.summary_page.message.setText("\n".join(messages.values()))
            self.summary_page.message.show()
            return
        while self.currentPage() is not owner and self.currentId() != self.startId():
            self.back()
        owner.refuse(messages)
