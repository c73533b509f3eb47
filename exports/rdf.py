"""The knowledge graph as RDF: plain triples for querying, statement nodes for evidence.

Model (Wikidata's pattern, in standard vocabularies):

- entity ``<base>entity/<id>``: a ``schema:<Type>`` (``skos:Concept`` for concepts)
  with ``rdfs:label`` and one ``skos:altLabel`` per alias;
- relation ``<base>rel/<name>``: an ``rdf:Property`` with ``rdfs:label``;
- each non-negated fact asserted as the plain triple ``entity rel entity``;
- each piece of evidence a statement node ``<base>stmt/<hash>``: ``rdf:Statement``
  and ``prov:Entity`` with ``rdf:subject/predicate/object``, ``kgv:negated``,
  ``kgv:confidence``, ``kgv:modality``, ``kgv:time``, ``prov:wasDerivedFrom`` the
  sentence, ``prov:hadPrimarySource`` the document and, for reported facts,
  ``prov:wasAttributedTo`` the entity they are reported from. Negated facts exist only here;
- sentence ``<base>doc/<id>#char=<start>,<end>`` (RFC 5147 fragment): ``nif:Sentence``
  with ``nif:anchorOf``, ``nif:beginIndex``, ``nif:endIndex``, ``nif:referenceContext``;
- document ``<base>doc/<id>``: ``schema:NewsArticle`` with headline, date and url.
"""

from __future__ import annotations

import hashlib
import unicodedata
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV

SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
DEFAULT_BASE = "http://example.org/kgbuilder/"
RDF_FORMATS: dict[str, tuple[str, str]] = {  # name → (rdflib format, file suffix)
    "turtle": ("turtle", "ttl"), "nt": ("nt", "nt"), "jsonld": ("json-ld", "jsonld"),
    "trig": ("trig", "trig"), "nquads": ("nquads", "nq"),
}
# Graph node types that are not schema.org class names.
_CLASS_OF_TYPE = {"Concept": SKOS.Concept, "Date": SCHEMA.Thing}


