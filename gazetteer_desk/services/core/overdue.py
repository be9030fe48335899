"""The one SQL reading of "overdue" (超期), shared by the due banner, the matter list's filter and 统计.

It is :func:`gazetteer_desk.domain.limits.due_state` in SQL: a matter is overdue when the limit the desk must
watch now (``Matter.due_on``, set by :func:`gazetteer_desk.domain.procedure.next_due` only while a step runs)
lies before the day it is judged on. The running statuses are named too, so a stale ``due_on`` on a closed matter
(an imported ledger row, say) is never counted.
"""

from gazetteer_desk.domain import limits

# statuses whose due_on is a limit the desk itself must meet (procedure.next_due sets it only for these)
RUNNING_STATUSES = ("registered", "accepted", "assigned", "review", "recheck")
DUE_SOON_DAYS = limits.DUE_SOON_DAYS


def _running(alias: str) -> str:
    return f"{alias}.status IN (" + ", ".join(f"'{s}'" for s in RUNNING_STATUSES) + ")"


def overdue_condition(alias: str = "m", today_param: str = "today") -> str:
    """SQL for ``due_state(due_on, :today) == "overdue"`` of a running matter."""
    return f"({_running(alias)} AND {alias}.due_on IS NOT NULL AND {alias}.due_on < :{today_param})"


def soon_condition(alias: str = "m", today_param: str = "today", soon_param: str = "soon") -> str:
    """SQL for ``due_state(due_on, :today) == "soon"``; ``:soon`` is today plus :data:`DUE_SOON_DAYS`."""
    return (f"({_running(alias)} AND {alias}.due_on >= :{today_param} AND {alias}.due_on <= :{soon_param})")
