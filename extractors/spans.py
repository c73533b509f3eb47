"""Name spans NER cut or missed, mended with the parse (no extra spaCy pass).

- A score or count after a name is no part of it (``beating Argentina 3-0``); an
  organisation NER split in two is one name (``BBC Radio`` + ``Five Live``); one NER
  began at the second conjunct of its own ``X and Y`` starts at the first (``US-China
  Economic and Security Review Commission``).
- A place or nationality NER tagged alone, followed by proper nouns it modifies, is the
  start of a longer name (``UK Online``, ``Gisela Dulko`` when NER tags ``Gisela``); the
  longer name's kind is left for resolution to judge.
- A year before an event's name belongs to it (``the 2003 World Cup``), an event noun
  after an organisation's or place's makes an event of the whole (``the British Comedy
  awards``, ``the Tory Party spring conference``).
- A work's span that lists titles between commas is one name per title (``Crashed The
  Wedding, You Said No``).
- A verb of saying that opens an inverted quotation is no part of the name after it
  (``Said Wales coach X:``).
- A span NER ran on past a preposition into lowercase words ends there (``Record Of The
  Year on the ITV1 show``).
- A lone capitalised proper noun inside a sentence that NER left unlabelled is a name
  (``the Premiership``, ``Bluetooth``), unless it is a title, a month or a plural role;
  so is a run of capitalised words (:func:`title_case_names`: ``Six Nations``, ``A Fool
  Such As I``), which may start with a number NER found (``Six``, ``One Night``).
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from .demonyms import is_country_name
from .lexicon import (
    CALENDAR_WORDS,
    EVENT_NOUNS_AFTER,
    HONORIFICS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    PERSONAL_HONORIFICS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    SPEECH_VERBS,
)
from .tree import doc_ents, doc_tokens

_SCORE = re.compile(r"\d+(?:[-–]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")
NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL", "DATE", "TIME"})
EVENT_OWNER_LABELS = frozenset({"ORG", "GPE", "NORP"})
JOINED_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})
CONTINUED_LABELS = frozenset({"GPE", "NORP", "LOC"})
TRIMMED_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_SPACED_DASHES = frozenset({"-", "–", "—"})  # with a space each side: an aside begins
_CONTENT = frozenset({"NOUN", "VERB", "ADJ"})  # a lowercase one is no part of a name
_NOT_NAMES = ROLE_WORDS | HONORIFICS | CALENDAR_WORDS


def _name_word(token, inside: set[int]) -> bool:
    """A capitalised proper noun outside every entity, no role word or month (letters,
    or letters then digits: ``ITV1``)."""
    return (token.pos_ == "PROPN" and token.text[:1].isupper()
            and (token.is_alpha or (token.text.isalnum() and token.text.rstrip("0123456789")
                                    .isalpha()))
            and token.i not in inside and token.lower_ not in _NOT_NAMES
            and token.lower_.rstrip("s") not in _NOT_NAMES)


MENDED = "kgbuilder_mended"  # key of the answers in Doc.user_data


def mended(ent: Span, inside: dict[int, Span]) -> tuple[Span, str]:
    """The span and NER-style label of the name ``ent`` stands for (``inside``: the
    entity of each token of the document that has one). Worked out once per entity and
    ``inside`` (mentions, facts and appositions all ask for the same names); the
    answers stay in ``Doc.user_data`` until :func:`~.mentions.forget_entities`."""
    answers = ent.doc.user_data.get(MENDED)
    if answers is None:
        answers = ent.doc.user_data[MENDED] = {}
    key = (ent.start, ent.end, ent.label)
    known = answers.get(key)
    if known is not None and known[0] is inside:
        return known[1]
    answer = _mended(ent, inside)
    answers[key] = (inside, answer)
    return answer


def _mended(ent: Span, inside: dict[int, Span]) -> tuple[Span, str]:
    doc = ent.doc
    tokens = doc_tokens(doc)
    start, end, label = ent.start, ent.end, ent.label_
    if label != "PERSON" and start > 0 and tokens[start - 1].lower_.rstrip(".") in \
            PERSONAL_HONORIFICS and tokens[start - 1].text[:1].isupper() \
            and label not in NUMBER_LABELS:  # (never the verb "miss")
        label = "PERSON"  # "Mr Kilroy-Silk told them ...": whatever NER called it
    elif label in RELABELLED_AFTER_ROLE and _after_role_word(tokens, start, end):
        label = "PERSON"  # "Liverpool forward Milan Baros", which NER read as a firm
    if _inverted_speech(doc, start, end):  # "Said Wales coach X:", "Said Williams:"
        start += 1
        label = "GPE" if is_country_name(doc[start:end].text) else label
    before = inside.get(start - 1) if start > 0 else None
    if before is not None and _joined(before, ent):
        start, label = before.start, "ORG"  # "BBC Radio" + "Five Live": one name
    after = inside.get(end)
    if after is not None and _joined(ent, after):
        end = after.end
    if label not in NUMBER_LABELS:  # "Trinidad" + "and" + "Tobago": one country's name
        pair = _country_pair(doc, tokens, start, end, inside)
        if pair != (start, end):
            (start, end), label = pair, "GPE"
    if label == "ORG" and start == ent.start:
        start = _coordinated_start(doc, start, end)
    if label in TRIMMED_LABELS:
        dash = next((t.i for t in tokens[start + 1:end - 1] if t.text in _SPACED_DASHES
                     and tokens[t.i - 1].whitespace_ and t.whitespace_), None)
        if dash is not None:
            end = dash  # "Alan Milburn - the man appointed ...": a name stops at an aside
        while end - 1 > start and (_SCORE.fullmatch(tokens[end - 1].text)
                                   or tokens[end - 1].text in ("-", "–")):
            end -= 1
    cut = next((t.i for t in tokens[start + 1:end] if t.pos_ == "ADP" and t.is_lower
                and t.lower_ not in NAME_CONNECTORS
                and any((u.is_lower and u.pos_ in _CONTENT) or u.like_num
                        for u in tokens[t.i:end])),
               None)
    if cut is not None:  # "Record Of The Year on the ITV1 show", "The Kumars at Number 42"
        end = cut
    event = next((t.i for t in tokens[end:end + 3] if t.lower_ in EVENT_NOUNS_AFTER), None)
    if label in EVENT_OWNER_LABELS and end == ent.end and event is not None \
            and all(t.is_lower and t.pos_ == "NOUN" and t.dep_ == "compound"
                    for t in tokens[end:event]) and ent.root.head.i in range(end, event + 1):
        end, label = event + 1, "EVENT"  # "the British Comedy awards", "spring conference"
    if label in CONTINUED_LABELS and end == ent.end:
        # ("US Vice President X": a title's first word is no part of the name)
        last = end
        while last < len(doc) and _name_word(tokens[last], inside) \
                and tokens[last].lower_ not in ROLE_MODIFIERS \
                and tokens[last - 1].dep_ == "compound" and tokens[last - 1].head.i >= last:
            last += 1
        if last > end:
            end, label = last, ""  # "UK Online": what the whole names is resolution's to say
    if label == "PERSON" and end == ent.end:
        end = _past_particles(doc, start, end, inside)
    year = tokens[start - 1] if start > 0 else None
    if label == "EVENT" and year is not None and year.like_num and len(year.text) == 4 \
            and (start <= year.head.i < end or year.head.i == ent.root.head.i):
        start -= 1  # "the 2003 World Cup", "the 2003 World Cup final"
    listed = titles_listed(doc[start:end], inside) if label == "WORK_OF_ART" else []
    if listed:  # a list of titles: the one its root is in names the argument
        return next((s for s in listed if s.start <= ent.root.i < s.end), listed[0]), label
    return doc[start:end], label


# NER labels of a name that a role word before it shows to be a person's.
RELABELLED_AFTER_ROLE = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})
# How a role word hangs on the name after it: a compound, or as the parser misreads a
# team's position ("Liverpool forward": an adverb of "Liverpool").
_ROLE_MODIFIER_DEPS = frozenset({"compound", "advmod", "amod", "nmod", "npadvmod"})


def _after_role_word(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the word before a name is a lowercase role word modifying it (``Liverpool
    forward Milan Baros``, ``club captain Jenas``): a job or a position only people hold."""
    if start == 0:
        return False
    role = tokens[start - 1]
    return role.is_lower and role.lower_ in ROLE_WORDS and role.dep_ in _ROLE_MODIFIER_DEPS \
        and (start <= role.head.i < end or role.head.dep_ in _ROLE_MODIFIER_DEPS)


