"""Facts a clause states beyond its first object.

``Lucas won awards for Little Britain`` → Lucas –win awards for→ Little Britain besides
Lucas –win→ awards; and a reciprocal verb with coordinated subjects (``Schroeder and
Chirac met``) → Schroeder –meet→ Chirac.

An extraction's first object is its edge; each further argument that names something is
its own fact, the relation joined with the first object's head noun when that is a thing
(``win awards for``, never ``win for``) and with the argument's preposition (read from
the argument phrase as written). Such a fact is typed only by a mapping row for its whole
relation (``win for`` is no award received), and its evidence is the same extraction,
its rule marked ``+argument``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kgbuilder.extractors.lexicon import PARTITIVE_HEADS, ROLE_WORDS
from kgbuilder.extractors.records import NODE_KINDS, Extraction, Mention

from .lexicon import ACTOR_HEADS, RELATION_END_WORDS
from .names import GENDER_OF_WORD, ROLE_NOUNS, TITLE_WORDS

ARGUMENT_RULE = "+argument"
RECIPROCAL_RULE = "+reciprocal"
POSSESSOR_RULE = "+possessor"
OWNER_RULE = "+owner"
ROLE_RULE = "+role"
COPULAS = frozenset({"be", "become", "remain"})
# Verbs that give their object a role ("Norbel appointed X as chief executive"). Written here.
APPOINTING = frozenset({"appoint", "name", "elect", "hire", "promote", "install"})
OWNER_WORDS = frozenset({"its", "their", "his", "her", "our", "the", "a", "an"})
_ROLE_PREPOSITION = re.compile(r"\s(of|for|at)\s+(?:the\s+)?")
_DETERMINERS = frozenset({"the", "a", "an"})
POSSESSIVE = re.compile(r"['\u2019]s?\s+")
# Heads that name people: "Blair's wife", "England's captain", "the firm's staff" are
# partners of their own, never a thing of the possessor's. Written here.
PEOPLE_HEADS = ROLE_NOUNS | TITLE_WORDS | frozenset(GENDER_OF_WORD) | ACTOR_HEADS | frozenset(
    """family children child parents partner partners friend friends team side squad staff
    players fans supporters members colleagues people employees workers""".split())
# Verbs whose coordinated subjects act on each other ("X and Y met"). Written here.
RECIPROCAL_VERBS = frozenset("""meet talk speak negotiate agree disagree clash argue fight
compete collaborate cooperate merge marry divorce split quarrel correspond""".split())
# Prepositions whose phrase says when, never a partner of the fact. English grammar.
TIME_PREPOSITIONS = frozenset({"since", "until", "till"})
MAX_RECIPROCAL = 4  # subjects of one verb; a longer list is a crowd, not a meeting
# Prepositions of a figure that says how a measure changed ("cut its debt to £160m from
# £610m"): a fact of the measure, never of the subject alone. English grammar.
CHANGE_PREPOSITIONS = frozenset({"to", "from", "by"})
FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
MAX_MEASURE_WORDS = 3


def preposition_of(extraction: Extraction, mention: Mention) -> str | None:
    """The preposition the phrase holding ``mention`` opens with (``for`` in ``for Little
    Britain``), or None when the phrase has none."""
    for phrase in extraction.arguments[1:]:
        if phrase.start <= mention.start < phrase.end and phrase.start < mention.start:
            words = phrase.text[:mention.start - phrase.start].split()
            if words and words[0].isalpha() and words[0].islower():
                return words[0]
    return None


def argument_facts(extraction: Extraction) -> list[Extraction]:
    """One extraction per further argument with a preposition, as a fact of its own."""
    found = []
    for mention in extraction.objects[1:]:
        if mention.kind not in NODE_KINDS:
            continue
        preposition = preposition_of(extraction, mention)
        if preposition in TIME_PREPOSITIONS:
            continue  # "has not played for England since the World Cup final": when
        relation = extraction.relation
        if preposition in CHANGE_PREPOSITIONS and is_figure(mention):
            measure = measure_of(extraction)  # "raised its dividend by 26% to 8.5 cents"
            if measure is None:
                continue  # "posting a 52% rise in profits to £198m": no short measure
            relation = f"{relation} {measure}"
        else:
            thing = thing_of(extraction)  # "chose candidates for X": never "choose for X"
            if thing is None and relation.rsplit(" ", 1)[-1] in RELATION_END_WORDS:
                continue  # "worked under Heath at the Foreign Office": no "work under at"
            relation = f"{relation} {thing}" if thing else relation
        if preposition and not relation.endswith(f" {preposition}"):
            found.append(replace(extraction, relation=f"{relation} {preposition}",
                                 objects=(mention,), rule=extraction.rule + ARGUMENT_RULE))
    return found


def thing_of(extraction: Extraction) -> str | None:
    """The head noun of the clause's first object when it is a thing, not a name, a figure
    or a pronoun (``candidates`` of ``chose prospective candidates for Bow``): the fact of a
    further argument keeps what the verb acted on, else it reads as the verb acting on
    the argument (``choose for Bow``, ``pause for from Kennedy``)."""
    obj = extraction.objects[0] if extraction.objects else None
    if obj is None or obj.kind != "concept" or not obj.head or is_figure(obj):
        return None
    head = obj.head.casefold()
    if head in OWNER_WORDS or head in PARTITIVE_HEADS or not head.replace("-", "").isalpha():
        return None
    return written_head(obj.text, head)


def written_head(text: str, lemma: str) -> str:
    """The word of ``text`` that its head ``lemma`` stands for, as written and lower-cased
    (``taxes`` for the lemma ``taxis``, ``co-operation`` for ``operation``), else the lemma."""
    words = [w.strip(".,;:'\"").casefold() for w in text.split()]
    if lemma in words:
        return lemma
    for word in reversed(words):
        if word.endswith(lemma) or (len(word) > 3 and word[:3] == lemma[:3]
                                    and word[:len(lemma) - 2] == lemma[:len(lemma) - 2]):
            return word
    return lemma


def without_thing(relation: str) -> str:
    """A further argument's relation without the thing :func:`thing_of` folded in before
    its preposition (``win award for`` → ``win for``), for a row of the verb's own."""
    words = relation.split()
    return " ".join(words[:-2] + words[-1:])


