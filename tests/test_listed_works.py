"""Works a list names for their maker (extractors/titles.py, extractors/works.py), real
spaCy parse: ``Their singles include A, B and C`` makes the possessor the maker of each
title, a title is a work's name whatever NER called its words, and a list that holds no
title, or a possessor that names nothing, gives no work."""

from __future__ import annotations

from conftest import edges_between, triples
from kgbuilder.graph import find_node


def test_a_possessive_pronouns_singles_are_the_resolved_bands(graph_of):
    g = graph_of("The Harbour Lights released a new album on Monday. Their singles include "
                 "Where The River Bends, Summer 1999 and Paper Moon.")
    for title in ("Where The River Bends", "Summer 1999", "Paper Moon"):
        [data] = edges_between(g, "Harbour Lights", title)
        assert data["relation"] == "single" and data["wikidata_property"] == "P175"
        assert g.nodes[find_node(g, title)]["type"] == "CreativeWork"


def test_a_named_possessors_novels_are_the_authors(graph_of):
    g = graph_of("Tom Reyes's novels include The Salt Road and Winter Hours.")
    for title in ("The Salt Road", "Winter Hours"):
        [data] = edges_between(g, "Tom Reyes", title)
        assert data["relation"] == "novel" and data["wikidata_property"] == "P50"


def test_whose_works_belong_to_the_name_the_clause_hangs_from(graph_of):
    g = graph_of("Costume designer Ann Byrne, whose previous films have included Captain "
                 "Corelli's Mandolin and Elizabeth, is in the running.")
    for title in ("Captain Corelli's Mandolin", "Elizabeth"):
        assert "film" in [d["relation"] for d in edges_between(g, "Ann Byrne", title)]
    assert not [d for _, _, d in g.edges(data=True) if d["relation"] == "be captain"]


def test_a_title_ending_in_a_question_mark_keeps_it_and_is_no_question(extract):
    result = extract("Their hits include Blue Lanes and Who Is Sam?")
    [last] = [e for e in result.extractions if e.rule == "works" and "Sam" in e.object.text]
    assert last.object.text == "Who Is Sam?" and last.modality is None


def test_the_list_stops_at_the_first_piece_that_is_no_title(extract):
    facts = triples(extract("His films include Mexican movie El Camino and Night Train."))
    assert not any(r == "film" for _, r, _ in facts)
    facts = triples(extract("Her songs include Blue Lanes, which topped the charts."))
    assert {(s, o) for s, r, o in facts if r == "song"} == {("Her", "Blue Lanes")}


def test_no_work_without_a_possessor_that_names_something(extract, graph_of):
    g = graph_of("The band's hits include Blue Lanes and Paper Moon.")  # no band named
    assert not [d for _, _, d in g.edges(data=True) if d["relation"] == "hit"]
    assert not [e for e in extract("Films include Blue Lanes and Paper Moon.")
                .extractions if e.rule == "works"]


def test_a_list_after_another_verb_or_noun_is_no_work(extract):
    for text in ("Their films feature Tom Hanks and Meg Ryan.",
                 "Their players include Tom Reid and Sam Cole."):
        assert not [e for e in extract(text).extractions if e.rule == "works"]


def test_a_possessors_work_noun_before_a_title_makes_it_theirs(graph_of):
    g = graph_of("Singer Andrea Lowe reached number one in May with her debut hit Bird in a "
                 "Cage in October 1999.")
    [data] = edges_between(g, "Andrea Lowe", "Bird in a Cage")  # no "in October"
    assert data["relation"] == "debut hit" and data["wikidata_property"] == "P175"
    assert g.nodes[find_node(g, "Bird in a Cage")]["type"] == "CreativeWork"


def test_a_named_possessors_album_title_is_read_whole(graph_of):
    g = graph_of("The Lanterns' award-winning album Hopes and Dreams sold well.")
    assert [d["relation"] for d in edges_between(g, "Lanterns", "Hopes and Dreams")] == [
        "album"]
    assert find_node(g, "Hopes") is None


def test_a_title_that_runs_on_in_lower_case_or_a_lowercase_noun_is_no_title(extract):
    for text in ("Sam Cole praised his best-known hit When a Man loves a Woman.",
                 "Sam Cole praised her film debut in Paris.",
                 "Sam Cole praised her song with Tom Reid."):
        assert not [e for e in extract(text).extractions if e.rule == "works"], text


def test_a_partner_after_with_is_no_part_of_the_title(graph_of):
    g = graph_of("Singer Ray Dunn said his song Here We Go with Ana Lind won.")
    assert edges_between(g, "Ray Dunn", "Here We Go")


def test_a_title_question_mark_before_a_paragraph_break_is_no_question(extract):
    result = extract("Their hits include Blue Lanes and Who Is Sam?\n\nThe band formed in 1999.")
    [last] = [e for e in result.extractions if e.rule == "works" and "Sam" in e.object.text]
    assert last.object.text == "Who Is Sam?" and last.modality is None


def test_a_title_the_parser_cut_into_two_sentences_keeps_the_whole_sentence(graph_of):
    g = graph_of("Singer Ana Lind also performed her song Right To Be Wrong, backed by a "
                 "gospel choir.")
    [data] = edges_between(g, "Ana Lind", "Right To Be Wrong")
    assert data["relation"] == "song" and data["sentence"].endswith("gospel choir.")


def test_a_title_set_off_by_commas_is_named_whole_but_read_by_the_apposition(extract):
    result = extract("Singer Ana Lind toured Europe. Her last album, The Long Road Home, "
                     "sold well.")
    assert not [e for e in result.extractions if e.rule == "works"]
    assert "The Long Road Home" in {m.text for m in result.mentions}


def test_a_definite_nominals_works_go_to_what_it_resolves_to(graph_of):
    g = graph_of("Pop band The Lanterns split. The band's hits include Blue Lanes and Paper "
                 "Moon.")
    for title in ("Blue Lanes", "Paper Moon"):
        assert [d["relation"] for d in edges_between(g, "Lanterns", title)] == ["hit"]


def test_an_unresolved_nominals_works_are_no_edge(graph_of):
    g = graph_of("Fans loved the show. The fans' songs include Blue Lanes.")
    assert not [d for _, _, d in g.edges(data=True) if d["relation"] == "song"]
