"""A person's ID number never renames them silently: the clerk chooses a corrected name or fixes the number."""

from datetime import date

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.domain.idnumber import make_id_number, parse_id_number
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.matters import matters, privacy
from gazetteer_desk.services.matters.people import IdentityConflict
from gazetteer_desk.services.matters.registration import RegistrationInput, register

from tests.typing_helpers import type_chinese

LI_SI = "11010519491231002X"


def test_a_number_on_file_under_another_name_is_a_conflict_not_a_rename(store):
    first = register(store, RegistrationInput(name="李四", id_number=LI_SI, request="低保")).number
    with pytest.raises(IdentityConflict) as caught:
        register(store, RegistrationInput(name="王堃", id_number=LI_SI, request="工资"))
    assert (caught.value.on_file, caught.value.typed) == ("李四", "王堃")
    assert "李四" in caught.value.message and "王堃" in caught.value.message and LI_SI not in caught.value.message
    assert matters.get_matter(store, first).petitioner.name == "李四"
    assert [r.number for r in privacy.search_for(store, None, "李四")] == [first]


def test_a_confirmed_correction_keeps_the_old_name(store, home, capsys):
    first = register(store, RegistrationInput(name="李四", id_number=LI_SI, request="低保")).number
    assert main(["--home", str(home), "register", "--name", "李泗", "--content", "工资", "--id-number", LI_SI]) == 2
    assert "--correct-name" in capsys.readouterr().err
    assert main(["--home", str(home), "register", "--name", "李泗", "--content", "工资", "--id-number", LI_SI,
                 "--correct-name"]) == 0
    person = matters.get_matter(store, first).petitioner
    assert person.name == "李泗" and person.former_names == ["李四"]


def test_hong_kong_macau_taiwan_residence_permit_numbers_are_accepted(store, home):
    for area in ("810000", "820000", "830000"):
        number = make_id_number(area, date(1990, 5, 17), 21)
        assert parse_id_number(number).value == number
    hk = make_id_number("810000", date(1990, 5, 17), 21)
    assert main(["--home", str(home), "register", "--name", "陈家明", "--content", "房屋租赁", "--id-number", hk]) == 0


def test_the_registration_window_shows_the_conflict_and_the_choice(qtbot, desk, store):
    first = register(store, RegistrationInput(name="李四", id_number=LI_SI, request="低保")).number
    view = desk.show_area("registration")
    ui = view.ui
    asked = []
    view.confirm = lambda title, text: asked.append(text) or False  # the number was mistyped
    type_chinese(ui.nameEdit, "王堃")
    qtbot.keyClicks(ui.idNumberEdit, LI_SI)
    type_chinese(ui.requestEdit, "工资拖欠")
    view.save()
    qtbot.waitUntil(lambda: "已登记在“李四”名下" in ui.formProblemLabel.text(), timeout=5000)
    assert "王堃" in asked[0] and ui.pages.currentWidget() is ui.formPage
    assert matters.get_matter(store, first).petitioner.name == "李四"
    view.confirm = lambda title, text: True  # now the name on file was wrong
    view.save()
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.resultPage, timeout=5000)
    person = matters.get_matter(store, first).petitioner
    assert person.name == "王堃" and person.former_names == ["李四"]


def test_registration_checks_the_county_code_against_the_national_table(store, home, capsys):
    unknown = make_id_number("110199", date(1990, 1, 1), 21)
    with pytest.raises(DeskError, match="地址码“110199”不在国家行政区划代码表"):
        register(store, RegistrationInput(name="张三", id_number=unknown, request="低保"))
    late = make_id_number("110103", date(2012, 3, 1), 21)  # 崇文区, retired in 2010
    assert main(["--home", str(home), "register", "--name", "张三", "--content", "低保", "--id-number", late]) == 2
    assert "已于2010年撤销" in capsys.readouterr().err
    early = make_id_number("110103", date(1968, 3, 9), 21)
    assert main(["--home", str(home), "register", "--name", "张三", "--content", "低保", "--id-number", early]) == 0
    assert [r.number for r in privacy.search_for(store, None, "张三")]
