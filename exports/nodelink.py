"""networkx node-link JSON: the graph as plain data, round-trippable into Python."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx


def to_node_link_json(graph: nx.MultiDiGraph) -> bytes:
    """``graph`` as node-link JSON (``nodes``/``edges`` keys), keys sorted so the same graph
    gives the same bytes. Compact: an indent would send json to its pure-Python encoder,
    ten times slower on big graphs (``python -m json.tool`` pretty-prints it)."""
    data = nx.node_link_data(graph, edges="edges")
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
            + "\n").encode("utf-8")


def read_node_link(path: Path) -> nx.MultiDiGraph:
    """The graph stored by :func:`to_node_link_json` at ``path``."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    return graph