def _inverted_speech(doc: Doc, start: int, end: int) -> bool:
    """A name NER began with the verb of an inverted quotation (``Said Wales coach X:``):
    a verb of saying opening its sentence, read as one by the parser or followed by
    the name and a colon (``Said Williams:``)."""
    first = doc[start]
    if end - start < 2 or not first.is_sent_start:
        return False
    if first.tag_ in ("VBD", "VBZ") and first.lemma_.lower() in SPEECH_VERBS:
        return True
    return first.lower_ in ("said", "says") and end < len(doc) and doc[end].text == ":"


def _past_particles(doc: Doc, start: int, end: int, inside: dict[int, Span]) -> int:
    """The end of a person's name NER stopped on a particle (``Ursula von der`` +
    ``Leyen``): over the capitalised words after it, and the entity they begin."""
    last = end
    while last > start and doc[last - 1].lower_ in NAME_PARTICLES and doc[last - 1].is_lower:
        last -= 1
    if last == end or end >= len(doc) or not _capitalised_name_word(doc[end]):
        return end
    following = inside.get(end)
    new_end = following.end if following is not None and following.start == end else end + 1
    while new_end < len(doc) and _capitalised_name_word(doc[new_end]) \
            and inside.get(new_end) is None:
        new_end += 1
    return new_end


