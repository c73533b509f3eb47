"""The public Python API: build a graph from texts or paths, load a saved one."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from kgbuilder.extractors.records import Document, DocumentExtractions
from kgbuilder.graph import KnowledgeGraph, build_graph
from kgbuilder.graph.aliases import Aliases, AliasFileError, read_aliases
from kgbuilder.graph.merge import Prepared
from kgbuilder.graph.relations import RelationFileError, RelationType, read_relations

from .errors import InputError
from .inputs import read_documents

if TYPE_CHECKING:
    from spacy.language import Language

Record = tuple[str, DocumentExtractions]  # (content digest, extraction results)
REPEATS_NAMED = 5  # repeated texts named one per line; the rest are counted in one line

# A one-line string ending like a file name, or in a slash: meant as a path.
_PATHLIKE = re.compile(r"[^\n]*(?:\.(?:txt|text|html?|xhtml|jsonl|ndjson|csv|tsv|pdf|docx?|md|"
                       r"rtf|odt|json)|/)\s*", re.IGNORECASE)


def as_documents(items: Iterable[str | Path | Document] | str | Path | None = None,
                 texts: Iterable[str] = (), paths: Iterable[str | Path] = ()
                 ) -> list[Document]:
    """Documents from raw ``texts``, file/folder ``paths``, and ``items``: a mix of
    Document records, paths and texts, where a string naming an existing file or folder
    is a path, and a one-line string that looks like a file name but names none raises
    :class:`InputError` (a mistyped path never becomes a one-line document)."""
    if isinstance(items, (str, Path, Document)):
        items = [items]
    documents = [Document(Document.content_id(text), text) for text in texts]
    named = [str(path) for path in paths]
    for item in items or ():
        if isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, Path) or (len(item) < 4096 and "\n" not in item
                                        and Path(item).exists()):
            named.append(str(item))
        elif len(item) < 4096 and _PATHLIKE.fullmatch(item):
            raise InputError(f"{item}: no such file or directory (pass raw text as "
                             "texts=[...] and files as paths=[...])")
        else:
            documents.append(Document(Document.content_id(item), item))
    return documents + (read_documents(named) if named else [])


Progress = Callable[[Iterator], Iterator]
Report = Callable[[str], None]
Extractor = Callable[[Iterable[Document]], Iterator[DocumentExtractions]]


def local_extractor(nlp: Language, batch_size: int = 32, workers: int = 1) -> Extractor:
    """Extraction with ``nlp`` in this process, or in ``workers`` worker processes when
    more than one (:class:`kgbuilder.executors.ProcessExtractor`, closed when its stream
    ends)."""
    if workers > 1:
        from .executors import ProcessExtractor

        return ProcessExtractor(nlp, workers, batch_size)
    return LocalExtractor(nlp, batch_size)


class LocalExtractor:
    """Extraction with ``nlp`` in this process. :meth:`release` lets the pipeline go once
    the extraction is over: its model and parse buffers (about 200 MiB after a thousand
    articles) are then free for the graph and the outputs, which come after."""

    def __init__(self, nlp: Language, batch_size: int = 32) -> None:
        self.nlp: Language | None = nlp
        self.batch_size = batch_size

    def __call__(self, documents: Iterable[Document]) -> Iterator[DocumentExtractions]:
        from kgbuilder.extractors.extract import extract_documents

        if self.nlp is None:
            raise RuntimeError("this extractor's pipeline was released")
        return extract_documents(documents, self.nlp, batch_size=self.batch_size)

    def release(self) -> None:
        self.nlp = None


def extract_records(documents: Iterable[Document], extract: Extractor,
                    progress: Progress | None = None, known: Iterable[Record] = (),
                    report: Report | None = None,
                    resume: Mapping[str, DocumentExtractions] | None = None,
                    resumed: list[Record] | None = None,
                    save: Callable[[Record], None] | None = None) -> list[Record]:
    """``(content digest, extraction results)`` of each document, read and parsed as a
    stream; texts are dropped once extracted, so memory holds the results, not the corpus.

    ``extract``: :func:`local_extractor` or a :class:`kgbuilder.dask_executor.DaskExtractor`,
    which must yield results in input order. ``known``: records of an earlier build.
    A document whose text is already known (from ``known`` or earlier in this stream) is
    skipped and told to ``report`` (the first :data:`REPEATS_NAMED` by name, the rest in
    one line of their count); one whose id is taken by another text gets its digest
    appended to the id. ``resume``: results saved by an interrupted run, by digest; a
    document found there (same text, same id) is not extracted again, and its record is
    also appended to ``resumed``. ``save`` is given each newly extracted record.
    A ``progress`` with a ``passed`` attribute has it called for each document skipped or
    resumed, so a bar of all the input's documents still reaches its end. When the
    stream stops early, the results an executor holds back for input order (its
    ``leftovers()``) are given to ``save`` too.
    """
    def passed() -> None:
        # A progress bar counts skipped documents (looked up here: it exists once shown).
        counted = getattr(progress, "passed", None)
        if counted is not None:
            counted()

    digest_ids = {digest: result.document.id for digest, result in known}
    taken = set(digest_ids.values())
    digests: dict[str, str] = {}
    records: list[Record] = []

    repeats = 0

    def new_documents() -> Iterator[Document]:
        nonlocal repeats
        for document in documents:
            digest = Document.content_id(document.text)
            if digest in digest_ids:
                repeats += 1
                if report and repeats <= REPEATS_NAMED:
                    report(f"{document.source or document.id}: same text as document "
                           f"'{digest_ids[digest]}'; skipped")
                passed()
                continue
            if document.id in taken:
                document = replace(document, id=f"{document.id}-{digest[:8]}")
            digest_ids[digest] = document.id
            taken.add(document.id)
            saved = resume.get(digest) if resume else None
            if saved is not None and saved.document.id == document.id:
                record = (digest, replace(saved, document=replace(document, text="")))
                records.append(record)
                if resumed is not None:
                    resumed.append(record)
                passed()
                continue
            digests[document.id] = digest
            yield document
        if report and repeats > REPEATS_NAMED:
            more = repeats - REPEATS_NAMED
            report(f"{more} more document{'s' if more != 1 else ''} with a text already "
                   "read (in the graph or earlier in the input); skipped")

    def kept(result: DocumentExtractions) -> Record:
        record = (digests.pop(result.document.id),
                  replace(result, document=replace(result.document, text="")))
        if save is not None:
            save(record)
        return record

    stream = extract(new_documents())
    try:
        for result in (progress(stream) if progress else stream):
            records.append(kept(result))
    except BaseException:
        # Stopped early (Ctrl-C, an error): results an executor holds back for input
        # order are saved too, so a resumed build does not extract them again.
        leftovers = getattr(extract, "leftovers", None)
        for result in (leftovers() if leftovers is not None and save is not None else ()):
            if result.document.id in digests:
                kept(result)
        raise
    return records


def graph_of_records(records: Iterable[Record], aliases: Aliases | None = None,
                     relations: list[RelationType] | None = None,
                     prepared: Prepared | None = None) -> KnowledgeGraph:
    """The knowledge graph of extraction records, in any order (resolution sorts them).
    ``prepared``: documents resolved on their own as they arrived (see
    :class:`kgbuilder.graph.merge.Prepared`), made with the same ``aliases``."""
    return build_graph([result for _, result in records], aliases, relations, prepared)


def build_documents(documents: Iterable[Document], nlp: Language,
                    progress: Progress | None = None, batch_size: int = 32,
                    aliases: Aliases | None = None, workers: int = 1,
                    relations: list[RelationType] | None = None) -> KnowledgeGraph:
    """Extract every document with ``nlp`` and merge the results into one graph.

    ``aliases``: the user's alias table (``alias → canonical``), see :func:`read_aliases`.
    """
    started = time.perf_counter()
    kg = graph_of_records(extract_records(documents, local_extractor(nlp, batch_size, workers),
                                          progress), aliases, relations)
    # Kept off the graph's own stats, so the same input always writes the same bytes.
    kg.seconds = round(time.perf_counter() - started, 2)
    return kg


def build(texts_or_paths: Iterable[str | Path | Document] | str | Path | None = None,
          model: str | None = None, nlp: Language | None = None,
          aliases: str | Path | Aliases | None = None,
          relations: str | Path | list[RelationType] | None = None, *, texts: Iterable[str] = (),
          paths: Iterable[str | Path] = (), out: str | Path | None = None,
          into: str | Path | None = None, store: str | Path | None = None,
          workers: int = 1, batch_size: int = 32, **settings: object) -> KnowledgeGraph:
    """Build a knowledge graph from raw ``texts``, file/folder ``paths``, or a mix of both
    and Document records (``texts_or_paths``, see :func:`as_documents`).

    ``aliases``: a CSV file of ``alias,canonical[,type]`` rows (or a table already read)
    for merges no rule can make; ``relations``: a CSV of relation-type rows (or rows
    already read) tried before the shipped mapping. ``out``: also write every output into
    that folder (a new graph); ``into``: add the documents to the graph in that folder and
    rewrite it (known texts are skipped; the folder's settings are kept unless given). ``store``:
    also load the RDF into a pyoxigraph store there. ``settings``: ``rdf_format``,
    ``base``, ``max_nodes``, ``focus``, ``hops``, ``exports`` (``["graphml", "tables"]``)
    of :class:`kgbuilder.outputs.Settings`. A build into a folder resumes an interrupted
    one (see :mod:`kgbuilder.resume`).

    Raises :class:`kgbuilder.InputError` (its ``exit_code`` is the CLI's) on bad input.
    """
    try:
        return _build(texts_or_paths, model, nlp, aliases, relations, texts, paths, out,
                      into, store, workers, batch_size, settings)
    except (AliasFileError, RelationFileError) as exc:
        raise InputError(str(exc)) from None  # the CLI's one line and exit code 2


def _build(texts_or_paths: Iterable[str | Path | Document] | str | Path | None,
           model: str | None, nlp: Language | None, aliases: str | Path | Aliases | None,
           relations: str | Path | list[RelationType] | None, texts: Iterable[str],
           paths: Iterable[str | Path], out: str | Path | None, into: str | Path | None,
           store: str | Path | None, workers: int, batch_size: int,
           settings: dict[str, object]) -> KnowledgeGraph:
    from kgbuilder.extractors.pipeline import load_pipeline

    if out is not None and into is not None:
        raise InputError("give out= (a new graph) or into= (grow one), not both")
    if not isinstance(workers, int) or workers < 1:
        raise InputError(f"workers must be a positive number, not {workers!r}")
    base = settings.get("base")
    if isinstance(base, str):
        from kgbuilder.exports import base_problem

        problem = base_problem(base)
        if problem:
            raise InputError(problem.replace("--base", "base=", 1))
    documents = as_documents(texts_or_paths, texts, paths)
    relations_file = relations if isinstance(relations, (str, Path)) else None
    if relations_file is not None:
        relations = read_relations(relations_file)
    if documents and not any(document.text.strip() for document in documents):
        raise InputError(f"all {len(documents)} documents are empty; nothing to build from",
                         exit_code=1)  # the CLI's "all inputs skipped"
    folder = into if into is not None else out
    if folder is None:
        if not documents:
            raise InputError("no documents to build from", exit_code=1)
        if isinstance(aliases, (str, Path)):
            aliases = read_aliases(aliases)
        return build_documents(documents, nlp or load_pipeline(model), aliases=aliases,
                               batch_size=batch_size, workers=workers, relations=relations)
    from .outputs import Settings
    from .project import build_folder, previous_build

    previous, known = previous_build(Path(folder), grow=into is not None)
    if isinstance(aliases, dict):
        raise InputError("with out= or into=, give aliases as a CSV file (it is kept "
                         "in the folder's settings)")
    config = Settings.updated(previous, aliases=aliases, relations=relations_file, **settings)
    extract = local_extractor(nlp or load_pipeline(model), batch_size, workers)
    return build_folder(documents, Path(folder), extract, settings=config, known=known,
                        model=model, store=Path(store) if store is not None else None,
                        relations=relations).kg


def load(path: str | Path) -> nx.MultiDiGraph:
    """The networkx graph a build saved: its ``graph.json``, any RDF file it wrote
    (``graph.ttl``, ``.nt``, ``.jsonld``, ``.trig``, ``.nq``), or its output folder.

    From RDF, nodes get ``label``, ``type``, ``aliases`` and ``mentions``, edges every
    field of their evidence the RDF keeps (see :mod:`kgbuilder.rdf_graph`)."""
    from kgbuilder.exports.nodelink import read_node_link

    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if path.suffix.lower() == ".json":
        try:
            return read_node_link(path)
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}: not a kgbuilder graph.json ({exc})", exit_code=1) \
                from None
    from .rdf_graph import RDF_SUFFIXES, graph_of_rdf

    if path.suffix.lower() not in RDF_SUFFIXES:
        raise InputError(f"{path}: kgbuilder.load reads graph.json or an RDF file "
                         f"({', '.join(sorted(RDF_SUFFIXES))})")
    return graph_of_rdf(path)
