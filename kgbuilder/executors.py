"""Where extraction runs when it leaves the main process: worker processes of this machine
(``kgbuilder build --workers N``) or a Dask cluster (``--executor dask``).

Both cut the documents into partitions and hand each to a worker, which parses **and
extracts** it with a spaCy pipeline loaded once per worker (:func:`extract_partition`,
the one function both run) and sends back only its extraction records: small, plain,
picklable :class:`DocumentExtractions` without the texts, never spaCy Docs. The main
process reads the inputs, takes the results back in input order, resolves and writes,
so the graph is the same as a single-process build's, byte for byte.

A few partitions per worker are in flight at a time, so neither side holds the corpus.
Ctrl-C is the main process's alone: workers never see it (SIGINT is blocked in them
from their first instruction), and on an interruption the main process stops them
within a fraction of a second (:attr:`Executor.stop`).

Dask is optional: ``pip install 'kgbuilder[dask]'``. Workers of a real cluster need
kgbuilder and the spaCy pipeline installed; no shared file system is needed.
"""

from __future__ import annotations

import copyreg
import gc
import itertools
import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import fields, replace
from functools import lru_cache

from spacy.language import Language

from kgbuilder.extractors import Document, DocumentExtractions, extract_documents, load_pipeline
from kgbuilder.extractors.extract import ZONE_DOCS
from kgbuilder.extractors.records import Extraction, Mention, Phrase, Sentence

from .inputs import InputError

PARTITION_DOCUMENTS = 32  # documents per task: big enough to amortise, small to balance
FIRST_PARTITION = 4  # the first tasks are smaller, so progress shows and Ctrl-C loses little
POLL_SECONDS = 0.2  # how often a waiting main process looks at Ctrl-C and its workers


# -- the work of one worker ---------------------------------------------------------------

@lru_cache(maxsize=4)
def worker_pipeline(model: str | None) -> Language:
    """The spaCy pipeline of this worker process, loaded on its first partition."""
    return load_pipeline(model)


def _register_reducers() -> None:
    """Records pickle as their class and a tuple of field values: the default for
    slotted dataclasses calls ``dataclasses.fields`` for every object unpickled, and took
    twice as long in the main process (360 against 170 ms per 300 BBC articles)."""
    for kind in (Document, Mention, Phrase, Sentence, Extraction):
        names = tuple(f.name for f in fields(kind))
        copyreg.pickle(kind, lambda record, kind=kind, names=names:
                       (kind, tuple(getattr(record, name) for name in names)))


_register_reducers()
_extracted_here = 0  # documents this process has extracted through extract_partition


def extract_partition(documents: list[Document], nlp: Language,
                      batch_size: int = 32) -> list[DocumentExtractions]:
    """What each of ``documents`` says, in order, their texts left out (facts carry their
    sentences). Run by every worker; after the worker's first :data:`ZONE_DOCS`
    documents, each partition is parsed in a spaCy memory zone, so a long-lived worker's
    vocabulary does not grow with the corpus (the same results, see
    :func:`extract_documents`)."""
    global _extracted_here
    zoned = _extracted_here >= ZONE_DOCS
    with nlp.memory_zone() if zoned else nullcontext():
        results = [replace(result, document=replace(result.document, text=""))
                   for result in extract_documents(documents, nlp, batch_size=batch_size,
                                                   zone_docs=len(documents) + 1)]
    _extracted_here += len(documents)
    return results


def dask_partition(documents: list[Document], model: str | None,
                   batch_size: int = 32) -> list[DocumentExtractions]:
    """A Dask task: :func:`extract_partition` with this worker's pipeline."""
    return extract_partition(documents, worker_pipeline(model), batch_size)


