"""``gazetteer-desk --self-test``: proof on the installed machine that every part the desk needs is there and works.

Run after installing (or from a freshly built bundle in CI). Everything happens in a throw-away folder — the clerk's
own store, keys and settings are never opened — and each step prints one Chinese line. The steps exercise what a
frozen build can lose: the bundled font (UI and PDF), the Alembic migrations, the age/minisign crypto libraries,
SQLite, the Qt platform plugin with the widgets it needs, and the window's own start: the log-in with the store
opening behind it on a thread, and the log file in the data home.

Exit 0 when every step passed; otherwise 1, after naming the failing step and its message.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

TOWNSHIP_CODE = "500235101"
TOWNSHIP_NAME = "双江镇"
COUNTY_CODE = "500235"
RARE_NAME = "王䶮"  # U+4DAE, CJK Extension A: a name character the font and SQLite must carry through


class SelfTestFailure(Exception):
    pass


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


class _Run:
    """The state the steps share: the temp folder, the stores they open, the numbers they produce."""

    def __init__(self, root: Path):
        self.root = root
        self.township = None
        self.county = None
        self.number = ""
        self.bundle = None
        self.login_store = None  # the same township store, opened behind the log-in as the window opens it
        self.user = None

    def close(self) -> None:
        for store in (self.township, self.county, self.login_store):
            if store is not None:
                store.close()

    # --- the steps, in order -------------------------------------------------------------------------------------

    def init_store(self) -> str:
        from gazetteer_desk.services.setup import setup

        self.township = setup.init_township(self.root / "township", setup.TownshipSetup(
            township_code=TOWNSHIP_CODE, township_name=TOWNSHIP_NAME, county_code=COUNTY_CODE, county_name="云阳县",
            villages=("青龙村", "白鹤村"), staff=("李明",), leaders=(("陈国强", "党委书记"),)))
        _check(self.township.township_code == TOWNSHIP_CODE, "初始化后乡镇代码不符")
        return f"数据库已创建并升级到最新架构（{TOWNSHIP_NAME} {TOWNSHIP_CODE}）"

    def register(self) -> str:
        from gazetteer_desk.services.matters import matters
        from gazetteer_desk.services.matters.registration import RegistrationInput, register

        result = register(self.township, RegistrationInput(
            name=RARE_NAME, request="要求解决青龙村道路硬化问题", village="青龙村", category="城乡建设",
            receiver="李明"))
        self.number = result.number
        detail = matters.get_matter(self.township, self.number)
        _check(detail.petitioner.name == RARE_NAME, f"读回的姓名为“{detail.petitioner.name}”，应为“{RARE_NAME}”")
        return f"登记事项 {self.number}（来访人 {RARE_NAME}）"

    def receipt(self) -> str:
        from gazetteer_desk.documents.fonts import FONT_NAME
        from gazetteer_desk.documents.kinds import DocumentKind
        from gazetteer_desk.services.matters import receipts

        document = receipts.render(self.township, self.number, DocumentKind.RECEIPT)
        pdf = document.pdf
        _check(pdf.startswith(b"%PDF-"), "回执不是 PDF 文件")
        _check(b"/FontFile2" in pdf and FONT_NAME.encode() in pdf, "回执 PDF 中没有嵌入宋体字体")
        return f"生成回执 PDF（{len(pdf) // 1024} KB，已嵌入字体）"

    def keys(self) -> str:
        from gazetteer_desk.services.sync import bundle_keys, county

        identity = county.init_county(self.root / "county", COUNTY_CODE, "云阳县")
        self.county = identity.store
        bundle_keys.set_county_key(self.township, identity.public_key)
        pub = bundle_keys.write_public_key(self.township, self.root / f"{TOWNSHIP_CODE}.pub")
        county.add_township(self.county, TOWNSHIP_CODE, TOWNSHIP_NAME, self.root / f"{TOWNSHIP_CODE}.pub")
        return f"生成县级加密密钥与乡镇签名密钥并完成登记（签名公钥指纹 {pub.fingerprint}）"

    def export(self) -> str:
        from gazetteer_desk.services.sync import bundle_export

        stick = self.root / "stick"
        stick.mkdir()
        self.bundle = bundle_export.export_bundle(self.township, stick)
        _check(self.bundle.bundle_path.exists() and self.bundle.signature_path.exists(), "数据包或签名文件未写出")
        return f"导出加密签名数据包 {self.bundle.bundle_path.name}（{self.bundle.record_count} 条记录）"

    def import_(self) -> str:
        from gazetteer_desk.services.sync import bundle_import
        from gazetteer_desk.services.matters import matters

        result = bundle_import.import_bundles(self.county, [self.bundle.bundle_path])
        report = result.reports[0]
        _check(report.status == bundle_import.IMPORTED, f"导入未成功：{report.line()}")
        detail = matters.get_matter(self.county, self.number)
        _check(detail.petitioner.name == RARE_NAME, "县级数据库中的来访人姓名不符")
        return f"县信访办导入数据包，事项 {self.number} 已到达"

    def log_in(self) -> str:
        """The everyday start as the window makes it: the log-in first, the store opening behind it on the loader
        thread, and a new account's forced password change on the dialog's second page."""
        from PySide6.QtCore import QSettings

        # The window reads (and may write) the clerk's QSettings; keep those in the temp folder too.
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(self.root / "settings"))
        from gazetteer_desk.gui.app import create_app
        from gazetteer_desk.gui.crash_log import CrashLog
        from gazetteer_desk.gui.accounts.login_dialog import LoginDialog
        from gazetteer_desk.gui.store_loader import LazyStore, StoreLoader
        from gazetteer_desk.gui.qt_chinese import installed
        from gazetteer_desk.gui.theme import load_font
        from gazetteer_desk.services.accounts import accounts
        from gazetteer_desk.store.peek import peek

        app = create_app([sys.argv[0] if sys.argv else "gazetteer-desk"])
        _check(bool(load_font()), "界面字体未能加载")
        _check(installed(app), "Qt 的中文翻译（qtbase_zh_CN.qm）未能加载")
        home = self.root / "township"
        crash_log = CrashLog(home).install()
        try:
            crash_log.logger.info("自检：日志文件可写")
            _check(crash_log.path.is_file(), f"日志文件未能写入：{crash_log.path}")
        finally:
            crash_log.uninstall()
        admin = accounts.create_first_admin(self.township, "selftest", "selftest-password-1")
        accounts.create_account(self.township, admin, "clerk", "clerk", "first-password-1")
        glance = peek(home)
        _check(glance is not None and glance.ready, "数据库就绪检查未通过：登录界面不会首先显示")
        loader = StoreLoader(home).start()
        dialog = LoginDialog(LazyStore(loader), title=glance.township_name)
        dialog.show()
        app.processEvents()
        dialog.username.setText("clerk")
        dialog.password.setText("first-password-1")
        dialog.submit()  # what 登录 and Enter run
        self.login_store = loader.store()
        change = dialog.change_form
        _check(change is not None and not dialog.error.text(), f"登录未成功：{dialog.error.text()}")
        change.new_password.setText("clerk-own-password-2")
        change.repeat_password.setText("clerk-own-password-2")
        change.submit()
        _check(dialog.result() == LoginDialog.DialogCode.Accepted and dialog.user is not None,
               f"首次登录修改密码未成功：{change.error.text()}")
        self.user = dialog.user
        dialog.deleteLater()
        return f"登录界面先行显示，数据库在后台打开；新账户 {self.user.username} 首次登录修改密码后进入"

    def window(self) -> str:
        from PySide6.QtWidgets import QApplication

        from gazetteer_desk.gui.app import build_main_window

        app = QApplication.instance()
        window = build_main_window(self.login_store, self.user)
        window.show()
        app.processEvents()
        title = window.windowTitle()
        window.close()
        window.deleteLater()
        app.processEvents()
        return f"主窗口已在 {app.platformName()} 平台创建并关闭（{title}）"


    def manual(self) -> str:
        from gazetteer_desk.services.help import manual

        chapters = manual.chapters()
        names = manual.image_names(chapters)
        missing = [name for name in names if not (manual.manual_dir() / name).is_file()]
        _check(bool(chapters) and not missing, f"操作手册不完整：{'、'.join(missing) or '没有章节'}")
        return f"{len(chapters)} 章、{len(set(names))} 幅截图已随程序安装（F1 帮助、gazetteer-desk manual）"


STEPS: list[tuple[str, Callable[[_Run], str]]] = [
    ("初始化数据库", _Run.init_store),
    ("来访登记", _Run.register),
    ("生成回执", _Run.receipt),
    ("生成密钥", _Run.keys),
    ("导出数据包", _Run.export),
    ("导入数据包", _Run.import_),
    ("登录", _Run.log_in),
    ("主窗口", _Run.window),
    ("操作手册", _Run.manual),
]


def _utf8_output() -> None:
    # A Windows console or pipe may use a legacy code page that lacks rare characters: never fail on printing.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass


def run() -> int:
    _utf8_output()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gazetteer_desk import __version__

    print(f"信访接待台 {__version__} 自检开始", flush=True)
    with tempfile.TemporaryDirectory(prefix="gazetteer-desk-selftest-") as folder:
        state = _Run(Path(folder))
        try:
            for n, (label, step) in enumerate(STEPS, start=1):
                try:
                    line = step(state)
                except Exception as error:  # any failure is reported as this step's, then we stop
                    message = getattr(error, "message", None) or f"{type(error).__name__}: {error}"
                    print(f"[{n}/{len(STEPS)}] {label}：失败 — {message}", flush=True)
                    traceback.print_exc(file=sys.stderr)
                    print(f"自检失败：{label}", file=sys.stderr, flush=True)
                    return 1
                print(f"[{n}/{len(STEPS)}] {label}：通过 — {line}", flush=True)
        finally:
            state.close()
    print("自检通过：全部步骤正常", flush=True)
    return 0
