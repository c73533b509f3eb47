"""Facts whose partner the parse keeps away from the verb: a plea's passive ``for``
clause (``X called for the ban to be lifted``), a contest noun's ``between`` sides
(``the race is between X and Y``), a name the tagger read as a verb (``support to U2``)
and a name closing its sentence after a comma (``his other band, Fightstar.``)."""

from __future__ import annotations

from kgbuilder.extractors.partner_events import gerund
from kgbuilder.graph import find_node


def relations(g, subject: str, obj: str) -> list[str]:
    s, o = find_node(g, subject), find_node(g, obj)
    return [d["relation"] for _, v, d in g.out_edges(s, data=True) if v == o]


def rule_facts(result, rule: str) -> list[tuple[str, str, str]]:
    return [(e.subject.text, e.relation, e.objects[0].text) for e in result.extractions
            if e.rule == rule]


def test_a_plea_for_a_thing_to_be_done_is_a_fact_of_the_pleader(extract):
    result = extract("Mayor Ruth Dale and Governor Tom Reyes called for the curfew to be "
                     "scrapped.")
    facts = rule_facts(result, "called-for")
    assert ("Mayor Ruth Dale", "call for scrapping", "curfew") in facts
    assert ("Governor Tom Reyes", "call for scrapping", "curfew") in facts


def test_a_plea_reaches_a_named_thing_and_is_typed_as_a_demand(graph_of):
    g = graph_of("Senator Maria Lopez pressed for Norbel to be fined.")
    assert "press for fining" in relations(g, "Maria Lopez", "Norbel")
    s, o = find_node(g, "Maria Lopez"), find_node(g, "Norbel")
    assert g.edges[s, o, next(iter(g[s][o]))]["event_type"] == "DEMAND"


def test_a_for_clause_of_a_verb_of_no_plea_is_no_plea(extract):
    result = extract("Fans waited for the gates to be opened.")
    assert rule_facts(result, "called-for") == []


def test_the_gerund_of_a_participle():
    class Word:  # the two attributes gerund reads
        def __init__(self, lower_: str, lemma_: str) -> None:
            self.lower_, self.lemma_ = lower_, lemma_
    assert gerund(Word("lifted", "lift")) == "lifting"
    assert gerund(Word("scrapped", "scrap")) == "scrapping"
    assert gerund(Word("freed", "free")) == "freeing"
    assert gerund(Word("held", "hold")) == "holding"
    assert gerund(Word("made", "make")) == "making"


def test_a_race_between_two_parties_is_each_racing_the_other(extract):
    result = extract("In Leeds the race is between the Greens and Labour.")
    assert ("Greens", "race against", "Labour") in rule_facts(result, "contest-between")


def test_a_race_of_one_named_pair_the_ner_joined_is_no_contest(extract):
    result = extract("The battle will be between Chelsea and Arsenal.")
    assert all(s != o for s, _, o in rule_facts(result, "contest-between"))


def test_a_name_the_tagger_read_as_a_verb_is_still_a_partner(graph_of):
    g = graph_of("Snow Patrol will play support to U2 on a number of summer gigs.")
    assert any(r.startswith("play support to") for r in relations(g, "Snow Patrol", "U2"))


def test_a_name_closing_its_sentence_after_a_comma_is_the_nouns(graph_of):
    g = graph_of("Singer Tom Vale plans to spend some time working with his other band, "
                 "Fightstar.")
    assert "work with" in relations(g, "Tom Vale", "Fightstar")


def test_a_firms_staff_in_a_place_are_the_firms(graph_of):
    g = graph_of("Unions representing Acme Foods staff in Leeds fear that jobs will move.")
    assert "have staff in" in relations(g, "Acme Foods", "Leeds")


def test_a_persons_staff_noun_is_no_firms_site(extract):
    result = extract("The minister met hospital staff in Leeds.")
    assert not any(e.relation.startswith("have staff") for e in result.extractions)


def test_a_trade_deficit_with_a_partner_is_the_possessors(graph_of):
    g = graph_of("Ruritania's overall trade deficit with Japan was $12bn in 2003.")
    assert "have trade deficit with" in relations(g, "Ruritania", "Japan")


def test_a_prefix_and_hyphen_read_as_subjects_join_their_word(extract):
    result = extract("Tory co-chairman Liam Fox had opened the forum in Brighton with an "
                     "attack on Labour.")
    assert any(e.subject.text == "Liam Fox" and e.relation == "attack"
               and e.objects[0].text == "Labour" for e in result.extractions)


def test_a_name_read_as_a_second_subject_is_the_role_nouns(graph_of):
    g = graph_of("The late US legend Tom Vale is likely to top the charts again.")
    s, o = find_node(g, "Tom Vale"), find_node(g, "United States")
    assert any(d.get("wikidata_property") == "P27" for _, v, d in g.out_edges(s, data=True)
               if v == o)


def test_a_crackdown_in_a_place_is_its_possessors(graph_of):
    g = graph_of("The ban was imposed after France's crackdown on students in Tiananmen Square.")
    s, o = find_node(g, "France"), find_node(g, "Tiananmen Square")
    found = [d for _, v, d in g.out_edges(s, data=True) if v == o]
    assert [d["relation"] for d in found] == ["crack down in"]
    assert found[0]["event_type"] == "COERCE"


def test_a_body_named_by_its_remit_is_one_organisation(graph_of):
    g = graph_of("Anna Marsh told the joint committee on Strategic Export Controls that "
                 "the rules worked.")
    node = find_node(g, "joint committee on Strategic Export Controls")
    assert g.nodes[node]["type"] == "Organization"
    assert "tell" in relations(g, "Anna Marsh", "joint committee on Strategic Export Controls")


def test_a_committee_on_a_country_is_no_name(extract):
    result = extract("Anna Marsh told the committee on Iraq that she had erred.")
    assert all(e.objects[0].text != "committee on Iraq" for e in result.extractions
               if e.objects)


def test_a_legend_is_praise_and_no_position_held(graph_of):
    g = graph_of("Soul legend Tom Vale dominated the ceremony on Sunday.")
    s = find_node(g, "Tom Vale")
    assert not any(d.get("wikidata_property") == "P39" for _, _, d in g.out_edges(s, data=True))
