"""Two names NER reads as one (``Arsenal to Real Madrid``, ``Gazprom-Rosneft``) stay two,
and a firm's node is labelled with its full name, not the short form the text repeats."""

from __future__ import annotations

from kgbuilder.extractors.mentions import document_mentions
from kgbuilder.graph import find_node
from kgbuilder.graph.shortforms import joined_names


def test_a_span_joining_two_names_with_a_preposition_is_two_names(nlp):
    doc = nlp("Reyes moved from Arsenal to Real Madrid last summer.")
    assert {"Arsenal", "Real Madrid"} <= {m.text for m in document_mentions(doc)}
    # a name's own connector, or one inside a hyphenated place, holds it together
    doc = nlp("Stoke-on-Trent council wrote to the Bank of England.")
    assert "Bank of England" in {m.text for m in document_mentions(doc)}


def test_one_of_two_joined_names_is_no_short_form_of_the_pair():
    assert joined_names("Gazprom-Rosneft") == {"gazprom", "rosneft"}
    assert joined_names("Gazprom and Rosneft") == {"gazprom", "rosneft"}
    assert joined_names("Bank of England") == frozenset()
    assert joined_names("Coca-cola") == frozenset()  # no capital after the hyphen


def test_a_firm_is_labelled_by_its_full_name(graph_of):
    g = graph_of("Parmalat Finanziaria sold its dairy unit to Norbel Inc. Parmalat said the "
                 "sale raised 300m euros. Parmalat will pay its debts. Parmalat shares rose.")
    [data] = [d for _, d in g.nodes(data=True) if "Parmalat" in d["aliases"]]
    assert data["label"] == "Parmalat Finanziaria"


def test_a_concept_keeps_every_word_of_its_label(graph_of):
    # A name drops its kind word ("the aircraft carrier Gerald Ford" is Gerald Ford), but
    # a concept is its words: it was labelled "carrier" and "group".
    g = graph_of("Tom Reyes cited the deployment of an aircraft carrier strike group.",
                 "The aircraft carrier Gerald Ford reached the region on Monday.")
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert "deployment of an aircraft carrier strike group" in labels
    assert "Gerald Ford" in labels
    assert not labels & {"group", "carrier", "strike group"}


def test_a_name_without_a_capital_is_no_entity(nlp, graph_of):
    texts = ["He ran 7:39.89 in Leeds on Sunday.",
             "He was tested positive for anabolic steroids last year."]
    assert {e.text for t in texts for e in nlp(t).ents} >= {"7:39.89", "anabolic steroids"}
    g = graph_of(*texts)
    labels = {d["label"] for _, d in g.nodes(data=True) if d["type"] != "Concept"}
    assert "Leeds" in labels
    assert not labels & {"7:39.89", "anabolic steroids"}


def test_a_full_stop_the_tokenizer_left_on_a_name_is_not_part_of_it(graph_of):
    g = graph_of("The amnesty call came from Foro Penal, which posted it on X.\n\n"
                 "It was backed by Acme Co. and by Bell Inc.")
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert "X" in labels and "X." not in labels
    assert {"Acme Co.", "Bell Inc."} <= labels  # an abbreviation keeps its period


def test_a_firm_named_before_a_longer_name_is_not_its_short_form(graph_of):
    g = graph_of("Yahoo chose Norbel to power its search. Yahoo later launched Yahoo "
                 "Messenger, and Norbel runs Norbel News. Hyundai said sales rose. "
                 "Hyundai Motor expects more growth.")
    labels = {d["label"]: d for _, d in g.nodes(data=True)}
    assert "Norbel" in labels and "Norbel News" in labels  # a firm and its product
    assert "Norbel" not in labels["Norbel News"]["aliases"]
    assert "Hyundai" in labels["Hyundai Motor"]["aliases"]  # only the firm's form added


def test_a_longer_name_given_first_still_takes_its_short_form(graph_of):
    g = graph_of("Norbel Radio gained listeners. Norbel said its audience rose by 5%.")
    assert "Norbel" in g.nodes[find_node(g, "Norbel Radio")]["aliases"]


def test_a_middle_initial_without_its_period_stays_in_the_name(graph_of):
    g = graph_of("Three actors have refused the prize, including actor George C Scott.",
                 "President George W Bush met Tony Blair on Monday.")
    labels = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "Person"}
    assert {"George C Scott", "George W Bush"} <= labels  # were "Scott" and "Bush"


def test_a_first_name_or_a_town_is_no_nationality_word():
    from kgbuilder.extractors.demonyms import country_of_demonym

    assert country_of_demonym("George") is None  # it shares "Georg" with Georgia
    assert country_of_demonym("Norwich") is None  # and "Norw" with Norway
    assert [country_of_demonym(w) for w in ("Georgian", "Kenyans", "Slovak")] == [
        "Georgia", "Kenya", "Slovakia"]


def test_a_common_noun_ner_named_where_it_opens_a_sentence_is_no_entity(graph_of, nlp):
    first = "Telcos have complained about the new prices, a survey by Norbel found."
    assert any(e.text == "Telcos" for e in nlp(first).ents)  # NER's reading
    g = graph_of(first + " Some telcos will raise their prices to Acme Bank in March.")
    kinds = {d["label"].lower(): d["type"] for _, d in g.nodes(data=True)}
    assert kinds.get("telcos", "Concept") == "Concept"
    assert "Norbel" in {d["label"] for _, d in g.nodes(data=True)}
    g = graph_of(first)  # no lowercase "telcos" to show it a common noun: NER stands
    assert any(d["label"] == "Telcos" for _, d in g.nodes(data=True))


def test_and_between_two_names_of_two_words_parsed_as_conjuncts_is_two_names(nlp):
    doc = nlp("Wasp was commissioned by the Film Council and Channel 4 last year.")
    assert {"Film Council", "Channel 4"} <= {m.text for m in document_mentions(doc)}
    for text, name in [("The US Securities and Exchange Commission fined the bank.",
                        "US Securities and Exchange Commission"),
                       ("He studied at the London School of Economics and Political "
                        "Science.", "London School of Economics and Political Science")]:
        mentions = {m.text for m in document_mentions(nlp(text))}
        assert name in mentions, mentions


def test_a_surname_or_a_town_sharing_a_countrys_stem_is_no_nationality_word():
    from kgbuilder.extractors.demonyms import country_of_demonym

    assert [country_of_demonym(w) for w in ("Polanski", "Peruzzi", "Monaghan", "Germaine",
                                            "Francine")] == [None] * 5
    assert [country_of_demonym(w) for w in ("Croat", "Slovene", "Montenegrin", "Cypriot",
                                            "Icelandic", "Chinese")] == [
        "Croatia", "Slovenia", "Montenegro", "Cyprus", "Iceland", "China"]
