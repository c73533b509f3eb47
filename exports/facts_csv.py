"""facts.csv: one row per piece of evidence of every fact, for spreadsheets and pandas."""

from __future__ import annotations

import csv
import io

import networkx as nx

COLUMNS = ["subject", "relation", "object", "negated", "confidence", "modality", "time",
           "doc", "char_start", "char_end", "sentence", "subject_id", "object_id",
           "subject_text", "relation_text", "object_text", "arguments", "rule"]


def to_facts_csv(graph: nx.MultiDiGraph) -> bytes:
    """Every (fact, evidence) pair of ``graph`` as CSV rows in :data:`COLUMNS` order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for subject, obj, data in graph.edges(data=True):
        for ev in data["evidence"]:
            writer.writerow([
                graph.nodes[subject]["label"], data["relation"], graph.nodes[obj]["label"],
                str(data["negated"]).lower(), ev["confidence"], ev["modality"] or "",
                ev["time"] or "", ev["doc"], ev["char_start"], ev["char_end"],
                " ".join(ev["sentence"].split()), subject, obj, ev["subject_text"],
                ev["relation_text"], ev["object_text"], "; ".join(ev["arguments"]), ev["rule"],
            ])
    return buffer.getvalue().encode("utf-8")
