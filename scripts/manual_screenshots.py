"""Take the 操作手册's screenshots from the real program, at 1366×768, into gazetteer_desk/resources/manual/images/.

    .venv/bin/python scripts/manual_screenshots.py [--out DIR] [--only registration,receipt_dialog] [--matters 300]

The README's smaller-screen and large-font pictures come from the same sessions:

    .venv/bin/python scripts/manual_screenshots.py --only registration --size 1024x768 --out /tmp/s
    .venv/bin/python scripts/manual_screenshots.py --only registration --font-scale 150 --out /tmp/s

The program is started through its own entry point (``gazetteer_desk.cli.main.main``) on throw-away data homes and
answered from the keyboard the way tests/e2e/driver.py does: a first start through the set-up wizard; a township with
demo data (``init`` + ``demo-data``, then the wizard asks for its administrator); and a county office that has
imported that township's monthly bundle. A dialog is drawn over the window it opened from, as the clerk sees it.
Screenshots are stored as optimised 256-colour PNGs (a few dozen KB each).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QBuffer, QIODevice, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QTableView, QTabWidget, QWidget

from gazetteer_desk.cli.main import main as desk_main
from tests.e2e.driver import (Clerk, answer_passphrase, passphrase_dialog, bring_forward, go_to_area, login_dialog, main_window, replace_text, run_desk,
                              top_level, type_text, wizard)

OUT = ROOT / "gazetteer_desk" / "resources" / "manual" / "images"
SIZE = (1366, 768)
PASSWORD = "shuangjiang-2026"
KEY_PASSPHRASE = "shuangjiang-keys-2026"
# `init`, `county init` and the bundle commands seal and open the keys with it, as a script gives it
os.environ.setdefault("GAZETTEER_KEY_PASSPHRASE", KEY_PASSPHRASE)
TOWNSHIP = {"乡镇（街道）名称": "双江镇", "乡镇区划代码": "500235101", "县（区）名称": "云阳县",
            "接待场所地址": "双江镇人民政府一楼信访接待室", "接待电话": "023-55123456",
            "村（社区）名称列表": "青龙村\n白鹤村\n柳树社区\n石门村", "接待工作人员姓名": "李明\n张华",
            "管理员用户名": "admin", "管理员密码": PASSWORD, "再次输入管理员密码": PASSWORD,
            "密钥口令": KEY_PASSPHRASE, "再次输入密钥口令": KEY_PASSPHRASE}
ACCOUNT = {key: TOWNSHIP[key] for key in ("管理员用户名", "管理员密码", "再次输入管理员密码")}
# the shots each session takes, in the order it takes them (``--only`` picks some; a session none of whose shots is
# wanted is not started at all)
FIRST_START = ("setup_wizard", "login")
TOWNSHIP_SHOTS = ("registration", "registration_saved", "receipt_dialog", "matter_list", "matter_page", "action_dialog",
                  "case_assignment", "progress_query", "reception_days", "leader_view", "field_visits", "mediation_new",
                  "mediation",
                  "statistics", "sync", "settings_display", "settings_security", "settings_directory",
                  "settings_holidays", "settings_accounts", "settings_audit", "help")
COUNTY_SHOTS = ("county", "county_townships", "county_down", "county_statistics")
ALL = FIRST_START + TOWNSHIP_SHOTS + COUNTY_SHOTS


class Camera:
    def __init__(self, out: Path, wanted: set[str]):
        self.out, self.wanted, self.taken = out, wanted, []
        self.clerk: Clerk | None = None  # paused while a picture is taken: its next step must not move the screen on

    def wants(self, *names: str) -> bool:
        return any(name in self.wanted for name in names)

    def shot(self, name: str, dialog: QWidget | None = None) -> None:
        """The main window (or, before it, the dialog on a plain background) at 1366×768, ``dialog`` over it."""
        if name not in self.wanted:
            return
        clerk, self.clerk = self.clerk, None
        if clerk is not None:
            clerk.stop()
        try:
            self._take(name, dialog)
        finally:
            if clerk is not None:
                self.clerk = clerk
                clerk.start()

    def _take(self, name: str, dialog: QWidget | None) -> None:
        settle()
        window = main_window()
        if window is not None:
            window.resize(*SIZE)
            settle()
            picture = window.grab()
        else:
            picture = QPixmap(*SIZE)
            picture.fill(QColor("#5d6d7e"))  # a plain desktop behind the log-in and the first-start wizard
        if dialog is not None:
            settle()
            over = dialog.grab()
            painter = QPainter(picture)
            at = QPoint(max(0, (picture.width() - over.width()) // 2), max(0, (picture.height() - over.height()) // 2))
            painter.drawPixmap(at, over)
            painter.end()
        save_png(picture, self.out / f"{name}.png")
        self.taken.append(name)


def save_png(picture: QPixmap, path: Path) -> None:
    """256 colours and zlib's best: a 1366×768 screen of flat UI colours comes to a few dozen KB."""
    from PIL import Image

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)


