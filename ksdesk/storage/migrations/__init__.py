"""The one Alembic migration history of ksdesk, shipped inside the package."""
