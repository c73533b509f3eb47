"""Titles before a name read as role facts: hyphenated roles, party words, ``of`` phrases,
owner names the parse splits; and places joined to ``-based`` kept whole."""

from __future__ import annotations

from conftest import edges_between
from kgbuilder.graph import find_node


def test_hyphenated_role_with_country_owner(graph_of):
    g = graph_of("Yesterday former Wales full-back Owen Pryce praised the young squad.")
    [data] = edges_between(g, "Owen Pryce", "Wales")
    assert data["relation"] == "former full-back of" and data["wikidata_property"] == "P54"


def test_party_word_before_a_role_is_its_owner(graph_of):
    g = graph_of("The crowd cheered as Tory co-chairman Liam Brooke opened the forum.")
    [data] = edges_between(g, "Liam Brooke", "Tory")
    assert data["relation"] == "co-chairman of" and data["wikidata_property"] == "P488"


def test_nationality_is_no_party(graph_of):
    g = graph_of("The crowd cheered as French leader Anne Morel opened the forum.")
    morel = find_node(g, "Anne Morel")
    assert all(g.nodes[v]["label"] != "French" for _, v in g.out_edges(morel))


def test_title_with_an_of_phrase(graph_of):
    g = graph_of("He met US Undersecretary of Trade Tom Reyes in Ohio on Monday.")
    [data] = edges_between(g, "Tom Reyes", "United States")
    assert data["relation"] == "undersecretary of trade of"
    assert data["wikidata_property"] == "P39"


def test_owner_name_split_by_the_parse(graph_of):
    g = graph_of("Revenue rose, State Administration of Taxation head Li Wen said.")
    [data] = edges_between(g, "Li Wen", "State Administration of Taxation")
    assert data["relation"] == "head of" and data["wikidata_property"] == "P1037"


def test_place_before_based_is_no_fragment(graph_of):
    g = graph_of("This means that the US-based Norbel Mining holds the patent.")
    [data] = edges_between(g, "Norbel Mining", "United States")
    assert data["relation"] == "be based in" and data["wikidata_property"] == "P17"


def test_descriptor_before_an_organisation_names_its_country(graph_of):
    g = graph_of("Shares in Japanese carmaker Sanko Motors rose on Monday.",
                 "UK broadcaster Radio Wessex says it will start.")
    [data] = edges_between(g, "Sanko Motors", "Japan")
    assert data["relation"] == "be based in" and data["wikidata_property"] == "P17"
    assert edges_between(g, "Radio Wessex", "United Kingdom")


def test_role_at_a_described_organisation_is_an_employer(graph_of):
    g = graph_of('"Prices will fall," said Mia Lund, a research director at analyst firm IDC.')
    [data] = edges_between(g, "Mia Lund", "IDC")
    assert data["relation"] == "research director at" and data["wikidata_property"] == "P108"


def test_apposition_role_for_a_named_organisation(graph_of):
    g = graph_of('"We are ready," said Li Wen, a spokesman for the State Grain Administration.')
    [data] = edges_between(g, "Li Wen", "State Grain Administration")
    assert data["relation"] == "spokesman for" and data["wikidata_property"] == "P108"


def test_apposition_role_with_a_named_modifier(graph_of):
    g = graph_of('"We were unlucky," added Tom Aske, a former England fly-half and goal-kicker.')
    [data] = edges_between(g, "Tom Aske", "England")
    assert data["relation"] == "former goal-kicker of" and data["wikidata_property"] == "P54"


def test_vice_president_is_no_head_of_state(graph_of):
    g = graph_of("Yesterday US Vice President Tom Hale flew to Paris.")
    [data] = edges_between(g, "Tom Hale", "United States")
    assert data["relation"] == "vice president of" and data["wikidata_property"] == "P39"


