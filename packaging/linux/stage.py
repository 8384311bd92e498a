"""Lay out the Linux desktop integration files as they are installed under a prefix (/usr, /usr/local, ~/.local):

  share/applications/nl.kansrijkestart.ksdesk.desktop
  share/metainfo/nl.kansrijkestart.ksdesk.metainfo.xml
  share/icons/hicolor/scalable/apps/nl.kansrijkestart.ksdesk.svg
  share/icons/hicolor/<N>x<N>/apps/nl.kansrijkestart.ksdesk.png     N = 16 24 32 48 64 128 256 512

The PNG sizes are rendered from resources/icons/ksdesk.svg (no binary icons kept in the repository): desktops that
do not read SVG icons, and software centres (which want 64 and 128 px), use them; 48 px is the size the icon theme
specification requires of every application.

  python packaging/linux/stage.py OUT_DIR      (packaging/build.sh runs it with OUT_DIR = dist/ksdesk-linux)
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "nl.kansrijkestart.ksdesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def stage(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (QPainter needs one)
    svg = ROOT / "resources" / "icons" / "ksdesk.svg"
    share = out / "share"
    written = []
    for source, target in ((HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
                           (HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
                           (svg, share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"{svg} is not a valid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise RuntimeError(f"{target} not written")
        written.append(target)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/linux/stage.py OUT_DIR")
    for path in stage(Path(sys.argv[1])):
        print(path)
