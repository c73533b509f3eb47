"""Export stage: the networkx graph as RDF, node-link JSON, CSV, GraphML, HTML; SPARQL.

Names are imported on first use, so reading one export does not load the others'
libraries (rdflib, pyvis, pyoxigraph).
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "facts_csv_chunks": "facts_csv", "to_facts_csv": "facts_csv",
    "atomic_write": "files", "write_all": "files",
    "to_graphml": "graphml",
    "render_html": "html",
    "node_link_chunks": "nodelink", "read_node_link": "nodelink",
    "to_node_link_json": "nodelink",
    "DEFAULT_BASE": "rdf", "RDF_FORMATS": "rdf", "base_problem": "iris",
    "serialize_rdf": "rdf", "to_rdflib": "rdf",
    "QueryError": "sparql", "entity_facts": "sparql", "format_result": "sparql",
    "load_store": "sparql", "run_query": "sparql",
    "to_edges_csv": "tables", "to_nodes_csv": "tables",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
