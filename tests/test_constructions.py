"""Each verb construction alone, on a sentence of our own, with the real spaCy parse."""

from __future__ import annotations

import pytest
from conftest import edges_between
from kgbuilder.extractors import constructions as c
from kgbuilder.extractors.builder import ExtractionBuilder
from kgbuilder.extractors.frames import frame_of, subject_of
from kgbuilder.extractors.mentions import entity_spans


@pytest.fixture
def run(nlp):
    """What one construction yields for the verb ``verb`` of ``text`` (every subject)."""

    def go(construction, text: str, verb: str):
        doc = nlp(text)
        [token] = [t for t in doc if t.text == verb]
        builder = ExtractionBuilder(token.sent, "t", entity_spans(doc))
        frame = frame_of(token, builder)
        assert frame is not None
        return [e for s in frame.subjects
                for e in construction(frame, subject_of(s, builder), builder)]

    return go


def _facts(extractions):
    return [(e.subject.text, e.relation, e.objects[0].text if e.objects else None, e.rule)
            for e in extractions]


def test_passive_with_agent(run):
    found = run(c.passive_with_agent, "The bridge was designed by a young engineer.", "designed")
    assert _facts(found) == [("young engineer", "design", "bridge", "passive")]
    assert run(c.passive_with_agent, "The bridge was designed in 1901.", "designed") == []


def test_direct_objects_subject_verb_object(run):
    found = run(c.direct_objects, "The farmers sold their wheat to a mill.", "sold")
    assert _facts(found) == [("farmers", "sell", "wheat", "svo")]
    assert [o.text for o in found[0].objects] == ["wheat", "mill"]


def test_direct_objects_copula(run):
    found = run(c.direct_objects, "The lighthouse is a museum.", "is")
    assert _facts(found) == [("lighthouse", "be", "museum", "copula")]


def test_direct_objects_light_verb(run):
    found = run(c.direct_objects, "The coach had a meeting with the players.", "had")
    assert _facts(found) == [("coach", "meet", "players", "light-verb")]


def test_complements_adjective_preposition(run):
    found = run(c.complements, "The council is open to offers from developers.", "is")
    assert _facts(found) == [("council", "be open to", "offers", "copula")]


def test_complements_clause(run):
    found = run(c.complements, "The inspector said that the dam was safe.", "said")
    assert [(e.relation, e.objects[0].kind, e.rule) for e in found] == [
        ("say", "clause", "report")]


def test_complements_predicate_adjective(run):
    found = run(c.complements, "The old road was narrow.", "was")
    assert [(e.relation, e.objects[0].text, e.rule) for e in found] == [
        ("be", "narrow", "copula")]


def test_prepositional_object(run):
    found = run(c.prepositional_object, "The climbers waited for the guide.", "waited")
    assert _facts(found) == [("climbers", "wait for", "guide", "prep")]
    assert run(c.prepositional_object, "The climbers waited.", "waited") == []


def test_intransitive(run):
    found = run(c.intransitive, "The old mill collapsed.", "collapsed")
    assert _facts(found) == [("old mill", "collapse", None, "intransitive")]
    assert run(c.intransitive, "The old mill collapsed in May.", "collapsed") == []


def test_time_only(run):
    found = run(c.time_only, "The old mill collapsed in May.", "collapsed")
    assert [(e.relation, e.arguments[1].text, e.rule) for e in found] == [
        ("collapse", "in May", "time")]



def test_separated_subject_time_and_members_reach_every_verb(run, nlp):
    text = "The company, in March last year, closed two plants and cut 500 jobs."
    # The parse hangs the time on the subject as an apposition; the verbs are coordinated.
    assert [(t.text, t.dep_, t.head.text) for t in nlp(text) if t.text in ("year", "cut")] == [
        ("year", "appos", "company"), ("cut", "conj", "closed")]
    for verb, obj in (("closed", "two plants"), ("cut", "500 jobs")):
        [fact] = run(c.direct_objects, text, verb)
        assert [a.text for a in fact.arguments] == ["The company", obj, "in March last year"]
    # A time the first verb carries dates the later conjunct as well.
    text = "The committee, on Thursday, rejected the bid and called for an inquiry."
    [fact] = run(c.prepositional_object, text, "called")
    assert [a.text for a in fact.arguments] == ["The committee", "an inquiry", "on Thursday"]
    # An including-list under a partitive subject: each member reaches both verbs.
    text = "Most of the staff, including the editor, quit in protest and set up a rival paper."
    assert [(t.dep_, t.head.text) for t in nlp(text) if t.text == "including"] == [
        ("prep", "Most")]
    assert _facts(run(c.direct_objects, text, "set")) == [
        ("Most of the staff", "set up", "rival paper", "svo"),
        ("editor", "set up", "rival paper", "svo")]
    assert [e.subject.text for e in run(c.prepositional_object, text, "quit")] == [
        "Most of the staff", "editor"]


