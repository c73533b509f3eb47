"""Facts read off spaCy's dependency parse, each in a logical and a surface view.

Small functions over ``Token``/``Span`` in the spirit of textacy's ``extract``:
``subjects_of``, ``objects_of``, ``relation_of``, ``relation_tokens``, ``reporter_of``
each answer one question about a verb; :func:`verb_extractions` and
:func:`apposition_extractions` combine them; :func:`sentence_extractions` runs them
over a sentence. Constructions covered: active and passive voice (the by-agent becomes
the logical subject), copulas, verb particles (``call off``), prepositional objects
(``meet with``), light verbs and event nouns (``had a call with X`` → call X),
``to``-infinitive chains (``plan to rebuild``), relative clauses and participles
(``the regime, led by X``), appositions as role facts, predicate adjectives
(``be open to``), conjoined subjects, objects and verbs, reported speech, negation,
modality and hedges.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .mentions import (
    NAMED_LABELS,
    RELATIVE_PRONOUNS,
    TIME_LABELS,
    argument_span,
    clause_span,
    entity_spans,
    mention_for,
    span_label,
    trimmed,
)
from .records import Extraction, Mention, Phrase, Sentence

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X", "SYM"})
MODALS = frozenset({"could", "might", "may", "would", "should", "must", "can"})
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "possibly", "perhaps", "apparently",
                           "probably", "likely", "purportedly", "supposedly"})
# Verbs and adjectives that hedge the infinitive they govern: "is expected to", "seems to".
HEDGE_VERBS = frozenset({"expect", "seem", "appear", "suppose", "believe", "rumor", "rumour"})
HEDGE_ADJECTIVES = frozenset({"likely", "unlikely", "set", "poised", "due"})
SPEECH_VERBS = frozenset({"say", "tell", "write", "state", "add", "announce", "declare", "note",
                          "post", "insist", "stress", "claim", "mention", "reply", "explain",
                          "disclose", "warn", "emphasize", "tweet", "argue", "conclude"})
# Verbs whose complement clause is reported, not asserted, by the text.
REPORTING_VERBS = SPEECH_VERBS | frozenset({"report", "confirm", "deny", "indicate", "suggest",
                                            "allege", "acknowledge", "admit", "predict"})
FIRST_PERSON = frozenset({"i", "me", "myself", "we", "us", "ourselves"})
UNUSABLE_ARGUMENTS = frozenset({"what", "who", "whom", "which", "whatever", "there", "this",
                                "that", "these", "those", "something", "anything", "nothing",
                                "everything", "one", "all", "both", "some"})


LIGHT_VERBS = frozenset({"have", "hold", "make", "conduct", "host", "place", "begin", "start",
                        "open", "resume", "launch"})
LIGHT_PREPS = frozenset({"with", "to"})
# Event nouns whose verb is not their lemma.
NOUN_EVENTS = {"meeting": "meet", "conversation": "converse", "discussion": "discuss",
               "negotiation": "negotiate", "agreement": "agree", "decision": "decide",
               "visit": "visit", "phone": "call"}
# Events whose partner is the verb's direct object: "had a call with X" → call X.
DIRECT_PARTNER_EVENTS = frozenset({"call", "meet", "visit", "phone", "interview", "contact",
                                   "fight", "battle"})
# Prior confidence of each construction, before penalties for pronouns and length.
RULE_CONFIDENCE = {"svo": 0.9, "passive": 0.85, "prep": 0.8, "light-verb": 0.8,
                   "copula": 0.75, "passive-prep": 0.65, "report": 0.7, "clause": 0.6,
                   "repair": 0.55, "time": 0.5, "apposition": 0.7, "intransitive": 0.5}


@dataclass(frozen=True)
class Argument:
    """A prepositional argument: its preposition (word and token) and its object's head."""

    prep: str
    head: Token
    marker: Token