def is_figure(mention: Mention) -> bool:
    """A number, a sum or a share (``8.5 cents``, ``£160m``, ``26%``)."""
    return mention.label in FIGURE_LABELS or mention.text[:1].isdigit() or \
        mention.text[:1] in "$£€¥"


def measure_of(extraction: Extraction) -> str | None:
    """The short thing a figure after ``to``/``from``/``by`` measures: the clause's first
    object, without determiners (``dividend`` of ``its dividend``), when it is a concept
    of at most :data:`MAX_MEASURE_WORDS` words; else None."""
    obj = extraction.objects[0] if extraction.objects else None
    if obj is None or obj.kind != "concept" or is_figure(obj):
        return None
    words = [w for w in obj.text.split() if w.casefold() not in OWNER_WORDS]
    return " ".join(words) if 0 < len(words) <= MAX_MEASURE_WORDS else None


def reciprocal_facts(extractions: list[Extraction]) -> list[Extraction]:
    """One fact per pair of subjects that a reciprocal verb without a partner joins in one
    sentence (``A and B met in Madrid`` → A –meet→ B), in text order."""
    groups: dict[tuple[int, str], list[Extraction]] = {}
    for extraction in extractions:
        words = extraction.relation.split()
        partnered = extraction.objects and (len(words) == 1 or words[-1] in ("with", "to"))
        if words and words[0] in RECIPROCAL_VERBS and not partnered:
            groups.setdefault((extraction.sentence.start, words[0]), []).append(extraction)
    found = []
    for group in groups.values():
        people = sorted({e.subject.start: e for e in group}.values(),
                        key=lambda e: e.subject.start)
        if not 2 <= len(people) <= MAX_RECIPROCAL:
            continue
        for i, first in enumerate(people):
            for second in people[i + 1:]:
                found.append(replace(first, relation=first.relation.split()[0],
                                     objects=(second.subject,),
                                     rule=first.rule + RECIPROCAL_RULE))
    return found