def settle(ms: int = 150) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    window = main_window()
    if window is not None:
        window.ctx.runner.wait()
        QApplication.processEvents()


def wait_for(condition: Callable[[], object], timeout: float = 20) -> object:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        QApplication.processEvents()
        time.sleep(0.01)
    raise TimeoutError(f"等待超时：{condition}")


def select_first_row(page: QWidget) -> None:
    for table in page.findChildren(QTableView):
        model = table.model()
        if table.isVisibleTo(page) and model is not None and model.rowCount() > 0:
            table.setFocus()
            table.selectRow(0)
            return


def close_dialog(dialog: QDialog) -> None:
    dialog.reject()
    settle(50)


def check(clerk: Clerk) -> None:
    if clerk.failure:
        raise RuntimeError(clerk.failure)


def answer_when_asked(find: Callable[[], QWidget | None], answer: Callable[[QWidget], None], within_s=30) -> None:
    """Answers a modal question the next call opens (its own event loop keeps our timer running)."""
    deadline = time.monotonic() + within_s

    def poll():
        dialog = find()
        if dialog is not None:
            answer(dialog)
        elif time.monotonic() < deadline:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


# ---- the sessions ---------------------------------------------------------------------------------------------------
def first_start(home: Path, camera: Camera) -> None:
    def fill_first_page(w):
        page = w.currentPage()
        for edit in page.findChildren(QLineEdit):
            value = TOWNSHIP.get(edit.accessibleName())
            if value and edit.isVisibleTo(page):
                replace_text(edit, value)
        camera.shot("setup_wizard", w)

    def log_in_seen(dialog):
        replace_text(dialog.findChild(QLineEdit, "usernameEdit"), "admin")
        replace_text(dialog.findChild(QLineEdit, "passwordEdit"), PASSWORD)
        camera.shot("login", dialog)
        QTest.keyClick(dialog.findChild(QLineEdit, "passwordEdit"), Qt.Key.Key_Return)

    clerk = (Clerk().then("首次设置", wizard, fill_first_page).fill_wizard(TOWNSHIP)
             .then("登录", login_dialog, log_in_seen).at_window(lambda _w: None))
    camera.clerk = clerk
    code = run_desk(clerk, "--home", str(home))
    check(clerk)
    if code:
        raise RuntimeError(f"首次启动退出码 {code}")


def township_data(home: Path, matters: int) -> None:
    cli(["--home", str(home), "init", "--township-code", "500235101", "--township-name", "双江镇",
         "--county-code", "500235", "--county-name", "云阳县", "--address", "双江镇人民政府一楼信访接待室",
         "--phone", "023-55123456", "--villages", "青龙村,白鹤村,柳树社区,石门村,桂花村,红星村",
         "--staff", "李明,张华"])
    cli(["--home", str(home), "demo-data", "--matters", str(matters), "--seed", "7"])


def cli(argv: list[str]) -> str:
    from contextlib import redirect_stdout

    buffer = io.StringIO()
    with redirect_stdout(buffer):
        code = desk_main(argv)
    if code:
        raise RuntimeError(f"gazetteer-desk {' '.join(argv)} 退出码 {code}：{buffer.getvalue()}")
    return buffer.getvalue()


