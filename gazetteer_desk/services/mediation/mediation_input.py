"""What the mediation forms send (registration, agreement, failure, follow-up) and the checks made on it before
anything is saved; each check raises :class:`DeskError` with the message the user sees."""

from dataclasses import dataclass
from datetime import date

from gazetteer_desk.domain.categories import SATISFACTION
from gazetteer_desk.domain.idnumber import IdNumberError, parse_id_number
from gazetteer_desk.resources import division_table
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core.text_input import LONG, NAME, SHORT, check_texts
from gazetteer_desk.services.mediation.mediation_parties import PARTY_KINDS, PARTY_ROLES, Party

SOURCES = {
    "application": "当事人申请",
    "initiative": "主动调解",
    "court": "人民法院委派（委托）",
    "police": "公安机关移送",
    "petition": "信访事项转调解",
}
AGREEMENT_KINDS = {"written": "书面协议", "oral": "口头协议"}
FAILURE_ROUTES = ("仲裁", "行政", "诉讼")  # 人民调解法第二十六条
PERFORMANCE = ("已履行", "部分履行", "未履行")
FOLLOWUP_METHODS = ("当面", "电话")


@dataclass
class MediationInput:
    parties: list[Party]
    mediators: list[str]
    applied_on: date
    source: str = "application"
    matter_number: str | None = None
    facts: str = ""
    issues: str = ""


@dataclass
class AgreementInput:
    terms: str
    performance_manner: str
    performance_due: date
    agreed_on: date
    kind: str = "written"
    facts: str | None = None  # replace the case's facts / issues when given
    issues: str | None = None
    responsibilities: str = ""


def check_opening(data: MediationInput) -> tuple[list[Party], list[str]]:
    """The registration's parties (cleaned, birth and sex filled from the ID number) and mediators."""
    if data.source not in SOURCES:
        raise DeskError(f"未知的调解来源“{data.source}”（可选：{'、'.join(SOURCES.values())}）")
    check_texts({"纠纷事实": (data.facts, LONG), "争议事项": (data.issues, LONG),
                 "信访事项编号": (data.matter_number, SHORT),
                 **{f"调解员{n}": (m, NAME) for n, m in enumerate(data.mediators, start=1) if (m or "").strip()}})
    parties = [check_party(p, data.applied_on) for p in data.parties if (p.name or "").strip()]
    if len(parties) < 2:
        raise DeskError("人民调解至少需要两方当事人，请填写当事人")
    mediators = [m.strip() for m in data.mediators if m and m.strip()]
    if not mediators:
        raise DeskError("请填写调解员")
    if data.source == "petition" and not (data.matter_number or "").strip():
        raise DeskError("信访事项转调解时请填写信访事项编号（《信访工作条例》第三十三条）")
    return parties, mediators


def check_party(p: Party, on: date) -> Party:
    check_texts({"当事人姓名（名称）": (p.name, NAME), "当事人民族": (p.ethnicity, SHORT), "当事人出生": (p.birth, SHORT),
                 "当事人证件号码": (p.id_number, SHORT), "当事人电话": (p.phone, SHORT), "当事人住址": (p.address, SHORT),
                 "法定代表人或委托代理人": (p.representative, SHORT)})
    name = p.name.strip()
    if p.kind not in PARTY_KINDS:
        raise DeskError(f"当事人“{name}”的类型应为个人或单位")
    if p.role not in PARTY_ROLES:
        raise DeskError(f"当事人“{name}”的身份应为：{'、'.join(PARTY_ROLES)}")
    phone = p.phone.strip()
    if phone and not phone.replace("-", "").replace(" ", "").isdigit():
        raise DeskError(f"当事人“{name}”的联系电话只能包含数字：{phone}")
    number, birth, sex = p.id_number.strip(), p.birth.strip(), p.sex.strip()
    if number and p.kind == "个人":
        try:
            parsed = parse_id_number(number, today=on, divisions=division_table())
        except IdNumberError as error:
            raise DeskError(f"当事人“{name}”的身份证号码有误：{error.message}") from error
        number = parsed.value
        birth = birth or f"{parsed.birth_date.year}年{parsed.birth_date.month}月{parsed.birth_date.day}日"
        sex = sex or parsed.sex
    return Party(name=name, kind=p.kind, role=p.role, sex=sex, ethnicity=p.ethnicity.strip(), birth=birth,
                 id_number=number, phone=phone, address=p.address.strip(), representative=p.representative.strip())


def check_agreement(data: AgreementInput) -> str:
    """The agreement's terms, stripped; the dates are checked against the case by the caller."""
    if data.kind not in AGREEMENT_KINDS:
        raise DeskError("协议形式应为书面协议或口头协议")
    check_texts({"协议内容": (data.terms, LONG), "履行方式": (data.performance_manner, LONG),
                 "纠纷事实": (data.facts, LONG), "争议事项": (data.issues, LONG),
                 "各方当事人的责任": (data.responsibilities, LONG)})
    terms = (data.terms or "").strip()
    if not terms:
        raise DeskError("请填写协议内容（达成的调解条款）")
    if not (data.performance_manner or "").strip():
        raise DeskError("请填写履行方式")
    not_before(data.performance_due, data.agreed_on, "履行期限")
    return terms


def check_failure_routes(routes: list[str] | None) -> list[str]:
    """The routes the parties were told of, in the law's order; at least one."""
    unknown = [r for r in routes or () if r not in FAILURE_ROUTES]
    if unknown:
        raise DeskError(f"未知的途径“{'、'.join(unknown)}”（可选：{'、'.join(FAILURE_ROUTES)}）")
    chosen = [r for r in FAILURE_ROUTES if r in set(routes or ())]
    if not chosen:
        raise DeskError(f"请选择已告知当事人的途径：{'、'.join(FAILURE_ROUTES)}（人民调解法第二十六条）")
    return chosen


def check_followup(performance: str, method: str, satisfaction: str, notes: str) -> None:
    check_texts({"回访情况": (notes, LONG)})
    if performance not in PERFORMANCE:
        raise DeskError(f"履行情况应为：{'、'.join(PERFORMANCE)}")
    if method not in FOLLOWUP_METHODS:
        raise DeskError(f"回访方式应为：{'、'.join(FOLLOWUP_METHODS)}")
    if satisfaction and satisfaction not in SATISFACTION:
        raise DeskError(f"满意度应为：{'、'.join(SATISFACTION)}")
    if performance != "已履行" and not (notes or "").strip():
        raise DeskError(f"{performance}时请写明未履行的部分和原因")


def not_before(value: date, start: date | None, label: str) -> None:
    if start is not None and value < start:
        raise DeskError(f"{label}（{value:%Y-%m-%d}）不能早于{start:%Y-%m-%d}")
