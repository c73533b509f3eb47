"""The kind of thing a name names, from the words beside it (extractors/kinds.py), on
sentences of our own (real spaCy parse), with the cases where NER's label must stand."""

from __future__ import annotations

import pytest
from kgbuilder.extractors import Document, extract_doc
from kgbuilder.graph import build_graph, find_node


@pytest.fixture
def type_of(nlp):
    def run(text: str, name: str) -> str:
        g = build_graph([extract_doc(nlp(text), Document("d", text))]).graph
        node = find_node(g, name)
        assert node is not None, name
        return g.nodes[node]["type"]

    return run


@pytest.mark.parametrize("text, name, kind", [
    ("The band had success with the single Run and the album Final Straw.", "Run",
     "CreativeWork"),
    ("The show was made by production company Tiger Aspect in London.", "Tiger Aspect",
     "Organization"),
    ("Some networks, such as Orange, charge up to £1 for every download.", "Orange",
     "Organization"),
    ("The duo kept Phoenix Nights creator Peter Kay at number two.", "Phoenix Nights",
     "CreativeWork"),
    ("He made the claim on his social media platform, Truth Social, on Monday.",
     "Truth Social", "Product"),
    ("He told Czech newspaper Daily Sport that he would stay.", "Daily Sport",
     "Organization"),
])
def test_a_kind_noun_beside_a_name_says_what_it_names(type_of, text, name, kind):
    assert type_of(text, name) == kind


def test_a_person_who_takes_the_or_which_is_an_organisation(type_of):
    assert type_of("Boy George and members of the Bee Gees, the Beach Boys and the Eagles "
                   "are expected to sing.", "Bee Gees") == "Organization"
    assert type_of("Many shows came from Steve Coogan's Baby Cow, which created Nighty "
                   "Night among others.", "Baby Cow") == "Organization"


def test_a_person_stays_a_person_beside_an_organisation_s_which(type_of):
    assert type_of('"We started early," said Rachel Harker, spokeswoman for Hypertag which '
                   "makes the technology.", "Rachel Harker") == "Person"


@pytest.mark.parametrize("text, name, kind", [
    ("The first episode of the latest series of Little Britain aired on BBC Three in "
     "October.", "Little Britain", "CreativeWork"),
    ("It launched a generic version of the famous anti-depressant Prozac from its maker, "
     "Eli Lilly.", "Prozac", "Product"),
    ("Many buildings in the city were destroyed during the Blitz.", "Blitz", "Event"),
])
def test_the_preposition_or_class_noun_of_a_name_says_what_it_names(type_of, text, name,
                                                                     kind):
    assert type_of(text, name) == kind


def test_a_thing_noun_in_apposition_types_only_a_person_like_name(type_of):
    assert type_of("It was followed by two digital stations, Virgin Radio Classic Rock and "
                   "Virgin Radio Groove.", "Virgin Radio Classic Rock") == "Organization"


def test_an_acronym_ner_calls_a_place_is_an_organisation_unless_a_country(type_of):
    text = ("Rivals are in a better position than BT in the long term, an analyst said. "
            "The US and UK markets differ.")
    assert type_of(text, "BT") == "Organization"
    assert type_of(text, "US") == "Country"


def test_the_names_members_of_lists_are_organisations_never_the_country(nlp):
    text = ("Boy George and members of the Bee Gees, the Beach Boys, America and the Eagles "
            "are expected to sing. The US has not said if the song will air there.")
    g = build_graph([extract_doc(nlp(text), Document("d", text))]).graph
    america, us = find_node(g, "America"), find_node(g, "US")
    assert america is not None and america != us
    assert g.nodes[america]["type"] == "Organization"
    assert g.nodes[us]["type"] == "Country"


def test_a_name_after_a_role_word_is_a_person_s(type_of):
    assert type_of("Former Scotland fly-half Gregor Townsend put the defeat down to poor "
                   "kicking.", "Gregor Townsend") == "Person"  # NER: ORG



def test_a_vehicle_noun_keeps_a_person_like_name_a_thing(type_of):
    assert type_of("The Pentagon sent the aircraft carrier Gerald Ford to the region.",
                   "Gerald Ford") == "Product"


def test_a_courtesy_title_keeps_a_person_whatever_noun_the_parse_sets_beside(type_of):
    # The parse reads "Ms Rowe" as in apposition to "newspaper".
    assert type_of("In an article for the Times newspaper, Ms Rowe, who chairs the "
                   "committee, says the limits are too high.", "Rowe") == "Person"


def test_a_kind_noun_right_before_a_name_stands_for_that_name(nlp):
    text = "Trump said it. It appeared in the newspaper El Nacional on Monday."
    g = build_graph([extract_doc(nlp(text), Document("d", text))]).graph
    trump, paper = g.nodes[find_node(g, "Trump")], g.nodes[find_node(g, "El Nacional")]
    assert "newspaper" in paper["aliases"] and "newspaper" not in trump["aliases"]


def test_a_title_that_is_part_of_a_works_name_or_a_verb_makes_no_person(nlp):
    from kgbuilder.extractors.kinds import kind_label

    doc = nlp("Judi Dench stars in the film Mrs Henderson Presents this winter.")
    work = doc[6:9]
    assert work.text == "Mrs Henderson Presents"
    assert kind_label(work, "WORK_OF_ART") == "WORK_OF_ART"  # "film" says so; was PERSON
    doc = nlp("Henry will miss Arsenal's trip to Bolton on Saturday.")
    assert kind_label(doc[3:4], "ORG") == "ORG"  # the verb "miss" is no courtesy title
