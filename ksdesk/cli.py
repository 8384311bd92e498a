"""The ksdesk command: no argument opens the app; sub-commands for scripted work.

  ksdesk [--data-dir DIR] [--lang nl|en]       open the app (in Dutch or English)
  ksdesk --version
  ksdesk --smoke-screenshot FILE               render the first window to a PNG and exit 0
  ksdesk demo [--data-dir DIR]                 create a demo practice of fictitious people
  ksdesk audit verify [--data-dir DIR]         check the audit log's hash chain
  ksdesk audit report --client ID --out FILE   a client's inzageoverzicht (PDF), for the beheerder

Commands that open client data authenticate like the app: they prompt for user name, password and
(when enrolled) the second-factor code, or read KSDESK_USER, KSDESK_PASSWORD and KSDESK_TOTP.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ksdesk import __version__

if TYPE_CHECKING:
    import argparse

    from ksdesk.services import Services
    from ksdesk.services.context import Actor


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog="ksdesk", description="Kansrijke Start voor de verloskundigenpraktijk")
    parser.add_argument("--version", action="version", version=f"ksdesk {__version__}")
    parser.add_argument("--data-dir", help="map met de gegevens (standaard: de gebruikersmap van het systeem)")
    parser.add_argument("--lang", choices=("nl", "en"), help="taal van de schermen (standaard: de keuze in Beheer)")
    parser.add_argument("--smoke-screenshot", metavar="FILE", help="eerste venster als PNG opslaan en stoppen")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="een demopraktijk met fictieve cliënten aanmaken")
    demo.add_argument("--data-dir", dest="sub_data_dir")
    demo.add_argument("--pregnancies", type=int, default=300)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--open", action="store_true", help="na het aanmaken de app openen")
    audit = sub.add_parser("audit", help="het logboek (NEN 7513)")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser("verify", help="de hashketen van het logboek controleren")
    verify.add_argument("--data-dir", dest="sub_data_dir")
    report = audit_sub.add_parser("report", help="inzageoverzicht van een cliënte als PDF")
    report.add_argument("--client", type=int, required=True, help="nummer van de cliënte")
    report.add_argument("--from", dest="start", help="begindatum dd-mm-jjjj (standaard: 5 jaar terug)")
    report.add_argument("--to", dest="end", help="einddatum dd-mm-jjjj (standaard: vandaag)")
    report.add_argument("--out", required=True, help="PDF-bestand")
    report.add_argument("--data-dir", dest="sub_data_dir")
    from ksdesk.cli_commands import imports, monitor

    export = sub.add_parser("export-monitor", help="geanonimiseerde cijfers voor de regionale monitor")
    monitor.add_arguments(export)
    export.add_argument("--data-dir", dest="sub_data_dir")
    importer = sub.add_parser("import", help="cliënten en zwangerschappen uit een CSV- of Excel-export")
    imports.add_arguments(importer)
    importer.add_argument("--data-dir", dest="sub_data_dir")
    backup = sub.add_parser("backup", help="nu een versleutelde reservekopie maken (en controleren)")
    backup.add_argument("--data-dir", dest="sub_data_dir")
    recover = sub.add_parser("recover", help="met de herstelsleutel een beheerder een nieuw wachtwoord geven")
    recover.add_argument("--data-dir", dest="sub_data_dir")
    restore = sub.add_parser("restore", help="een reservekopie terugzetten (alleen de beheerder)")
    restore.add_argument("file", help="het .ksbackup-bestand")
    restore.add_argument("--data-dir", dest="sub_data_dir")
    return parser


_credentials: tuple[str, str] | None = None


def credentials() -> tuple[str, str]:
    """User name and password from KSDESK_USER / KSDESK_PASSWORD or asked once (an encrypted store needs them
    to open, and the command then logs in with the same)."""
    global _credentials
    if _credentials is None:
        try:
            username = os.environ.get("KSDESK_USER") or input("Gebruikersnaam: ")
            import getpass

            password = os.environ.get("KSDESK_PASSWORD") or getpass.getpass("Wachtwoord: ")
        except EOFError:
            from ksdesk.security.keyslots import WrongSecret

            raise WrongSecret("Geen gebruikersnaam en wachtwoord gegeven (KSDESK_USER en KSDESK_PASSWORD, "
                              "of typ ze in).") from None
        _credentials = (username, password)
    return _credentials


def cli_login(services: Services) -> Actor:
    """Authenticate a command-line user like the app does (and so the log shows who it was)."""
    from ksdesk.services.accounts import SecondFactorRequired

    username, password = credentials()
    try:
        return services.accounts.login(username, password)
    except SecondFactorRequired:
        code = os.environ.get("KSDESK_TOTP") or input("Code uit je authenticator-app: ")
        return services.accounts.login(username, password, code)


def _audit_report(services: Services, args: argparse.Namespace) -> int:
    import datetime as dt

    from ksdesk.records.gestation import parse_date

    try:
        end = parse_date(args.end) if args.end else dt.date.today()
        start = parse_date(args.start) if args.start else end.replace(year=end.year - 5)
    except ValueError as exc:
        print(f"Datum: {exc}", file=sys.stderr)
        return 2
    actor = cli_login(services)
    pdf = services.audit.access_report(actor, args.client, start, end)
    Path(args.out).write_bytes(pdf)
    print(f"Inzageoverzicht opgeslagen: {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    data_dir = getattr(args, "sub_data_dir", None) or args.data_dir

    from ksdesk.app import WrongSecret, open_services, store_state, unlock_key
    from ksdesk.storage.errors import NewerDatabaseError, StorageError

    global _credentials
    _credentials = None
    gui = args.command is None
    if args.command == "recover":
        return _recover(data_dir)
    try:
        state = store_state(data_dir)
        if args.command == "demo" and state not in ("new", "server"):
            print("In deze map staat al een praktijk. Kies een lege map met --data-dir.", file=sys.stderr)
            return 2
        if state == "encrypted" and gui:
            return _gui(None, args, data_dir)  # the login window opens the store
        if state == "encrypted":
            key = unlock_key(data_dir, *credentials())
            services = open_services(data_dir, key=key)
        else:
            services = open_services(data_dir)
    except WrongSecret as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except (NewerDatabaseError, StorageError) as exc:
        print(str(exc), file=sys.stderr)
        if gui and not args.smoke_screenshot:
            from ksdesk.ui.app import show_startup_problem

            show_startup_problem(str(exc))
        return 3
    from ksdesk.services.errors import ServiceError

    try:
        return _dispatch(services, args, data_dir)
    except ServiceError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    finally:
        services.close()


def _dispatch(services: Services, args: argparse.Namespace, data_dir: str | None) -> int:
    if args.command == "demo":
        from ksdesk.demo import create_demo_practice, print_accounts

        try:
            accounts = create_demo_practice(services, pregnancies=args.pregnancies, seed=args.seed)
        except ValueError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        print_accounts(accounts)
        if services.store.key is not None:
            from ksdesk.security.keyslots import format_recovery_key

            print(f"  herstelsleutel van deze (demo)gegevens: {format_recovery_key(services.store.key)}")
        if not args.open:
            return 0
    if args.command == "backup":
        actor = cli_login(services)
        made = services.backups.make(actor, "handmatig")
        print(f"Reservekopie gemaakt en gecontroleerd: {made.path}")
        return 0
    if args.command == "restore":
        actor = cli_login(services)
        aside = services.backups.restore(actor, Path(args.file))
        print(f"Reservekopie teruggezet: {Path(args.file).name}. De vervangen gegevens staan in {aside}.")
        return 0
    if args.command == "export-monitor":
        from ksdesk.cli_commands import monitor

        return monitor.run(services, args)
    if args.command == "import":
        from ksdesk.cli_commands import imports

        return imports.run(services, args)
    if args.command == "audit" and args.audit_command == "report":
        return _audit_report(services, args)
    if args.command == "audit":
        result = services.audit.verify()
        if result.ok:
            print(f"Logboek in orde: {result.checked} regels gecontroleerd.")
            return 0
        print(f"Logboek beschadigd bij regel {result.broken_at}: {result.reason} "
              f"({result.checked} regels daarvoor in orde).", file=sys.stderr)
        return 1
    return _gui(services, args, data_dir)


def _recover(data_dir: str | None) -> int:
    """ksdesk recover: the printed recovery key opens the store; a beheerder gets a new password."""
    import getpass

    from ksdesk.app import Gate, WrongSecret
    from ksdesk.services.errors import ServiceError, ValidationError

    try:
        key = os.environ.get("KSDESK_RECOVERY_KEY") or input("Herstelsleutel: ")
        username = os.environ.get("KSDESK_USER") or input("Gebruikersnaam van de beheerder: ")
        password = os.environ.get("KSDESK_NEW_PASSWORD") or getpass.getpass("Nieuw wachtwoord: ")
    except EOFError:
        print("Geen herstelsleutel gegeven.", file=sys.stderr)
        return 2
    gate = Gate(data_dir)
    try:
        gate.recover(key, username, password)
    except ValidationError as exc:
        print("\n".join(exc.messages.values()), file=sys.stderr)
        return 2
    except (WrongSecret, ServiceError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    finally:
        gate.close()
    print(f"De beheerder {username} heeft een nieuw wachtwoord. Meld je daarmee aan.")
    return 0


def _gui(services: Services | None, args: argparse.Namespace, data_dir: str | None) -> int:
    """The windows; `services` None: an encrypted store that the login window opens."""
    from ksdesk import paths
    from ksdesk.ui.app import run_gui, smoke_screenshot

    folder = paths.data_dir(data_dir)
    if args.smoke_screenshot:
        return smoke_screenshot(services, folder, Path(args.smoke_screenshot), args.lang)
    return run_gui(services, folder, sys.argv[:1], args.lang)
