"""The demo corpus: facts and entities a reader of the five seed articles expects."""

from __future__ import annotations

import pytest
from conftest import SEEDS
from kgbuilder.graph import build_graph, find_node, read_aliases
from kgbuilder.graph.names import surname_key
from kgbuilder.graph.quality import duplicate_candidates


def facts(graph):
    return {(graph.nodes[u]["label"], d["relation"], graph.nodes[v]["label"])
            for u, v, d in graph.edges(data=True)}


def test_united_states_designates_the_suns_cartel(seed_kg):
    assert any(s == "United States" and r.startswith("designate") and "Suns cartel" in o
               for s, r, o in facts(seed_kg.graph))


def test_trump_authorized_covert_cia_actions(seed_kg):
    assert ("Donald Trump", "authorize", "covert CIA actions") in facts(seed_kg.graph)


def test_trump_is_one_node_with_his_variants_as_aliases(seed_kg):
    g = seed_kg.graph
    node = find_node(g, "Donald Trump")
    assert g.nodes[node]["label"] == "Donald Trump" and g.nodes[node]["type"] == "Person"
    assert {"Trump", "President Donald Trump"} <= set(g.nodes[node]["aliases"])
    trumps = [n for n, d in g.nodes(data=True)
              if d["type"] != "Concept" and surname_key(d["label"]) == "trump"]
    assert trumps == [node]


def test_trump_called_delcy_rodriguez(seed_kg):
    # "I had a very good call with the Interim President of Venezuela, Delcy Rodríguez"
    g = seed_kg.graph
    trump, delcy = find_node(g, "Donald Trump"), find_node(g, "Delcy Rodríguez")
    calls = [d for _, v, d in g.out_edges(trump, data=True) if v == delcy
             and d["relation"] == "call"]
    assert calls and any("had a very good call" in ev["sentence"] and ev["rule"] == "light-verb"
                         for ev in calls[0]["evidence"])


def test_pronoun_fact_lands_on_the_speaker(seed_kg):
    # "... by revealing he will soon speak directly with ... Nicolas Maduro"
    assert ("Donald Trump", "speak with", "Nicolás Maduro") in facts(seed_kg.graph)


def test_every_fact_points_back_at_its_sentence(seed_kg):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for _, _, data in seed_kg.graph.edges(data=True):
        for ev in data["evidence"]:
            assert texts[ev["doc"]][ev["char_start"]:ev["char_end"]] == ev["sentence"]


@pytest.mark.parametrize("label, type_, variants", [
    ("Donald Trump", "Person", {"Trump", "President Donald Trump", "US President Donald Trump",
                                "U.S. President Donald Trump"}),
    ("Nicolás Maduro", "Person", {"Maduro", "Venezuelan President Nicolás Maduro",
                                  "Venezuelan strongman Nicolás Maduro"}),
    ("Dan Caine", "Person", {"Caine", "General Dan Caine"}),
    ("Delcy Rodríguez", "Person", {"Rodríguez"}),
    ("United States", "Country", {"US", "U.S."}),
    ("Venezuela", "Country", {"Venezuela"}),
])
def test_each_entity_is_one_node_with_its_variants(seed_kg, label, type_, variants):
    g = seed_kg.graph
    node = find_node(g, label)
    assert g.nodes[node]["label"] == label and g.nodes[node]["type"] == type_
    assert variants <= set(g.nodes[node]["aliases"])
    for variant in variants:
        assert find_node(g, variant) == node


def test_delcy_and_jorge_rodriguez_stay_apart_and_no_duplicates_remain(seed_kg):
    g = seed_kg.graph
    delcy, jorge = find_node(g, "Delcy Rodríguez"), find_node(g, "Jorge Rodríguez")
    assert delcy and jorge and delcy != jorge
    assert duplicate_candidates(g) == []
    assert not [d for _, d in g.nodes(data=True) if d["label"] in ("Venezuelan", "American")]


def test_seed_alias_file_merges_the_cartel_names(seed_results, seed_kg):
    assert find_node(seed_kg.graph, "Suns cartel") != find_node(seed_kg.graph,
                                                                 "Cartel de los Soles")
    g = build_graph(seed_results, read_aliases(SEEDS / "aliases.csv")).graph
    node = find_node(g, "Suns cartel")
    assert node == find_node(g, "Cartel de los Soles")
    assert g.nodes[node]["type"] == "Organization"
    assert ("United States", "designate", "Cartel de los Soles") in facts(g)
