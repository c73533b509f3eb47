"""Resolution of names the text shortens, nicknames and retypes: each rule on short texts
of our own (real spaCy parse), with the case where merging would be wrong."""

from __future__ import annotations

import pytest
from kgbuilder.extractors import Document, extract_doc
from kgbuilder.graph import build_graph, find_node
from kgbuilder.graph.aliases import parse_aliases
from kgbuilder.graph.names import acronyms, split_title


@pytest.fixture
def kg_of(nlp):
    def run(*texts: str, aliases=None):
        docs = [Document(f"d{i}", t) for i, t in enumerate(texts)]
        return build_graph([extract_doc(nlp(d.text), d) for d in docs], aliases).graph

    return run


def node_of(g, name: str) -> dict:
    node = find_node(g, name)
    assert node is not None, name
    return g.nodes[node]


def test_party_short_forms_meet_their_party_across_documents(kg_of):
    g = kg_of("The Tories attacked the budget on Monday. Mr Howard said the Conservatives "
              "would cut taxes.",
              "The Lib Dems say the Liberal Democrats will fight every seat in Wales.")
    tories = node_of(g, "Tories")
    assert tories["label"] == "Conservative Party" and tories["type"] == "PoliticalParty"
    assert {"Tories", "Conservatives"} <= set(tories["aliases"])
    assert tories["merge_reasons"]["Tories"] == "party short form"
    assert node_of(g, "Lib Dems") is node_of(g, "Liberal Democrats")


def test_a_user_alias_row_wins_over_the_shipped_party_table(kg_of):
    aliases = parse_aliases(["Tories,Tory Club,Organization"])
    g = kg_of("The Tories met in Leeds on Monday.", aliases=aliases)
    assert node_of(g, "Tories")["label"] == "Tory Club"


def test_an_acronym_word_gives_all_its_letters():
    assert acronyms("BBC Three") == {"bbct"}  # never "bt", the acronym of another firm
    assert "fbi" in acronyms("Federal Bureau of Investigation")


def test_an_acronym_written_as_a_word_joins_the_one_name_it_abbreviates(kg_of):
    g = kg_of("British American Tobacco plans to build a factory in Vietnam. "
              "A spokeswoman for Bat declined to comment. Bat said it had won approval.")
    assert "Bat" in node_of(g, "British American Tobacco")["aliases"]
    # Without a name it abbreviates, a word stays its own entity.
    g = kg_of("A spokeswoman for Bat declined to comment on the plans of Dell Computer.")
    assert find_node(g, "Dell Computer") != find_node(g, "Bat")


def test_a_company_s_first_word_is_its_short_form_but_never_a_place(kg_of):
    g = kg_of("Virgin Radio will broadcast two stations, Virgin Radio Groove and Virgin "
              "Radio Classic Rock. Virgin said listeners wanted more music.")
    assert "Virgin" in node_of(g, "Virgin Radio")["aliases"]
    g = kg_of("China Mobile said profits rose. China said the economy grew by 9%.")
    assert find_node(g, "China") != find_node(g, "China Mobile")
    # A name with a title is a person's, not the firm named after them.
    g = kg_of("Trump Management sold the tower in 1990. President Trump said on Monday "
              "that Trump would not sell.")
    assert "Trump" not in node_of(g, "Trump Management")["aliases"]


def test_a_country_s_people_join_the_country_named_in_the_document(kg_of):
    g = kg_of("Scotland lost to Wales on Saturday. Johnson insisted the Scots will be "
              "difficult opposition.")
    assert "Scots" in node_of(g, "Scotland")["aliases"]
    # No country of the document begins with the word: it stays a name of its own.
    g = kg_of("The Giants beat Wales on Saturday in Cardiff.")
    assert "Giants" not in node_of(g, "Wales")["aliases"]


def test_a_phrase_naming_a_person_after_titles_is_that_person(kg_of):
    g = kg_of("French Green MEP Alain Lipietz warned two months ago that the law would "
              "hurt firms.")
    node = node_of(g, "Alain Lipietz")
    assert node["type"] == "Person"
    assert node["merge_reasons"].get("French Green MEP Alain Lipietz") == "title stripped"
    assert [d["label"] for _, d in g.nodes(data=True) if "Lipietz" in d["label"]] == [
        "Alain Lipietz"]


def test_a_titled_short_form_shows_a_full_name_ner_missed_is_a_person(kg_of):
    g = kg_of("Vincent Cable says one in eight households are in debt. Mr Cable told BBC "
              "News the banks were to blame.")
    assert node_of(g, "Vincent Cable")["type"] == "Person"


def test_a_place_is_no_short_form_of_an_organisation(kg_of):
    g = kg_of("Euronext said the merger with LSE - Europe would go ahead. The deal would "
              "create the biggest market in Europe.")
    assert node_of(g, "Europe")["type"] == "Place"
    assert find_node(g, "Europe") != find_node(g, "LSE - Europe")


def test_a_kind_word_after_a_title_word_keeps_the_name_whole(kg_of):
    g = kg_of("Labour and the Tories step up campaigning ahead of the next General "
              "Election, expected in May.")
    assert node_of(g, "General Election")["type"] == "Event"
    assert find_node(g, "Election") is None  # never "Election", titles stripped


def test_a_word_in_i_is_a_demonym_only_when_a_country_begins_with_it(kg_of):
    g = kg_of("He paid tribute to the people who fought the Nazis. Iraqi officials and "
              "Israeli diplomats met in Cairo.")
    assert find_node(g, "Nazis") is not None
    assert find_node(g, "Iraqi") is None and find_node(g, "Israeli") is None


def test_first_name_shaped_like_a_demonym_is_no_title(kg_of):
    g = kg_of("Guests included the writer Harvey Keitel and athlete Cathy Tilsley.",
              "Veteran actor Morgan Tilsley took the best actor award.")
    assert find_node(g, "Morgan Tilsley") != find_node(g, "Cathy Tilsley")
    assert split_title("Veteran actor Morgan Tilsley") == ("Veteran actor", "Morgan Tilsley")


def test_capitalised_role_before_a_name_is_a_title():
    assert split_title("Actor Colin Farrell") == ("Actor", "Colin Farrell")
    assert split_title("Prof Reddy") == ("Prof", "Reddy")


def test_a_monarch_s_first_name_is_nobody_else_s(kg_of):
    g = kg_of("Liberal Democrat leader Charles Kennedy welcomed the news. On Thursday, Prince "
              "Charles and Mrs Parker Bowles hosted a dinner at Windsor Castle.")
    kennedy = node_of(g, "Charles Kennedy")
    assert "Prince Charles" not in kennedy["aliases"]
    assert find_node(g, "Prince Charles") not in (None, find_node(g, "Charles Kennedy"))


def test_a_first_name_alone_still_joins_its_full_name(kg_of):
    g = kg_of("Charles Kennedy welcomed the news. Later Charles said he was delighted.")
    assert "Charles" in node_of(g, "Charles Kennedy")["aliases"]
