"""SHACL validation of an export against the model's shapes (``shapes.ttl``).

The shapes say what every statement node must carry (its fact, confidence, sentence,
document), what sentences, documents, entities and extraction runs hold; pyshacl checks
an export against them. pyshacl is optional (``pip install 'kgbuilder[validate]'``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, SH, Graph

from .iris import Namespaces
from .rdf import DEFAULT_BASE, rdflib_term
from .sparql import QueryError, rdf_format_of

SHAPES_FILE = Path(__file__).with_name("shapes.ttl")
_VOCAB_PLACEHOLDER = "urn:kgbuilder:vocab#"


class ValidatorMissing(RuntimeError):
    """pyshacl is not installed."""


@dataclass(frozen=True)
class Validation:
    """The outcome of a SHACL check: whether the data conforms, and the report's text."""

    conforms: bool
    violations: int
    report: str


def shapes_turtle(base: str = DEFAULT_BASE) -> str:
    """The shapes as Turtle, for an export written under ``base``."""
    return SHAPES_FILE.read_text(encoding="utf-8").replace(_VOCAB_PLACEHOLDER,
                                                           str(Namespaces(base).vocab))


def read_rdf(path: Path) -> Graph:
    """An RDF file of any export format as an rdflib Graph (quads lose their graph name),
    parsed by pyoxigraph. Raises :class:`QueryError` when it is not readable RDF."""
    path = Path(path)
    fmt = rdf_format_of(path)
    graph = Graph()
    try:
        for item in ox.parse(path=str(path), format=fmt):
            graph.add((rdflib_term(item.subject), rdflib_term(item.predicate),
                       rdflib_term(item.object)))
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{path}: cannot parse as RDF: {exc}") from None
    return graph


def validate(data: Graph, base: str = DEFAULT_BASE) -> Validation:
    """``data`` checked against the shapes (no inference: the export must say it all)."""
    try:
        import pyshacl
    except ImportError:
        raise ValidatorMissing("SHACL validation needs pyshacl: "
                               "pip install 'kgbuilder[validate]'") from None
    shapes = Graph().parse(data=shapes_turtle(base), format="turtle")
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, inference="none",
                                              allow_warnings=False)
    violations = sum(1 for _ in report.subjects(RDF.type, SH.ValidationResult))
    return Validation(bool(conforms), violations, text)
