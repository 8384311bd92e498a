"""pytest-qt fixtures for the UI: dialogs never open modally, windows are built on the real services."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.ui import dialogs


@dataclass
class DialogRecorder:
    """Stands in for ksdesk.ui.dialogs: records each call and answers without a modal exec()."""

    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    unsaved_answer: str = "discard"
    confirm_answer: bool = True
    save_path: Path | None = None  # what the save-file picker "chooses"
    open_path: Path | None = None  # what the open-file picker "chooses"
    folder_path: Path | None = None  # what the folder picker "chooses"
    print_answer: bool = True  # whether the print dialog "prints"
    printed: list[bytes] = field(default_factory=list)  # the PDFs sent to print_pdf
    save_recovery_codes: bool = False  # the answer in the recovery-codes box
    break_glass_reason: str | None = "Cliënte belt met bloedverlies; haar verloskundige is onbereikbaar"
    break_glass_messages: list[str] = field(default_factory=list)  # refusals shown in the reason dialog

    def names(self) -> list[str]:
        return [name for name, _args in self.calls]

    def texts(self) -> list[str]:
        return [" ".join(str(a) for a in args) for _name, args in self.calls]


@pytest.fixture(autouse=True)
def dialog_recorder(monkeypatch: pytest.MonkeyPatch) -> Iterator[DialogRecorder]:
    """Every test: message boxes and pickers are recorded, never shown."""
    recorder = DialogRecorder()

    def record(name: str, answer: Callable[[], Any]) -> Callable[..., Any]:
        def fake(_parent: Any, *args: Any) -> Any:
            recorder.calls.append((name, args))
            return answer()

        return fake

    monkeypatch.setattr(dialogs, "info", record("info", lambda: None))
    monkeypatch.setattr(dialogs, "error", record("error", lambda: None))
    monkeypatch.setattr(dialogs, "about", record("about", lambda: None))
    monkeypatch.setattr(dialogs, "recovery_key", record("recovery_key", lambda: None))
    monkeypatch.setattr(dialogs, "recovery_codes", record("recovery_codes", lambda: recorder.save_recovery_codes))
    monkeypatch.setattr(dialogs, "confirm", record("confirm", lambda: recorder.confirm_answer))
    monkeypatch.setattr(dialogs, "ask_unsaved", record("ask_unsaved", lambda: recorder.unsaved_answer))
    monkeypatch.setattr(dialogs, "open_file", record("open_file", lambda: recorder.open_path))
    monkeypatch.setattr(dialogs, "save_file", record("save_file", lambda: recorder.save_path))
    monkeypatch.setattr(dialogs, "choose_folder", record("choose_folder", lambda: recorder.folder_path))

    def print_pdf(_parent: Any, title: str, pdf: bytes) -> bool:
        recorder.calls.append(("print_pdf", (title,)))
        if recorder.print_answer:
            recorder.printed.append(pdf)
        return recorder.print_answer

    monkeypatch.setattr(dialogs, "print_pdf", print_pdf)

    def break_glass(_parent: Any, attempt: Callable[[str], Any]) -> Any:
        """The reason dialog: types recorder.break_glass_reason (None: cancel) and confirms once."""
        from ksdesk.services.errors import ServiceError, ValidationError

        recorder.calls.append(("break_glass", (recorder.break_glass_reason,)))
        if recorder.break_glass_reason is None:
            return None
        try:
            return attempt(recorder.break_glass_reason)
        except ValidationError as exc:
            recorder.break_glass_messages.extend(exc.messages.values())
        except ServiceError as exc:
            recorder.break_glass_messages.append(str(exc))
        return None  # (the real dialog stays open; here the user gives up)

    monkeypatch.setattr(dialogs, "break_glass", break_glass)
    yield recorder


@pytest.fixture
def ui_dir(tmp_path: Path) -> Path:
    """A data folder for the UI settings file."""
    folder = tmp_path / "ui-data"
    folder.mkdir()
    return folder


@pytest.fixture
def make_window(qtbot: Any, services: Services, ui_dir: Path) -> Iterator[Callable[[Actor], Any]]:
    """Build (and clean up) a MainWindow for an actor on the test's services."""
    from ksdesk.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def make(actor: Actor, **kwargs: Any) -> MainWindow:
        window = MainWindow(services, actor, ui_dir, **kwargs)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:  # no pending search may reach the database after the test
        window.client_list.cancel_pending()


def no_bsn_client(**overrides: object) -> dict[str, object]:
    """A valid fictitious client without BSN (so many can be created without unique BSNs)."""
    from tests.conftest import client_data

    data = client_data(bsn="", bsn_missing_reason="Nog niet bekend", id_document_type="geen",
                       id_document_number="")
    data.update(overrides)
    return data
