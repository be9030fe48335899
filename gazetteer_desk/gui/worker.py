"""Running a service call off the GUI thread, with progress, so the window stays responsive during export/import."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """``Job(fn)`` calls ``fn(progress)`` in the thread pool; ``progress(percent, text)`` is safe to call there."""

    def __init__(self, fn: Callable[[Callable[[int, str], None]], object]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        from ..errors import DeskError

        try:
            result = self.fn(self.signals.progress.emit)
        except DeskError as error:
            self.signals.failed.emit(error.message)
        except Exception as error:  # noqa: BLE001 - shown to the clerk instead of killing the window
            self.signals.failed.emit(f"操作失败：{error}")
        else:
            self.signals.done.emit(result)


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
