"""The wheel: built non-editably, it carries the resources and the migrations, and an installed copy finds
them inside site-packages (not in the source tree). The PyInstaller program folder: tests/test_packaging_bundle.py."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

REQUIRED_IN_WHEEL = [
    "ksdesk/__init__.py",
    "ksdesk/resources/icons/ksdesk.svg",
    "ksdesk/storage/migrations/env.py",
    "ksdesk/storage/migrations/script.py.mako",
    "ksdesk/storage/migrations/versions/0001_initial_schema.py",
    "ksdesk/resources/translations/ksdesk_en.qm",
    "ksdesk/resources/help/handleiding.md",  # the manual (docs/handleiding.md) for Help › Handleiding
]

pytestmark = pytest.mark.skipif(importlib.util.find_spec("hatchling") is None,
                                reason="hatchling (the build backend) is not installed in this environment")


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "KSDESK_DATA_DIR", "KSDESK_DATABASE_URL", "PYTHONHOME"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--no-build-isolation",
                    "--no-index", "-q", "-w", str(out)], check=True, cwd=out, env=_clean_env(), timeout=300,
                   capture_output=True, text=True)
    [built] = out.glob("ksdesk-*.whl")
    return built


def test_wheel_contains_resources_and_migrations(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        missing = [n for n in REQUIRED_IN_WHEEL if n not in names]
        assert missing == [], f"missing from {wheel.name}: {missing}"
        # every shipped resource file of the source tree is in the wheel
        shipped = {f"ksdesk/resources/{p.relative_to(REPO / 'resources').as_posix()}"
                   for p in (REPO / "resources").rglob("*") if p.is_file()}
        assert shipped <= names, sorted(shipped - names)
        pictures = {f"ksdesk/resources/help/handleiding/{p.name}"
                    for p in (REPO / "docs" / "handleiding").glob("*.png")}
        assert pictures and pictures <= names, sorted(pictures - names)
        assert not any(n.startswith("tests/") for n in names), "tests do not belong in the wheel"
        assert not any("__pycache__" in n for n in names)
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "ksdesk = ksdesk.cli:main" in archive.read(entry_points).decode()


def test_installed_wheel_finds_its_resources_in_site_packages(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
                   check=True, timeout=120, env=_clean_env())
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                    "-q", str(wheel)], check=True, timeout=300, env=_clean_env(), capture_output=True, text=True)
    target_site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True, cwd=tmp_path, env=_clean_env()).stdout.strip())
    # The dependencies live in the test venv, not in the system: let the new venv see them (a .pth adds the
    # folder only; the editable install's own .pth there is not processed, so ksdesk comes from the wheel).
    (target_site / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    script = textwrap.dedent(
        """
        import json, sys
        import ksdesk, ksdesk.paths
        from ksdesk.app import open_services
        from ksdesk.storage.migrate import MIGRATIONS_DIR, current_revision, head_revision
        services = open_services(sys.argv[1])
        try:
            revision = current_revision(services.store)
        finally:
            services.close()
        icon = ksdesk.paths.resource("icons", "ksdesk.svg")
        print(json.dumps({"package": ksdesk.__file__, "icon": str(icon), "exists": icon.is_file(),
                          "migrations": str(MIGRATIONS_DIR), "revision": revision, "head": head_revision()}))
        """
    )
    result = subprocess.run([str(python), "-c", script, str(tmp_path / "data")], capture_output=True, text=True,
                            cwd=tmp_path, env=_clean_env(), timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    site = target_site.resolve()
    assert Path(report["package"]).resolve().is_relative_to(site), report["package"]
    assert report["exists"] is True
    assert Path(report["icon"]).resolve().is_relative_to(site / "ksdesk" / "resources")
    assert Path(report["migrations"]).resolve().is_relative_to(site / "ksdesk")
    assert report["revision"] == report["head"] is not None
    assert not Path(report["icon"]).resolve().is_relative_to(REPO)

