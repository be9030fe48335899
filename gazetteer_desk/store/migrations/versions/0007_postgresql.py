"""the store on PostgreSQL: search indexes, change counter triggers, SQLite's dialect where the services speak it

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28

Nothing on SQLite. On PostgreSQL this revision gives the store what the earlier ones gave SQLite:

- ``matter.rowid``: SQLite's implicit rowid, made explicit (an identity column) — the search and the bounded scans
  "newest first" use it. Not a synchronised column: bundles and row seals leave it out.
- Search: ``pg_trgm`` GIN indexes over the same text FTS5 indexes (the matter's number and content; the
  petitioner's name, ID number, phone). Like FTS5's trigram tokenizer they answer queries of three characters and
  more. Two-character queries — the commonest at a desk: a name like 王伟 — have GIN indexes of their own over the
  text's character pairs (``gd_bigrams``), the counterpart of SQLite's range on the trigram terms.
- ``change_seq``: one PL/pgSQL trigger function stamps every inserted or updated synchronised row with the next
  value of ``changecounter`` (the row lock on the counter orders concurrent writers as SQLite's single writer does).
- The services' SQL was written for SQLite, where a boolean is 0 or 1: ``deleted = 0``, ``SUM(status IN …)``,
  ``group_concat``, ``json_extract``, ``substr`` of a date. Small functions, operators and aggregates give PostgreSQL the same
  reading, so one statement serves both stores.
"""
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

SYNCED = ("township", "village", "staff", "petitioner", "matter", "visit", "matterevent", "receptionday",
          "fieldvisit", "caseassignment", "caseprogress", "mediationcase", "mediationsession", "mediationfollowup",
          "countyorder")

MATTER_TEXT = ("(coalesce(number,'') || ' ' || coalesce(request,'') || ' ' || coalesce(facts,'') || ' ' || "
               "coalesce(reasons,'') || ' ' || coalesce(subject,'') || ' ' || coalesce(village_name,''))")
PETITIONER_TEXT = "(coalesce(name,'') || ' ' || coalesce(id_number,'') || ' ' || coalesce(phone,''))"

# every pair of adjacent characters of a text, folded to lower case, once each
BIGRAMS_FUNCTION = """
CREATE FUNCTION gd_bigrams(value text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substr(lower(value), i, 2)), '{}')
    FROM generate_series(1, char_length(value) - 1) AS i
$$"""

CHANGE_FUNCTION = """
CREATE FUNCTION gd_stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- an update that sets change_seq itself (a copy from another store) keeps it, as SQLite's WHEN clause does
    IF TG_OP = 'UPDATE' AND NEW.change_seq IS DISTINCT FROM OLD.change_seq THEN
        RETURN NEW;
    END IF;
    UPDATE changecounter SET value = value + 1 WHERE id = 1 RETURNING value INTO NEW.change_seq;
    RETURN NEW;
END $$"""

