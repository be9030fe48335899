"""三项建议 (《信访工作条例》第十四条、第四十条): proposals to 改进工作 / 完善政策 / 追究责任 and whether they were adopted.

There is no table for them: a proposal is a history entry of its matter, kind ``proposal``, with
``data = {"kind": <one of PROPOSAL_KINDS>, "adopted": bool}``, so it travels in the monthly bundle with the matter and
:mod:`gazetteer_desk.services.figures` counts it by SQL on the JSON.
"""

from datetime import date

from ..errors import DeskError
from ..store.database import Store
from .figures import PROPOSAL_EVENT, PROPOSAL_KINDS
from .lookup import find_matter
from .matters import _scope
from . import history


def record_proposal(
    store: Store, number: str, kind: str, *, adopted: bool, detail: str = "", on: date | None = None, actor: str = ""
) -> None:
    if kind not in PROPOSAL_KINDS:
        raise DeskError(f"三项建议的种类应为：{'、'.join(PROPOSAL_KINDS)}")
    on = on or date.today()
    text = f"提出{kind}建议（{'已采纳' if adopted else '未采纳'}）" + (f"：{detail.strip()}" if detail.strip() else "")
    with store.transaction() as session:
        matter = find_matter(session, _scope(store), number)
        history.append(session, matter, PROPOSAL_EVENT, text, actor=actor, on_date=on,
                       data={"kind": kind, "adopted": bool(adopted)})
