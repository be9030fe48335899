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
