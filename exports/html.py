"""The interactive HTML view: pyvis network, rendered through kgbuilder's own template.

The page is one self-contained file: vis-network's script and stylesheet (shipped
inside the pyvis package) are inlined, and nothing is linked from a CDN, so it opens
offline from ``file://``. Every string from a document reaches the page only as
JSON through Jinja's ``tojson`` filter (which escapes ``<``, ``>``, ``&`` and quotes)
and is put on screen with ``textContent``, never as HTML. The page's script lives in
``templates/graph.js`` and is inlined too.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyvis
from pyvis.network import Network

from .view_data import (
    TYPE_COLOURS,
    distinct_evidence,
    document_meta,
    edge_label,
    fact_dates,
    node_documents,
    relation_type,
)

TEMPLATE_DIR = Path(__file__).parent / "templates"
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
DEFAULT_MAX_NODES = 1500
__all__ = ["DEFAULT_MAX_NODES", "TYPE_COLOURS", "importance", "neighbourhood", "nodes_to_draw",
           "render_html", "to_pyvis"]


def importance(graph: nx.MultiDiGraph, node: str) -> float:
    """How much a node matters for drawing: mentions plus degree."""
    return graph.nodes[node]["mentions"] + graph.degree(node)


def nodes_to_draw(graph: nx.MultiDiGraph, max_nodes: int) -> list[str]:
    """The ``max_nodes`` most important nodes, entities before concepts (concepts are
    hidden at first), ties broken by id for stable output."""
    ranked = sorted(graph.nodes, key=lambda n: (graph.nodes[n]["type"] == "Concept",
                                                -importance(graph, n), n))
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
        counts = data.get("alias_counts") or {}
        net.add_node(
            # No vis "group": group styles would override the type colour of the legend.
            node, label=data["label"], kgType=data["type"],
            color=TYPE_COLOURS.get(data["type"], TYPE_COLOURS["Thing"]),
            value=importance(graph, node), aliases=data["aliases"], mentions=data["mentions"],
            aliasCounts=[[a, counts.get(a, 0)] for a in data["aliases"]],
            documents=node_documents(graph, node),
        )
    between: dict[frozenset[str], int] = {}  # facts drawn so far between two nodes
    for index, (subject, obj, data) in enumerate(graph.edges(data=True)):
        if subject not in drawn or obj not in drawn:
            continue
        evidence = distinct_evidence(data["evidence"])
        pair = frozenset((subject, obj))
        between[pair] = between.get(pair, 0) + 1
        # Facts between the same two nodes bend apart instead of drawing over each other.
        smooth = ({"enabled": True, "type": "curvedCW" if between[pair] % 2 else "curvedCCW",
                   "roundness": 0.35 * ((between[pair] + 1) // 2)}
                  if between[pair] > 1 else False)
        net.add_edge(
            subject, obj, id=f"e{index}", label=edge_label(data), relation=data["relation"],
            relType=relation_type(data), negated=bool(data["negated"]),
            modality=data["modality"] or "", confidence=data["confidence"],
            dashes=bool(data["negated"]), evidence=evidence, arrows="to",
            sources=len({ev.get("doc") for ev in evidence}), dates=fact_dates(graph, evidence),
            wikidataProperty=data.get("wikidata_property"),
            wikidataInverse=bool(data.get("wikidata_inverse")),
            eventType=data.get("event_type"), attributedTo=data.get("attributed_to"),
            smooth=smooth,
        )
    # Each stabilisation step costs time in proportion to the nodes drawn: fewer steps for
    # big views keep the first draw in seconds (bench/html_draw.py); physics then freezes.
    iterations = max(40, min(250, 200_000 // max(1, len(drawn))))
    net.set_options(json.dumps({
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 140,
                                         "avoidOverlap": 0.4},
                    "stabilization": {"enabled": True, "iterations": iterations,
                                      "updateInterval": 25, "fit": False}},
        # Label sizes follow importance (graph.js sets a log scale); small labels are not
        # drawn until the user zooms in far enough for them to be read.
        "nodes": {"shape": "dot", "font": {"size": 14, "strokeWidth": 3,
                                           "strokeColor": "#ffffff"},
                  "scaling": {"min": 8, "max": 40,
                              "label": {"enabled": True, "min": 10, "max": 30,
                                        "drawThreshold": 9, "maxVisible": 30}}},
        "edges": {"font": {"size": 0, "align": "horizontal", "background": "#ffffffe6",
                           "strokeWidth": 0, "color": "#333333"},
                  "smooth": False, "color": {"inherit": False, "color": "#9a9a9a"}},
        "interaction": {"hover": True, "navigationButtons": False, "tooltipDelay": 300},
        "layout": {"randomSeed": 7},  # the same page draws the same layout
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
            "documents": document_meta(graph),
            "colours": TYPE_COLOURS,
            "total_nodes": graph.number_of_nodes(),
            "total_edges": graph.number_of_edges(),
            "drawn_nodes": drawn,
            "focus": None if focus is None else {"label": graph.nodes[focus]["label"],
                                                 "hops": hops, "id": focus},
        },
        vis_js=(VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
        kg_js="\n".join((TEMPLATE_DIR / name).read_text(encoding="utf-8")
                        for name in ("graph.js", "panel.js")),
    )
    html = net.generate_html(notebook=False)
    return html.encode("utf-8")