def test_capitalised_role_in_an_apposition(graph_of):
    g = graph_of("Olaf Berg met the President of the Nordic Council, Ana Lind, in Oslo.",
                 "Ana Lind, Chairman of Norbel Mining, said no.")
    [data] = edges_between(g, "Ana Lind", "Nordic Council")
    assert data["relation"] == "president of" and data["wikidata_property"] == "P488"
    assert edges_between(g, "Ana Lind", "Norbel Mining")[0]["wikidata_property"] == "P488"


def test_copula_with_a_role_noun_is_a_role_fact(graph_of):
    g = graph_of("Tom Aske was the captain of England in 2003.",
                 "Last year Ana Lind became Ruritania's president.")
    [data] = edges_between(g, "Tom Aske", "England")
    assert data["relation"] == "captain of" and data["wikidata_property"] == "P54"
    assert [d["relation"] for d in edges_between(g, "Ana Lind", "Ruritania")] == ["president of"]


def test_copula_without_a_role_noun_stays_as_it_is(graph_of):
    g = graph_of("Tom Aske was the pride of England in 2003.")
    assert not edges_between(g, "Tom Aske", "England")


def test_portfolio_and_place_words_are_no_owners(graph_of):
    g = graph_of("The plan was backed by Finance Minister Ravi Menon on Monday.",
                 "Jet was founded by London-based travel agent Naresh Kapur in 1993.",
                 "Shares rose as Dutch co-chairman Anton Burg spoke.")
    for name in ("Ravi Menon", "Naresh Kapur", "Anton Burg"):
        person = find_node(g, name)
        owners = {g.nodes[v]["label"] for _, v, d in g.out_edges(person, data=True)
                  if d["relation"].endswith(" of")}
        assert not owners & {"Finance", "London", "Netherlands"}, (name, owners)


def test_a_place_before_an_analysts_role_is_the_field(graph_of):
    g = graph_of('"Rates will rise," said Ross Walker, UK economist at Royal Bank of Scotland.')
    walker = find_node(g, "Ross Walker")
    ends = {g.nodes[v]["label"]: d["wikidata_property"]
            for _, v, d in g.out_edges(walker, data=True)}
    assert ends["Royal Bank of Scotland"] == "P108" and "United Kingdom" not in ends


def test_appointment_gives_the_role_in_the_appointer(graph_of):
    g = graph_of("The Ruritanian Football Federation named Tom Aske as coach in May.",
                 "Later Ana Berg appointed Tom Aske as adviser.")
    [data] = edges_between(g, "Tom Aske", "Ruritanian Football Federation")
    assert data["relation"] == "coach of"
    assert not edges_between(g, "Tom Aske", "Ana Berg")  # a person's appointee: no owner


def test_a_countrys_possessive_on_a_company_is_where_it_is_based(graph_of):
    g = graph_of("Germany's Siemens cut 500 jobs on Monday.")
    [data] = edges_between(g, "Siemens", "Germany")
    assert data["relation"] == "be based in" and data["wikidata_property"] == "P17"


def test_a_countrys_possessive_on_a_person_or_a_thing_is_no_base(extract):
    result = extract("England's Tom Reyes scored twice as Britain's economy grew.")
    assert not [e for e in result.extractions if e.relation == "be based in"]


def test_a_role_at_a_firm_named_beside_its_kind_noun_is_an_employment(graph_of):
    g = graph_of('"Prices will fall," said Jane Okafor, a research director at analyst '
                 "firm Brightline.")
    [data] = edges_between(g, "Jane Okafor", "Brightline")
    assert data["relation"] == "research director at" and data["wikidata_property"] == "P108"


def test_a_spokeswoman_for_a_firm_speaks_for_it(graph_of):
    g = graph_of('"We chose glass," said Maria Lopez, spokeswoman for Zentrix which makes '
                 "the screens.")
    [data] = edges_between(g, "Maria Lopez", "Zentrix")
    assert data["relation"] == "spokeswoman for"


