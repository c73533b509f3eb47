"""Extraction constructions, each on a sentence of our own, with the real spaCy parse."""

from __future__ import annotations

from conftest import triples
from kgbuilder.extractors.cleaning import clean_text, is_boilerplate


def test_active_subject_verb_object(extract):
    assert ("Angela Merkel", "visit", "Paris") in triples(extract("Angela Merkel visited Paris."))


def test_passive_agent_becomes_subject(extract):
    facts = triples(extract("The treaty was signed by the French president."))
    assert ("French president", "sign", "treaty") in facts


def test_verb_particle_is_part_of_relation(extract):
    facts = triples(extract("The general called off the second attack."))
    assert ("general", "call off", "second attack") in facts


def test_prepositional_object(extract):
    facts = triples(extract("The minister met with union leaders in Berlin."))
    assert ("minister", "meet with", "union leaders") in facts


def test_conjoined_subjects_and_objects_are_distributed(extract):
    facts = triples(extract("France and Germany condemned the attack and the blockade."))
    for subject in ("France", "Germany"):
        for obj in ("attack", "blockade"):
            assert (subject, "condemn", obj) in facts


def test_conjoined_verbs_share_the_subject(extract):
    facts = triples(extract("The company bought the factory and closed the mine."))
    assert ("company", "buy", "factory") in facts
    assert ("company", "close", "mine") in facts


def test_negation_is_a_flag_not_a_drop(extract):
    result = extract("The bank did not approve the loan.")
    [fact] = [e for e in result.extractions if e.relation == "approve"]
    assert fact.negated and fact.object.text == "loan"


def test_modality_is_kept(extract):
    result = extract("The union could block the merger.")
    [fact] = [e for e in result.extractions if e.relation == "block"]
    assert fact.modality == "could" and not fact.negated


def test_infinitive_chain(extract):
    facts = triples(extract("The mayor plans to rebuild the old bridge."))
    assert ("mayor", "plan to rebuild", "old bridge") in facts


def test_participle_with_agent(extract):
    facts = triples(extract("Rebels attacked the party, now led by Maria Lopez."))
    assert ("Maria Lopez", "lead", "party") in facts


def test_first_person_in_quote_is_the_speaker(extract):
    facts = triples(extract('Angela Merkel said, "I will visit Warsaw next week."'))
    assert ("Angela Merkel", "visit", "Warsaw") in facts


def test_time_expression_is_an_attribute_not_an_object(extract):
    result = extract("The committee approved the budget on Tuesday.")
    [fact] = [e for e in result.extractions if e.relation == "approve"]
    assert fact.object.text == "budget" and fact.time == "Tuesday"


def test_evidence_offsets_point_at_the_sentence(extract):
    text = "Headline here\n\nThe bank raised rates. Markets fell sharply."
    result = extract(text)
    for fact in result.extractions:
        s = fact.sentence
        assert text[s.start:s.end] == s.text
        assert text[fact.subject.start:fact.subject.end].startswith(fact.subject.text[:3])


def test_cleaning_keeps_every_offset_and_blanks_boilerplate():
    raw = ("Title\nBy Jane Doe\n·2 min read\nThe “plan” failed,officials said.\n"
           "Also Read: Something else entirely\nShare on WhatsApp Share\nCOMMENTS 0×\n")
    cleaned = clean_text(raw)
    assert len(cleaned) == len(raw)
    assert '"plan"' in cleaned and "Also Read" not in cleaned and "WhatsApp" not in cleaned
    assert "Jane Doe" not in cleaned and "failed,officials said." in cleaned


def test_boilerplate_rule_spares_article_sentences():
    assert not is_boilerplate("By midnight the troops had left the city.")
    assert not is_boilerplate("Share prices rose 3% on Monday.")
    assert is_boilerplate("For more news, follow us on Twitter and Instagram.")


def test_missing_space_after_comma_still_parses(extract):
    facts = triples(extract("Yesterday,General Dan Caine,Chief of Staff,visited a base."))
    assert any(s == "Dan Caine" and r == "visit" for s, r, _ in facts)


def test_light_verb_lends_its_event_to_the_noun(extract):
    facts = triples(extract("The chancellor had a long call with the Polish president."))
    assert ("chancellor", "call", "Polish president") in facts
    assert not any(r == "have" for _, r, _ in facts)
    facts = triples(extract("The rebels held talks with the government in Oslo."))
    assert ("rebels", "talk with", "government") in facts
