"""Scrolling the matter list fetches page after page by key: the window ends up with every matter, in the list's
order, none twice."""

from gazetteer_desk.gui.matters import matter_list_model
from gazetteer_desk.services.matters import listing
from gazetteer_desk.services.matters.registration import RegistrationInput, register


def test_scrolling_fetches_every_matter_once_in_order(qtbot, monkeypatch, desk, store):
    monkeypatch.setattr(matter_list_model, "PAGE_SIZE", 2)
    for name in ("王伟", "李娜", "王伟", "张华", "刘芳"):
        register(store, RegistrationInput(name=name, request="拖欠工资"))
    model = desk.show_area("matters").model
    qtbot.waitUntil(lambda: model.total == 5 and not model.loading, timeout=5000)
    while model.canFetchMore() or model.loading:
        if model.canFetchMore():
            model.fetchMore()
        qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    expected = listing.fetch_page(store, listing.MatterFilter(), limit=100)
    assert [model.number(r) for r in range(model.rowCount())] == [row.number for row in expected]
