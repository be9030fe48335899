import pytest
from sqlmodel import func, select

from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.services.matters import matters, people
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.store.models import Matter, MatterEvent, Petitioner, Visit

ID = "11010519491231002X"


def count(store, table):
    with store.read() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def test_register_creates_a_numbered_matter_with_its_visit_and_history(store):
    result = register(store, RegistrationInput(name="王伟", request="拖欠工资", id_number=ID.lower(),
                                               phone="13812345678", village="青龙村", category="农民工工资"))
    assert result.new_matter and result.repeat_of is None
    assert result.number.startswith("500235101-") and result.number.endswith("-00001")
    detail = matters.get_matter(store, result.number)
    assert detail.petitioner.id_number == ID  # normalised: uppercase X
    assert detail.petitioner.sex == "女" and str(detail.petitioner.birth_date) == "1949-12-31"
    assert (detail.matter.category, detail.matter.subcategory) == ("劳动社保", "农民工工资")
    assert detail.matter.village_code.startswith("500235101") and detail.matter.status == "registered"
    assert len(detail.visits) == 1 and [e.kind for e in detail.events] == ["registered"]
    assert detail.matter.due_on is not None


def test_numbers_are_sequential_per_township_and_year(store):
    numbers = [register(store, RegistrationInput(name=f"张{i}", request="问题")).number for i in range(3)]
    assert [n[-5:] for n in numbers] == ["00001", "00002", "00003"]


def test_same_person_same_category_found_new_is_flagged_as_repeat(store):
    first = register(store, RegistrationInput(name="王伟", request="工资", id_number=ID, category="劳动社保"))
    second = register(store, RegistrationInput(name="王伟", request="又来", id_number=ID, category="劳动社保",
                                               new_matter_reason="另一工地的欠薪"))
    assert second.new_matter and second.repeat_of == first.number
    assert count(store, Petitioner) == 1
    assert people.earlier_matters(store, id_number=ID)[0].number == second.number


def test_repeat_visit_on_an_existing_matter_adds_a_visit_not_a_matter(store):
    first = register(store, RegistrationInput(name="王伟", request="工资", id_number=ID))
    again = register(store, RegistrationInput(name="王伟", request="", id_number=ID, repeat_of=first.number))
    assert not again.new_matter and again.number == first.number
    assert count(store, Matter) == 1 and count(store, Visit) == 2
    assert matters.get_matter(store, first.number).matter.is_repeat


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"id_number": "110105194912310021"}, "校验位错误"),
        ({"category": "火星事务"}, "未知的问题类别"),
        ({"village": "不存在村"}, "未知的村"),
        ({"name": " "}, "姓名"),
        ({"people_count": 8, "representatives": ["甲", "乙", "丙", "丁", "戊", "己"]}, "不得超过5人"),
        ({"receiver": "路人甲"}, "工作人员名单"),
        ({"channel": "飞鸽"}, "信访形式"),
    ],
)
def test_bad_input_is_refused_in_chinese_and_saves_nothing(store, changes, message):
    data = RegistrationInput(name="王伟", request="工资")
    for key, value in changes.items():
        setattr(data, key, value)
    with pytest.raises(DeskError, match=message):
        register(store, data)
    assert (count(store, Matter), count(store, Petitioner), count(store, Visit), count(store, MatterEvent)) == (0, 0, 0, 0)


def test_repeat_of_an_unknown_number_is_not_found(store):
    with pytest.raises(NotFound):
        register(store, RegistrationInput(name="王伟", request="x", repeat_of="500235101-2026-09999"))
