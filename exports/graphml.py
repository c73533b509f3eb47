"""graph.graphml: the graph for Gephi, Cytoscape, yEd and ``networkx.read_graphml``.

Every node and edge attribute is kept, flattened generically (:mod:`.flatten`): lists
and dicts as JSON text, None left out. Edges get unique ids ``e0``, ``e1``, ... (GraphML
ids must be unique; a relation names many edges) and keep their networkx key in the
``key`` attribute. Graph attributes (``documents``, ``stats``) are JSON text too.
"""

from __future__ import annotations

import io

import networkx as nx

from .flatten import column_types, flat_value, typed


def graphml_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` holding scalar attributes only, as :func:`to_graphml` writes."""
    nodes = [(str(n), d) for n, d in graph.nodes(data=True)]
    edges = [(str(u), str(v), {"key": k, **d}) for u, v, k, d in graph.edges(keys=True,
                                                                           data=True)]
    node_types = column_types(d for _, d in nodes)
    edge_types = column_types(d for _, _, d in edges)
    flat = nx.MultiDiGraph()
    flat.graph.update({k: flat_value(v) for k, v in graph.graph.items() if v is not None})
    for node, data in nodes:
        flat.add_node(node, **_scalars(data, node_types))
    flat.add_edges_from((u, v, f"e{number}", _scalars(data, edge_types))
                        for number, (u, v, data) in enumerate(edges))
    return flat


def _scalars(data: dict, types: dict[str, type]) -> dict:
    values = {name: typed(value, types[name]) for name, value in data.items()}
    return {name: value for name, value in values.items() if value is not None}


def to_graphml(graph: nx.MultiDiGraph) -> bytes:
    """``graph`` as GraphML (UTF-8), attributes flattened (see the module's docstring)."""
    buffer = io.BytesIO()
    nx.write_graphml(graphml_graph(graph), buffer, encoding="utf-8", prettyprint=False)
    return buffer.getvalue()
