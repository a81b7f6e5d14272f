"""Slow work off the UI thread: one helper that runs a function in a pool and reports back.

Worker functions receive (progress, cancelled) callables and never touch widgets; results and
errors come back on the main thread through signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from protoedit.store.database import load_orm


class TaskSignals(QObject):
    """Signals: progress(int, int), finished(object), failed(object)"""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


# Tasks under way, kept alive until they end even when the window that started them (and its
# runner) is closed first: the pool does not own them (autoDelete is off).
_ALIVE: set[Task] = set()


class Task(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancelled)
        except BaseException as err:  # noqa: BLE001 - handed to the main thread
            self._emit(self.signals.failed, err)
        else:
            self._emit(self.signals.finished, result)
        finally:
            _ALIVE.discard(self)

    def _progress(self, done: int, total: int) -> None:
        self._emit(self.signals.progress, done, total)

    def _emit(self, signal: Any, *args: Any) -> None:
        """Report to the main thread; once the window that asked is gone, nobody listens."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted": the app is closing
            self.cancel()


class TaskRunner(QObject):
    """Runs tasks on a thread pool (injectable: tests may pass their own or wait on signals)."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.running: set[Task] = set()

    def start(
        self,
        fn,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        load_orm()  # here, not in the worker: two threads importing the ORM at once can deadlock
        task = Task(fn)
        self.running.add(task)
        _ALIVE.add(task)

        # A task may end after the window that started it was closed: its callbacks would then
        # reach deleted widgets, so they are dropped with the runner (a child of that window).
        def done(result: Any) -> None:
            self.running.discard(task)
            if isValid(self):
                on_done(result)

        def failed(err: BaseException) -> None:
            self.running.discard(task)
            if isValid(self):
                on_error(err)

        task.signals.finished.connect(done)
        task.signals.failed.connect(failed)
        if on_progress is not None:
            report = on_progress

            def progress(done: int, total: int) -> None:
                if isValid(self):
                    report(done, total)

            task.signals.progress.connect(progress)
        self.pool.start(task)
        return task

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
