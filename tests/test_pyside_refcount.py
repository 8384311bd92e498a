"""Regression test for the PySide6 6.12.0 bug on Python 3.11 (see /work/shared/domain/security.md).

On 6.12.0 every call of a Qt method that returns None takes one reference from Python's None; after
~5,000 calls the process dies with "Fatal Python error: none_dealloc". Python >= 3.12 makes None immortal,
so the refcount check is only meaningful below 3.12 (and harmless above it).
"""

from __future__ import annotations

import os
import sys
from importlib import metadata

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel

CALLS = 20_000
BROKEN_VERSIONS = {"6.12.0"}


@pytest.fixture(scope="module")
def qt_app() -> QApplication:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    return app


def test_void_qt_calls_do_not_steal_references_from_none(qt_app: QApplication) -> None:
    label = QLabel()
    label.setText("warm-up")  # first call may create caches
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText("x" if i % 2 else "y")
    label.resize(10, 10)
    after = sys.getrefcount(None)
    # On the broken build `after` is ~CALLS lower. Other objects may take a few references meanwhile,
    # so only a rise is tolerated; any fall means the bug is back.
    assert after >= before, f"refcount(None) fell by {before - after} over {CALLS} void calls"
    label.deleteLater()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on Python >= 3.12; 6.12.0 is harmless there")
def test_installed_pyside6_is_not_the_broken_release() -> None:
    installed = metadata.version("PySide6")
    assert installed not in BROKEN_VERSIONS, (
        f"PySide6 {installed} crashes on Python {sys.version_info[:2]} (none_dealloc); pin PySide6!=6.12.0"
    )
    import PySide6

    assert PySide6.__version__ == installed  # the imported package is the one pip reports


def test_requirement_excludes_the_broken_release() -> None:
    """The pin in the project metadata keeps pip from picking 6.12.0."""
    import tomllib
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8"))
    pyside = [d for d in pyproject["project"]["dependencies"] if d.replace(" ", "").startswith("PySide6")]
    assert pyside and "!=6.12.0" in pyside[0].replace(" ", "")
