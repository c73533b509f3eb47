"""graph.graphml, nodes.csv and edges.csv, read back by networkx and the csv module."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import networkx as nx
from conftest import ROOT
from kgbuilder.exports import to_edges_csv, to_graphml, to_nodes_csv

import kgbuilder


def odd_graph() -> nx.MultiDiGraph:
    """Attributes of every kind, including ones kgbuilder does not make today."""
    G = nx.MultiDiGraph(documents={"d1": {"title": "T"}}, stats={"facts": 2})
    G.add_node("a", label="Ann \x0b<b>&", type="Person", mentions=3, aliases=["Ann", "A."],
               documents={"d1": 2}, score=None, mixed=1)
    G.add_node("concept:b", label="Bé", type="Concept", mentions=1, aliases=[],
               documents={}, score=0.5, mixed="x")
    G.add_edge("a", "concept:b", key="meet with", relation="meet with", negated=False,
               confidence=0.7, wikidata_inverse=True, event_type=None,
               evidence=[{"doc": "d1", "sentence": "Ann met B."}])
    G.add_edge("a", "concept:b", key="not meet with", relation="meet with", negated=True,
               confidence=0.4, wikidata_inverse=False, event_type="Meeting", evidence=[])
    return G


def test_graphml_keeps_every_attribute_flattened():
    G = odd_graph()
    H = nx.read_graphml(io.BytesIO(to_graphml(G)), force_multigraph=True)
    assert set(H.nodes) == set(G.nodes)
    a = H.nodes["a"]
    assert a["label"] == "Ann \ufffd<b>&"  # a control character XML cannot hold
    assert json.loads(a["aliases"]) == ["Ann", "A."]
    assert json.loads(a["documents"]) == {"d1": 2}
    assert a["mentions"] == 3 and "score" not in a  # None is left out
    assert H.nodes["concept:b"]["score"] == 0.5
    assert {a["mixed"], H.nodes["concept:b"]["mixed"]} == {"1", "x"}  # mixed: text
    edges = {d["key"]: d for _, _, d in H.edges(data=True)}
    assert set(edges) == {"meet with", "not meet with"}
    assert edges["not meet with"]["negated"] is True
    assert edges["meet with"]["wikidata_inverse"] is True
    assert json.loads(edges["meet with"]["evidence"])[0]["sentence"] == "Ann met B."
    assert json.loads(H.graph["documents"]) == {"d1": {"title": "T"}}


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_tables_have_neo4j_headers_and_every_attribute():
    G = odd_graph()
    nodes, edges = rows(to_nodes_csv(G)), rows(to_edges_csv(G))
    assert list(nodes[0])[:3] == ["id:ID", ":LABEL", "type"]
    assert "mentions:int" in nodes[0] and "score:float" in nodes[0]
    by_id = {row["id:ID"]: row for row in nodes}
    assert by_id["a"][":LABEL"] == "Person" and by_id["a"]["score:float"] == ""
    assert json.loads(by_id["a"]["documents"]) == {"d1": 2}
    assert list(edges[0])[:4] == [":START_ID", ":END_ID", ":TYPE", "key"]
    assert {row[":TYPE"] for row in edges} == {"MEET_WITH", "NOT_MEET_WITH"}
    assert {row["negated:boolean"] for row in edges} == {"true", "false"}
    assert {row["event_type"] for row in edges} == {"", "Meeting"}
    ids = set(by_id)
    assert all(row[":START_ID"] in ids and row[":END_ID"] in ids for row in edges)


def test_a_build_writes_them_on_request_and_they_match_the_graph(tmp_path):
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "kgbuilder", "build", str(ROOT / "seeds"),
                             "--out", str(out), "--export", "graphml", "--export", "tables",
                             "--quiet"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    G = kgbuilder.load(out)
    H = nx.read_graphml(out / "graph.graphml")
    assert set(H.nodes) == set(G.nodes) and H.number_of_edges() == G.number_of_edges()
    for node, data in G.nodes(data=True):
        assert H.nodes[node]["label"] == data["label"]
        assert json.loads(H.nodes[node]["aliases"]) == data["aliases"]
    nodes = rows((out / "nodes.csv").read_bytes())
    edges = rows((out / "edges.csv").read_bytes())
    assert {r["id:ID"] for r in nodes} == set(G.nodes) and len(edges) == G.number_of_edges()
    assert {(r[":START_ID"], r[":END_ID"], r["key"]) for r in edges} == \
        set(G.edges(keys=True))
    # A new --out build without them removes the stale files.
    again = subprocess.run([sys.executable, "-m", "kgbuilder", "build", str(ROOT / "seeds"),
                            "--out", str(out), "--quiet"], capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 0, again.stderr
    assert not (out / "graph.graphml").exists() and not (out / "nodes.csv").exists()