class Namespaces:
    """The IRI namespaces of one export, all under a configurable base."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        base = base if base.endswith(("/", "#")) else base + "/"
        self.base = base
        self.entity = Namespace(base + "entity/")
        self.rel = Namespace(base + "rel/")
        self.doc = Namespace(base + "doc/")
        self.stmt = Namespace(base + "stmt/")
        self.vocab = Namespace(base + "vocab#")

    def bind(self, graph: Graph) -> None:
        for prefix, namespace in (("ent", self.entity), ("rel", self.rel), ("doc", self.doc),
                                  ("stmt", self.stmt), ("kgv", self.vocab), ("schema", SCHEMA),
                                  ("nif", NIF), ("prov", PROV), ("skos", SKOS)):
            graph.bind(prefix, namespace, override=True, replace=True)


def _iri_char(char: str) -> str:
    """``char`` kept when an IRI path may hold it as is (RFC 3987 unreserved or ucschar),
    else its UTF-8 bytes %-escaped."""
    code = ord(char)
    if char.isascii():
        return char if char.isalnum() or char in "_-.~" else quote(char, safe="")
    if unicodedata.category(char)[0] in "CZ" or 0xE000 <= code <= 0xF8FF:
        return quote(char, safe="")  # controls, separators, private use: never bare
    return char


def iri_segment(text: str) -> str:
    """``text`` as one safe IRI path segment: NFC, spaces as ``_``, letters of any script
    kept, other characters %-escaped; never starting with an escape, which some Turtle
    writers would split into an invalid prefix."""
    normal = unicodedata.normalize("NFC", text).strip().replace(" ", "_") or "_"
    segment = "".join(_iri_char(c) for c in normal)
    return "_" + segment if segment.startswith("%") or normal.startswith("_") else segment


def relation_segment(relation: str) -> str:
    """The predicate local name of a relation phrase: ``meet with`` → ``meet_with``."""
    return iri_segment(relation.lower())


def statement_id(subject: str, key: str, obj: str, evidence: dict) -> str:
    """A stable id for one piece of evidence of one fact."""
    raw = "\x1f".join([subject, key, obj, evidence["doc"], str(evidence["char_start"]),
                       evidence["relation_text"], evidence["object_text"]])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


QUAD_FORMATS = frozenset({"trig", "nquads"})


def to_rdflib(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE,
              into: Graph | None = None) -> Graph:
    """Every node, fact, piece of evidence and document of ``graph`` as an rdflib Graph."""
    ns = Namespaces(base)
    rdf = Graph() if into is None else into
    ns.bind(rdf)
    entity = {node: ns.entity[iri_segment(node)] for node in graph.nodes}
    for node, data in graph.nodes(data=True):
        iri = entity[node]
        rdf.add((iri, RDF.type, _CLASS_OF_TYPE.get(data["type"], SCHEMA[data["type"]])))
        rdf.add((iri, RDFS.label, Literal(data["label"])))
        for alias in data["aliases"]:
            if alias != data["label"]:
                rdf.add((iri, SKOS.altLabel, Literal(alias)))
        rdf.add((iri, ns.vocab.mentions, Literal(data["mentions"], datatype=XSD.integer)))
    for doc_id, meta in graph.graph.get("documents", {}).items():
        doc = ns.doc[iri_segment(doc_id)]
        rdf.add((doc, RDF.type, SCHEMA.NewsArticle))
        rdf.add((doc, RDF.type, NIF.Context))
        rdf.add((doc, SCHEMA.identifier, Literal(doc_id)))
        for key, term in (("title", SCHEMA.headline), ("date", SCHEMA.datePublished)):
            if meta.get(key):
                rdf.add((doc, term, Literal(meta[key])))
        if meta.get("url"):
            rdf.add((doc, SCHEMA.url, Literal(meta["url"], datatype=XSD.anyURI)))
    for subject, obj, key, data in graph.edges(keys=True, data=True):
        predicate = ns.rel[relation_segment(data["relation"])]
        rdf.add((predicate, RDF.type, RDF.Property))
        rdf.add((predicate, RDFS.label, Literal(data["relation"])))
        if not data["negated"]:
            rdf.add((entity[subject], predicate, entity[obj]))
        for evidence in data["evidence"]:
            _add_statement(rdf, ns, entity[subject], predicate, entity[obj], data,
                           evidence, statement_id(subject, key, obj, evidence))
    return rdf


def _add_statement(rdf: Graph, ns: Namespaces, subject: URIRef, predicate: URIRef,
                   obj: URIRef, fact: dict, evidence: dict, stmt_id: str) -> None:
    stmt = ns.stmt[stmt_id]
    doc = ns.doc[iri_segment(evidence["doc"])]
    sentence = URIRef(f"{doc}#char={evidence['char_start']},{evidence['char_end']}")
    rdf.add((stmt, RDF.type, RDF.Statement))
    rdf.add((stmt, RDF.type, PROV.Entity))
    rdf.add((stmt, RDF.subject, subject))
    rdf.add((stmt, RDF.predicate, predicate))
    rdf.add((stmt, RDF.object, obj))
    rdf.add((stmt, ns.vocab.negated, Literal(bool(fact["negated"]))))
    rdf.add((stmt, ns.vocab.confidence, Literal(evidence["confidence"], datatype=XSD.decimal)))
    rdf.add((stmt, ns.vocab.rule, Literal(evidence["rule"])))
    for key in ("modality", "time"):
        if evidence.get(key):
            rdf.add((stmt, ns.vocab[key], Literal(evidence[key])))
    if evidence.get("attributed_to"):
        rdf.add((stmt, PROV.wasAttributedTo, ns.entity[iri_segment(evidence["attributed_to"])]))
    rdf.add((stmt, PROV.wasDerivedFrom, sentence))
    rdf.add((stmt, PROV.hadPrimarySource, doc))
    rdf.add((sentence, RDF.type, NIF.Sentence))
    rdf.add((sentence, NIF.anchorOf, Literal(evidence["sentence"])))
    rdf.add((sentence, NIF.beginIndex, Literal(evidence["char_start"],
                                               datatype=XSD.nonNegativeInteger)))
    rdf.add((sentence, NIF.endIndex, Literal(evidence["char_end"],
                                             datatype=XSD.nonNegativeInteger)))
    rdf.add((sentence, NIF.referenceContext, doc))


def serialize_rdf(graph: nx.MultiDiGraph, fmt: str = "turtle", base: str = DEFAULT_BASE) -> bytes:
    """``graph`` serialised as RDF in one of :data:`RDF_FORMATS`."""
    if fmt not in RDF_FORMATS:
        raise ValueError(f"unknown RDF format '{fmt}'; choose from {', '.join(RDF_FORMATS)}")
    if fmt in QUAD_FORMATS:  # quads: everything in one named graph, <base>graph
        dataset = Dataset()
        to_rdflib(graph, base, into=dataset.graph(URIRef(Namespaces(base).base + "graph")))
        return dataset.serialize(format=RDF_FORMATS[fmt][0], encoding="utf-8")
    return to_rdflib(graph, base).serialize(format=RDF_FORMATS[fmt][0], encoding="utf-8")
