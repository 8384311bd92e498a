"""Keyboard and screen-reader care for a whole screen at once.

Qt names a field after its label only when the label (the one with `setBuddy`) is the field's sibling. FormFields
puts each field in a small container with its error line, so a screen reader would hear "edit field" without the
label: `name_fields_after_labels` gives such fields their label's text as accessible name (and keeps it current
when the label changes). `keyboard_defaults` makes Tab leave tables and text boxes (arrows move inside a table;
nobody types a tab character in a note) and takes scroll areas whose content has its own controls out of the tab
order (focusing a control scrolls it into view, the area itself is an empty stop). `prepare_screen` does both; the
main window runs it on every section it shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

_FROM_LABEL = "ksdeskNameFromLabel"  # the accessible name was set here, from this text


def label_text(label: QLabel) -> str:
    """A label's text as a screen reader should say it: without the mnemonic '&' and a trailing colon."""
    text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":").strip()


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for a control, as Qt gives it on Windows.

    For a combo box Qt on Linux reports its current text as name (and the label through a relation); on Windows
    the name comes from accessibleName or a sibling buddy label. The Windows rule is the one checked here."""
    if isinstance(widget, QComboBox):
        if widget.accessibleName().strip():
            return widget.accessibleName()
        parent = widget.parentWidget()
        if parent is not None:
            for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if label.buddy() is widget:
                    return label_text(label)
        return ""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def name_fields_after_labels(root: QWidget) -> None:
    """Every field with a buddy label gets the label's text as accessible name, unless it has its own."""
    for label in root.findChildren(QLabel):
        field = label.buddy()
        if field is None or (isinstance(field, QAbstractButton) and field.text().strip()):
            continue  # a check box says what it is itself ("Tolk nodig" says more than its row's "Tolk")
        if label.parentWidget() is field.parentWidget() and field.property(_FROM_LABEL) is None:
            continue  # Qt finds a sibling label itself, and follows it when its text changes
        text = label_text(label)
        ours = field.property(_FROM_LABEL)
        if field.accessibleName() and ours is None:
            continue  # named by hand: keep it
        if text and ours != text:
            field.setAccessibleName(text)
            field.setProperty(_FROM_LABEL, text)


def keyboard_defaults(root: QWidget) -> None:
    """Tab leaves tables and text boxes; scroll areas around controls are no Tab stop of their own."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for edit in root.findChildren(QPlainTextEdit):
        edit.setTabChangesFocus(True)
    for text_edit in root.findChildren(QTextEdit):
        text_edit.setTabChangesFocus(True)
    for area in root.findChildren(QScrollArea):
        content = area.widget()
        if content is not None and _has_tab_stop(content):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def _has_tab_stop(widget: QWidget) -> bool:
    for child in widget.findChildren(QWidget):
        if isinstance(child, QScrollArea):
            continue  # a nested area is no control of its own
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus:
            return True
    return False


def prepare_screen(root: QWidget) -> None:
    """Both of the above, for a screen that has just been built or shown."""
    name_fields_after_labels(root)
    keyboard_defaults(root)
