"""Running extraction on a Dask cluster (``kgbuilder build --executor dask``).

The client reads the documents and cuts them into partitions; each partition goes to a
worker, which parses it with a spaCy pipeline loaded once per worker process and sends
back its partial results as an extraction-cache chunk (gzipped JSON lines, the format of
:mod:`kgbuilder.extractors.serialize`, without the texts). The client reads the chunks
in input order and merges them with the same resolution rules as a single-process build,
so the graph is the same.

Dask is optional: ``pip install 'kgbuilder[dask]'``. Workers of a real cluster need
kgbuilder and the spaCy pipeline installed; no shared file system is needed.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language

from kgbuilder.extractors import Document, DocumentExtractions, extract_documents, load_pipeline
from kgbuilder.extractors.serialize import dump_extractions, load_extractions

from .inputs import InputError

PARTITION_DOCUMENTS = 32  # documents per task: big enough to amortise, small to balance


@lru_cache(maxsize=4)
def worker_pipeline(model: str | None) -> Language:
    """The spaCy pipeline of this worker process, loaded on its first partition."""
    return load_pipeline(model)


def extract_partition(documents: list[Document], model: str | None,
                      batch_size: int = 32) -> bytes:
    """Run on a worker: one partition's extraction results as a cache chunk."""
    nlp = worker_pipeline(model)
    results = extract_documents(documents, nlp, batch_size=batch_size)
    # The client already holds each text's digest; the chunk leaves it empty.
    return dump_extractions(("", result) for result in results)


class DaskExtractor:
    """An extractor (see :func:`kgbuilder.api.extract_records`) backed by a Dask cluster:
    the scheduler at ``scheduler``, else a local cluster of ``workers`` processes."""

    def __init__(self, model: str | None, scheduler: str | None = None, workers: int = 2,
                 batch_size: int = 32, partition: int = PARTITION_DOCUMENTS) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise InputError("--executor dask needs Dask: pip install 'kgbuilder[dask]'") \
                from None
        self.model, self.batch_size, self.partition = model, batch_size, partition
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="20s")
            else:
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                            processes=True, dashboard_address=None)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError, ValueError) as exc:
            self.close()
            raise InputError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: "
                             f"{exc}") from None
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def __call__(self, documents: Iterable[Document]) -> Iterator[DocumentExtractions]:
        """Results of ``documents`` in input order; a few partitions per worker in flight,
        so neither side holds the corpus."""
        stream = iter(documents)
        in_flight: deque = deque()
        limit = 2 * self.workers + 1
        while True:
            while len(in_flight) < limit:
                part = list(itertools.islice(stream, self.partition))
                if not part:
                    break
                in_flight.append(self.client.submit(extract_partition, part, self.model,
                                                    self.batch_size, pure=False))
            if not in_flight:
                return
            future = in_flight.popleft()
            try:
                chunk = future.result()
            except Exception as exc:  # a worker's error, raised here by Dask
                raise InputError(f"a Dask worker failed: {type(exc).__name__}: {exc}",
                                 exit_code=1) from None
            for _, result in load_extractions(chunk):
                yield result

    def close(self) -> None:
        for part in (getattr(self, "client", None), self.cluster):
            if part is not None:
                part.close()

    def __enter__(self) -> DaskExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
