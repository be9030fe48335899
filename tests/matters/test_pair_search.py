"""Two-character queries reach the content through the index's terms, and find what a read of every text finds."""

import pytest

from gazetteer_desk.services.matters import listing, search
from gazetteer_desk.services.matters.registration import RegistrationInput, register


@pytest.fixture
def filled(store):
    for name, request, village in (
        ("李强", "反映王伟的问题", "青龙村"), ("张华", "拖欠工资王伟", "白鹤村"), ("刘芳", "宅基地纠纷", "青龙村"),
        ("陈林", "低保资格 Ab 复核", "白鹤村"), ("赵敏", "王伟", "白鹤村"),
    ):
        register(store, RegistrationInput(name=name, request=request, village=village))
    return store


QUERIES = ("王伟", "龙村", "鹤村", "工资", "Ab", "纠纷", "无此")


def test_pair_queries_find_the_same_matters_as_reading_every_text(filled, monkeypatch):
    by_terms = {q: {h.number for h in search.search(filled, q)} for q in QUERIES}
    monkeypatch.setattr(search, "PAIR_TERMS_LIMIT", -1)  # every pair "too common": the bounded scan
    by_scan = {q: {h.number for h in search.search(filled, q)} for q in QUERIES}
    monkeypatch.undo()
    assert by_terms == by_scan
    assert len(by_terms["王伟"]) == 3 and len(by_terms["龙村"]) == 2 and by_terms["无此"] == set()
    folded = {h.number for h in search.search(filled, "aB")}
    assert folded == by_terms["Ab"] != set()  # the index folds case, as for longer queries


def test_the_list_filter_uses_the_same_pair_search(filled):
    wang = listing.MatterFilter(text="王伟")
    assert listing.count_matters(filled, wang) == 3
    assert {r.name for r in listing.fetch_page(filled, wang)} == {"李强", "张华", "赵敏"}


@pytest.mark.parametrize("query", ["王伟", "反映王伟", "纠纷"])
def test_a_ranked_search_orders_content_hits_by_date_whether_they_are_few_or_many(filled, monkeypatch, query):
    from datetime import datetime

    for day in (5, 1, 9):  # entered out of date order: the ranking must follow 登记日期, not the order of entry
        register(filled, RegistrationInput(name="孙丽", request=f"再次反映王伟的问题和纠纷{day}",
                                           received_at=datetime(2025, 3, day, 10).astimezone()))
    rows = listing.fetch_page(filled, listing.MatterFilter(text=query), limit=50)
    listed = [r.number for r in rows]
    few = [h.number for h in search.search(filled, query)]  # few hits: each looked up
    monkeypatch.setattr(search, "few_content_hits", lambda _connection: 0)  # "many": walked newest first
    many = [h.number for h in search.search(filled, query)]
    limited = [h.number for h in search.search(filled, query, limit=2)]
    assert few == many and sorted(few) == sorted(listed) and len(few) >= 3
    by_date = {r.number: (r.received_on, r.number) for r in rows}
    content = [n for n in few if n in by_date]
    assert content == sorted(content, key=by_date.get, reverse=True)  # newest first
    assert limited == many[:2]
    assert listing.count_matters(filled, listing.MatterFilter(text=query)) == len(listed)
