"""A clause that completes a noun of claim (``rumours that X will buy Y``, ``rejected
claims that she is a declining force``): the text relays it, and does not assert it;
when the claim is the object of a verb of denial, the clause is denied."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CLAIM_NOUNS, DENIAL_VERBS, RELATIVE_PRONOUNS
from .tree import children

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def claim_noun_of(clause: Token) -> Token | None:
    """The noun of claim whose content clause ``clause`` heads, or None: a clause with a
    subject of its own (not a relative pronoun: ``a report that found X`` is the report's
    own finding) hung from a noun of :data:`~.lexicon.CLAIM_NOUNS`."""
    if clause.dep_ != "acl" or clause.head.lemma_.lower() not in CLAIM_NOUNS:
        return None
    subjects = [c for c in children(clause) if c.dep_ in SUBJECT_DEPS]
    if not subjects or subjects[0].lower_ in RELATIVE_PRONOUNS:
        return None
    return clause.head


def is_denied_claim(noun: Token) -> bool:
    """The claim is the object of a verb of denial that is not itself negated
    (``rejected suggestions that ...``; not ``did not deny reports that ...``)."""
    verb = noun.head
    return (noun.dep_ == "dobj" and verb.lemma_ in DENIAL_VERBS
            and not any(c.dep_ == "neg" for c in children(verb)))
