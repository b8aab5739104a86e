"""The process pool shared by the command line and :meth:`Cleaner.clean_many`.

Work goes out in batches and comes back in input order. Each worker builds
one :class:`Cleaner` from the caller's options when it starts and reuses it
for every batch. At most a few batches per worker are in flight at once, so
memory stays constant however long the input is. A worker that dies (killed,
out of memory) fails the run with :class:`WorkerDied`, naming the batch whose
results were lost: nothing is dropped silently.
"""
from __future__ import annotations

import os
import signal
from collections import deque
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

from .core import Cleaner, Options

if TYPE_CHECKING:
    from concurrent.futures import Future

Batch = TypeVar("Batch")
# Enough queued work that no worker waits for the next batch, and no more.
BATCHES_IN_FLIGHT_PER_WORKER = 2

_worker_cleaner: Cleaner | None = None


class WorkerDied(RuntimeError):
    """A worker process ended before returning a batch; ``batch`` is the first batch lost."""

    def __init__(self, batch, description: str):
        self.batch = batch
        super().__init__(f"a worker process died while cleaning {description}")


def resolve_jobs(jobs: int) -> int:
    """The number of processes to use: ``jobs``, or every available core for 0."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or more, not {jobs}")
    if jobs:
        return jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` consecutive items (the last one shorter), read lazily."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def map_batches(task: Callable[[Cleaner, Batch], list], batches: Iterable[Batch], cleaner: Cleaner,
                jobs: int = 1, describe: Callable[[Batch], str] = lambda batch: "a batch",
                ) -> Iterator[tuple[Batch, list]]:
    """Yield ``(batch, task(cleaner, batch))`` for each batch, in input order.

    With ``jobs`` 1 the task runs here with ``cleaner``; otherwise ``jobs``
    worker processes (0: one per core) each build their own Cleaner from
    ``cleaner.options``. ``task`` must be picklable (a module-level function,
    or a ``functools.partial`` of one). Raises :class:`WorkerDied`, with
    ``describe(batch)`` in its message, when a worker dies.
    """
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        for batch in batches:
            yield batch, task(cleaner, batch)
        return
    # Imported here: a one-process run (most single pages) need not pay for multiprocessing.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # The packs are reloaded by each worker from the same paths; sending them is wasted work.
    options = replace(cleaner.options, packs=())
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(options,))
    try:
        pending: deque[tuple[Batch, Future | None]] = deque()
        for batch in batches:
            if len(pending) >= jobs * BATCHES_IN_FLIGHT_PER_WORKER:
                yield _result(*pending.popleft(), describe)
            try:
                future = pool.submit(_run_task, task, batch)
            except BrokenProcessPool:
                future = None  # reported in order, after the batches before it
            pending.append((batch, future))
        while pending:
            yield _result(*pending.popleft(), describe)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result(batch, future: Future | None, describe) -> tuple:
    from concurrent.futures.process import BrokenProcessPool

    try:
        if future is None:
            raise BrokenProcessPool
        return batch, future.result()
    except BrokenProcessPool:
        raise WorkerDied(batch, describe(batch)) from None


def _start_worker(options: Options) -> None:
    global _worker_cleaner
    # Ctrl-C is the parent's to handle: it stops feeding work and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_cleaner = Cleaner(options)


def _run_task(task, batch):
    return task(_worker_cleaner, batch)
