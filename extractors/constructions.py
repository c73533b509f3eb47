"""The verb constructions, one generator each, tried in :data:`CONSTRUCTIONS` order.

Each takes a verb's :class:`~.frames.Frame`, one of its subjects and the sentence's
builder, and yields the facts its construction reads, or nothing when the frame is not
its construction. Its ``rule`` names it in the records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from .argument_spans import argument_span, clause_span
from .arguments import NOMINAL_POS, Argument, is_time, is_usable
from .builder import ExtractionBuilder
from .confidence import confidence
from .datives import given_thing, object_predicate, recipient_preposition
from .frames import Frame, Subject, frame_of, subject_of
from .idioms import prepositional_idiom, verb_noun_idiom
from .lexicon import (
    CHANGE_VERBS,
    COMPARATIVE_DEGREES,
    DIRECT_PARTNER_EVENTS,
    LEAVE_TO_VERBS,
    LIGHT_PREPS,
    LIGHT_VERBS,
    NOUN_EVENTS,
    PREPOSITION_NOUNS,
    REPORTING_VERBS,
)
from .memberships import members_included
from .partner_events import called_for, contest
from .prepositions import (
    is_fronted,
    is_prepositional_idiom,
    prepositional_arguments,
    same_preposition,
)
from .records import PARTNER_RULE, PREDICATED_RULE, Extraction, Mention
from .repairs import clause_read_as_noun_phrase, misparsed_clause_span
from .resultatives import resultative
from .tree import children

Construction = Callable[[Frame, Subject, ExtractionBuilder], Iterator[Extraction]]


def event_of(noun: Token) -> str:
    """The event an event noun names: ``call`` → call, ``talks`` → talk, ``meeting`` → meet."""
    lemma = noun.lemma_.lower()
    return NOUN_EVENTS.get(lemma, lemma)


def nominal_partner(noun: Token, ents: dict[int, Span]) -> Argument | None:
    """The partner of an event noun: ``talks with X``, ``conversations with X`` → X."""
    if noun.pos_ != "NOUN" or noun.i in ents:
        return None
    partners = [a for a in prepositional_arguments(noun)
                if a.prep in LIGHT_PREPS and is_usable(a.head)]
    return partners[0] if partners else None


def named_partner(verb: Token, noun: Token, ents: dict[int, Span]) -> Argument | None:
    """The named partner of a verb's object noun (``announced a partnership with Sony``,
    ``led the opposition to the bill``), which takes the noun's place as the fact's
    object; None for a partner that is no name (``play support to U2`` when U2 is not
    one), a noun opening a compound preposition (``thanks to X``), or the object of a
    participle that describes its noun (``Czechs refused entry to Britain``)."""
    if noun.lower_ in PREPOSITION_NOUNS or (verb.tag_ == "VBN" and verb.dep_ == "acl"):
        return None
    partner = nominal_partner(noun, ents)
    return partner if partner is not None and partner.head.i in ents else None


def light_verb_event(verb: Token, noun: Token,
                     preps: list[Argument]) -> tuple[str, Argument] | None:
    """``had a call with X`` → (call, X); ``held talks with X`` → (talk with, X).

    A light verb lends its event to its object noun; the noun's partner (``with``/``to``
    on the noun or on the verb) becomes the object of a fact named after the noun.
    """
    if verb.lemma_ not in LIGHT_VERBS or noun.pos_ != "NOUN":
        return None
    partners = [a for a in prepositional_arguments(noun) + preps
                if a.prep in LIGHT_PREPS and is_usable(a.head)]
    if not partners:
        return None
    partner = partners[0]
    event = event_of(noun)
    if event in DIRECT_PARTNER_EVENTS:
        return event, partner
    return f"{event} {partner.prep}", partner


def passive_with_agent(frame: Frame, patient: Subject,
                       b: ExtractionBuilder) -> Iterator[Extraction]:
    """``the treaty was signed by the French president``: the agent signs the treaty."""
    if not frame.agents:
        return
    verb = frame.verb
    first = frame.agents[0]
    while first.dep_ == "conj":
        first = first.head
    marker = first.head  # the "by", on this verb or on the participle it shares it with
    for agent in frame.agents:
        extra = b.arguments(frame.preps) + frame.times
        surface = (frame.words + [marker], [patient.phrase, b.head_phrase(agent)] + extra)
        objects = [patient.mention] + b.node_arguments(frame.preps)
        yield b.make(verb, b.mention(agent), frame.lemma, objects, rule="passive",
                     surface=surface, stance=frame.stance, confidence=confidence(
                         "passive", agent, patient.token, b.span, verb, len(surface[1])))


def _object_surface(frame: Frame, subject: Subject, obj: Token, b: ExtractionBuilder):
    return (frame.words, [subject.phrase, b.head_phrase(obj)]
            + b.arguments(frame.preps) + frame.times)


def misparsed_clause_object(frame: Frame, subject: Subject, obj: Token,
                            b: ExtractionBuilder) -> Extraction | None:
    """``X indicated that Y verbed Z`` read by the parser as one noun phrase: the object
    is the clause (a ``clause`` mention, as for a parsed ``that`` clause), never a node;
    :mod:`.repairs` reads the clause's own fact."""
    misparsed = clause_read_as_noun_phrase(obj)
    if misparsed is None:
        return None
    that = misparsed[0]
    return _clause_fact(frame, subject, misparsed_clause_span(obj, that, b.ents), [that], b)


