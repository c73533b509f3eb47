"""Facts read off noun phrases and their arguments: a thing in a named place, one of a
group, a role at an organisation, an object complement, a gerund argument."""

from __future__ import annotations


def test_a_thing_in_a_named_place(extract):
    facts = [(e.arguments[0].text, e.relation, e.objects[0].text) for e in
             extract("The old library in Bruges reopened.").extractions
             if e.rule == "location"]
    assert facts == [("The old library", "be in", "Bruges")]
    assert not [e for e in extract("The old library in the square reopened.").extractions
                if e.rule == "location"]  # a place, but not a named one


def test_one_of_a_group_and_an_appositive_place(extract):
    from conftest import triples

    assert ("Maria Lopez", "one of", "hostages") in triples(
        extract("Maria Lopez, one of the hostages, thanked the police."))
    assert ("Tom Baker", "chemist at", "Harvard University") in triples(
        extract("Tom Baker, a chemist at Harvard University, disagreed."))


def test_coordinated_passives_share_the_auxiliary_and_the_agent(extract):
    from conftest import triples

    facts = triples(extract("The chapel was designed and decorated by Gaudi."))
    assert {("Gaudi", "design", "chapel"), ("Gaudi", "decorate", "chapel")} <= facts
    [renamed] = [e for e in extract("The fort was seized by the rebels and renamed."
                                    ).extractions if e.relation == "be renamed"]
    assert renamed.subject.text == "fort"
    [fact] = [e for e in extract("The chemist was awarded the medal.").extractions]
    assert (fact.relation, fact.object.text, fact.rule) == ("be awarded", "medal",
                                                           "passive-object")


def test_a_role_at_an_organisation_names_the_role(extract):
    from conftest import triples

    assert ("Ann Lee", "head at", "Acme Bank") in triples(
        extract("Ann Lee, head of research at Acme Bank, said rates will rise."))


def test_object_complement(extract):
    [fact] = extract("The rebels made the old fort their base.").extractions
    assert fact.rule == "object-complement" and fact.relation == "make"
    assert [o.text for o in fact.objects] == ["old fort", "their base"]
    assert [a.text for a in fact.arguments] == ["The rebels", "the old fort", "their base"]


def test_a_gerund_after_a_preposition_is_an_argument(extract):
    [fact] = extract("The outage was caused by overloading the network.").extractions
    assert fact.rule == "passive" and fact.arguments[1].text == "overloading the network"
    assert fact.subject.kind == "other"  # a clause names no node
    facts = extract("The club raised money by selling tickets.").extractions
    [fact] = [f for f in facts if f.relation == "raise"]
    assert [a.text for a in fact.arguments] == ["The club", "money", "by selling tickets"]
    # the gerund is a fact of its own too, with the clause's subject (test_gerund_clauses)
    assert [(f.subject.text, f.object.text) for f in facts if f.relation == "sell"] == [
        ("club", "tickets")]


def test_place_based_thing(extract):
    [fact] = [e for e in extract("Leeds-based Acme Foods recalled its pies.").extractions
              if e.rule == "location"]
    assert (fact.subject.text, fact.relation, fact.object.text) == (
        "Acme Foods", "be based in", "Leeds")
    assert [a.text for a in fact.arguments] == ["Acme Foods", "Leeds"]


def test_a_place_of_an_event_in_a_role_phrase_is_no_role_holders(extract):
    from conftest import triples

    for text in ("\"It was hard,\" said Tom Reid, a replacement in Sunday's win over Italy "
                 "in Rome.", "Tom Reid, a substitute in the 2-0 defeat by Spain in Rome, was "
                 "dropped."):
        assert not [f for f in triples(extract(text)) if f[0] == "Tom Reid" and f[2] == "Rome"]
    assert ("Jane Hill", "economist in", "Tokyo") in triples(
        extract("Jane Hill, an economist at Acme Bank in Tokyo, said rates will rise."))


def test_a_quotation_mark_read_as_a_noun_is_no_node(graph_of):
    # The tagger reads the opening quote of "known as '771" as a proper noun; it had
    # become an organisation with an empty label.
    g = graph_of("The firm dropped a new drug for obesity, known as '771, after poor trials.")
    assert all(d["label"].strip() for _, d in g.nodes(data=True))
