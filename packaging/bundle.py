"""What goes into the PyInstaller program folder: the data files, and which collected libraries, Qt plugins and
data to leave out. Plain Python (no PyInstaller), so tests/test_packaging.py checks it directly; ksdesk.spec
applies it.

Sizes below are of the Linux x86-64 build (PySide6 6.11, Python 3.11); packaging/README.md has the full account.
"""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Callable, Iterable
from pathlib import Path

# --- data files ------------------------------------------------------------------------------------------

# Every folder under resources/ that the app loads, with the files of it that the program needs
# (translations: the compiled .qm only; the .ts sources are for translators).
RESOURCE_DIRS: dict[str, str] = {"catalogue": "*", "fonts": "*", "icons": "*", "translations": "*.qm"}
# The user manual (Help menu): docs/handleiding.md and its screenshots, as resources/help/ inside the program.
MANUAL = "docs/handleiding.md"
MANUAL_IMAGES = "docs/handleiding"
HELP_DEST = "ksdesk/resources/help"
MIGRATIONS = "ksdesk/storage/migrations"  # Alembic reads the scripts as files at start-up


class MissingFromBuild(FileNotFoundError):
    """A file the program needs is not in the source tree (e.g. an uncompiled translation)."""


def datas(root: Path, *, require_manual: bool = True) -> list[tuple[str, str]]:
    """(source file or folder, destination folder) pairs for PyInstaller's Analysis(datas=...)."""
    entries: list[tuple[str, str]] = []
    for name, pattern in RESOURCE_DIRS.items():
        files = sorted(p for p in (root / "resources" / name).glob(pattern) if p.is_file())
        if not files:
            raise MissingFromBuild(f"resources/{name}/{pattern}: nothing to bundle"
                                   + (" (run python -m ksdesk.ui.i18n_update --release)" if name == "translations"
                                      else ""))
        entries += [(str(path), f"ksdesk/resources/{name}") for path in files]
    manual = root / MANUAL
    if manual.is_file():
        entries.append((str(manual), HELP_DEST))
        images = root / MANUAL_IMAGES
        for path in sorted(images.rglob("*")) if images.is_dir() else []:
            if path.is_file():
                relative = path.parent.relative_to(images).as_posix()
                entries.append((str(path), f"{HELP_DEST}/handleiding" + ("" if relative == "." else f"/{relative}")))
    elif require_manual:
        raise MissingFromBuild(f"{MANUAL} is missing: the Help menu opens it (KSDESK_BUILD_WITHOUT_MANUAL=1 "
                               "builds without it, for a development build only)")
    entries.append((str(root / MIGRATIONS), MIGRATIONS))
    return entries


# --- Python modules left out -----------------------------------------------------------------------------

UNUSED_QT = [
    "QtWebEngine", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets",
    "QtWebView", "QtQml", "QtQuick", "QtQuick3D", "QtQuickWidgets", "QtQuickControls2", "Qt3DCore", "Qt3DRender",
    "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras", "QtMultimedia", "QtMultimediaWidgets",
    "QtSpatialAudio", "QtTextToSpeech", "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors",
    "QtSerialPort", "QtSerialBus", "QtRemoteObjects", "QtScxml", "QtStateMachine", "QtCharts",
    "QtDataVisualization", "QtGraphs", "QtDesigner", "QtHelp", "QtUiTools", "QtHttpServer", "QtNetworkAuth",
    "QtSql", "QtTest", "QtVirtualKeyboard", "QtShaderTools", "QtAxContainer", "QtConcurrent",
]
# Python bindings the app never imports (their Qt libraries stay where a used library links them:
# QtPdf links QtNetwork, QtGui links QtDBus on Linux).
UNUSED_BINDINGS = ["QtNetwork", "QtDBus"]
EXCLUDED_MODULES = [f"PySide6.{name}" for name in UNUSED_QT + UNUSED_BINDINGS] + [
    "tkinter", "pytest", "hypothesis", "pypdf", "IPython", "matplotlib", "numpy",
    # Pillow is there for reportlab's PNG and JPEG images (the practice logo) only
    "PIL._avif", "PIL._webp", "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk", "PIL.ImageQt",
    # phone numbers are parsed, validated and formatted; never geocoded, nor carriers or time zones looked up
    # (4.8 MB of data modules)
    "phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier", "phonenumbers.carrierdata",
    "phonenumbers.timezone", "phonenumbers.tzdata",
    # optional extras of libraries: Mako's syntax highlighting (pygments, 1.8 MB), reportlab's test shapes and
    # XML parser's encoding detection, the debugger and doctest, line editing for an interactive prompt
    "pygments", "reportlab.graphics.testshapes", "charset_normalizer", "pdb", "doctest", "readline",
    # SQLAlchemy dialects and helpers the app has no use for (SQLCipher/SQLite and PostgreSQL stay)
    "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.oracle", "sqlalchemy.testing",
    "sqlalchemy.ext.mypy",
    # Pydantic's v1 compatibility layer and the help() topics text
    "pydantic.v1", "pydoc_data",
    # East Asian codecs (imports read UTF-8 or Windows-1252)
    "_codecs_jp", "_codecs_kr", "_codecs_cn", "_codecs_tw", "_codecs_hk", "_codecs_iso2022",
]