def expand_conjuncts(token: Token) -> list[Token]:
    """``token`` and every token conjoined with it (``X, Y and Z``)."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in NOMINAL_POS:
            found.extend(expand_conjuncts(child))
    return found


def is_passive(verb: Token) -> bool:
    """Passive voice: a passive subject or auxiliary, or a participle modifying a noun."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"nsubjpass", "csubjpass", "auxpass"}:
        return True
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or (verb.dep_ == "advcl"
                                                          and "agent" in deps))


def is_negated(verb: Token) -> bool:
    """A ``not``/``never``/``n't`` on the verb, or on the verb an infinitive chain hangs from."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and is_negated(verb.head)


def modality_of(verb: Token) -> str | None:
    """The modal or hedging word that qualifies the verb (``could``, ``reportedly``), if any."""
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return child.lower_
        if child.dep_ == "advmod" and child.lower_ in HEDGE_ADVERBS:
            return child.lower_
    if verb.dep_ == "xcomp" and verb.head.lemma_ in HEDGE_VERBS:
        return verb.head.lower_  # "is expected to visit", "seems to back"
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lower_ in HEDGE_ADJECTIVES:
        return verb.head.lower_  # "is likely to win"
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        return modality_of(verb.head)
    return None


def relation_of(verb: Token) -> tuple[str, str]:
    """The normalised lemma phrase and surface words of the verb, with particle and chain."""
    particles = [c for c in verb.children if c.dep_ == "prt"]
    lemma = " ".join([verb.lemma_.lower()] + [p.lower_ for p in particles])
    surface = " ".join([verb.text] + [p.text for p in particles])
    if is_passive(verb) and not _agent_of(verb):
        lemma = f"be {verb.lower_}"
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        head_lemma, head_surface = relation_of(verb.head)
        if verb.head.pos_ == "ADJ":
            head_lemma, head_surface = f"be {verb.head.lower_}", verb.head.text
        return f"{head_lemma} to {lemma}", f"{head_surface} to {surface}"
    return lemma, surface


def _agent_of(verb: Token) -> list[Token]:
    for child in verb.children:
        if child.dep_ == "agent":
            return [o for c in child.children if c.dep_ == "pobj" for o in expand_conjuncts(c)]
    return []


def subjects_of(verb: Token) -> list[Token]:
    """Heads of the verb's logical subjects (the by-agent for passives), conjuncts expanded."""
    if is_passive(verb):
        agents = _agent_of(verb)
        if agents:
            return agents
    direct = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if direct:
        subject = direct[0]
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head
        return expand_conjuncts(subject)
    if verb.dep_ == "acl" and verb.head.pos_ in NOMINAL_POS:
        if is_passive(verb):
            return []
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "his decision to halt X": the possessor decides, not the decision.
            return [c for c in verb.head.children if c.dep_ == "poss"]
        return [verb.head]
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return subjects_of(verb.head)
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.head.pos_ in ("AUX", "VERB"):
        return subjects_of(verb.head.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        # "Speaking in Paris, Merkel said ...": the participle shares the main subject.
        return [c for c in verb.head.children if c.dep_ == "nsubj"][:1]
    return []


def patients_of(verb: Token) -> list[Token]:
    """For a passive verb, what undergoes the action (``X was captured``, ``X, led by Y``)."""
    direct = [c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")]
    if direct:
        subject = direct[0]
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head
        return expand_conjuncts(subject)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in NOMINAL_POS:
        return [verb.head]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and is_passive(verb.head):
        return patients_of(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX"):
        # A participle clause describes the nearest noun: "..., the party, now led by X"
        # after the verb's object; "Attacked by X, the party ..." before its subject.
        if verb.i > verb.head.i:
            before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
            if before is not None and before.text == "," and before.i > 0:
                noun = noun_phrase_head(verb.doc[before.i - 1])
                if noun is not None:
                    return [noun]
            objects = [c for c in verb.head.children if c.dep_ in OBJECT_DEPS and c.i < verb.i]
            if objects:
                return [objects[-1]]
        return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    if verb.dep_ == "conj" and verb.head.pos_ in NOMINAL_POS:
        return [verb.head]
    return []


def noun_phrase_head(token: Token) -> Token | None:
    """The head noun of the noun phrase that ``token`` ends, if it ends one."""
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") else None


def objects_of(verb: Token) -> list[Token]:
    """Heads of the verb's direct objects and predicate nominals, conjuncts expanded."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and child.pos_ != "ADP":
            head = child
            if head.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                head = verb.head
            found.extend(expand_conjuncts(head))
    if not found and verb.dep_ == "relcl" and not is_passive(verb):
        has_subject = any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS
                          for c in verb.children)
        has_pp = any(c.dep_ == "prep" for c in verb.children)
        if has_subject and not has_pp and verb.head.pos_ in NOMINAL_POS:
            found.append(verb.head)  # "an offer the United States rejected"
    return found


def prepositional_arguments(verb: Token) -> list[Argument]:
    """Prepositional objects of the verb (and of a predicate adjective): ``with X``, ``to Y``."""
    found: list[Argument] = []
    for child in verb.children:
        if child.dep_ == "prep" or (child.dep_ == "dative" and child.pos_ == "ADP"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(Argument(child.lower_, o, child)
                                 for o in expand_conjuncts(pobj))
    return found


def reporting_verb(verb: Token, verbs: frozenset[str] = SPEECH_VERBS) -> Token | None:
    """The verb of saying that reports the clause ``verb`` belongs to, if any.

    Either the clause hangs from it (``Trump said that X ...``, ``Trump wrote, "X ..."``)
    or, as the parser often reads a quotation, it hangs from the quoted clause's root
    (``"X ...," Trump said``).
    """
    node = verb
    while node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in verbs:
        return node.head
    if node.dep_ == "ROOT":
        for child in node.children:
            if (child.dep_ in ("parataxis", "ccomp", "advcl") and child.lemma_ in verbs
                    and not any(c.dep_ in ("ccomp", "dobj") for c in child.children)):
                return child
    return None


def quoted_speaker(token: Token) -> Token | None:
    """The speaker a first-person pronoun in a quotation stands for.

    In ``Trump wrote, "I had a call ..."`` and ``"I'll be talking to him," Trump said``
    the quoted clause is reported by a verb of saying whose subject is the speaker.
    """
    if token.lower_ not in FIRST_PERSON:
        return None
    node = token.head
    while node.dep_ not in ("ccomp", "parataxis", "ROOT") and node.head.i != node.i:
        node = node.head
    speech = reporting_verb(node)
    if speech is None:
        return None
    speakers = [c for c in speech.children if c.dep_ == "nsubj"]
    if speakers and speakers[0].lower_ not in FIRST_PERSON:
        return speakers[0]
    return None


def _usable(token: Token) -> bool:
    return token.lower_ not in UNUSABLE_ARGUMENTS and token.pos_ in NOMINAL_POS


def _is_time(token: Token, ents: dict[int, Span]) -> bool:
    return token.i in ents and ents[token.i].label_ in TIME_LABELS


def relation_tokens(verb: Token) -> list[Token]:
    """The relation's words as written: auxiliaries, negation, the verb and its particle.

    An infinitive chain carries the words of the verb it hangs from (``plans to
    rebuild``, ``is expected to travel``); adverbs inside the verb group stay
    (``will soon speak``).
    """
    words = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")]
    if words:
        first = min(w.i for w in words + [verb])
        words += [c for c in verb.children if c.dep_ == "advmod" and first < c.i < verb.i]
    words.append(verb)
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        words += relation_tokens(verb.head)
    elif verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":
        words += [verb.head] + [c for c in verb.head.head.children
                                if c.dep_ in ("aux", "neg")] + [verb.head.head]
    return sorted(set(words), key=lambda t: t.i)


def _words(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def reporter_of(verb: Token) -> Token | None:
    """Who a clause is reported from: ``X said that ...``, ``..., X said``, ``according to X``."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                pobjs = [c for c in to.children if c.dep_ == "pobj"]
                if pobjs:
                    return pobjs[0]
    speech = reporting_verb(verb, REPORTING_VERBS)
    if speech is None:
        return None
    speakers = subjects_of(speech)
    return speakers[0] if speakers else None


def event_of(noun: Token) -> str:
    """The event an event noun names: ``call`` → call, ``talks`` → talk, ``meeting`` → meet."""
    lemma = noun.lemma_.lower()
    return NOUN_EVENTS.get(lemma, lemma)


def _confidence(rule: str, subject: Token, obj: Token | None, sentence: Span,
                verb: Token, argument_count: int) -> float:
    score = RULE_CONFIDENCE.get(rule, 0.6)
    score -= 0.08 * sum(t is not None and t.pos_ == "PRON" for t in (subject, obj))
    score -= 0.05 if subject.pos_ == "NOUN" else 0.0
    score -= 0.004 * max(0, len(sentence) - 20)
    score -= 0.05 * max(0, argument_count - 2)
    score -= 0.05 if verb.dep_ in ("relcl", "acl", "advcl", "conj") else 0.0
    return round(min(0.99, max(0.05, score)), 3)


class _Builder:
    """Carries the per-sentence context that every extraction needs."""

    def __init__(self, sentence: Span, doc_id: str, ents: dict[int, Span],
                 source_text: str | None = None) -> None:
        self.span = sentence
        self.source = source_text if source_text is not None else sentence.doc.text
        start, end = sentence.start_char, sentence.end_char
        self.sentence = Sentence(self.source[start:end], start, end)
        self.doc_id = doc_id
        self.ents = ents

    def mention(self, token: Token) -> Mention:
        speaker = quoted_speaker(token)
        if speaker is not None:
            token = speaker
        if token.i not in self.ents:
            # "the Interim President of Venezuela, Delcy Rodriguez": the name, not the title.
            token = named_apposition(token, self.ents) or token
        mention = mention_for(token, self.ents)
        if not _usable(token) or _is_time(token, self.ents):
            return Mention(mention.text, mention.start, mention.end, "other", "", token.text)
        return mention

    def other(self, span: Span, kind: str = "other") -> Mention:
        """A mention of something that is not a graph node (a clause, a time, an adjective)."""
        return Mention(span_label(span), span.start_char, span.end_char, kind, "",
                       span.root.text)

    def phrase(self, span: Span, marker: Token | None = None) -> Phrase:
        start = marker.idx if marker is not None and marker.i < span.start else span.start_char
        return Phrase(self.source[start:span.end_char], start, span.end_char)

    def argument(self, argument: Argument) -> Phrase:
        """A prepositional argument with its preposition (``with the Polish president``)."""
        return self.phrase(argument_span(argument.head, self.ents), argument.marker)

    def node_arguments(self, arguments: list[Argument]) -> list[Mention]:
        """Mentions of the prepositional arguments a node can stand for (times are attributes)."""
        return [self.mention(a.head) for a in arguments if not _is_time(a.head, self.ents)]

    def time_of(self, verb: Token) -> str | None:
        """A date or time expression attached to the verb (``on Monday``, ``this week``)."""
        for child in verb.children:
            candidates = [child] + [c for c in child.children if c.dep_ == "pobj"]
            for token in candidates:
                if _is_time(token, self.ents):
                    return trimmed(self.ents[token.i]).text
        return None

    def make(self, verb: Token, subject: Mention, relation: str, objects: list[Mention], *,
             rule: str, surface: tuple[list[Token], list[Phrase]], confidence: float,
             ) -> Extraction:
        reporter = reporter_of(verb)
        return Extraction(
            doc_id=self.doc_id, sentence=self.sentence, subject=subject, relation=relation,
            relation_text=_words(surface[0]), objects=tuple(objects), negated=is_negated(verb),
            modality=modality_of(verb), time=self.time_of(verb), confidence=confidence,
            rule=rule, arguments=tuple(surface[1]),
            attributed_to=self.mention(reporter) if reporter is not None else None,
        )


def _time_arguments(verb: Token, builder: _Builder) -> list[Phrase]:
    """Bare time expressions on the verb (``last week``, ``yesterday``) as Open IE arguments."""
    return [builder.phrase(argument_span(c, builder.ents)) for c in verb.children
            if c.dep_ in ("npadvmod", "tmod") and _is_time(c, builder.ents)]


def verb_extractions(verb: Token, builder: _Builder) -> Iterator[Extraction]:
    """Every fact whose relation is headed by ``verb``, in both views."""
    passive = is_passive(verb)
    agents = _agent_of(verb) if passive else []
    subjects = [] if agents else patients_of(verb) if passive else subjects_of(verb)
    if not agents and not subjects:
        return  # a verb without a subject states no fact: nothing more to read off it
    lemma, _ = relation_of(verb)
    words = relation_tokens(verb)
    preps = [a for a in prepositional_arguments(verb) if not (agents and a.prep == "by")]
    times = _time_arguments(verb, builder)
    span = builder.span
    if agents:
        # Surface: "the treaty | was signed by | the French president"; logic: agent signs it.
        patients = patients_of(verb)
        agent_marker = next(c for c in verb.children if c.dep_ == "agent")
        for patient in patients:
            for agent in agents:
                extra = [builder.argument(a) for a in preps] + times
                surface = (words + [agent_marker],
                           [builder.phrase(argument_span(patient, builder.ents)),
                            builder.phrase(argument_span(agent, builder.ents))] + extra)
                objects = [builder.mention(patient)] + builder.node_arguments(preps)
                yield builder.make(verb, builder.mention(agent), lemma, objects, rule="passive",
                                   surface=surface, confidence=_confidence(
                                       "passive", agent, patient, span, verb, len(surface[1])))
        return
    objects = [] if passive else objects_of(verb)
    rule = "copula" if verb.lemma_ == "be" and objects else ("passive-prep" if passive else "svo")
    for subject in subjects:
        subject_phrase = builder.phrase(argument_span(subject, builder.ents))
        subject_mention = builder.mention(subject)
        if objects:
            for obj in objects:
                extra = [builder.argument(a) for a in preps] + times
                surface = (words, [subject_phrase,
                                   builder.phrase(argument_span(obj, builder.ents))] + extra)
                arguments = builder.node_arguments(preps)
                confidence = _confidence(rule, subject, obj, span, verb, len(surface[1]))
                light = _light_verb_extraction(verb, obj, preps)
                if light is not None:
                    relation, partner = light
                    yield builder.make(verb, subject_mention, relation,
                                       [builder.mention(partner.head)], rule="light-verb",
                                       surface=surface, confidence=confidence)
                    continue
                yield builder.make(verb, subject_mention, lemma,
                                   [builder.mention(obj)] + arguments, rule=rule,
                                   surface=surface, confidence=confidence)
            continue
        yield from _objectless_extractions(verb, (lemma, words, passive), subject,
                                           subject_mention, subject_phrase, preps, times,
                                           builder)


def _objectless_extractions(verb: Token, verb_relation: tuple[str, list[Token], bool],
                            subject: Token, subject_mention: Mention, subject_phrase: Phrase,
                            preps: list[Argument], times: list[Phrase],
                            builder: _Builder) -> Iterator[Extraction]:
    """Verbs without a direct object: ``meet with X``, ``is open to X``, ``said that ...``.

    ``verb_relation`` is the verb's (lemma phrase, surface words, passive?), computed once
    by the caller.
    """
    lemma, words, passive = verb_relation
    span = builder.span
    complements = [c for c in verb.children if c.dep_ in ("ccomp", "acomp")
                   or (c.dep_ == "xcomp" and c.pos_ == "ADJ")]
    for comp in complements:
        adjective_preps = prepositional_arguments(comp) if comp.pos_ == "ADJ" else []
        if adjective_preps:
            # "X is open to conversations with Y" → X –be open to→ conversations.
            first = adjective_preps[0]
            surface = (words + [comp, first.marker],
                       [subject_phrase, builder.phrase(argument_span(first.head, builder.ents))]
                       + [builder.argument(a) for a in adjective_preps[1:] + preps] + times)
            relation = f"be {comp.lower_} {first.prep}"
            obj = first.head
            partner = nominal_partner(obj, builder.ents)
            if partner is not None:
                relation, obj = f"{relation} {obj.lower_} {partner.prep}", partner.head
            yield builder.make(verb, subject_mention, relation, [builder.mention(obj)],
                               rule="copula", surface=surface,
                               confidence=_confidence("copula", subject, obj, span, verb,
                                                      len(surface[1])))
            continue
        if comp.dep_ == "ccomp":
            marks = [c for c in comp.children if c.dep_ == "mark"]
            clause = clause_span(comp)
            surface = (words + marks, [subject_phrase, builder.phrase(clause)]
                       + [builder.argument(a) for a in preps] + times)
            rule = "report" if verb.lemma_ in REPORTING_VERBS else "clause"
        else:
            clause = argument_span(comp, builder.ents)
            surface = (words, [subject_phrase, builder.phrase(clause)]
                       + [builder.argument(a) for a in preps] + times)
            rule = "copula"
        yield builder.make(verb, subject_mention, lemma, [builder.other(clause, "clause")],
                           rule=rule, surface=surface, confidence=_confidence(
                               rule, subject, None, span, verb, len(surface[1])))
    if complements and not preps:
        return
    usable = [a for a in preps if not _is_time(a.head, builder.ents)]
    if usable:
        # The first prepositional argument becomes the object ("meet with X").
        first = usable[0]
        rest = [a for a in preps if a is not first]
        relation = f"{lemma} {first.prep}"
        surface = (words + [first.marker],
                   [subject_phrase, builder.phrase(argument_span(first.head, builder.ents))]
                   + [builder.argument(a) for a in rest] + times)
        objects = [builder.mention(first.head)] + builder.node_arguments(
            [a for a in rest if a.prep != first.prep])
        rule = "passive-prep" if passive else "prep"
        partner = nominal_partner(first.head, builder.ents)
        if partner is not None:
            # "engaged in talks with X" → engage in talks with X.
            relation = f"{relation} {first.head.lower_} {partner.prep}"
            objects = [builder.mention(partner.head)] + objects[1:]
        yield builder.make(verb, subject_mention, relation, objects, rule=rule, surface=surface,
                           confidence=_confidence(rule, subject, first.head, span, verb,
                                                  len(surface[1])))
    elif not preps and not times:
        chained = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
        if not complements and not chained:
            # "The prime minister offered to step down": an event without an object.
            yield builder.make(verb, subject_mention, lemma, [], rule="intransitive",
                               surface=(words, [subject_phrase]), confidence=_confidence(
                                   "intransitive", subject, None, span, verb, 1))
    else:
        # Only a time: "the company collapsed in 2008" — an Open IE fact, not a graph edge.
        phrases = [builder.argument(a) for a in preps] + times
        when = preps[0].head if preps else None
        obj = (builder.other(argument_span(when, builder.ents)) if when is not None
               else Mention(phrases[0].text, phrases[0].start, phrases[0].end, "other"))
        yield builder.make(verb, subject_mention, lemma, [obj], rule="time",
                           surface=(words, [subject_phrase] + phrases),
                           confidence=_confidence("time", subject, None, span, verb,
                                                  1 + len(phrases)))


def nominal_partner(noun: Token, ents: dict[int, Span]) -> Argument | None:
    """The partner of an event noun: ``talks with X``, ``conversations with X`` → X."""
    if noun.pos_ != "NOUN" or noun.i in ents:
        return None
    partners = [a for a in prepositional_arguments(noun)
                if a.prep in LIGHT_PREPS and _usable(a.head)]
    return partners[0] if partners else None


def _light_verb_extraction(verb: Token, noun: Token,
                           preps: list[Argument]) -> tuple[str, Argument] | None:
    """``had a call with X`` → (call, X); ``held talks with X`` → (talk with, X).

    A light verb lends its event to its object noun; the noun's partner (``with``/``to``
    on the noun or on the verb) becomes the object of a fact named after the noun.
    """
    if verb.lemma_ not in LIGHT_VERBS or noun.pos_ != "NOUN":
        return None
    partners = [a for a in prepositional_arguments(noun) + preps
                if a.prep in LIGHT_PREPS and _usable(a.head)]
    if not partners:
        return None
    partner = partners[0]
    event = event_of(noun)
    if event in DIRECT_PARTNER_EVENTS:
        return event, partner
    return f"{event} {partner.prep}", partner


def role_of(noun: Token) -> tuple[str, Token | None]:
    """The role a noun names, and whose: ``Venezuela's interim president`` → (interim
    president, Venezuela); ``the president of the National Assembly`` → (president,
    National Assembly); ``his wife`` → (wife, his)."""
    modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.i > max(
        [p.right_edge.i for p in noun.lefts if p.dep_ == "poss"] + [-1])]
    role = " ".join([t.lower_ for t in modifiers] + [noun.lower_])
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners:
        owners = [o for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]
    return role, (owners[0] if owners else None)


def _is_named(token: Token, ents: dict[int, Span]) -> bool:
    return (token.i in ents and ents[token.i].label_ in NAMED_LABELS) or token.pos_ == "PROPN"


def named_apposition(noun: Token, ents: dict[int, Span]) -> Token | None:
    """The name set beside a role noun: ``the president of the Assembly, Jorge Ramos``.

    The parser often hangs the name on the nearest noun (``Assembly``); a person's
    name is never an apposition of an organisation or place, so it is given back
    to the role noun the ``of`` phrase belongs to.
    """
    if noun.pos_ not in ("NOUN", "PROPN") or (noun.i in ents
                                               and ents[noun.i].label_ in NAMED_LABELS):
        return None
    for appos in (c for c in noun.children if c.dep_ == "appos"):
        if appos.i in ents and ents[appos.i].label_ in NAMED_LABELS:
            return appos
    for of in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in of.children if c.dep_ == "pobj"):
            for appos in (c for c in pobj.children if c.dep_ == "appos"):
                if (appos.i in ents and ents[appos.i].label_ == "PERSON"
                        and (pobj.i not in ents or ents[pobj.i].label_ != "PERSON")):
                    return appos
    return None


def _set_beside(named: Token, role_noun: Token) -> bool:
    """The name and its role phrase stand side by side, with no clause between them.

    Guards against appositions the parser draws across a clause (``Trump's term, when
    the envoy, X, ...``): a verb or a wh-word between them means they are not one.
    """
    low, high = sorted((named.i, role_noun.i))
    between = named.doc[low + 1:high]
    return not any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("WRB", "WDT", "WP", "WP$")
                   for t in between)


