import pytest

from gazetteer_desk.domain.categories import (
    CATEGORIES,
    CATEGORY_WEIGHTS,
    CHANNELS,
    DEFAULT_SUBCATEGORIES,
    ETHNICITIES,
    ID_TYPES,
    PURPOSES,
    SATISFACTION,
    CategoryError,
    filter_categories,
    resolve_category,
    subcategories,
)


def test_eighteen_national_classes_in_order():
    assert len(CATEGORIES) == 18
    assert CATEGORIES[0] == "城乡建设" and CATEGORIES[-1] == "其它"
    assert CATEGORIES.index("民政") == 7


def test_second_level_is_realistic_and_unique():
    assert list(DEFAULT_SUBCATEGORIES) == list(CATEGORIES)
    assert all(3 <= len(subs) <= 8 for subs in DEFAULT_SUBCATEGORIES.values())
    everything = [s for subs in DEFAULT_SUBCATEGORIES.values() for s in subs]
    assert len(everything) == len(set(everything))
    assert set(everything).isdisjoint(CATEGORIES)
    assert {"征地拆迁", "物业管理"} <= set(DEFAULT_SUBCATEGORIES["城乡建设"])
    assert {"土地征收", "宅基地", "土地承包", "林权"} <= set(DEFAULT_SUBCATEGORIES["国土资源水利林业"])
    assert "农民工工资" in DEFAULT_SUBCATEGORIES["劳动社保"]
    assert "低保" in DEFAULT_SUBCATEGORIES["民政"]


def test_weights():
    assert set(CATEGORY_WEIGHTS) == set(CATEGORIES)
    assert sum(CATEGORY_WEIGHTS.values()) == pytest.approx(1.0)
    top = sorted(CATEGORY_WEIGHTS, key=CATEGORY_WEIGHTS.get, reverse=True)[:5]
    assert set(top) == {"城乡建设", "国土资源水利林业", "劳动社保", "农村农业", "民政"}
    assert CATEGORY_WEIGHTS["信息产业"] < CATEGORY_WEIGHTS["教育"]


def test_value_lists():
    assert CHANNELS == ("走访", "书信", "电话", "传真", "信息网络")
    assert "检举控告" in PURPOSES and "居民身份证" == ID_TYPES[0]
    assert SATISFACTION == ("满意", "基本满意", "不满意")
    assert len(ETHNICITIES) == 56 == len(set(ETHNICITIES))
    assert ETHNICITIES[0] == "汉族" and all(e.endswith("族") for e in ETHNICITIES)


@pytest.mark.parametrize("text, expected", [
    ("城乡建设", ("城乡建设", None)),
    ("城乡建设/征地拆迁", ("城乡建设", "征地拆迁")),
    ("城乡建设-物业管理", ("城乡建设", "物业管理")),
    ("城乡建设 ／ 物业管理", ("城乡建设", "物业管理")),
    (" 低保 ", ("民政", "低保")),
    ("宅基地", ("国土资源水利林业", "宅基地")),
    ("其他", ("其它", None)),
    ("其他/一般咨询", ("其它", "一般咨询")),
])
def test_resolve(text, expected):
    assert resolve_category(text) == expected


def message_of(*args):
    with pytest.raises(CategoryError) as info:
        resolve_category(*args)
    return info.value.message


def test_resolve_errors():
    assert message_of("城建").startswith("未知的问题类别“城建”（可选：城乡建设、")
    assert message_of("") == "未填写问题类别"
    assert "“城乡建设”下没有二级类别“低保”" in message_of("城乡建设/低保")
    assert message_of("城建/低保").startswith("未知的问题类别“城建”")


def test_county_additions():
    extra = {"农村农业": ["高标准农田"], "民政": ["高龄津贴"]}
    assert resolve_category("高标准农田", extra) == ("农村农业", "高标准农田")
    assert resolve_category("民政/高龄津贴", extra) == ("民政", "高龄津贴")
    with pytest.raises(CategoryError):
        resolve_category("高标准农田")
    ambiguous = {"城乡建设": ["低保"]}
    assert "同时属于城乡建设、民政" in message_of("低保", ambiguous)
    with pytest.raises(CategoryError):
        subcategories({"不存在": ["x"]})


def test_filter():
    assert filter_categories("低保") == [("民政", "低保")]
    hits = filter_categories("城乡")
    assert hits[0] == ("城乡建设", None) and ("城乡建设", "征地拆迁") in hits
    assert ("国土资源水利林业", "土地征收") in filter_categories("土地")
    assert ("国土资源水利林业", "土地承包") in filter_categories("土地")
    assert filter_categories("城乡建设/物业") == [("城乡建设", "物业管理")]
    everything = filter_categories("")
    assert len(everything) == 18 + sum(len(s) for s in DEFAULT_SUBCATEGORIES.values())
    assert filter_categories("不存在的词") == []
