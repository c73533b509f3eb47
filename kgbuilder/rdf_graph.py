"""The networkx graph read back from an RDF file a build wrote (``kgbuilder.load``).

Nodes get ``label``, ``type``, ``aliases`` (the label first, then the other names
sorted), ``mentions``; edges (key = relation, ``not <relation>`` when negated) get
``relation``, ``negated``, ``confidence`` (noisy-or over the evidence), ``modality``,
``time``, ``doc``, ``sentence``, ``char_start``, ``char_end`` and ``evidence`` (one dict
per statement node with those fields, ``rule`` and ``attributed_to``). What RDF does not
keep (alias counts, merge reasons, the words as written) is not there: ``graph.json``
has everything.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import networkx as nx

from .errors import InputError

RDF_SUFFIXES = frozenset({".ttl", ".nt", ".jsonld", ".trig", ".nq"})
_SCHEMA = "https://schema.org/"
_SKOS_CONCEPT = "http://www.w3.org/2004/02/skos/core#Concept"
_PREFIXES = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
"""
_NODES = _PREFIXES + """SELECT ?e ?label ?class ?mentions WHERE {
  ?e rdfs:label ?label ; ?m ?mentions . FILTER (STRENDS(STR(?m), "vocab#mentions"))
  OPTIONAL { ?e a ?class } }"""
_ALIASES = _PREFIXES + "SELECT ?e ?alias WHERE { ?e skos:altLabel ?alias }"
_DOCUMENTS = _PREFIXES + """SELECT ?id ?title ?date ?url ?run WHERE {
  ?d a schema:NewsArticle ; schema:identifier ?id .
  OPTIONAL { ?d schema:headline ?title } OPTIONAL { ?d schema:datePublished ?date }
  OPTIONAL { ?d schema:url ?url } OPTIONAL { ?r prov:used ?d ; rdfs:label ?run } }"""
_FACTS = _PREFIXES + """SELECT ?st ?s ?o ?relation ?negated ?confidence ?rule ?modality ?time
    ?by ?doc ?sentence ?start ?end WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      prov:wasDerivedFrom ?where ; prov:hadPrimarySource/schema:identifier ?doc .
  ?p rdfs:label ?relation .
  ?where nif:anchorOf ?sentence ; nif:beginIndex ?start ; nif:endIndex ?end .
  ?st ?np ?negated . FILTER (STRENDS(STR(?np), "vocab#negated"))
  OPTIONAL { ?st ?cp ?confidence . FILTER (STRENDS(STR(?cp), "vocab#confidence")) }
  OPTIONAL { ?st ?rp ?rule . FILTER (STRENDS(STR(?rp), "vocab#rule")) }
  OPTIONAL { ?st ?mp ?modality . FILTER (STRENDS(STR(?mp), "vocab#modality")) }
  OPTIONAL { ?st ?tp ?time . FILTER (STRENDS(STR(?tp), "vocab#time")) }
  OPTIONAL { ?st prov:wasAttributedTo ?by } } ORDER BY ?st"""


def _node_id(iri: str) -> str:
    """The node id of an entity IRI (see ``exports.iris.iri_segment``)."""
    local = unquote(iri.rsplit("/entity/", 1)[-1])
    return local[1:] if local.startswith("_") else local


def _type_of(iri: str | None) -> str:
    if iri is None:
        return "Thing"
    if iri == _SKOS_CONCEPT:
        return "Concept"
    return iri[len(_SCHEMA):] if iri.startswith(_SCHEMA) else iri.rsplit("/", 1)[-1]


def graph_of_rdf(path: Path) -> nx.MultiDiGraph:
    """The graph in the RDF file at ``path`` (any format a build writes)."""
    from kgbuilder.exports.sparql import QueryError, load_store

    try:
        store = load_store(path)
    except QueryError as exc:
        raise InputError(str(exc), exit_code=1) from None

    def rows(query: str) -> list[dict[str, str | None]]:
        answer = store.query(query, use_default_graph_as_union=True)
        names = [v.value for v in answer.variables]
        return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in answer]

    graph = nx.MultiDiGraph()
    documents: dict[str, dict] = {}
    for row in rows(_DOCUMENTS):
        meta = documents.setdefault(row["id"], {})
        meta.update({k: row[k] for k in ("title", "date", "url") if row[k]})
        if row["run"] and row["run"].startswith("extraction with "):
            meta["pipeline"] = row["run"][len("extraction with "):]
    graph.graph["documents"] = dict(sorted(documents.items()))
    aliases: dict[str, set[str]] = {}
    for row in rows(_ALIASES):
        aliases.setdefault(row["e"], set()).add(row["alias"])
    for row in sorted(rows(_NODES), key=lambda r: (r["e"], r["class"] or "")):
        node = _node_id(row["e"])
        if node in graph:
            continue
        graph.add_node(node, label=row["label"], type=_type_of(row["class"]),
                       aliases=[row["label"]] + sorted(aliases.get(row["e"], set())
                                                       - {row["label"]}),
                       mentions=int(row["mentions"]))
    edges: dict[tuple[str, str, str], dict] = {}
    for row in rows(_FACTS):
        negated = row["negated"] == "true"
        key = f"not {row['relation']}" if negated else row["relation"]
        s, o = _node_id(row["s"]), _node_id(row["o"])
        edge = edges.setdefault((s, o, key), {"relation": row["relation"],
                                              "negated": negated, "evidence": []})
        edge["evidence"].append({
            "doc": row["doc"], "sentence": row["sentence"], "char_start": int(row["start"]),
            "char_end": int(row["end"]), "confidence": float(row["confidence"] or 0),
            "modality": row["modality"], "time": row["time"], "rule": row["rule"],
            "attributed_to": _node_id(row["by"]) if row["by"] else None})
    for (s, o, key), edge in edges.items():
        evidence = sorted(edge["evidence"], key=lambda e: (e["doc"], e["char_start"]))
        best = max(evidence, key=lambda e: e["confidence"])
        doubt = 1.0
        for item in evidence:
            doubt *= 1.0 - item["confidence"]
        graph.add_edge(s, o, key=key, relation=edge["relation"], negated=edge["negated"],
                       confidence=round(1.0 - doubt, 3), modality=best["modality"],
                       time=best["time"], doc=best["doc"], sentence=best["sentence"],
                       char_start=best["char_start"], char_end=best["char_end"],
                       evidence=evidence)
    return graph
