"""Events a clause's subject does, named by a noun its verb supports (``X launched an
attack on Y``), answers to a named party's proposal (``X accepted Y's offer``), and a
result noun whose possessive names no side (``their defeat to Y``)."""

from __future__ import annotations

from kgbuilder.graph import find_node


def relations(g, subject: str, obj: str) -> list[str]:
    s, o = find_node(g, subject), find_node(g, obj)
    return [d["relation"] for _, v, d in g.out_edges(s, data=True) if v == o]


def rules(result) -> list[tuple[str, str, str]]:
    return [(e.subject.text, e.relation, e.objects[0].text) for e in result.extractions
            if e.rule in ("supported", "response", "contest")]


def test_a_support_verb_gives_its_subject_the_event(graph_of):
    g = graph_of("Senator Maria Lopez launched an attack on Globex in the debate.")
    assert "attack" in relations(g, "Maria Lopez", "Globex")


def test_leading_a_partys_opposition_is_opposing(graph_of):
    g = graph_of("Peter Hale returned to Cardiff to lead the party's opposition to the "
                 "Water Charges Bill.")
    assert "oppose" in relations(g, "Peter Hale", "Water Charges Bill")


def test_being_on_a_tour_of_a_place_is_touring_it(graph_of):
    g = graph_of("The singer Anna Marsh is in the middle of a tour of Canada.")
    assert "tour" in relations(g, "Anna Marsh", "Canada")


def test_talks_the_subject_is_in(graph_of):
    g = graph_of("Acme Foods is in talks with Norbel about a merger.")
    assert "hold talks with" in relations(g, "Acme Foods", "Norbel")


def test_reacting_to_anothers_event_is_not_doing_it(extract):
    result = extract("Peter Hale condemned the attack on Globex.")
    assert not [r for r in rules(result) if r[1] == "attack"]


def test_a_named_possessor_keeps_its_own_event(extract):
    result = extract("Peter Hale backed Acme's bid for Norbel.")
    assert ("Peter Hale", "bid for", "Norbel") not in rules(result)


def test_a_passive_clause_gives_no_doer(extract):
    result = extract("Globex was hit with an attack on its servers by Acme.")
    assert not [r for r in rules(result) if r[1] == "attack"]


def test_an_answer_names_the_proposer(graph_of):
    g = graph_of("Norbel rejected Acme's offer on Monday.")
    assert "reject offer of" in relations(g, "Norbel", "Acme")


def test_a_pronoun_possessor_of_a_defeat_is_the_named_subject(graph_of):
    g = graph_of("Scotland, who had won twice, squandered a big lead in their 20-19 defeat "
                 "to Italy.")
    assert "lose to" in relations(g, "Scotland", "Italy")


def test_a_pronoun_must_agree_with_the_subject(extract):
    result = extract("Didier Drogba scored twice in their 3-1 win over Arsenal.")
    assert not [r for r in rules(result) if r[1] == "beat"]


def test_a_dates_result_goes_to_the_possessor_of_a_result_subject(graph_of):
    g = graph_of("Norway's win made up for last year's narrow defeat to Sweden.")
    assert "lose to" in relations(g, "Norway", "Sweden")


def test_a_dates_result_is_no_persons(extract):
    result = extract("Didier Drogba scored twice in Saturday's 3-1 win over Arsenal.")
    assert not [r for r in rules(result) if r[1] == "beat"]


def test_a_passive_answer_names_the_proposer(graph_of):
    g = graph_of("Acme's offer was rejected by Norbel on Monday.")
    assert "reject offer of" in relations(g, "Norbel", "Acme")


def test_a_refused_answer_is_no_answer(extract):
    result = extract("Peter Hale's refusal to accept Acme's offer angered investors.")
    assert not [r for r in rules(result) if r[1] == "accept offer of"]


def test_ahead_of_is_one_preposition(graph_of):
    g = graph_of("Labour is ahead of the Conservatives in the polls.")
    assert "be ahead of" in relations(g, "Labour", "Conservatives")


def test_only_the_first_split_preposition_joins_the_relation(extract):
    result = extract("Peter Hale walked out of the Ritz Hotel, ahead of the band's tour.")
    assert ("Peter Hale", "walk out of", "Ritz Hotel") in [
        (e.subject.text, e.relation, e.objects[0].text) for e in result.extractions
        if e.objects]


def test_a_participle_shares_every_conjoined_subject(graph_of):
    g = graph_of("Anna Marsh and Peter Hale won the vote, boosting Labour in the polls.")
    assert "boost" in relations(g, "Peter Hale", "Labour")
    assert "boost" in relations(g, "Anna Marsh", "Labour")


def test_a_series_word_is_no_part_of_a_name(extract):
    result = extract("Peter Hale campaigned in Leeds ahead of the next General Election.")
    objects = [o.text for e in result.extractions for o in e.objects]
    assert "General Election" in objects and "next General Election" not in objects


def test_an_owned_programme_argument_is_its_name(graph_of):
    g = graph_of("Peter Hale told Radio Wessex's Morning Show programme that he would stand.")
    assert "tell" in relations(g, "Peter Hale", "Morning Show")


def test_an_answer_may_name_its_proposer_by_a_modifier(graph_of):
    g = graph_of("Peter Hale brushed off Labour suggestions that he would resign.")
    assert "brush off suggestions of" in relations(g, "Peter Hale", "Labour")


def test_a_quoted_i_answers_for_its_speaker(graph_of):
    g = graph_of('"I have long understood Norway\'s argument," Peter Hale told reporters.')
    assert "understand argument of" in relations(g, "Peter Hale", "Norway")


def test_a_deals_modifier_is_not_its_bidder(extract):
    result = extract("Atticus Capital has opposed the Euronext bid for some time.")
    assert not [r for r in rules(result) if r[1] == "oppose bid of"]