def _capitalised_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _coordinated_start(doc: Doc, start: int, end: int) -> int:
    """Where an organisation's name starts when NER began it at the second conjunct of
    its own ``X and Y`` (``the US-China Economic and Security Review Commission``, NER's
    ``Security Review Commission``): the first conjunct stands just before ``and``,
    attached to a word of the name, and every capitalised word before it that attaches
    into the name (a hyphen between two of them too) belongs to it."""
    first = doc[start]
    if start < 2 or first.dep_ != "conj" or doc[start - 1].lower_ not in ("and", "&") \
            or first.head.i != start - 2:
        return start
    conjunct = doc[start - 2]
    if not _capitalised_name_word(conjunct) or not start <= conjunct.head.i < end:
        return start
    begin = start - 2
    while begin > 0:
        word = doc[begin - 1]
        hyphen = word.text in ("-", "\u2013") and word.whitespace_ == "" and begin > 1 \
            and _capitalised_name_word(doc[begin - 2])
        attached = _capitalised_name_word(word) and begin <= word.head.i < end \
            and word.lower_ not in _NOT_NAMES
        if not (hyphen or attached):
            break
        begin -= 1
    return begin if _capitalised_name_word(doc[begin]) else start


def titles_listed(ent: Span, inside: dict[int, Span]) -> list[Span]:
    """The titles a work's span lists, split at its commas (NER's ``The Wedding, You Said
    No`` of ``... Crashed The Wedding, You Said No, and ...``), each taking the capitalised
    word NER left before it; ``[]`` when the span lists nothing."""
    if ent.label_ not in ("WORK_OF_ART", ""):  # "": a span of NER's work, mended
        return []
    doc = ent.doc
    pieces, start = [], ent.start
    for token in ent:
        if token.text == "," and token.i + 1 < ent.end and doc[token.i + 1].text[:1].isupper():
            pieces.append((start, token.i))
            start = token.i + 1
    if not pieces:
        return []
    pieces.append((start, ent.end))
    first = pieces[0][0]
    word = doc[first - 1] if first > 0 else None
    if word is not None and word.i not in inside and not word.is_sent_start \
            and word.is_alpha and word.text[:1].isupper() and not word.is_stop:
        pieces[0] = (first - 1, pieces[0][1])  # "Crashed" of "Crashed The Wedding"
    return [doc[a:b] for a, b in pieces if b > a]


