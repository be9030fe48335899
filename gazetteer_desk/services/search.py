"""Finding matters by name, ID number, phone, matter number or words of the content.

Queries of three characters or more go through the trigram FTS5 index. The trigram tokenizer finds nothing shorter,
and two-character names (王伟) are the commonest query at a desk, so short queries match names exactly or by
prefix through the name index, and the content by a scan of the index table.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from ..domain.idnumber import IdNumberError, parse_id_number
from ..store.database import Store

ROW_COLUMNS = (
    "m.id, m.number, p.name, p.id_number, p.phone, m.category, m.subcategory, m.village_name, m.status, "
    "m.received_on, m.due_on, m.request, m.is_repeat, m.people_count, m.urgent, m.township_code"
)


@dataclass(frozen=True)
class MatterRow:
    id: str
    number: str
    name: str
    id_number: str | None
    phone: str | None
    category: str
    subcategory: str | None
    village_name: str
    status: str
    received_on: date
    due_on: date | None
    request: str
    is_repeat: bool
    people_count: int
    urgent: bool
    township_code: str

    @classmethod
    def from_sql(cls, row) -> "MatterRow":
        values = list(row)
        values[9] = date.fromisoformat(values[9]) if isinstance(values[9], str) else values[9]
        values[10] = date.fromisoformat(values[10]) if isinstance(values[10], str) else values[10]
        values[12], values[14] = bool(values[12]), bool(values[14])
        return cls(*values)


def normalise_query(query: str) -> str:
    query = query.strip()
    try:  # an ID number typed with a lowercase x or full-width digits still finds the person
        return parse_id_number(query).value
    except IdNumberError:
        return query


def fts_phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'


def text_condition(query: str, params: dict) -> tuple[str, str]:
    """(WHERE fragment, ORDER fragment giving 0 for the best kind of hit) for a typed query."""
    params["q"] = query
    params["q_prefix"] = query + "%"
    params["q_high"] = query + "\U0010ffff"  # name >= q AND name < q_high is a prefix match the index can serve
    params["q_like"] = "%" + query.replace("%", "").replace("_", "") + "%"
    if len(query) >= 3:
        params["q_fts"] = fts_phrase(query)
        where = "(m.rowid IN (SELECT rowid FROM matter_fts WHERE matter_fts MATCH :q_fts) OR p.name = :q)"
    else:
        where = (
            "(p.name = :q OR (p.name >= :q AND p.name < :q_high) OR "
            "m.rowid IN (SELECT rowid FROM matter_fts WHERE body LIKE :q_like))"
        )
    order = (
        "CASE WHEN p.name = :q OR p.id_number = :q OR p.phone = :q OR m.number = :q THEN 0 "
        "WHEN p.name >= :q AND p.name < :q_high THEN 1 ELSE 2 END"
    )
    return where, order


def purpose_condition(purposes, params: dict) -> str:
    """Only matters whose purpose is in ``purposes`` (an empty set matches nothing)."""
    keys = sorted(purposes)
    params.update({f"pp{i}": key for i, key in enumerate(keys)})
    return "m.purpose IN (" + ", ".join(f":pp{i}" for i in range(len(keys))) + ")" if keys else "0"


def search(store: Store, query: str, limit: int = 50, *, visible_purposes=None) -> list[MatterRow]:
    """``visible_purposes``: None for every matter, else only matters of these purposes (a role's view)."""
    query = normalise_query(query)
    if not query:
        return []
    params: dict = {"limit": limit}
    where, order = text_condition(query, params)
    if visible_purposes is not None:
        where += " AND " + purpose_condition(visible_purposes, params)
    sql = (
        f"SELECT {ROW_COLUMNS} FROM matter m JOIN petitioner p ON p.id = m.petitioner_id "
        f"WHERE m.deleted = 0 AND {where} ORDER BY {order}, m.received_on DESC, m.number DESC LIMIT :limit"
    )
    with store.engine.connect() as connection:
        return [MatterRow.from_sql(row) for row in connection.execute(text(sql), params)]
