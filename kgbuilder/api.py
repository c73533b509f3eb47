"""The public Python API: build a graph from texts or paths, load a saved one."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from spacy.language import Language

from kgbuilder.exports import (
    DEFAULT_BASE,
    RDF_FORMATS,
    read_node_link,
    render_html,
    serialize_rdf,
    to_facts_csv,
    to_node_link_json,
    write_all,
)
from kgbuilder.extractors import Document, extract_documents, load_pipeline
from kgbuilder.graph import KnowledgeGraph, build_graph
from kgbuilder.graph.aliases import Aliases, read_aliases

from .inputs import InputError, read_documents


@dataclass(frozen=True)
class OutputPaths:
    """Where :func:`write_outputs` put each file."""

    rdf: Path
    html: Path
    json: Path
    csv: Path


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


def build_documents(documents: list[Document], nlp: Language,
                    progress: Callable[[Iterator], Iterator] | None = None,
                    batch_size: int = 32, aliases: Aliases | None = None) -> KnowledgeGraph:
    """Extract every document with ``nlp`` and merge the results into one graph.

    ``aliases``: the user's alias table (``alias → canonical``), see :func:`read_aliases`.
    """
    started = time.perf_counter()
    stream = extract_documents(documents, nlp, batch_size=batch_size)
    results = list(progress(stream) if progress else stream)
    kg = build_graph(results, aliases)
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


def write_outputs(kg: KnowledgeGraph, out_dir: Path, rdf_format: str = "turtle",
                  base: str = DEFAULT_BASE, max_nodes: int = 1500) -> OutputPaths:
    """Render every output in memory, then write each file atomically into ``out_dir``."""
    out_dir = Path(out_dir)
    paths = OutputPaths(rdf=out_dir / f"graph.{RDF_FORMATS[rdf_format][1]}",
                        html=out_dir / "graph.html", json=out_dir / "graph.json",
                        csv=out_dir / "facts.csv")
    rendered = {
        paths.rdf: serialize_rdf(kg.graph, rdf_format, base),
        paths.json: to_node_link_json(kg.graph),
        paths.csv: to_facts_csv(kg.graph),
        paths.html: render_html(kg.graph, max_nodes=max_nodes),
    }
    write_all(rendered)
    return paths


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
