"""A township's monthly bundle may answer the county's orders and nothing more: validly signed by the township's own
key, a bundle that rewrites the county's part of an order (its kind, deadline, instruction, draft, matter), adds an
order the county never issued, deletes one, or answers another township's order is refused, the county store as it
was; an honest answer still goes through."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from gazetteer_desk.services.sync import bundle_import, county_orders, down_export, down_import, township_orders
from gazetteer_desk.store.models import CountyOrder, Matter

from tests.sync.conftest import COUNTY_PASS, TOWN_PASS, dump, petition, seal, unpack_export
from tests.sync.down_fixtures import exchange_down_keys
from tests.sync.test_hostile_rows import tampered

A, B = "500235101", "500235102"
TABLE = "countyorder"


@pytest.fixture
def orders(desk, tmp_path):
    """双江镇 received a 督办 on its late matter and a 交办件, answered both, and exported its second monthly bundle
    (unpacked, for tampering, not yet at the county); 龙角镇 has a 交办件 of its own."""
    exchange_down_keys(desk, tmp_path)
    a = desk.townships[A]
    today = date.today()
    late = petition(a, "赵德明", None, "反映邻里宅基地纠纷")
    other = petition(a, "王秀英", None, "要求解决道路硬化")
    assert bundle_import.import_bundles(desk.county, [desk.export(A).bundle_path], passphrase=COUNTY_PASS).exit_code == 0
    supervised = county_orders.supervise(desk.county, late, today + timedelta(days=7), "超期办理，限期答复")
    assigned = county_orders.assign_matter(desk.county, county_orders.AssignmentInput(
        township_code=A, name="孙桂兰", request="反映村集体收益分配不公开", deadline=today + timedelta(days=20)))
    theirs = county_orders.assign_matter(desk.county, county_orders.AssignmentInput(
        township_code=B, name="李华", request="要求修缮水渠", deadline=today + timedelta(days=20)))
    down = down_export.export_down(desk.county, A, desk.stick, passphrase=COUNTY_PASS)
    report = down_import.import_down(a, down.bundle_path, passphrase=TOWN_PASS)
    assert report.status == "imported", report.lines()
    township_orders.respond(a, late, "已入户调解，双方达成协议", on=today)
    township_orders.respond(a, report.matters[0], "已受理，正在调查", on=today)
    second = desk.export(A, "2026-12")
    files = unpack_export(desk, second)
    for path in desk.stick.glob(f"{A}-*"):
        path.unlink()
    return desk, files, {"督办": supervised.id, "交办": assigned.id, "theirs": theirs.id, "other": other}


def _orders_at_county(desk) -> dict[str, tuple]:
    with desk.county.read() as session:
        return {o.id: (o.kind, o.township_code, o.instruction, o.deadline, o.issued_on, o.draft, o.matter_id,
                       o.deleted) for o in session.exec(CountyOrder.__table__.select())}


def _refused(desk, files, reason):
    hostile = seal(desk, A, files, "hostile.gdb.age", sequence=2, period="2026-12")
    before, orders_before = dump(desk.county), _orders_at_county(desk)
    result = bundle_import.import_bundles(desk.county, [hostile], passphrase=COUNTY_PASS)
    [line] = result.reports
    assert line.status == "refused", line.line()
    assert reason in line.message, line.message
    assert dump(desk.county) == before
    assert _orders_at_county(desk) == orders_before


def _on(order_id, change):
    def apply(rows):
        [row] = [r for r in rows if r["id"] == order_id]
        change(row)
    return apply


def _set(column, value):
    def change(row):
        row[column] = value
    return change


@pytest.mark.parametrize("which, column, value, reason", [
    ("督办", "deadline", "2099-12-31", "改动了县信访办下达的办理期限（deadline）"),
    ("督办", "kind", "交办", "改动了县信访办下达的类别（kind）"),
    ("督办", "instruction", "无需办理", "交办/督办要求（instruction）"),
    ("督办", "issued_on", "2020-01-01", "下达日期（issued_on）"),
    ("交办", "draft", '{"name": "张三", "request": "撤回"}', "交办内容（draft）"),
    ("督办", "deleted", 1, "删除标记（deleted）"),
    ("督办", "created_at", "2020-01-01 00:00:00.000000", "下达时间（created_at）"),
])
def test_a_township_cannot_rewrite_the_countys_part_of_an_order(orders, which, column, value, reason):
    desk, files, ids = orders
    hostile = tampered(files, TABLE, _on(ids[which], _set(column, value)))
    _refused(desk, hostile, reason)


def test_a_supervised_order_cannot_be_moved_to_another_matter(orders):
    desk, files, ids = orders
    with desk.townships[A].read() as session:
        other = session.exec(select(Matter).where(Matter.number == ids["other"])).one().id
    hostile = tampered(files, TABLE, _on(ids["督办"], _set("matter_id", other)))
    _refused(desk, hostile, "所涉事项（matter_id）")


def test_a_township_cannot_add_an_order_the_county_never_issued(orders):
    desk, files, ids = orders

    def invent(rows):
        rows.append({**rows[0], "id": "0f0f0f0f-0000-4000-8000-000000000001", "instruction": "自拟督办"})
    _refused(desk, tampered(files, TABLE, invent), "县信访办没有下达过这件交办/督办")


def test_a_township_cannot_answer_another_townships_order(orders):
    desk, files, ids = orders

    def answer_theirs(rows):
        rows.append({**rows[0], "id": ids["theirs"], "matter_id": None, "matter_number": "",
                     "response": "已办结", "responded_on": date.today().isoformat()})
    _refused(desk, tampered(files, TABLE, answer_theirs), "下达给其他乡镇（500235102）")
    with desk.county.read() as session:
        theirs = session.get(CountyOrder, ids["theirs"])
    assert theirs.township_code == B and theirs.response == "" and theirs.responded_on is None


def test_the_answer_is_taken_and_nothing_else(orders):
    """An honest bundle: the answers arrive; the county's columns stay as the county wrote them, byte for byte."""
    desk, files, ids = orders
    before = _orders_at_county(desk)
    honest = seal(desk, A, files, "honest.gdb.age", sequence=2, period="2026-12")
    assert bundle_import.import_bundles(desk.county, [honest], passphrase=COUNTY_PASS).exit_code == 0
    after = _orders_at_county(desk)
    assert after[ids["督办"]] == before[ids["督办"]]
    assert after[ids["theirs"]] == before[ids["theirs"]]
    assert after[ids["交办"]][:6] == before[ids["交办"]][:6] and after[ids["交办"]][6] is not None  # its matter
    answered = {o.id: o for o in county_orders.orders(desk.county)}
    assert answered[ids["督办"]].response == "已入户调解，双方达成协议"
    assert answered[ids["交办"]].response == "已受理，正在调查" and answered[ids["交办"]].received_on == date.today()
    assert not answered[ids["theirs"]].answered
