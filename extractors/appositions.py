"""Role facts from appositions: ``X, Venezuela's interim president`` → X –interim
president of→ Venezuela; and the name set beside a role noun, for mentions.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .argument_spans import argument_span
from .arguments import is_usable
from .confidence import confidence
from .group_roles import sentence_group
from .lexicon import MEMBER_GROUP_NOUNS, ROLE_QUALIFIERS, ROLE_WORDS
from .mentions import NAMED_LABELS, mention_for
from .possessed import creation_relation
from .records import Extraction
from .split_words import is_joining_hyphen, written_lower
from .tree import children, lefts, rights

if TYPE_CHECKING:
    from .builder import ExtractionBuilder

ROLE_MODIFIER_DEPS = frozenset({"amod", "compound"})
OWNER_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})  # names a role can belong to
# Roles a place before them is the field of, not the owner. Written here.
FIELD_ROLES = frozenset("""economist analyst strategist correspondent editor reporter
commentator expert""".split())
WH_TAGS = frozenset({"WRB", "WDT", "WP", "WP$"})


def role_of(noun: Token) -> tuple[str, Token | None]:
    """The role a noun names, and whose: ``Venezuela's interim president`` → (interim
    president, Venezuela); ``the president of the National Assembly`` → (president,
    National Assembly); ``his wife`` → (wife, his)."""
    modifiers = [c for c in lefts(noun) if (c.dep_ in ROLE_MODIFIER_DEPS or is_joining_hyphen(c))
                 and c.i > max([p.right_edge.i for p in lefts(noun) if p.dep_ == "poss"] + [-1])
                 and c.lower_ != "own"]  # "its own internet business"
    role = written_lower([*modifiers, noun])  # "co-founder"
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    if not owners:
        owners = [o for c in rights(noun) if c.dep_ == "prep" and c.lower_ == "of"
                  for o in children(c) if o.dep_ == "pobj"]
    return role, (owners[0] if owners else None)


def _named_pobj(pobj: Token, prep: str, ents: dict[int, Span]) -> Token | None:
    """The name a role's ``for``/``at`` phrase gives: the object itself (``spokesman for
    Norbel``; a person too after ``for``: NER reads many firms as people), or the name set
    beside it (``director at analyst firm IDC``, also when NER missed that name)."""
    labels = OWNER_LABELS | {"PERSON"} if prep == "for" else OWNER_LABELS
    if pobj.i in ents and ents[pobj.i].label_ in labels:
        return pobj
    return next((c for c in children(pobj) if c.dep_ == "appos" and (
        (c.i in ents and ents[c.i].label_ in OWNER_LABELS)
        or (c.i not in ents and c.pos_ == "PROPN" and c.text[:1].isupper()))), None)


def named_owner(noun: Token, ents: dict[int, Span]) -> tuple[str, str, Token] | None:
    """A role noun's owner named without ``of`` or a possessive: ``a spokesman for the
    State Grain Administration`` → (spokesman, for, Administration); ``a research
    director at analyst firm IDC`` → (research director, at, IDC); ``a former England
    fly-half`` → (former fly-half, of, England). None when the noun is no role word or no
    named owner stands there."""
    if noun.lower_ not in ROLE_WORDS and noun.lower_.rsplit("-", 1)[-1] not in ROLE_WORDS:
        return None
    for prep in (c for c in rights(noun) if c.dep_ == "prep" and c.lower_ in ("for", "at")):
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            owner = _named_pobj(pobj, prep.lower_, ents)
            if owner is not None:
                return role_of(noun)[0], prep.lower_, owner
    if any(c.dep_ == "prep" and c.lower_ in ("at", "with") for c in rights(noun)):
        return None  # "economist at the bank": no named owner
    named = [c for c in lefts(noun) if c.dep_ in ("compound", "nmod") and c.i in ents
             and ents[c.i].label_ in OWNER_LABELS and not (
                 ents[c.i].label_ != "ORG" and noun.lower_ in FIELD_ROLES)]
    if len(named) != 1:
        return None  # a "UK economist" covers the UK, works for someone else
    owner = ents[named[0].i]
    after = list(noun.doc[owner.end:noun.i + 1])
    joints = [i for i, t in enumerate(after) if t.dep_ == "cc"]
    after = after[joints[-1] + 1:] if joints else after  # "fly-half and goal-kicker"
    qualifiers = [t.lower_ for t in noun.doc[noun.left_edge.i:owner.start]
                  if t.lower_ in ROLE_QUALIFIERS]  # "a former England fly-half"
    role = " ".join([*qualifiers, "".join(t.lower_ + t.whitespace_ for t in after)])
    return " ".join(role.split()), "of", owner.root


def owner_beside_possessive(noun: Token, possessor: Token,
                            ents: dict[int, Span]) -> tuple[str, str, Token] | None:
    """The organisation or place named between a pronoun's possessive and a role noun:
    ``his Newcastle boss`` → (boss, of, Newcastle), ``her former Labour leader`` →
    (former leader, of, Labour): the role is held there, as well as over the possessor. None
    for a possessor that is a name (``Venezuela's interim president``), a noun that is
    no role word, or no single such name."""
    if possessor.pos_ != "PRON" or possessor.dep_ != "poss" or noun.lower_ not in ROLE_WORDS:
        return None
    named = [c for c in lefts(noun) if c.dep_ == "compound" and c.i in ents
             and ents[c.i].label_ in OWNER_LABELS and ents[c.i].root.i == c.i]
    if len(named) != 1:
        return None
    owner = ents[named[0].i]
    words = [t.lower_ for t in lefts(noun) if t.dep_ in ROLE_MODIFIER_DEPS
             and t.i > possessor.i and not owner.start <= t.i < owner.end]
    return " ".join([*words, noun.lower_]), "of", owner.root


def is_own_group(noun: Token, owner: Token, ents: dict[int, Span]) -> bool:
    """``his other band``, ``her new party``: a person's own group, which the person is a
    member of (:data:`~.lexicon.MEMBER_GROUP_NOUNS`; ``his club`` may be a manager's)."""
    if noun.lemma_.lower() not in MEMBER_GROUP_NOUNS or owner.dep_ != "poss":
        return False
    return owner.lower_ in ("his", "her") or (owner.i in ents
                                               and ents[owner.i].label_ == "PERSON")


def is_title(token: Token, ents: dict[int, Span]) -> bool:
    """A role word written with a capital, outside any name (``the President of the
    European Parliament``): the tagger calls it a proper noun, but it names a role."""
    return token.pos_ == "PROPN" and token.lower_ in ROLE_WORDS and token.i not in ents


def is_named(token: Token, ents: dict[int, Span]) -> bool:
    """A proper noun or part of a named entity."""
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
    for appos in (c for c in children(noun) if c.dep_ == "appos"):
        if appos.i in ents and ents[appos.i].label_ in NAMED_LABELS:
            return appos
    for of in (c for c in rights(noun) if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in children(of) if c.dep_ == "pobj"):
            for appos in (c for c in children(pobj) if c.dep_ == "appos"):
                if (appos.i in ents and ents[appos.i].label_ == "PERSON"
                        and (pobj.i not in ents or ents[pobj.i].label_ != "PERSON")):
                    return appos
    return None


def is_one_of(token: Token) -> bool:
    """``one of the prisoners``: a member of a group named by its ``of`` phrase."""
    return token.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of"
                                         for c in children(token))


def set_beside(named: Token, role_noun: Token) -> bool:
    """The name and its role phrase stand side by side, with no clause between them.

    Guards against appositions the parser draws across a clause (``Trump's term, when
    the envoy, X, ...``): a verb or a wh-word between them means they are not one.
    """
    low, high = sorted((named.i, role_noun.i))
    between = named.doc[low + 1:high]
    return not any(t.pos_ in ("VERB", "AUX") or t.tag_ in WH_TAGS for t in between)


def apposition_extractions(token: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """Role facts from appositions: ``X, Venezuela's interim president`` → X –interim
    president of→ Venezuela; ``his wife, X`` → X –wife of→ his; else X –be→ role."""
    pairs = [(token, c) for c in children(token) if c.dep_ == "appos"]
    reattached = named_apposition(token, builder.ents)
    if reattached is not None and reattached.head.i != token.i:
        pairs.append((token, reattached))
    for head, appos in pairs:
        if is_named(head, builder.ents) and not is_title(head, builder.ents) and (
                appos.pos_ == "NOUN" or is_title(appos, builder.ents) or is_one_of(appos)):
            named, role_noun = head, appos
        elif is_named(appos, builder.ents) and (head.pos_ == "NOUN"
                                                or is_title(head, builder.ents)):
            named, role_noun = appos, head
        else:
            continue
        if not set_beside(named, role_noun):
            continue
        role, owner = role_of(role_noun)
        role_span = argument_span(role_noun, builder.ents)
        subject = mention_for(named, builder.ents)
        named_role = named_owner(role_noun, builder.ents) if owner is None else None
        beside = owner_beside_possessive(role_noun, owner, builder.ents) if owner is not None \
            else None
        made = creation_relation(role_noun, named, owner) if owner is not None and \
            owner.dep_ == "poss" else None
        if made is not None and is_usable(owner):  # "Norbel's drug, Zentrol": its maker's
            subject, relation, objects = builder.mention(owner), made, [subject]
        elif owner is not None and is_usable(owner) and is_own_group(role_noun, owner,
                                                                    builder.ents):
            # "his other band, Fightstar": he is a member of Fightstar
            subject, relation, objects = builder.mention(owner), "member of", [subject]
        elif owner is not None and is_usable(owner):  # "his Newcastle boss": boss of him
            relation = f"{beside[0] if beside is not None else role} of"
            objects = [builder.mention(owner)]
        elif named_role is not None:
            role, preposition, owner = named_role
            relation, objects = f"{role} {preposition}", [builder.mention(owner)]
        else:
            relation, objects = "be", [mention_for(role_noun, builder.ents)]
        surface = ([], [builder.phrase(argument_span(named, builder.ents)),
                        builder.phrase(role_span)])
        extraction = builder.make(role_noun, subject, relation, objects, rule="apposition",
                                  surface=surface, confidence=confidence(
                                      "apposition", named, owner, builder.span, role_noun, 2))
        extraction = replace(extraction, relation_text="is", negated=False, modality=None,
                             time=None)
        yield extraction
        group = sentence_group(role_noun.doc[role_noun.i:role_noun.i + 1], builder.span) \
            if relation == "be" else None
        if group is not None:  # "... the band's label said frontman X": X –frontman of→ it
            yield replace(extraction, relation=f"{role} of",
                          objects=(builder.mention(group),), arguments=())
        if beside is not None and objects[0].kind != "other":
            # "his Newcastle boss X": X is also the boss of Newcastle (a graph fact, no
            # Open IE tuple of its own)
            yield replace(extraction, relation=f"{beside[0]} of",
                          objects=(builder.mention(beside[2]),), arguments=())