def _misparsed(nlp):
    """``Reports indicate that Lopez secretly approved covert army payments.`` as the small
    model sometimes parses such a sentence: the clause read as one noun phrase."""
    from spacy.tokens import Doc

    words = ["Reports", "indicate", "that", "Lopez", "secretly", "approved", "covert", "army",
             "payments", "."]
    return Doc(nlp.vocab, words=words, heads=[1, 1, 8, 8, 5, 8, 8, 8, 1, 1],
               deps=["nsubj", "ROOT", "det", "nmod", "advmod", "amod", "amod", "compound",
                     "dobj", "punct"],
               tags=["NNS", "VBP", "IN", "NNP", "RB", "VBD", "JJ", "NN", "NNS", "."],
               pos=["NOUN", "VERB", "SCONJ", "PROPN", "ADV", "VERB", "ADJ", "NOUN", "NOUN",
                    "PUNCT"],
               lemmas=["report", "indicate", "that", "Lopez", "secretly", "approve", "covert",
                       "army", "payment", "."],
               ents=["O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O"])


def test_clause_read_as_noun_phrase_is_read_as_a_clause(nlp):
    from kgbuilder.extractors.repairs import clause_read_as_noun_phrase
    from kgbuilder.extractors.triples import doc_extractions

    doc = _misparsed(nlp)
    that, subject, verb = clause_read_as_noun_phrase(doc[8])
    assert (that.text, subject.text, verb.text) == ("that", "Lopez", "approved")
    facts = {(e.subject.text, e.relation, e.objects[0].text, e.objects[0].kind): e
             for e in doc_extractions(doc, "t")}
    repaired = facts[("Lopez", "approve", "covert army payments", "concept")]
    assert repaired.rule == "repair" and repaired.attributed_to.text == "Reports"
    # The misparsed noun phrase is no longer the object of "indicate": the clause is.
    [outer] = [e for e in facts.values() if e.relation == "indicate"]
    assert outer.objects[0].kind == "clause" and outer.relation_text == "indicate that"
    assert outer.arguments[1].text == "Lopez secretly approved covert army payments"
    assert clause_read_as_noun_phrase(nlp("The firm sold that old factory.")[4]) is None


def test_enumeration_members_each_get_the_fact(extract):
    from conftest import triples

    facts = triples(extract("The museum bought paintings such as landscapes and portraits."))
    assert {("museum", "buy", "paintings"), ("museum", "buy", "landscapes"),
            ("museum", "buy", "portraits")} <= facts
    facts = triples(extract("Several airlines, including Qantas and Finnair, cancelled flights."))
    assert {("Qantas", "cancel", "flights"), ("Finnair", "cancel", "flights")} <= facts
    result = extract("The charity works in poor regions, including Tigray and Darfur.")
    assert {e.objects[0].text for e in result.extractions if e.relation == "work in"} == {
        "poor regions", "Tigray", "Darfur"}
    # The head fact's argument stops before the list.
    [head] = [e for e in extract("The museum bought paintings such as landscapes.").extractions
              if e.objects[0].text == "paintings"]
    assert head.arguments[1].text == "paintings"


