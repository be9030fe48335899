"""Problem categories (the 18 national classes) and the fixed value lists of the registration form.

The second level is editable by the county office; ``extra_sub`` carries its additions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

CATEGORIES: tuple[str, ...] = (
    "城乡建设", "国土资源水利林业", "劳动社保", "农村农业", "政法", "纪检监察", "组织人事", "民政", "教育",
    "卫生计生", "经济综合", "政治综合", "交通能源环保", "商贸旅游", "宣传舆论", "信息产业", "科技文体", "其它",
)

DEFAULT_SUBCATEGORIES: dict[str, tuple[str, ...]] = {
    "城乡建设": ("征地拆迁", "物业管理", "住房保障", "城市管理", "工程质量", "房地产开发", "市政设施", "村镇规划"),
    "国土资源水利林业": ("土地征收", "宅基地", "土地承包", "林权", "水利设施", "矿产资源", "地质灾害"),
    "劳动社保": ("农民工工资", "社会保险", "劳动关系", "工伤认定", "养老保险", "就业培训"),
    "农村农业": ("惠农补贴", "村务公开", "集体资产", "农村道路", "农业生产", "村级选举"),
    "政法": ("涉法涉诉", "治安管理", "矛盾纠纷", "司法行政", "扫黑除恶"),
    "纪检监察": ("违纪违法", "作风问题", "基层干部", "侵害群众利益"),
    "组织人事": ("干部任用", "人员招录", "退休待遇", "编制管理", "工资福利"),
    "民政": ("低保", "优抚安置", "社会救助", "养老服务", "残疾人保障", "殡葬管理", "婚姻登记"),
    "教育": ("招生入学", "教师待遇", "学校管理", "教育收费", "校园安全"),
    "卫生计生": ("医疗纠纷", "医疗保障", "计划生育", "公共卫生", "药品安全"),
    "经济综合": ("企业改制", "非法集资", "金融借贷", "价格收费", "市场监管"),
    "政治综合": ("党风政风", "政策咨询", "民族宗教", "信访秩序"),
    "交通能源环保": ("环境污染", "交通出行", "供电供气", "道路建设"),
    "商贸旅游": ("消费维权", "食品安全", "商贸流通", "旅游服务"),
    "宣传舆论": ("新闻媒体", "网络舆情", "文化宣传"),
    "信息产业": ("通信服务", "网络信息", "邮政快递"),
    "科技文体": ("文化体育", "科技管理", "广播电视", "文物保护"),
    "其它": ("一般咨询", "表扬感谢", "其他问题"),
}

# Typical share of matters at a township desk (land, housing, wages, rural affairs and welfare dominate).
CATEGORY_WEIGHTS: dict[str, float] = {
    "城乡建设": 0.16, "国土资源水利林业": 0.15, "劳动社保": 0.13, "农村农业": 0.12, "政法": 0.06, "纪检监察": 0.05,
    "组织人事": 0.02, "民政": 0.10, "教育": 0.03, "卫生计生": 0.03, "经济综合": 0.03, "政治综合": 0.02,
    "交通能源环保": 0.05, "商贸旅游": 0.02, "宣传舆论": 0.005, "信息产业": 0.005, "科技文体": 0.01, "其它": 0.01,
}

CHANNELS = ("走访", "书信", "电话", "传真", "信息网络")  # 第十七条
PURPOSES = ("申诉", "求决", "投诉", "检举控告", "建议意见", "其他")
ID_TYPES = ("居民身份证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "护照", "外国人永久居留身份证", "其他")
SATISFACTION = ("满意", "基本满意", "不满意")
ETHNICITIES = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族",
    "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族",
    "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族",
    "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
    "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)

_ALIASES = {"其他": "其它"}  # both spellings are in daily use
_SEPARATORS = re.compile(r"\s*[/\\\-—>|:·]\s*")


class CategoryError(ValueError):
    """Unknown or ambiguous category; ``message`` is Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def subcategories(extra_sub: Mapping[str, Iterable[str]] | None = None) -> dict[str, tuple[str, ...]]:
    """Default second level merged with the county's additions (order kept, duplicates dropped)."""
    merged = {c: list(DEFAULT_SUBCATEGORIES[c]) for c in CATEGORIES}
    for cat, subs in (extra_sub or {}).items():
        cat = _ALIASES.get(cat, cat)
        if cat not in merged:
            raise CategoryError(_unknown(cat))
        merged[cat].extend(s.strip() for s in subs if s.strip() and s.strip() not in merged[cat])
    return {c: tuple(subs) for c, subs in merged.items()}


def _unknown(text: str) -> str:
    return f"未知的问题类别“{text}”（可选：{'、'.join(CATEGORIES)}）"


def resolve_category(
    text: str, extra_sub: Mapping[str, Iterable[str]] | None = None
) -> tuple[str, str | None]:
    """``城乡建设`` / ``城乡建设/征地拆迁`` / ``城乡建设-物业管理`` / a bare second level such as ``低保``."""
    value = unicodedata.normalize("NFKC", text or "").strip()
    if not value:
        raise CategoryError("未填写问题类别")
    subs = subcategories(extra_sub)
    parts = _SEPARATORS.split(value, maxsplit=1)
    if len(parts) == 2 and parts[1]:
        cat = _ALIASES.get(parts[0], parts[0])
        if cat not in subs:
            raise CategoryError(_unknown(parts[0]))
        if parts[1] not in subs[cat]:
            raise CategoryError(f"“{cat}”下没有二级类别“{parts[1]}”（可选：{'、'.join(subs[cat])}）")
        return cat, parts[1]
    value = parts[0]
    cat = _ALIASES.get(value, value)
    if cat in subs:
        return cat, None
    owners = [c for c in CATEGORIES if value in subs[c]]
    if len(owners) == 1:
        return owners[0], value
    if owners:
        raise CategoryError(f"二级类别“{value}”同时属于{'、'.join(owners)}，请写明一级类别")
    raise CategoryError(_unknown(value))


def filter_categories(
    query: str, extra_sub: Mapping[str, Iterable[str]] | None = None
) -> list[tuple[str, str | None]]:
    """Entries for a type-to-filter picker: a class matching the query brings all its second-level items."""
    q = unicodedata.normalize("NFKC", query or "").strip()
    parts = _SEPARATORS.split(q, maxsplit=1)
    cat_q, sub_q = (parts[0], parts[1]) if len(parts) == 2 else (q, None)
    result: list[tuple[str, str | None]] = []
    for cat, subs in subcategories(extra_sub).items():
        if sub_q is not None:
            if cat_q in cat:
                result.extend((cat, s) for s in subs if sub_q in s)
            continue
        if cat_q in cat:
            result.append((cat, None))
            result.extend((cat, s) for s in subs)
        else:
            result.extend((cat, s) for s in subs if cat_q in s)
    return result