def _clause_fact(frame: Frame, subject: Subject, clause: Span, marks: list[Token],
                 b: ExtractionBuilder) -> Extraction:
    """The verb's fact whose object is a whole clause (``said that ...``): rule ``report``
    after a reporting verb, else ``clause``; ``marks`` join the surface relation."""
    verb = frame.verb
    surface = (frame.words + marks, [subject.phrase, b.phrase(clause)]
               + b.arguments(frame.preps) + frame.times)
    rule = "report" if verb.lemma_ in REPORTING_VERBS else "clause"
    return b.make(verb, subject.mention, frame.lemma, [b.other(clause, "clause")],
                  rule=rule, surface=surface, stance=frame.stance, confidence=confidence(
                      rule, subject.token, None, b.span, verb, len(surface[1])))


def light_verb(frame: Frame, subject: Subject, obj: Token,
               b: ExtractionBuilder) -> Extraction | None:
    """``had a call with X`` → call X: the light verb's object noun names the event."""
    light = light_verb_event(frame.verb, obj, frame.preps)
    if light is None:
        return None
    relation, partner = light
    surface = _object_surface(frame, subject, obj, b)
    return b.make(frame.verb, subject.mention, relation, [b.mention(partner.head)],
                  rule="light-verb", surface=surface, stance=frame.stance,
                  confidence=confidence("svo", subject.token, obj, b.span, frame.verb,
                                        len(surface[1])))  # trusted as its clause


def subject_verb_object(frame: Frame, subject: Subject, obj: Token,
                        b: ExtractionBuilder) -> Extraction:
    """``X visited Y`` (rule ``svo``), ``X is a Y`` (rule ``copula``), ``X was awarded Y``
    (rule ``passive-object``); further prepositional arguments as extra objects, but a
    predicating one after the object (``took the band on tour``) joins the relation."""
    verb = frame.verb
    rule = "copula" if verb.lemma_ == "be" else "passive-object" if frame.passive else "svo"
    surface = _object_surface(frame, subject, obj, b)
    relation, preps = frame.lemma, frame.preps
    recipient = recipient_preposition(verb, obj)  # "gave Ireland a record": "give record to"
    if recipient:
        thing = given_thing(verb)
        relation = f"{relation} {thing} {recipient}" if thing else f"{relation} {recipient}"
    called = None if recipient else object_predicate(verb, obj)  # "called X a giant"
    relation = f"{relation} {called}" if called else relation  # "call giant", no phone call
    partner = named_partner(verb, obj, b.ents) if rule == "svo" and not recipient \
        and not called else None
    if partner is not None:
        relation = f"{relation} {obj.lower_} {partner.prep}"
    idioms = [a for a in preps if is_prepositional_idiom(a) and a.head.i > obj.i]
    if idioms and rule == "svo":  # "take the band on tour": the idiom joins the relation
        idiom = idioms[0]
        relation = f"{relation} {idiom.prep} {idiom.head.lemma_.lower()}"
        preps = [a for a in preps if a.marker.i != idiom.marker.i]
    first = b.mention(partner.head if partner is not None else obj)
    return b.make(verb, subject.mention, relation, [first] + b.node_arguments(preps),
                  rule=rule + PREDICATED_RULE if called else
                  rule + PARTNER_RULE if partner is not None else rule,
                  surface=surface, stance=frame.stance, confidence=confidence(
                      rule, subject.token, obj, b.span, verb, len(surface[1])))


