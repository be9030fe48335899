"""三项建议 (《信访工作条例》第十四条、第四十条): proposals to 改进工作 / 完善政策 / 追究责任 and whether they were adopted.

There is no table for them: a proposal is a history entry of its matter, kind ``proposal``, with
``data = {"kind": <one of PROPOSAL_KINDS>, "adopted": bool}``, so it travels in the monthly bundle with the matter and
:mod:`gazetteer_desk.services.ledgers.figures` counts it by SQL on the JSON. Recording one needs ``record_proposal``.
"""

from datetime import date

from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store
from gazetteer_desk.services.core import audit, history
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.ledgers.figures import PROPOSAL_EVENT, PROPOSAL_KINDS
from gazetteer_desk.services.core.lookup import visible_matter
from gazetteer_desk.services.core.mode import township_scope

MAX_DETAIL = 500


def describe(kind: str, adopted: bool, detail: str = "") -> str:
    """The history line, as the matter's page and the printed history show it."""
    text = f"提出{kind}建议（{'已采纳' if adopted else '未采纳'}）"
    return text + (f"：{detail.strip()}" if detail.strip() else "")


def record_proposal(
    store: Store, number: str, kind: str, *, adopted: bool, detail: str = "", on: date | None = None, actor=""
) -> str:
    """Add the proposal to the matter's history (and the audit trail) in one transaction; returns the history line.

    ``actor``: a username, or a signed-in CurrentUser (then the ``record_proposal`` permission is checked).
    """
    require(actor, "record_proposal")
    viewer, actor = actor, audit.actor_name(actor)
    if kind not in PROPOSAL_KINDS:
        raise DeskError(f"三项建议的种类应为：{'、'.join(PROPOSAL_KINDS)}")
    if len(detail.strip()) > MAX_DETAIL:
        raise DeskError(f"建议内容不能超过{MAX_DETAIL}字")
    on = on or date.today()
    if on > date.today():
        raise DeskError(f"提出建议的日期不能晚于今天：{on:%Y-%m-%d}")
    text = describe(kind, adopted, detail)
    with store.transaction() as session:
        matter = visible_matter(session, township_scope(store), number, viewer)
        if on < matter.received_on:
            raise DeskError(f"提出建议的日期 {on:%Y-%m-%d} 早于事项登记日期 {matter.received_on:%Y-%m-%d}")
        history.append(session, matter, PROPOSAL_EVENT, text, actor=actor, on_date=on,
                       data={"kind": kind, "adopted": bool(adopted)})
    return text
