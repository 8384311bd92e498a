"""Storage: SQLAlchemy ORM, engine and sessions, Alembic migrations. No Qt here."""
