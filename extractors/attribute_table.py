"""spaCy's attribute ruler applied as a table lookup: the same annotations, far less time.

The ``attribute_ruler`` of the English pipelines maps fine-grained tags to POS and
morphology and fixes the lemmas of a few words (179 rules in ``en_core_web_sm``, all but
eight of one token). spaCy runs them through a :class:`~spacy.matcher.Matcher` that tests
every rule's pattern at every token; that is about a sixth of the whole pipeline's time,
more than the parser. A one-token rule's outcome depends only on the token's tag,
dependency label, whitespace flag and (for rules that name words) its word, so the
outcome of all rules for such a key is worked out once and read from a table after that.

:func:`attribute_table` compiles a ruler into an :class:`AttributeTable` when every
pattern uses only what the table understands (exact values or ``IN`` lists of ``TAG``,
``DEP``, ``LOWER``, ``ORTH``/``TEXT``, ``IS_SPACE``; no operators) and every rule sets
only ``POS``, ``TAG``, ``MORPH`` or ``LEMMA``; for any other ruler it returns ``None``
and the pipeline keeps spaCy's component. Semantics are the ruler's: all rules match on
the annotations as they were before the component ran, and where several rules set the
same attribute of a token the later rule wins (:meth:`AttributeRuler.match` sorts by
rule). ``tests/test_attribute_table.py`` checks that every annotation comes out identical.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, MorphAnalysis

from .components import replace_pipe

KEYS = (TAG, DEP, IS_SPACE, LOWER, ORTH)  # the columns a pattern may test, in this order
_COLUMN = {"TAG": 0, "DEP": 1, "IS_SPACE": 2, "LOWER": 3, "ORTH": 4, "TEXT": 4}
WORDS = (3, 4)  # LOWER and ORTH: a key keeps them only for words some rule names
OTHER_WORD = -2  # a word no rule names or matches (no string hashes to it)
SETTABLE = (POS, TAG, MORPH, LEMMA, DEP)  # the attributes a compiled rule may set

# One token test: (column, "in" | "not_in" | "regex", values or compiled expression).
Test = tuple[int, str, object]
Tests = tuple[Test, ...]
Rule = tuple[int, Tests, dict[int, int]]


class AttributeTable:
    """A pipeline component doing what an attribute ruler does, from a table keyed by
    each token's tested attributes, filled as tokens are met."""

    def __init__(self, rules: list[tuple[int, tuple[Tests, ...], dict[int, int], int]],
                 strings) -> None:
        self._strings = strings
        self._general: list[Rule] = []  # one-token rules naming no word: tried for every key
        self._by_word: tuple[dict[int, list[Rule]], dict[int, list[Rule]]] = ({}, {})
        self._named: set[int] = set()  # words some test names (in or not_in)
        self._regexes: list[tuple[int, re.Pattern]] = []  # (word column, expression)
        self._spans: dict[int, list[tuple[int, tuple[Tests, ...], int, int, dict]]] = {}
        columns: set[int] = set()
        for rule, pattern, attrs, index in rules:
            columns.update(SETTABLE.index(attr) for attr in attrs)
            for tests in pattern:
                for column, kind, values in tests:
                    if column in WORDS and kind == "regex":
                        self._regexes.append((column, values))
                    elif column in WORDS:
                        self._named.update(values)
            if len(pattern) == 1:
                self._file_token_rule((rule, pattern[0], attrs))
            else:
                self._file_span_rule(rule, pattern, attrs, index)
        self._regex_columns = {column for column, _ in self._regexes}
        self._columns = [SETTABLE[j] for j in sorted(columns)]
        self._position = {j: n for n, j in enumerate(sorted(columns))}
        self._table: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._update_ids: dict[tuple[int, ...], int] = {}
        self._morph = self._columns.index(MORPH) if MORPH in self._columns else None
        self._morph_vocab = None
        self._analyses: dict[int, MorphAnalysis | None] = {}
        self._sets = numpy.zeros((0, len(self._columns)), dtype=bool)
        self._values = numpy.zeros((0, len(self._columns)), dtype="uint64")
        self._span_words = numpy.array(sorted(w for w in self._spans if w != OTHER_WORD),
                                       dtype="uint64")
        self._word_matters: dict[tuple[int, int], bool] = {}
        # per word column, word -> what a key holds for it (:meth:`_word_key`)
        self._word_keys: tuple[dict[int, int], dict[int, int]] = ({}, {})

    def _file_token_rule(self, rule: Rule) -> None:
        for column, kind, values in rule[1]:
            if column in WORDS and kind == "in":
                for word in values:
                    self._by_word[column - 3].setdefault(word, []).append(rule)
                return
        self._general.append(rule)

    def _file_span_rule(self, rule: int, pattern: tuple[Tests, ...], attrs: dict,
                        index: int) -> None:
        """A rule of several tokens is looked for from a word one of its tokens names (all
        of spaCy's have one); without any, at every position."""
        for offset, tests in enumerate(pattern):
            for column, kind, values in tests:
                if column in WORDS and kind == "in":
                    for word in values:
                        self._spans.setdefault(word, []).append(
                            (rule, pattern, offset, index, attrs))
                    return
        self._spans.setdefault(OTHER_WORD, []).append((rule, pattern, 0, index, attrs))

    def __call__(self, doc: Doc) -> Doc:
        """The ruler's annotations: each token's key read in one loop over plain ints, the
        number of its update looked up, and the updates written column by column with
        numpy (the same as :meth:`each_token`, without a numpy write per value)."""
        if not len(doc):
            return doc
        self._strings = doc.vocab.strings  # hashes are of the text: the caches hold
        columns = doc.to_array(KEYS)
        keys = self._keys(columns.tolist())
        ids, numbers = self._update_ids, []
        for key in keys:
            number = ids.get(self._table.get(key))
            numbers.append(number if number is not None else self._update_id(key))
        updates = numpy.array(numbers)
        found = self._found_at(columns, keys)
        sets = self._sets[updates]
        if not found and not sets.any():
            return doc
        values = doc.to_array(self._columns)
        if values.ndim == 1:
            values = values.reshape((-1, 1))
        if found:
            sets[list(found)] = False  # those tokens take the rules of several tokens too
        for j in range(len(self._columns)):
            chosen = sets[:, j]
            values[chosen, j] = self._values[updates[chosen], j]
        morphs = sets[:, self._morph].copy() if self._morph is not None else None
        for i, rules in found.items():
            update = self._merged(self._token_rules(keys[i]) + rules)
            row = values[i]
            for k in range(0, len(update), 2):
                row[update[k]] = update[k + 1]
                if update[k] == self._morph:
                    morphs[i] = True
        self._written(doc, values, morphs)
        return doc

    def _written(self, doc: Doc, values: numpy.ndarray, morphs: numpy.ndarray | None) -> None:
        """``values`` written into ``doc``: the morphology only at the tokens whose rules
        set it (``morphs``), each from an analysis made once per value. ``from_array``
        adds every token's morphology string to the vocabulary's table again, most of this
        component's time; what is stored is the same hash either way."""
        if morphs is None:
            doc.from_array(self._columns, values)
            return
        rows = numpy.flatnonzero(morphs)
        distinct, which = numpy.unique(values[rows, self._morph], return_inverse=True)
        analyses = [self._analysis(doc.vocab, value) for value in distinct.tolist()]
        if any(analysis is None for analysis in analyses):
            doc.from_array(self._columns, values)  # a value the table cannot vouch for
            return
        others = [j for j in range(len(self._columns)) if j != self._morph]
        if others:
            doc.from_array([self._columns[j] for j in others], values[:, others])
        for i, k in zip(rows.tolist(), which.reshape(-1).tolist(), strict=True):
            doc[i].morph = analyses[k]

    def _analysis(self, vocab, value: int) -> MorphAnalysis | None:
        """The analysis whose hash is ``value``, added to ``vocab``'s morphology as
        ``from_array`` adds it; None when its key would not be ``value``."""
        if vocab is not self._morph_vocab:
            self._morph_vocab, self._analyses = vocab, {}
        analysis = self._analyses.get(value)
        if analysis is None and value not in self._analyses:
            key = vocab.morphology.add(vocab.strings[value]) if value else None
            analysis = self._analyses[value] = (MorphAnalysis.from_id(vocab, value)
                                                if key == value else None)
        return analysis

    def _keys(self, rows: list[list[int]]) -> list[tuple[int, ...]]:
        """:meth:`_key` of every row, in one loop (a word column without expressions
        is a set lookup)."""
        lowers, orths = self._word_keys
        keys = []
        for tag, dep, space, lower, orth in rows:
            word = lowers.get(lower)
            if word is None:
                word = lowers[lower] = self._word_key(WORDS[0], lower)
            other = orths.get(orth)
            if other is None:
                other = orths[orth] = self._word_key(WORDS[1], orth)
            keys.append((tag, dep, space, word, other))
        return keys

    def _word_key(self, column: int, word: int) -> int:
        """What a key holds for ``word`` in ``column``: the word, or :data:`OTHER_WORD`
        for a word no rule names or matches."""
        if word in self._named or (column in self._regex_columns
                                   and self._word_matters_to_regexes(column, word)):
            return word
        return OTHER_WORD

    def _update_id(self, key: tuple[int, ...]) -> int:
        """The number of what the one-token rules set at ``key``: a row of the
        :attr:`_sets` and :attr:`_values` arrays (the distinct updates are few)."""
        update = self._update(key)
        number = self._update_ids.get(update)
        if number is None:
            number = self._update_ids[update] = len(self._update_ids)
            sets = numpy.zeros((1, len(self._columns)), dtype=bool)
            values = numpy.zeros((1, len(self._columns)), dtype="uint64")
            for k in range(0, len(update), 2):
                sets[0, update[k]] = True
                values[0, update[k]] = update[k + 1]
            self._sets = numpy.vstack([self._sets, sets])
            self._values = numpy.vstack([self._values, values])
        return number

    def _word_matters_to_regexes(self, column: int, word: int) -> bool:
        matters = self._word_matters.get((column, word))
        if matters is None:
            text = self._strings[word]
            matters = self._word_matters[(column, word)] = any(
                c == column and regex.search(text) for c, regex in self._regexes)
        return matters

    def _update(self, key: tuple[int, ...]) -> tuple[int, ...]:
        update = self._table.get(key)
        if update is None:
            update = self._table[key] = self._merged(self._token_rules(key))
        return update

    def _found_at(self, columns: numpy.ndarray, keys: list[tuple[int, ...]]
                  ) -> dict[int, list[tuple[int, dict]]]:
        """:meth:`_found`, looked for only at the words a rule of several tokens names
        (when every such rule names one, as all of spaCy's do)."""
        if not self._spans:
            return {}
        starts = None
        if OTHER_WORD not in self._spans:
            starts = numpy.flatnonzero(numpy.isin(columns[:, WORDS[0]], self._span_words)
                                       | numpy.isin(columns[:, WORDS[1]], self._span_words))
            if not len(starts):
                return {}
            starts = starts.tolist()
        return self._found(keys, starts)

    def _found(self, keys: list[tuple[int, ...]], starts: list[int] | None = None
               ) -> dict[int, list[tuple[int, dict]]]:
        found: dict[int, list[tuple[int, dict[int, int]]]] = {}
        for position, rule, attrs in self._span_matches(keys, starts):
            found.setdefault(position, []).append((rule, attrs))
        return found

    def each_token(self, doc: Doc) -> Doc:
        """The same annotations as :meth:`__call__`, worked out token by token (the plain
        way, which the table's numpy path must agree with)."""
        if not len(doc):
            return doc
        self._strings = doc.vocab.strings
        keys = [tuple(self._key(row)) for row in doc.to_array(KEYS).tolist()]
        found = self._found(keys)
        updates: list[tuple[int, tuple[int, ...]]] = []
        for i, key in enumerate(keys):
            update = self._update(key)
            if i in found:
                update = self._merged(self._token_rules(key) + found[i])
            if update:
                updates.append((i, update))
        if updates:
            values = doc.to_array(self._columns)
            if values.ndim == 1:
                values = values.reshape((-1, 1))
            for i, update in updates:
                row = values[i]
                for j in range(0, len(update), 2):
                    row[update[j]] = update[j + 1]
            doc.from_array(self._columns, values)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _key(self, row: list[int]) -> list[int]:
        """``row`` with the words no rule cares about made :data:`OTHER_WORD`."""
        for column in WORDS:
            word = row[column]
            if word in self._named:
                continue
            if column not in self._regex_columns \
                    or not self._word_matters_to_regexes(column, word):
                row[column] = OTHER_WORD
        return row

    def _passes(self, key: tuple[int, ...], tests: Tests) -> bool:
        for column, kind, values in tests:
            value = key[column]
            if kind == "in":
                if value not in values:
                    return False
            elif kind == "not_in":
                if value in values:
                    return False
            elif value == OTHER_WORD or not values.search(self._strings[value]):
                return False
        return True

    def _token_rules(self, key: tuple[int, ...]) -> list[tuple[int, dict[int, int]]]:
        """The one-token rules whose pattern ``key`` matches, with what they set."""
        candidates = list(self._general)
        for column in WORDS:
            candidates.extend(self._by_word[column - 3].get(key[column], ()))
        return [(rule, attrs) for rule, tests, attrs in candidates if self._passes(key, tests)]

    def _merged(self, matched: list[tuple[int, dict[int, int]]]) -> tuple[int, ...]:
        """What the matched rules set, the later rule winning: (column, value) pairs."""
        final: dict[int, int] = {}
        for _, attrs in sorted(matched, key=lambda pair: pair[0]):
            final.update(attrs)
        return tuple(x for attr, value in final.items()
                     for x in (self._position[SETTABLE.index(attr)], value))

    def _span_matches(self, keys: list[tuple[int, ...]], starts: list[int] | None = None
                      ) -> Iterator[tuple[int, int, dict]]:
        """Where the rules of several tokens match: (token they set, rule, attributes).
        ``starts``: the only positions with a candidate rule, when known."""
        if not self._spans:
            return
        seen: set[tuple[int, int]] = set()
        anywhere = self._spans.get(OTHER_WORD, [])
        for i in range(len(keys)) if starts is None else starts:
            key = keys[i]
            candidates = anywhere + self._spans.get(key[3], []) + self._spans.get(key[4], [])
            for rule, pattern, offset, index, attrs in candidates:
                start = i - offset
                if (start, rule) in seen or start < 0 or start + len(pattern) > len(keys):
                    continue
                if all(self._passes(keys[start + k], tests) for k, tests in enumerate(pattern)):
                    seen.add((start, rule))
                    yield start + (index if index >= 0 else len(pattern) + index), rule, attrs


