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

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

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
        self._word_matters: dict[tuple[int, int], bool] = {}

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
        if not len(doc):
            return doc
        self._strings = doc.vocab.strings  # hashes are of the text: the caches hold
        keys = [tuple(self._key(row)) for row in doc.to_array(KEYS).tolist()]
        found: dict[int, list[tuple[int, dict[int, int]]]] = {}
        for position, rule, attrs in self._span_matches(keys):
            found.setdefault(position, []).append((rule, attrs))
        table = self._table
        updates: list[tuple[int, tuple[int, ...]]] = []
        for i, key in enumerate(keys):
            update = table.get(key)
            if update is None:
                update = table[key] = self._merged(self._token_rules(key))
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
            if column not in self._regex_columns:
                row[column] = OTHER_WORD
                continue
            matters = self._word_matters.get((column, word))
            if matters is None:
                text = self._strings[word]
                matters = self._word_matters[(column, word)] = any(
                    c == column and regex.search(text) for c, regex in self._regexes)
            if not matters:
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

    def _span_matches(self, keys: list[tuple[int, ...]]) -> Iterator[tuple[int, int, dict]]:
        """Where the rules of several tokens match: (token they set, rule, attributes)."""
        if not self._spans:
            return
        seen: set[tuple[int, int]] = set()
        anywhere = self._spans.get(OTHER_WORD, [])
        for i, key in enumerate(keys):
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
