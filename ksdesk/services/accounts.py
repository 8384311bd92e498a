"""Personal accounts: first-run set-up, login with lockout, user management."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ksdesk.records.enums import Role
from ksdesk.records.models import PracticeIn
from ksdesk.security import audit, totp
from ksdesk.security.audit import Action, AuditEvent, Outcome
from ksdesk.security.passwords import check_strength, hash_password, needs_rehash, verify_password
from ksdesk.security.permissions import Permission
from ksdesk.services.backups import FOLDER_KEY as BACKUP_FOLDER_KEY
from ksdesk.services.backups import check_folder as check_backup_folder
from ksdesk.services.base import ServiceBase, operation, public, validated
from ksdesk.services.context import Actor, workstation_name
from ksdesk.services.errors import Conflict, NotFound, PermissionDenied, ValidationError
from ksdesk.services.views import UserView
from ksdesk.storage.orm import PracticeRow, SettingRow, UserRow, utcnow

MAX_FREE_ATTEMPTS = 5
AUTO_LOCK_KEY = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
_USERNAME_RE = re.compile(r"^[a-z0-9._-]{3,60}$")


class LoginFailed(PermissionDenied):
    """Wrong user name or password, or the account is locked for a while."""


class SecondFactorRequired(PermissionDenied):
    """The password was right; the TOTP code (or a recovery code) is still needed."""


@dataclass(frozen=True)
class TotpEnrolment:
    secret: str
    uri: str
    qr_png: bytes


def lockout_delay(failed_attempts: int) -> dt.timedelta:
    """No delay for the first five failures; then 30 s, doubling each time, at most one hour."""
    if failed_attempts < MAX_FREE_ATTEMPTS:
        return dt.timedelta(0)
    return dt.timedelta(seconds=min(3600, 30 * 2 ** (failed_attempts - MAX_FREE_ATTEMPTS)))


def validate_account(username: str, display_name: str, password: str) -> str:
    """Check a new account's user name, name and password (ValidationError per field); the cleaned user name.
    Writes nothing: the first-run wizard checks its account page with it before anything is stored."""
    username = username.strip().lower()
    messages: dict[str, str] = {}
    if not _USERNAME_RE.match(username):
        messages["username"] = "3 tot 60 tekens: kleine letters, cijfers, punt, streepje."
    if not display_name.strip() or len(display_name) > 200:
        messages["display_name"] = "Verplicht veld."
    try:
        check_strength(password)
    except ValueError as exc:
        messages["password"] = str(exc)
    if messages:
        raise ValidationError(messages, {"username": "Gebruikersnaam", "display_name": "Naam",
                                         "password": "Wachtwoord"})
    return username


class AccountService(ServiceBase):
    """Users (gebruikers) and login."""

    @public
    def needs_setup(self) -> bool:
        """True on the very first start: no practice and no account yet."""
        with self._transaction() as session:
            return session.scalar(select(func.count()).select_from(UserRow)) == 0

    @public
    def first_run(self, practice: Mapping[str, Any], username: str, display_name: str, password: str,
                  *, is_demo: bool = False, backup_folder: str | Path | None = None) -> Actor:
        """Create the practice, its first beheerder and (optionally) the backup folder setting in one
        transaction; only on an empty store. Nothing is written when any part is refused."""
        record: PracticeIn = validated(PracticeIn, practice)
        username = validate_account(username, display_name, password)
        folder = None
        if backup_folder:
            if self._store.path is None:
                raise Conflict("Deze praktijk werkt met een databaseserver: reservekopieën maakt de server.")
            folder = check_backup_folder(backup_folder)
        with self._transaction() as session:
            if session.scalar(select(func.count()).select_from(UserRow)):
                raise Conflict("Deze installatie is al ingericht.")
            row = PracticeRow(id=1, is_demo=is_demo, **record.model_dump())
            session.add(row)
            user = UserRow(username=username, display_name=display_name.strip(), role=Role.ADMIN.value,
                           password_hash=hash_password(password))
            session.add(user)
            session.flush()
            actor = _actor(user)
            who = {"user_id": user.id, "user_name": user.display_name, "user_role": user.role,
                   "workstation": actor.workstation, "authorised": True, "break_glass": False}
            audit.append(session, AuditEvent(Action.CREATE, "setup.first_run", "practice", "1",
                                             check_treatment=False), **who)
            if folder is not None:
                session.merge(SettingRow(key=BACKUP_FOLDER_KEY, value=str(folder)))
                audit.append(session, AuditEvent(Action.UPDATE, "settings.backup_folder", "instelling",
                                                 BACKUP_FOLDER_KEY, detail=str(folder), check_treatment=False),
                             **who)
            # the beheerder's key slot before the commit: a failure to write it leaves nothing half-made
            self._wrap_key(username, password)
        if self._store.keys is not None:
            self._store.keys.finish_setup(record.name, is_demo)
        return actor

    @public
    def login(self, username: str, password: str, second_factor_code: str | None = None) -> Actor:
        """Check user name, password and (when enrolled) the TOTP or a recovery code.

        Raises LoginFailed (wrong credentials, locked out: 5 free failures, then a growing delay) or
        SecondFactorRequired (password right, code still needed: call again with the code). All logged.
        """
        username = username.strip().lower()
        now = utcnow()
        with self._transaction() as session:
            user = session.scalar(select(UserRow).where(UserRow.username == username))
            # Refusals are logged and committed before raising (the rollback would drop the entry).
            if user is None or not user.active:
                self._log_login(session, None, username, Outcome.FAILED, "onbekende of inactieve gebruiker")
                session.commit()
                raise LoginFailed("Onjuiste gebruikersnaam of wachtwoord.")
            if user.locked_until is not None and user.locked_until > now:
                wait = int((user.locked_until - now).total_seconds()) + 1
                self._log_login(session, user, username, Outcome.DENIED, "account tijdelijk geblokkeerd")
                session.commit()
                raise LoginFailed(f"Te veel mislukte pogingen. Probeer het over {wait} seconden opnieuw.")
            if not verify_password(user.password_hash, password):
                self._count_failure(session, user, username, now, "wachtwoord onjuist")
                raise LoginFailed("Onjuiste gebruikersnaam of wachtwoord.")
            second_factor = False
            if user.totp_secret:
                if not second_factor_code or not second_factor_code.strip():
                    self._log_login(session, user, username, Outcome.DENIED, "wachtwoord juist, code gevraagd")
                    session.commit()
                    raise SecondFactorRequired("Vul de zescijferige code uit je authenticator-app in.")
                if not self._check_second_factor(user, second_factor_code):
                    self._count_failure(session, user, username, now, "code tweede factor onjuist")
                    raise LoginFailed("De code klopt niet. Gebruik de nieuwste code uit je app, of een herstelcode.")
                second_factor = True
            user.failed_attempts = 0
            user.locked_until = None
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            self._log_login(session, user, username, Outcome.OK, "met tweede factor" if second_factor else None)
            if self._store.keys is not None:
                # her slot for the current password (made here when she never had one on this store)
                self._store.keys.keep_current(username, password, self._store.key)
            return replace(_actor(user), second_factor=second_factor)

    def _wrap_key(self, username: str, password: str) -> None:
        """Encrypted store: wrap the database key for this user's (new) password in her key slot."""
        if self._store.keys is not None and self._store.key is not None:
            self._store.keys.add_user(username, password, self._store.key)

    def _count_failure(self, session: Any, user: UserRow, username: str, now: dt.datetime, what: str) -> None:
        user.failed_attempts += 1
        delay = lockout_delay(user.failed_attempts)
        user.locked_until = now + delay if delay else None
        self._log_login(session, user, username, Outcome.FAILED,
                        f"{what} (poging {user.failed_attempts})"
                        + (f", geblokkeerd {int(delay.total_seconds())} s" if delay else ""))
        # The failure counter must survive this refusal: commit before the caller raises.
        session.commit()

    @staticmethod
    def _check_second_factor(user: UserRow, code: str) -> bool:
        assert user.totp_secret is not None
        if totp.verify_code(user.totp_secret, code):
            return True
        if totp.looks_like_recovery_code(code) and user.recovery_codes:
            wanted = totp.normalise_recovery_code(code)
            hashes: list[str] = json.loads(user.recovery_codes)
            for stored in hashes:
                if verify_password(stored, wanted):
                    hashes.remove(stored)  # a recovery code works once
                    user.recovery_codes = json.dumps(hashes)
                    return True
        return False

    @operation(Permission.OWN_ACCOUNT)
    def begin_totp_enrolment(self, actor: Actor) -> TotpEnrolment:
        """A new secret with its QR code; nothing is stored until confirm_totp_enrolment."""
        with self._work(actor) as uow:
            practice = uow.session.get(PracticeRow, 1)
            secret = totp.new_secret()
            uri = totp.provisioning_uri(secret, actor.username, practice.name if practice else "ksdesk")
            return TotpEnrolment(secret=secret, uri=uri, qr_png=totp.qr_png(uri))

    @operation(Permission.OWN_ACCOUNT)
    def confirm_totp_enrolment(self, actor: Actor, secret: str, code: str) -> tuple[Actor, list[str]]:
        """Store the secret once the user typed a valid code; returns the upgraded actor and the
        recovery codes (shown and printed once, stored only as hashes)."""
        if not totp.verify_code(secret, code):
            raise ValidationError({"code": "Deze code klopt niet. Kijk of de tijd op je telefoon goed staat."},
                                  {"code": "Code"})
        codes = totp.new_recovery_codes()
        with self._work(actor) as uow:
            row = uow.session.get(UserRow, actor.user_id)
            if row is None:
                raise NotFound("Gebruiker niet gevonden.")
            row.totp_secret = secret
            row.recovery_codes = json.dumps([hash_password(c) for c in codes])
            uow.audit(AuditEvent(Action.UPDATE, "user.totp_enrolled", "gebruiker", str(row.id),
                                 check_treatment=False))
        return replace(actor, second_factor=True), codes

    @operation(Permission.OWN_ACCOUNT)
    def break_glass(self, actor: Actor, reason: str) -> Actor:
        """Noodknop: access beyond the role after a written reason; logged, and every entry made under it
        carries the break-glass flag for the beheerder to review."""
        reason = " ".join(reason.split())
        if len(reason) < 10:
            raise ValidationError({"reason": "Beschrijf de reden (minstens 10 tekens)."}, {"reason": "Reden"})
        with self._work(actor) as uow:
            elevated = actor.with_break_glass(reason[:500])
            uow.actor = elevated
            uow.audit(AuditEvent(Action.EXECUTE, "break_glass", "noodtoegang", detail=reason[:500],
                                 check_treatment=False))
        return elevated

    @staticmethod
    def _log_login(session: Any, user: UserRow | None, username: str, outcome: Outcome, detail: str | None) -> None:
        audit.append(
            session,
            AuditEvent(Action.EXECUTE, "login", "sessie", detail=detail, outcome=outcome, check_treatment=False),
            user_id=user.id if user else None,
            user_name=user.display_name if user else f"(onbekend: {username[:60]})",
            user_role=user.role if user else "",
            workstation=workstation_name(),
            authorised=outcome is Outcome.OK,
            break_glass=False,
        )

    @operation(Permission.USERS_MANAGE)
    def create_user(self, actor: Actor, username: str, display_name: str, role: Role, password: str,
                    *, staff_id: int | None = None) -> UserView:
        username = validate_account(username, display_name, password)
        with self._work(actor) as uow:
            if uow.session.scalar(select(UserRow.id).where(UserRow.username == username)) is not None:
                raise ValidationError({"username": "Deze gebruikersnaam bestaat al."}, {"username": "Gebruikersnaam"})
            row = UserRow(username=username, display_name=display_name.strip(), role=Role(role).value,
                          password_hash=hash_password(password), staff_id=staff_id)
            uow.session.add(row)
            uow.session.flush()
            uow.audit(AuditEvent(Action.CREATE, "user.create", "gebruiker", str(row.id), check_treatment=False))
            self._wrap_key(username, password)
            return _user_view(row)

    @operation(Permission.USERS_MANAGE)
    def list_users(self, actor: Actor) -> list[UserView]:
        with self._work(actor) as uow:
            return [_user_view(r) for r in uow.session.scalars(select(UserRow).order_by(UserRow.username))]

    @operation(Permission.USERS_MANAGE)
    def update_user(self, actor: Actor, user_id: int, *, display_name: str | None = None, role: Role | None = None,
                    active: bool | None = None) -> UserView:
        """Change a user's name, role or active flag. A beheerder cannot demote or deactivate herself, and
        the last active beheerder stays (otherwise nobody could manage the installation)."""
        with self._work(actor) as uow:
            row = uow.session.get(UserRow, user_id)
            if row is None:
                raise NotFound("Gebruiker niet gevonden.")
            if display_name is not None:
                if not display_name.strip() or len(display_name) > 200:
                    raise ValidationError({"display_name": "Verplicht veld."}, {"display_name": "Naam"})
                row.display_name = display_name.strip()
            losing_admin = (role is not None and Role(role) is not Role.ADMIN) or active is False
            if losing_admin and row.role == Role.ADMIN.value:
                if row.id == actor.user_id:
                    raise Conflict("Je kunt je eigen beheerdersrol niet intrekken.")
                admins = uow.session.scalar(select(func.count()).select_from(UserRow).where(
                    UserRow.role == Role.ADMIN.value, UserRow.active.is_(True)))
                if admins <= 1:
                    raise Conflict("Er moet minstens één actieve beheerder blijven.")
            if role is not None:
                row.role = Role(role).value
            if active is not None:
                row.active = active
            uow.audit(AuditEvent(Action.UPDATE, "user.update", "gebruiker", str(row.id), check_treatment=False))
            view = _user_view(row)
        if active is False and self._store.keys is not None:
            # a removed user's key slot goes with her; after reactivation the beheerder sets a new password
            self._store.keys.remove_user(view.username)
        return view

    @operation(Permission.USERS_MANAGE)
    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> None:
        """Set a new (temporary) password for a user who forgot hers; also lifts a lockout."""
        try:
            check_strength(new_password)
        except ValueError as exc:
            raise ValidationError({"password": str(exc)}, {"password": "Wachtwoord"}) from None
        with self._work(actor) as uow:
            row = uow.session.get(UserRow, user_id)
            if row is None:
                raise NotFound("Gebruiker niet gevonden.")
            row.password_hash = hash_password(new_password)
            row.failed_attempts = 0
            row.locked_until = None
            uow.audit(AuditEvent(Action.UPDATE, "user.password_reset", "gebruiker", str(row.id),
                                 check_treatment=False))
            self._wrap_key(row.username, new_password)

    @operation(Permission.OWN_ACCOUNT)
    def take_recovery_key(self, actor: Actor) -> str | None:
        """The store's recovery key, once, for a beheerder (at practice creation or after encrypting an older
        store): to print and keep in the practice's safe. None when already shown or not encrypted."""
        from ksdesk.security.keyslots import format_recovery_key

        keys, key = self._store.keys, self._store.key
        if actor.role is not Role.ADMIN or keys is None or key is None or not keys.take_recovery_pending():
            return None
        with self._work(actor) as uow:
            uow.audit(AuditEvent(Action.READ, "store.recovery_key_shown", "sleutel", None, check_treatment=False))
        return format_recovery_key(key)

    @public
    def recover_admin(self, username: str, new_password: str) -> Actor:
        """Opened with the recovery key (nobody could log in): give a beheerder a new password and a new key
        slot. Refused on a store opened any other way."""
        if not getattr(self._store, "recovered", False):
            raise PermissionDenied("Dit kan alleen na openen met de herstelsleutel.")
        try:
            check_strength(new_password)
        except ValueError as exc:
            raise ValidationError({"password": str(exc)}, {"password": "Nieuw wachtwoord"}) from None
        username = username.strip().lower()
        with self._transaction() as session:
            user = session.scalar(select(UserRow).where(UserRow.username == username))
            if user is None or user.role != Role.ADMIN.value:
                raise ValidationError({"username": "Geen beheerder met deze gebruikersnaam."},
                                      {"username": "Gebruikersnaam"})
            user.password_hash = hash_password(new_password)
            user.failed_attempts = 0
            user.locked_until = None
            user.active = True
            audit.append(session, AuditEvent(Action.UPDATE, "user.recovered", "gebruiker", str(user.id),
                                             detail="nieuw wachtwoord na openen met de herstelsleutel",
                                             check_treatment=False),
                         user_id=user.id, user_name=user.display_name, user_role=user.role,
                         workstation=workstation_name(), authorised=True, break_glass=False)
            self._wrap_key(username, new_password)
            return _actor(user)

    @operation(Permission.USERS_MANAGE)
    def unlock(self, actor: Actor, user_id: int) -> None:
        """Lift a lockout after failed logins."""
        with self._work(actor) as uow:
            row = uow.session.get(UserRow, user_id)
            if row is None:
                raise NotFound("Gebruiker niet gevonden.")
            row.failed_attempts = 0
            row.locked_until = None
            uow.audit(AuditEvent(Action.UPDATE, "user.unlock", "gebruiker", str(row.id), check_treatment=False))

    @operation(Permission.OWN_ACCOUNT)
    def auto_lock_minutes(self, actor: Actor) -> int:
        """Minutes of inactivity before the screen locks (practice setting, default 10)."""
        with self._work(actor) as uow:
            row = uow.session.get(SettingRow, AUTO_LOCK_KEY)
            return int(row.value) if row else DEFAULT_AUTO_LOCK_MINUTES

    @operation(Permission.SETTINGS_WRITE)
    def set_auto_lock_minutes(self, actor: Actor, minutes: int) -> None:
        if not 1 <= minutes <= 60:
            raise ValidationError({"minutes": "Kies 1 tot 60 minuten."}, {"minutes": "Automatisch vergrendelen"})
        with self._work(actor) as uow:
            row = uow.session.get(SettingRow, AUTO_LOCK_KEY)
            if row is None:
                uow.session.add(SettingRow(key=AUTO_LOCK_KEY, value=str(minutes)))
            else:
                row.value = str(minutes)
            uow.audit(AuditEvent(Action.UPDATE, "settings.auto_lock", "instelling", AUTO_LOCK_KEY,
                                 detail=f"{minutes} minuten", check_treatment=False))

    @operation(Permission.OWN_ACCOUNT)
    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        """Every user may change her own password (needs the old one)."""
        try:
            check_strength(new_password)
        except ValueError as exc:
            raise ValidationError({"new_password": str(exc)}, {"new_password": "Nieuw wachtwoord"}) from None
        with self._work(actor) as uow:
            row = uow.session.get(UserRow, actor.user_id)
            if row is None:
                raise NotFound("Gebruiker niet gevonden.")
            if not verify_password(row.password_hash, old_password):
                raise ValidationError({"old_password": "Het huidige wachtwoord klopt niet."},
                                      {"old_password": "Huidig wachtwoord"})
            row.password_hash = hash_password(new_password)
            uow.audit(AuditEvent(Action.UPDATE, "user.password", "gebruiker", str(row.id), check_treatment=False))
            self._wrap_key(row.username, new_password)


def _actor(user: UserRow) -> Actor:
    return Actor(user.id, user.username, user.display_name, Role(user.role), workstation_name())


def _user_view(row: UserRow) -> UserView:
    return UserView(id=row.id, username=row.username, display_name=row.display_name, role=Role(row.role),
                    active=row.active, has_totp=row.totp_secret is not None)
