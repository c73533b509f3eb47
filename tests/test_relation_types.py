"""Relation types: titles as role facts, the shipped mapping, a user's --relations file."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import edges_between
from kgbuilder.graph import find_node
from kgbuilder.graph.relations import (
    RelationFileError,
    RelationTyper,
    parse_relations,
    typing_type,
)


def edge(g, subject: str, obj: str) -> dict:
    [data] = edges_between(g, subject, obj)
    return data


def test_title_with_owner_becomes_a_typed_role_fact(graph_of):
    g = graph_of("Siemens chief Peter Brandt visited Berlin on Monday.")
    data = edge(g, "Peter Brandt", "Siemens")
    assert data["relation"] == "chief of"
    assert data["wikidata_property"] == "P169" and data["wikidata_inverse"] is True


def test_title_without_owner_is_a_position_held(graph_of):
    g = graph_of("Home Secretary Priya Raman defended the plan.")
    raman = find_node(g, "Priya Raman")
    [(_, role, data)] = [e for e in g.out_edges(raman, data=True)
                         if e[2]["wikidata_property"] == "P39"]
    assert g.nodes[role]["type"] == "Role" and g.nodes[role]["label"] == "Home Secretary"


def test_meeting_between_actors_is_consult(graph_of):
    g = graph_of("Olaf Berg met with Ana Torres in Madrid on Friday.")
    assert edge(g, "Olaf Berg", "Ana Torres")["event_type"] == "CONSULT"


def test_a_sense_needs_its_kinds():
    typer = RelationTyper()
    assert typer.type_of("call", "Person", "Person").event_type == "CONSULT"
    assert typer.type_of("call", "Person", "Concept") is None  # "calling X a terrific person"
    assert typer.type_of("lead", "Person", "Country") is None  # a country or its team
    assert typer.type_of("head at", "Person", "Organization").wikidata_property == "P108"
    assert typer.type_of("head of", "Person", "Organization").wikidata_property == "P1037"
    assert typer.type_of("lead", "Person", "PoliticalParty").wikidata_property == "P102"


def test_user_rows_come_first():
    rows = parse_relations(["pattern,subject,object,property,inverse,event",
                            "meet,actor,actor,,,COOPERATE"])
    assert RelationTyper(rows).type_of("meet", "Person", "Person").event_type == "COOPERATE"
    assert RelationTyper().type_of("meet", "Person", "Person").event_type == "CONSULT"


@pytest.mark.parametrize("row, message", [
    ("meet,actor,nobody,,,CONSULT", "unknown kind"),
    ("meet,actor,actor,X39,,", "not a Wikidata property"),
    ("meet,actor,actor,,,GOSSIP", "not a PLOVER type"),
    ("meet,actor,actor,,,", "needs a property or an event"),
    ("meet,actor", "expected 6 columns"),
])
def test_bad_relation_rows_name_file_and_line(row, message):
    with pytest.raises(RelationFileError, match=f"rel.csv:1: .*{message}"):
        parse_relations([row], "rel.csv")


def test_cli_bad_relations_file_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "rel.csv"
    bad.write_text("meet,actor,nobody,,,CONSULT\n")
    (tmp_path / "a.txt").write_text("Olaf Berg met Ana Torres.")
    run = subprocess.run([sys.executable, "-m", "kgbuilder", "build", str(tmp_path / "a.txt"),
                          "--relations", str(bad), "--out", str(tmp_path / "out")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 2 and not (tmp_path / "out").exists()
    assert len(run.stderr.strip().splitlines()) == 1 and "unknown kind" in run.stderr


def test_a_group_of_actors_is_an_actor_for_events(graph_of):
    g = graph_of("Olaf Berg met Swedish diplomats in Oslo on Friday. Olaf Berg met the deadline.")
    berg = find_node(g, "Olaf Berg")
    types = {g.nodes[v]["label"]: d["event_type"] for _, v, d in g.out_edges(berg, data=True)
             if d["relation"] == "meet"}
    assert types.get("Swedish diplomats") == "CONSULT"
    assert "deadline" not in types or types["deadline"] is None


def test_codebook_rows_for_disapproval_release_and_schooling():
    typer = RelationTyper()
    assert typer.type_of("criticise", "Person", "Concept").event_type == "DISAPPROVE"
    assert typer.type_of("release", "Country", "Person").event_type == "RETREAT"
    assert typer.type_of("ignore", "Organization", "Concept").event_type == "REJECT"
    taught = typer.type_of("teach", "Organization", "Person")
    assert taught.wikidata_property == "P69" and taught.inverse


def test_home_secretary_is_a_position_not_an_owner(graph_of):
    g = graph_of("The plan was backed by Home Secretary Priya Raman on Monday.")
    raman = find_node(g, "Priya Raman")
    [(_, role, data)] = [e for e in g.out_edges(raman, data=True)
                         if e[2]["wikidata_property"] == "P39"]
    assert g.nodes[role]["label"] == "Home Secretary" and data["relation"] == "be home secretary"


@pytest.mark.parametrize("relation, subject, obj, event", [
    ("slam", "Person", "Concept", "DISAPPROVE"),   # "slammed the plan"
    ("turn down", "Organization", "Concept", "REJECT"),
    ("charge with", "Organization", "Person", "DISAPPROVE"),  # "accuse, allege, or charge"
    ("sign", "Country", "Concept", "SUPPORT"),  # "ratify, sign, or finalize an agreement"
    ("expel", "Country", "Person", "COERCE"),  # expelling individuals
    ("recognise", "Country", "Country", "SUPPORT"),
    ("demonstrate against", "Organization", "Concept", "PROTEST"),
])
def test_codebook_verbs(relation, subject, obj, event):
    assert RelationTyper().type_of(relation, subject, obj).event_type == event


def test_charge_as_a_price_is_no_coercion():
    assert RelationTyper().type_of("charge", "Organization", "MonetaryAmount") is None


@pytest.mark.parametrize("relation, obj, prop", [
    ("chief economist at", "Organization", "P108"),   # the role word ends the role phrase
    ("chief investment officer of", "Organization", "P108"),  # an officer there, no CEO
    ("chief economist in", "City", None),              # in a place: where, not whose
    ("vice president of", "Organization", "P108"),     # never a head of state
    ("secretary general of", "Organization", "P39"),
    ("us unit of", "Organization", "P749"),            # the head noun with its preposition
    ("opposition leader of", "Country", None),         # no head of state
    ("leader of", "Country", "P35"),
    ("deputy chief executive of", "Organization", None),
    ("assistant coach of", "SportsTeam", None),
    ("interim president of", "Country", "P35"),        # an acting head is the head
    ("coach of", "Country", "P286"),                   # "Wales coach X": its national team
])
def test_role_phrase_typing(relation, obj, prop):
    kind = RelationTyper().type_of(relation, "Person" if prop != "P749" else "Organization", obj)
    assert (kind.wikidata_property if kind else None) == prop


def test_winning_an_award_is_an_award_received_and_winning_an_event_its_winner():
    typer = RelationTyper()
    award = typing_type("Event", "Awards")  # "won at the Brit Awards"
    assert award == "Award" and typing_type("Event", "Cup") == "Event"
    assert typing_type("Person", "Prize") == "Person"  # a name, whatever its last word
    won = typer.type_of("win at", "Person", award)
    assert (won.wikidata_property, won.inverse) == ("P166", False)
    cup = typer.type_of("win", "Country", "Event")  # "Slovakia won the Hopman Cup"
    assert (cup.wikidata_property, cup.inverse) == ("P1346", True)
    assert typer.type_of("take part in", "Person", award).wikidata_property == "P1344"


def test_a_son_is_his_parent_s_child_whatever_the_parent_s_gender():
    son = RelationTyper().type_of("son of", "Person", "Person")
    assert (son.wikidata_property, son.inverse) == ("P40", True)


def test_a_bands_record_company_is_its_record_label(graph_of):
    g = graph_of("EMI, the record company of Coldplay, said the band would tour.")
    data = edge(g, "EMI", "Coldplay")
    assert data["relation"] == "record company of"
    assert data["wikidata_property"] == "P264" and data["wikidata_inverse"] is True
    kind = RelationTyper().type_of("record label of", "Organization", "Organization")
    assert kind is not None and kind.wikidata_property == "P264"


def test_winning_at_an_award_ceremony_is_an_award_received():
    kind = RelationTyper().type_of("win at", typing_type("Event", "Awards"), "Organization")
    assert kind is None  # the subject must be an actor: typed by its own kinds
    kind = RelationTyper().type_of("win at", "Organization", typing_type("Event", "Awards"))
    assert kind is not None and kind.wikidata_property == "P166"


@pytest.mark.parametrize("relation, subject, obj, prop, inverse", [
    ("comeback single", "Organization", "CreativeWork", "P175", True),  # X's single Y
    ("debut album", "Person", "CreativeWork", "P175", True),
    ("hypertension drug", "Organization", "Product", "P176", True),     # X's drug Y
    ("control", "Organization", "Organization", "P355", False),         # X controls Y
    ("control", "Country", "Place", None, None),                       # a territory: no unit
])
def test_a_maker_s_named_thing_and_a_controlled_unit_are_typed(relation, subject, obj,
                                                                prop, inverse):
    kind = RelationTyper().type_of(relation, subject, obj)
    assert (kind.wikidata_property if kind else None) == prop
    assert (kind.inverse if kind else None) == inverse


def test_a_hedged_infinitive_is_typed_by_its_own_verb_phrase():
    typer = RelationTyper()
    featured = typer.type_of("be expected to feature on", "Person", "CreativeWork")
    assert featured is not None and featured.wikidata_property == "P175"
    assert typer.type_of("be allowed to play for", "Person", "SportsTeam").wikidata_property \
        == "P54"


@pytest.mark.parametrize("relation, obj, prop", [
    ("director of", "CreativeWork", "P57"), ("director of", "Organization", "P1037"),
    ("producer of", "CreativeWork", "P162"), ("author of", "CreativeWork", "P50"),
    ("single", "CreativeWork", "P175"), ("debut hit", "CreativeWork", "P175"),
    ("novel", "CreativeWork", "P50"), ("film", "CreativeWork", None)])
def test_a_works_maker_roles_are_typed_by_the_works_kind(relation, obj, prop):
    row = RelationTyper().type_of(relation, "Person", obj)
    assert (row.wikidata_property if row else None) == prop


def test_a_directors_apposition_to_a_named_work_is_its_director(graph_of):
    g = graph_of("Tom Reyes, director of the film The Long Road, said the changes were made.")
    data = edge(g, "Tom Reyes", "Long Road")
    assert data["relation"] == "director of" and data["wikidata_property"] == "P57"


def test_a_pronoun_owner_the_role_cannot_have_gives_no_role_edge(graph_of):
    # "its" went to Kenya, the nearest thing; a country has no director: no edge, while a
    # person's boss ("his boss") and a named owner keep theirs.
    g = graph_of("The charity Oxfam has estimated that 2,000 people are hungry in Kenya, "
                 "with its director, John Smith, calling for more aid.")
    labels = {n: d["label"] for n, d in g.nodes(data=True)}
    assert not any(labels[u] == "John Smith" and labels[v] == "Kenya"
                   for u, v in g.edges())
    typer = RelationTyper()
    assert typer.role_misfit("director of", "Country") == "director"
    assert typer.role_misfit("director of", "Organization") is None
    assert typer.role_misfit("boss of", "SportsTeam") is None
    assert typer.role_misfit("leader of", "Country") is None


def test_a_deputy_is_not_given_the_head_s_property(graph_of):
    g = graph_of("Labour deputy leader John Prescott visited Hull. Chelsea assistant coach "
                 "Steve Clarke praised the team.")
    deputy = edge(g, "John Prescott", "Labour Party")
    # a member of the party (P102), never its head
    assert deputy["relation"] == "deputy leader of" and deputy["wikidata_property"] == "P102"
    assert edge(g, "Steve Clarke", "Chelsea")["wikidata_property"] is None


def test_campaigning_for_an_election_is_taking_part_and_taking_over_is_replacing(graph_of):
    g = graph_of("Mara Quist stepped up campaigning ahead of the General Election. "
                 "Coach Ivo Brandt, who took over from Sir Leon Marsh in May, has won twice.")
    data = edge(g, "Mara Quist", "General Election")
    assert data["relation"].endswith("campaign ahead of") and data["wikidata_property"] == "P1344"
    data = edge(g, "Ivo Brandt", "Leon Marsh")
    assert (data["wikidata_property"], data["wikidata_inverse"]) == ("P1365", False)


def test_a_chat_between_actors_is_consult():
    typer = RelationTyper()
    assert typer.type_of("chat with", "Person", "Person").event_type == "CONSULT"
    assert typer.type_of("chat with", "Person", "City") is None  # a place is no actor


def test_a_capital_is_its_government_in_events_only():
    typer = RelationTyper()
    beijing = typing_type("City", "Beijing")
    assert typer.type_of("welcome", beijing, "Organization").event_type == "SUPPORT"
    assert typer.type_of("accuse", "Person", beijing).event_type == "DISAPPROVE"
    assert typer.type_of("meet in", "Person", beijing) is None  # where, not with whom
    assert typer.type_of("live in", "Person", beijing).wikidata_property == "P551"
    assert typer.type_of("own", beijing, "Organization") is None  # no property of a city
    assert typer.type_of("welcome", typing_type("City", "Leeds"), "Organization") is None


def test_a_capital_welcoming_a_move_is_support(graph_of):
    g = graph_of("Beijing welcomed the European Union's move.")
    data = edge(g, "Beijing", "European Union")
    assert data["event_type"] == "SUPPORT"


def test_telling_the_press_is_no_consultation_and_a_programme_has_its_broadcaster():
    typer = RelationTyper()
    assert typer.type_of("tell", "Person", "Organization") is None  # "told the Times"
    assert typer.type_of("tell", "Person", "Person").event_type == "CONSULT"
    assert typer.type_of("host", "Country", "Country") is None  # a fixture
    assert typer.type_of("host", "Country", "Person").event_type == "CONSULT"
    assert typer.type_of("programme of", "CreativeWork", "Organization").wikidata_property \
        == "P449"
    assert typer.type_of("home affairs spokesman of", "Person", "PoliticalParty"
                         ).wikidata_property == "P102"
    assert typer.type_of("spokesman of", "Person", "Organization").wikidata_property == "P108"
    assert typer.type_of("boss of", "Person", "Country").wikidata_property == "P286"
    assert typer.type_of("lead", "Person", "SportsTeam") is None  # a captain or a coach
    assert typer.type_of("political editor of", "Person", "Organization"
                         ).wikidata_property == "P108"  # staff, not the editor-in-chief
    assert typer.type_of("take over from", "Country", "Country") is None  # a presidency


def test_party_roles_positions_venues_and_replacements():
    typer = RelationTyper()
    for role in ("leader of", "shadow chancellor of", "minister of"):
        assert typer.type_of(role, "Person", "PoliticalParty").wikidata_property == "P102"
    assert typer.type_of("minister of", "Person", "Country").wikidata_property == "P39"
    assert typer.type_of("coach of", "Person", "Organization").wikidata_property == "P286"
    assert typer.type_of("flanker of", "Person", "SportsTeam").wikidata_property == "P54"
    assert typer.type_of("be in", "Event", "City").wikidata_property == "P276"
    assert typer.type_of("be in", "Person", "City") is None
    assert typer.type_of("win at", "Person", "Event").wikidata_property == "P1344"
    assert typer.type_of("replace", "Person", "Person").wikidata_property == "P1365"
    assert typer.type_of("succeed in", "Person", "Person") is None  # no succession


def test_a_property_row_meeting_an_amount_types_nothing():
    """``was signed for £4.6m``: no team membership, and no later row (``sign``: SUPPORT)."""
    typer = RelationTyper()
    assert typer.type_of("sign for", "Person", "MonetaryAmount") is None
    assert typer.type_of("sign for", "Person", "SportsTeam").wikidata_property == "P54"
