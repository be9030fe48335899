"""Setting up a township or county store, its holiday calendar, and demo data."""
