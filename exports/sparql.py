"""SPARQL over an exported graph file, with pyoxigraph's embedded engine.

pyoxigraph (Rust, SPARQL 1.1 complete) loads and queries Turtle far faster than
rdflib's pure-Python engine; the file itself stays plain standard RDF.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kgbuilder.errors import KgbuilderError

_FORMAT_OF_SUFFIX = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
                     ".jsonld": ox.RdfFormat.JSON_LD, ".trig": ox.RdfFormat.TRIG,
                     ".nq": ox.RdfFormat.N_QUADS}
_TURTLE_PREFIX = re.compile(r"^@prefix\s+([\w-]*):\s*<([^>]*)>\s*\.", re.MULTILINE)


class QueryError(KgbuilderError, ValueError):
    """The graph file cannot be read or the query is not valid SPARQL (exit code 1)."""

    exit_code = 1


def syntax_message(exc: SyntaxError, prefixes: Mapping[str, str] | None = None) -> str:
    """pyoxigraph's parse error as one short line; an undeclared prefix named as such."""
    text = " ".join(str(exc).split())
    if "Prefix not found" in text:
        where = re.match(r"error at (\d+:\d+)", text)
        known = ", ".join(sorted(prefixes or {})) or "none"
        return (f"invalid SPARQL: undeclared prefix at {where.group(1) if where else '?'} "
                f"(declared: {known}; add a PREFIX line for others)")
    return f"invalid SPARQL: {text if len(text) <= 240 else text[:237] + '...'}"


@dataclass
class QueryResult:
    """Variables and rows (strings) of a SELECT, or a one-cell answer for ASK."""

    variables: list[str]
    rows: list[list[str]]


def file_prefixes(path: Path) -> dict[str, str]:
    """The ``@prefix`` declarations at the top of a Turtle file, usable in queries."""
    head = Path(path).read_text(encoding="utf-8", errors="replace")[:20000]
    return dict(_TURTLE_PREFIX.findall(head))


def rdf_format_of(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, by its suffix."""
    fmt = _FORMAT_OF_SUFFIX.get(Path(path).suffix.lower())
    if fmt is None:
        raise QueryError(f"{path}: unknown RDF file type (expected one of "
                         f"{', '.join(_FORMAT_OF_SUFFIX)})")
    return fmt


def load_store(path: Path) -> ox.Store:
    """An in-memory pyoxigraph store holding the RDF file at ``path``."""
    path = Path(path)
    fmt = rdf_format_of(path)
    if not path.is_file():
        raise QueryError(f"{path}: no such file")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{path}: cannot parse as RDF: {' '.join(str(exc).split())}") from None
    return store


def term_text(term: object) -> str:
    """A result cell as plain text: IRIs bare, literals by value, blanks as ``_:id``."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value  # NamedNode and Literal


Binding = str | ox.NamedNode | ox.Literal


def bound_terms(bindings: Mapping[str, Binding]) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """Query variables bound to RDF terms: a string is a plain literal, ``<...>`` an IRI.

    Values reach the engine as terms, never as query text, so no input can change what
    a query means."""
    terms: dict[ox.Variable, ox.NamedNode | ox.Literal] = {}
    for name, value in bindings.items():
        if isinstance(value, str):
            try:
                value = (ox.NamedNode(value[1:-1]) if value.startswith("<") and
                         value.endswith(">") else ox.Literal(value))
            except ValueError as exc:
                raise QueryError(f"?{name}: {value} is not a valid IRI ({exc})") from None
        terms[ox.Variable(name.lstrip("?$"))] = value
    return terms


def run_query(store: ox.Store, query: str, prefixes: dict[str, str] | None = None,
              bindings: Mapping[str, Binding] | None = None) -> QueryResult:
    """Run a SELECT, ASK or CONSTRUCT query; ``prefixes`` are available without PREFIX
    lines (by default those a build with the default base writes: ``ent:``, ``kgv:``,
    ``schema:``, ``skos:`` ...); ``bindings`` give variables their values
    (:func:`bound_terms`). A bound variable must be in a SELECT's projection (SEP-0007).
    Patterns outside ``GRAPH`` match every graph (a TriG or N-Quads build keeps its
    triples in one named graph), so the same query runs on any format."""
    if prefixes is None:
        from .iris import prefixes as default_prefixes

        prefixes = default_prefixes()
    try:
        answer = store.query(query, prefixes=prefixes or {},
                             substitutions=bound_terms(bindings or {}) or None,
                             use_default_graph_as_union=True)  # TriG and N-Quads too
    except SyntaxError as exc:
        raise QueryError(syntax_message(exc, prefixes)) from None
    except RuntimeError as exc:  # e.g. a bound variable the query does not select
        raise QueryError(f"cannot bind: {exc}") from None
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(["ask"], [["true" if bool(answer) else "false"]])
    if isinstance(answer, ox.QueryTriples):
        rows = [[term_text(t.subject), term_text(t.predicate), term_text(t.object)]
                for t in answer]
        return QueryResult(["subject", "predicate", "object"], rows)
    variables = [v.value for v in answer.variables]
    rows = [[term_text(solution[v]) for v in variables] for solution in answer]
    return QueryResult(variables, rows)


# Everything the graph says about the entity any of whose names is ?name: its names,
# type and mention count, facts in both directions (``^relation``: the entity is the
# object) and negated claims (``not relation``), which exist only as statement nodes.
ENTITY_QUERY = """\
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?name ?entity ?property ?value WHERE {
  ?e rdfs:label|skos:altLabel ?name ; rdfs:label ?entity .
  { ?e ?p ?v . BIND ("" AS ?way) }
  UNION { ?v ?p ?e . ?p a rdf:Property . BIND ("^" AS ?way) }
  UNION { ?st rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?v ; ?flag ?negated .
          FILTER (STRENDS(STR(?flag), "#negated")) FILTER NOT EXISTS { ?e ?p ?v }
          OPTIONAL { ?st ?m ?modality . FILTER (STRENDS(STR(?m), "#modality")) }
          BIND (IF(?negated, "not ", CONCAT(COALESCE(?modality, "unasserted"), " ")) AS ?way) }
  UNION { ?st rdf:object ?e ; rdf:predicate ?p ; rdf:subject ?v ; ?flag ?negated .
          FILTER (STRENDS(STR(?flag), "#negated")) FILTER NOT EXISTS { ?v ?p ?e }
          OPTIONAL { ?st ?m ?modality . FILTER (STRENDS(STR(?m), "#modality")) }
          BIND (CONCAT("^", IF(?negated, "not ", CONCAT(COALESCE(?modality, "unasserted"),
                                                           " "))) AS ?way) }
  OPTIONAL { ?p rdfs:label ?relation }
  OPTIONAL { ?v rdfs:label ?label }
  BIND (CONCAT(?way, COALESCE(?relation, REPLACE(STR(?p), "^.*[/#]", ""))) AS ?property)
  BIND (COALESCE(?label, ?v) AS ?value)
} ORDER BY ?entity ?property ?value"""


def entity_facts(store: ox.Store, name: str) -> QueryResult:
    """Everything ``store`` says about the entity called ``name`` (its label or any alias):
    names, type, facts in both directions and negated claims, rows of
    ``name, entity, property, value``. ``name`` is bound, never pasted into the query."""
    return run_query(store, ENTITY_QUERY, bindings={"name": name})


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """A result as an aligned text table, CSV or JSON (a list of objects)."""
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows(result.rows)
        return buffer.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(result.variables, row, strict=True)) for row in result.rows],
                          ensure_ascii=False, indent=1) + "\n"
    cells = [[" ".join(c.split()) for c in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
              for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"
