from datetime import date

from gazetteer_desk.domain.repeat import PriorMatter, find_repeats, normalise_id_number, same_person

TODAY = date(2025, 6, 1)
ID = "11010519491231002X"


def prior(number, received, closed=False, id_number=ID, name="张三", phone="13812345678"):
    return PriorMatter(number, number, id_number, name, phone, "民政", "办理中", received, closed)


def test_same_id_number_after_normalisation():
    assert same_person(ID, "张三", None, "11010519491231002x", "张 三", None)
    assert same_person("110105491231002", "", "", ID, "", "")  # 15-digit legacy form
    assert same_person(" １１０１０５１９４９１２３１００２Ｘ ", None, None, ID, None, None)
    assert normalise_id_number("") == ""


def test_different_id_numbers_are_different_people_even_with_same_name_and_phone():
    other = "110105194912310038"
    assert not same_person(ID, "张三", "13812345678", other, "张三", "13812345678")


def test_name_and_phone_when_an_id_is_missing():
    assert same_person(None, "张三", "138 1234 5678", ID, "张三", "+86 13812345678")
    assert not same_person(None, "张三", None, ID, "张三", None)
    assert not same_person(None, "张三", "13812345678", None, "李四", "13812345678")
    assert not same_person(None, "", "", None, "", "")


def test_find_repeats_open_and_recent_newest_first():
    priors = [
        prior("A-old-closed", date(2023, 1, 5), closed=True),
        prior("B-old-open", date(2023, 3, 1)),
        prior("C-recent-closed", date(2025, 1, 10), closed=True),
        prior("D-other-person", date(2025, 5, 1), id_number="110105194912310038", name="李四", phone="13900000000"),
        prior("E-newest", date(2025, 5, 20)),
    ]
    found = find_repeats(priors, ID, "张三", None, TODAY)
    assert [p.number for p in found] == ["E-newest", "C-recent-closed", "B-old-open"]
    assert [p.number for p in find_repeats(priors, ID, "张三", None, TODAY, recent_days=30)] == ["E-newest", "B-old-open"]
    assert find_repeats(priors, None, "王五", "13700000000", TODAY) == []


def test_recent_window_boundary_is_inclusive():
    p = prior("X", date(2024, 6, 1), closed=True)
    assert find_repeats([p], ID, None, None, TODAY) == [p]
    assert find_repeats([p], ID, None, None, TODAY, recent_days=364) == []