def test_enumeration_lists_each_member(extract, nlp):
    result = extract("Several airlines, including Qantas and Finnair, cancelled flights.")
    listed = [(e.subject.text, e.relation, e.objects[0].text, e.relation_text,
               [a.text for a in e.arguments]) for e in result.extractions
              if e.rule == "enumeration"]
    assert listed == [
        ("Several airlines", "include", "Qantas", "including", ["Several airlines", "Qantas"]),
        ("Several airlines", "include", "Finnair", "including", ["Several airlines", "Finnair"])]
    result = extract("The shop sells fruits such as mangoes.")
    assert [(e.relation, e.relation_text, e.objects[0].text) for e in result.extractions
            if e.rule == "enumeration"] == [("include", "such as", "mangoes")]
    # A list the parse hung on the subject across its verb lists nothing of the subject.
    text = ("The regime began freeing several detainees this week, including opposition "
            "figures, in a bid for peace.")
    result = extract(text)
    assert [(t.dep_, t.head.text) for t in nlp(text) if t.text == "including"] == [
        ("prep", "regime")]
    assert not [e for e in result.extractions if e.rule == "enumeration"
                or e.subject.text == "opposition figures"]
    # "like" on a verb compares, it lists nothing.
    assert not any(e.rule == "enumeration"
                   for e in extract("The bank, like its rivals, cut rates.").extractions)


def test_argument_phrase_stops_before_a_nonrestrictive_relative_clause(extract):
    # The relative clause hangs on "painters", inside the object phrase of "owns".
    [owns] = [e for e in extract("The museum owns works by local painters, who sold them "
                                 "cheaply.").extractions if e.relation == "own"]
    assert [a.text for a in owns.arguments] == ["The museum", "works by local painters"]


def test_purpose_infinitive_is_its_clause_subjects(extract, nlp):
    text = "The council closed the road to repair the bridge."
    assert [(t.dep_, t.head.text) for t in nlp(text) if t.text == "repair"] == [
        ("advcl", "closed")]
    [fact] = [e for e in extract(text).extractions if e.relation == "repair"]
    assert (fact.subject.text, fact.object.text, fact.relation_text) == (
        "council", "bridge", "to repair")
    # Under a passive, the patient: the viaduct carries the railway.
    [fact] = [e for e in extract("The viaduct was opened to carry the railway.").extractions
              if e.relation == "carry"]
    assert (fact.subject.text, fact.object.text) == ("viaduct", "railway")
    # An infinitive with its own subject ("for the shop to open") keeps it.
    assert [e.subject.text for e in extract("The firm hired staff for the shop to open on "
                                            "Sundays.").extractions if e.relation == "open"
            ] == ["shop"]


def test_ranked_infinitive_is_the_copula_subjects(extract, nlp):
    text = "The club became the first team to win the cup twice."
    assert [(t.dep_, t.head.text) for t in nlp(text) if t.text in ("team", "win")] == [
        ("attr", "became"), ("relcl", "team")]
    [fact] = [e for e in extract(text).extractions if e.relation == "win"]
    assert (fact.subject.text, fact.object.text, fact.modality) == ("club", "cup", None)
    # A superlative is no rank: the best player to sign is the one signed.
    assert not [e for e in extract("He is the best player to sign.").extractions
                if e.relation == "sign"]