INTEGERS = ("smallint", "integer", "bigint")
SQLITE_DIALECT = [
    # boolean = 0 / 1 and boolean != 0 / 1, as SQLite reads them
    *[statement for kind in INTEGERS for statement in (
        f"CREATE FUNCTION gd_bool_eq(boolean, {kind}) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = ($2 <> 0)'",
        f"CREATE FUNCTION gd_bool_ne(boolean, {kind}) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> ($2 <> 0)'",
        f"CREATE OPERATOR = (LEFTARG = boolean, RIGHTARG = {kind}, FUNCTION = gd_bool_eq)",
        f"CREATE OPERATOR <> (LEFTARG = boolean, RIGHTARG = {kind}, FUNCTION = gd_bool_ne)",
    )],
    # SUM of a condition counts where it holds
    "CREATE FUNCTION gd_sum_bool(bigint, boolean) RETURNS bigint LANGUAGE sql IMMUTABLE AS "
    "'SELECT CASE WHEN $2 IS NULL THEN $1 ELSE coalesce($1, 0) + CASE WHEN $2 THEN 1 ELSE 0 END END'",
    "CREATE AGGREGATE sum(boolean) (SFUNC = gd_sum_bool, STYPE = bigint)",
    # group_concat(x) and group_concat(x, separator)
    "CREATE FUNCTION gd_concat(text, text, text) RETURNS text LANGUAGE sql IMMUTABLE AS "
    "'SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || $3 || $2 END'",
    "CREATE FUNCTION gd_concat(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT gd_concat($1, $2, '',''::text)'",
    "CREATE AGGREGATE group_concat(text) (SFUNC = gd_concat, STYPE = text)",
    "CREATE AGGREGATE group_concat(text, text) (SFUNC = gd_concat, STYPE = text)",
    # json_extract(data, '$.key') of SQLite's JSON1, for the plain paths the services use (the value as text)
    "CREATE FUNCTION json_extract(json, text) RETURNS text LANGUAGE sql IMMUTABLE AS "
    "'SELECT $1 #>> string_to_array(substr($2, 3), ''.'')'",
    # substr of a date (SQLite keeps dates as ISO text)
    "CREATE FUNCTION substr(date, integer, integer) RETURNS text LANGUAGE sql IMMUTABLE AS "
    "'SELECT substr(to_char($1, ''YYYY-MM-DD''), $2, $3)'",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("ALTER TABLE matter ADD COLUMN rowid bigint GENERATED BY DEFAULT AS IDENTITY")
    op.execute("CREATE UNIQUE INDEX ix_matter_rowid ON matter (rowid)")
    op.execute(f"CREATE INDEX ix_matter_text_trgm ON matter USING gin ({MATTER_TEXT} gin_trgm_ops)")
    op.execute(f"CREATE INDEX ix_petitioner_text_trgm ON petitioner USING gin ({PETITIONER_TEXT} gin_trgm_ops)")
    op.execute("CREATE INDEX ix_petitioner_name_prefix ON petitioner (name text_pattern_ops)")
    op.execute(BIGRAMS_FUNCTION)
    op.execute(f"CREATE INDEX ix_matter_text_pairs ON matter USING gin (gd_bigrams({MATTER_TEXT}))")
    op.execute(f"CREATE INDEX ix_petitioner_text_pairs ON petitioner USING gin (gd_bigrams({PETITIONER_TEXT}))")
    op.execute(CHANGE_FUNCTION)
    for table in SYNCED:
        op.execute(f"CREATE TRIGGER {table}_change BEFORE INSERT OR UPDATE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION gd_stamp_change()")
    for statement in SQLITE_DIALECT:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in ("DROP FUNCTION substr(date, integer, integer)", "DROP FUNCTION json_extract(json, text)", "DROP AGGREGATE group_concat(text, text)",
                      "DROP AGGREGATE group_concat(text)", "DROP FUNCTION gd_concat(text, text)",
                      "DROP FUNCTION gd_concat(text, text, text)", "DROP AGGREGATE sum(boolean)",
                      "DROP FUNCTION gd_sum_bool(bigint, boolean)"):
        op.execute(statement)
    for kind in INTEGERS:
        op.execute(f"DROP FUNCTION gd_bool_eq(boolean, {kind}) CASCADE")
        op.execute(f"DROP FUNCTION gd_bool_ne(boolean, {kind}) CASCADE")
    for table in SYNCED:
        op.execute(f"DROP TRIGGER {table}_change ON {table}")
    op.execute("DROP FUNCTION gd_stamp_change()")
    for index in ("ix_petitioner_text_pairs", "ix_matter_text_pairs", "ix_petitioner_name_prefix",
                  "ix_petitioner_text_trgm", "ix_matter_text_trgm", "ix_matter_rowid"):
        op.execute(f"DROP INDEX {index}")
    op.execute("DROP FUNCTION gd_bigrams(text)")
    op.execute("ALTER TABLE matter DROP COLUMN rowid")
