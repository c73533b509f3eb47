"""An output folder: the files a build writes, and what it keeps to grow later (``--into``).

Besides the graph files (RDF, HTML, JSON, CSV) a folder holds:

- ``extractions.jsonl.gz``: every document's extraction results with the SHA-256 prefix
  of its text (:mod:`kgbuilder.extractors.serialize`), so a later build can skip known
  documents and resolve entities across old and new ones without reparsing;
- ``kgbuilder.json``: the settings the graph was written with (RDF format, base IRI,
  node cap, the alias table's rows, the HTML focus), reused by ``--into`` unless given
  again.

All files are replaced together (:func:`kgbuilder.exports.write_all`): an interrupted
build leaves the previous set, or the new one, never a mix.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

# The writers are looked up when used (kgbuilder.exports imports each on first use): a
# build loads rdflib, pyvis and pyoxigraph only once its extraction is over, and its
# parsing pipeline is gone (about 30 MiB that are not held while the parser runs).
from kgbuilder import exports
from kgbuilder.exports.files import Content, Streamed, finish_interrupted_write, write_all
from kgbuilder.exports.formats import DEFAULT_BASE, RDF_FORMATS
from kgbuilder.extractors.records import DocumentExtractions
from kgbuilder.extractors.serialize import dump_extractions, load_extractions
from kgbuilder.graph import KnowledgeGraph, find_node
from kgbuilder.graph.aliases import Aliases, parse_aliases, read_alias_rows
from kgbuilder.graph.relations import RelationType, parse_relations, read_relation_rows

from .errors import InputError

CACHE_NAME = "extractions.jsonl.gz"
SETTINGS_NAME = "kgbuilder.json"
Record = tuple[str, DocumentExtractions]  # (content digest, extraction results)


@dataclass(frozen=True)
class OutputPaths:
    """Where :func:`write_outputs` put each file."""

    rdf: Path
    html: Path
    json: Path
    csv: Path
    cache: Path | None = None  # None: not written (no records given)
    settings: Path | None = None
    graphml: Path | None = None  # written with the "graphml" export
    nodes: Path | None = None  # nodes.csv and edges.csv: the "tables" export
    edges: Path | None = None

    def written(self) -> list[Path]:
        """Every file written, in a stable order."""
        return [p for p in (self.rdf, self.html, self.json, self.csv, self.graphml,
                            self.nodes, self.edges, self.cache, self.settings)
                if p is not None]


@dataclass(frozen=True)
class Settings:
    """How a folder's graph was written; kept in ``kgbuilder.json``."""

    rdf_format: str = "turtle"
    base: str = DEFAULT_BASE
    max_nodes: int = 1500
    alias_rows: list[str] = field(default_factory=list)  # the aliases file's lines
    focus: str | None = None  # the name whose neighbourhood graph.html draws
    hops: int = 2
    exports: list[str] = field(default_factory=list)  # extra files: "graphml", "tables"
    relation_rows: list[str] = field(default_factory=list)  # the relations file's lines

    def updated(self, aliases: str | Path | None = None, rdf_format: str | None = None,
                base: str | None = None, max_nodes: int | None = None,
                focus: str | None = None, hops: int | None = None,
                exports: list[str] | None = None,
                relations: str | Path | None = None) -> Settings:
        """These settings with the options given (not None) replacing them: a grown
        graph keeps its own unless told otherwise. ``aliases``, ``relations``: CSV files,
        read here."""
        if rdf_format is not None and rdf_format not in RDF_FORMATS:
            raise InputError(f"unknown RDF format '{rdf_format}' (one of "
                             f"{', '.join(sorted(RDF_FORMATS))})")
        for name, value in (("max_nodes", max_nodes), ("hops", hops)):
            if value is not None and value < 1:
                raise InputError(f"{name} must be a positive number, not {value}")
        focus = focus if focus is not None else self.focus
        if hops is not None and focus is None:
            raise InputError("--hops goes with --focus")
        rows = read_alias_rows(aliases) if aliases is not None else self.alias_rows
        relation_rows = read_relation_rows(relations) if relations is not None \
            else self.relation_rows
        return Settings(rdf_format=rdf_format or self.rdf_format, base=base or self.base,
                        max_nodes=max_nodes or self.max_nodes, alias_rows=rows,
                        focus=focus, hops=hops or self.hops,
                        exports=sorted(set(exports)) if exports else list(self.exports),
                        relation_rows=relation_rows)

    def aliases(self, source: str = "alias rows") -> Aliases | None:
        """The alias table of :attr:`alias_rows`; errors name ``source``."""
        return parse_aliases(self.alias_rows, source) if self.alias_rows else None

    def relations(self, source: str = "relation rows") -> list[RelationType] | None:
        """The relation-type rows of :attr:`relation_rows`; errors name ``source``."""
        return parse_relations(self.relation_rows, source) if self.relation_rows else None


EXPORTS = ("graphml", "tables")  # optional outputs (``--export``)