def test_argument_phrase_closes_the_quotation_it_opens(nlp):
    """``This "perfect storm" flooded the town.`` as the small model sometimes parses a
    quoted phrase: the closing mark hung on the verb, outside the subject's subtree."""
    from kgbuilder.extractors.triples import doc_extractions
    from spacy.tokens import Doc

    words = ["This", '"', "perfect", "storm", '"', "flooded", "the", "town", "."]
    spaces = [True, False, True, False, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=[3, 3, 3, 5, 5, 5, 7, 5, 5],
              deps=["det", "punct", "amod", "nsubj", "punct", "ROOT", "det", "dobj", "punct"],
              tags=["DT", "``", "JJ", "NN", "''", "VBD", "DT", "NN", "."],
              pos=["DET", "PUNCT", "ADJ", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
              lemmas=["this", '"', "perfect", "storm", '"', "flood", "the", "town", "."])
    [fact] = doc_extractions(doc, "t")
    assert [a.text for a in fact.arguments] == ['This "perfect storm"', "the town"]


def test_adverb_just_before_the_verb_joins_the_relation(extract):
    [fact] = extract("The museum also houses a library.").extractions
    assert (fact.relation, fact.relation_text) == ("house", "also houses")
    # A hedge stays out: it is the fact's modality.
    [fact] = extract("The minister reportedly resigned.").extractions
    assert (fact.relation_text, fact.modality) == ("resigned", "reportedly")


def test_coordinated_prepositional_objects_one_fact_each(extract):
    result = extract("The envoy met with farmers, union leaders and students in Lyon.")
    facts = [e for e in result.extractions if e.relation == "meet with"]
    assert [e.objects[0].text for e in facts] == ["farmers", "union leaders", "students"]
    assert all([a.text for a in e.arguments][2:] == ["in Lyon"] for e in facts)
    # An extra prepositional list is one argument, not repeated conjunct by conjunct.
    [fact] = extract("The chef cooked dinner for the mayor, the bishop and the judge."
                     ).extractions
    assert [a.text for a in fact.arguments] == [
        "The chef", "dinner", "for the mayor, the bishop and the judge"]


def test_fronted_adverbials_never_join_the_relation(extract):
    result = extract("In Geneva, the delegates signed nothing.")
    assert not any(e.relation_text.endswith("In") for e in result.extractions)
    result = extract("Because of the storm, the ferry stayed.")
    assert [(e.relation_text, e.relation) for e in result.extractions] == [("stayed", "stay")]
    result = extract("In her memoir, the singer claims that the label cheated her.")
    assert [e.relation_text for e in result.extractions if e.subject.text == "singer"] == [
        "claims that"]


def test_discourse_markers_are_no_arguments(extract):
    [fact] = extract("For example, the council sold the depot.").extractions
    assert [a.text for a in fact.arguments] == ["the council", "the depot"]
    assert [o.text for o in fact.objects] == ["depot"]


def test_title_before_a_name_is_a_role_fact(extract):
    def titles(text):
        return {(e.subject.text.split()[-1], e.relation, e.objects[0].text): e
                for e in extract(text).extractions if e.rule == "title"}

    assert ("Schweitzer", "chairman of", "Renault") in titles(
        "Renault chairman Louis Schweitzer thanked the staff.")
    facts = titles("The jury praised novelist Mary Evans.")
    assert list(facts) == [("Evans", "be", "novelist")]
    assert [a.text for a in facts[("Evans", "be", "novelist")].arguments] == [
        "Mary Evans", "novelist"]
    assert not titles("Mr Peter Hain left.")  # a form of address is no role


def test_object_control_the_object_does_the_infinitive(extract):
    result = extract("The court ordered the airline to refund the passengers.")
    [fact] = [e for e in result.extractions if e.relation == "refund"]
    assert (fact.subject.text, fact.object.text) == ("airline", "passengers")
    assert fact.relation_text == "to refund" and fact.modality == "hypothetical"
    result = extract("The strike forced the airline to cancel flights.")
    [fact] = [e for e in result.extractions if e.relation == "cancel"]
    assert fact.subject.text == "airline" and fact.modality is None


@pytest.mark.parametrize("text, subject", [
    ("The oil firm sold its unit to pay the tax bill.", "oil firm"),
    ("The club used its money to buy the stadium.", "club"),
])
def test_after_a_verb_of_no_control_the_object_is_the_subject_s_means(extract, text,
                                                                       subject):
    """``sold X to pay Y``: a purpose, the seller's (only verbs of asking, causing,
    hiring and making hand the infinitive to their object)."""
    [fact] = [e for e in extract(text).extractions if e.relation in ("pay", "buy")]
    assert fact.subject.text == subject and fact.modality == "hypothetical"


def test_a_denied_conjunct_is_no_argument(extract):
    """``in Manchester and not Blackpool``: Blackpool is what the sentence denies."""
    from conftest import triples
    facts = triples(extract("Labour will hold its conference in Manchester and not "
                            "Blackpool."))
    assert not [t for t in facts if "Blackpool" in t[2]]


def test_back_after_a_verb_is_its_particle(extract):
    """``went back on a pledge`` is no ``go on``: the words say the opposite."""
    from conftest import triples
    facts = triples(extract("The minister went back on a pledge to the union."))
    assert ("minister", "go back on pledge to", "union") in facts
    assert not [t for t in facts if t[1].startswith("go on")]


def test_a_name_after_mr_is_a_person_s_whatever_ner_called_it(extract):
    [mention] = [m for m in extract("Mr Kilroy-Silk left the party.").mentions
                 if "Silk" in m.text]
    assert mention.label == "PERSON"


def test_a_controlling_preposition_s_object_does_the_infinitive(extract):
    """``called on X to Y``: X is asked to Y (a time is no such object)."""
    [fact] = [e for e in extract("The union called on the government to scrap the tax."
                                 ).extractions if e.relation == "scrap"]
    assert fact.subject.text == "government" and fact.modality == "hypothetical"
    assert not [e for e in extract("The club called on Monday to confirm the deal."
                                   ).extractions if e.subject.text == "Monday"]


def test_a_passive_s_purpose_is_its_agent_s_unless_it_was_made_for_it(extract):
    assert not [e for e in extract("The unit was sold to pay the tax bill.").extractions
                if e.relation == "pay"]
    [fact] = [e for e in extract("The unit was sold by the state to pay the tax bill."
                                 ).extractions if e.relation == "pay"]
    assert fact.subject.text == "state"
    [fact] = [e for e in extract("The viaduct was built to carry the railway."
                                 ).extractions if e.relation == "carry"]
    assert fact.subject.text == "viaduct"


def test_participial_openers(extract):
    from conftest import triples

    assert ("port", "be known as", "Smyrna") in triples(
        extract("Once known as Smyrna, the port grew quickly."))
    assert ("team", "win", "cup") in triples(
        extract("Having won the cup, the team toured the city."))


def test_a_copula_keeps_its_particle(extract):
    facts = [(e.relation_text, e.relation) for e in
             extract("Ticket sales are up from last season's level.").extractions]
    assert facts == [("are up from", "be up from")]
    assert [(e.relation, e.objects) for e in extract("The merger is off.").extractions] == [
        ("be off", ())]


def test_idioms_are_relations_not_objects(extract):
    def facts(text):
        return [(e.relation, [o.text for o in e.objects], e.rule)
                for e in extract(text).extractions]

    assert facts("The summit took place in Oslo.") == [("take place in", ["Oslo"], "idiom")]
    assert facts("The ceremony took place on Monday.") == [("take place", [], "idiom")]
    assert facts("Volunteers took care of the horses.") == [
        ("take care of", ["horses"], "idiom")]
    assert facts("The mayor left the door open to a recount.") == [
        ("leave door open to", ["recount"], "idiom")]
    assert facts("A tax rise is off the table.") == [("be off the table", [], "idiom")]
    assert facts("The colonel is in charge of the garrison.") == [
        ("be in charge of", ["garrison"], "idiom")]
    # A question's fronted copula: its nominal is the subject.
    [fact] = extract("Are higher fares off the table?").extractions
    assert (fact.subject.text, fact.relation, fact.modality) == (
        "higher fares", "be off the table", "question")


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


def test_a_place_of_an_event_in_a_role_phrase_is_no_role_holders(extract):
    from conftest import triples

    for text in ("\"It was hard,\" said Tom Reid, a replacement in Sunday's win over Italy "
                 "in Rome.", "Tom Reid, a substitute in the 2-0 defeat by Spain in Rome, was "
                 "dropped."):
        assert not [f for f in triples(extract(text)) if f[0] == "Tom Reid" and f[2] == "Rome"]
    assert ("Jane Hill", "economist in", "Tokyo") in triples(
        extract("Jane Hill, an economist at Acme Bank in Tokyo, said rates will rise."))


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


def test_the_children_table_is_dropped_after_a_document(nlp):
    from kgbuilder.extractors.tree import children
    from kgbuilder.extractors.triples import doc_extractions

    doc = nlp("The council sold the old depot to a builder.")
    assert [t.text for t in children(doc[2])] == [t.text for t in doc[2].children]
    doc_extractions(doc, "t")
    assert "kgbuilder_children" not in doc.user_data


def test_mended_names_are_worked_out_once_and_dropped_after_a_document(nlp):
    """Mentions and facts ask for the same names: one answer per entity, gone with the
    document (the Spans it holds point back at the Doc)."""
    from kgbuilder.extractors.mentions import entities_kept, entity_spans
    from kgbuilder.extractors.spans import mended
    from kgbuilder.extractors.triples import doc_extractions

    doc = nlp("BBC Radio Five Live hired Ursula von der Leyen in Leeds.")
    with entities_kept(doc):
        ents = entity_spans(doc)
        assert entity_spans(doc) is ents
        first = [mended(ent, ents) for ent in doc.ents]
        assert [mended(ent, ents) for ent in doc.ents] == first
        assert [mended(ent, dict(ents)) for ent in doc.ents] == first  # another map: redone
        assert any(span.text == "Ursula von der Leyen" for span, _ in first)
        doc_extractions(doc, "t")
        assert "kgbuilder_entity_spans" in doc.user_data  # the enclosing block keeps it
    assert not [key for key in doc.user_data if str(key).startswith("kgbuilder_")
                and key != "kgbuilder_sentence_starts"]


def test_public_extraction_functions_leave_the_doc_as_it_came(nlp):
    """Called alone, mentions and facts keep no entity map in the Doc: it still
    serialises, and entities set afterwards are the ones read next."""
    from kgbuilder.extractors.mentions import document_mentions, entity_spans
    from kgbuilder.extractors.triples import sentence_extractions

    doc = nlp("Acme Foods hired Ana Costa in Leeds.")
    document_mentions(doc)
    sentence_extractions(next(doc.sents), "t")
    assert not [key for key in doc.user_data if str(key).startswith("kgbuilder_")
                and key != "kgbuilder_sentence_starts"]
    doc.to_bytes()
    doc.ents = []
    assert entity_spans(doc) == {}


@pytest.mark.parametrize("text, relation", [
    ("The match against Wales was called off in Cardiff.", "be called off in"),
    ("Many readers are fed up with the slow trains of Acme Rail.", "be fed up with"),
    ("The match against Wales was played in Cardiff.", "be played in"),  # no particle
])
def test_a_passive_without_agent_keeps_its_particle(extract, text, relation):
    """``was called off`` is no ``was called``: the particle carries the meaning."""
    assert relation in {e.relation for e in extract(text).extractions}


@pytest.mark.parametrize("text, relation", [
    ("Acme Corp is more optimistic than Norbel Inc about next year.", "be more optimistic than"),
    ("Acme Corp is less likely than Norbel Inc to cut jobs.", "be less likely than"),
])
def test_a_comparison_keeps_its_degree_word(extract, text, relation):
    """Without ``less`` the comparison says the opposite (``be likely than``)."""
    assert relation in {e.relation for e in extract(text).extractions}


@pytest.mark.parametrize("text, relation", [
    ("Maria Lopez finished seventh in the Boston Marathon.", "finish seventh in"),
    ("Maria Lopez took second in the women's 1500m.", "take second in"),
    ("Maria Lopez won at the Boston Marathon.", "win at"),
])
def test_a_placing_after_a_verb_of_finishing_joins_the_relation(extract, text, relation):
    """``finished seventh in X``: never a bare ``finish in``, which hides the result."""
    assert relation in {e.relation for e in extract(text).extractions}


def test_a_named_partner_of_the_object_noun_is_the_object(graph_of):
    """``announced a partnership with Norbel Inc``: the fact is with Norbel, typed by the
    noun (COOPERATE); ``equalised thanks to X`` has no partner."""
    g = graph_of("Acme Corp announced a partnership with Norbel Inc on Monday. "
                 "Leeds United equalised thanks to Ivan Petrov.")
    [data] = edges_between(g, "Acme Corp", "Norbel Inc")
    assert data["relation"] == "announce partnership with" and data["event_type"] == "COOPERATE"
    assert edges_between(g, "Leeds United", "Ivan Petrov") == []


def test_a_placing_joins_only_a_verb_of_finishing(extract):
    relations = {e.relation for e in extract(
        "Maria Lopez spoke first at the conference with Ivan Petrov.").extractions}
    assert not any("first" in r for r in relations)


def test_a_verb_that_ends_the_noun_takes_no_type_of_it(graph_of):
    """``ruled out a coalition with X``: no COOPERATE."""
    g = graph_of("The Green Party ruled out a coalition with the Liberal Democrats.")
    assert all(d["event_type"] is None for d in edges_between(g, "Green Party",
                                                               "Liberal Democrats"))
