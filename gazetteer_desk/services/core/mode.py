"""What kind of store this is — a township desk's or the county office's — and what follows from it."""

from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store


def township_scope(store: Store) -> str | None:
    """The township whose matters this store holds; None for the county store, which holds every township's
    (matter numbers carry the township code, so they stay unique there)."""
    return None if store.mode == "county" else store.township_code


def require_county(store: Store) -> None:
    if store.mode != "county":
        raise DeskError("此功能只在县信访办（县级模式）使用：请先运行 gazetteer-desk county init")
