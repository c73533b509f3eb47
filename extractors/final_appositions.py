"""Appositions the parse lost, given back to their noun before anything reads the parse.

A name closing its sentence after a comma, given back to the noun before the comma.

The small model often hangs a sentence-final apposition on the verb as an adverbial
noun (``... working with his other band, Fightstar.``: Fightstar an ``npadvmod`` of
``spend``), so the noun phrase loses its name and the clause's fact its partner. A name
that ends its sentence right after ``NOUN ,`` (the noun a verb's or preposition's object
with a determiner or possessive of its own) is that noun's apposition: it is hung from
the noun before anything reads the parse, as :mod:`.split_words` joins split words.
A person's name right after a role noun may be read as a second subject (or object) of
the same verb (``The late US legend/nsubj Elvis Presley/nsubj is ...``): the name is the
noun's apposition, as the parse has it for ``The late US star Elvis Presley``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .mentions import NAMED_LABELS
from .tree import children

# Roles of the stranded name the parser gives it; a subject or an object is read as such.
STRANDED_DEPS = frozenset({"npadvmod", "dep", "attr", "conj"})
# Roles of the noun before the comma that end a verb's or a preposition's phrase.
HOST_DEPS = frozenset({"pobj", "dobj"})
_SENTENCE_END = frozenset({".", "!", "?"})


def stranded_name(ent: Span) -> Token | None:
    """The root of ``ent`` when it ends its sentence right after ``NOUN ,`` and the parse
    hangs it elsewhere than on that noun; else None."""
    doc = ent.doc
    root, start, end = ent.root, ent.start, ent.end
    if ent.label_ not in NAMED_LABELS or start < 2 or root.dep_ not in STRANDED_DEPS:
        return None
    if end < len(doc) and doc[end].text not in _SENTENCE_END:
        return None
    if any(t.head.i < start or t.head.i >= end for t in ent if t.i != root.i):
        return None  # the name is not one phrase of its own
    comma, host = doc[start - 1], doc[start - 2]
    if comma.text != "," or host.pos_ != "NOUN" or host.dep_ not in HOST_DEPS \
            or root.head.i == host.i or root.head.i > start:
        return None
    if not any(c.dep_ in ("det", "poss") for c in children(host)):
        return None  # "a range of products, Acme." names no one thing
    return root


# Roles a verb's argument has in which the parser may double it with the name after it.
DOUBLED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def doubled_name(ent: Span) -> Token | None:
    """The root of a person's name read as a sibling of the singular common noun right
    before it (a role, mostly), with the same role (``legend/nsubj Elvis Presley/nsubj``);
    else None."""
    if ent.label_ != "PERSON" or ent.start < 1:
        return None
    root, noun = ent.root, ent.doc[ent.start - 1]
    if noun.tag_ != "NN" or root.dep_ not in DOUBLED_DEPS or noun.dep_ != root.dep_ \
            or noun.head.i != root.head.i or root.head.i in range(ent.start - 1, ent.end):
        return None
    return root


def hang_final_appositions(doc: Doc) -> int:
    """Hang each :func:`stranded_name` from the noun before its comma as its ``appos``
    (and the comma as its ``punct``), and each :func:`doubled_name` from the noun before
    it, in place; the number hung."""
    found = [(root, doc[ent.start - 1], doc[ent.start - 2]) for ent in doc.ents
             if (root := stranded_name(ent)) is not None]
    found += [(root, None, doc[ent.start - 1]) for ent in doc.ents
              if (root := doubled_name(ent)) is not None]
    hung = 0
    for root, comma, host in found:
        if any(t.i == host.i for t in root.subtree):
            continue  # never a cycle
        root.head, root.dep_ = host, "appos"
        if comma is not None:
            comma.head = host
        hung += 1
    return hung
