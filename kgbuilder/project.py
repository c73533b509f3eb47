"""Building into an output folder: a new graph (``--out``) or a grown one (``--into``),
resumable, with every output written together. The CLI's ``build`` is this function
plus option parsing; Python users call it through :func:`kgbuilder.build`.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kgbuilder.extractors.records import Document
from kgbuilder.graph import KnowledgeGraph
from kgbuilder.graph.merge import Prepared
from kgbuilder.graph.relations import RelationType

from .api import (
    Extractor,
    LocalExtractor,
    Progress,
    Report,
    extract_records,
    graph_of_records,
)
from .errors import InputError
from .outputs import (
    SETTINGS_NAME,
    OutputPaths,
    Record,
    Settings,
    output_names,
    read_previous,
    write_outputs,
)
from .resume import ResumeLog


@dataclass(frozen=True)
class BuildReport:
    """What :func:`build_folder` did."""

    kg: KnowledgeGraph
    paths: OutputPaths
    added: int  # documents extracted or resumed in this build
    known: int  # documents the grown folder held already (``into``)
    resumed: int  # documents whose results an interrupted run had saved
    seconds: float

    def summary(self) -> str:
        """The one-line summary the CLI prints."""
        s = self.kg.stats
        grown = f" ({self.added} added to {self.known})" if self.known else ""
        resumed = f", {self.resumed} resumed from an interrupted run" if self.resumed else ""
        counts = ", ".join(_counted(s[name], name) for name in
                           ("sentences", "entities", "facts"))
        return (f"{_counted(s['documents'], 'documents')}{grown}, {counts} in "
                f"{self.seconds:.1f} s{resumed}")


def _counted(number: int, plural: str) -> str:
    """``1 document``, ``2 documents``; ``1 entity``, ``3 entities``."""
    if number != 1:
        return f"{number} {plural}"
    return f"1 {plural[:-3] + 'y' if plural.endswith('ies') else plural[:-1]}"


def check_output_folder(out: Path, store: Path | None = None) -> None:
    """Raise :class:`InputError` (exit 2) when ``out`` or ``store`` cannot take a build."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    blocking = next((p for p in out.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:  # "--out notes.txt/graph": no folder can be made there
        raise InputError(f"{out}: cannot be made, {blocking} is a file")
    foreign = _foreign_outputs(out)
    if foreign:  # a folder of the user's own that happens to hold a facts.csv or graph.json
        raise InputError(f"{out}: holds {foreign[0]}, which kgbuilder did not write; not "
                         "replaced (choose another --out)")
    if store is not None:
        from kgbuilder.exports.store import is_replaceable_store

        if not is_replaceable_store(Path(store)):
            raise InputError(f"{store}: exists and is not a kgbuilder store; not replaced")


def _foreign_outputs(out: Path) -> list[str]:
    """Names of files in ``out`` that a build would replace though no build wrote the
    folder (it has no build settings file): the user's own, never to be overwritten."""
    if not out.is_dir() or (out / SETTINGS_NAME).exists():
        return []
    return [name for name in output_names() if (out / name).exists()]


def previous_build(out: Path, grow: bool) -> tuple[Settings, list[Record]]:
    """The settings and records a build into ``out`` starts from: the folder's own when
    growing it (``into``), else the defaults and none."""
    return read_previous(Path(out)) if grow else (Settings(), [])


def _extracted(documents: Iterable[Document], extract: Extractor, log: ResumeLog,
               known: list[Record], progress: Progress | None, report: Report | None,
               prepared: Prepared | None = None) -> tuple[list[Record], list[Record]]:
    """All records of the build (``known`` first) and those resumed from ``log``;
    ``prepared`` resolves each new document on its own as its results arrive."""
    saved = log.load()
    resumed: list[Record] = []

    def save(record: Record) -> None:
        log.add(record)
        if prepared is not None:
            prepared.add(record[1])

    try:
        added = extract_records(documents, extract, progress, known, report,
                                resume=saved, resumed=resumed, save=save)
    finally:
        log.flush()  # what was extracted survives Ctrl-C and errors
    return known + added, resumed


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the graph and outputs are made: they build
    acyclic dicts and lists only (1.2 of 10.8 s on the BBC corpus went to collections).
    What they made is frozen at the end, or the next young collection would scan it all."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def build_folder(documents: Iterable[Document], out: Path, extract: Extractor, *,
                 settings: Settings | None = None, known: list[Record] | None = None,
                 model: str | None = None, store: Path | None = None,
                 progress: Progress | None = None, report: Report | None = None,
                 check: Callable[[], None] | None = None,
                 why_empty: Callable[[], str] | None = None,
                 relations: list[RelationType] | None = None) -> BuildReport:
    """Extract ``documents`` with ``extract``, build the graph with the ``known`` records
    (an earlier build's, from :func:`previous_build`), and write every output into
    ``out`` together; also load the RDF into a pyoxigraph ``store`` when given.

    Results are saved as they come (:class:`kgbuilder.resume.ResumeLog`), so running the
    same build after an interruption extracts only what is left. ``model`` names the
    pipeline the results come from (saved results of another are not reused).
    ``check`` is called before anything is written (the CLI raises KeyboardInterrupt
    there after Ctrl-C). ``why_empty`` explains an input without a usable document.
    ``relations``: the user's relation-type rows, tried before the shipped mapping.

    Raises :class:`InputError` (exit 1) when there is no document at all.
    """
    started = time.perf_counter()
    out = Path(out)
    settings = settings or Settings()
    known = known or []
    check_output_folder(out, store)
    aliases = settings.aliases(str(out / SETTINGS_NAME))
    if relations is None:  # the rows a build of the folder was given, kept for --into
        relations = settings.relations(str(out / SETTINGS_NAME))
    log = ResumeLog(out, model)
    created = not out.exists()
    # With worker processes parsing, the main process resolves each document on its own
    # while they work (it would wait otherwise); in one process that gains nothing.
    prepared = None if isinstance(extract, LocalExtractor) else Prepared(aliases)
    try:
        records, resumed = _extracted(documents, extract, log, known, progress, report,
                                      prepared)
        release = getattr(extract, "release", None)
        if release is not None:  # the pipeline's memory goes to the graph and outputs
            release()
        if not records:
            reason = why_empty() if why_empty else ""
            raise InputError(reason or "no documents found in the inputs (.txt, .html, "
                             ".jsonl files, folders of them, or -)", exit_code=1)
        with _collector_paused():
            kg = graph_of_records(records, aliases, relations, prepared)
            if check:
                check()
            paths = write_outputs(kg, out, settings, records, log.encoded)
    except KeyboardInterrupt:
        raise  # the saved results stay for the next run
    except BaseException:
        if created:  # a failed first build leaves no folder behind
            log.remove()
            with contextlib.suppress(OSError):
                out.rmdir()
        raise
    log.remove()
    if store is not None:
        from kgbuilder.exports.store import write_store

        write_store(paths.rdf, Path(store))
    added = len(records) - len(known)
    return BuildReport(kg, paths, added, len(known), len(resumed),
                       time.perf_counter() - started)
