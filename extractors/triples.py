"""Subject–relation–object facts read off spaCy's dependency parse.

Small functions over ``Token``/``Span`` in the spirit of textacy's ``extract``:
``subjects_of``, ``objects_of``, ``relation_of`` each answer one question about a
verb; :func:`verb_extractions` combines them; :func:`sentence_extractions` runs
them over a sentence. Constructions covered: active and passive voice (the
by-agent becomes the subject), verb particles (``call off``), prepositional
objects (``meet with``), ``to``-infinitive chains (``plan to rebuild``), relative
clauses and participles (``the regime, led by X``), copulas with adjectives
(``be open to``), conjoined subjects, objects and verbs, negation and modality.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .mentions import (
    NAMED_LABELS,
    RELATIVE_PRONOUNS,
    TIME_LABELS,
    entity_spans,
    mention_for,
    trimmed,
)
from .records import Extraction, Mention, Sentence

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X", "SYM"})
MODALS = frozenset({"could", "might", "may", "would", "should", "must", "can"})
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "possibly", "perhaps", "apparently",
                           "probably", "likely", "purportedly", "supposedly"})
SPEECH_VERBS = frozenset({"say", "tell", "write", "state", "add", "announce", "declare", "note",
                          "post", "insist", "stress", "claim", "mention", "reply", "explain",
                          "disclose", "warn", "emphasize", "tweet", "argue", "conclude"})
FIRST_PERSON = frozenset({"i", "me", "myself", "we", "us", "ourselves"})
UNUSABLE_ARGUMENTS = frozenset({"what", "who", "whom", "which", "whatever", "there", "this",
                                "that", "these", "those", "something", "anything", "nothing",
                                "everything", "one", "all", "both", "some"})


LIGHT_VERBS = frozenset({"have", "hold", "make", "conduct", "host", "place", "begin", "start",
                        "open", "resume", "launch"})
LIGHT_PREPS = frozenset({"with", "to"})


@dataclass(frozen=True)
class Argument:
    """A prepositional argument: its preposition and the token heading its object."""

    prep: str
    head: Token


def expand_conjuncts(token: Token) -> list[Token]:
    """``token`` and every token conjoined with it (``X, Y and Z``)."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in NOMINAL_POS:
            found.extend(expand_conjuncts(child))
    return found


def is_passive(verb: Token) -> bool:
    """Passive voice: a passive subject or auxiliary, or a participle modifying a noun."""
    if any(c.dep_ in ("nsubjpass", "csubjpass", "auxpass") for c in verb.children):
        return True
    has_agent = any(c.dep_ == "agent" for c in verb.children)
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or (verb.dep_ == "advcl" and has_agent))


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
            objects = [c for c in verb.head.children if c.dep_ in OBJECT_DEPS and c.i < verb.i]
            if objects:
                return [objects[-1]]
        return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    if verb.dep_ == "conj" and verb.head.pos_ in NOMINAL_POS:
        return [verb.head]
    return []


