"""Name spans NER cut or missed (extractors/spans.py) and unlabelled votes, on sentences
of our own (real spaCy parse), with the words that must stay no names."""

from __future__ import annotations

import pytest
from conftest import edges_between
from kgbuilder.extractors import Document, extract_doc
from kgbuilder.graph import build_graph, find_node
from kgbuilder.graph.clusters import Cluster


@pytest.fixture
def graph_of(nlp):
    def run(text: str):
        return build_graph([extract_doc(nlp(text), Document("d", text))]).graph

    return run


def test_a_score_after_a_name_is_no_part_of_it(graph_of):
    g = graph_of("Spain reached the final of the Hopman Cup by beating Argentina 3-0 in Perth.")
    node = find_node(g, "Argentina")
    assert node is not None and g.nodes[node]["type"] == "Country"


def test_a_place_tagged_alone_can_start_a_longer_name(graph_of):
    g = graph_of("Some lucky Britons can already take advantage of UK Online's fast service.")
    node = find_node(g, "UK Online")
    assert node is not None and g.nodes[node]["type"] == "Organization"


def test_a_year_before_an_event_belongs_to_it(graph_of):
    g = graph_of("The fly-half has not played for England since the 2003 World Cup final.")
    node = find_node(g, "2003 World Cup")
    assert node is not None and g.nodes[node]["type"] == "Event"


def test_a_lone_proper_noun_ner_missed_is_a_name_but_a_month_is_not(graph_of):
    g = graph_of("He is one of the best English kickers in the Premiership, and he will "
                 "return to Leeds in May.")
    assert find_node(g, "Premiership") is not None
    assert find_node(g, "May") is None


def test_capitalised_number_words_can_start_a_name(graph_of):
    g = graph_of("Wales are thinking of the title despite a third Six Nations win.")
    assert find_node(g, "Six Nations") is not None


def test_an_unlabelled_mention_never_outvotes_a_label():
    cluster = Cluster(key="six nations", label="Six Nations",
                      types={"Event": 1, "Thing": 2})
    assert cluster.type == "Event"
    assert Cluster(key="x", label="X", types={"Thing": 2}).type == "Thing"


def test_a_number_word_in_a_name_is_no_title_s_function_word(graph_of):
    g = graph_of("The prop is positive despite a broken arm ruling him out of the RBS Six "
                 "Nations.")
    node = find_node(g, "RBS Six Nations")
    assert node is not None and g.nodes[node]["type"] != "CreativeWork"


def test_a_name_ner_ran_on_past_a_preposition_ends_there(graph_of):
    g = graph_of("Their cover, which was voted Record Of The Year on the ITV1 show, sold a "
                 "million copies.")
    assert find_node(g, "Record Of The Year") is not None
    assert find_node(g, "ITV1") is not None  # freed from NER's span: a name of its own
    assert find_node(g, "Record Of The Year on the ITV1 show") is None


def test_a_date_word_a_kind_noun_shows_to_be_a_name(graph_of):
    g = graph_of("But he told BBC Radio 4's Today programme that it had been a mistake.")
    node = find_node(g, "Today")
    assert node is not None and g.nodes[node]["type"] == "CreativeWork"
    g = graph_of("But he told reporters today that it had been a mistake.")
    assert find_node(g, "today") is None


def test_an_event_noun_after_an_organisation_s_name_makes_an_event(graph_of):
    g = graph_of("They won numerous awards in 2004, including National Television, Royal "
                 "Television Society and British Comedy awards.")
    node = find_node(g, "British Comedy awards")
    assert node is not None and g.nodes[node]["type"] == "Event"


def test_an_organisation_ner_split_in_two_is_one_name(graph_of):
    g = graph_of('"It was close," the former full-back told BBC Radio Five Live.')
    node = find_node(g, "BBC Radio Five Live")
    assert node is not None and g.nodes[node]["type"] == "Organization"


@pytest.mark.parametrize("text", [
    "The band released Crashed The Wedding, You Said No and Air Hostess last year.",
    "Their singles include Year 3000, Crashed The Wedding, You Said No, and Air Hostess.",
])
def test_a_work_s_span_listing_titles_is_one_name_per_title(graph_of, text):
    g = graph_of(text)
    for title in ("Crashed The Wedding", "You Said No"):
        node = find_node(g, title)
        assert node is not None and g.nodes[node]["type"] == "CreativeWork"


def test_a_name_ner_ran_on_past_a_preposition_to_a_number_ends_there(graph_of):
    g = graph_of("Hat Trick - behind The Kumars at Number 42 - was also in the list.")
    assert find_node(g, "Kumars") is not None  # "The" is no part of a label
    assert find_node(g, "Number") is None


def test_a_place_s_event_noun_after_compounds_makes_an_event(graph_of):
    g = graph_of("Mr Howard spoke as the Tory Party spring conference opened in Brighton.")
    node = find_node(g, "Tory Party spring conference")
    assert node is not None and g.nodes[node]["type"] == "Event"


