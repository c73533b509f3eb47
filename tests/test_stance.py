"""What the text does not assert: questions, hypotheticals, futures, relayed claims and
negation, each on sentences of our own, with the real spaCy parse."""

from __future__ import annotations

import pytest
from conftest import edges_between


def _fact(extract, text: str, relation: str):
    [fact] = [e for e in extract(text).extractions if e.relation == relation]
    return fact


@pytest.mark.parametrize("text, relation, modality", [
    ("Will the council close the library?", "close", "question"),
    ("Could the union block the merger?", "block", "question"),  # outranks the modal
    ("The council closed the library.", "close", None),
])
def test_a_question_is_asked_not_stated(extract, text, relation, modality):
    assert _fact(extract, text, relation).modality == modality


def test_the_asking_itself_is_stated(extract):
    fact = _fact(extract, "The reporter asked the mayor about the budget?", "ask")
    assert fact.modality is None


@pytest.mark.parametrize("text, relation", [
    ("If the talks collapse, the rebels will seize the airport.", "seize"),
    ("If the talks collapse, the rebels will seize the airport.", "collapse"),
    ("The union will strike unless the firm raises wages.", "raise"),
    ("Nobody knows whether the mayor signed the contract.", "sign"),
    ("It remains unclear whether the club sold the striker.", "sell"),
    ("Traders were guessing whether the bank cut rates.", "cut"),
    ("The report weighed the potential for Chile to join the bloc.", "join"),
    ("There is a risk that the dam breaks.", "break"),
    ("The airline plans to buy forty new jets.", "plan to buy"),
    ("The striker vowed to leave the club.", "vow to leave"),
    ("The council closed the road to repair the bridge.", "repair"),
])
def test_hypotheticals(extract, text, relation):
    assert _fact(extract, text, relation).modality == "hypothetical"


@pytest.mark.parametrize("text, relation, hedge", [
    ("It is unlikely that the council will close the library.", "close", "unlikely"),
    ("The mayor said it was possible that the club sold the striker.", "sell", "possible"),
])
def test_an_it_clause_of_a_weighing_adjective_is_hedged(extract, text, relation, hedge):
    assert _fact(extract, text, relation).modality == hedge


def test_a_clause_of_a_plain_adjective_is_stated(extract):
    assert _fact(extract, "It is clear that the club sold the striker.", "sell").modality is None


def test_a_clause_before_the_weighing_adjective_is_stated(extract):
    """``X is such a key figure, it is almost impossible not to ask him``: X is one."""
    text = "He is such a pivotal figure in politics, it is almost impossible not to ask him."
    [fact] = [e for e in extract(text).extractions
              if e.relation == "be" and e.objects[0].text == "pivotal figure"]
    assert fact.modality is None


def test_a_gerund_talked_about_is_not_stated(extract):
    """``to talk about Chile joining the bloc``: a topic; ``excited about X joining``
    takes the joining as done."""
    text = "The minister met the envoy to talk about Chile joining the bloc."
    assert _fact(extract, text, "join").modality == "hypothetical"
    assert _fact(extract, "Fans were excited about the striker joining the club.",
                 "join").modality is None


@pytest.mark.parametrize("text, relation", [
    ("The railway will open a new line.", "open"),
    ("The railway is to open a new line.", "be to open"),
    ("The prince is set to marry the actress.", "be set to marry"),
    ("The bank is going to raise rates.", "go to raise"),
    ("The firm won't sell the factory.", "sell"),
])
def test_futures(extract, text, relation):
    fact = _fact(extract, text, relation)
    assert fact.modality == "future"
    assert fact.negated == ("won't" in text)


def test_plain_past_is_asserted(extract):
    for text, relation in (("The railway opened a new line.", "open"),
                           ("The prince married the actress.", "marry")):
        fact = _fact(extract, text, relation)
        assert fact.modality is None and fact.attributed_to is None


def test_relayed_claims_are_reported_and_attributed(extract):
    fact = _fact(extract, "The minister claimed that the rebels had burned the depot.", "burn")
    assert (fact.modality, fact.attributed_to.text) == ("reported", "minister")
    fact = _fact(extract, "According to the coastguard, pirates boarded the tanker.", "board")
    assert (fact.modality, fact.attributed_to.text) == ("reported", "coastguard")
    # The saying itself is stated by the text.
    assert _fact(extract, "The minister claimed that the rebels had burned the depot.",
                 "claim").modality is None


