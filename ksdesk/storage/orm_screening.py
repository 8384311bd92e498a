"""ORM tables for assessments of the Kwetsbaarheid Rotterdam, their items, the meldcode steps and the referral decision.

Imported at the end of ksdesk.storage.orm so that Base.metadata is complete. Changing these tables needs the
matching Alembic revision in storage/migrations/versions.
"""

from __future__ import annotations

from ksdesk.storage.orm import Base, utcnow  # noqa: F401