def adjective_preposition(frame: Frame, subject: Subject, comp: Token,
                          b: ExtractionBuilder) -> list[Extraction] | None:
    """``X is open to conversations with Y`` → X –be open to conversations with→ Y; one
    fact per coordinated object (``open to X and Y``)."""
    adjective_preps = prepositional_arguments(comp) if comp.pos_ == "ADJ" else []
    if not adjective_preps:
        return None
    first = adjective_preps[0]
    rest = [a for a in adjective_preps + frame.preps if a.marker.i != first.marker.i]
    found = []
    for member in same_preposition(adjective_preps, first):
        surface = (frame.words + [comp, first.marker],
                   [subject.phrase, b.head_phrase(member.head)] + b.arguments(rest)
                   + frame.times)
        degree = next((c.lower_ for c in children(comp)
                       if c.dep_ == "advmod" and c.lower_ in COMPARATIVE_DEGREES), None)
        adjective = f"{degree} {comp.lower_}" if degree else comp.lower_  # "less likely than"
        relation = f"be {adjective} {first.prep}"
        obj = member.head
        partner = nominal_partner(obj, b.ents)
        if partner is not None:
            relation, obj = f"{relation} {obj.lower_} {partner.prep}", partner.head
        found.append(b.make(frame.verb, subject.mention, relation, [b.mention(obj)],
                            rule="copula", surface=surface, stance=frame.stance,
                            confidence=confidence("copula", subject.token, obj, b.span,
                                                  frame.verb, len(surface[1]))))
    return found


def object_complement(frame: Frame, subject: Subject, comp: Token,
                      b: ExtractionBuilder) -> Extraction | None:
    """``made the city his headquarters``, ``consider the plan risky`` (a verbless
    complement the parser reads as a clause or as the object with a subject of its own):
    the object, then its complement (rule ``object-complement``)."""
    if comp.dep_ not in ("ccomp", "dobj") or comp.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    objects = [c for c in children(comp) if c.dep_ == "nsubj" and c.pos_ in NOMINAL_POS]
    if not objects or any(c.pos_ in ("VERB", "AUX") for c in comp.subtree):
        return None
    obj = objects[0]
    complement = comp.doc[obj.right_edge.i + 1:comp.right_edge.i + 1]
    verb = frame.verb
    surface = (frame.words, [subject.phrase, b.head_phrase(obj), b.phrase(complement)]
               + b.arguments(frame.preps) + frame.times)
    extra = [b.other(complement, "other" if comp.pos_ == "ADJ" else "concept")]
    return b.make(verb, subject.mention, frame.lemma, [b.mention(obj)] + extra,
                  rule="object-complement", surface=surface, stance=frame.stance,
                  confidence=confidence("svo", subject.token, obj, b.span, verb,
                                        len(surface[1])))


def complement_clause(frame: Frame, subject: Subject, comp: Token,
                      b: ExtractionBuilder) -> Extraction | None:
    """``X said that ...`` (rule ``report``), ``X decided that ...`` (rule ``clause``):
    the clause is the object, a ``clause`` mention, never a graph node."""
    if comp.dep_ != "ccomp":
        return None
    marks = [c for c in children(comp) if c.dep_ == "mark"]
    return _clause_fact(frame, subject, clause_span(comp), marks, b)


