"""A leader's own page: coming reception days, the matters they hold (包案) with their limits, and what is overdue."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from gazetteer_desk.domain.limits import describe_days_left, due_state
from gazetteer_desk.store.database import Store
from gazetteer_desk.services.leaders.case_assignments import AssignmentView, assignments_for_leader
from gazetteer_desk.services.core.lookup import find_leader
from gazetteer_desk.services.leaders.reception_days import ScheduleRow, days_between

UPCOMING_DAYS = 60


@dataclass(frozen=True)
class HeldMatter:
    assignment: AssignmentView
    today: date

    @property
    def deadline(self) -> date | None:
        return self.assignment.deadline

    @property
    def days_left(self) -> int | None:
        return (self.deadline - self.today).days if self.deadline else None

    @property
    def overdue(self) -> bool:
        return due_state(self.deadline, self.today) == "overdue"

    @property
    def status_text(self) -> str:
        """剩余N天 / 今日到期 / 已超期N天 (empty without a limit)."""
        return describe_days_left(self.deadline, self.today) if self.deadline else ""


@dataclass(frozen=True)
class LeaderOverview:
    leader: str
    today: date
    days: list[ScheduleRow] = field(default_factory=list)
    held: list[HeldMatter] = field(default_factory=list)

    @property
    def overdue(self) -> list[HeldMatter]:
        return [h for h in self.held if h.overdue]


def leader_overview(store: Store, leader: str, today: date | None = None, horizon: int = UPCOMING_DAYS, *,
                    viewer=None) -> LeaderOverview:
    """With a ``viewer``, matters of purposes hidden from their role are not listed (检举控告, Art. 30)."""
    today = today or date.today()
    with store.read() as session:
        name = find_leader(session, store.township_code, leader).name
    days = days_between(store, today, today + timedelta(days=horizon), leader)
    held = [HeldMatter(a, today) for a in assignments_for_leader(store, leader, active_only=True, viewer=viewer)]
    held.sort(key=lambda h: (h.deadline is None, h.deadline or today))
    return LeaderOverview(name, today, days, held)
