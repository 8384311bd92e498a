"""Use cases of doorgeleiding: address book, consent, referral letters and follow-up."""

from __future__ import annotations

from ksdesk.services.base import ServiceBase


class AddressBookService(ServiceBase):
    """Referral destinations per gemeente (see issue 4)."""


class ReferralService(ServiceBase):
    """Referrals with consent, archived letters and status history (see issue 4)."""
