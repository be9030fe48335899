"""Petitioners: validated identity, found again by ID number (else name and phone), and their earlier matters."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from gazetteer_desk.domain.idnumber import IdNumberError, parse_id_number
from gazetteer_desk.resources import division_table
from gazetteer_desk.domain.masking import mask_id_number
from gazetteer_desk.domain.repeat import PriorMatter, find_repeats
from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Matter, Petitioner
from gazetteer_desk.domain.procedure import OPEN_STATUSES
from gazetteer_desk.services.core.authz import purposes_for

ID_CARD = "居民身份证"


class IdentityConflict(DeskError):
    """The ID number typed is on file under another name. Saving would rename that person, so the clerk decides:
    the name on file was wrong (correct it, keeping the old one in the person's record) or the number was mistyped."""

    def __init__(self, id_number: str, on_file: str, typed: str) -> None:
        super().__init__(
            f"证件号码 {mask_id_number(id_number)} 已登记在“{on_file}”名下，本次填写的姓名为“{typed}”。"
            f"如“{on_file}”是误登的姓名，请确认更正为“{typed}”（原姓名保留在此人的记录中）；"
            "如号码填错，请改正号码后再保存。")
        self.id_number, self.on_file, self.typed = id_number, on_file, typed


@dataclass(frozen=True)
class Identity:
    name: str
    id_type: str
    id_number: str | None
    phone: str | None
    birth_date: date | None = None
    sex: str = ""


def normalise_identity(name: str, id_type: str, id_number: str | None, phone: str | None, today: date) -> Identity:
    name = (name or "").strip()
    if not name:
        raise DeskError("请填写信访人姓名")
    phone = (phone or "").strip() or None
    if phone and not phone.replace("-", "").replace(" ", "").isdigit():
        raise DeskError(f"联系电话只能包含数字：{phone}")
    raw = (id_number or "").strip() or None
    if raw and id_type == ID_CARD:
        try:
            parsed = parse_id_number(raw, today=today, divisions=division_table())
        except IdNumberError as error:
            raise DeskError(f"身份证号码有误：{error.message}") from error
        return Identity(name, id_type, parsed.value, phone, parsed.birth_date, parsed.sex)
    return Identity(name, id_type, raw, phone)


def find_petitioner(session: Session, township_code: str, who: Identity) -> Petitioner | None:
    base = select(Petitioner).where(Petitioner.township_code == township_code, Petitioner.deleted.is_(False))
    if who.id_number:
        found = session.exec(base.where(Petitioner.id_number == who.id_number)).first()
        if found:
            return found
    if who.phone:
        return session.exec(base.where(Petitioner.name == who.name, Petitioner.phone == who.phone)).first()
    return None


def earlier_matters(
    store: Store, *, id_number: str | None = None, name: str | None = None, phone: str | None = None,
    today: date | None = None, viewer=None,
) -> list[PriorMatter]:
    """The person's open matters and recent ones, newest first — the desk's repeat panel. With a ``viewer``
    (CurrentUser) matters of purposes hidden from their role (检举控告) are left out."""
    today = today or date.today()
    if not id_number and not (name and phone):
        return []
    with store.read() as session:
        query = (
            select(Matter, Petitioner)
            .join(Petitioner, Petitioner.id == Matter.petitioner_id)
            .where(Matter.deleted.is_(False))
        )
        if id_number:
            query = query.where(Petitioner.id_number == id_number)
        else:
            query = query.where(Petitioner.name == name, Petitioner.phone == phone)
        purposes = purposes_for(viewer)
        if purposes is not None:
            query = query.where(Matter.purpose.in_(sorted(purposes)))
        rows = session.exec(query.order_by(Matter.received_on.desc()).limit(200)).all()
    priors = [
        PriorMatter(
            id=m.id, number=m.number, petitioner_id_number=p.id_number, petitioner_name=p.name,
            petitioner_phone=p.phone, category=m.category, status=m.status, received_on=m.received_on,
            closed=m.status not in OPEN_STATUSES,
        )
        for m, p in rows
    ]
    return find_repeats(priors, id_number, name or "", phone, today)


@dataclass(frozen=True)
class PersonOnFile:
    """Who came about a matter, as the desk recorded them — what 同一事项再次来访 fills into the form."""

    name: str
    sex: str
    ethnicity: str
    id_type: str
    id_number: str | None  # None unless the viewer may see full numbers
    phone: str | None  # likewise
    address: str


def person_of_matter(store: Store, number: str, *, viewer=None) -> PersonOnFile:
    """The petitioner of ``number``; full ID and phone numbers only for a viewer with ``view_full_id``."""
    from gazetteer_desk.services.core.authz import is_user
    from gazetteer_desk.services.core.lookup import find_matter

    full = not is_user(viewer) or viewer.can("view_full_id")
    with store.read() as session:
        matter = find_matter(session, store.township_code, number)
        purposes = purposes_for(viewer)
        if purposes is not None and matter.purpose not in purposes:
            raise DeskError(f"找不到信访事项 {number}")
        p = session.get(Petitioner, matter.petitioner_id)
    return PersonOnFile(p.name, p.sex, p.ethnicity, p.id_type, p.id_number if full else None,
                        p.phone if full else None, p.address)
