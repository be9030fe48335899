"""Classification of a matter (《信访工作条例》第二十九至三十一条) and the group-visit rule (第二十条).

诉访分离: claims that belong to litigation, arbitration, review or other statutory procedures leave the petition
track; only what remains is handled by the petition procedure and ends in a 信访处理意见书.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Route:
    key: str
    label: str
    explanation: str


ROUTES: tuple[Route, ...] = (
    Route("petition", "按信访程序办理",
          "不属于法定途径的申诉求决类事项，依照信访程序办理，出具信访处理意见书（第三十一条第六项）"),
    Route("litigation", "导入诉讼、复议、检察、公安程序",
          "应通过诉讼、行政复议、检察、公安等程序解决的，导入相应程序（诉访分离，第三十一条第一项）"),
    Route("arbitration", "导入仲裁程序", "应通过仲裁解决的，导入相应程序（第三十一条第二项）"),
    Route("party_appeal", "按党员申诉程序办理", "可以通过党员申诉等解决的，导入相应程序（第三十一条第三项）"),
    Route("administrative", "导入行政复议、裁决、确认、许可、处罚程序",
          "可以通过行政复议、裁决、确认、许可、处罚等行政程序解决的，导入相应程序（第三十一条第四项）"),
    Route("duty", "依法履行职责或答复",
          "请求给予处理处罚或依法保护权益的，有权机关依法履行或答复（第三十一条第五项）"),
    Route("suggestion", "建议意见类办理", "建议意见类事项由有关机关研究论证并答复（第二十九条）"),
    Route("accusation", "检举控告类转纪检监察机关",
          "检举控告类事项由纪检监察机关或有权机关依规依纪依法处理，不得泄露给被检举控告人（第三十条）"),
)
_BY_KEY = {r.key: r for r in ROUTES}


@dataclass(frozen=True)
class LegalChannel:
    """What the 不予受理/告知 paper of a matter routed out of the petition procedure says (诉访分离, Art. 31)."""

    channel: str  # the procedure it belongs to
    article: str  # the article of 《信访工作条例》 that routes it there
    reason: str  # why the petition procedure does not take it
    remedy: str  # where and how the petitioner goes on


LEGAL_CHANNELS: dict[str, LegalChannel] = {
    "litigation": LegalChannel(
        "诉讼、检察、公安程序", "第二十条第二款、第三十一条第一项",
        "该事项应当通过诉讼、检察或者公安机关的法定程序解决，依照诉访分离的规定不纳入信访程序",
        "请您依法向人民法院提起诉讼或者申请再审，或者向人民检察院、公安机关等政法机关提出；"
        "已经进入诉讼程序的，请向正在处理的人民法院、人民检察院反映。"),
    "arbitration": LegalChannel(
        "仲裁程序", "第三十一条第二项",
        "该事项应当通过仲裁解决，不纳入信访程序",
        "请您依法向劳动人事争议仲裁委员会、农村土地承包仲裁委员会或者约定的仲裁机构申请仲裁；"
        "对仲裁裁决不服的，可以依法向人民法院提起诉讼。"),
    "party_appeal": LegalChannel(
        "党员申诉程序", "第三十一条第三项",
        "该事项可以通过党员申诉等程序解决，不纳入信访程序",
        "请您依照《中国共产党党员权利保障条例》等党内法规，向所在党组织或者上级党组织、纪检机关提出申诉。"),
    "administrative": LegalChannel(
        "行政复议、裁决、确认、许可、处罚等行政程序", "第三十一条第四项",
        "该事项可以通过行政复议、裁决、确认、许可、处罚等行政程序解决，不纳入信访程序",
        "对行政行为不服的，请您依照《中华人民共和国行政复议法》自知道或者应当知道该行政行为之日起六十日内"
        "向行政复议机关申请行政复议，或者依法提起行政诉讼；申请行政裁决、确认、许可的，请向有权作出决定的"
        "行政机关提出。"),
}
LEGAL_CHANNEL_KEYS = frozenset(LEGAL_CHANNELS)

MAX_REPRESENTATIVES = 5  # 第二十条第三款
GROUP_VISIT_THRESHOLD = 5  # 5人以上 counts as 集体访 by convention


class RoutingError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class GroupVisitError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def route_by_key(key: str) -> Route:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise RoutingError(f"未知的处理途径“{key}”") from None


def suggest_route(purpose: str, litigation: bool) -> str:
    """Default route for the registration form; the clerk can always change it."""
    if purpose == "检举控告":
        return "accusation"
    if purpose == "建议意见":
        return "suggestion"
    if litigation:
        return "litigation"
    return "petition"


def is_legal_channel(route_key: str) -> bool:
    """True when the matter leaves the petition procedure for a statutory one (诉访分离)."""
    route_by_key(route_key)
    return route_key in LEGAL_CHANNEL_KEYS


def legal_channel(route_key: str) -> LegalChannel | None:
    """The statutory channel of a matter routed out of the petition procedure, or None for the petition track."""
    route_by_key(route_key)
    return LEGAL_CHANNELS.get(route_key)


def is_group_visit(people_count: int) -> bool:
    return people_count >= GROUP_VISIT_THRESHOLD


def require_representatives(people_count: int, representatives: Sequence[str], channel: str) -> None:
    """Art. 20 ¶3: more than five people visiting together elect representatives (at most five) to speak for them.
    Checked at the desk; a ledger of past visits records what happened, representatives or not."""
    if channel == "走访" and people_count > MAX_REPRESENTATIVES and not any(n and n.strip() for n in representatives):
        raise GroupVisitError(f"{people_count}人共同走访，应当推选代表（不超过5人）后提出（《信访工作条例》第二十条第三款）；"
                              "请填写代表姓名")


def check_group_visit(people_count: int, representatives: Sequence[str]) -> None:
    """Raise GroupVisitError if the visit's head count and representatives break Art. 20."""
    if people_count < 1:
        raise GroupVisitError("来访人数至少为1人")
    names = [n.strip() for n in representatives if n and n.strip()]
    if len(names) > MAX_REPRESENTATIVES:
        raise GroupVisitError("集体访代表不得超过5人（《信访工作条例》第二十条）")
    if len(names) > people_count:
        raise GroupVisitError(f"代表人数（{len(names)}人）不能多于来访人数（{people_count}人）")
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise GroupVisitError(f"代表“{name}”重复填写")
        seen.add(name)
