"""The IRIs of an export: its namespaces under one base, safe path segments, statement
ids, and the prefixes Turtle files and queries use (exports/rdf.py writes the triples)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Namespace
from rdflib.namespace import PROV

from .formats import DEFAULT_BASE

SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
WDT = Namespace("http://www.wikidata.org/prop/direct/")  # Wikidata's truthy properties


class Namespaces:
    """The IRI namespaces of one export, all under a configurable base."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        base = base if base.endswith(("/", "#")) else base + "/"
        self.base = base
        self.entity = Namespace(base + "entity/")
        self.rel = Namespace(base + "rel/")
        self.doc = Namespace(base + "doc/")
        self.stmt = Namespace(base + "stmt/")
        self.run = Namespace(base + "run/")
        self.agent = Namespace(base + "agent/")
        self.vocab = Namespace(base + "vocab#")

    def bind(self, graph: Graph) -> None:
        for prefix, namespace in (("ent", self.entity), ("rel", self.rel), ("doc", self.doc),
                                  ("stmt", self.stmt), ("run", self.run), ("agent", self.agent),
                                  ("kgv", self.vocab), ("schema", SCHEMA),
                                  ("nif", NIF), ("prov", PROV), ("skos", SKOS)):
            graph.bind(prefix, namespace, override=True, replace=True)


_NOT_PLAIN = re.compile(r"[^A-Za-z0-9_.~-]")  # what _iri_char has to look at


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
    segment = _NOT_PLAIN.sub(lambda found: _iri_char(found.group()), normal)
    return "_" + segment if segment.startswith("%") or normal.startswith("_") else segment


def relation_segment(relation: str) -> str:
    """The predicate local name of a relation phrase: ``meet with`` → ``meet_with``."""
    return iri_segment(relation.lower())


def statement_id(subject: str, key: str, obj: str, evidence: dict) -> str:
    """A stable id for one piece of evidence of one fact."""
    raw = "\x1f".join([subject, key, obj, evidence["doc"], str(evidence["char_start"]),
                       evidence["relation_text"], evidence["object_text"]])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """The prefixes written into Turtle and TriG files (and usable in queries)."""
    ns = Namespaces(base)
    return {"ent": str(ns.entity), "rel": str(ns.rel), "doc": str(ns.doc),
            "stmt": str(ns.stmt), "run": str(ns.run), "agent": str(ns.agent),
            "kgv": str(ns.vocab), "schema": str(SCHEMA),
            "nif": str(NIF), "prov": str(PROV), "skos": str(SKOS), "rdfs": str(RDFS),
            "rdf": str(RDF), "xsd": str(XSD)}


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def base_problem(base: str) -> str | None:
    """Why ``base`` cannot be the base IRI of an export (every namespace under it must
    be an absolute IRI), or None when it can."""
    if not _SCHEME.match(base):
        return f"--base '{base}' is not an absolute IRI (like https://example.org/kg/)"
    if "?" in base or "#" in base:  # the namespaces' paths would sit in a query or fragment
        return f"--base '{base}' has a query or fragment part; give a path (like " \
            "https://example.org/kg/)"
    for name, iri in prefixes(base).items():
        try:
            ox.NamedNode(iri)
        except ValueError:
            return f"--base '{base}' makes the invalid IRI '{iri}' for '{name}:'"
    return None
