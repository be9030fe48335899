"""The synchronised tables' names, for code that works on the driver connection without loading the ORM models.

In foreign-key order (parents first) — the order of ``SQLModel.metadata.sorted_tables``, which
tests/store/test_synced_tables.py checks this list against — so inserts in this order satisfy references and the
matter search index trigger finds the petitioner already there.
"""

SYNCED_TABLE_NAMES: tuple[str, ...] = (
    "petitioner", "staff", "township", "village", "fieldvisit", "matter", "receptionday", "caseassignment",
    "countyorder", "matterevent", "mediationcase", "visit", "caseprogress", "mediationfollowup", "mediationsession",
)
