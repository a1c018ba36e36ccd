"""Runs core calls off the GUI thread: one QThread that owns one Library and runs jobs in order.

Each call returns a Task whose ``finished(object)`` or ``failed(object)`` signal fires on the GUI thread.
A call may say which later calls make it pointless (``superseded_by``): when such a call was submitted after it
before it starts, it does not run and its Task reports ``superseded`` instead (the search panel's requests: an
answer to a query that has since been retyped would be dropped anyway).
SQLite connections stay on the worker thread that opened them. The window's two workers (reads, writes) each
open a Library, and both Libraries share the data directory's one SearchIndex (see ``core/library/__init__.py``). A call
that returns a change record (an ``OpChanges``, or an ``OpResult`` whose value then goes to ``finished``) is
announced on ``library_changed``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ipt_desktop.core.changes import split_result
from ipt_desktop.core.store.disk import storage_error

if TYPE_CHECKING:
    from ipt_desktop.core.library import Library


class Task(QObject):
    """A pending core call.

    Signals:
        finished: the call returned (its result).
        failed: the call raised (the exception).
        progressed: a long call reported progress (done, total).
        superseded: the call did not run: a call of a kind that makes it pointless was submitted after it.
    """

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    superseded = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


@dataclass
class _Job:
    fn: Callable[..., Any]
    args: tuple
    task: Task
    with_progress: bool = False
    serial: int = 0
    superseded_by: tuple[str, ...] = ()


class _Executor(QObject):
    """Lives on the worker thread; opens the Library there on first use.

    Signals:
        job_finished: a job returned (job, result).
        job_failed: a job raised (job, exception).
        job_progressed: a job reported progress (job, done, total).
        job_superseded: a job was skipped: a later one of a kind in its ``superseded_by`` was submitted (job).
    """

    job_finished = Signal(object, object)
    job_failed = Signal(object, object)
    job_progressed = Signal(object, int, int)
    job_superseded = Signal(object)

    def __init__(self, open_library: Callable[[], Library], latest: dict[str, int]) -> None:
        super().__init__()
        self._open = open_library
        self._latest = (
            latest  # kind → serial of the last job of that kind submitted (written by the GUI thread)
        )
        self.library: Library | None = None

    def _superseded(self, job: _Job) -> bool:
        return any(self._latest.get(kind, 0) > job.serial for kind in job.superseded_by)

    @Slot(object)
    def run(self, job: _Job) -> None:
        if job.superseded_by and self._superseded(job):
            self.job_superseded.emit(job)
            return
        try:
            if self.library is None:
                self.library = self._open()
            if job.with_progress:
                result = job.fn(
                    self.library, lambda done, total: self.job_progressed.emit(job, done, total), *job.args
                )
            else:
                result = job.fn(self.library, *job.args)
        except (sqlite3.Error, OSError) as exc:  # a storage failure no lower layer named: one line
            folder = self.library.data_dir if self.library is not None else Path(".")
            self.job_failed.emit(job, storage_error(exc, folder))
        except Exception as exc:  # reported to the GUI, never lost
            self.job_failed.emit(job, exc)
        else:
            self.job_finished.emit(job, result)

    @Slot()
    def shutdown(self) -> None:
        # Runs after every job queued before it, so pending writes (a note typed just before closing) land.
        if self.library is not None:
            self.library.close()
            self.library = None
        QThread.currentThread().quit()


class CoreWorker(QObject):
    """Queue of core calls on one background thread.

    Signals:
        busy_changed: number of jobs queued or running changed (count).
        library_changed: a call wrote to the library (its OpChanges), announced before the Task's finished.
    """

    busy_changed = Signal(int)
    library_changed = Signal(object)
    _submitted = Signal(object)
    _closing = Signal()

    def __init__(self, open_library: Callable[[], Library], name: str, *, start: bool = True) -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._serial = 0
        self._latest: dict[str, int] = {}
        self._executor = _Executor(open_library, self._latest)
        self._executor.moveToThread(self._thread)
        self._submitted.connect(self._executor.run)
        self._closing.connect(self._executor.shutdown)
        # CoreWorker lives on the GUI thread, so these queued slots hand results over to it.
        self._executor.job_finished.connect(self._on_finished)
        self._executor.job_failed.connect(self._on_failed)
        self._executor.job_progressed.connect(self._on_progressed)
        self._executor.job_superseded.connect(self._on_superseded)
        self._pending: set[Task] = set()
        if start:
            self._thread.start()

    def start(self) -> None:
        """Start the thread of a worker created with ``start=False``; jobs submitted before run then, in order."""
        if not self._thread.isRunning():
            self._thread.start()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        name: str = "",
        with_progress: bool = False,
        kind: str = "",
        superseded_by: tuple[str, ...] = (),
    ) -> Task:
        """Run ``fn(library, *args)`` on the worker; connect to the returned Task's signals.

        With ``with_progress`` the call is ``fn(library, progress, *args)`` and ``progress(done, total)``
        reaches the GUI as the Task's ``progressed`` signal. ``kind`` names what the call is (a "search");
        a call with ``superseded_by`` does not run when, by the time its turn comes, a call of one of those
        kinds was submitted after it: its Task then emits ``superseded`` (and neither finished nor failed).
        Only calls whose answer a later call makes worthless may say so; writes never do.
        """
        task = Task(name or getattr(fn, "__name__", "task"))
        self._serial += 1
        if kind:
            self._latest[kind] = self._serial
        self._pending.add(task)
        self.busy_changed.emit(len(self._pending))
        self._submitted.emit(_Job(fn, args, task, with_progress, self._serial, tuple(superseded_by)))
        return task

    @Slot(object, int, int)
    def _on_progressed(self, job: _Job, done: int, total: int) -> None:
        job.task.progressed.emit(done, total)

    @Slot(object, object)
    def _on_finished(self, job: _Job, result: object) -> None:
        self._done(job.task)
        value, changes = split_result(result)
        if changes is not None and not changes.is_empty:
            self.library_changed.emit(changes)
        job.task.finished.emit(value)

    @Slot(object, object)
    def _on_failed(self, job: _Job, error: object) -> None:
        self._done(job.task)
        job.task.failed.emit(error)

    @Slot(object)
    def _on_superseded(self, job: _Job) -> None:
        self._done(job.task)
        job.task.superseded.emit()

    def _done(self, task: Task) -> None:
        self._pending.discard(task)
        self.busy_changed.emit(len(self._pending))

    @property
    def pending(self) -> int:
        return len(self._pending)

    def stop(self) -> None:
        """Close the Library on its thread and end the thread."""
        if self._thread.isRunning():
            self._closing.emit()
            if not self._thread.wait(30000):
                self._thread.quit()
                self._thread.wait(5000)
