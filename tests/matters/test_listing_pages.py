"""The matter list pages by key: following pages one after another gives the very rows, in the very order, of one
long page — for every sortable column, both directions, ties and empty 期限 included."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from gazetteer_desk.services.matters import listing
from gazetteer_desk.services.matters.registration import RegistrationInput, register

NAMES = ("王伟", "李强", "张华", "王伟", "刘芳")  # repeated names: ties broken by the matter number
CATEGORIES = ("城乡建设", "劳动社保", "农村农业")


@pytest.fixture
def listed_store(store):
    start = datetime(2026, 3, 2, 1, 0, tzinfo=timezone.utc)
    for i in range(23):
        register(store, RegistrationInput(
            name=NAMES[i % len(NAMES)], request=f"问题{i}", village="青龙村" if i % 2 else "白鹤村",
            category=CATEGORIES[i % len(CATEGORIES)], received_at=start + timedelta(days=i // 4)))
    with store.engine.begin() as connection:  # some matters without a 期限 (e.g. not accepted)
        connection.execute(text("UPDATE matter SET due_on = NULL WHERE rowid % 4 = 0"))
    return store


def pages_by_key(store, matter_filter, sort, descending, size):
    rows, after = [], None
    while page := listing.fetch_page(store, matter_filter, sort=sort, descending=descending, after=after, limit=size):
        rows += page
        after = page[-1]
    return rows


def test_paging_by_key_gives_the_rows_of_one_long_page(listed_store):
    everything = listing.MatterFilter()
    for sort in listing.SORTABLE:
        for descending in (False, True):
            whole = listing.fetch_page(listed_store, everything, sort=sort, descending=descending, limit=1000)
            assert len(whole) == 23
            paged = pages_by_key(listed_store, everything, sort, descending, size=4)
            assert [row.id for row in paged] == [row.id for row in whole], (sort, descending)


def test_paging_by_key_keeps_the_filter(listed_store):
    wang = listing.MatterFilter(text="王伟")
    whole = listing.fetch_page(listed_store, wang, sort="due_on", descending=True, limit=1000)
    assert len(whole) == listing.count_matters(listed_store, wang) == 9
    assert [row.id for row in pages_by_key(listed_store, wang, "due_on", True, size=3)] == [row.id for row in whole]


def test_paging_by_key_matches_paging_by_offset(listed_store):
    everything = listing.MatterFilter()
    first = listing.fetch_page(listed_store, everything, sort="name", limit=5)
    by_offset = listing.fetch_page(listed_store, everything, sort="name", offset=5, limit=5)
    by_key = listing.fetch_page(listed_store, everything, sort="name", after=first[-1], limit=5)
    assert by_key == by_offset
