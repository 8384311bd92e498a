"""The manual window: it opens beside the work, shows the manual with its pictures, its contents and a find bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from ksdesk.ui.help_window import ManualWindow, manual_path, show_manual, slug

SHOTS = Path("/tmp/shots/help")


def _images(window: ManualWindow) -> list[str]:
    names = []
    block = window.browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                names.append(char_format.toImageFormat().name())
            iterator += 1
        block = block.next()
    return names


def test_the_manual_is_found_in_the_source_tree_with_its_pictures() -> None:
    path = manual_path()
    assert path.is_file()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Handleiding ksdesk")
    pictures = [line.split("](", 1)[1].split(")", 1)[0] for line in text.splitlines() if line.startswith("![")]
    assert len(pictures) >= 15
    assert [p for p in pictures if not (path.parent / p).is_file()] == []


def test_show_manual_opens_one_non_modal_window_with_contents_pictures_and_find(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    window = show_manual(parent)

    assert window.isVisible() and not window.isModal()
    assert window.isWindow()
    assert show_manual(parent) is window  # a second F1 brings the same window forward
    headings = window.headings()
    assert headings[0] == "Handleiding ksdesk"
    for title in ("Aan de slag", "De verloskundige", "De praktijkassistent", "De beheerder en coördinator",
                  "Signaleren met de Kwetsbaarheid Rotterdam", "Reservekopieën", "Als er iets misgaat"):
        assert title in headings
    assert "De afbeeldingen komen uit de demopraktijk" not in window.browser.toPlainText()  # the comment is hidden

    images = _images(window)
    assert len(images) >= 15
    document = window.browser.document()
    for name in images:  # every picture loads, and fits the text area
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name

    window.resize(900, 700)
    qtbot.waitUntil(lambda: window.browser.viewport().width() < 700)
    window._fit_images()
    widths = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                widths.append(char_format.toImageFormat().width())
            iterator += 1
        block = block.next()
    assert widths and max(widths) <= window.browser.viewport().width()

    # Ctrl+F puts the cursor in the find field; typing finds the word, Enter the next place
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.browser.setFocus()
    qtbot.keyClick(window.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_field.hasFocus)
    qtbot.keyClicks(window.find_field, "herstelsleutel")
    first = window.browser.textCursor().selectionStart()
    assert window.browser.textCursor().selectedText().lower() == "herstelsleutel"
    qtbot.keyClick(window.find_field, Qt.Key.Key_Return)
    assert window.browser.textCursor().selectionStart() > first
    window.find_field.setText("woord-dat-er-niet-in-staat")
    assert not window.find_next()
    assert window.find_message.text() == "Niet gevonden"

    # the contents lead to a heading; so does a link in the text
    window.browser.verticalScrollBar().setValue(0)
    assert window.go_to_heading("Reservekopieën")
    assert window.browser.verticalScrollBar().value() > 0
    assert window.browser.textCursor().block().text() == "Reservekopieën"
    window.browser.anchorClicked.emit(QUrl("#als-er-iets-misgaat"))
    assert window.browser.textCursor().block().text() == "Als er iets misgaat"

    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1100, 760)
    window.go_to_heading("Signaleren met de Kwetsbaarheid Rotterdam")
    window.grab().save(str(SHOTS / "handleiding.png"))


def test_headings_become_anchors_as_on_github() -> None:
    assert slug("De beheerder en coördinator") == "de-beheerder-en-coördinator"
    assert slug("Een cliënte zoeken") == "een-cliënte-zoeken"
    assert slug("Lijsten en agenda") == "lijsten-en-agenda"


def test_every_link_in_the_manual_leads_to_a_heading(qtbot: Any) -> None:
    window = ManualWindow()
    qtbot.addWidget(window)
    text = manual_path().read_text(encoding="utf-8")
    anchors = [part.split(")", 1)[0] for part in text.split("](#")[1:]]
    assert anchors
    assert [anchor for anchor in anchors if anchor not in window.anchors] == []


def test_a_missing_manual_says_where_it_should_be(qtbot: Any, tmp_path: Path) -> None:
    window = ManualWindow(tmp_path / "handleiding.md")
    qtbot.addWidget(window)
    assert window.headings() == ["Handleiding niet gevonden"]
    assert str(tmp_path) in window.browser.toPlainText()
