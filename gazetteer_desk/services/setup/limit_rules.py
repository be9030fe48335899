"""The county's choices about counting limits that the law leaves open: whether a limit ending on a rest day rolls
to the next working day, and which years' holiday tables are entered in full. Each change moves the running limits
of open matters in the same save."""

from sqlmodel import Session

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.calendar import COMPLETE_YEARS_SETTING, ROLL_SETTING, calendar_in, complete_years
from gazetteer_desk.services.setup.holidays import recompute_limits
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Setting


def set_rest_day_rollover(store: Store, roll: bool, *, actor="") -> int:
    """Returns how many open matters had their limit moved."""
    require(actor, "edit_settings")
    with store.transaction() as session:
        store.set_setting(ROLL_SETTING, "1" if roll else "0", session)
        session.flush()
        moved = recompute_limits(session, calendar_in(session))
        audit.record(session, audit.actor_name(actor), "setting", "setting", ROLL_SETTING,
                     {"roll_to_working_day": roll, "limits_moved": moved})
    return moved


def mark_year_complete(store: Store, year: int, complete: bool = True, *, actor="") -> frozenset[int]:
    """The county says the year's 节假日 and 调休 are all entered (or takes that back); returns the marked years."""
    require(actor, "edit_settings")
    if not 2000 <= year <= 2100:
        raise DeskError(f"年份无效：{year}")
    with store.transaction() as session:
        years = _marked(session)
        years = years | {year} if complete else years - {year}
        store.set_setting(COMPLETE_YEARS_SETTING, ",".join(str(y) for y in sorted(years)), session)
        audit.record(session, audit.actor_name(actor), "setting", "setting", COMPLETE_YEARS_SETTING,
                     {"year": year, "complete": complete})
    return frozenset(years)


def _marked(session: Session) -> frozenset[int]:
    row = session.get(Setting, COMPLETE_YEARS_SETTING)
    return complete_years(row.value if row else "")
