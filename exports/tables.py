"""nodes.csv and edges.csv: the graph as two tables, for pandas and ``neo4j-admin import``.

Headers follow Neo4j's import format: ``id:ID``, ``:LABEL`` (the node type) and typed
properties (``mentions:int``, ``confidence:float``, ``negated:boolean``) in nodes.csv;
``:START_ID``, ``:END_ID``, ``:TYPE`` (the relation in upper snake case, ``MEET_WITH``;
``NOT_...`` for a negated claim) in edges.csv, with the relation as written in
``relation``. Every other attribute is a column, flattened generically
(:mod:`.flatten`): lists and dicts as JSON text, None as an empty cell. Load them with::

    neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv neo4j

or ``pandas.read_csv("nodes.csv")`` (drop the type suffixes with
``df.rename(columns=lambda c: c.split(":")[0] or c[1:])``).
"""

from __future__ import annotations

import csv
import io
import re

import networkx as nx

from .flatten import column_types, typed

_NEO4J_TYPE = {bool: "boolean", int: "int", float: "float", str: ""}
_NOT_WORD = re.compile(r"\W+")


def _header(name: str, kind: type) -> str:
    suffix = _NEO4J_TYPE[kind]
    return f"{name}:{suffix}" if suffix else name


def _cell(value: object, kind: type) -> object:
    flat = typed(value, kind)
    if flat is None:
        return ""
    return str(flat).lower() if isinstance(flat, bool) else flat


def relationship_type(relation: str, negated: bool = False) -> str:
    """A Neo4j relationship type for a relation: ``meet with`` → ``MEET_WITH``."""
    name = _NOT_WORD.sub("_", relation.strip()).strip("_").upper() or "RELATED_TO"
    return f"NOT_{name}" if negated and not name.startswith("NOT_") else name


def _write(rows: list[list[object]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def to_nodes_csv(graph: nx.MultiDiGraph) -> bytes:
    """One row per node: ``id:ID``, ``:LABEL`` (its type), then every attribute."""
    types = column_types(data for _, data in graph.nodes(data=True))
    types.pop("type", None)
    rows: list[list[object]] = [["id:ID", ":LABEL", "type"]
                                + [_header(n, k) for n, k in types.items()]]
    for node, data in graph.nodes(data=True):
        kind = str(data.get("type") or "Thing")
        rows.append([node, _NOT_WORD.sub("_", kind) or "Thing", kind]
                    + [_cell(data.get(n), k) for n, k in types.items()])
    return _write(rows)


def to_edges_csv(graph: nx.MultiDiGraph) -> bytes:
    """One row per edge (fact): ``:START_ID``, ``:END_ID``, ``:TYPE``, its networkx
    ``key``, then every attribute."""
    edges = list(graph.edges(keys=True, data=True))
    types = column_types(data for *_, data in edges)
    rows: list[list[object]] = [[":START_ID", ":END_ID", ":TYPE", "key"]
                                + [_header(n, k) for n, k in types.items()]]
    for u, v, key, data in edges:
        relation = str(data.get("relation") or key)
        rows.append([u, v, relationship_type(relation, bool(data.get("negated"))), key]
                    + [_cell(data.get(n), k) for n, k in types.items()])
    return _write(rows)
