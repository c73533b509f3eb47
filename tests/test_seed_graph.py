"""The demo corpus: facts and entities a reader of the five seed articles expects."""

from __future__ import annotations

from conftest import SEEDS
from kgbuilder.graph import find_node
from kgbuilder.graph.names import surname_key


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