def apposition_extractions(token: Token, builder: _Builder) -> Iterator[Extraction]:
    """Role facts from appositions: ``X, Venezuela's interim president`` → X –interim
    president of→ Venezuela; ``his wife, X`` → X –wife of→ his; else X –be→ role."""
    pairs = [(token, c) for c in token.children if c.dep_ == "appos"]
    reattached = named_apposition(token, builder.ents)
    if reattached is not None and reattached.head.i != token.i:
        pairs.append((token, reattached))
    for head, appos in pairs:
        if _is_named(head, builder.ents) and appos.pos_ == "NOUN":
            named, role_noun = head, appos
        elif _is_named(appos, builder.ents) and head.pos_ == "NOUN":
            named, role_noun = appos, head
        else:
            continue
        if not _set_beside(named, role_noun):
            continue
        role, owner = role_of(role_noun)
        role_span = argument_span(role_noun, builder.ents)
        subject = mention_for(named, builder.ents)
        if owner is not None and _usable(owner):
            relation, objects = f"{role} of", [builder.mention(owner)]
        else:
            relation, objects = "be", [mention_for(role_noun, builder.ents)]
        surface = ([], [builder.phrase(argument_span(named, builder.ents)),
                        builder.phrase(role_span)])
        extraction = builder.make(role_noun, subject, relation, objects, rule="apposition",
                                  surface=surface, confidence=_confidence(
                                      "apposition", named, owner, builder.span, role_noun, 2))
        yield replace(extraction, relation_text="is", negated=False, modality=None,
                      time=None)