def township_day(home: Path, camera: Camera) -> None:
    """One session in the window: each area in turn, the dialogs the manual shows."""
    def day(window):
        window.resize(*SIZE)
        if camera.wants("registration", "registration_saved", "receipt_dialog"):
            registration(window, camera)
        if camera.wants("matter_list", "matter_page", "action_dialog", "case_assignment"):
            matters(window, camera)
        if camera.wants("progress_query"):
            dialog = window.ask_progress()
            wait_for(dialog.isVisible)
            camera.shot("progress_query", dialog)
            close_dialog(dialog)
        for name, area, tab in (("reception_days", "reception_days", 0), ("leader_view", "reception_days", 1),
                                ("field_visits", "field_visits", None), ("mediation", "mediation", None),
                                ("statistics", "statistics", None), ("sync", "sync", None)):
            if camera.wants(name):
                page = go_to_area(window, area)
                window.show_area(area)
                if tab is not None:
                    page.setCurrentIndex(tab)
                    page = page.currentWidget()
                settle(300)
                select_first_row(page)
                camera.shot(name)
        if camera.wants("mediation_new"):
            page = go_to_area(window, "mediation")
            window.show_area("mediation")
            page.findChild(QTabWidget).setCurrentIndex(0)  # 调解登记
            camera.shot("mediation_new")
        if camera.wants("settings_display", "settings_security", "settings_directory", "settings_holidays",
                        "settings_accounts", "settings_audit"):
            view = go_to_area(window, "settings")
            window.show_area("settings")
            for name, tab in (("settings_display", 0), ("settings_security", view.security),
                              ("settings_directory", view.directory), ("settings_holidays", view.holidays),
                              ("settings_accounts", view.accounts), ("settings_audit", view.audit)):
                view.tabs.setCurrentIndex(tab) if isinstance(tab, int) else view.show_tab(tab)
                select_first_row(view.tabs.currentWidget())
                camera.shot(name)
        if camera.wants("help"):
            window.show_area("registration")
            bring_forward(window)
            QTest.keyClick(window, Qt.Key.Key_F1)
            from gazetteer_desk.gui.help.help_dialog import HelpDialog

            dialog = wait_for(lambda: top_level(HelpDialog))
            dialog.resize(1100, 680)
            camera.shot("help", dialog)
            dialog.close()

    clerk = Clerk().fill_wizard(ACCOUNT).log_in("admin", PASSWORD).at_window(day)
    code = run_desk(clerk, "--home", str(home))
    check(clerk)
    if code:
        raise RuntimeError(f"退出码 {code}")