def test_an_accusation_relays_the_charge(extract):
    fact = _fact(extract, "The mayor accused the contractor of stealing public funds.",
                 "steal")
    assert fact.subject.text == "contractor" and fact.object.text == "public funds"
    assert (fact.modality, fact.attributed_to.text) == ("reported", "mayor")
    assert _fact(extract, "The mayor accused the contractor of stealing public funds.",
                 "accuse").modality is None


def test_a_hedge_word_outranks_reported(extract):
    fact = _fact(extract, "The envoy said the army could take the port.", "take")
    assert fact.modality == "could" and fact.attributed_to.text == "envoy"


@pytest.mark.parametrize("text, relation", [
    ("I do not take this step lightly.", "take"),
    ("The senator didn't back the governor until June.", "back"),
    ("The board did not approve the budget or renew the contract.", "renew"),
    ("The board did not approve the budget or renew the contract.", "approve"),
])
def test_do_support_negation_is_kept(extract, text, relation):
    assert _fact(extract, text, relation).negated


def test_a_conjunct_with_its_own_tense_keeps_its_own_polarity(extract):
    text = "The board did not approve the budget but renewed the contract."
    assert not _fact(extract, text, "renew").negated


def test_every_modality_falls_in_one_class(extract):
    cases = {"The union could block the merger.": ("block", "hypothetical"),
             "The general reportedly ordered the strike.": ("order", "reported"),
             "The envoy is expected to visit Lima.": ("be expected to visit", "hypothetical"),
             "The railway will open a new line.": ("open", "future"),
             "The railway opened a new line.": ("open", None)}
    for text, (relation, expected) in cases.items():
        assert _fact(extract, text, relation).modality_class == expected


def test_infinitive_of_an_adjective(extract):
    fact = _fact(extract, "The young winger is keen to join the club.", "be keen to join")
    assert fact.modality == "hypothetical"
    fact = _fact(extract, "The minister was quick to deny the report.", "be quick to deny")
    assert fact.modality is None


def test_according_to_on_the_head_of_an_infinitive_chain(extract):
    fact = _fact(extract, "The team will have to face Spain without its captain, according "
                 "to the coach.", "have to face")
    assert fact.modality == "future" and fact.attributed_to.text == "coach"


@pytest.mark.parametrize("text, word", [
    ("It seems that Norbel bought Talia Motors.", "seems"),
    ('"It appears that the bank bought Talia Motors," said an analyst.', "appears"),
    ("Norbel bought Talia Motors, it appears.", "appears"),
    ("Norbel bought Talia Motors.", None),
])
def test_it_seems_that_hedges_its_clause(extract, text, word):
    """``it seems/appears that X``: X is hedged, never a plain assertion."""
    assert _fact(extract, text, "buy").modality == word


@pytest.mark.parametrize("text, relation, modality", [
    ("Analysts expect the carmaker to post record profits.", "post", "expect"),
    ("Investors wanted the bank to sell its insurance arm.", "sell", "hypothetical"),
    ("The new law will allow foreign firms to buy farmland.", "buy", "hypothetical"),
])
def test_an_infinitive_with_its_own_subject_is_expected_or_wished(extract, text, relation,
                                                                  modality):
    """``expect X to Y``, ``want X to Y``, ``allow X to Y`` (parsed as a clause with its
    own subject): X's deed is the head verb's expectation or wish, not a fact."""
    assert _fact(extract, text, relation).modality == modality


def test_a_plain_clause_of_saying_is_not_hedged(extract):
    assert _fact(extract, "Analysts said the carmaker posted record profits.",
                 "post").modality == "reported"


@pytest.mark.parametrize("text, relation, reporter", [
    ("The unions fear that the carmaker will shut the plant.", "shut", "unions"),
    ("Police believe the gang stole the paintings.", "steal", "Police"),
])
def test_a_belief_is_relayed_from_its_holder(extract, text, relation, reporter):
    fact = _fact(extract, text, relation)
    assert fact.attributed_to is not None and fact.attributed_to.text == reporter
    assert fact.modality in ("reported", "future")


def test_a_belief_aside_does_not_relay_the_main_clause(extract):
    """``produced X, though it hopes to Y``: the production is stated, not believed."""
    fact = _fact(extract, "Last year the carmaker produced 110,000 cars, though it hopes "
                 "to double that figure.", "produce")
    assert fact.attributed_to is None and fact.modality is None