def output_paths(out_dir: Path, rdf_format: str = "turtle", exports: tuple[str, ...] =
                 EXPORTS, records: bool = True) -> OutputPaths:
    """Where a build of these settings writes each file."""
    out_dir = Path(out_dir)
    tables = "tables" in exports
    return OutputPaths(rdf=out_dir / f"graph.{RDF_FORMATS[rdf_format][1]}",
                       html=out_dir / "graph.html", json=out_dir / "graph.json",
                       csv=out_dir / "facts.csv",
                       cache=out_dir / CACHE_NAME if records else None,
                       settings=out_dir / SETTINGS_NAME if records else None,
                       graphml=out_dir / "graph.graphml" if "graphml" in exports else None,
                       nodes=out_dir / "nodes.csv" if tables else None,
                       edges=out_dir / "edges.csv" if tables else None)


def output_names() -> list[str]:
    """Every file name a build may write into its folder, in any RDF format."""
    return sorted({p.name for fmt in RDF_FORMATS
                   for p in output_paths(Path("."), fmt).written()})


def write_outputs(kg: KnowledgeGraph, out_dir: Path, settings: Settings = Settings(),
                  records: list[Record] | None = None,
                  encoded: Mapping[int, tuple[DocumentExtractions, bytes]] | None = None
                  ) -> OutputPaths:
    """Render every output, then replace the folder's files together. Each is rendered
    just before it is staged, so only one is held in memory at a time.

    ``records``: the extraction results the graph was built from, kept for ``--into``
    (without them the folder cannot be grown later); ``encoded``: cache members of some
    of them made already (:attr:`kgbuilder.resume.ResumeLog.encoded`).
    """
    unknown = sorted(set(settings.exports) - set(EXPORTS))
    if unknown:
        raise InputError(f"unknown export '{unknown[0]}' (one of {', '.join(EXPORTS)})")
    paths = output_paths(out_dir, settings.rdf_format, tuple(settings.exports),
                         records is not None)
    focus = None
    if settings.focus is not None:
        focus = find_node(kg.graph, settings.focus)
        if focus is None:
            raise InputError(f"--focus: no node labelled or aliased '{settings.focus}'",
                             exit_code=1)
    finish_interrupted_write(Path(out_dir), output_names())
    graph = kg.graph
    rendered: dict[Path, Callable[[], Content]] = {
        paths.rdf: lambda: Streamed(lambda handle: exports.serialize_rdf(
            graph, settings.rdf_format, settings.base, handle)),  # written as made
        paths.json: lambda: exports.node_link_chunks(graph),  # in chunks: never whole
        paths.csv: lambda: exports.facts_csv_chunks(graph, kg.rejected),
        paths.html: lambda: exports.render_html(graph, max_nodes=settings.max_nodes,
                                                focus=focus, hops=settings.hops),
    }
    if paths.graphml is not None:
        rendered[paths.graphml] = lambda: exports.to_graphml(graph)
    if paths.nodes is not None and paths.edges is not None:
        rendered[paths.nodes] = lambda: exports.to_nodes_csv(graph)
        rendered[paths.edges] = lambda: exports.to_edges_csv(graph)
    if records is not None and paths.cache is not None and paths.settings is not None:
        rendered[paths.cache] = lambda: dump_extractions(
            sorted(records, key=lambda r: r[1].document.id), encoded)
        rendered[paths.settings] = lambda: (json.dumps(asdict(settings), indent=1,
                                                       sort_keys=True) + "\n").encode("utf-8")
    write_all(rendered)
    for name in set(output_names()) - {path.name for path in rendered}:
        stale = Path(out_dir) / name
        if name in ("graph.graphml", "nodes.csv", "edges.csv") or name.startswith("graph."):
            # an optional export this build did not ask for, or the graph in another RDF
            # format than this build's (query and serve would read it instead)
            stale.unlink(missing_ok=True)
    return paths


def read_previous(out_dir: Path) -> tuple[Settings, list[Record]]:
    """The settings and extraction records of an earlier build in ``out_dir``.

    Completes an interrupted write first. Raises :class:`InputError` (exit 2) when the
    folder holds no build that can be grown.
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise InputError(f"{out_dir}: no such output folder (use --out for a new graph)")
    finish_interrupted_write(out_dir, output_names())
    cache, settings_file = out_dir / CACHE_NAME, out_dir / SETTINGS_NAME
    if not cache.is_file() or not settings_file.is_file():
        raise InputError(f"{out_dir}: holds no {CACHE_NAME} and {SETTINGS_NAME} to add to "
                         "(build it with --out first)")
    try:
        settings = _settings_of(settings_file)
        records = list(load_extractions(cache.read_bytes()))
    except (ValueError, TypeError, OSError) as exc:
        raise InputError(f"{out_dir}: cannot read the previous build ({exc})") from None
    return settings, records


def _settings_of(settings_file: Path) -> Settings:
    return Settings(**json.loads(settings_file.read_text(encoding="utf-8")))


def read_settings(out_dir: Path) -> Settings:
    """The settings an earlier build kept in ``out_dir``; the defaults when there are none
    (a folder of outputs only, or a lone RDF file's folder)."""
    settings_file = Path(out_dir) / SETTINGS_NAME
    if not settings_file.is_file():
        return Settings()
    try:
        return _settings_of(settings_file)
    except (ValueError, TypeError, OSError) as exc:
        raise InputError(f"{settings_file}: cannot read the build settings ({exc})") from None
