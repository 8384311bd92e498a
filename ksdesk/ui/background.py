"""Work that may take longer than a moment, off the UI thread, with a progress dialog while it runs.

`run_with_progress` starts the work on a QThread, shows a busy progress dialog when it takes longer than
half a second, waits in a local event loop (the window keeps painting) and returns the result or raises the
work's exception on the UI thread. Services may be used from the worker: every use case opens its own
session, and the SQLite engine's connections are not bound to a thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


class _Job(QThread):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # handed to the UI thread
            self.error = exc


def run_with_progress(parent: QWidget | None, title: str, label: str, work: Callable[[], T]) -> T:
    job = _Job(work)
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("background_progress")
    progress.setWindowTitle(title)
    progress.setCancelButton(None)  # type: ignore[arg-type]
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setAutoClose(False)
    progress.setMinimumDuration(0)
    progress.hide()
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    QTimer.singleShot(500, lambda: progress.show() if job.isRunning() else None)
    job.start()
    if job.isRunning():
        loop.exec()
    job.wait()
    progress.close()
    progress.deleteLater()
    if job.error is not None:
        raise job.error
    return job.result  # type: ignore[no-any-return]
