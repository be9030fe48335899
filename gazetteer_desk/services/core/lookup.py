"""Finding rows by what a person typed or picked — a matter number, a village, a leader or staff member — with the
Chinese message that names what was not found. One place, so every service refuses the same way."""

from datetime import date

from sqlmodel import Session, select

from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.store.models import Matter, Staff, Village
from gazetteer_desk.services.core.authz import purposes_for


def find_leader(session: Session, code: str, who: str | None) -> Staff:
    """A known, active leader of this township, by name or id; anyone else is refused."""
    who = (who or "").strip()
    if not who:
        raise DeskError("请选择领导")
    staff = _by_name_or_id(session, code, who)
    if staff is None or not staff.is_leader or not staff.active:
        names = "、".join(s.name for s in leaders(session, code)) or "（尚未设置领导）"
        raise DeskError(f"未知的领导“{who}”（本乡镇领导：{names}）")
    return staff


def find_staff(session: Session, code: str, who: str | None, role: str = "工作人员") -> Staff | None:
    """Optional staff member by name or id; an unknown name is refused, an empty one gives ``None``."""
    who = (who or "").strip()
    if not who:
        return None
    staff = _by_name_or_id(session, code, who)
    if staff is None or not staff.active:
        raise DeskError(f"{role}“{who}”不在本乡镇工作人员名单中")
    return staff


def leaders(session: Session, code: str) -> list[Staff]:
    return list(session.exec(
        select(Staff).where(Staff.township_code == code, Staff.is_leader.is_(True), Staff.active.is_(True),
                            Staff.deleted.is_(False)).order_by(Staff.created_at)
    ))


def staff_names(session: Session) -> dict[str, str]:
    return {s.id: s.name for s in session.exec(select(Staff))}


def find_matter(session: Session, township_code: str | None, number: str) -> Matter:
    """A matter by its number; ``township_code`` None in the county store, whose numbers carry their township."""
    number = (number or "").strip()
    query = select(Matter).where(Matter.number == number, Matter.deleted.is_(False))
    if township_code:
        query = query.where(Matter.township_code == township_code)
    matter = session.exec(query).first()
    if matter is None:
        raise NotFound(f"找不到信访事项 {number}" if number else "请填写信访事项编号")
    return matter


def find_village(session: Session, code: str, text: str | None, *, required: str = "") -> Village | None:
    """A village (社区) by name or 12-digit code; empty gives None, or the ``required`` message when it must be given."""
    text = (text or "").strip()
    if not text:
        if required:
            raise DeskError(required)
        return None
    villages = session.exec(select(Village).where(Village.township_code == code, Village.deleted.is_(False))).all()
    matches = [v for v in villages if text in (v.name, v.code)]
    for village in sorted(matches, key=lambda v: not v.active):
        if not village.active:
            raise DeskError(f"村（社区）“{village.name}”已停用，请选择在用的村（社区）")
        return village
    names = "、".join([v.name for v in villages if v.active][:30]) or "尚未设置村居"
    raise DeskError(f"未知的村（社区）“{text}”（本乡镇：{names}）")


def parse_hhmm(text: str, label: str) -> str:
    """``9:00`` / ``09:00`` / ``0900`` -> ``09:00``."""
    raw = (text or "").strip().replace("：", ":")
    if raw.isdigit() and len(raw) in (3, 4):
        raw = raw[:-2] + ":" + raw[-2:]
    try:
        hours, minutes = (int(p) for p in raw.split(":"))
    except ValueError:
        raise DeskError(f"{label}格式应为 时:分，例如 09:00（填写的是“{text}”）") from None
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        raise DeskError(f"{label}不是有效的时间：{text}")
    return f"{hours:02d}:{minutes:02d}"


def check_period(start: date, end: date | None, what: str = "结束日期") -> None:
    if end is not None and end < start:
        raise DeskError(f"{what}（{end:%Y-%m-%d}）不能早于开始日期（{start:%Y-%m-%d}）")


def _by_name_or_id(session: Session, code: str, who: str) -> Staff | None:
    base = select(Staff).where(Staff.township_code == code, Staff.deleted.is_(False))
    return session.exec(base.where(Staff.name == who)).first() or session.exec(base.where(Staff.id == who)).first()


def visible_matter(session: Session, code: str | None, number: str, viewer) -> Matter:
    """The matter ``number`` (of township ``code``, or any township when None) as ``viewer`` may see it: a matter
    whose purpose the viewer's role may not see is refused as if it did not exist (Art. 30)."""
    matter = find_matter(session, code, number)
    purposes = purposes_for(viewer)
    if purposes is not None and matter.purpose not in purposes:
        raise NotFound(f"找不到信访事项 {number.strip()}")
    return matter
