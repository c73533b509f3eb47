"""spaCy's rule lemmatizer read from a table: the same lemmas at a fraction of the cost.

spaCy's :class:`~spacy.pipeline.Lemmatizer` walks every token in Python, builds a
:class:`~spacy.tokens.Token` and a morphology object for it, and looks its answer up in a
cache; on a miss in ``rule`` mode it tests each candidate form for membership in a word
*list* (57,528 nouns in ``en_core_web_sm``), one linear scan per candidate. That
is about a fifteenth of the English small pipeline's time. In ``rule`` and ``lookup``
mode the lemma is a function of the token's word, coarse tag and morphology alone, so
:class:`LemmaTable` reads those three columns as one array, works a new combination out
once (the rule algorithm with the word lists as sets: :meth:`LemmaTable.rule_lemma`) and
writes the lemmas back in one call.
Semantics are the lemmatizer's, ``overwrite`` included (a lemma an earlier component set
is kept unless the lemmatizer overwrites); ``tests/test_attribute_table.py`` checks that
every annotation comes out identical, but for one correction of the English verb rules
(:func:`silent_e_verb`): spaCy reads ``hopes``, ``hoped`` and ``hoping`` as forms of
``hop``, ``rates``/``rated`` of ``rat``, ``scared`` of ``scar`` (the e-less stem is in its
verb index and its rules try it first), where English spells ``hop`` as ``hops``,
``hopped``, ``hopping``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

from .components import replace_pipe

COLUMNS = (ORTH, POS, MORPH, LEMMA)
PURE_MODES = frozenset({"rule", "lookup"})  # modes whose lemma depends on word, POS, morph
PURE_CLASSES = (Lemmatizer, EnglishLemmatizer)  # subclasses may read context: left alone


class LemmaTable:
    """A pipeline component doing what ``lemmatizer`` does, from a table keyed by each
    token's (word, POS, morphology), filled as tokens are met."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self._lemmatizer = lemmatizer
        self._overwrite = bool(lemmatizer.overwrite)
        self._lemmas: dict[tuple[int, int, int], str] = {}
        self._tables: dict[str, tuple[bool, frozenset[str], dict, list]] = {}
        rule = lemmatizer.mode == "rule"
        self._lemmatize = self.rule_lemma if rule else lambda token: lemmatizer.lemmatize(token)[0]

    @property
    def lemmatizer(self) -> Lemmatizer:
        """The spaCy component whose answers the table holds."""
        return self._lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array(COLUMNS).tolist()
        lemmas = self._lemmas
        lemmatize = self._lemmatize
        overwrite = self._overwrite
        strings = doc.vocab.strings
        hashes: dict[str, int] = {}  # strings may be transient (a memory zone): added per Doc
        column: list[int] = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                column.append(lemma)
                continue
            key = (orth, pos, morph)
            text = lemmas.get(key)
            if text is None:
                text = lemmas[key] = lemmatize(doc[i])
            value = hashes.get(text)
            if value is None:
                value = hashes[text] = strings.add(text)
            column.append(value)
        doc.from_array([LEMMA], numpy.array(column, dtype="uint64").reshape((-1, 1)))
        return doc

    def rule_lemma(self, token: Token) -> str:
        """The first lemma spaCy's ``rule_lemmatize`` gives ``token``, its word lists as sets."""
        text = token.text
        pos = token.pos_.lower()
        if pos in ("", "eol", "space"):
            return self._lemmatizer.rule_lemmatize(token)[0]  # spaCy's own, warning and all
        if self._lemmatizer.is_base_form(token):
            return text.lower()
        tables = self._tables.get(pos)
        if tables is None:
            tables = self._tables[pos] = self._tables_for(pos)
        present, index, exceptions, rules = tables
        if not present:
            return text if pos == "propn" else text.lower()
        lower = text.lower()
        known: list[str] = []  # forms in the index first, then forms not made of letters
        unknown: list[str] = []  # alphabetic forms not in the index: a last resort
        for old, new in rules:
            if lower.endswith(old):
                form = lower[: len(lower) - len(old)] + new
                if not form:
                    continue
                if form in index:
                    known.insert(0, form)
                elif not form.isalpha():
                    known.append(form)
                else:
                    unknown.append(form)
        known = list(dict.fromkeys(known))
        for form in exceptions.get(lower, []):
            if form not in known:
                known.insert(0, form)
        if pos == "verb" and len(known) > 1:
            corrected = silent_e_verb(lower, known)
            if corrected is not None:
                return corrected
        return (known or unknown or [text])[0]

    def _tables_for(self, pos: str) -> tuple[bool, frozenset[str], dict, list]:
        lookups = self._lemmatizer.lookups
        index, exceptions, rules = (lookups.get_table(name, {}).get(pos) for name in
                                    ("lemma_index", "lemma_exc", "lemma_rules"))
        present = any((index, exceptions, rules))
        return present, frozenset(index or ()), exceptions or {}, rules or []

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


_VOWELS = frozenset("aeiou")


def _doubles_its_consonant(stem: str) -> bool:
    """A stem ending consonant-vowel-consonant (``hop``, ``rat``, ``scar``): English doubles
    that consonant before ``-ed``/``-ing`` (``hopped``) and adds ``-s`` alone (``hops``)."""
    return (len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-1] not in "wxy"
            and stem[-2] in _VOWELS and stem[-3] not in _VOWELS)


def silent_e_verb(word: str, forms: list[str]) -> str | None:
    """The lemma of an inflected verb ``word`` when spaCy's candidate ``forms`` (index
    forms first) put a consonant-vowel-consonant stem before the same stem with a silent
    ``e``: ``hopes``/``hoped``/``hoping`` are ``hope``'s (``hop`` makes ``hops``,
    ``hopped``, ``hopping``); else None (spaCy's first form stands)."""
    stem = forms[0]
    if stem + "e" in forms and _doubles_its_consonant(stem) and word in (
            stem + "es", stem + "ed", stem + "ing"):
        return stem + "e"
    return None


def lemma_table(lemmatizer: object) -> LemmaTable | None:
    """A table for ``lemmatizer`` when its lemmas depend on word, POS and morphology only."""
    if type(lemmatizer) not in PURE_CLASSES or lemmatizer.mode not in PURE_MODES:
        return None
    lemmatizer._validate_tables()
    return LemmaTable(lemmatizer)


def use_lemma_table(nlp: Language) -> Language:
    """``nlp`` with its ``lemmatizer`` answered from the table when the mode allows it."""
    if "lemmatizer" not in nlp.pipe_names or lemma_table(nlp.get_pipe("lemmatizer")) is None:
        return nlp
    return replace_pipe(nlp, "lemmatizer", "kgbuilder_lemma_table")


@Language.factory("kgbuilder_lemma_table")
def _make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    """The table of the pipeline's ``lemmatizer`` (added just before it is removed)."""
    table = lemma_table(nlp.get_pipe("lemmatizer"))
    if table is None:
        raise ValueError("the pipeline's lemmatizer is not a rule or lookup lemmatizer")
    return table
