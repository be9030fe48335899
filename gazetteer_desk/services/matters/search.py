"""Finding matters by name, ID number, phone, matter number or words of the content.

Every kind of hit is gathered by its own indexed lookup and scored (0 exact person or number, 1 name prefix,
2 content); an OR across the joined tables would make SQLite scan all matters instead.

Queries of three characters or more reach the content through the trigram FTS5 index. The trigram tokenizer finds
nothing shorter, and two-character names (王伟) are the commonest query at a desk, so short queries match names
exactly or by prefix through the name index. A two-character query reaches the content through the trigrams that
begin with it (``matter_fts_terms``, a range on the index's own term list): a rare pair of characters costs a few
index look-ups, not a read of every matter's text. A common pair (more than ``PAIR_TERMS_LIMIT`` trigrams) and a
single character fall back to a scan from the newest matter that stops at ``SHORT_QUERY_CONTENT_LIMIT`` hits — quick
because such hits are dense. A pair at the very end of the indexed text (the village's name closes it) begins no
trigram; it is found through the village's name.

A ranked search (``search``: the best few) never reads more matters than it must. It counts the index's content hits
up to a bound (``few_content_hits``); below it each hit is looked up, and above it the matters are walked newest
first through the 登记日期 index, each tested against the set of hits, until enough are found — a common word is met
early in that walk. A lookup of a matter row costs some twenty times a step along the index, so the bound grows with
the square root of the store: the two ways' worst cases meet there. Either way the order is exact. The kinds of hit
are taken in turn — exact (a person's name, ID number or phone, a matter number), then name prefixes, then content —
and a kind is read only while the page is not full: a common name (王伟, hundreds of people in a county) fills it with
exact hits, each person's matters ordered by date from one index (``ix_matter_petitioner_received``, revision 0008),
and the thousands of matters of 王伟X and of the content are never looked at.
On PostgreSQL (a county store on a server) the content is reached through ``pg_trgm`` GIN indexes over the same text
(revision 0007): ``ILIKE '%query%'`` for three characters or more; a two-character query through GIN indexes of the
text's character pairs (``gd_bigrams``), which also find a pair that ends a name; a single character scans newest
first, bounded, as above.
"""

import math

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from gazetteer_desk.domain.idnumber import IdNumberError, parse_id_number
from gazetteer_desk.store.database import Store

ROW_COLUMNS = (
    "m.id, m.number, p.name, p.id_number, p.phone, m.category, m.subcategory, m.village_name, m.status, "
    "m.received_on, m.due_on, m.request, m.is_repeat, m.people_count, m.urgent, m.township_code"
)
SHORT_QUERY_CONTENT_LIMIT = 2000  # content hits of a common short query (bounded scan): enough to rank, bounded
PAIR_TERMS_LIMIT = 200  # past this many trigrams an OR of them costs more than the bounded scan


def few_content_hits(connection) -> int:
    """Up to this many content hits a ranked search looks each one up; past it, it walks the matters newest first."""
    (last,) = connection.execute(text("SELECT coalesce(max(rowid), 0) FROM matter")).one()
    return max(200, min(3000, int(math.sqrt(6 * last))))


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
        values = list(row)[:16]
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


def pair_terms(connection, query: str) -> list[str] | None:
    """The indexed trigrams beginning with a two-character ``query``; None when too many to be worth matching."""
    low = query.lower()  # the trigram index folds case
    found = connection.execute(
        text("SELECT term FROM matter_fts_terms WHERE term >= :low AND term < :high LIMIT :cap"),
        {"low": low, "high": low + "\U0010ffff", "cap": PAIR_TERMS_LIMIT + 1},
    ).scalars().all()
    return None if len(found) > PAIR_TERMS_LIMIT else list(found)