def test_a_discourse_word_opening_a_paragraph_is_no_title(nlp):
    from kgbuilder.extractors import Document, extract_doc
    text = ('"We will not stand for it," he said.\n\nMeanwhile Mark Oaten, Liberal Democrat '
            'home affairs spokesman, said: "This is another worrying step."')
    result = extract_doc(nlp(text), Document("d0", text))
    names = {m.text for m in result.mentions if m.kind == "entity" and m.label == "PERSON"}
    assert names == {"Mark Oaten"}


def test_an_organisation_ner_began_at_its_second_conjunct_takes_the_first(graph_of):
    g = graph_of("A report for the US-China Economic and Security Review Commission said "
                 "that many jobs were lost.")
    node = find_node(g, "US-China Economic and Security Review Commission")
    assert node is not None and "Organization" in g.nodes[node]["type"]
    assert find_node(g, "Security Review Commission") is None


def test_two_names_joined_by_and_stay_two(graph_of):
    g = graph_of("Britain and France Telecom signed a deal on Monday.")
    assert find_node(g, "Britain") is not None and find_node(g, "France Telecom") is not None


def test_a_title_with_a_contraction_is_one_name(graph_of):
    # the parser also starts a sentence at "Or": a sentence never starts after a word
    g = graph_of("But his next single, It's Late Or Never, will face a challenge.")
    node = find_node(g, "It's Late Or Never")
    assert node is not None and g.nodes[node]["type"] == "CreativeWork"
    g = graph_of("Her next single, Don't Stop Now Or Ever, will face a challenge.")
    assert find_node(g, "Don't Stop Now Or Ever") is not None



def test_the_year_before_an_event_name_ner_missed_is_part_of_it(graph_of):
    g = graph_of("The Zephyrs won best dance act at the 2012 Mobo Awards in London.")
    node = find_node(g, "2012 Mobo Awards")
    assert node is not None and g.nodes[node]["type"] != "Concept"


@pytest.mark.parametrize(("text", "name"), [
    ("Prime Minister Rishi Sunak met Ursula von der Leyen in Brussels on Monday.",
     "Ursula von der Leyen"),
    ("The orchestra played a symphony by Ludwig van Beethoven at the festival.",
     "Ludwig van Beethoven"),
])
def test_a_person_named_with_particles_is_one_node(graph_of, text, name):
    g = graph_of(text)
    node = find_node(g, name)
    assert node is not None and g.nodes[node]["label"] == name
    assert g.nodes[node]["type"] == "Person"
    last = name.split()[-1]
    assert all(d["label"] != last for _, d in g.nodes(data=True))


def test_a_name_stops_where_a_spaced_dash_opens_an_aside(extract):
    """NER ran ``Alan Milburn - the`` together: the name is the words before the dash."""
    names = [m.text for m in extract("He is due to line up alongside Alan Milburn - the man "
                                     "appointed as the party's election supremo - and John "
                                     "Prescott.").mentions if m.kind == "entity"]
    assert "Alan Milburn" in names and not [n for n in names if n.endswith("- the")]


def test_an_inverted_verb_of_saying_is_no_part_of_a_name(graph_of):
    """``Said Wales assistant coach X:`` (NER: ``Said Wales``): the verb opens an inverted
    quotation; the team is Wales."""
    g = graph_of('Said Wales assistant coach Mark Evans: "We are positive about the game."')
    assert edges_between(g, "Mark Evans", "Wales")
    assert not any(d["label"].startswith("Said") for _, d in g.nodes(data=True))


def test_a_country_named_with_and_is_one_entity(graph_of):
    # NER reads "Trinidad" and "Tobago" as two places; the country's ISO name joins them.
    g = graph_of("The squad flew to Trinidad and Tobago on Monday for two friendly games. "
                 "Aid workers from Bosnia and Herzegovina arrived in the capital on Friday.")
    nodes = {d["label"]: d["type"] for _, d in g.nodes(data=True)}
    assert nodes.get("Trinidad and Tobago") == "Country"
    assert nodes.get("Bosnia and Herzegovina") == "Country"
    assert not {"Trinidad", "Tobago", "Bosnia", "Herzegovina"} & set(nodes)


def test_names_ner_ran_together_across_a_comma_are_split_where_the_parse_splits(graph_of):
    g = graph_of("Everton travel to Burnley, Crystal Palace go to Leeds, Fulham host Watford.")
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert {"Burnley", "Crystal Palace"} <= labels and "Burnley, Crystal Palace" not in labels
    assert edges_between(g, "Crystal Palace", "Leeds")


def test_a_name_the_parse_holds_together_keeps_its_comma(graph_of):
    g = graph_of("Officials at the Department of the Environment, Food and Rural Affairs said "
                 "the plan would go ahead.")
    assert find_node(g, "Department of the Environment, Food and Rural Affairs") is not None


def test_an_event_s_adjective_is_no_name(graph_of):
    g = graph_of("Triple Olympic champion Maria Lindqvist beat Olympic champion Stefan Holm "
                 "in Madrid.")
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert "Olympic" not in labels and "Stefan Holm" in labels