def clause_read_as_noun_phrase(noun: Token) -> tuple[Token, Token] | None:
    """Repair a frequent small-model misparse of ``that X verbed Y``.

    The parser sometimes reads ``... indicate that Trump authorized covert actions``
    as one noun phrase: ``that`` as determiner, ``Trump`` as modifier, the finite
    verb as an adjective. Returns ``(subject, verb)`` when ``noun`` heads such a
    phrase, so the clause can be read as subject–verb–object after all.
    """
    lefts = list(noun.lefts)
    complementizer = [t for t in lefts if t.lower_ == "that" and t.tag_ == "IN"]
    verbs = [t for t in lefts if t.dep_ == "amod" and t.tag_ in ("VBD", "VBN")]
    if not complementizer or not verbs:
        return None
    verb = verbs[0]
    nominals = [t for t in lefts if complementizer[0].i < t.i < verb.i
                and t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ in ("nmod", "compound",
                                                                      "nsubj")]
    if not nominals:
        return None
    return nominals[-1], verb


def _repaired_extraction(noun: Token, subject: Token, verb: Token,
                         builder: _Builder) -> Extraction:
    obj = trimmed(noun.doc[verb.i + 1: noun.i + 1])
    mention = (builder.mention(noun) if noun.i in builder.ents else
               Mention(span_label(obj), obj.start_char, obj.end_char, "concept", "",
                       noun.lemma_.lower()))
    surface = ([verb], [builder.phrase(argument_span(subject, builder.ents)),
                        builder.phrase(obj)])
    return builder.make(verb, builder.mention(subject), verb.lemma_.lower(), [mention],
                        rule="repair", surface=surface,
                        confidence=_confidence("repair", subject, noun, builder.span, verb, 2))


