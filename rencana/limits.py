"""What one document may cost: a time limit and a memory cap, enforced by worker processes.

A parser stuck inside C code (pdfium, a malformed stream in pdfminer's inner loops, a
decompression bomb) cannot be interrupted from Python — ``signal.alarm`` only fires between
bytecodes of the main thread. So each document is read in a worker process, and a worker
that overruns its time is killed (with its process group, i.e. a tesseract it started) and
replaced; the document is marked ``failed`` and the run goes on. The same isolation turns a
crash of a native library (segfault, out-of-memory kill) into one failed document instead
of a lost run.

The time limit is on *progress*, not on the whole document: the clock restarts each time
a page is finished (the worker sends a heartbeat). A 400-page scanned annex legitimately
takes an hour; a file that hangs does so on one step — opening it, one page, or building
its tables — and that is what the limit catches, without a per-size guess.

Workers are long-lived (``jobs`` of them), so the per-file cost is a pickle round trip,
not a process start. They are forked from a ``forkserver`` that has already imported the
pipeline: cheap, and safe in a parent that runs threads (tqdm's monitor), which plain
``fork`` is not. A worker runs in its own process group, so Ctrl-C reaches only the parent,
which stops the workers itself; a worker whose parent died (``kill -9``) exits at once
(it waits on a pipe only the parent holds). Results are yielded in input order whatever
order workers finish in, so a parallel run writes exactly what a sequential one does.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import resource
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import replace
from multiprocessing.connection import Connection, wait
from pathlib import Path

from rencana.pipeline import DocumentResult, Options, blank_document, doc_id_of, process_document

DEFAULT_TIMEOUT = 300.0
"""Seconds without a finished page before a document is stopped: about 30 times the
slowest page measured (~9 s, a 300 dpi scanned page through OCR on a busy core)."""
MEMORY_LIMIT_BYTES = 8 << 30
"""Address-space cap per worker. A decompression bomb then ends in MemoryError (one failed
page or document) instead of the machine swapping: a 15 KB PDF whose content stream
inflates to 9 GiB fails its page after ~30 s. A worker OCR-ing a 300 dpi scan maps ~2 GiB
(mostly reserved, not used)."""
_NO_DEADLINE = float("inf")


def usable_cores() -> int:
    """Cores this process may run on (the command line's default ``--jobs``)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def process_documents(paths: Sequence[Path], options: Options) -> Iterator[DocumentResult]:
    """Process each file; yield the results in the order of ``paths``.

    With ``options.jobs`` 1 and no ``options.timeout`` the files are read in this process
    (the library API's default: the caller's script needs no multiprocessing guard).
    Otherwise up to ``jobs`` worker processes read them, and a document that makes no
    progress for ``timeout`` seconds is stopped and reported ``failed``.
    """
    if options.jobs <= 1 and not options.timeout:
        for path in paths:
            yield process_document(path, options)
        return
    yield from _Pool(paths, options).run()


class _Worker:
    """A worker process, its pipe, and the document it is reading with its deadline."""

    def __init__(self, pool: _Pool) -> None:
        self.conn, child = pool.context.Pipe()
        level = logging.getLogger("rencana").getEffectiveLevel()
        self.process = pool.context.Process(
            target=_work, args=(child, pool.lifeline, pool.options, level), daemon=True)
        self.process.start()
        child.close()
        self.job: tuple[int, Path] | None = None
        self.deadline = _NO_DEADLINE

    def give(self, index: int, path: Path, timeout: float | None) -> None:
        self.conn.send((index, path))
        self.job = (index, path)
        self.extend(timeout)

    def extend(self, timeout: float | None) -> None:
        self.deadline = time.monotonic() + timeout if timeout else _NO_DEADLINE

    def kill(self) -> None:
        """Kill the worker and whatever it started (its process group)."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            self.process.kill()
        self.process.join()
        self.conn.close()
        self.job = None

    def stop(self) -> None:
        """Let an idle worker exit (killing it after a second); kill a busy one now."""
        if self.job is None and not self.conn.closed:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(1.0)
        if self.process.is_alive():
            self.kill()
        elif not self.conn.closed:
            self.conn.close()


class _Pool:
    """Hands files to workers, watches their deadlines, and restores input order."""

    def __init__(self, paths: Sequence[Path], options: Options) -> None:
        self.paths = paths
        self.options = options
        self.context = _context()
        self.pending = deque(enumerate(paths))
        self.done: dict[int, DocumentResult] = {}
        self.lifeline, self._lifeline_end = self.context.Pipe(duplex=False)
        """Workers wait on ``lifeline``; only this process holds the other end, so they
        see EOF the moment it dies, even by ``kill -9`` (the forkserver outlives it)."""

    def run(self) -> Iterator[DocumentResult]:
        n_workers = min(max(self.options.jobs, 1), len(self.paths))
        workers = [_Worker(self) for _ in range(n_workers)]
        next_index = 0
        try:
            while next_index < len(self.paths):
                self._hand_out(workers)
                busy = [w for w in workers if w.job is not None]
                wait_for = min(w.deadline for w in busy) - time.monotonic()
                ready = wait([w.conn for w in busy],
                             None if wait_for == _NO_DEADLINE else max(0.0, wait_for))
                for worker in busy:
                    self._collect(worker, worker.conn in ready)
                while next_index in self.done:
                    yield self.done.pop(next_index)
                    next_index += 1
        finally:
            for worker in workers:
                worker.stop()
            self.lifeline.close()
            self._lifeline_end.close()

    def _hand_out(self, workers: list[_Worker]) -> None:
        for i, worker in enumerate(workers):
            if worker.job is None and self.pending:
                if not worker.process.is_alive():
                    workers[i] = worker = _Worker(self)
                worker.give(*self.pending.popleft(), self.options.timeout)

    def _collect(self, worker: _Worker, readable: bool) -> None:
        """Take a worker's heartbeats and result; fail its document if it died or stalled."""
        index, path = worker.job
        try:
            while readable and worker.conn.poll():
                kind, payload = worker.conn.recv()
                if kind == "page":
                    worker.extend(self.options.timeout)
                    continue
                self.done[index] = payload
                worker.job = None
                return
        except (EOFError, OSError):
            worker.process.join()
            self.done[index] = _failed(path, _crash_reason(worker.process))
            worker.kill()
            return
        if time.monotonic() >= worker.deadline:
            self.done[index] = _failed(
                path, f"stopped after {self.options.timeout:g} s without progress (--timeout)"
            )
            worker.kill()


def _context() -> mp.context.BaseContext:
    if "forkserver" in mp.get_all_start_methods():
        context = mp.get_context("forkserver")
        context.set_forkserver_preload(["rencana.limits"])
        return context
    return mp.get_context("spawn")


def _work(conn: Connection, lifeline: Connection, options: Options, log_level: int) -> None:
    """A worker's life: read the documents the parent sends until ``None`` or its exit."""
    os.setpgrp()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("rencana").setLevel(log_level)
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or hard > MEMORY_LIMIT_BYTES:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, hard))
    threading.Thread(target=_exit_with_parent, args=(lifeline,), daemon=True).start()
    beating = replace(options, page_done=lambda number: conn.send(("page", number)))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        _, path = job
        conn.send(("done", process_document(path, beating)))


def _exit_with_parent(lifeline: Connection) -> None:
    """Exit once the parent is gone: an orphan would keep reading a document for nobody."""
    with contextlib.suppress(EOFError, OSError):
        lifeline.recv()
    os._exit(1)


def _failed(path: Path, reason: str) -> DocumentResult:
    document = blank_document(path)
    with contextlib.suppress(OSError):
        document["doc_id"] = doc_id_of(path)
    document["error"] = f"{path.name}: {reason}"
    return DocumentResult(document)


def _crash_reason(process: mp.process.BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        if -code == signal.SIGKILL:
            return f"the reader was killed ({name}; out of memory?)"
        return f"the reader crashed ({name})"
    return f"the reader stopped unexpectedly (exit code {code})"
