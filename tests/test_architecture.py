"""The shape of the code: pure domain packages, a UI without SQL, no POSIX-only calls.

See /work/shared/style/architecture.md: ui → services → (storage, domain); the domain packages import
neither Qt nor SQL; the app runs on Windows as well as Linux.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "ksdesk"
DOMAIN_PACKAGES = ["ksdesk.records", "ksdesk.screening", "ksdesk.centering", "ksdesk.monitor", "ksdesk.letters",
                   "ksdesk.importing"]
FORBIDDEN_IN_DOMAIN = ["PySide6", "shiboken6", "sqlalchemy", "alembic", "psycopg", "sqlite3"]


def _modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _imported_names(tree: ast.AST) -> set[str]:
    """Every module name an import statement in the tree mentions (top-level and nested imports)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_domain_packages_load_neither_qt_nor_sql() -> None:
    """Import every domain module (pkgutil.walk_packages) in a clean interpreter and list what got loaded."""
    script = textwrap.dedent(
        f"""
        import importlib, json, pkgutil, sys
        imported = []
        for name in {DOMAIN_PACKAGES!r}:
            package = importlib.import_module(name)
            imported.append(name)
            for info in pkgutil.walk_packages(package.__path__, name + "."):
                importlib.import_module(info.name)
                imported.append(info.name)
        forbidden = {FORBIDDEN_IN_DOMAIN!r}
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in forbidden)
        print(json.dumps({{"imported": imported, "loaded": loaded}}))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            cwd=PACKAGE_DIR.parent, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(DOMAIN_PACKAGES) <= set(report["imported"])
    assert "ksdesk.records.models" in report["imported"]  # the walk really went into submodules
    assert report["loaded"] == [], f"domain packages pulled in {report['loaded']}"


def test_the_purity_check_would_notice_a_leak() -> None:
    """The subprocess check above is only meaningful if it sees sqlalchemy when something does load it."""
    script = "import sys, ksdesk.storage.orm; print('sqlalchemy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            cwd=PACKAGE_DIR.parent, check=True)
    assert result.stdout.strip() == "True"


@pytest.mark.parametrize("package", [p.removeprefix("ksdesk.") for p in DOMAIN_PACKAGES])
def test_domain_sources_import_nothing_of_storage_services_or_ui(package: str) -> None:
    """Static twin of the subprocess check: it also sees imports inside functions."""
    offenders = []
    for path in _modules(PACKAGE_DIR / package):
        for name in _imported_names(ast.parse(path.read_text(encoding="utf-8"))):
            top = name.split(".")[0]
            if top in FORBIDDEN_IN_DOMAIN or name.startswith(("ksdesk.storage", "ksdesk.services", "ksdesk.ui",
                                                              "ksdesk.security", "ksdesk.app")):
                offenders.append(f"{path.relative_to(PACKAGE_DIR)}: {name}")
    assert offenders == []


def test_ui_does_not_import_sqlalchemy_or_storage() -> None:
    ui_modules = _modules(PACKAGE_DIR / "ui")
    assert ui_modules, "ksdesk/ui has no modules"
    offenders = []
    for path in ui_modules:
        for name in _imported_names(ast.parse(path.read_text(encoding="utf-8"))):
            if name.split(".")[0] in {"sqlalchemy", "alembic", "sqlite3", "psycopg"} or name.startswith(
                "ksdesk.storage"
            ):
                offenders.append(f"{path.relative_to(PACKAGE_DIR)}: {name}")
    assert offenders == [], "the UI reaches data only through ksdesk.services"


# POSIX-only modules and attributes: they do not exist on Windows (the practices' main platform).
POSIX_ONLY_MODULES = {"fcntl", "pwd", "grp", "termios", "tty", "pty", "resource", "posix", "crypt", "spwd",
                      "syslog", "nis", "readline"}
POSIX_ONLY_ATTRIBUTES = {
    "os": {"fork", "forkpty", "getuid", "geteuid", "getgid", "getegid", "setuid", "setgid", "seteuid", "setsid",
           "getpgid", "setpgid", "killpg", "getppid_", "chown", "lchown", "fchown", "mkfifo", "mknod", "uname",
           "getloadavg", "sync", "nice", "wait3", "wait4", "sched_getaffinity", "statvfs", "getgroups",
           "initgroups", "openpty", "ttyname", "ctermid", "pathconf", "sysconf", "O_NOFOLLOW", "O_NONBLOCK",
           "WNOHANG"},
    "signal": {"SIGKILL", "SIGHUP", "SIGQUIT", "SIGALRM", "SIGUSR1", "SIGUSR2", "SIGCHLD", "SIGSTOP", "SIGCONT",
               "SIGPIPE", "SIGTSTP", "alarm", "setitimer", "getitimer", "pause", "siginterrupt", "sigwait",
               "pthread_kill", "pthread_sigmask"},
}


def _posix_only_uses(source: str) -> list[str]:
    tree = ast.parse(source)
    found = []
    aliases = {"os": "os", "signal": "signal"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in POSIX_ONLY_MODULES:
                    found.append(f"line {node.lineno}: import {alias.name}")
                if alias.name in aliases:
                    aliases[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] in POSIX_ONLY_MODULES:
                found.append(f"line {node.lineno}: from {node.module} import ...")
            for alias in node.names:
                if alias.name in POSIX_ONLY_ATTRIBUTES.get(node.module, set()):
                    found.append(f"line {node.lineno}: from {node.module} import {alias.name}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            module = aliases.get(node.value.id)
            if module and node.attr in POSIX_ONLY_ATTRIBUTES[module]:
                found.append(f"line {node.lineno}: {module}.{node.attr}")
    return found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import os\nos.fork()", 1),
        ("import os as o\nprint(o.getuid())", 1),
        ("from os import getuid", 1),
        ("import fcntl", 1),
        ("import pwd, grp", 2),
        ("import signal\nsignal.signal(signal.SIGKILL, None)", 1),
        ("import os, signal\nos.kill(1, signal.SIGTERM)\nos.getpid()", 0),
        ("import pathlib\npathlib.Path.home()", 0),
    ],
)
def test_posix_scanner_finds_what_it_should(source: str, expected: int) -> None:
    assert len(_posix_only_uses(source)) == expected


def test_app_uses_no_posix_only_calls() -> None:
    offenders = []
    for path in _modules(PACKAGE_DIR):
        for use in _posix_only_uses(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(PACKAGE_DIR)} {use}")
    assert offenders == [], "POSIX-only calls break the Windows build"


def test_the_login_window_opens_without_the_heavy_modules(tmp_path: Path) -> None:
    """Cold start: the login window of an encrypted store shows before SQLAlchemy, Alembic, reportlab, pydantic,
    argon2 or cryptography are imported (they load at the login click; issue 10 measures the time)."""
    from ksdesk.app import open_services
    from ksdesk.records.enums import Role
    from tests.conftest import PASSWORD, PRACTICE, USERS

    folder = tmp_path / "data"
    services = open_services(folder)
    services.accounts.first_run(PRACTICE, *USERS[Role.ADMIN], PASSWORD)
    services.close()
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from ksdesk.cli import main  # the program's own entry module
        from ksdesk.app import store_state
        from ksdesk.ui.app import ensure_application, first_window
        assert store_state({str(folder)!r}) == "encrypted"
        app = ensure_application(None, None, Path({str(folder)!r}))
        window = first_window(None, Path({str(folder)!r}))
        window.show()
        app.processEvents()
        heavy = ["sqlalchemy", "alembic", "reportlab", "pydantic", "argon2", "cryptography", "sqlcipher3",
                 "dataclasses", "zoneinfo", "datetime", "ksdesk.ui.widgets"]  # (argparse: PySide6 loads it)
        print(",".join(name for name in heavy if name in sys.modules))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=PACKAGE_DIR.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"loaded before the login window: {done.stdout.strip()}"