def _compiled_tests(token: dict, strings) -> Tests | None:
    """One token's pattern as tests, or ``None`` when it uses what the table cannot do."""
    tests: list[Test] = []
    for name, value in token.items():
        column = _COLUMN.get(name.upper())
        if column is None:
            return None
        kind, values = "in", [value]
        if isinstance(value, dict):
            if len(value) != 1:
                return None
            operator, values = next(iter(value.items()))
            if operator == "REGEX" and column != 2 and isinstance(values, str):
                tests.append((column, "regex", re.compile(values)))
                continue
            if operator not in ("IN", "NOT_IN"):
                return None
            kind = operator.lower()
        if column == 2:  # IS_SPACE: a flag, 0 or 1 in the array
            if not all(isinstance(v, bool) for v in values):
                return None
            tests.append((column, kind, frozenset(int(v) for v in values)))
        elif all(isinstance(v, str) for v in values):
            tests.append((column, kind, frozenset(strings[v] for v in values)))
        else:
            return None
    return tuple(tests)


def attribute_table(ruler: AttributeRuler) -> AttributeTable | None:
    """``ruler`` compiled to a table, or ``None`` when it uses what the table cannot do."""
    strings = ruler.vocab.strings
    rules = []
    for number, attrs in enumerate(ruler.attrs):
        if not attrs or any(attr not in SETTABLE for attr in attrs):
            return None
        _, patterns = ruler.matcher.get(str(number))
        for pattern in patterns:
            compiled = [_compiled_tests(token, strings) for token in pattern]
            if not compiled or any(tests is None for tests in compiled):
                return None
            index = ruler.indices[number]
            if not -len(compiled) <= index < len(compiled):
                return None
            rules.append((number, tuple(compiled), dict(attrs), index))
    return AttributeTable(rules, strings)


def use_attribute_table(nlp: Language) -> Language:
    """``nlp`` with its ``attribute_ruler`` done by the table when the ruler compiles."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler) or attribute_table(ruler) is None:
        return nlp
    return replace_pipe(nlp, "attribute_ruler", "kgbuilder_attribute_table")


@Language.factory("kgbuilder_attribute_table")
def _make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """The table of the pipeline's ``attribute_ruler`` (added just before it is removed)."""
    table = attribute_table(nlp.get_pipe("attribute_ruler"))
    if table is None:
        raise ValueError("the pipeline's attribute_ruler uses patterns the table cannot do")
    return table