@contextmanager
def sigint_held() -> Iterator[None]:
    """SIGINT held back from this thread and from the processes forked meanwhile (a
    signal mask is inherited); one that arrives is delivered when the block ends, so
    none is lost."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals are the main thread's
        return
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _leave_with(parent: int) -> None:
    """Ends this worker as soon as the main process ``parent`` is gone (killed without a
    chance to stop it): a worker never outlives its build by more than a second."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _work(tasks: mp.Queue, results: mp.Queue, nlp: Language, batch_size: int,
          parent: int) -> None:
    """A worker process: partitions from ``tasks`` until ``None``, results to ``results``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # born with it blocked: never delivered
    threading.Thread(target=_leave_with, args=(parent,), daemon=True).start()
    results.cancel_join_thread()  # never wait at exit on a pipe nobody reads any more
    gc.freeze()  # the inherited pipeline: out of the collector's sight
    while (task := tasks.get()) is not None:
        number, documents = task
        try:
            outcome: list[DocumentExtractions] | str = extract_partition(documents, nlp,
                                                                         batch_size)
        except Exception as exc:  # told to the main process, which stops the build
            outcome = f"{type(exc).__name__}: {exc}"
        results.put((number, outcome))


def partition_sizes(largest: int, workers: int, first: int = FIRST_PARTITION
                    ) -> Iterator[int]:
    """Sizes of successive partitions: ``first`` documents for each worker's first task,
    doubling per round up to ``largest`` (4, 4, 8, 8, 16, 16, 32 ... for two workers), so
    the first results come back within seconds and an early Ctrl-C loses little work."""
    size = min(first, largest)
    while True:
        yield from itertools.repeat(size, max(1, workers))
        size = min(2 * size, largest)


# -- the executors ------------------------------------------------------------------------

class Executor:
    """An extractor (see :func:`kgbuilder.api.extract_records`) that runs elsewhere: call
    it once with the documents, close it (or use it as a context manager) after.

    ``stop``: asked while the main process waits for results; when it says yes, the
    executor raises ``KeyboardInterrupt`` (the CLI hands it its Ctrl-C flag)."""

    stop: Callable[[], bool] = staticmethod(lambda: False)

    def leftovers(self) -> list[DocumentExtractions]:
        """Results that came back but were not yet yielded when the stream stopped early
        (an interruption), in no particular order: a resumable build saves them too."""
        return []

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check(self) -> None:
        if self.stop():
            raise KeyboardInterrupt


class ProcessExtractor(Executor):
    """Extraction in ``workers`` processes of this machine, each with ``nlp`` (inherited
    by fork where the platform has it, so no worker loads it again; pickled otherwise)."""

    def __init__(self, nlp: Language, workers: int = 2, batch_size: int = 32,
                 partition: int = PARTITION_DOCUMENTS) -> None:
        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        context = mp.get_context(method)
        self.partition, self.outstanding = partition, 0
        self.finished: dict[int, list[DocumentExtractions] | str] = {}
        self.tasks, self.results = context.Queue(), context.Queue()
        self.processes = [context.Process(target=_work, name=f"kgbuilder-worker-{n}",
                                          args=(self.tasks, self.results, nlp, batch_size,
                                                os.getpid()), daemon=True)
                          for n in range(workers)]
        with sigint_held():
            for process in self.processes:
                process.start()

    def __call__(self, documents: Iterable[Document]) -> Iterator[DocumentExtractions]:
        """Results of ``documents`` in input order; ``2 × workers + 1`` partitions in
        flight at most. The workers are closed when the stream ends."""
        stream = iter(documents)
        finished = self.finished
        sizes = partition_sizes(self.partition, len(self.processes))
        sent = done = 0
        limit = 2 * len(self.processes) + 1
        try:
            while True:
                while sent - done < limit:
                    part = list(itertools.islice(stream, next(sizes)))
                    if not part:
                        break
                    self.tasks.put((sent, part))
                    sent += 1
                    self.outstanding += 1
                if done == sent:
                    return
                while done not in finished:
                    number, outcome = self._result()
                    finished[number] = outcome
                    self.outstanding -= 1
                outcome = finished.pop(done)
                done += 1
                if isinstance(outcome, str):
                    raise InputError(f"a worker process failed: {outcome}", exit_code=1)
                yield from outcome
        finally:
            self._collect()
            self.close()

    def _collect(self) -> None:
        """Results already in the pipe, taken without waiting (kept for leftovers)."""
        while self.outstanding and self.processes:
            try:
                number, outcome = self.results.get(timeout=0.05)
            except (queue.Empty, OSError, ValueError):
                return
            self.finished[number] = outcome
            self.outstanding -= 1

    def leftovers(self) -> list[DocumentExtractions]:
        return [result for outcome in self.finished.values() if not isinstance(outcome, str)
                for result in outcome]

    def _result(self) -> tuple[int, list[DocumentExtractions] | str]:
        while True:
            self._check()
            try:
                return self.results.get(timeout=POLL_SECONDS)
            except queue.Empty:
                for process in self.processes:
                    if not process.is_alive():
                        raise InputError(f"a worker process ended unexpectedly (exit code "
                                         f"{process.exitcode})", exit_code=1) from None

    def close(self) -> None:
        """Ends the workers: at once if work is outstanding (an interruption or an
        error), else once they have read the end of the tasks."""
        if not self.processes:
            return
        if self.outstanding:
            for process in self.processes:
                process.terminate()
        else:
            for _ in self.processes:
                self.tasks.put(None)
        for process in self.processes:
            process.join(timeout=None if not self.outstanding else 2.0)
            if process.is_alive():
                process.kill()
                process.join()
        for channel in (self.tasks, self.results):  # never wait on a pipe nobody reads
            channel.cancel_join_thread()
            channel.close()
        self.processes = []


def start_executor(nlp: Language | None, model: str | None, executor: str = "local",
                   workers: int = 1, batch_size: int = 32,
                   partition: int = PARTITION_DOCUMENTS,
                   scheduler: str | None = None) -> Executor | None:
    """The executor of a build's options, or ``None`` for extraction in this process:
    ``local`` with ``workers`` > 1 starts that many processes with ``nlp`` (loaded from
    ``model`` when not given); ``dask`` connects to ``scheduler`` or starts a local
    cluster of ``workers`` processes."""
    if executor == "dask":
        from .dask_executor import DaskExtractor
        return DaskExtractor(model, scheduler, workers, batch_size, partition)
    if workers > 1:
        return ProcessExtractor(nlp or load_pipeline(model), workers, batch_size, partition)
    return None
