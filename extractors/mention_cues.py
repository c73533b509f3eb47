"""What resolution weighs of a mention besides its words: where its sentence starts,
where the verb of its clause starts, its role, its number (:func:`cues`), each read from
a table made once per Doc."""

from __future__ import annotations

from spacy.attrs import HEAD, IDX, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from .entity_map import CLAUSE_STARTS
from .tree import children

_SENTENCE_STARTS = "kgbuilder_sentence_starts"  # key of the table in Doc.user_data


def sentence_start_char(token: Token) -> int:
    """Where the sentence of ``token`` starts in its document.

    Read from a table made once per Doc: ``token.sent`` walks the tokens to the
    sentence's ends on every call, a tenth of extraction's time when asked per mention.
    """
    doc = token.doc
    starts = doc.user_data.get(_SENTENCE_STARTS)
    if starts is None or len(starts) != len(doc):
        starts = []
        for sentence in doc.sents:
            starts.extend([sentence.start_char] * len(sentence))
        doc.user_data[_SENTENCE_STARTS] = starts
    return starts[token.i]


_VERBAL = frozenset({VERB, AUX})


def clause_of(token: Token) -> int:
    """Where the verb of ``token``'s clause starts (its nearest verb ancestor), -1 if none.

    Read from a table made once per Doc from its arrays (walking ``Token.head`` makes a
    new Token per step).
    """
    doc = token.doc
    starts = doc.user_data.get(CLAUSE_STARTS)
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data[CLAUSE_STARTS] = _clause_starts(doc)
    return starts[token.i]


def _clause_starts(doc: Doc) -> list[int]:
    """Per token, the character offset of its nearest verb ancestor, -1 if none."""
    table = doc.to_array([HEAD, POS, IDX]).astype("int64")
    heads = (table[:, 0] + range(len(doc))).tolist()  # HEAD is an offset from the token
    verbal = [pos in _VERBAL for pos in table[:, 1].tolist()]
    offsets = table[:, 2].tolist()
    starts = []
    for i in range(len(doc)):
        j, head = i, heads[i]
        start = -1
        while head != j:
            j = head
            if verbal[j]:
                start = offsets[j]
                break
            head = heads[j]
        starts.append(start)
    return starts


def cues(head: Token) -> dict:
    """What resolution weighs besides the words: sentence, role, number, clause."""
    return {"sentence": sentence_start_char(head), "dep": head.dep_,
            "plural": head.tag_ in ("NNS", "NNPS") or head.lower_ in ("they", "them", "their",
                                                                       "themselves"),
            "clause": clause_of(head)}


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# A clause that borrows its subject from the clause it hangs on when it has none.
_SUBJECTLESS_DEPS = frozenset({"xcomp", "advcl", "conj"})


def subject_clause_of(token: Token) -> int:
    """Where the verb starts whose subject ``token``'s clause has: its own clause's, or,
    for a clause without a subject of its own (``went to give her resignation``, ``while
    carrying out her duty``, ``arrived and gave her speech``), the clause it borrows its
    subject from. -1 if none. A possessive pronoun's nearest subject is that one."""
    verb = token.head
    while verb.i != token.i and verb.pos not in _VERBAL and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos not in _VERBAL:
        return clause_of(token)
    while not any(c.dep_ in _SUBJECT_DEPS for c in children(verb)):
        if verb.dep_ not in _SUBJECTLESS_DEPS or verb.head.pos not in _VERBAL:
            break
        verb = verb.head
    return verb.idx
