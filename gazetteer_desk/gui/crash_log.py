"""An error nobody caught never makes the window vanish silently: it goes to ``<home>/logs/desk.log`` and the clerk
sees a Chinese message naming that file, while the window keeps running.

``CrashLog(home).install()`` in ``app.run_gui``; ``uninstall()`` when the window closes. Qt's own warnings
(qInstallMessageHandler) go to the same file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from gazetteer_desk.desk_log import close_log, install_excepthooks, log_path, open_log

QT_LEVELS = {QtMsgType.QtDebugMsg: 10, QtMsgType.QtInfoMsg: 20, QtMsgType.QtWarningMsg: 30,
             QtMsgType.QtCriticalMsg: 40, QtMsgType.QtFatalMsg: 50}


class CrashLog(QObject):
    # an error in any thread; the message box is shown on the GUI thread (queued across threads)
    error_seen = Signal(str)

    def __init__(self, home: Path):
        super().__init__()
        self.home = home
        self.path = log_path(home)
        self.logger = open_log(home)
        self.box: QMessageBox | None = None
        self._hooks = None
        self._previous_handler = None
        self.error_seen.connect(self._tell_the_clerk)

    def install(self) -> CrashLog:
        self._hooks = install_excepthooks(self.logger, lambda error: self.error_seen.emit(_describe(error)))
        self._previous_handler = qInstallMessageHandler(self._qt_message)
        return self

    def uninstall(self) -> None:
        if self._hooks is not None:
            self._hooks.uninstall()
            self._hooks = None
        qInstallMessageHandler(self._previous_handler)
        self._previous_handler = None
        close_log(self.home)

    def _qt_message(self, kind, context, message: str) -> None:
        where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
        self.logger.log(QT_LEVELS.get(kind, 30), "Qt: %s%s", message, where)

    def _tell_the_clerk(self, what: str) -> None:
        text = (f"程序遇到一个意外错误，刚才的操作可能没有完成：\n{what}\n\n"
                f"详细情况已记入日志文件：\n{self.path}\n\n"
                "可以继续工作；如果问题反复出现，请把这个日志文件交给技术支持。")
        if self.box is not None and self.box.isVisible():  # one box at a time, however many errors follow
            self.box.setText(text)
            return
        self.box = QMessageBox(QMessageBox.Icon.Critical, "程序错误", text, QMessageBox.StandardButton.Ok,
                               QApplication.activeWindow())
        self.box.setObjectName("crashMessage")
        self.box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
        self.box.open()


def _describe(error: BaseException) -> str:
    message = getattr(error, "message", None) or str(error)
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
