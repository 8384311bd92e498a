"""The GUI entry points used by the CLI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from ksdesk.ui.app import demo_login, first_window, smoke_screenshot
from ksdesk.ui.first_run import FirstRunWizard
from ksdesk.ui.login import LoginDialog


def test_smoke_screenshot_on_first_run_writes_a_png(qapp, empty_services, tmp_path: Path) -> None:
    target = tmp_path / "shots" / "first.png"
    assert smoke_screenshot(empty_services, tmp_path, target) == 0
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 300 and image.height() > 150


def test_smoke_screenshot_after_setup_shows_login(qapp, services, tmp_path: Path) -> None:
    target = tmp_path / "login.png"
    assert smoke_screenshot(services, tmp_path, target) == 0
    assert target.stat().st_size > 1000


def test_first_window_depends_on_setup(qtbot, services, empty_services) -> None:
    first = first_window(empty_services)
    qtbot.addWidget(first)
    assert isinstance(first, FirstRunWizard)
    login = first_window(services)
    qtbot.addWidget(login)
    assert isinstance(login, LoginDialog)


def test_the_demo_login_names_the_public_demo_accounts(qapp) -> None:
    from ksdesk.demo import DEMO_PASSWORDS
    from ksdesk.records.enums import Role

    username, note = demo_login()
    assert username == DEMO_PASSWORDS[Role.MIDWIFE][0]
    for role in (Role.MIDWIFE, Role.ASSISTANT):
        name, _display, password = DEMO_PASSWORDS[role]
        assert name in note and password in note
