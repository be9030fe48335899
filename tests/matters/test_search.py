from gazetteer_desk.services.matters import listing
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.services.matters.search import search


def add(store, name, request, **kw):
    return register(store, RegistrationInput(name=name, request=request, **kw)).number


def test_two_character_names_are_found_exactly_and_by_prefix(store):
    wang = add(store, "王伟", "拖欠工资")
    add(store, "王伟东", "宅基地纠纷")
    add(store, "李强", "反映王伟的问题")  # the name appears only in the content
    add(store, "张华", "低保")
    hits = search(store, "王伟")
    assert [h.name for h in hits][:2] == ["王伟", "王伟东"]
    assert hits[0].number == wang
    assert {h.name for h in hits} == {"王伟", "王伟东", "李强"}


def test_longer_queries_use_the_content_index(store):
    number = add(store, "刘芳", "小区电梯长期停运无人维修")
    add(store, "陈林", "低保资格")
    assert [h.number for h in search(store, "电梯长期停运")] == [number]
    assert search(store, "不存在的内容") == []


def test_id_number_phone_and_matter_number_find_the_matter(store):
    number = add(store, "赵敏", "土地", id_number="11010519491231002X", phone="13900001111")
    assert search(store, "11010519491231002x")[0].number == number  # lowercase x still finds it
    assert search(store, "13900001111")[0].number == number
    assert search(store, number)[0].number == number


def test_rare_characters_in_names_are_searchable(store):
    number = add(store, "王䶮", "道路损毁")
    assert search(store, "王䶮")[0].number == number


def test_listing_pages_filters_and_counts(store, today):
    for i in range(25):
        add(store, f"张{i:02d}", "问题", village="青龙村" if i % 2 else "白鹤村")
    f = listing.MatterFilter(village_code=None)
    assert listing.count_matters(store, f) == 25
    page = listing.fetch_page(store, f, sort="name", descending=False, offset=20, limit=10)
    assert [r.name for r in page] == [f"张{i:02d}" for i in range(20, 25)]
    village = listing.fetch_page(store, listing.MatterFilter(text="张0"), limit=50)
    assert len(village) == 10
    assert listing.due_counts(store, today).overdue == 0


def test_a_ranked_search_takes_exact_hits_then_prefixes_then_content_in_date_order_at_any_limit(store):
    """Past ``limit`` exact hits the prefixes and the content are not read: the page must be the one a full ranking
    gives — by kind of hit, then newest first — at every limit, for every role's view, deleted matters left out."""
    import sqlite3
    from datetime import datetime

    def on(day, name, request, **kw):
        return add(store, name, request, received_at=datetime(2025, 1 + day // 28, 1 + day % 28, 9).astimezone(), **kw)

    for day in (3, 40, 11, 75, 29, 60):
        on(day, "王伟", f"拖欠工资{day}")
    accusation = on(80, "王伟", "举报村干部", purpose="检举控告")
    gone = on(90, "王伟", "已删除的事项")
    for day in (50, 7, 88):
        on(day, "王伟东", f"宅基地纠纷{day}")
    for day in (20, 85):
        on(day, "李强", f"反映王伟的问题{day}")
    db = sqlite3.connect(store.path)
    with db:
        db.execute("UPDATE matter SET deleted = 1 WHERE number = ?", (gone,))
    db.close()
    rows = listing.fetch_page(store, listing.MatterFilter(text="王伟"), limit=100)
    kind = {r.number: 0 if r.name == "王伟" else 1 if r.name.startswith("王伟") else 2 for r in rows}
    full = [r.number for r in sorted(rows, key=lambda r: (kind[r.number], -r.received_on.toordinal()))]
    assert len(full) == 12 and gone not in full and accusation in full
    for limit in (1, 3, 7, 8, 10, 12, 50):
        assert [h.number for h in search(store, "王伟", limit=limit)] == full[:limit], limit
    clerk_view = frozenset({"求决", "申诉", "投诉", "建议意见", "其他"})
    seen = [n for n in full if n != accusation]
    for limit in (3, 6, 7, 50):
        assert [h.number for h in search(store, "王伟", limit=limit, visible_purposes=clerk_view)] == seen[:limit]
