"""Extraction on a Dask cluster (``kgbuilder build --executor dask``): a scheduler given
with ``--scheduler``, else a local cluster of ``--workers`` processes started for the
build. Each task runs :func:`kgbuilder.executors.dask_partition`, the per-worker function
the local worker processes share; results come back in input order (see
:mod:`kgbuilder.executors`).

Dask is optional: ``pip install 'kgbuilder[dask]'``.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import subprocess
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Iterable, Iterator

from kgbuilder.extractors import Document, DocumentExtractions

from .executors import (
    PARTITION_DOCUMENTS,
    POLL_SECONDS,
    Executor,
    dask_partition,
    partition_sizes,
)
from .inputs import InputError

_CLUSTER_MAIN = """
import os, signal, sys
from dask.distributed import LocalCluster
cluster = LocalCluster(n_workers={workers}, threads_per_worker=1, processes=True,
                       dashboard_address=None)
print(cluster.scheduler_address, flush=True)
sys.stdin.read()  # until the build closes it, or ends without a word
os.killpg(0, signal.SIGKILL)
"""


class LocalDaskCluster:
    """A Dask cluster of ``workers`` processes on this machine, in a session of its own:
    Ctrl-C to the terminal's process group never reaches it (the build stops it), and
    it goes away at once with the build, even a killed one (its stdin closes)."""

    def __init__(self, workers: int) -> None:
        # Dask's own chatter, shown only on failure; closed by close()
        self.log = tempfile.TemporaryFile()  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-c", _CLUSTER_MAIN.format(workers=workers)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log,
            start_new_session=True)
        self.address = self.process.stdout.readline().decode().strip()
        if not self.address:
            self.close()
            self.log.seek(0)
            lines = self.log.read().decode(errors="replace").strip().splitlines()
            raise InputError("cannot start a local Dask cluster: "
                             + (lines[-1] if lines else "no reason given"), exit_code=1)

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.log):
            stream.close()


class DaskExtractor(Executor):
    """Extraction on a Dask cluster: the scheduler at ``scheduler``, else a local cluster
    of ``workers`` processes (:class:`LocalDaskCluster`)."""

    def __init__(self, model: str | None, scheduler: str | None = None, workers: int = 2,
                 batch_size: int = 32, partition: int = PARTITION_DOCUMENTS) -> None:
        try:
            from dask.distributed import Client
        except ImportError:
            raise InputError("--executor dask needs Dask: pip install 'kgbuilder[dask]'") \
                from None
        self.model, self.batch_size, self.partition = model, batch_size, partition
        self.client = None
        self.in_flight: deque = deque()
        self.cluster = None if scheduler else LocalDaskCluster(workers)
        try:
            self.client = Client(scheduler or self.cluster.address, timeout="20s")
        except (OSError, TimeoutError, ValueError) as exc:
            self.close()
            raise InputError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: "
                             f"{exc}") from None
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def __call__(self, documents: Iterable[Document]) -> Iterator[DocumentExtractions]:
        """Results of ``documents`` in input order; ``2 × workers + 1`` partitions in
        flight at most."""
        stream = iter(documents)
        sizes = partition_sizes(self.partition, self.workers)
        limit = 2 * self.workers + 1
        while True:
            while len(self.in_flight) < limit:
                part = list(itertools.islice(stream, next(sizes)))
                if not part:
                    break
                self.in_flight.append(self.client.submit(dask_partition, part, self.model,
                                                         self.batch_size, pure=False))
            if not self.in_flight:
                return
            yield from self._result(self.in_flight[0])
            self.in_flight.popleft()

    def _result(self, future: object) -> list[DocumentExtractions]:
        # Woken by the future's own callback: Future.result(timeout=...) polled in short
        # steps can lose a result to a race in distributed's sync() (UnboundLocalError).
        done = threading.Event()
        future.add_done_callback(lambda _: done.set())
        while not done.wait(POLL_SECONDS):
            self._check()
        try:
            return future.result()
        except Exception as exc:  # a worker's error, raised here by Dask
            self._check()  # a worker stopped by the interruption: not its failure
            raise InputError(f"a Dask worker failed: {type(exc).__name__}: {exc}",
                             exit_code=1) from None

    def leftovers(self) -> list[DocumentExtractions]:
        done = [future for future in self.in_flight if future.status == "finished"]
        results: list[DocumentExtractions] = []
        for future in done:
            with contextlib.suppress(Exception):
                results.extend(future.result(timeout=1))
        return results

    def close(self) -> None:
        """Cancels what is in flight, then closes the client and the local cluster."""
        if self.in_flight and self.client is not None:
            self.client.cancel(list(self.in_flight), force=True)
            self.in_flight.clear()
        for part in (self.client, self.cluster):
            if part is not None:
                part.close()
        self.client = self.cluster = None
