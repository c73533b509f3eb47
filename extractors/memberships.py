"""Members a group names with a role noun: ``The band includes members X and Y`` → X
–member of→ band, Y –member of→ band (rule ``members``).

The role noun before the names says what they are of the subject; the fact is theirs,
read as a title fact is (``X, member of Y``), never the group "including" a person.
"""

from __future__ import annotations

from spacy.tokens import Token

from .appositions import named_apposition
from .arguments import expand_conjuncts
from .builder import ExtractionBuilder
from .confidence import confidence
from .frames import Frame, Subject
from .lexicon import INCLUDING_VERBS, MEMBER_NOUNS
from .records import Extraction
from .tree import children


def _members(obj: Token, ents: dict) -> tuple[Token, list[Token]] | None:
    """(role noun, named members) of an object ``members X and Y`` (the names an
    apposition of the noun, or the noun a compound of the first name), else None."""
    if obj.lemma_.lower() in MEMBER_NOUNS:
        named = named_apposition(obj, ents)
        return (obj, expand_conjuncts(named)) if named is not None else None
    first = obj
    while first.dep_ == "conj" and first.head.i < first.i:  # "members X and Y": X's role
        first = first.head
    role = next((c for c in children(first) if c.dep_ == "compound" and c.i < first.i
                 and c.lemma_.lower() in MEMBER_NOUNS), None)
    return (role, [obj]) if role is not None and obj.i in ents else None


def members_included(frame: Frame, subject: Subject, obj: Token,
                     b: ExtractionBuilder) -> list[Extraction] | None:
    """``X includes members A and B`` → A –member of→ X, B –member of→ X."""
    verb = frame.verb
    if verb.lemma_ not in INCLUDING_VERBS or frame.passive:
        return None
    found = _members(obj, b.ents)
    if found is None:
        return None
    role, members = found
    relation = f"{role.lemma_.lower()} of"
    facts = []
    for member in members:
        mention = b.mention(member)
        if mention.kind != "entity":
            continue
        surface = ([role], [b.head_phrase(member), subject.phrase])
        facts.append(b.make(verb, mention, relation, [subject.mention], rule="members",
                            surface=surface, stance=frame.stance, confidence=confidence(
                                "members", member, subject.token, b.span, verb, 2)))
    return facts or None
