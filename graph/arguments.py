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

from .lexicon import ACTOR_HEADS, MEASURE_NOUNS, RELATION_END_WORDS
from .names import GENDER_OF_WORD, ROLE_NOUNS, TITLE_WORDS

ARGUMENT_RULE = "+argument"
RECIPROCAL_RULE = "+reciprocal"
POSSESSOR_RULE = "+possessor"
OWNER_RULE = "+owner"
ROLE_RULE = "+role"
COPULAS = frozenset({"be", "become", "remain"})
# Verbs that give their object a role ("Norbel appointed X as chief executive"). Written here.
APPOINTING = frozenset({"appoint", "name", "elect", "hire", "promote", "install"})
_OWNER_WORDS = frozenset({"its", "their", "his", "her", "our", "the", "a", "an"})
_ROLE_PREPOSITION = re.compile(r"\s(of|for|at)\s+(?:the\s+)?")
_DETERMINERS = frozenset({"the", "a", "an"})
_POSSESSIVE = re.compile(r"['\u2019]s?\s+")
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
    if head in _OWNER_WORDS or head in PARTITIVE_HEADS or not head.replace("-", "").isalpha():
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
    words = [w for w in obj.text.split() if w.casefold() not in _OWNER_WORDS]
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
    match = _POSSESSIVE.search(obj.text)
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


def owner_subject_facts(extraction: Extraction,
                        known: Callable[[int, int], bool]) -> list[Extraction]:
    """``Tesco's profits rose to £2bn`` → Tesco –profits rise to→ £2bn besides the fact
    about the profits: a subject written ``NAME's NOUN ...`` whose name is a known mention
    and whose head is a thing, not a person. The caller keeps it only when the object is
    an amount (a figure of the owner's, never an entity the thing acted on)."""
    subject = extraction.subject
    if subject.kind != "concept" or not subject.head or not extraction.objects:
        return []
    head = subject.head.casefold()
    if head in PEOPLE_HEADS or head.removesuffix("s") in PEOPLE_HEADS:
        return []
    match = _POSSESSIVE.search(subject.text)
    if match is None:
        owner = _owner_after(extraction, known) or _owner_before(extraction, known)
        if owner is None:
            return []
        return [replace(extraction, subject=owner,
                        relation=f"{subject.text.casefold()} {extraction.relation}",
                        rule=extraction.rule + OWNER_RULE)]
    thing = subject.text[match.end():].casefold().split()
    if not thing or thing[-1] not in (head, f"{head}s", f"{head}es"):  # the head a lemma
        return []  # "Labour's record on the NHS": the head ends the phrase
    for offset in (m.start() for m in re.finditer(r"\S+", subject.text[:match.start()])):
        start, end = subject.start + offset, subject.start + match.start()
        if known(start, end):
            owner = Mention(subject.text[offset:match.start()], start, end, "entity",
                            sentence=subject.sentence,
                            head=subject.text[:match.start()].split()[-1])
            return [replace(extraction, subject=owner,
                            relation=f"{' '.join(thing)} {extraction.relation}",
                            rule=extraction.rule + OWNER_RULE)]
    return []


_OWNER_AFTER = re.compile(r"\s+(?:at|of|in|from)\s+")
_NAME_END = re.compile(r"['\u2019]s?(?:\s|$)|\s*$")  # a possessive, or the phrase's end


def _owner_after(extraction: Extraction, known: Callable[[int, int], bool]) -> Mention | None:
    """The owner a subject names after ``at``/``of``/``in``/``from`` (``Profits at
    Norbel``, ``Sales in Norbel's drugs business``, ``Exports from Ruritania``): the first
    known mention of the subject's phrase after the preposition, when it ends the phrase
    or is followed by a possessive ``'s``. Read from the subject phrase as written, since the
    subject mention is only its head noun phrase."""
    subject = extraction.subject
    phrase = extraction.arguments[0] if extraction.arguments else None
    if phrase is None or phrase.start != subject.start \
            or not phrase.text.startswith(subject.text):
        return None
    match = _OWNER_AFTER.match(phrase.text, len(subject.text))
    if match is None:
        return None
    text = phrase.text
    starts = [m.start() for m in re.finditer(r"\S+", text) if m.start() >= match.end()]
    ends = [m.end() for m in re.finditer(r"[^\s'\u2019]+", text) if m.end() > match.end()]
    for start in starts:
        for end in reversed([e for e in ends if e > start]):
            if known(phrase.start + start, phrase.start + end):
                if _NAME_END.match(text, end) is None:
                    return None  # "Profits at the Norbel plant in Leeds": no owner named
                name = text[start:end]
                return Mention(name, phrase.start + start, phrase.start + end, "entity",
                               sentence=subject.sentence, head=name.split()[-1])
    return None


_POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)


def _owner_before(extraction: Extraction, known: Callable[[int, int], bool]) -> Mention | None:
    """The ``its``/``their`` right before the subject (``its profits``, ``Their shares``)
    when resolution knows it: a pronoun, judged later by what it stands for."""
    subject, sentence = extraction.subject, extraction.sentence
    match = _POSSESSIVE_PRONOUN.search(sentence.text, 0, subject.start - sentence.start)
    if match is None:
        return None
    word = match.group().rstrip()
    start = sentence.start + match.start()
    if not known(start, start + len(word)):
        return None
    return Mention(word, start, start + len(word), "pronoun",
                   "neuter" if word.casefold() == "its" else "plural", word,
                   sentence=subject.sentence)


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
    elif (match := _POSSESSIVE.search(obj.text)) is not None:
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
    title = [w for w in role.text.casefold().split() if w not in _OWNER_WORDS]
    if not title or title[-1] not in ROLE_WORDS:
        return []
    return [replace(extraction, subject=person, relation=" ".join(title) + " of",
                    objects=(extraction.subject,), rule=extraction.rule + ROLE_RULE)]


class OwnedFigures:
    """:func:`owner_subject_facts` over a document's extractions in order, and a bare
    figure noun (``Sales were down 25%``, ``on sales which fell 8%``) given the owner of
    the last owned figure when that lies in the same sentence or the one before: business
    news names a firm's figures bare once it has said whose they are."""

    def __init__(self) -> None:
        self._last: tuple[str, int, Mention] | None = None  # document, sentence, owner
        self._sentences: list[tuple[str, int]] = []  # sentence starts seen, in order
        self._named_here: set[str] = set()  # named subjects of the sentence so far

    def facts(self, extraction: Extraction,
              known: Callable[[int, int], bool]) -> list[Extraction]:
        """The owner facts of ``extraction`` (see the class)."""
        here = (extraction.doc_id, extraction.sentence.start)
        if self._sentences and self._sentences[-1][0] != here[0]:
            self._last, self._sentences = None, []  # a new document: no owner yet
        if not self._sentences or self._sentences[-1] != here:
            self._sentences = [*self._sentences[-1:], here]  # this sentence and the one before
            self._named_here = set()
        found = owner_subject_facts(extraction, known)
        words = extraction.subject.text.casefold().split()
        measure = bool(words) and words[-1] in MEASURE_NOUNS
        bare = measure and _bare_figure(extraction)  # asked once of each figure subject
        if measure and not bare:
            # whose figures they are, said with or without a figure ("X's sales improved")
            owner = found or owner_subject_facts(
                replace(extraction, objects=(extraction.subject,)), known)
            if owner:
                self._last = (*here, owner[0].subject)
        elif bare and not found and self._last is not None:
            doc, start, owner = self._last
            others = self._named_here - {owner.text}  # "Asahi predicts profits to rise"
            if doc == extraction.doc_id and (doc, start) in self._sentences and \
                    (start == here[1] or not others):
                subject = extraction.subject
                found = [replace(extraction, subject=owner,
                                 relation=f"{subject.text.casefold()} {extraction.relation}",
                                 rule=extraction.rule + OWNER_RULE)]
        if extraction.subject.kind == "entity":
            self._named_here.add(extraction.subject.text)
        return found


def _bare_figure(extraction: Extraction) -> bool:
    """A subject that is a figure noun with no determiner or owner of its own (``Sales``,
    ``R&D spending``), not ``the sales`` or ``car sales in Europe``."""
    subject = extraction.subject
    words = subject.text.casefold().split()
    if subject.kind != "concept" or not extraction.objects or not words \
            or words[-1] not in MEASURE_NOUNS or len(words) > 2 \
            or "'" in subject.text or "\u2019" in subject.text:
        return False  # "Sainsbury's sales" has its owner
    before = extraction.sentence.text[:subject.start - extraction.sentence.start].split()
    if before and any(w[:1].isupper() for w in subject.text.split()[:-1]):
        return False  # "Ford sales", a name's, unless it opens the sentence
    last = before[-1].casefold() if before else ""
    return last not in _OWNER_WORDS and last not in ("these", "those", "whose") \
        and not last.endswith(("'s", "\u2019s", "'"))
