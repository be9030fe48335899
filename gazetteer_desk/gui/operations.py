"""The one place for slow work: run a callable off the GUI thread, deliver its result or its Chinese error by signal.

A view asks ``runner.run(fn, on_done=..., on_error=...)``; ``busy_changed`` drives its busy indicator. Only the last
request of a given ``key`` is delivered, so a search typed quickly never shows an older query's rows.

Long work that reports progress (an export, an import) passes ``on_progress``: ``fn`` is then called as
``fn(progress)``, and each ``progress(percent, text)`` it makes on the worker thread reaches ``on_progress`` on the GUI
thread.
"""

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from gazetteer_desk.errors import DeskError

log = logging.getLogger(__name__)


class _Carrier(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable, carrier: _Carrier, reports_progress: bool):
        super().__init__()
        self.fn = fn
        self.carrier = carrier
        self.reports_progress = reports_progress
        self.setAutoDelete(True)

    def _progress(self, percent, text: str = "") -> None:
        self.carrier.progress.emit(int(percent), text)

    def run(self) -> None:
        try:
            result = self.fn(self._progress) if self.reports_progress else self.fn()
        except DeskError as error:
            self.carrier.failed.emit(error.message)
        except Exception as error:  # an unexpected failure must still reach the clerk, not vanish
            log.error("operation failed\n%s", traceback.format_exc())
            self.carrier.failed.emit(f"操作失败：{error}")
        else:
            self.carrier.done.emit(result)


class OperationRunner(QObject):
    """Runs callables on a private thread pool; results arrive on the GUI thread through queued signals."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running = 0
        self._latest: dict[str, int] = {}
        self._serial = 0
        self._carriers: set[_Carrier] = set()

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(self, fn: Callable, *, on_done: Callable | None = None, on_error: Callable | None = None,
            on_progress: Callable[[int, str], None] | None = None, key: str | None = None) -> None:
        self._serial += 1
        serial = self._serial
        if key:
            self._latest[key] = serial
        carrier = _Carrier()
        self._carriers.add(carrier)

        def current() -> bool:
            return key is None or self._latest.get(key) == serial

        def finish() -> None:
            self._carriers.discard(carrier)
            self._running -= 1
            if self._running == 0:
                self.busy_changed.emit(False)

        def delivered(result) -> None:
            finish()
            if current() and on_done:
                on_done(result)

        def failed(message: str) -> None:
            finish()
            if current() and on_error:
                on_error(message)

        carrier.done.connect(delivered)
        carrier.failed.connect(failed)
        if on_progress:
            carrier.progress.connect(lambda percent, text: current() and on_progress(percent, text))
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Job(fn, carrier, on_progress is not None))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until running work ends (closing the window, tests); queued results are then dropped."""
        return self.pool.waitForDone(msecs)
