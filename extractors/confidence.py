"""How much to trust one extraction: one prior per construction, then named penalties.

Every extraction's confidence is computed here and nowhere else.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.symbols import NOUN, PRON
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
_DEPENDENT_CLAUSE_DEP_IDS = frozenset(get_string_id(d) for d in DEPENDENT_CLAUSE_DEPS)
FLOOR, CEILING = 0.05, 0.99


def confidence(rule: str, subject: Token, obj: Token | None, sentence: Span,
               verb: Token, argument_count: int) -> float:
    """The prior of ``rule`` less the penalties that the clause's shape earns."""
    score = RULE_PRIOR.get(rule, DEFAULT_PRIOR)
    # Parts of speech and labels compared as ids: no string made per extraction.
    subject_pos = subject.pos
    score -= PRONOUN_PENALTY * ((subject_pos == PRON) + (obj is not None and obj.pos == PRON))
    score -= COMMON_NOUN_SUBJECT_PENALTY if subject_pos == NOUN else 0.0
    score -= LONG_SENTENCE_PENALTY * max(0, len(sentence) - FREE_SENTENCE_TOKENS)
    score -= EXTRA_ARGUMENT_PENALTY * max(0, argument_count - 2)
    score -= DEPENDENT_CLAUSE_PENALTY if verb.dep in _DEPENDENT_CLAUSE_DEP_IDS else 0.0
    return round(min(CEILING, max(FLOOR, score)), 3)
