"""facts.csv: one row per piece of evidence of every fact, for spreadsheets and pandas;
then one row per extraction kept out of the graph, with the reason (``in_graph`` false),
so nothing the extractor read is lost."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

import networkx as nx

COLUMNS = ["subject", "relation", "object", "negated", "confidence", "modality", "time",
           "doc", "char_start", "char_end", "sentence", "subject_id", "object_id",
           "subject_text", "relation_text", "object_text", "arguments", "rule",
           "wikidata_property", "event_type", "attributed_to", "in_graph", "reason"]


def to_facts_csv(graph: nx.MultiDiGraph, rejected: Iterable[dict] = ()) -> bytes:
    """Every (fact, evidence) pair of ``graph`` as CSV rows in :data:`COLUMNS` order, then
    every ``rejected`` extraction (``KnowledgeGraph.rejected``) with its reason."""
    return b"".join(facts_csv_chunks(graph, rejected))


def facts_csv_chunks(graph: nx.MultiDiGraph, rejected: Iterable[dict] = (),
                     rows: int = 2000) -> Iterator[bytes]:
    """The bytes of :func:`to_facts_csv` in chunks of ``rows`` rows, so a build writes
    the file without holding it whole."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for count, row in enumerate(_rows(graph, rejected), 1):
        writer.writerow(row)
        if count % rows == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def _rows(graph: nx.MultiDiGraph, rejected: Iterable[dict]) -> Iterator[list]:
    for subject, obj, data in graph.edges(data=True):
        for ev in data["evidence"]:
            yield [
                graph.nodes[subject]["label"], data["relation"], graph.nodes[obj]["label"],
                str(data["negated"]).lower(), ev["confidence"], ev["modality"] or "",
                ev["time"] or "", ev["doc"], ev["char_start"], ev["char_end"],
                " ".join(ev["sentence"].split()), subject, obj, ev["subject_text"],
                ev["relation_text"], ev["object_text"], "; ".join(ev["arguments"]), ev["rule"],
                data.get("wikidata_property") or "", data.get("event_type") or "",
                ev.get("attributed_to") or "", "true", "",
            ]
    for ev in rejected:
        yield [
            ev["subject_text"], ev["relation"], ev["object_text"], str(ev["negated"]).lower(),
            ev["confidence"], ev["modality"] or "", ev["time"] or "", ev["doc"],
            ev["char_start"], ev["char_end"], " ".join(ev["sentence"].split()), "", "",
            ev["subject_text"], ev["relation_text"], ev["object_text"],
            "; ".join(ev["arguments"]), ev["rule"], "", "", ev.get("attributed_to") or "",
            "false", ev["reason"],
        ]
