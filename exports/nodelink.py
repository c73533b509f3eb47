"""networkx node-link JSON: the graph as plain data, round-trippable into Python."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import orjson


def to_node_link_json(graph: nx.MultiDiGraph) -> bytes:
    """``graph`` as node-link JSON (``nodes``/``edges`` keys), keys sorted so the same graph
    gives the same bytes. Compact, UTF-8, written by orjson (the bytes of ``json.dumps``
    with the same options, five times faster; ``python -m json.tool`` pretty-prints it)."""
    data = nx.node_link_data(graph, edges="edges")
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)


def read_node_link(path: Path) -> nx.MultiDiGraph:
    """The graph stored by :func:`to_node_link_json` at ``path``."""
    data = orjson.loads(Path(path).read_bytes())
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    return graph
