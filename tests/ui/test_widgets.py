"""Shared form pieces: a FormFields field is named for a screen reader by its label, without the window's pass."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ksdesk.ui.widgets import FormFields, new_form


def test_a_form_field_is_named_by_its_label(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    form = new_form()
    host.setLayout(form)
    fields = FormFields(host)
    surname = fields.add(form, "surname", "&Achternaam", QLineEdit())
    named = QLineEdit()
    named.setAccessibleName("Zoekterm")
    kept = fields.add(form, "query", "&Zoeken", named)
    box = fields.add(form, "flag", "", QCheckBox("Tweede begeleider"))
    assert surname.accessibleName() == "Achternaam"  # without the &-shortcut marker
    assert kept.accessibleName() == "Zoekterm"  # a name given on purpose stays
    assert box.accessibleName() == ""  # no label: the check box speaks its own text
    assert fields.row_labels["surname"].buddy() is surname
