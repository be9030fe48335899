"""The 统计 area of the window: the statistics page, working through the window's one operation runner."""

from gazetteer_desk.gui.ledgers.stats_view import StatsView
from gazetteer_desk.services.matters.registration import RegistrationInput, register


def test_statistics_area_counts_through_the_window_runner(qtbot, desk, store):
    register(store, RegistrationInput(name="王伟", request="拖欠工资", village="青龙村", category="劳动社保"))
    view = desk.show_area("statistics")
    assert isinstance(view, StatsView) and view.runner is desk.ctx.runner
    assert not view.township.isVisible()  # a township store has no township selector
    with qtbot.waitSignal(view.figures_ready, timeout=10000):
        view.refresh_button.click()
    values = {fv.figure.key: fv.value for fv in view.values}
    assert values["matters"] == 1
    assert "统计口径" in view.categories.toolTip() and "劳动社保：1" in view.categories.toolTip()


def test_a_matter_registered_in_the_window_is_counted_when_statistics_is_shown_again(qtbot, desk):
    from tests.typing_helpers import type_chinese

    view = desk.show_area("statistics")
    qtbot.waitUntil(lambda: view.refresh_button.isEnabled() and bool(view.values), timeout=10000)
    assert {fv.figure.key: fv.value for fv in view.values}["matters"] == 0
    form = desk.show_area("registration")
    type_chinese(form.ui.nameEdit, "王秀英")
    type_chinese(form.ui.requestEdit, "要求解决宅基地纠纷")
    form.save()
    qtbot.waitUntil(lambda: form.ui.pages.currentWidget() is form.ui.resultPage, timeout=5000)
    desk.show_area("statistics")
    qtbot.waitUntil(lambda: {fv.figure.key: fv.value for fv in view.values}["matters"] == 1, timeout=10000)