def test_a_role_at_a_bank_is_at_the_bank(graph_of):
    g = graph_of("Tom Smith, an economist at the Bank of England, said rates would rise.")
    [data] = edges_between(g, "Tom Smith", "Bank of England")
    assert data["relation"] == "economist at"


def test_a_number_word_of_an_owner_name_stays_in_the_owner(graph_of):
    g = graph_of("Viewing figures rose, said BBC Four controller Jane Farrow on Monday.",
                 "Viewing figures rose, said BBC Three controller Tom Reyes on Monday.")
    assert [d["relation"] for d in edges_between(g, "Jane Farrow", "BBC Four")] == [
        "controller of"]
    assert [d["relation"] for d in edges_between(g, "Tom Reyes", "BBC Three")] == [
        "controller of"]


def test_a_bare_tie_without_its_owner_is_no_role_node(graph_of):
    g = graph_of("The plan was backed by party leader Anne Morel on Monday.",
                 "Viewing figures rose, said controller Tom Reyes on Monday.")
    for name in ("Anne Morel", "Tom Reyes"):
        node = find_node(g, name)
        assert not [v for _, v in g.out_edges(node) if g.nodes[v]["type"] == "Role"]


def test_a_position_of_its_own_stays_a_role(graph_of):
    g = graph_of("The plan was backed by hooker Tom Reyes on Monday.")
    node = find_node(g, "Tom Reyes")
    assert [g.nodes[v]["label"] for _, v in g.out_edges(node)
            if g.nodes[v]["type"] == "Role"] == ["hooker"]


def test_a_name_the_ner_calls_an_organisation_after_a_persons_role(nlp, graph_of):
    text = "Meanwhile, Norbel chief executive Dusty Mills put the losses down to costs."
    assert nlp(text).ents[1].label_ == "ORG"  # the NER's reading this test is about
    g = graph_of(text)
    assert g.nodes[find_node(g, "Dusty Mills")]["type"] == "Person"
    assert [(d["relation"], d["wikidata_property"])
            for d in edges_between(g, "Dusty Mills", "Norbel")] == [("chief executive of", "P169")]


def test_an_organisation_after_a_role_an_organisation_holds_keeps_its_reading(nlp):
    from kgbuilder.extractors import Document, extract_doc
    from spacy.tokens import Span

    text = "Shares in UK fund manager Norbel Capital rose on Monday."
    doc = nlp(text)
    doc.ents = [Span(doc, 2, 3, "GPE"), Span(doc, 5, 7, "ORG")]  # as a NER may read it
    result = extract_doc(doc, Document("t", text))
    assert not [e for e in result.extractions if e.rule == "title"]


def test_a_name_between_a_possessive_and_a_role_owns_the_role_too(graph_of):
    g = graph_of("Derby will face Hull without Tom Hale, according to his Leeds manager "
                 "Dan Frost.")
    assert [d["relation"] for d in edges_between(g, "Dan Frost", "Leeds")] == ["manager of"]
    assert [d["relation"] for d in edges_between(g, "Dan Frost", "Tom Hale")] == ["manager of"]


def test_a_possessive_without_a_name_beside_the_role_owns_it_alone(graph_of):
    g = graph_of("Tom Hale thanked his boss, Dan Frost, after the game in Leeds.")
    assert not edges_between(g, "Dan Frost", "Leeds")


def test_a_band_role_belongs_to_the_band_its_sentence_names(graph_of):
    g = graph_of("Pop band Velvet Hounds have split up. A statement from the band's record "
                 "company said frontman Tom Reid would work with his other band, Fightstar.")
    [data] = edges_between(g, "Tom Reid", "Velvet Hounds")
    assert data["relation"] == "frontman of" and data["wikidata_property"] == "P463"
    assert not edges_between(g, "Tom Reid", "Fightstar") or all(
        d["relation"] != "frontman of" for d in edges_between(g, "Tom Reid", "Fightstar"))