def predicate_adjective(frame: Frame, subject: Subject, comp: Token,
                        b: ExtractionBuilder) -> Extraction:
    """``the plan was risky`` → plan –be→ risky (rule ``copula``, not a graph edge)."""
    verb = frame.verb
    clause = argument_span(comp, b.ents)
    surface = (frame.words, [subject.phrase, b.phrase(clause)]
               + b.arguments(frame.preps) + frame.times)
    return b.make(verb, subject.mention, frame.lemma, [b.other(clause, "clause")],
                  rule="copula", surface=surface, stance=frame.stance, confidence=confidence(
                      "copula", subject.token, None, b.span, verb, len(surface[1])))


# How one direct object, and one complement, is read: by the first reading that fits.
OBJECT_READINGS = (misparsed_clause_object, object_complement, verb_noun_idiom, light_verb,
                   members_included, subject_verb_object)
COMPLEMENT_READINGS = (adjective_preposition, object_complement, complement_clause,
                       predicate_adjective)


def first_reading(readings, frame: Frame, subject: Subject, item: Token,
                  b: ExtractionBuilder) -> list[Extraction]:
    """The extractions of the first reading in ``readings`` that fits ``item``."""
    for reading in readings:
        extraction = reading(frame, subject, item, b)
        if isinstance(extraction, list):
            return extraction
        if extraction is not None:
            return [extraction]
    return []


def direct_objects(frame: Frame, subject: Subject, b: ExtractionBuilder) -> Iterator[Extraction]:
    """One fact per direct object or predicate nominal, read by :data:`OBJECT_READINGS`;
    none for an object left to act (:func:`left_to_act`)."""
    for obj in frame.objects:
        if not left_to_act(frame.verb, obj):
            yield from first_reading(OBJECT_READINGS, frame, subject, obj, b)


def left_to_act(verb: Token, obj: Token) -> bool:
    """``..., leaving X and Y to battle for the place``: after a clause, a ``leaving``
    whose object is followed by ``to`` and a verb (the parser may read the infinitive as a
    noun after a preposition) leaves the object to act: nobody leaves X. A finite ``left
    X to join Y`` may be a purpose (X was left in order to join Y) and stays a fact."""
    if verb.lemma_ not in LEAVE_TO_VERBS or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False
    after = max(t.i for t in obj.subtree) + 1
    doc = obj.doc
    return after + 1 < len(doc) and doc[after].lower_ == "to" \
        and doc[after + 1].pos_ in ("VERB", "NOUN") and doc[after + 1].tag_ in ("VB", "NN")


def complements(frame: Frame, subject: Subject, b: ExtractionBuilder) -> Iterator[Extraction]:
    """One fact per clausal or adjectival complement, read by :data:`COMPLEMENT_READINGS`."""
    for comp in frame.complements:
        yield from first_reading(COMPLEMENT_READINGS, frame, subject, comp, b)


def _objectless(frame: Frame) -> bool:
    return not frame.agents and not frame.objects


def _usable_preps(frame: Frame, b: ExtractionBuilder) -> list[Argument]:
    return [a for a in frame.preps if not is_time(a.head, b.ents)]


def prepositional_object(frame: Frame, subject: Subject,
                         b: ExtractionBuilder) -> Iterator[Extraction]:
    """``X met with Y`` → X –meet with→ Y: the first prepositional argument that is not
    a time becomes the object (rule ``prep``, ``passive-prep`` for a passive verb), one
    fact per coordinated object (``met with X, Y and Z``); ``engaged in talks with Y`` →
    X –engage in talks with→ Y."""
    if not _objectless(frame):
        return
    if any(is_prepositional_idiom(a) for a in frame.preps) and not frame.complements:
        return  # read by prepositional_idiom
    usable = [a for a in _usable_preps(frame, b) if not is_fronted(a, subject.token)]
    if not usable:
        return
    verb, first = frame.verb, usable[0]
    rest = [a for a in frame.preps if a.marker.i != first.marker.i]
    rule = "passive-prep" if frame.passive else "prep"
    for member in same_preposition(usable, first):
        relation = f"{frame.lemma} {first.prep}"
        surface = (frame.words + [first.marker], [subject.phrase, b.head_phrase(member.head)]
                   + b.arguments(rest) + frame.times)
        objects = [b.mention(member.head)] + b.node_arguments(
            [a for a in rest if a.prep != first.prep])
        partner = nominal_partner(member.head, b.ents)
        if partner is not None:
            relation = f"{relation} {member.head.lower_} {partner.prep}"
            objects = [b.mention(partner.head)] + objects[1:]
        yield b.make(verb, subject.mention, relation, objects, rule=rule, surface=surface,
                     stance=frame.stance, confidence=confidence(
                         rule, subject.token, member.head, b.span, verb, len(surface[1])))


