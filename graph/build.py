"""Building the networkx knowledge graph from resolved extractions.

The graph is a ``networkx.MultiDiGraph``; its attributes are kgbuilder's public
contract (see the README):

- ``G.graph``: ``documents`` (id → ``title``, ``date``, ``url``, ``source`` when known,
  ``pipeline``: the spaCy pipeline that parsed it), ``stats``.
- node (id = stable slug): ``label``, ``type``, ``aliases`` (list of surface forms,
  most frequent first), ``alias_counts`` (form → count), ``merge_reasons``
  (form → rule), ``mentions`` (int), ``demonyms`` (nationality words among its
  titles, ``["Venezuelan"]``: demonyms are attributes, never nodes).
- edge (key = relation, ``not <relation>`` when negated), one per distinct fact:
  ``relation``, ``negated``, ``confidence`` (0–1, noisy-or over evidence),
  ``modality``, ``time``, ``doc``, ``sentence``, ``char_start``, ``char_end``
  (of the most confident evidence), and ``evidence``: every supporting extraction
  as a dict with those fields plus ``subject_text``, ``relation_text``,
  ``object_text``, ``arguments`` (further node arguments), ``phrases`` (the full
  argument phrases as written), ``attributed_to`` (node id of whom the fact is
  reported from, or None), ``attributed_to_text`` and ``rule``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx
from kgbuilder.extractors.records import NODE_KINDS, DocumentExtractions, Extraction

from .aliases import Aliases
from .lookup import find_node
from .resolve import Resolution, resolve


@dataclass
class KnowledgeGraph:
    """The built graph plus the documents and counts it came from."""

    graph: nx.MultiDiGraph
    resolution: Resolution
    stats: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0  # wall time of the build, when the front end measured it

    @property
    def documents(self) -> dict[str, dict[str, str]]:
        return self.graph.graph["documents"]

    def __repr__(self) -> str:
        """One line: the counts, never the whole resolution."""
        g = self.graph
        return (f"<KnowledgeGraph: {len(g.graph.get('documents', {}))} documents, "
                f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges>")

    def node_by_label(self, name: str) -> str | None:
        """The id of the node whose label or alias is ``name`` (case and accents ignored)."""
        return find_node(self.graph, name)


def _evidence(extraction: Extraction, attributed_to: str | None = None) -> dict:
    sentence = extraction.sentence
    return {
        "doc": extraction.doc_id,
        "sentence": sentence.text,
        "char_start": sentence.start,
        "char_end": sentence.end,
        "confidence": extraction.confidence,
        "modality": extraction.modality,
        "time": extraction.time,
        "subject_text": extraction.subject.text,
        "relation_text": extraction.relation_text,
        "object_text": extraction.object.text,
        "arguments": [m.text for m in extraction.objects[1:] if m.kind in NODE_KINDS],
        "phrases": [p.text for p in extraction.arguments],
        "attributed_to": attributed_to,
        "attributed_to_text": (extraction.attributed_to.text
                               if extraction.attributed_to is not None else None),
        "rule": extraction.rule,
    }


def _source_of(extraction: Extraction, resolution: Resolution) -> str | None:
    """The node id of whom the fact is reported from, when that resolves to a node."""
    if extraction.attributed_to is None:
        return None
    return resolution.lookup(extraction.doc_id, extraction.attributed_to)


def _noisy_or(values: Iterable[float]) -> float:
    remaining = 1.0
    for value in values:
        remaining *= 1.0 - value
    return round(1.0 - remaining, 4)


def _document_data(result: DocumentExtractions) -> dict[str, str]:
    """What the graph keeps of a document: its metadata and the pipeline that parsed it."""
    data = result.document.metadata
    if result.pipeline:
        data["pipeline"] = result.pipeline
    return data


def build_graph(results: Iterable[DocumentExtractions],
                aliases: Aliases | None = None) -> KnowledgeGraph:
    """Resolve entities across ``results`` and merge their facts into one graph.

    ``aliases``: the user's alias table (:func:`kgbuilder.graph.read_aliases`).
    """
    results = sorted(results, key=lambda r: r.document.id)
    resolution = resolve(results, aliases)
    graph = nx.MultiDiGraph()
    graph.graph["documents"] = {r.document.id: _document_data(r) for r in results}
    facts: dict[tuple[str, str, str], list[Extraction]] = {}
    for result in results:
        for extraction in result.extractions:
            if not extraction.is_fact:
                continue
            subject = resolution.lookup(extraction.doc_id, extraction.subject)
            obj = resolution.lookup(extraction.doc_id, extraction.object)
            if subject is None or obj is None or subject == obj:
                continue
            key = f"not {extraction.relation}" if extraction.negated else extraction.relation
            facts.setdefault((subject, obj, key), []).append(extraction)
    sources = {_source_of(e, resolution) for group in facts.values() for e in group}
    used = sorted({n for s, o, _ in facts for n in (s, o)} | (sources - {None}))
    for node in used:
        entity = resolution.entities[node]
        ranked = sorted(entity.aliases.items(), key=lambda kv: (-kv[1], kv[0]))
        graph.add_node(node, label=entity.label, type=entity.type,
                       aliases=[a for a, _ in ranked], alias_counts=dict(ranked),
                       merge_reasons=dict(sorted(entity.reasons.items())),
                       mentions=entity.mentions, demonyms=list(entity.demonyms))
    for (subject, obj, key), extractions in sorted(facts.items()):
        evidence = sorted((_evidence(e, _source_of(e, resolution)) for e in extractions),
                          key=lambda ev: (-ev["confidence"], ev["doc"], ev["char_start"]))
        best = evidence[0]
        first = extractions[0]
        graph.add_edge(
            subject, obj, key=key, relation=first.relation, negated=first.negated,
            confidence=_noisy_or(ev["confidence"] for ev in evidence),
            modality=best["modality"], time=best["time"], doc=best["doc"],
            sentence=best["sentence"], char_start=best["char_start"],
            char_end=best["char_end"], evidence=evidence,
        )
    stats = {
        "documents": len(results),
        "sentences": sum(r.sentences for r in results),
        "extractions": sum(len(r.extractions) for r in results),
        "entities": graph.number_of_nodes(),
        "facts": graph.number_of_edges(),
    }
    graph.graph["stats"] = stats
    return KnowledgeGraph(graph=graph, resolution=resolution, stats=stats)