def test_a_band_role_with_two_bands_before_it_stays_unowned(graph_of):
    g = graph_of("Rock bands Velvet Hounds and Blue Fox toured. In 1995 former drummer Bill "
                 "Reed collapsed while the band was on tour.")
    reed = find_node(g, "Bill Reed")
    assert all(not d["relation"].endswith(" of") for _, _, d in g.out_edges(reed, data=True))


def test_a_role_that_is_no_band_role_takes_no_band(graph_of):
    g = graph_of("Rock band Velvet Hounds have split up. In 1995 spokesman Bill Reed said "
                 "the band was on tour.")
    assert not edges_between(g, "Bill Reed", "Velvet Hounds")


def test_a_persons_own_band_or_party_has_them_as_a_member(graph_of):
    g = graph_of("Tom Reid is launching his new party, Veritas, on Wednesday.")
    assert "member of" in [d["relation"] for d in edges_between(g, "Tom Reid", "Veritas")]
    assert not edges_between(g, "Veritas", "Tom Reid")


def test_a_persons_club_is_no_membership(graph_of):
    g = graph_of("Manager Tom Reid praised his club, Arsenal, on Wednesday.")
    assert all(d["relation"] != "member of" for d in edges_between(g, "Tom Reid", "Arsenal"))


def test_owner_opening_a_sentence_is_a_name_the_text_gives_elsewhere(graph_of):
    g = graph_of("Kelso drew with Dunmore on Saturday. "
                 "Dunmore manager Alan Rigby praised his players.")
    [data] = edges_between(g, "Alan Rigby", "Dunmore")
    assert data["relation"] == "manager of"


def test_capital_opening_a_sentence_and_named_nowhere_else_is_no_owner(graph_of):
    g = graph_of("Profits rose at the bank last year. "
                 "Company spokesman Alan Rigby praised the staff.")
    rigby = find_node(g, "Alan Rigby")
    assert all(g.nodes[v]["label"] != "Company" for _, v in g.out_edges(rigby))


def test_party_word_opening_a_sentence_owns_the_title(graph_of):
    g = graph_of("Conservative co-chairman Liam Brooke opened the forum on Friday.")
    [data] = edges_between(g, "Liam Brooke", "Conservative Party")
    assert data["relation"] == "co-chairman of"


def test_a_former_title_says_former(extract):
    """``Former Norbury boss X``: the role is past, the relation keeps the word."""
    result = extract("Former Norbury boss Ivan Petrov says the league needs a break.")
    assert ("Ivan Petrov", "former boss of", "Norbury") in {
        (e.subject.text.removeprefix("Former Norbury boss "), e.relation, e.objects[0].text)
        for e in result.extractions if e.rule == "title"}


def test_an_acronym_after_a_place_is_part_of_the_owner(extract):
    """``Egypt FA spokesman X``: spokesman of the Egypt FA, never an ``fa spokesman`` of
    Egypt."""
    result = extract("Meanwhile, Egypt FA spokesman Omar Farouk welcomed the apology.")
    [fact] = [e for e in result.extractions if e.rule == "title"]
    assert (fact.relation, fact.objects[0].text, fact.objects[0].label) == \
        ("spokesman of", "Egypt FA", "ORG")


def test_a_capitalised_adjective_before_a_nationality_is_no_owner(extract):
    """``Banned American sprinter X`` opening a sentence: no ``sprinter of Banned American``."""
    result = extract("Banned American sprinter Kelli White says she took the drug.")
    assert not any(e.rule == "title" and e.relation == "sprinter of"
                   for e in result.extractions)


def test_the_chief_of_a_military_staff_directs_it(graph_of):
    g = graph_of("General Tom Reyes, Chief of the US General Staff, visited the base.")
    staff = g.nodes[find_node(g, "US General Staff")]
    assert staff["type"] == "GovernmentOrganization"  # never a person "Staff"
    assert [d["wikidata_property"] for d in edges_between(g, "Tom Reyes", "US General Staff")
            if d["relation"] == "chief of"] == ["P1037"]  # director, not chief executive