def hits_sql(query: str, params: dict, connection=None, *, ranked: int | None = None, visible: str = "",
             upto: int = 2) -> str:
    """A SELECT of (rid, score) rows: the matter rowids the query hits, 0 = exact, 1 = name prefix, 2 = content.

    ``connection``: where a two-character query looks up its trigrams (without one it scans, bounded).
    ``ranked``: only the best this many hits of each kind by 登记日期 (newest first) among the matters ``visible``
    (a condition on ``m``) leaves — for a ranked top few; a list's filter must count every hit and passes None.
    ``upto``: only the kinds of hit scored up to this."""
    params["q"] = query
    params["q_high"] = query + "\U0010ffff"  # name >= q AND name < q_high: a prefix match the name index serves
    person = "SELECT m.rowid AS rid, {score} AS score FROM petitioner p JOIN matter m ON m.petitioner_id = p.id WHERE "
    if ranked is not None:
        # a person's matters come with their date from ix_matter_petitioner_received: ordered without reading a row
        person = "SELECT rid, {score} AS score FROM (" + person.replace("{score}", "0") + "{found}" + (
            f" AND m.deleted = 0{visible} ORDER BY m.received_on DESC, m.number DESC LIMIT {int(ranked)}) AS found")
    else:
        person += "{found}"
    parts = [
        person.format(score=0, found="p.name = :q"),
        person.format(score=0, found="p.id_number = :q"),
        person.format(score=0, found="p.phone = :q"),
        "SELECT rowid, 0 FROM matter WHERE number = :q",
    ]
    if upto < 1:
        return " UNION ALL ".join(parts)
    parts.append(person.format(score=1, found="p.name > :q AND p.name < :q_high"))
    if upto < 2:
        return " UNION ALL ".join(parts)
    if connection is not None and connection.dialect.name == "postgresql":
        parts.extend(_server_content(query, params, ranked, visible))
        return " UNION ALL ".join(parts)
    terms = pair_terms(connection, query) if len(query) == 2 and connection is not None else None
    if len(query) >= 3:
        params["q_fts"] = fts_phrase(query)
        parts.append(_content(connection, params, ranked, visible))
    elif terms is not None:
        params["q_fts"] = " OR ".join(fts_phrase(term) for term in terms) or '""'
        if ranked is None:
            parts.append(
                f"SELECT rid, 2 FROM (SELECT rowid AS rid FROM matter_fts WHERE matter_fts MATCH :q_fts "
                f"ORDER BY rowid DESC LIMIT {SHORT_QUERY_CONTENT_LIMIT})"
            )
        else:
            parts.append(_content(connection, params, ranked, visible))
        parts.append(  # the pair closing the text: the village's name ends with it
            "SELECT m.rowid, 2 FROM village v JOIN matter m ON m.village_code = v.code "
            "WHERE substr(v.name, -2) = :q AND m.village_name = v.name"
        )
    else:
        # instr(), not LIKE: the trigram index answers a LIKE of under three characters with nothing at all
        parts.append(
            f"SELECT rid, 2 FROM (SELECT rowid AS rid FROM matter_fts WHERE instr(body, :q) > 0 "
            f"ORDER BY rowid DESC LIMIT {SHORT_QUERY_CONTENT_LIMIT})"
        )
    return " UNION ALL ".join(parts)


def _content(connection, params: dict, ranked: int | None, visible: str) -> str:
    """The content hits of ``:q_fts``: all of them, or for a ranked search the best ``ranked`` (module docstring)."""
    match = "SELECT rowid FROM matter_fts WHERE matter_fts MATCH :q_fts"
    every_hit = "SELECT rowid, 2 FROM matter_fts WHERE matter_fts MATCH :q_fts"
    if ranked is None or connection is None:
        return every_hit
    few = few_content_hits(connection)
    (found,) = connection.execute(text(f"SELECT count(*) FROM ({match} LIMIT {few + 1})"), params).one()
    if found <= few:
        return every_hit
    # '+' keeps SQLite from looking every hit up by rowid: it walks the 登记日期 index and tests each against the set
    return (f"SELECT rid, 2 FROM (SELECT m.rowid AS rid FROM matter m WHERE +m.rowid IN ({match}) "
            f"AND m.deleted = 0{visible} ORDER BY m.received_on DESC, m.number DESC LIMIT {int(ranked)})")
# the indexed expressions of revision 0007 (the same text FTS5 indexes), written as the indexes were made
MATTER_TEXT = ("(coalesce(m.number,'') || ' ' || coalesce(m.request,'') || ' ' || coalesce(m.facts,'') || ' ' || "
               "coalesce(m.reasons,'') || ' ' || coalesce(m.subject,'') || ' ' || coalesce(m.village_name,''))")
PETITIONER_TEXT = "(coalesce(p.name,'') || ' ' || coalesce(p.id_number,'') || ' ' || coalesce(p.phone,''))"