def registration(window, camera: Camera) -> None:
    view = go_to_area(window, "registration")
    ui = view.ui
    ui.receiverCombo.setCurrentIndex(max(0, ui.receiverCombo.findData("李明")))
    type_text(ui.nameEdit, "王秀英")
    type_text(ui.idNumberEdit, "500235195803120025")
    type_text(ui.phoneEdit, "13908231456")
    type_text(ui.addressEdit, "青龙村三组")
    ui.villageCombo.setCurrentText("青龙村")
    ui.categoryEdit.setText("国土资源水利林业/宅基地")
    type_text(ui.requestEdit, "要求处理与邻居的宅基地界线纠纷")
    type_text(ui.factsEdit, "邻居建房占用自家宅基地约两米，多次协商未果")
    ui.nameEdit.setFocus()
    camera.shot("registration")
    bring_forward(window)
    QTest.keyClick(ui.nameEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # 保存登记（Ctrl+回车）
    wait_for(lambda: ui.pages.currentWidget() is ui.resultPage)
    camera.shot("registration_saved")
    if camera.wants("receipt_dialog"):
        from gazetteer_desk.gui.matters.receipt_dialog import ReceiptDialog

        ui.printButton.click()
        dialog = wait_for(lambda: top_level(ReceiptDialog))
        settle(400)  # the preview renders
        camera.shot("receipt_dialog", dialog)
        close_dialog(dialog)
    QTest.keyClick(ui.continueButton if hasattr(ui, "continueButton") else ui.nameEdit, Qt.Key.Key_Return)


def matters(window, camera: Camera) -> None:
    view = go_to_area(window, "matters")
    window.show_area("matters")
    wait_for(lambda: not view.model.loading and view.model.rowCount() > 0)
    type_text(view.ui.searchEdit, "王")
    wait_for(lambda: not view.model.loading and view.model.rowCount() > 0)
    settle(500)
    view.ui.table.selectRow(0)
    camera.shot("matter_list")
    number = _registered_matter(window)
    window.ctx.open_matter_requested.emit(number)
    page = wait_for(lambda: window.matter_page if window.matter_page is not None and window.matter_page.isVisible()
                    else None)
    settle(300)
    camera.shot("matter_page")
    if camera.wants("action_dialog"):
        from gazetteer_desk.gui.matters.matter_dialogs import ActionDialog

        page.action_buttons["accept"].click()
        dialog = wait_for(lambda: top_level(ActionDialog))
        camera.shot("action_dialog", dialog)
        close_dialog(dialog)
    if camera.wants("case_assignment"):
        from gazetteer_desk.gui.leaders.case_assignment_dialog import CaseAssignmentDialog

        page.assign_button.click()
        dialog = wait_for(lambda: top_level(CaseAssignmentDialog))
        camera.shot("case_assignment", dialog)
        close_dialog(dialog)


def _registered_matter(window) -> str:
    """The matter registered in this session (王秀英), else the list's first."""
    view = window.page("matters")
    model = view.model
    for row in range(model.rowCount()):
        if model.index(row, 1).data() == "王秀英":
            return model.number(row)
    return model.number(0)


def county_office(home: Path, township: Path, stick: Path, camera: Camera) -> None:
    """The county's key, the township's signing key registered, the township's bundle imported; then the window."""
    made = json.loads(cli(["--home", str(home), "county", "init", "--county-code", "500235", "--county-name", "云阳县",
                           "--json"]))
    os.environ["GAZETTEER_DESK_PASSWORD"] = PASSWORD
    try:
        cli(["--home", str(township), "--as", "admin", "bundle", "county-key", made["public_key"]])
        cli(["--home", str(township), "--as", "admin", "bundle", "pubkey", "--out", str(stick / "双江镇.pub")])
        cli(["--home", str(home), "county", "add-township", "--code", "500235101", "--name", "双江镇",
             "--key", str(stick / "双江镇.pub")])
        cli(["--home", str(township), "--as", "admin", "bundle", "export", "--out", str(stick)])
    finally:
        os.environ.pop("GAZETTEER_DESK_PASSWORD", None)

    def look(window):
        window.resize(*SIZE)
        page = go_to_area(window, "sync")
        window.show_area("sync")
        answer_when_asked(passphrase_dialog, answer_passphrase(KEY_PASSPHRASE))  # the county's key is sealed
        page.import_files(sorted(stick.glob("*.gdb.age")))
        # the tables are counted again after the import, off the GUI thread: the picture waits for them
        wait_for(lambda: page.report_table.rowCount() > 0 and page.stats_label.isHidden(), 60)
        settle(300)
        camera.shot("county")
        page.tabs.setCurrentIndex(0)
        select_first_row(page.tabs.currentWidget())
        camera.shot("county_townships")
        page.tabs.setCurrentWidget(page.down)
        camera.shot("county_down")
        if camera.wants("county_statistics"):
            go_to_area(window, "statistics")
            window.show_area("statistics")
            settle(500)
            camera.shot("county_statistics")

    clerk = Clerk().fill_wizard(ACCOUNT).log_in("admin", PASSWORD).at_window(look)
    code = run_desk(clerk, "--home", str(home))
    check(clerk)
    if code:
        raise RuntimeError(f"县级窗口退出码 {code}")


def take(out: Path, only: set[str] | None = None, matters: int = 300, work: Path | None = None,
         font_scale: int = 100) -> list[str]:
    """Take the screenshots named in ``only`` (all when ``None``) into ``out``; returns the names taken. The data
    homes go into ``work`` (a temporary folder when ``None``); ``font_scale`` is the window's 字号 (100–200 %)."""
    out.mkdir(parents=True, exist_ok=True)
    camera = Camera(out, set(ALL) if only is None else set(only))
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        tmp = Path(tmp)
        # the clerk's own window settings (font scale, theme) stay untouched, and theirs do not change the pictures
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp / "qsettings"))
        from gazetteer_desk.gui.app import create_app
        from gazetteer_desk.gui.context import settings

        settings().setValue("ui/font_scale", font_scale)  # as 设置 › 显示 › 字号 keeps it

        create_app([])
        if camera.wants(*FIRST_START):
            first_start(tmp / "first", camera)
        if camera.wants(*TOWNSHIP_SHOTS, *COUNTY_SHOTS):
            township_data(tmp / "township", matters)
            township_day(tmp / "township", camera)
        if camera.wants(*COUNTY_SHOTS):
            (tmp / "stick").mkdir()
            county_office(tmp / "county", tmp / "township", tmp / "stick", camera)
    return camera.taken


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"窗口大小应写作 宽x高，如 1024x768：{text}") from None
    return width, height


def main(argv: list[str] | None = None) -> int:
    global SIZE
    parser = argparse.ArgumentParser(description="从真实程序生成操作手册截图（1366×768）")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", help="只拍这些截图（逗号分隔）：" + ",".join(ALL))
    parser.add_argument("--matters", type=int, default=300, help="演示数据的事项数量")
    parser.add_argument("--size", type=_size, default=SIZE, help="窗口大小，如 1024x768（默认 1366x768）")
    parser.add_argument("--font-scale", type=int, default=100, choices=range(100, 201, 25), metavar="100…200",
                        help="字号（适老化）百分比")
    args = parser.parse_args(argv)
    SIZE = args.size
    only = set(args.only.split(",")) if args.only else None
    unknown = (only or set()) - set(ALL)
    if unknown:
        parser.error(f"没有这些截图：{'、'.join(sorted(unknown))}")
    taken = take(args.out, only, args.matters, font_scale=args.font_scale)
    print(f"{len(taken)} 张截图已保存到 {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
