"""个人信息保护法 at the desk: lists and prints show masked ID numbers and phones; the full value is shown only on a
matter's page, only to roles holding ``view_full_id``, and every such view is written to the audit trail.
检举控告 matters stay out of lists, searches and pages of roles not named for them (信访工作条例 Art. 30).
"""

from dataclasses import replace

from gazetteer_desk.domain.masking import mask_id_number, mask_phone
from gazetteer_desk.store.database import Store
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.matters import listing, matters, search
from gazetteer_desk.services.accounts import id_search_guard
from gazetteer_desk.services.core.authz import PermissionDenied, is_user, purposes_for, require
from gazetteer_desk.services.matters.matters import MatterDetail


def mask_row(row: search.MatterRow) -> search.MatterRow:
    return replace(row, id_number=mask_id_number(row.id_number), phone=mask_phone(row.phone))


def search_for(store: Store, user, text: str, limit: int = 50) -> list[search.MatterRow]:
    """The search box of a signed-in user: purposes hidden from the role left out, personal numbers masked.
    A search by ID number is audited and, for roles that see masked numbers only, limited in rate."""
    id_search_guard.check_and_record(store, user, text)
    rows = search.search(store, text, limit, visible_purposes=purposes_for(user))
    return [mask_row(row) for row in rows]


def filter_for(user, matter_filter: listing.MatterFilter) -> listing.MatterFilter:
    return replace(matter_filter, visible_purposes=purposes_for(user))


def count_for(store: Store, user, matter_filter: listing.MatterFilter) -> int:
    return listing.count_matters(store, filter_for(user, matter_filter))


def fetch_page_for(store: Store, user, matter_filter: listing.MatterFilter, **kwargs) -> list[search.MatterRow]:
    if not kwargs.get("offset"):  # the first page of a search is the search; later pages only scroll
        id_search_guard.check_and_record(store, user, matter_filter.text)
    return [mask_row(row) for row in listing.fetch_page(store, filter_for(user, matter_filter), **kwargs)]


def matter_page(store: Store, user, number: str) -> MatterDetail:
    """A matter's page with the petitioner's numbers masked; :func:`reveal_id_number` shows them on request."""
    detail = matters.get_matter(store, number, viewer=user)
    person = detail.petitioner.model_copy(update={"id_number": mask_id_number(detail.petitioner.id_number),
                                                  "phone": mask_phone(detail.petitioner.phone)})
    return replace(detail, petitioner=person)


def _reveal(store: Store, user, number: str, field: str) -> str:
    if not is_user(user):
        raise PermissionDenied("请先登录")
    require(user, "view_full_id")
    detail = matters.get_matter(store, number, viewer=user)
    audit.record_now(store, user, "reveal", "matter", detail.matter.number,
                     {"field": field, "petitioner_id": detail.petitioner.id})
    return getattr(detail.petitioner, field) or ""


def reveal_id_number(store: Store, user, matter_number: str) -> str:
    """The full ID number on the matter page: permission checked, the view audited."""
    return _reveal(store, user, matter_number, "id_number")


def reveal_phone(store: Store, user, matter_number: str) -> str:
    return _reveal(store, user, matter_number, "phone")
