"""How much to trust one extraction: one prior per construction, then named penalties.

Every extraction's confidence is computed here and nowhere else.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Prior confidence of each construction, before penalties for pronouns and length:
# roughly the share of its extractions that match a gold tuple on CaRB dev.
RULE_PRIOR = {"svo": 0.9, "passive": 0.85, "prep": 0.9, "copula": 0.8, "passive-prep": 0.85,
              "report": 0.9, "clause": 0.65, "repair": 0.55, "time": 0.9, "apposition": 0.7,
              "change": 0.8, "title": 0.6, "location": 0.7, "intransitive": 0.5, "idiom": 0.8,
              "passive-object": 0.85, "enumeration": 0.6}
DEFAULT_PRIOR = 0.6
PRONOUN_PENALTY = 0.08  # per end that is a pronoun: resolution may get it wrong
COMMON_NOUN_SUBJECT_PENALTY = 0.05  # "the company" is vaguer than a name
FREE_SENTENCE_TOKENS = 20  # sentences up to this length cost nothing
LONG_SENTENCE_PENALTY = 0.004  # per token beyond them: long sentences parse worse
EXTRA_ARGUMENT_PENALTY = 0.05  # per argument beyond two
DEPENDENT_CLAUSE_PENALTY = 0.05  # a verb in a relative, participle, adverbial or conjunct
DEPENDENT_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "conj"})
FLOOR, CEILING = 0.05, 0.99


def confidence(rule: str, subject: Token, obj: Token | None, sentence: Span,
               verb: Token, argument_count: int) -> float:
    """The prior of ``rule`` less the penalties that the clause's shape earns."""
    score = RULE_PRIOR.get(rule, DEFAULT_PRIOR)
    score -= PRONOUN_PENALTY * sum(t is not None and t.pos_ == "PRON" for t in (subject, obj))
    score -= COMMON_NOUN_SUBJECT_PENALTY if subject.pos_ == "NOUN" else 0.0
    score -= LONG_SENTENCE_PENALTY * max(0, len(sentence) - FREE_SENTENCE_TOKENS)
    score -= EXTRA_ARGUMENT_PENALTY * max(0, argument_count - 2)
    score -= DEPENDENT_CLAUSE_PENALTY if verb.dep_ in DEPENDENT_CLAUSE_DEPS else 0.0
    return round(min(CEILING, max(FLOOR, score)), 3)