# --- Qt libraries, plugins and translations --------------------------------------------------------------

UNUSED_LIBRARY_MARKERS = [name.replace("Qt", "Qt6", 1) for name in UNUSED_QT] + [
    "qml", "/qml/", "libQt6Quick", "libQt6Qml", "Qt6Quick", "Qt6Qml", "libavcodec", "libavformat",
    "libavutil", "libswscale", "libswresample", "QtWebEngineProcess", "qtwebengine",
    # embedded-display support the desktop app never runs on
    "libQt6EglFs", "libQt6EglFS", "egldeviceintegrations",
]
# Plugin folders left out whole: evdev/TUIO input (embedded devices), network reachability, TLS (ksdesk makes
# no network connections; PostgreSQL's TLS is libpq's own), OpenGL buffer integrations for Wayland (the app paints
# with Qt's raster engine, never OpenGL), and the folders of modules that are not bundled.
PLUGIN_DIRS_DROPPED = {"generic", "networkinformation", "tls", "position", "sqldrivers", "multimedia",
                       "qmltooling", "designer", "sceneparsers", "renderers", "geometryloaders", "texttospeech",
                       "canbus", "sensors", "webview", "virtualkeyboard", "scxmldatamodel", "assetimporters",
                       "renderplugins", "help", "wayland-graphics-integration-server",
                       "wayland-graphics-integration-client"}
# Plugin folders of which only these are kept (any other folder, e.g. printsupport, platformthemes,
# iconengines, styles, xcbglintegrations, wayland-decoration-client, is kept whole).
PLUGINS_KEPT: dict[str, set[str]] = {
    # X11, Wayland, offscreen (smoke runs, screenshots); Windows and macOS
    "platforms": {"qxcb", "qwayland", "qwayland-egl", "qwayland-generic", "qoffscreen", "qwindows", "qcocoa"},
    # PNG and BMP are built into QtGui; JPEG (logos) and SVG (icons) are plugins
    "imageformats": {"qjpeg", "qsvg"},
    # dead keys / compose sequences, and IBus input methods
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    # the standard desktop shell protocol
    "wayland-shell-integration": {"xdg-shell"},
}
QT_TRANSLATIONS_KEPT = {"qtbase_nl.qm", "qtbase_en.qm"}  # Qt's standard buttons and dialogs in Dutch/English

# Linux: libraries taken from the system, not bundled. The PySide6 wheel itself takes these from the system (it
# ships none of them), and every Linux desktop has them; a copy from the build machine is what breaks on a newer
# system (fontconfig reading a newer configuration, libdbus paired with another systemd, Kerberos' configuration).
#  - GTK 3 and its stack, for the GTK platform theme (native dialogs and colours on GNOME): it only works with the
#    system's GTK, which is never bundled, and bundled cairo/pango/GIO next to a newer system GTK crash;
#  - the CUPS client library, for printing to a printer (it comes with the CUPS daemon; without CUPS, Qt prints
#    to PDF only);
#  - D-Bus (QtDBus, QtGui), Kerberos GSSAPI (QtNetwork, linked by QtPdf), fontconfig and FreeType (QtGui).
SYSTEM_LIBRARIES = {
    "libgtk-3.so.0", "libgdk-3.so.0", "libpangocairo-1.0.so.0", "libpango-1.0.so.0", "libpangoft2-1.0.so.0",
    "libharfbuzz.so.0", "libatk-1.0.so.0", "libcairo-gobject.so.2", "libcairo.so.2", "libgdk_pixbuf-2.0.so.0",
    "libgio-2.0.so.0", "libgobject-2.0.so.0", "libgmodule-2.0.so.0",
    "libcups.so.2",
    "libdbus-1.so.3", "libgssapi_krb5.so.2", "libfontconfig.so.1", "libfreetype.so.6",
}
# Entries kept whatever the closure says: the bootloader loads Python's library by name.
ALWAYS_KEPT = re.compile(r"(^|/)libpython3\.\d+\.so")