def sentence_extractions(sentence: Span, doc_id: str, ents: dict[int, Span] | None = None,
                         source_text: str | None = None) -> list[Extraction]:
    """All facts of one sentence, in token order.

    ``source_text`` is the document as the user gave it (before cleaning); the
    evidence sentence is cut from it, so it reads exactly as written.
    """
    ents = entity_spans(sentence.doc) if ents is None else ents
    builder = _Builder(sentence, doc_id, ents, source_text)
    found: list[Extraction] = []
    tokens = list(sentence)
    # Appositions need an ``appos`` arc, the repair a complementizer ``that``: sentences
    # without one skip those tests for every noun.
    appositions = any(t.dep_ == "appos" for t in tokens)
    complementizer = any(t.tag_ == "IN" and t.lower_ == "that" for t in tokens)
    for token in tokens:
        pos = token.pos_
        if pos in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass", "amod"):
            found.extend(verb_extractions(token, builder))
        if appositions and pos in NOMINAL_POS:
            found.extend(apposition_extractions(token, builder))
        if complementizer and pos in ("NOUN", "PROPN"):
            repaired = clause_read_as_noun_phrase(token)
            if repaired:
                found.append(_repaired_extraction(token, *repaired, builder))
    return found


def doc_extractions(doc: Doc, doc_id: str, source_text: str | None = None) -> list[Extraction]:
    """All facts of a parsed document, sentence by sentence."""
    ents = entity_spans(doc)
    return [e for sent in doc.sents
            for e in sentence_extractions(sent, doc_id, ents, source_text)]

