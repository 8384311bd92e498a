"""In English, every text the main screens look up has a translation: a recording translator below the English one
catches every lookup nothing answered (a text missing from the .ts, or a data label not collected by
ksdesk.ui.i18n_update.LABEL_SOURCES). Opens each section, each Beheer tab, a client, an assessment, a referral and a
Centering group of a small demo practice."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QTabWidget

from ksdesk.demo import DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORDS, create_demo_practice
from ksdesk.records.enums import Role
from ksdesk.security import totp
from ksdesk.services import Services
from ksdesk.ui import i18n
from ksdesk.ui.i18n_update import entries, ts_file

QT_OWN = ("Q", "CloseButton")  # Qt's own contexts are answered (or not) by qtbase_*.qm


class MissRecorder(QTranslator):
    """Asked last: records every lookup the translators above it did not answer."""

    def __init__(self) -> None:
        super().__init__()
        self.misses: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> Any:
        if context and not context.startswith(QT_OWN) and source.strip():
            self.misses.add((context, source))
        return None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def english(qapp: QApplication) -> Iterator[MissRecorder]:
    recorder = MissRecorder()
    qapp.installTranslator(recorder)
    assert i18n.install("en") == "en"
    yield recorder
    i18n.install("nl")
    qapp.removeTranslator(recorder)


def _visit_tabs(widget: Any) -> None:
    for tabs in widget.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QCoreApplication.processEvents()


def test_every_text_on_the_main_screens_is_translated(qtbot: Any, english: MissRecorder, empty_services: Services,
                                                      ui_dir: Any) -> None:
    from ksdesk.ui.main_window import SECTIONS, MainWindow

    services = empty_services
    create_demo_practice(services, pregnancies=40)
    admin_name, _display, admin_password = DEMO_PASSWORDS[Role.ADMIN]
    admin = services.accounts.login(admin_name, admin_password, totp.current_code(DEMO_ADMIN_TOTP_SECRET))
    midwife = services.accounts.login(*DEMO_PASSWORDS[Role.MIDWIFE][::2])
    for actor in (midwife, admin):
        window = MainWindow(services, actor, ui_dir)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        for key, _title in SECTIONS:
            window.show_section(key)
            QCoreApplication.processEvents()
            _visit_tabs(window)
        if actor is midwife:
            referrals = services.referrals.list(actor)
            window.open_referral(referrals[0].id)
            groups = services.centering.groups(actor)
            window.open_centering_group(groups[0].id)
            _visit_tabs(window)
            pregnancy_id = referrals[0].pregnancy_id
            window.open_screening(pregnancy_id)
            QCoreApplication.processEvents()
            window.open_client(referrals[0].client_id)
            QCoreApplication.processEvents()
        window.client_list.cancel_pending()
        window.close()
    # PySide's self.tr walks the class's bases while the answer equals the source text ("BSN" is "BSN" in English),
    # so a text translated as itself shows up as a lookup under a base class's name: not a miss.
    as_itself = {source for _c, source, translation, _k in entries(ts_file("en")) if translation == source}
    assert sorted(miss for miss in english.misses if miss[1] not in as_itself) == []