def intransitive(frame: Frame, subject: Subject, b: ExtractionBuilder) -> Iterator[Extraction]:
    """``The prime minister offered to step down``: an event without an object."""
    verb = frame.verb
    if (not _objectless(frame) or frame.preps or frame.times or frame.complements
            or any(c.dep_ in ("xcomp", "ccomp") for c in children(verb))):
        return
    yield b.make(verb, subject.mention, frame.lemma, [], rule="intransitive",
                 surface=(frame.words, [subject.phrase]), stance=frame.stance,
                 confidence=confidence("intransitive", subject.token, None, b.span, verb, 1))


def changed_by(frame: Frame, subject: Subject, b: ExtractionBuilder) -> Iterator[Extraction]:
    """``Sales fell 8% to £2bn``: a change verb's bare percentage (an adverbial noun the
    NER calls a percentage) is the size of the change: sales –fall by→ 8%."""
    verb = frame.verb
    if verb.lemma_ not in CHANGE_VERBS:
        return
    for child in children(verb):
        ent = b.ents.get(child.i)
        if child.dep_ not in ("npadvmod", "dobj") or ent is None or ent.label_ != "PERCENT":
            continue
        amount = Mention(ent.text, ent.start_char, ent.end_char, "entity", "PERCENT",
                         ent.root.text, sentence=b.span.start_char, dep=child.dep_)
        surface = (frame.words, [subject.phrase, b.phrase(ent)])
        yield b.make(verb, subject.mention, f"{frame.lemma} by", [amount], rule="change",
                     surface=surface, stance=frame.stance, confidence=confidence(
                         "change", subject.token, child, b.span, verb, 2))


def time_only(frame: Frame, subject: Subject, b: ExtractionBuilder) -> Iterator[Extraction]:
    """``the company collapsed in 2008``: only a time, an Open IE fact but no graph edge."""
    if (not _objectless(frame) or not (frame.preps or frame.times) or frame.complements
            or any(not is_fronted(a, subject.token) for a in _usable_preps(frame, b))):
        return
    verb = frame.verb
    phrases = b.arguments(frame.preps) + frame.times
    when = frame.preps[0].head if frame.preps else None
    obj = (b.other(argument_span(when, b.ents)) if when is not None
           else Mention(phrases[0].text, phrases[0].start, phrases[0].end, "other"))
    yield b.make(verb, subject.mention, frame.lemma, [obj], rule="time",
                 surface=(frame.words, [subject.phrase] + phrases), stance=frame.stance,
                 confidence=confidence("time", subject.token, None, b.span, verb,
                                       1 + len(phrases)))


# The order constructions are tried in, for each subject of each verb.
CONSTRUCTIONS: tuple[Construction, ...] = (
    passive_with_agent, direct_objects, complements, prepositional_idiom, prepositional_object,
    changed_by, intransitive, time_only, resultative, called_for, contest,
)


def verb_extractions(verb: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """Every fact whose relation is headed by ``verb``, in both views."""
    frame = frame_of(verb, builder)
    if frame is None:
        return  # a verb without a subject states no fact
    for token in frame.subjects:
        subject = subject_of(token, builder)
        for construction in CONSTRUCTIONS:
            yield from construction(frame, subject, builder)
