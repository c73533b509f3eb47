"""A JSONL line's or table row's title is read as the text's first line (real spaCy
parse): its names become nodes, and its telegraphic NER never outvotes the body's."""

from __future__ import annotations

import json

from kgbuilder.extractors import extract_documents
from kgbuilder.graph import build_graph, find_node

from kgbuilder.inputs import read_documents, with_title


def graph_of_lines(nlp, tmp_path, *records: dict):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return build_graph(extract_documents(read_documents([str(path)]), nlp)).graph


def test_a_title_heads_the_text_once():
    body = "Dockers walked out on Monday."
    assert with_title(body, "Strikes hit Belgium's ports") == \
        "Strikes hit Belgium's ports\n\nDockers walked out on Monday."
    assert with_title("Strikes hit ports\n\n" + body, "Strikes  hit ports") == \
        "Strikes hit ports\n\n" + body
    assert with_title(body, None) == body and with_title(body, " ") == body


def test_a_name_only_the_title_gives_becomes_a_node(nlp, tmp_path):
    g = graph_of_lines(nlp, tmp_path, {
        "id": "n1", "title": "Strikes hit Belgium's ports",
        "text": "Dockers walked out on Monday. The union said the strike would last a week."})
    node = find_node(g, "Belgium")
    assert node is not None and g.nodes[node]["type"] == "Country"
    assert g.graph["documents"]["n1"]["title"] == "Strikes hit Belgium's ports"


def test_the_body_decides_the_type_of_a_name_the_title_also_gives(nlp, tmp_path):
    # NER reads the headline's "Davis Cup" as a person, the body's as an event.
    g = graph_of_lines(nlp, tmp_path, {
        "id": "n1", "title": "Spain seal Davis Cup success",
        "text": "Spain clinched the Davis Cup on Sunday. The Cup was decided in Seville."})
    node = find_node(g, "Davis Cup")
    assert g.nodes[node]["type"] == "Event"
    assert find_node(g, "Cup") == node  # the body's short form still finds it