def possessor_facts(extraction: Extraction,
                    known: Callable[[int, int], bool]) -> list[Extraction]:
    """``The Tories accepted Tony Blair's promise`` → Tories –accept promise of→ Tony Blair
    besides the fact about the promise: an object written ``NAME's NOUN`` whose name is
    a known mention (``known(start, end)``) and whose head is a thing, not a person
    (``Blair's wife`` is a partner of her own). Typed by the verb's event type only
    (the promise is not owned by the one who accepts it)."""
    obj = extraction.objects[0] if extraction.objects else None
    if obj is None or obj.kind != "concept" or not obj.head:
        return []
    head = obj.head.casefold()
    if head in PEOPLE_HEADS or head.removesuffix("s") in PEOPLE_HEADS:
        return []
    match = POSSESSIVE.search(obj.text)
    if match is None or not obj.text[match.end():].casefold().startswith(head):
        return []  # the head noun right after the possessive: "Labour's record"
    words = [m.start() for m in re.finditer(r"\S+", obj.text[:match.start()])]
    for offset in words:  # "Prime Minister Tony Blair's": the longest known name
        start, end = obj.start + offset, obj.start + match.start()
        if known(start, end):
            owner = Mention(obj.text[offset:match.start()], start, end, "entity",
                            sentence=obj.sentence, head=obj.text[:match.start()].split()[-1])
            return [replace(extraction, relation=f"{extraction.relation} {head} of",
                            objects=(owner,), rule=extraction.rule + POSSESSOR_RULE)]
    return []


def _named_end(obj: Mention, offset: int, known: Callable[[int, int], bool]) -> Mention | None:
    """The known mention that starts ``offset`` characters into ``obj`` (the longest one)."""
    text = obj.text
    ends = [m.end() for m in re.finditer(r"[^\s,;]+", text) if m.end() > offset]
    for end in reversed(ends):
        if known(obj.start + offset, obj.start + end):
            name = text[offset:end]
            return Mention(name, obj.start + offset, obj.start + end, "entity",
                           sentence=obj.sentence, head=name.split()[-1])
    return None


def role_facts(extraction: Extraction, known: Callable[[int, int], bool]) -> list[Extraction]:
    """Role facts a clause states with a verb: :func:`copula_role_facts` and
    :func:`appointment_facts`."""
    return copula_role_facts(extraction, known) + appointment_facts(extraction)


def copula_role_facts(extraction: Extraction,
                      known: Callable[[int, int], bool]) -> list[Extraction]:
    """A copula with a role noun: ``X is the chief executive of Norbel`` → X –chief
    executive of→ Norbel; ``X became Ruritania's president`` → X –president of→ Ruritania
    (the role word last before ``of``/``for``/``at``, or after a named possessor)."""
    obj = extraction.objects[0] if extraction.objects else None
    if extraction.relation not in COPULAS or obj is None or obj.kind != "concept":
        return []
    found = None
    if (match := _ROLE_PREPOSITION.search(obj.text)) is not None:
        words = [w for w in obj.text[:match.start()].casefold().split() if w not in _DETERMINERS]
        if words and words[-1] in ROLE_WORDS and (owner := _named_end(obj, match.end(), known)):
            found = (" ".join(words) + f" {match.group(1)}", owner)
    elif (match := POSSESSIVE.search(obj.text)) is not None:
        words = obj.text[match.end():].casefold().split()
        if words and words[-1] in ROLE_WORDS:
            for start in (m.start() for m in re.finditer(r"\S+", obj.text[:match.start()])):
                end = obj.start + match.start()
                if known(obj.start + start, end):
                    name = obj.text[start:match.start()]
                    found = (" ".join(words) + " of",
                             Mention(name, obj.start + start, end, "entity",
                                     sentence=obj.sentence, head=name.split()[-1]))
                    break
    if found is None:
        return []
    relation, owner = found
    return [replace(extraction, relation=relation, objects=(owner,),
                    rule=extraction.rule + ROLE_RULE)]


def appointment_facts(extraction: Extraction) -> list[Extraction]:
    """``Norbel Mining appointed Ana Lind as its new chief executive`` → Ana Lind –new chief
    executive of→ Norbel Mining: the appointed one holds the role in the appointer (typed
    by the role rows, which want an organisation or country there)."""
    words = extraction.relation.split()
    if len(extraction.objects) < 2 or not words or words[0] not in APPOINTING \
            or len(words) > 2:
        return []
    appointer, person, role = extraction.subject, extraction.objects[0], extraction.objects[1]
    if appointer.label in ("PERSON", "masc", "fem"):
        return []  # "Blair appointed X as Foreign Secretary": a post, not Blair's
    if person.kind != "entity" or role.kind != "concept" or \
            preposition_of(extraction, role) != "as":
        return []
    title = [w for w in role.text.casefold().split() if w not in OWNER_WORDS]
    if not title or title[-1] not in ROLE_WORDS:
        return []
    return [replace(extraction, subject=person, relation=" ".join(title) + " of",
                    objects=(extraction.subject,), rule=extraction.rule + ROLE_RULE)]
