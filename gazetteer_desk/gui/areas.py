"""The main window's areas. A later feature plugs its page in with one line::

    AREAS["reception_days"] = Area("reception_days", "接访日", lambda ctx: ReceptionDaysView(ctx))

A factory gets the :class:`~gazetteer_desk.gui.context.DeskContext` and returns a QWidget; it is called the first time
the area is shown, so start-up only pays for the registration form.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Area:
    key: str
    title: str
    factory: Callable | None = None  # (DeskContext) -> QWidget; None shows ``pending`` text
    pending: str = ""  # what the area will hold, until a feature fills it


def _registration(ctx):
    from gazetteer_desk.gui.matters.registration_view import RegistrationView

    return RegistrationView(ctx)


def _matters(ctx):
    from gazetteer_desk.gui.matters.matter_list_view import MatterListView

    return MatterListView(ctx)


def _reception_days(ctx):
    from gazetteer_desk.gui.leaders.leader_view import LeaderView
    from gazetteer_desk.gui.leaders.reception_days_view import ReceptionDaysView

    # The 领导工作台 opens on the signed-in leader's own view (another leader can still be chosen)
    return _tabs((ReceptionDaysView(ctx.store, actor=ctx.user, runner=ctx.runner), "领导接访日"),
                 (LeaderView(ctx.store, user=ctx.user), "领导工作台"))


def _field_visits(ctx):
    from gazetteer_desk.gui.leaders.field_visits_view import FieldVisitsView

    return FieldVisitsView(ctx.store, actor=ctx.user)


def _mediation(ctx):
    from gazetteer_desk.gui.mediation.mediation_view import MediationView

    return MediationView(ctx.store, actor=ctx.user, runner=ctx.runner)


def _sync(ctx):
    # what a bundle brings (the townships' matters at the county, the county's answers at a township) is new to the
    # window's other pages: they reload as after any change of many matters at once
    if ctx.store.mode == "county":
        from gazetteer_desk.gui.sync.county_view import CountyPage

        page = CountyPage(ctx.store, ctx.runner, actor=ctx.user)
        page.imported.connect(lambda _result: ctx.matter_changed.emit(""))
        return page
    from gazetteer_desk.gui.sync.sync_view import SyncPage

    page = SyncPage(ctx.store, ctx.runner, actor=ctx.user)
    page.down.down_imported.connect(lambda _report: ctx.matter_changed.emit(""))
    return page


def _statistics(ctx):
    from gazetteer_desk.gui.ledgers.stats_view import StatsView

    view = StatsView(ctx.store, ctx.runner, user=ctx.user)
    ctx.matter_registered.connect(lambda _number: view.mark_stale())
    ctx.matter_changed.connect(lambda _number: view.mark_stale())
    view.matters_imported.connect(lambda: ctx.matter_changed.emit(""))
    return view


def _tabs(*pages):
    from PySide6.QtWidgets import QTabWidget

    tabs = QTabWidget()
    for widget, title in pages:
        tabs.addTab(widget, title)
    return tabs


def _settings(ctx):
    from gazetteer_desk.gui.setup.settings_view import SettingsView

    return SettingsView(ctx)


# Order is the navigation order and the Ctrl+1…Ctrl+8 shortcuts.
AREAS: dict[str, Area] = {
    a.key: a
    for a in (
        Area("registration", "登记", _registration),
        Area("matters", "事项", _matters),
        Area("reception_days", "接访日", _reception_days),
        Area("field_visits", "下访", _field_visits),
        Area("mediation", "调解", _mediation),
        Area("statistics", "统计", _statistics),
        Area("sync", "同步", _sync),
        Area("settings", "设置", _settings),
    )
}


def register_area(key: str, title: str, factory: Callable) -> None:
    """Fill (or add) an area; keeps its place in the navigation when it already exists."""
    if key in AREAS:
        AREAS[key].title = title
        AREAS[key].factory = factory
    else:
        AREAS[key] = Area(key, title, factory)
