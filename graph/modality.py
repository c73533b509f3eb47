"""What the text does with a fact: asserts it (None) or only poses, plans or relays it.

The extractor marks the word that qualifies a fact (``could``, ``will``, ``reportedly``,
or a class it already knows); the graph speaks in five classes, those of the newskg gold
and of the RDF model: None (asserted), ``hypothetical``, ``future``, ``question``,
``reported``. Only asserted, non-negated facts become plain RDF triples.
"""

from __future__ import annotations

CLASSES = frozenset({"hypothetical", "future", "question", "reported"})
# Qualifying words → class. Written here from English modal and hedging usage.
CLASS_OF_WORD: dict[str, str] = {
    **dict.fromkeys("""could might may would should must can ought likely unlikely
    possibly perhaps probably maybe expected expect hope hoped hopes want wants wanted seek
    seeks sought plan plans planned aim aims intend intends intended propose proposes
    proposed consider considers considering threaten threatens threatened potential if
    whether unclear""".split(), "hypothetical"),
    **dict.fromkeys("will shall 'll wo set due going".split(), "future"),
    **dict.fromkeys("""reportedly allegedly apparently supposedly reported alleged
    accused claimed according""".split(), "reported"),
}


def modality_class(word: str | None) -> str | None:
    """The class of an extraction's modality word; unknown words count as hypothetical
    (a qualifier the graph cannot read is no plain assertion)."""
    if word is None:
        return None
    word = word.casefold()
    if word in CLASSES:
        return word
    return CLASS_OF_WORD.get(word, "hypothetical")
