"""What the PyInstaller program folder holds (packaging/bundle.py, applied by packaging/ksdesk.spec): every resource
folder the app loads, the compiled translations and the user manual; which Qt plugins, libraries and data are left
out; the trimmed ICU data (packaging/icu_data.py); the installer and desktop files. The build itself is not run
here (packaging/build.sh builds and checks the real program folder); these tests read the same rules."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))

import bundle  # noqa: E402
import icu_data  # noqa: E402

import ksdesk  # noqa: E402


def _dests(entries: list[tuple[str, str]]) -> dict[str, str]:
    """source path relative to the repository (or tmp tree) -> destination folder"""
    return {Path(source).as_posix(): dest for source, dest in entries}


# --- data files ------------------------------------------------------------------------------------------

def test_every_resource_folder_the_app_loads_is_bundled() -> None:
    shipped = sorted(p.name for p in (REPO / "resources").iterdir() if p.is_dir())
    assert sorted(bundle.RESOURCE_DIRS) == shipped
    used = set()
    for source in (REPO / "ksdesk").rglob("*.py"):
        used.update(re.findall(r'resource\(\s*"([a-z_]+)"', source.read_text(encoding="utf-8")))
    assert {"catalogue", "fonts", "icons"} <= used  # the scan finds what the app loads
    assert used - {"help"} <= set(bundle.RESOURCE_DIRS), f"loaded but not bundled: {used - set(bundle.RESOURCE_DIRS)}"
    spec = (REPO / "packaging" / "ksdesk.spec").read_text(encoding="utf-8")
    assert "bundle.datas(ROOT" in spec and "excludes=bundle.EXCLUDED_MODULES" in spec
    assert "exclude_binaries=True" in spec  # a folder build, not onefile


def test_the_real_tree_bundles_translations_manual_and_migrations() -> None:
    manual = REPO / bundle.MANUAL
    if not manual.is_file():
        pytest.skip(f"{bundle.MANUAL} is not in this checkout yet (the build refuses to run without it)")
    datas = {Path(source).relative_to(REPO).as_posix(): dest for source, dest in bundle.datas(REPO)}
    compiled = sorted((REPO / "resources" / "translations").glob("*.qm"))
    assert compiled, "no compiled translation: python -m ksdesk.ui.i18n_update --release"
    for qm in compiled:
        assert datas[qm.relative_to(REPO).as_posix()] == "ksdesk/resources/translations"
    assert not [name for name in datas if name.endswith(".ts")], "translation sources are not shipped"
    assert datas[bundle.MANUAL] == "ksdesk/resources/help"
    for image in (REPO / bundle.MANUAL_IMAGES).rglob("*.png"):
        assert datas[image.relative_to(REPO).as_posix()].startswith("ksdesk/resources/help/handleiding")
    assert datas["ksdesk/storage/migrations"] == "ksdesk/storage/migrations"
    for name in ("catalogue/kwetsbaarheid-rotterdam.json", "fonts/DejaVuSans.ttf", "icons/ksdesk.svg"):
        assert datas[f"resources/{name}"] == f"ksdesk/resources/{name.split('/')[0]}"


def _tree(tmp_path: Path, *, qm: bool = True, manual: bool = True) -> Path:
    for name in ("catalogue/c.json", "fonts/f.ttf", "icons/i.svg", "translations/ksdesk_en.ts"):
        (tmp_path / "resources" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "resources" / name).write_text("x", encoding="utf-8")
    if qm:
        (tmp_path / "resources" / "translations" / "ksdesk_en.qm").write_bytes(b"qm")
    if manual:
        (tmp_path / "docs" / "handleiding" / "en").mkdir(parents=True)
        (tmp_path / "docs" / "handleiding.md").write_text("# Handleiding", encoding="utf-8")
        (tmp_path / "docs" / "handleiding" / "nl-client.png").write_bytes(b"png")
        (tmp_path / "docs" / "handleiding" / "en" / "en-client.png").write_bytes(b"png")
    return tmp_path


def test_the_manual_goes_to_resources_help_with_its_screenshots(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    datas = {Path(source).relative_to(root).as_posix(): dest for source, dest in bundle.datas(root)}
    assert datas["docs/handleiding.md"] == "ksdesk/resources/help"
    assert datas["docs/handleiding/nl-client.png"] == "ksdesk/resources/help/handleiding"
    assert datas["docs/handleiding/en/en-client.png"] == "ksdesk/resources/help/handleiding/en"
    assert datas["resources/translations/ksdesk_en.qm"] == "ksdesk/resources/translations"
    assert "resources/translations/ksdesk_en.ts" not in datas


def test_an_empty_screenshot_folder_is_fine(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    shutil.rmtree(root / "docs" / "handleiding")
    datas = _dests(bundle.datas(root))
    assert not [dest for dest in datas.values() if dest.startswith("ksdesk/resources/help/handleiding")]


def test_the_build_refuses_without_the_manual_or_the_compiled_translations(tmp_path: Path) -> None:
    with pytest.raises(bundle.MissingFromBuild, match=r"handleiding\.md"):
        bundle.datas(_tree(tmp_path / "a", manual=False))
    assert "docs/handleiding.md" not in {Path(s).relative_to(tmp_path / "a").as_posix() for s, _ in
                                         bundle.datas(tmp_path / "a", require_manual=False)}
    with pytest.raises(bundle.MissingFromBuild, match="i18n_update --release"):
        bundle.datas(_tree(tmp_path / "b", qm=False))


# --- what is left out ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqminimal.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/plugins/imageformats/qsvg.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
    ("PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
    ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
    ("PySide6/Qt/lib/libQt6PdfWidgets.so.6", True),
    ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt6Multimedia.dll", False),
    ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
])
def test_qt_libraries_and_plugins_kept_or_left_out(dest: str, kept: bool) -> None:
    assert bundle.binary_wanted(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_nl.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_nl.qm", False),
    ("PySide6/translations/qtbase_nl.qm", True),
    ("ksdesk/resources/translations/ksdesk_en.qm", True),
    ("holidays/locale/nl/LC_MESSAGES/NL.mo", True),
    ("holidays/locale/en_US/LC_MESSAGES/NL.mo", True),
    ("holidays/locale/fy/LC_MESSAGES/NL.mo", False),
    ("holidays/locale/nl/LC_MESSAGES/BE.mo", False),
    ("stdnum/oui.dat", False),
    ("stdnum/nz/banks.dat", False),
    ("stdnum/nl/bsn.py", True),
    ("ksdesk/resources/help/handleiding.md", True),
])
def test_data_kept_or_left_out(dest: str, kept: bool) -> None:
    assert bundle.data_wanted(dest) is kept


def test_modules_the_app_imports_are_not_excluded() -> None:
    """An excluded module that the app imports would fail only in the built program."""
    code = ("import sys, ksdesk.cli, ksdesk.app, ksdesk.ui.app, ksdesk.ui.main_window, ksdesk.ui.pdf_view, "
            "ksdesk.importing.reading, ksdesk.centering.schedule, ksdesk.letters.referral_letter, ksdesk.demo; "
            "print('\\n'.join(sys.modules))")
    loaded = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}, cwd=REPO).stdout.split())
    excluded = [m for m in bundle.EXCLUDED_MODULES if m in loaded or any(n.startswith(m + ".") for n in loaded)]
    assert excluded == []


def test_unneeded_libraries_are_pruned_and_system_ones_not_followed() -> None:
    graph = {
        "src/ext.so": ["liba.so.1"], "src/liba.so.1": ["libb.so.2"], "src/libb.so.2": [],
        "src/liborphan.so.1": ["libb.so.2"], "src/plugin.so": ["libcups.so.2", "liba.so.1"],
        "src/libcups.so.2": ["libgnutls.so.30"], "src/libgnutls.so.30": [], "src/libpython3.11.so.1.0": [],
    }
    entries = [
        ("mod/ext.cpython-311-x86_64-linux-gnu.so", "src/ext.so", "EXTENSION"),
        ("liba.so.1", "src/liba.so.1", "BINARY"), ("libb.so.2", "src/libb.so.2", "BINARY"),
        ("liborphan.so.1", "src/liborphan.so.1", "BINARY"),
        ("PySide6/Qt/plugins/printsupport/plugin.so", "src/plugin.so", "BINARY"),
        ("libcups.so.2", "src/libcups.so.2", "BINARY"), ("libgnutls.so.30", "src/libgnutls.so.30", "BINARY"),
        ("libpython3.11.so.1.0", "src/libpython3.11.so.1.0", "BINARY"),
        ("link/liba.so.1", "liba.so.1", "SYMLINK"), ("link/liborphan.so.1", "liborphan.so.1", "SYMLINK"),
    ]
    kept, dropped = bundle.prune_unneeded(entries, graph.__getitem__)
    assert {e[0] for e in kept} == {"mod/ext.cpython-311-x86_64-linux-gnu.so", "liba.so.1", "libb.so.2",
                                    "PySide6/Qt/plugins/printsupport/plugin.so", "libpython3.11.so.1.0",
                                    "link/liba.so.1"}
    assert dropped == ["libcups.so.2", "libgnutls.so.30", "liborphan.so.1", "link/liborphan.so.1"]


QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"


@pytest.mark.skipif(not (QT_LIB / "libQt6Core.so.6").is_file(), reason="Linux PySide6 wheel only")
def test_elf_needed_reads_what_the_dynamic_linker_reads() -> None:
    needed = bundle.elf_needed(QT_LIB / "libQt6Pdf.so.6")
    assert {"libQt6Gui.so.6", "libQt6Network.so.6", "libQt6Core.so.6"} <= set(needed)
    assert bundle.elf_needed(REPO / "resources" / "icons" / "ksdesk.svg") == []


# --- ICU data ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "size", "kept"), [
    ("icudt73l/coll/nl.res", 5000, True), ("icudt73l/coll/en_GB.res", 100, True),
    ("icudt73l/coll/root.res", 300_000, True), ("icudt73l/coll/ucadata.icu", 500_000, True),
    ("icudt73l/coll/zh.res", 700_000, False), ("icudt73l/coll/res_index.res", 2000, True),
    ("icudt73l/nl_BE.res", 1000, True), ("icudt73l/de.res", 50_000, False), ("icudt73l/root.res", 100_000, True),
    ("icudt73l/zone/nl.res", 30_000, True), ("icudt73l/zone/fr.res", 30_000, False),
    ("icudt73l/zone/pool.res", 120_000, True), ("icudt73l/supplementalData.res", 230_000, True),
    ("icudt73l/likelySubtags.res", 260_000, True), ("icudt73l/zoneinfo64.res", 150_000, True),
    ("icudt73l/translit/root.res", 1_000_000, False), ("icudt73l/brkitr/cjdict.dict", 2_000_000, False),
    ("icudt73l/brkitr/word.brk", 20_000, True), ("icudt73l/ibm-5348_P100-1997.cnv", 1500, True),
    ("icudt73l/gb18030.cnv", 230_000, False), ("icudt73l/cnvalias.icu", 64_000, True),
    ("icudt73l/nfkc.nrm", 55_000, True), ("icudt73l/unames.icu", 290_000, False),
])
def test_icu_items_kept(name: str, size: int, kept: bool) -> None:
    assert icu_data.keep(name, size) is kept


def _package(items: list[tuple[str, bytes]]) -> bytes:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD"
    header += bytes([1, 0, 0, 0, 3, 0, 0, 0])
    return icu_data.write_package(header + bytes(32 - len(header)), items)


def test_icu_package_written_is_read_back() -> None:
    items = [("icudt73l/a.res", b"A" * 16), ("icudt73l/coll/nl.res", b"nl" * 20 + bytes(8)),
             ("icudt73l/z.icu", b"Z" * 48)]
    header, read = icu_data.read_package(_package(items))
    assert [name for name, _ in read] == [name for name, _ in items]
    assert [blob[:len(orig)] for (_, blob), (_, orig) in zip(read, items, strict=True)] == [b for _, b in items]
    assert header[2:4] == b"\xda\x27"
    with pytest.raises(ValueError, match="not an ICU"):
        icu_data.read_package(b"\0" * 64)


ICU_LIBS = sorted(QT_LIB.glob("libicudata.so.*"))


@pytest.mark.skipif(not ICU_LIBS, reason="only the Linux PySide6 wheel ships ICU")
def test_the_wheels_icu_data_round_trips_and_trims() -> None:
    library = ICU_LIBS[0].read_bytes()
    symbol, offset, size = icu_data._elf_symbol(library, b"icudt")
    assert re.fullmatch(r"icudt\d+_dat", symbol)
    package = library[offset:offset + size]
    header, items = icu_data.read_package(package)
    assert icu_data.write_package(header, items) == package  # byte for byte, as icupkg wrote it
    names = {name.split("/", 1)[1] for name, blob in items if icu_data.keep(name, len(blob))}
    assert {"coll/nl.res", "coll/en.res", "coll/root.res", "coll/ucadata.icu", "root.res", "nl.res", "en.res",
            "zone/nl.res", "zoneinfo64.res", "cnvalias.icu"} <= names
    assert not {"coll/zh.res", "de.res", "translit/root.res", "brkitr/cjdict.dict"} & names
    assert sum(len(b) for n, b in items if icu_data.keep(n, len(b))) < size // 5


# --- version, installer, desktop files ---------------------------------------------------------------------

def test_the_version_comes_from_the_package() -> None:
    assert bundle.version(REPO) == ksdesk.__version__
    assert bundle.version_numbers("0.2.0") == (0, 2, 0, 0)
    assert bundle.version_numbers("1.3rc1") == (1, 3, 0, 0)
    assert bundle.version_numbers("2.0.1.dev3") == (2, 0, 1, 0)


def test_the_installer_keeps_the_practice_data() -> None:
    script = (REPO / "packaging" / "windows" / "ksdesk.iss").read_text(encoding="utf-8")
    setup = dict(re.findall(r"^(\w+)=(.*)$", script, re.MULTILINE))
    assert setup["PrivilegesRequired"] == "admin" and setup["DefaultDirName"] == "{autopf}\\ksdesk"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # per-machine only
    deletions = re.findall(r"^Type: \w+; Name: \"([^\"]+)\"", script, re.MULTILINE)
    assert deletions and all(name.startswith("{app}\\") for name in deletions), deletions
    assert not re.search(r"\{(localappdata|userappdata|commonappdata|userdocs)\}", script)
    assert "GetStringFileInfo" in script and '#define AppVersion "' not in script  # the version from ksdesk.exe


DESKTOP = REPO / "packaging" / "linux" / "nl.kansrijkestart.ksdesk.desktop"
METAINFO = REPO / "packaging" / "linux" / "nl.kansrijkestart.ksdesk.metainfo.xml"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_desktop_entry_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_the_metainfo_validates() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_desktop_entry_names_the_installed_icon_and_program() -> None:
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert entry["Icon"] == "nl.kansrijkestart.ksdesk" and entry["Exec"].split()[0] == "ksdesk"
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert f"<launchable type=\"desktop-id\">{DESKTOP.name}</launchable>" in metainfo
    assert f"<release version=\"{ksdesk.__version__}\"" in metainfo


# --- the built program's self-test ---------------------------------------------------------------------------

def test_the_packaging_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    """packaging/build.sh runs ksdesk_selftest inside the built program; here it runs on the source tree, so a
    change to the services or the PDF preview that breaks the self-test shows up without a build."""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path), "KSDESK_USER": "verloskundige",
           "KSDESK_PASSWORD": "demo-verloskundige", "PYTHONPATH": str(REPO / "packaging")}
    if not (REPO / bundle.MANUAL).is_file():
        env["KSDESK_BUILD_WITHOUT_MANUAL"] = "1"  # not in this checkout yet
    subprocess.run([sys.executable, "-m", "ksdesk", "demo", "--data-dir", str(tmp_path / "demo"),
                    "--pregnancies", "20"], check=True, capture_output=True, env=env, cwd=REPO, timeout=300)
    done = subprocess.run([sys.executable, str(REPO / "packaging" / "launcher.py"), "--packaging-selftest",
                           str(tmp_path / "out"), "--data-dir", str(tmp_path / "demo")],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^packaging self-test: \d+ passed, 0 failed$", done.stdout, re.MULTILINE), done.stdout
    assert (tmp_path / "out" / "preview.png").stat().st_size > 10_000