def _country_pair(doc: Doc, tokens: list[Token], start: int, end: int,
                  inside: dict[int, Span]) -> tuple[int, int]:
    """The bounds of a country whose name joins two names with ``and`` (``Trinidad and
    Tobago``, ``Bosnia and Herzegovina``) that NER read as two places, from either half;
    else ``start`` and ``end`` as they are."""
    after = inside.get(end + 1) if end + 1 < len(tokens) else None
    if after is not None and after.start == end + 1 and tokens[end].lower_ == "and" \
            and is_country_name(doc[start:after.end].text):
        return start, after.end
    before = inside.get(start - 2) if start > 1 else None
    if before is not None and before.end == start - 1 and tokens[start - 1].lower_ == "and" \
            and is_country_name(doc[before.start:end].text):
        return before.start, end
    return start, end


def _joined(first: Span, second: Span) -> bool:
    """Whether NER's adjacent ``first`` (an organisation) and ``second`` are one name:
    ``first`` ends in a compound of ``second`` (``BBC Radio`` + ``Five Live``)."""
    last = first[-1]
    return (first.label_ == "ORG" and second.label_ in JOINED_LABELS
            and last.dep_ == "compound" and second.start <= last.head.i < second.end)


def lone_names(doc: Doc, inside: set[int], tokens: list[Token] | None = None) -> list[Span]:
    """Single capitalised proper nouns NER left unlabelled, inside a sentence and next to
    no other capitalised word (runs of them are :func:`title_case_names`'). ``tokens``:
    ``list(doc)``, when the caller has it (spaCy makes a new Token per access)."""
    found = []
    tokens = list(doc) if tokens is None else tokens
    for token in tokens:
        if token.is_sent_start or not _name_word(token, inside):
            continue
        neighbours = [tokens[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(tokens)]
        if any(n.text[:1].isupper() or n.i in inside or n.like_num  # "Number 42"
               or n.lower_ in ("of", "and", "&")
               for n in neighbours if not n.is_punct):
            continue
        found.append(doc[token.i:token.i + 1])
    return found


def echoed_names(doc: Doc, inside: set[int], tokens: list[Token],
                 people: list[Span]) -> list[Span]:
    """Words NER left unlabelled that repeat the first or last word of a person named
    earlier (``Sandra Collins ... Collins performed``, ``Ellen Ward ... Ellen catches``):
    that person's short name, found where :func:`lone_names` does not look, at a
    sentence's start or in a word the tagger took for no proper noun."""
    first_named: dict[int, int] = {}  # the word's ORTH hash → where it was first named
    for person in people:
        if len(person) > 1:
            for word in (person[0], person[-1]):
                first_named.setdefault(word.orth, person.start)
    if not first_named:
        return []
    found = []
    orths = doc.to_array(ORTH).tolist()  # one array read, not a Token per word
    for i in [i for i, orth in enumerate(orths) if orth in first_named]:
        token = tokens[i]
        if first_named[orths[i]] >= i or i in inside or len(token) < 3:
            continue
        if not (token.is_sent_start or token.pos_ != "PROPN") or token.is_stop \
                or not token.is_alpha or token.lower_ in _NOT_NAMES:
            continue  # a proper noun inside a sentence is lone_names' to find
        after = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
        if after is not None and (after.text[:1].isupper() or after.i in inside):
            continue  # the start of a longer name
        found.append(doc[token.i:token.i + 1])
    return found


_NAME_CONNECTORS = frozenset({"of", "and", "&", "de", "la", "von", "van"})
_CONTRACTIONS = frozenset({"'s", "n't", "'re", "'ll", "'ve", "'m", "'d",
                           "\u2019s", "n\u2019t", "\u2019re", "\u2019ll", "\u2019ve",
                           "\u2019m", "\u2019d"})


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and (token.is_alpha or token.text.rstrip("?!").isalpha()
                                         or token.like_num)


def capitalised_function_word(span: Span) -> bool:
    """A stop word written with a capital inside a name (``What I Go To School For``):
    how titles of works are written, never organisations."""
    return any(t.is_stop and not t.like_num and _is_capitalised(t) for t in span[1:])


def _number_words(ent: Span) -> bool:
    """A number NER found in capitalised words (``Six`` of ``Six Nations``, ``One Night``):
    free to start a run of capitalised words."""
    return ent.label_ in NUMBER_LABELS and all(t.is_alpha and t.text[:1].isupper()
                                               for t in ent) and any(t.like_num for t in ent)


def _is_contraction(token: Token) -> bool:
    """A verb's or negation's clitic glued to the word before (``'s`` of ``It's``, never a
    possessive ``'s``, ``n't``, ``'re``): inside a title it joins two capitalised words."""
    return token.tag_ != "POS" and token.lower_ in _CONTRACTIONS and token.i > 0 \
        and token.doc[token.i - 1].whitespace_ == ""


def _sentence_break(tokens: list[Token], i: int) -> bool:
    """A sentence starts at ``tokens[i]`` and no word runs on into it: the parser may
    start a sentence inside a title (``It's Now | Or Never``), never after a word."""
    return tokens[i].is_sent_start and not tokens[i - 1].is_alpha


def title_case_names(doc: Doc, tokens: list[Token] | None = None) -> list[Span]:
    """Runs of capitalised words that NER left unlabelled (``Six Nations``, ``A Fool Such As
    I``, ``It's Now Or Never``): at least two capitalised words that are no stop words
    (three at a sentence's start), or three words with a capitalised stop word among them
    (a title), outside every entity span; a contraction may join two of them, and the year
    before an event's name is part of it (``the 2004 Brit Awards``)."""
    inside = {i for ent in doc_ents(doc) if not _number_words(ent)
              for i in range(ent.start, ent.end)}
    found: list[Span] = []
    # One Token object per position, however often it is looked at.
    tokens = list(doc) if tokens is None else tokens
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i in inside or not _is_capitalised(token) or token.is_sent_start and token.is_stop:
            i += 1
            continue
        end = i + 1
        while end < len(tokens) and end not in inside and not _sentence_break(tokens, end) and (
                _is_capitalised(tokens[end]) or ((tokens[end].lower_ in _NAME_CONNECTORS
                                                  or _is_contraction(tokens[end]))
                                                 and end + 1 < len(tokens)
                                                 and _is_capitalised(tokens[end + 1]))):
            end += 1
        span = doc[i:end]
        content = sum(1 for t in span if _is_capitalised(t) and (not t.is_stop or t.like_num))
        titled = len(span) >= 3 and capitalised_function_word(span)
        if (content >= (3 if token.is_sent_start else 2) or (titled and not token.is_sent_start)
                ) and span[-1].lower_ not in _NAME_CONNECTORS:
            year = tokens[i - 1] if i > 0 else None
            if year is not None and _YEAR.fullmatch(year.text) and i <= year.head.i < end \
                    and span[-1].lower_ in EVENT_NOUNS_AFTER:
                span = doc[i - 1:end]  # "the 2004 Brit Awards": the edition's year
            found.append(span)
        i = end
    return found


_AGE = re.compile(r"\d{1,3}-year-old")
AGE_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr"})


def is_age_nominal(ent: Span) -> bool:
    """NER's "date" ``25-year-old`` used as a noun (``The 25-year-old scored``): news
    names a person so once the name is given; before a noun (``a 15-year-old ban``) it
    stays a date."""
    return (ent.label_ == "DATE" and _AGE.fullmatch(ent.text) is not None
            and ent.root.dep_ in AGE_ARGUMENT_DEPS)
