"""Events a named possessor does to a named object, stated as a noun."""

from __future__ import annotations

from conftest import edges_between as edges


def test_possessed_acquisition_is_the_possessors(graph_of):
    g = graph_of("Regulators approved Vodafone's acquisition of Mannesmann last week.")
    [data] = edges(g, "Vodafone", "Mannesmann")
    assert data["relation"] == "acquire" and data["wikidata_property"] == "P127"


def test_control_over_a_named_object(extract):
    facts = [e for e in extract("Rivals fear Norbel's control over Zentra.").extractions
             if e.rule == "possessed"]
    assert [(e.subject.text, e.relation, e.object.text) for e in facts] == [
        ("Norbel", "control", "Zentra")]


def test_an_unrealised_event_is_no_fact(extract):
    result = extract("Analysts doubted Microsoft's planned bid for Yahoo.")
    assert not [e for e in result.extractions if e.rule == "possessed"]


def test_a_name_an_owners_possessive_holds_before_a_kind_noun(graph_of):
    g = graph_of("The posters are part of Transport for London's Safe Nights campaign.")
    assert [d["relation"] for d in edges(g, "Safe Nights", "Transport for London")] == [
        "campaign of"]


def test_a_kind_noun_without_a_name_between_is_no_owned_name(extract):
    result = extract("Sales at Microsoft's games unit rose.")
    assert not [e for e in result.extractions if e.rule == "possessed"]


def _possessed(extract, text):
    return [(e.subject.text, e.relation, e.object.text) for e in extract(text).extractions
            if e.rule == "possessed"]


def test_a_made_thing_after_its_makers_kind_noun_is_the_makers(graph_of, extract):
    assert _possessed(extract, "The new release is outselling the Velvet Hounds' comeback "
                      "single Skyfall and other records.") == [
        ("Velvet Hounds", "comeback single", "Skyfall")]
    g = graph_of("Sales of Norbel's popular diabetes drug Zentrol fell.")
    assert [d["relation"] for d in edges(g, "Norbel", "Zentrol")] == ["diabetes drug"]


def test_a_made_thing_set_beside_its_makers_kind_noun_reads_maker_first(graph_of):
    g = graph_of("Doctors praised a version of Norbel's popular diabetes drug, Zentrol, in May.")
    assert [d["relation"] for d in edges(g, "Norbel", "Zentrol")] == ["diabetes drug"]
    assert not edges(g, "Zentrol", "Norbel")


def test_a_capitalised_time_word_before_a_kind_noun_is_a_name(extract):
    assert _possessed(extract, "He told Radio Wessex's Tonight programme that he was "
                      "pleased.") == [("Tonight", "programme of", "Radio Wessex")]
    assert not _possessed(extract, "He told Radio Wessex's Saturday programme that he was "
                          "pleased.")  # a programme on Saturdays, maybe no name


def test_an_event_over_a_named_unit_reaches_the_name(extract):
    assert _possessed(extract, "Shareholders fear that Norbel's control over its Zentra unit "
                      "would create a monopoly.") == [("Norbel", "control", "Zentra")]
    assert not _possessed(extract, "Shareholders fear that Norbel's control over its games "
                          "unit would create a monopoly.")


def test_an_investigation_into_a_named_firm_is_the_possessors(graph_of):
    g = graph_of("Regulators said the Commission's investigation into Norbel had begun in March.")
    [data] = edges(g, "Commission", "Norbel")
    assert data["relation"] == "investigate" and data["event_type"] == "INVESTIGATE"


def test_opposition_and_criticism_as_nouns_are_disapproval(extract):
    assert _possessed(extract, "Labour's opposition to the Fraud Bill grew.") == [
        ("Labour", "oppose", "Fraud Bill")]
    assert _possessed(extract, "Germany's criticism of France was sharp.") == [
        ("Germany", "criticise", "France")]


def test_an_embargo_and_talks_as_nouns(graph_of, extract):
    g = graph_of("Ministers defended plans to end the Norland's arms embargo on Zentra.")
    [data] = edges(g, "Norland", "Zentra")
    assert data["relation"] == "embargo" and data["event_type"] == "SANCTION"
    assert _possessed(extract, "Norbel's talks with Zentra ended on Friday.") == [
        ("Norbel", "hold talks with", "Zentra")]


def test_a_named_modifier_of_an_event_noun_is_its_doer(extract):
    assert _possessed(extract, "The EU embargo on Zentra is likely to be lifted.") == [
        ("EU", "embargo", "Zentra")]