def _like_pattern(query: str) -> str:
    return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _server_content(query: str, params: dict, ranked: int | None, visible: str) -> list[str]:
    """PostgreSQL's content hits: the trigram indexes for three characters or more, else a bounded scan; a ranked
    search takes the newest ``ranked`` by 登记日期 among the matters ``visible`` leaves, as on SQLite."""
    if len(query) >= 3:
        params["q_like"] = _like_pattern(query)
        cap = ("" if ranked is None else
               f" AND m.deleted = 0{visible} ORDER BY m.received_on DESC, m.number DESC LIMIT {int(ranked)}")
        found = f"{MATTER_TEXT} ILIKE :q_like"
        person = f"{PETITIONER_TEXT} ILIKE :q_like"
    elif len(query) == 2:  # the character pairs' own indexes
        cap = f" ORDER BY m.rowid DESC LIMIT {SHORT_QUERY_CONTENT_LIMIT}"
        found = f"gd_bigrams({MATTER_TEXT}) @> ARRAY[lower(:q)]"
        person = f"gd_bigrams({PETITIONER_TEXT}) @> ARRAY[lower(:q)]"
    else:  # one character: dense hits, the scan from the newest stops soon
        cap = f" ORDER BY m.rowid DESC LIMIT {SHORT_QUERY_CONTENT_LIMIT}"
        found = f"strpos(lower({MATTER_TEXT}), lower(:q)) > 0"
        person = f"strpos(lower({PETITIONER_TEXT}), lower(:q)) > 0"
    return [
        f"SELECT rid, 2 FROM (SELECT m.rowid AS rid FROM matter m WHERE {found}{cap}) AS content_hits",
        f"SELECT rid, 2 FROM (SELECT m.rowid AS rid FROM petitioner p JOIN matter m ON m.petitioner_id = p.id "
        f"WHERE {person}{cap}) AS person_hits",
    ]


def text_condition(query: str, params: dict, connection=None) -> str:
    """A WHERE fragment restricting ``m`` to the matters the query hits."""
    return f"m.rowid IN (SELECT rid FROM ({hits_sql(query, params, connection)}) AS hit_rows)"


def purpose_condition(purposes, params: dict) -> str:
    """Only matters whose purpose is in ``purposes`` (an empty set matches nothing)."""
    keys = sorted(purposes)
    params.update({f"pp{i}": key for i, key in enumerate(keys)})
    return "m.purpose IN (" + ", ".join(f":pp{i}" for i in range(len(keys))) + ")" if keys else "1 = 0"


def search(store: Store, query: str, limit: int = 50, *, visible_purposes=None) -> list[MatterRow]:
    """``visible_purposes``: None for every matter, else only matters of these purposes (a role's view)."""
    query = normalise_query(query)
    if not query:
        return []
    params: dict = {"limit": limit}
    visible = "" if visible_purposes is None else " AND " + purpose_condition(visible_purposes, params)
    with store.engine.connect() as connection:
        # the exact hits first, then the name prefixes, then the content: a common name (王伟) fills the page with
        # exact hits, and the thousands of matters of 王伟X and of the content are never read. Exact: with ``limit``
        # hits scored up to s, no hit of a higher score can come before any of them.
        for upto in (0, 1, 2):
            rows = _ranked(connection, query, dict(params), visible, limit, upto)
            if len(rows) >= limit:
                break
        return rows


def _ranked(connection, query: str, params: dict, visible: str, limit: int, upto: int) -> list[MatterRow]:
    # twice the limit: the content hits that are name hits too still leave enough of them (exact order)
    hits = hits_sql(query, params, connection, ranked=2 * limit, visible=visible, upto=upto)
    sql = (
        f"WITH hits AS ({hits}), "
        f"best AS (SELECT rid, min(score) AS score FROM hits GROUP BY rid), "
        # ranked on the matter's own columns first: only the rows shown are joined to their person
        f"top AS (SELECT best.rid, best.score FROM best JOIN matter m ON m.rowid = best.rid "
        f"WHERE m.deleted = 0{visible} ORDER BY best.score, m.received_on DESC, m.number DESC LIMIT :limit) "
        f"SELECT {ROW_COLUMNS}, top.score FROM top JOIN matter m ON m.rowid = top.rid "
        f"JOIN petitioner p ON p.id = m.petitioner_id ORDER BY top.score, m.received_on DESC, m.number DESC"
    )
    return [MatterRow.from_sql(row) for row in connection.execute(text(sql), params)]
