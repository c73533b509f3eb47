"""The public Python API: build a graph from texts or paths, load a saved one."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

import networkx as nx
from spacy.language import Language

from kgbuilder.exports import read_node_link
from kgbuilder.extractors import Document, DocumentExtractions, extract_documents, load_pipeline
from kgbuilder.graph import KnowledgeGraph, build_graph
from kgbuilder.graph.aliases import Aliases, read_aliases

from .executors import ProcessExtractor
from .inputs import InputError, read_documents
from .outputs import Record


def as_documents(items: Iterable[str | Path | Document] | str | Path) -> list[Document]:
    """Documents from a mix of Document records, paths, and raw texts."""
    if isinstance(items, (str, Path, Document)):
        items = [items]
    documents: list[Document] = []
    paths: list[str] = []
    for item in items:
        if isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, Path) or (len(item) < 4096 and "\n" not in item
                                        and Path(item).exists()):
            paths.append(str(item))
        else:
            documents.append(Document(Document.content_id(item), item))
    return documents + (read_documents(paths) if paths else [])


Progress = Callable[[Iterator], Iterator]
Report = Callable[[str], None]
Extractor = Callable[[Iterable[Document]], Iterator[DocumentExtractions]]


def local_extractor(nlp: Language, batch_size: int = 32, workers: int = 1) -> Extractor:
    """Extraction with ``nlp`` in this process, or in ``workers`` worker processes when
    more than one (:class:`kgbuilder.executors.ProcessExtractor`, closed when its stream
    ends)."""
    if workers > 1:
        return ProcessExtractor(nlp, workers, batch_size)
    return partial(extract_documents, nlp=nlp, batch_size=batch_size)


def extract_records(documents: Iterable[Document], extract: Extractor,
                    progress: Progress | None = None, known: Iterable[Record] = (),
                    report: Report | None = None) -> list[Record]:
    """``(content digest, extraction results)`` of each document, read and parsed as a
    stream; texts are dropped once extracted, so memory holds the results, not the corpus.

    ``extract``: :func:`local_extractor` or a :class:`kgbuilder.executors.DaskExtractor`,
    which must yield results in input order. ``known``: records of an earlier build.
    A document whose text is already known (from ``known`` or earlier in this stream) is
    skipped and told to ``report``; one whose id is taken by another text gets its digest
    appended to the id.
    """
    digest_ids = {digest: result.document.id for digest, result in known}
    taken = set(digest_ids.values())
    digests: dict[str, str] = {}

    def new_documents() -> Iterator[Document]:
        for document in documents:
            digest = Document.content_id(document.text)
            if digest in digest_ids:
                if report:
                    report(f"{document.source or document.id}: same text as document "
                           f"'{digest_ids[digest]}'; skipped")
                continue
            if document.id in taken:
                document = replace(document, id=f"{document.id}-{digest[:8]}")
            digest_ids[digest] = document.id
            taken.add(document.id)
            digests[document.id] = digest
            yield document

    stream = extract(new_documents())
    records: list[Record] = []
    for result in (progress(stream) if progress else stream):
        records.append((digests.pop(result.document.id),
                        replace(result, document=replace(result.document, text=""))))
    return records


def graph_of_records(records: Iterable[Record], aliases: Aliases | None = None
                     ) -> KnowledgeGraph:
    """The knowledge graph of extraction records, in any order (resolution sorts them)."""
    return build_graph([result for _, result in records], aliases)


def build_documents(documents: Iterable[Document], nlp: Language,
                    progress: Progress | None = None, batch_size: int = 32,
                    aliases: Aliases | None = None, workers: int = 1) -> KnowledgeGraph:
    """Extract every document with ``nlp`` and merge the results into one graph.

    ``aliases``: the user's alias table (``alias → canonical``), see :func:`read_aliases`.
    """
    started = time.perf_counter()
    kg = graph_of_records(extract_records(documents, local_extractor(nlp, batch_size, workers),
                                          progress), aliases)
    # Kept off the graph's own stats, so the same input always writes the same bytes.
    kg.seconds = round(time.perf_counter() - started, 2)
    return kg


def build(texts_or_paths: Iterable[str | Path | Document] | str | Path,
          model: str | None = None, nlp: Language | None = None,
          aliases: str | Path | Aliases | None = None) -> KnowledgeGraph:
    """Build a knowledge graph from texts, file/folder paths or Document records.

    ``aliases``: a CSV file of ``alias,canonical[,type]`` rows (or a table already read)
    for merges no rule can make.
    """
    documents = as_documents(texts_or_paths)
    if not documents:
        raise InputError("no documents to build from", exit_code=1)
    if isinstance(aliases, (str, Path)):
        aliases = read_aliases(aliases)
    return build_documents(documents, nlp or load_pipeline(model), aliases=aliases)


def load(path: str | Path) -> nx.MultiDiGraph:
    """The networkx graph saved as ``graph.json`` (a build's output folder also works)."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    if path.suffix.lower() != ".json":
        raise InputError(f"{path}: kgbuilder.load reads the node-link graph.json")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return read_node_link(path)
