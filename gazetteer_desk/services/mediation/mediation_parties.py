"""The parties of a 人民调解 case: how they are held, and how they are shown — masked for lists, screens and the
audit trail (个人信息保护法), in full only to a signed-in user holding ``view_full_id``, which is audited."""

from dataclasses import dataclass

from gazetteer_desk.domain.masking import mask_id_number, mask_phone
from gazetteer_desk.domain.permissions import can
from gazetteer_desk.store.database import Store
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import is_user

PARTY_KINDS = ("个人", "单位")
PARTY_ROLES = ("申请人", "被申请人", "当事人")


@dataclass
class Party:
    name: str
    kind: str = "个人"  # 个人 / 单位
    role: str = "当事人"
    sex: str = ""
    ethnicity: str = ""
    birth: str = ""  # "1980年3月2日" or "45岁"; filled from the ID number when empty
    id_number: str = ""  # for a unit: 统一社会信用代码
    phone: str = ""
    address: str = ""
    representative: str = ""  # 法定代表人 / 委托代理人

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def party_names(parties: list[dict]) -> str:
    return "、".join(p.get("name", "") for p in parties)


def masked_party(p: dict) -> dict:
    """A party as lists, screens and the audit trail show it: a person's ID number and every phone masked (a unit's
    统一社会信用代码 is public)."""
    out = dict(p)
    if out.get("kind", "个人") == "个人":
        out["id_number"] = mask_id_number(out.get("id_number"))
    out["phone"] = mask_phone(out.get("phone"))
    return out


def reveal_parties(store: Store, viewer, number: str) -> bool:
    """Whether ``viewer`` may see case ``number``'s parties in full; a full view is written to the audit trail."""
    if is_user(viewer) and can(viewer.role, "view_full_id"):
        audit.record_now(store, viewer, "reveal", "mediation", number, {"field": "parties"})
        return True
    return False