def objects_of(verb: Token) -> list[Token]:
    """Heads of the verb's direct objects and predicate nominals, conjuncts expanded."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
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
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(Argument(child.lower_, o) for o in expand_conjuncts(pobj))
    return found


def quoted_speaker(token: Token) -> Token | None:
    """The speaker a first-person pronoun in a quotation stands for.

    In ``Trump wrote, "I had a call ..."`` and ``"I'll be talking to him," Trump said``
    the quoted clause hangs from a verb of saying whose subject is the speaker.
    """
    if token.lower_ not in FIRST_PERSON:
        return None
    node = token.head
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in SPEECH_VERBS:
            speakers = [c for c in node.head.children if c.dep_ == "nsubj"]
            if speakers and speakers[0].lower_ not in FIRST_PERSON:
                return speakers[0]
            return None
        node = node.head
    return None


def _usable(token: Token) -> bool:
    return token.lower_ not in UNUSABLE_ARGUMENTS and token.pos_ in NOMINAL_POS


def _is_time(token: Token, ents: dict[int, Span]) -> bool:
    return token.i in ents and ents[token.i].label_ in TIME_LABELS


def _confidence(subject: Token, obj: Token, rule: str, sentence: Span) -> float:
    score = {"svo": 0.9, "prep": 0.8, "passive": 0.85, "passive-prep": 0.6, "copula": 0.75,
             "repair": 0.55, "light-verb": 0.8}.get(rule, 0.6)
    score -= 0.1 * sum(t.pos_ == "PRON" for t in (subject, obj))
    score -= 0.1 if subject.pos_ == "NOUN" else 0.0
    score -= 0.1 if len(sentence) > 40 else 0.0
    return round(min(0.99, max(0.05, score)), 3)


class _Builder:
    """Carries the per-sentence context that every extraction needs."""

    def __init__(self, sentence: Span, doc_id: str, ents: dict[int, Span],
                 source_text: str | None = None) -> None:
        self.span = sentence
        start, end = sentence.start_char, sentence.end_char
        text = source_text[start:end] if source_text is not None else sentence.text
        self.sentence = Sentence(text, start, end)
        self.doc_id = doc_id
        self.ents = ents

    def mention(self, token: Token) -> Mention:
        speaker = quoted_speaker(token)
        if speaker is not None:
            token = speaker
        if token.i not in self.ents:
            # "the Interim President of Venezuela, Delcy Rodriguez": the name, not the title.
            named = [c for c in token.children if c.dep_ == "appos" and c.i in self.ents
                     and self.ents[c.i].label_ in NAMED_LABELS]
            if named:
                token = named[0]
        return mention_for(token, self.ents)

    def time_of(self, verb: Token) -> str | None:
        """A date or time expression attached to the verb (``on Monday``, ``this week``)."""
        for child in verb.children:
            candidates = [child] + [c for c in child.children if c.dep_ == "pobj"]
            for token in candidates:
                if _is_time(token, self.ents):
                    return trimmed(self.ents[token.i]).text
        return None

    def make(self, verb: Token, subject: Token, relation: tuple[str, str],
             objects: list[Mention], obj_head: Token, rule: str) -> Extraction:
        return Extraction(
            doc_id=self.doc_id, sentence=self.sentence, subject=self.mention(subject),
            relation=relation[0], relation_text=relation[1], objects=tuple(objects),
            negated=is_negated(verb), modality=modality_of(verb), time=self.time_of(verb),
            confidence=_confidence(subject, obj_head, rule, self.span), rule=rule,
        )


def verb_extractions(verb: Token, builder: _Builder) -> Iterator[Extraction]:
    """Every fact whose relation is headed by ``verb``."""
    relation = relation_of(verb)
    arguments = [a for a in prepositional_arguments(verb)
                 if _usable(a.head) and not _is_time(a.head, builder.ents)]
    passive = is_passive(verb)
    agents = _agent_of(verb) if passive else []
    if passive and not agents:
        subjects, objects, rule = patients_of(verb), [], "passive-prep"
    elif passive:
        subjects, objects, rule = agents, patients_of(verb), "passive"
        arguments = [a for a in arguments if a.prep != "by"]
    else:
        subjects, objects, rule = subjects_of(verb), objects_of(verb), "svo"
    subjects = [s for s in subjects if _usable(s) and not _is_time(s, builder.ents)]
    objects = [o for o in objects if _usable(o) and not _is_time(o, builder.ents)]
    if verb.lemma_ == "be" and objects:
        rule = "copula"
    if not subjects:
        return
    if not objects:
        yield from _adjective_extractions(verb, subjects, builder)
        # The first prepositional argument becomes the object ("meet with X").
        ordered = arguments
        if not ordered:
            return
        first = ordered[0]
        rest = [builder.mention(a.head) for a in ordered[1:] if a.prep != first.prep]
        relation = (f"{relation[0]} {first.prep}", f"{relation[1]} {first.head.head.text}")
        rule = "prep" if rule == "svo" else rule
        for subject in subjects:
            yield builder.make(verb, subject, relation, [builder.mention(first.head)] + rest,
                               first.head, rule)
        return
    extra = [builder.mention(a.head) for a in arguments]
    for subject in subjects:
        for obj in objects:
            yield builder.make(verb, subject, relation, [builder.mention(obj)] + extra, obj, rule)
    yield from _light_verb_extractions(verb, subjects, objects, arguments, builder)


def _light_verb_extractions(verb: Token, subjects: list[Token], objects: list[Token],
                            arguments: list[Argument], builder: _Builder) -> Iterator[Extraction]:
    """``had a call with X`` → call with X; ``held talks with X`` → talk with X.

    A light verb lends its event to its object noun; the noun's partner (``with``/``to``
    on the noun or on the verb) becomes the object of a fact named after the noun.
    """
    if verb.lemma_ not in LIGHT_VERBS:
        return
    for noun in objects:
        if noun.pos_ != "NOUN" or noun.i in builder.ents:
            continue
        partners = [a for a in prepositional_arguments(noun) + arguments
                    if a.prep in LIGHT_PREPS and _usable(a.head)]
        for partner in partners[:1]:
            relation = (f"{noun.lemma_.lower()} {partner.prep}",
                        f"{verb.text} {noun.text} {partner.prep}")
            for subject in subjects:
                yield builder.make(verb, subject, relation, [builder.mention(partner.head)],
                                   partner.head, "light-verb")


def _adjective_extractions(verb: Token, subjects: list[Token],
                           builder: _Builder) -> Iterator[Extraction]:
    """``X is open to Y`` → X –be open to→ Y."""
    for adj in (c for c in verb.children if c.dep_ == "acomp"):
        for argument in prepositional_arguments(adj):
            if not _usable(argument.head):
                continue
            relation = (f"be {adj.lower_} {argument.prep}", f"{verb.text} {adj.text} "
                        f"{argument.prep}")
            for subject in subjects:
                yield builder.make(verb, subject, relation, [builder.mention(argument.head)],
                                   argument.head, "copula")


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


def sentence_extractions(sentence: Span, doc_id: str, ents: dict[int, Span] | None = None,
                         source_text: str | None = None) -> list[Extraction]:
    """All facts of one sentence, in token order.

    ``source_text`` is the document as the user gave it (before cleaning); the
    evidence sentence is cut from it, so it reads exactly as written.
    """
    ents = entity_spans(sentence.doc) if ents is None else ents
    builder = _Builder(sentence, doc_id, ents, source_text)
    found: list[Extraction] = []
    for token in sentence:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass", "amod"):
            found.extend(verb_extractions(token, builder))
        if token.pos_ in ("NOUN", "PROPN"):
            repaired = clause_read_as_noun_phrase(token)
            if repaired:
                subject, verb = repaired
                obj = trimmed(sentence.doc[verb.i + 1: token.i + 1])
                mention = Mention(obj.text, obj.start_char, obj.end_char, "concept", "",
                                  token.lemma_.lower())
                found.append(builder.make(verb, subject, (verb.lemma_.lower(), verb.text),
                                          [mention], token, "repair"))
    return found


def doc_extractions(doc: Doc, doc_id: str, source_text: str | None = None) -> list[Extraction]:
    """All facts of a parsed document, sentence by sentence."""
    ents = entity_spans(doc)
    return [e for sent in doc.sents
            for e in sentence_extractions(sent, doc_id, ents, source_text)]

