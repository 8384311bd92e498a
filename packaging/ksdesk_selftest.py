"""The packaged program's self-test: run by packaging/build.sh inside the built program, so it checks what the
program folder really contains (a library or plugin left out by the spec fails here, not at a practice).

  dist/ksdesk/ksdesk --packaging-selftest OUT_DIR --data-dir DEMO_DIR     (KSDESK_USER / KSDESK_PASSWORD set)

DEMO_DIR is an encrypted demo store made by the built program (`ksdesk demo`). Checks, each printed on a line:
  store       the encrypted store opens with the demo midwife's password (SQLCipher, migrations, key slots)
  letter      a referral letter of the demo practice is made (reportlab, the bundled DejaVu fonts embedded)
  logo        a letter with a PNG practice logo renders it as an image (Pillow, which reportlab uses for PNG)
  preview     the letter loads in the app's PDF preview (QtPdf), a page renders with ink on it, and the preview
              widget is saved as OUT_DIR/preview.png
  print       the letter's first page is printed to a PDF file through QPrinter (QtPrintSupport)
  images      JPEG and SVG load (image format plugins), the app icon renders
  collation   Dutch sorting puts accented names with their letter (ICU collation data for nl/en is bundled)
  translations English: our .qm installs and translates; Qt's own qtbase_nl.qm is found for Dutch buttons
  manual      the Help menu finds the bundled manual, resources/help/handleiding.md, and its screenshots
              (skipped with KSDESK_BUILD_WITHOUT_MANUAL=1)
Exit code 0 when every check passed, 1 otherwise. Writes a letter into the demo store (it is a throwaway)."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

_results: list[tuple[str, bool, str]] = []
_qt_messages: list[str] = []


def _check(name: str, action: Callable[[], str]) -> None:
    try:
        detail = action()
    except Exception as exc:  # a failed check is reported, and the others still run
        _results.append((name, False, f"{type(exc).__name__}: {exc}"))
        traceback.print_exc(file=sys.stderr)
    else:
        _results.append((name, True, detail))
    ok, detail = _results[-1][1], _results[-1][2]
    print(f"{'ok  ' if ok else 'FAIL'} {name:<13}{detail}", flush=True)


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def _logo_png() -> bytes:
    """A small PNG drawn with Qt (so the reading side, reportlab + Pillow, is what is tested)."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(240, 100, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setBrush(QColor("#2f6f73"))
    painter.drawEllipse(4, 4, 92, 92)
    painter.fillRect(110, 36, 120, 28, QColor("#c9dcdc"))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _dark_samples(image, margin: int = 0) -> int:  # type: ignore[no-untyped-def]
    """How many of every 4th pixel (both ways) inside `margin` are drawn dark: text and lines, not frames."""
    return sum(1 for y in range(margin, image.height() - margin, 4) for x in range(margin, image.width() - margin, 4)
               if (color := image.pixelColor(x, y)).alpha() > 0 and color.lightness() < 100)


