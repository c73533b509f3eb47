"""The interactive HTML view: pyvis network, rendered through kgbuilder's own template.

The page is one self-contained file: vis-network's script and stylesheet (shipped
inside the pyvis package) are inlined, and nothing is linked from a CDN, so it opens
offline from ``file://``. Every string from a document reaches the page only as
JSON through Jinja's ``tojson`` filter (which escapes ``<``, ``>``, ``&`` and quotes)
and is put on screen with ``textContent``, never as HTML.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyvis
from pyvis.network import Network

TEMPLATE_DIR = Path(__file__).parent / "templates"
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
DEFAULT_MAX_NODES = 1500
TYPE_COLOURS: dict[str, str] = {
    "Person": "#e15759", "Organization": "#4e79a7", "Country": "#59a14f", "Place": "#8cd17d",
    "Event": "#f28e2b", "Product": "#b07aa1", "CreativeWork": "#ff9da7",
    "Legislation": "#9c755f", "MonetaryAmount": "#edc948", "QuantitativeValue": "#f1ce63",
    "Concept": "#bab0ac", "Thing": "#d4a6c8",
}


def importance(graph: nx.MultiDiGraph, node: str) -> float:
    """How much a node matters for drawing: mentions plus degree."""
    return graph.nodes[node]["mentions"] + graph.degree(node)


def nodes_to_draw(graph: nx.MultiDiGraph, max_nodes: int) -> list[str]:
    """The ``max_nodes`` most important nodes (ties broken by id, for stable output)."""
    ranked = sorted(graph.nodes, key=lambda n: (-importance(graph, n), n))
    return sorted(ranked[:max_nodes])


def neighbourhood(graph: nx.MultiDiGraph, node: str, hops: int) -> set[str]:
    """``node`` and every node within ``hops`` edges of it, in either direction."""
    return set(nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), node,
                                                     cutoff=hops))


def to_pyvis(graph: nx.MultiDiGraph, max_nodes: int = DEFAULT_MAX_NODES) -> Network:
    """A pyvis Network of (the most important part of) ``graph``, coloured by type."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="local")
    drawn = set(nodes_to_draw(graph, max_nodes))
    for node in sorted(drawn):
        data = graph.nodes[node]
        net.add_node(
            # No vis "group": group styles would override the type colour of the legend.
            node, label=data["label"], kgType=data["type"],
            color=TYPE_COLOURS.get(data["type"], TYPE_COLOURS["Thing"]),
            value=importance(graph, node), aliases=data["aliases"], mentions=data["mentions"],
        )
    for index, (subject, obj, data) in enumerate(graph.edges(data=True)):
        if subject not in drawn or obj not in drawn:
            continue
        net.add_edge(
            subject, obj, id=f"e{index}", label=data["relation"], relation=data["relation"],
            negated=data["negated"], modality=data["modality"] or "",
            confidence=data["confidence"], dashes=bool(data["negated"]),
            evidence=data["evidence"], arrows="to",
        )
    # Each stabilisation step costs time in proportion to the nodes drawn: fewer steps for
    # big views keep the first draw in seconds (bench/html_draw.py); physics then freezes.
    iterations = max(40, min(250, 200_000 // max(1, len(drawn))))
    net.set_options(json.dumps({
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
                    "stabilization": {"enabled": True, "iterations": iterations,
                                      "updateInterval": 25}},
        "nodes": {"shape": "dot", "scaling": {"min": 8, "max": 40}, "font": {"size": 14}},
        "edges": {"font": {"size": 10, "align": "middle"}, "smooth": False,
                  "color": {"inherit": False, "color": "#999999"}},
        "interaction": {"hover": True, "navigationButtons": False},
    }))
    return net


def render_html(graph: nx.MultiDiGraph, max_nodes: int = DEFAULT_MAX_NODES,
                title: str = "kgbuilder graph", focus: str | None = None,
                hops: int = 2) -> bytes:
    """The self-contained HTML page for ``graph``; with ``focus`` (a node id), only the
    nodes within ``hops`` edges of it are drawn."""
    shown = graph
    if focus is not None:
        shown = graph.subgraph(neighbourhood(graph, focus, hops))
    net = to_pyvis(shown, max_nodes)
    net.set_template_dir(str(TEMPLATE_DIR), "graph.html")
    drawn = len(net.nodes)
    net.templateEnv.globals.update(
        kg_title=title,
        kg_meta={
            "documents": graph.graph.get("documents", {}),
            "colours": TYPE_COLOURS,
            "total_nodes": graph.number_of_nodes(),
            "total_edges": graph.number_of_edges(),
            "drawn_nodes": drawn,
            "focus": None if focus is None else {"label": graph.nodes[focus]["label"],
                                                 "hops": hops},
        },
        vis_js=(VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
    )
    html = net.generate_html(notebook=False)
    return html.encode("utf-8")