@pytest.mark.parametrize("text, relation", [
    ("The party is not likely to win the seat.", "be likely to win"),
    ("The minister is far too canny to make any grand claims.", "be canny to make"),
])
def test_an_infinitive_under_a_denied_or_too_adjective_is_denied(extract, text, relation):
    assert _fact(extract, text, relation).negated


def test_an_infinitive_under_a_plain_adjective_is_not_denied(extract):
    assert not _fact(extract, "The party is likely to win the seat.",
                     "be likely to win").negated


def test_neither_nor_denies_what_it_joins(extract):
    def facts(text):
        return {(e.subject.text, e.relation, e.objects[0].text if e.objects else "", e.negated)
                for e in extract(text).extractions}

    assert ("Acme", "buy", "plant", True) in facts("Neither Acme nor Norbel bought the plant.")
    assert ("Norbel", "buy", "plant", True) in facts("Neither Acme nor Norbel bought the plant.")
    assert ("Acme", "buy", "mine", True) in facts("Acme bought neither the plant nor the mine.")
    assert ("Acme", "deny", "report", True) in facts(
        "Acme neither confirmed nor denied the report.")
    assert ("Acme", "buy", "plant", False) in facts("Either Acme or Norbel bought the plant.")


def test_a_subject_the_parser_joined_to_the_object_before_it_is_a_subject(extract):
    """``Acme bought the plant and Norbel bought the mine``: the small model makes Norbel a
    second object of the first verb and leaves the second without a subject."""
    found = {(e.subject.text, e.relation, e.objects[0].text)
             for e in extract("Acme bought the plant and Norbel bought the mine.").extractions
             if e.objects}
    assert ("Norbel", "buy", "mine") in found
    assert ("Acme", "buy", "Norbel") not in found and ("Acme", "buy", "mine") not in found
    assert ("Acme", "buy", "plant") in found


@pytest.mark.parametrize("text, subject, obj, negated", [
    ("Acme Corp has no connection with the Ravens Trust.", "Acme Corp", "Ravens Trust", True),
    ("Acme Corp has a connection with the Ravens Trust.", "Acme Corp", "Ravens Trust", False),
    ("Tom Hardy showed no sign of the knee injury.", "Tom Hardy", "sign of the knee injury",
     True),
])
def test_no_on_an_argument_denies_the_clause(graph_of, text, subject, obj, negated):
    [edge] = edges_between(graph_of(text), subject, obj)
    assert edge["negated"] is negated


def test_no_inside_a_hyphenated_word_denies_nothing(extract):
    facts = extract("Acme Corp imposed a no-fly policy on its London staff.").extractions
    assert facts and not any(e.negated for e in facts)


def test_a_wished_clause_is_contrary_to_fact(extract):
    """``I wish X were like Y``, ``pretended that he owned Y``: not asserted."""
    result = extract("Ms Hale said she wished the new ferries were more like the Solent "
                     "Queen. Tom Reyes pretended that he owned the Ritz hotel.")
    facts = {(e.relation, e.object.text): e.modality for e in result.extractions
             if e.relation in ("be like", "own")}
    assert facts == {("be like", "Solent Queen"): "hypothetical",
                     ("own", "Ritz hotel"): "hypothetical"}


@pytest.mark.parametrize("text, relation, modality", [
    ("The Kenyan ran the fastest mile of the year to beat the champion.", "beat", None),
    ("The visitors came back from two goals down to clinch a late win.", "clinch", None),
    ("The club spent a fortune to win the title.", "win", "hypothetical"),
    ("The visitors must beat the hosts to reach the final.", "reach", "hypothetical"),
])
def test_an_infinitive_of_outcome_after_a_race_is_stated(extract, text, relation, modality):
    """``ran ... to beat X``: the outcome of a contest told in the past, not an aim."""
    assert _fact(extract, text, relation).modality == modality


def test_an_outcome_of_a_forecast_race_stays_unstated(extract):
    text = "The winger is expected to recover in time to earn his first cap."
    assert _fact(extract, text, "earn").modality is not None


def test_a_clause_on_a_reported_object_is_reported(extract):
    """``says she took pills given to her by X``: the giving is hers to tell."""
    text = "Maria Lopez says she knowingly took pills given to her by Ivan Petrov."
    assert _fact(extract, text, "give").modality == "reported"


def test_an_aim_after_a_plain_coming_stays_unstated(extract):
    """``came to London to take over the club``: no contest, an aim (reviewer's case)."""
    text = "The tycoon came to London to secure the club."
    assert _fact(extract, text, "secure").modality == "hypothetical"