def run(out_dir: Path, data_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out_dir.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(lambda _kind, _context, message: _qt_messages.append(message))
    from ksdesk.ui.app import ensure_application

    app = ensure_application(None, "nl", None)
    state: dict[str, object] = {}

    def store() -> str:
        from ksdesk.app import open_services, unlock_key

        user, password = os.environ["KSDESK_USER"], os.environ["KSDESK_PASSWORD"]
        services = open_services(data_dir, key=unlock_key(data_dir, user, password))
        state["services"] = services
        state["actor"] = services.accounts.login(user, password)
        return f"{data_dir} opened as {user}"

    def letter() -> str:
        services, actor = state["services"], state["actor"]
        for summary in services.referrals.list(actor):  # type: ignore[attr-defined]
            if services.referrals.get(actor, summary.id).may_produce_letter:  # type: ignore[attr-defined]
                pdf = services.referrals.make_letter(actor, summary.id).pdf  # type: ignore[attr-defined]
                break
        else:
            raise AssertionError("no referral in the demo store may produce a letter")
        _require(pdf.startswith(b"%PDF"), "not a PDF")
        _require(b"DejaVuSans" in pdf and b"/FontFile2" in pdf, "the DejaVu fonts are not embedded")
        state["pdf"] = pdf
        (out_dir / "letter.pdf").write_bytes(pdf)
        return f"{len(pdf) // 1024} kB, fonts embedded -> {out_dir / 'letter.pdf'}"

    def logo() -> str:
        from ksdesk.letters.referral_letter import (
            LetterAddressee,
            LetterPractice,
            LetterSender,
            ReferralLetter,
            render_referral_letter,
        )

        pdf = render_referral_letter(ReferralLetter(
            practice=LetterPractice(name="Verloskundigenpraktijk Voorbeeld", agb_code="03000000",
                                    logo_png=_logo_png()),
            addressee=LetterAddressee(name="JGZ Voorbeeldregio"), date="01-01-2026", reference="V-0000-0001",
            subject="Proefbrief", reason="Controle van het briefhoofd.",
            sender=LetterSender(name="Vera Verloskundige", discipline="Verloskundige")))
        _require(b"/Subtype /Image" in pdf, "the logo is not in the letter")
        return "PNG logo embedded as an image"

    def preview() -> str:
        from PySide6.QtCore import QSize, QThread
        from PySide6.QtPdf import QPdfDocument

        from ksdesk.ui.pdf_view import PdfPreview

        widget = PdfPreview()
        widget.resize(700, 900)
        widget.set_pdf(state["pdf"])  # type: ignore[arg-type]
        _require(widget.document.status() == QPdfDocument.Status.Ready,
                 f"document status {widget.document.status()}")
        pages = widget.page_count()
        _require(pages >= 1, "no pages")
        image = widget.document.render(0, QSize(595, 842))
        _require(not image.isNull(), "page 1 did not render")
        ink = _dark_samples(image)
        _require(ink > 200, f"page 1 looks blank ({ink} dark samples)")
        widget.show()
        shown = 0
        for _ in range(100):  # the view renders pages in a worker thread: wait until the page is painted
            app.processEvents()
            grabbed = widget.grab()
            shown = _dark_samples(grabbed.toImage(), margin=60)
            if shown > 200:
                break
            QThread.msleep(50)
        _require(shown > 200, "the preview stays blank")
        shot = out_dir / "preview.png"
        _require(grabbed.save(str(shot), "PNG"), "preview not saved")
        widget.close()
        return f"{pages} page(s); page 1 rendered and shown -> {shot}"

    def printing() -> str:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrinter

        document = QPdfDocument()
        buffer = QBuffer()
        buffer.setData(QByteArray(state["pdf"]))  # type: ignore[arg-type]
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        target = out_dir / "printed.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        painter = QPainter()
        _require(painter.begin(printer), "the printer did not start")
        page = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        painter.drawImage(QRect(0, 0, page.width(), page.height()),
                          document.render(0, QSize(page.width() // 4, page.height() // 4)))
        painter.end()
        _require(target.stat().st_size > 1000, "nothing printed")
        return f"printed to {target}"

    def images() -> str:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtGui import QIcon, QImage, QImageReader

        from ksdesk import paths

        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        _require({"png", "jpg", "jpeg", "svg", "bmp"} <= formats, f"image formats: {sorted(formats)}")
        image = QImage(32, 32, QImage.Format.Format_RGB32)
        image.fill(0x2F6F73)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        _require(image.save(buffer, "JPEG"), "JPEG not written")
        _require(not QImage.fromData(QByteArray(buffer.data()), "JPEG").isNull(), "JPEG not read")
        buffer.close()
        icon = QIcon(str(paths.resource("icons", "ksdesk.svg")))
        _require(not icon.pixmap(64, 64).isNull(), "the SVG icon does not render")
        return ", ".join(sorted(formats))

    def collation() -> str:
        from PySide6.QtCore import QCollator, QLocale

        names = ["Zeeman", "Émile", "Eva", "ezra", "Öztürk", "Oscar"]
        ordered = sorted(names, key=QCollator(QLocale("nl_NL")).sortKey)
        _require(ordered == ["Émile", "Eva", "ezra", "Oscar", "Öztürk", "Zeeman"], f"sorted as {ordered}")
        return " < ".join(ordered)

    def translations() -> str:
        from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

        from ksdesk.ui import i18n

        _require(i18n.install("en") == "en", "the English translation did not install")
        english = i18n.translate("MainWindow", "&Bestand")
        _require(english == "&File", f"MainWindow '&Bestand' -> {english!r}")
        i18n.install("nl")
        qt_dutch = QTranslator()
        _require(qt_dutch.load(QLocale(QLocale.Language.Dutch), "qtbase", "_",
                               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), "qtbase_nl.qm missing")
        return f"{i18n.translation_file('en').name}: '&Bestand' -> {english!r}; qtbase_nl.qm loads"

    def manual() -> str:
        from ksdesk import paths

        if os.environ.get("KSDESK_BUILD_WITHOUT_MANUAL") == "1":
            return "skipped (KSDESK_BUILD_WITHOUT_MANUAL=1)"
        packaged = paths.resource("help", "handleiding.md")
        try:  # the Help menu's own lookup: the packaged copy, else docs/ in a source tree
            from ksdesk.ui.help_window import manual_path
        except ImportError:
            manual_path = lambda: packaged  # noqa: E731
        text = manual_path()
        if getattr(sys, "frozen", False):
            _require(text == packaged, f"the Help menu reads {text}, not the bundled {packaged}")
        _require(text.is_file() and text.stat().st_size > 0, f"{text} missing")
        pictures = text.parent / "handleiding"
        images = list(pictures.rglob("*.png")) if pictures.is_dir() else []
        return f"{text} ({text.stat().st_size // 1024} kB), {len(images)} screenshots"

    for name, action in (("store", store), ("letter", letter), ("logo", logo), ("preview", preview),
                         ("print", printing), ("images", images), ("collation", collation),
                         ("translations", translations), ("manual", manual)):
        if name in ("letter", "preview", "print") and "services" not in state:
            _results.append((name, False, "skipped: the store did not open"))
            print(f"FAIL {name:<13}skipped: the store did not open")
            continue
        if name in ("preview", "print") and "pdf" not in state:
            _results.append((name, False, "skipped: no letter"))
            print(f"FAIL {name:<13}skipped: no letter")
            continue
        _check(name, action)
    if "services" in state:
        state["services"].close()  # type: ignore[attr-defined]
    icu = [m for m in _qt_messages if "icu" in m.lower() or "ucol" in m.lower() or "collat" in m.lower()]
    if icu:
        _results.append(("qt-messages", False, "; ".join(icu)))
        print("FAIL qt-messages  " + "; ".join(icu))
    failed = [name for name, ok, _ in _results if not ok]
    print(f"packaging self-test: {len(_results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="ksdesk --packaging-selftest")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args(argv)
    return run(args.out_dir, args.data_dir)
