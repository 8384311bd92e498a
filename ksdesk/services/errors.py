"""The one family of errors services raise; the UI and CLI show their Dutch messages."""

from __future__ import annotations

from ksdesk.records.errors import RecordValidationError


class ServiceError(Exception):
    """Base of all expected service errors; str(error) is a Dutch message for the user."""


class ValidationError(RecordValidationError, ServiceError):
    """Bad input: a Dutch message per field; nothing was written."""

    @classmethod
    def from_record(cls, exc: RecordValidationError) -> ValidationError:
        return cls(exc.messages, exc.titles)

    @classmethod
    def single(cls, field: str, title: str, message: str) -> ValidationError:
        return cls({field: message}, {field: title})


class PermissionDenied(ServiceError):
    """The acting user's role does not allow this."""


class SecondFactorNeeded(PermissionDenied):
    """This needs a login with the second factor (TOTP): enrol or log in again with the code."""


class NotFound(ServiceError):
    pass


class Conflict(ServiceError):
    """The data changed underneath, or the request contradicts what is stored."""


class StorageProblem(ServiceError):
    """The disk is full, the data folder is read-only or the database cannot be reached; nothing was written."""