def version(root: Path) -> str:
    """The program's version, as ksdesk/__init__.py says (the installer and the Windows file properties use it)."""
    text = (root / "ksdesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", text, re.MULTILINE)
    if found is None:
        raise ValueError("no __version__ in ksdesk/__init__.py")
    return found.group(1)


def version_numbers(text: str) -> tuple[int, int, int, int]:
    """'0.2.0' -> (0, 2, 0, 0); a suffix such as 'rc1' or '.dev3' is left out (Windows wants four numbers)."""
    leading = re.match(r"\d+(\.\d+){0,3}", text)
    numbers = [int(part) for part in leading.group(0).split(".")] if leading else []
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def _stem(filename: str) -> str:
    name = filename.rsplit("/", 1)[-1]
    name = re.sub(r"\.(so(\.\d+)*|dll|dylib)$", "", name)
    return name[3:] if name.startswith("lib") else name


def qt_plugin_wanted(dest: str) -> bool:
    """Whether a Qt plugin (destination path .../plugins/<folder>/<file>) stays in the program folder."""
    parts = dest.replace("\\", "/").split("/")
    if len(parts) < 3 or parts[-3] != "plugins":
        return True
    folder = parts[-2]
    if folder in PLUGIN_DIRS_DROPPED:
        return False
    kept = PLUGINS_KEPT.get(folder)
    return kept is None or _stem(parts[-1]) in kept


def binary_wanted(dest: str) -> bool:
    """Libraries and plugins of unused Qt modules out (excludes alone keeps linked-in libraries), and the
    plugins chosen above."""
    path = dest.replace("\\", "/")
    if any(marker in path for marker in UNUSED_LIBRARY_MARKERS):
        return False
    if "/plugins/" in path and ("PySide6/" in path or path.startswith("plugins/")):
        return qt_plugin_wanted(path)
    return True


def data_wanted(dest: str) -> bool:
    """Data files left out: other languages' Qt translations, holiday names for other countries and languages,
    python-stdnum's number databases (only the Dutch BSN and postcode checks are used, which need none)."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if "PySide6/" in path and "/translations/" in path:
        return name in QT_TRANSLATIONS_KEPT
    if path.startswith("holidays/locale/"):
        language = path.split("/")[2]
        return language in ("nl", "en_US") and name == "NL.mo"
    return not (path.startswith("stdnum/") and name.endswith(".dat"))


# --- unused libraries (Linux) ----------------------------------------------------------------------------

def elf_needed(path: Path) -> list[str]:
    """DT_NEEDED entries of a 64-bit little-endian ELF file ([] for anything else)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    needed = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, _entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strings = sections[link][4]
        for start in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, start)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                needed.append(data[strings + value:data.index(b"\0", strings + value)].decode())
    return needed


def is_library(entry: tuple[str, str, str]) -> bool:
    """A shared library that is loaded only because another file needs it: not a Python extension module, not a
    Qt plugin (Python and Qt load those by themselves), not Python's own library (the bootloader loads it)."""
    dest, _source, kind = entry
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if kind != "BINARY" or "/plugins/" in f"/{path}" or ALWAYS_KEPT.search(path):
        return False
    return bool(re.search(r"\.so(\.\d+)*$", name))


def prune_unneeded(entries: Iterable[tuple[str, str, str]], needed: Callable[[str], list[str]],
                   system: set[str] = SYSTEM_LIBRARIES) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Keep the libraries that a kept extension module, plugin or kept library needs (transitively); leave out
    the rest and the `system` ones. `needed(source path)` gives a file's DT_NEEDED names. Symbolic links
    (PyInstaller's SYMLINK entries: destination, link target) follow their target. Returns (kept entries,
    destinations left out)."""
    entries = list(entries)
    files = [e for e in entries if e[2] != "SYMLINK"]
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in files:
        by_name.setdefault(os.path.basename(entry[0]), []).append(entry)
    reached: set[tuple[str, str, str]] = set()
    queue = [e for e in files if not is_library(e) and os.path.basename(e[0]) not in system]
    while queue:
        entry = queue.pop()
        if entry in reached:
            continue
        reached.add(entry)
        for name in needed(entry[1]):
            if name not in system:
                queue.extend(by_name.get(name, []))
    kept_dests = {e[0] for e in reached}
    kept = [e for e in entries if (e[1] if e[2] == "SYMLINK" else e[0]) in kept_dests]
    return kept, sorted(e[0] for e in entries if e not in kept)
