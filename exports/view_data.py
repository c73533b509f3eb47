"""What the HTML view needs beyond the graph's own attributes: colours, relation types,
display titles of documents, deduplicated evidence.

Everything here reads the graph with ``.get`` so the view works with graphs that do not
(yet) carry the typed-relation attributes (``wikidata_property``, ``event_type``) or the
per-node ``documents`` counts.
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

# One colour per type, at least 75 apart in RGB (tests/test_html_view.py): quantities
# apart (yellow vs cyan), organisations in blues, places in greens.
TYPE_COLOURS: dict[str, str] = {
    "Person": "#e6194b", "Organization": "#4363d8", "GovernmentOrganization": "#000075",
    "PoliticalParty": "#911eb4", "SportsTeam": "#008080", "Country": "#3cb44b",
    "Place": "#bfef45", "City": "#808000", "Event": "#f58231", "Product": "#111111",
    "CreativeWork": "#f032e6", "Legislation": "#800000", "MonetaryAmount": "#ffe119",
    "QuantitativeValue": "#42d4f4", "Concept": "#cfcfcf", "Thing": "#7a7a7a",
    "Role": "#008000", "Language": "#0000e0",
}
# Labels of the Wikidata properties the relation mapping uses (others show as their id).
PROPERTY_LABELS: dict[str, str] = {
    "P6": "head of government", "P17": "country", "P19": "place of birth",
    "P20": "place of death", "P22": "father", "P25": "mother", "P26": "spouse",
    "P27": "country of citizenship", "P35": "head of state", "P36": "capital",
    "P39": "position held", "P40": "child", "P50": "author", "P54": "member of sports team",
    "P57": "director", "P69": "educated at", "P102": "member of political party",
    "P106": "occupation", "P108": "employer", "P112": "founded by", "P127": "owned by",
    "P131": "located in", "P159": "headquarters location", "P161": "cast member",
    "P166": "award received", "P169": "chief executive officer", "P175": "performer",
    "P176": "manufacturer", "P264": "record label",
    "P286": "head coach", "P361": "part of", "P463": "member of", "P488": "chairperson",
    "P527": "has part", "P551": "residence", "P710": "participant",
    "P749": "parent organization", "P1037": "director / manager", "P1344": "participant in",
    "P1376": "capital of", "P3373": "sibling",
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def relation_type(data: dict[str, Any]) -> str:
    """How the view groups and filters a fact: its event type, else its Wikidata property
    (by label), else the open relation."""
    event = data.get("event_type")
    if event:
        return str(event)
    prop = data.get("wikidata_property")
    if prop:
        name = data.get("wikidata_label") or PROPERTY_LABELS.get(prop)
        return f"{name} ({prop})" if name else str(prop)
    return str(data["relation"])


def edge_label(data: dict[str, Any]) -> str:
    """The text drawn on an edge: a denial says so (``not be good to``), a hedge too."""
    text = ("not " if data.get("negated") else "") + data["relation"]
    return text + (f" ({data['modality']})" if data.get("modality") else "")


def distinct_evidence(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The evidence with each sentence once (the same sentence may back a fact twice)."""
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for ev in evidence:
        key = (ev.get("doc"), ev.get("char_start"), ev.get("char_end"), ev.get("sentence"))
        if key not in seen:
            seen.add(key)
            kept.append(ev)
    return kept


def _shorten(text: str, limit: int = 90) -> str:
    """``text`` on one line, cut at a word boundary near ``limit`` characters."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0] + " …"


def document_titles(graph: nx.MultiDiGraph) -> dict[str, str]:
    """A name for every document a reader can recognise, never its raw id: the title, else
    the headline (first line), else the earliest evidence sentence the graph holds from it."""
    docs: dict[str, dict[str, Any]] = graph.graph.get("documents", {}) or {}
    first: dict[str, tuple[int, str]] = {}
    for _, _, data in graph.edges(data=True):
        for ev in data.get("evidence", []):
            doc, start = ev.get("doc"), ev.get("char_start") or 0
            if doc is not None and ev.get("sentence") and (
                    doc not in first or start < first[doc][0]):
                first[doc] = (start, ev["sentence"])
    titles = {}
    for doc in set(docs) | set(first):
        meta = docs.get(doc, {}) or {}
        for candidate in (meta.get("title"), meta.get("headline"),
                          first.get(doc, (0, ""))[1]):
            if candidate and candidate.strip():
                titles[doc] = _shorten(candidate.strip().splitlines()[0])
                break
        else:
            titles[doc] = "Untitled document"
    return titles


def document_meta(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Per document, what the panel shows: display title, date, url."""
    docs = graph.graph.get("documents", {}) or {}
    return {doc: {"title": title, "date": (docs.get(doc) or {}).get("date"),
                  "url": (docs.get(doc) or {}).get("url")}
            for doc, title in document_titles(graph).items()}


def node_documents(graph: nx.MultiDiGraph, node: str) -> dict[str, int]:
    """Documents mentioning ``node`` with their counts: the node's ``documents`` attribute,
    else the documents of the evidence of its facts (one per sentence)."""
    given = graph.nodes[node].get("documents")
    if given:
        return dict(given)
    counts: dict[str, int] = {}
    sentences: set[tuple[Any, Any]] = set()
    for _, _, data in graph.edges(node, data=True):
        sentences.update((ev.get("doc"), ev.get("char_start")) for ev in data["evidence"])
    for _, _, data in graph.in_edges(node, data=True):
        sentences.update((ev.get("doc"), ev.get("char_start")) for ev in data["evidence"])
    for doc, _ in sentences:
        if doc is not None:
            counts[doc] = counts.get(doc, 0) + 1
    return counts


def fact_dates(graph: nx.MultiDiGraph, evidence: list[dict[str, Any]]) -> list[str]:
    """The ISO dates (YYYY-MM-DD) of the documents a fact's evidence comes from."""
    docs = graph.graph.get("documents", {}) or {}
    dates = {str((docs.get(ev.get("doc")) or {}).get("date") or "")[:10] for ev in evidence}
    return sorted(d for d in dates if _ISO_DATE.match(d))
