"""The manual (docs/handleiding.md) in a window of its own: contents on the left, the text with its pictures on the
right, and Ctrl+F to find a word. Non-modal: it stays open beside the work (F1 and Help › Handleiding open it)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QResizeEvent, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ksdesk import paths
from ksdesk.ui.i18n import translate

MANUAL_FILE = "handleiding.md"
BLOCK_ROLE = Qt.ItemDataRole.UserRole + 1  # the heading's block number in the document
IMAGE_MARGIN = 24


def manual_path() -> Path:
    """Where the manual is: the packaged copy in resources/help/ when there is one, else the source tree's
    docs/handleiding.md (its pictures in docs/handleiding/ beside it)."""
    try:
        packaged = paths.resource("help", MANUAL_FILE)
    except FileNotFoundError:  # no resources folder at all
        packaged = None
    if packaged is not None and packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "docs" / MANUAL_FILE


def slug(text: str) -> str:
    """A heading's anchor as GitHub makes it ('Cliënt zoeken of inschrijven' → 'cliënt-zoeken-of-inschrijven'),
    so links like [zie Signaleren](#signaleren) work on GitHub and in this window alike."""
    text = unicodedata.normalize("NFC", text.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


class ManualWindow(QWidget):
    """The manual: a table of contents from its headings, the text, and a find bar (Ctrl+F, Enter, F3)."""

    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("manual_window")
        self.setWindowTitle(self.tr("Handleiding – ksdesk"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.path = path or manual_path()
        self.contents = QTreeWidget()
        self.contents.setObjectName("manual_contents")
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Inhoud"))
        self.contents.itemActivated.connect(self._go_to_item)
        self.contents.itemClicked.connect(self._go_to_item)
        self.browser = QTextBrowser()
        self.browser.setObjectName("manual_text")
        self.browser.setAccessibleName(self.tr("Handleiding"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow_link)
        self.find_field = QLineEdit()
        self.find_field.setObjectName("manual_find")
        self.find_field.setPlaceholderText(self.tr("Zoeken in de handleiding (Ctrl+F)"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setAccessibleName(self.tr("Zoeken in de handleiding"))
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textEdited.connect(self._find_from_top)
        self.previous_button = QPushButton(self.tr("Vorige"))
        self.previous_button.setObjectName("manual_find_previous")
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = QPushButton(self.tr("Volgende"))
        self.next_button.setObjectName("manual_find_next")
        self.next_button.clicked.connect(self.find_next)
        self.find_message = QLabel()
        self.find_message.setObjectName("manual_find_message")

        find_row = QHBoxLayout()
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(self.previous_button)
        find_row.addWidget(self.next_button)
        find_row.addWidget(self.find_message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(find_row)
        layout.addWidget(splitter, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_find)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, self.find_previous)
        QShortcut(QKeySequence("Shift+Return"), self.find_field, self.find_previous)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(1100, 760)
        self.load()

    # --- loading ------------------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the manual and build the contents from its headings."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            text = translate("ManualWindow", "# Handleiding niet gevonden\n\nDe handleiding hoort te staan in "
                                             "`{path}`. Installeer ksdesk opnieuw of vraag de beheerder.").format(
                path=self.path)
        folder = str(self.path.parent)
        self.browser.setSearchPaths([folder])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(folder + "/"))
        self.browser.setMarkdown(re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL))  # notes for the editors
        self._fit_images()
        self._build_contents()

    def _build_contents(self) -> None:
        self.contents.clear()
        self.anchors: dict[str, int] = {}
        parents: dict[int, QTreeWidgetItem] = {}
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level > 0:
                title = block.text().strip()
                self.anchors.setdefault(slug(title), block.blockNumber())
                item = QTreeWidgetItem([title])
                item.setData(0, BLOCK_ROLE, block.blockNumber())
                parent = next((parents[lvl] for lvl in range(level - 1, 0, -1) if lvl in parents), None)
                if parent is None:
                    self.contents.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                parents[level] = item
                for deeper in [lvl for lvl in parents if lvl > level]:
                    del parents[deeper]
            block = block.next()
        self.contents.expandToDepth(1)

    def _fit_images(self) -> None:
        """Pictures no wider than the text area (screenshots are 1280 pixels wide)."""
        document = self.browser.document()
        available = max(200, self.browser.viewport().width() - IMAGE_MARGIN)
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                char_format = fragment.charFormat()
                if char_format.isImageFormat():
                    image_format = char_format.toImageFormat()
                    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image_format.name()))
                    natural = image.width() / max(1.0, image.devicePixelRatio()) if image is not None else 0
                    width = min(natural, available) if natural else available
                    if natural and abs(image_format.width() - width) > 1:
                        image_format.setWidth(width)
                        image_format.setHeight(image.height() * width / image.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image_format)
                iterator += 1
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_images()

    # --- moving around ------------------------------------------------------------------------------------
    def headings(self) -> list[str]:
        """The titles in the contents, in order (depth first)."""
        titles: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            titles.append(item.text(0))
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.contents.topLevelItemCount()):
            walk(self.contents.topLevelItem(index))
        return titles

    def go_to_heading(self, title: str) -> bool:
        """Scroll so that the heading with this title is at the top; False when there is none."""
        number = self.anchors.get(slug(title))
        if number is None:
            return False
        self._scroll_to_block(number)
        return True

    def _go_to_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        number = item.data(0, BLOCK_ROLE)
        if number is not None:
            self._scroll_to_block(int(number))

    def _scroll_to_block(self, number: int) -> None:
        document = self.browser.document()
        block = document.findBlockByNumber(number)
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def _follow_link(self, url: QUrl) -> None:
        if url.hasFragment() and (not url.path() or url.path().endswith(self.path.name)):
            number = self.anchors.get(url.fragment())
            if number is not None:
                self._scroll_to_block(number)
            return
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    # --- finding --------------------------------------------------------------------------------------------
    def focus_find(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def _find_from_top(self, _text: str = "") -> None:
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.find_next()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, *, backward: bool) -> bool:
        """Select the next (or previous) place of the text in the find field, wrapping round at the end."""
        text = self.find_field.text().strip()
        if not text:
            self.find_message.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:  # wrap round
            self.browser.moveCursor(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            found = self.browser.find(text, flags)
        self.find_message.setText("" if found else self.tr("Niet gevonden"))
        return found


def show_manual(parent: QWidget | None = None) -> ManualWindow:
    """Open the manual beside the work (or bring it to the front when it is open already)."""
    owner: QObject | None = parent
    window = owner.findChild(ManualWindow, "manual_window") if owner is not None else None
    if window is None:
        window = ManualWindow(parent=parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
