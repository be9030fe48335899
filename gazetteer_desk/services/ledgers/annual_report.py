"""年度信访工作报告 data (《信访工作条例》第四十一条): counts, fields covered, most-complained bodies, 转送/交办/督办,
三项建议 and their adoption. One dataclass that the workbook sheet and the PDF renderer both read.
"""

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import select

from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Township
from gazetteer_desk.services.ledgers import figures
from gazetteer_desk.services.ledgers.figures import Breakdown, Rate
from gazetteer_desk.services.core.scope import Scope


@dataclass(frozen=True)
class AnnualReport:
    year: int
    unit_name: str  # 乡镇（街道）or 县 name the report speaks for
    office_name: str
    as_of: date
    matters: int
    first_matters: int
    repeat_matters: int
    visits: int
    visit_people: int
    group_visits: int
    group_visit_people: int
    legal_routed: int
    by_channel: Breakdown
    by_category: Breakdown  # 反映问题涉及的领域
    by_purpose: Breakdown
    by_month: Breakdown
    complained_subjects: Breakdown  # 被反映较多的对象
    handling_units: Breakdown
    transfers: int
    assignments: int
    supervisions: int
    suggestion_matters: int
    proposals: Breakdown
    proposals_adopted: Breakdown
    timely_acceptance: Rate
    on_time_handling: Rate
    satisfaction_office_rate: Rate
    satisfaction_unit_rate: Rate
    mediation_cases: int
    mediation_success: int
    reception_days: int
    reception_people: int
    field_visits: int
    figures: list = field(default_factory=list, repr=False)  # every FigureValue, for a full appendix
    scope: Scope | None = field(default=None, repr=False)  # what the figures were counted for

    def sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The report as (heading, [(item, value text)]) — the order both the sheet and the PDF print."""
        def bd(value: Breakdown, unit: str = "件") -> str:
            return "；".join(f"{k} {v}{unit}" for k, v in value if v) or "无"

        total_proposals = sum(n for _, n in self.proposals)
        adopted = sum(n for _, n in self.proposals_adopted)
        return [
            ("一、信访总体情况", [
                ("登记信访事项", f"{self.matters}件（初件{self.first_matters}件，重件{self.repeat_matters}件）"),
                ("来访", f"{self.visits}批{self.visit_people}人次"),
                ("集体访（5人及以上）", f"{self.group_visits}批{self.group_visit_people}人次"),
                ("信访形式", bd(self.by_channel)),
                ("信访目的", bd(self.by_purpose)),
                ("涉法涉诉导入法定途径", f"{self.legal_routed}件"),
            ]),
            ("二、反映问题涉及的领域", [(k, f"{v}件") for k, v in self.by_category if v] or [("（无）", "")]),
            ("三、被反映较多的机关单位", [(k, f"{v}件") for k, v in self.complained_subjects]
             + [(f"承办：{k}", f"{v}件") for k, v in self.handling_units] or [("（无）", "")]),
            ("四、转送、交办、督办情况", [
                ("转送", f"{self.transfers}次"), ("交办", f"{self.assignments}次"), ("督办", f"{self.supervisions}次"),
                ("及时受理率", str(self.timely_acceptance)), ("按期办结率", str(self.on_time_handling)),
                ("信访部门满意率", str(self.satisfaction_office_rate)),
                ("责任单位满意率", str(self.satisfaction_unit_rate)),
            ]),
            ("五、提出改进工作、完善政策、追究责任建议及采纳情况", [
                ("建议意见类事项", f"{self.suggestion_matters}件"),
                ("提出建议", f"{total_proposals}件（{bd(self.proposals)}）"),
                ("被采纳", f"{adopted}件（{bd(self.proposals_adopted)}）"),
            ]),
            ("六、领导接访下访与矛盾纠纷调解", [
                ("领导接访日", f"{self.reception_days}次，接待群众{self.reception_people}人次"),
                ("领导下访", f"{self.field_visits}次"),
                ("人民调解", f"受理{self.mediation_cases}件，调解成功{self.mediation_success}件"),
            ]),
        ]


def build_annual_report(store: Store, year: int, *, township_code: str | None = None,
                        as_of: date | None = None, viewer=None) -> AnnualReport:
    scope = Scope.period(str(year), township_code=township_code, **({"as_of": as_of} if as_of else {}))
    values = figures.compute(store, scope, viewer=viewer)
    v = figures.as_dict(values)
    unit_name, office_name = _names(store, township_code)
    return AnnualReport(
        year=year, unit_name=unit_name, office_name=office_name, as_of=scope.as_of,
        matters=v["matters"], first_matters=v["first_matters"], repeat_matters=v["repeat_matters"],
        visits=v["visits"], visit_people=v["visit_people"], group_visits=v["group_visits"],
        group_visit_people=v["group_visit_people"], legal_routed=v["legal_routed"],
        by_channel=v["matters_by_channel"], by_category=v["matters_by_category"], by_purpose=v["matters_by_purpose"],
        by_month=v["matters_by_month"], complained_subjects=v["complained_subjects"],
        handling_units=v["handling_units"], transfers=v["transfers"], assignments=v["assignments"],
        supervisions=v["supervisions"], suggestion_matters=v["suggestion_matters"], proposals=v["proposals"],
        proposals_adopted=v["proposals_adopted_by_kind"], timely_acceptance=v["timely_acceptance"],
        on_time_handling=v["on_time_handling"], satisfaction_office_rate=v["satisfaction_office_rate"],
        satisfaction_unit_rate=v["satisfaction_unit_rate"], mediation_cases=v["mediation_cases"],
        mediation_success=v["mediation_success"], reception_days=v["reception_days"],
        reception_people=v["reception_people"], field_visits=v["field_visits"], figures=values, scope=scope,
    )


def _names(store: Store, township_code: str | None) -> tuple[str, str]:
    settings = store.settings()
    code = township_code or (settings.get("township_code") if store.mode != "county" else None)
    if code:
        with store.read() as session:
            row = session.exec(select(Township).where(Township.code == code)).first()
        if row:
            return row.name, row.office_name or f"{row.name}信访办公室"
    name = settings.get("county_name") or settings.get("township_name") or ""
    return name, settings.get("office_name") or f"{name}信访工作机构"


def annual_report_pdf(report: AnnualReport) -> bytes:
    """The report through the documents machinery (A4, embedded font; a character the font lacks is refused)."""
    from gazetteer_desk.documents.annual import AnnualReportDoc, render_annual_report
    from gazetteer_desk.documents.fonts import GlyphError

    doc = AnnualReportDoc(
        title=f"{report.unit_name}{report.year}年度信访工作情况报告",
        issuer=report.office_name,
        intro=(f"根据《信访工作条例》第四十一条，现将{report.unit_name}{report.year}年1月1日至12月31日信访工作情况"
               f"报告如下。各项数字按信访接待台登记记录统计，口径见统计页面各项说明。"),
        sections=report.sections(),
        closing=f"{report.office_name}　统计截至{report.as_of.year}年{report.as_of.month}月{report.as_of.day}日",
    )
    try:
        return render_annual_report(doc)
    except GlyphError as error:
        raise DeskError(error.message) from error


def write_annual_pdf(report: AnnualReport, path) -> Path:
    from gazetteer_desk.formats import FormatError
    from gazetteer_desk.formats.atomic import write_atomic

    target = Path(path)
    try:
        write_atomic(target, annual_report_pdf(report))
    except FormatError as error:
        raise DeskError(error.message) from error
    return target
