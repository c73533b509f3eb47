"""Turning argument tokens into :class:`Mention` records.

A named-entity span becomes an ``entity`` mention, a personal pronoun a ``pronoun``
mention with its agreement cues, and any other noun phrase a ``concept`` mention
labelled without determiners or possessive pronouns.
"""

from __future__ import annotations

import re

from spacy.symbols import PRON
from spacy.tokens import Doc, Span, Token

from .demonyms import is_country_name
from .described_bodies import body_mention
from .described_laws import LAW_HEAD_IDS, law_mention
from .entity_map import (  # noqa: F401 (entities_kept, forget_entities: re-exported)
    entities_kept,
    entity_spans,
    forget_entities,
)
from .headings import is_heading
from .kinds import kind_label, with_name_words
from .lexicon import (
    CALENDAR_WORDS,
    DISCOURSE_WORDS,
    IMPERSONAL_VERBS,
    ORDER_WORDS,
    ORGANIZATION_NOUNS,
    PRONOUN_CUES,
    SCALE_SUFFIXES,
    SECOND_PERSON,
)
from .mention_cues import cues as _cues
from .mention_cues import subject_clause_of
from .records import Mention
from .spans import (
    NUMBER_LABELS,
    capitalised_function_word,
    echoed_names,
    lone_names,
    mended,
    title_case_names,
    titles_listed,
)
from .titles import listed_title_of, listed_titles_table
from .tree import (
    KEPT,
    NAMES,
    children,
    doc_ents,
    doc_tokens,
    kept_answers,
    label_piece,
    label_pieces,
    lefts,
    quote_marks,
    rights,
    span_of,
    token_codes,
    word_ids,
)
from .trimming import trimmed

# NER labels that name things a graph node can stand for. Numbers, dates and
# amounts (CARDINAL, DATE, MONEY ...) still become mentions when they are arguments.
NAMED_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
TIME_LABELS = frozenset({"DATE", "TIME"})
HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})
# A name NER or a capitalised run found that is only a pronoun ("You" of a song title
# cut short, "I" of "I, Robot"): no name.
PRONOUN_WORDS = frozenset(PRONOUN_CUES) | SECOND_PERSON
_DIGIT = re.compile(r"\d")
_PRONOUN_CUE_IDS = word_ids(*PRONOUN_CUES)


def span_label(span: Span) -> str:
    """The words of ``span`` as a label: quotes dropped, whitespace collapsed."""
    doc = span.doc
    if KEPT in doc.user_data:
        return " ".join("".join(label_pieces(doc)[span.start:span.end]).split())
    return " ".join("".join(label_piece(t) for t in span).split())


def is_pronoun(token: Token) -> bool:
    """A personal or reflexive pronoun whose referent lies elsewhere in the text."""
    return token.lower in _PRONOUN_CUE_IDS and token.pos == PRON  # ids: no string made


def is_pleonastic(token: Token) -> bool:
    """An ``it`` that refers to nothing: "it is likely that ...", "it was reported that ...",
    "made it clear that ...", "it seems ..."."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    deps = {c.dep_ for c in children(head)}
    clause = bool(deps & {"ccomp", "xcomp", "csubj"})
    if token.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_ in IMPERSONAL_VERBS:
            return True
        # "it is possible that ...": the clause may hang on the adjective.
        complements = [c for c in children(head) if c.dep_ in ("acomp", "attr")]
        clause = clause or any(g.dep_ in ("ccomp", "xcomp") for c in complements
                               for g in children(c))
        return clause and (token.dep_ == "nsubjpass" or bool(complements))
    return token.dep_ == "dobj" and head.lemma_ == "make" and clause


def pronoun_mention(token: Token) -> Mention:
    """A personal pronoun with its agreement cues (``other`` for a pleonastic ``it``). A
    possessive's ``clause`` is the clause its subject is found in (:func:`subject_clause_of`)."""
    if is_pleonastic(token):
        return Mention(token.text, token.idx, token.idx + len(token), "other", "", token.text)
    cues = _cues(token)
    if token.dep_ == "poss":
        cues["clause"] = subject_clause_of(token)
    return Mention(token.text, token.idx, token.idx + len(token), "pronoun",
                   PRONOUN_CUES[token.lower_], token.text, **cues)


def entity_mention(span: Span, ent: Span, label: str | None = None) -> Mention:
    """The ``entity`` mention of named-entity ``ent``, named by the words of ``span``."""
    text, start, end = with_scale(span)
    return Mention(text, start, end, "entity",
                   ent.label_ if label is None else label, ent.root.text, **_cues(ent.root))


def with_scale(span: Span) -> tuple[str, int, int]:
    """The label, start and end offsets of ``span``, a figure's with the scale the
    tokenizer split off (``$40m.`` is ``$``, ``40``, ``m.``: the phrase ``$40`` would be a
    millionth of the sum) and the currency sign the parse hung elsewhere (``$250m``)."""
    text, start, end = span_label(span), span.start_char, span.end_char
    if span.end <= span.start or _DIGIT.search(text, text.rfind(" ") + 1) is None:
        return text, start, end  # no figure ends the phrase: most phrases, at string cost
    doc = span.doc
    tokens = doc_tokens(doc)
    last = tokens[span.end - 1]
    if last.text.endswith(".") and last.text[:-1].casefold() in SCALE_SUFFIXES \
            and span.end - 1 > span.start and tokens[span.end - 2].like_num:
        return text.removesuffix("."), start, end - 1  # "$260m." ending a sentence
    if not last.text[:1].isdigit():
        return text, start, end
    if span.end < len(doc) and not last.whitespace_ and last.like_num:
        scale = tokens[span.end].text.rstrip(".")
        if scale.casefold() in SCALE_SUFFIXES:
            text, end = text + scale, end + len(scale)
    if span.start > 0 and tokens[span.start - 1].is_currency \
            and not tokens[span.start - 1].whitespace_ and tokens[span.start].text[:1].isdigit():
        sign = tokens[span.start - 1].text
        text, start = sign + text, start - len(sign)
    return text, start, end


def named_mention(ent: Span, inside: dict[int, Span]) -> Mention:
    """The mention of NER's ``ent`` (``inside``: the tokens of every entity), its span
    mended (:func:`.spans.mended`) and its label checked against the words beside it
    (:func:`.kinds.kind_label`); a person's name keeps its titles. Worked out once per
    entity and ``inside`` while the Doc's tables are kept (mentions and facts both ask)."""
    answers = kept_answers(ent.doc, NAMES)
    key = (ent.start, ent.end, ent.label)
    known = answers.get(key)
    if known is not None and known[0] is inside:
        return known[1]
    answer = answers[key] = (inside, _named_mention(ent, inside))
    return answer[1]


def _named_mention(ent: Span, inside: dict[int, Span]) -> Mention:
    span, ner = mended(ent, inside)
    label = kind_label(span, ner)
    if label == ner:
        span = with_titles(span) if label == "PERSON" else span
    else:  # a "person" that is none: its name words, never a person's titles
        span = with_name_words(span)
    return entity_mention(trimmed(span), ent, label)


def noun_phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``: its left modifiers, itself and one ``of`` phrase."""
    doc = token.doc
    left = [t for t in lefts(token) if not _is_clause(t)]
    start = min([token.i] + [t.left_edge.i for t in left])
    end = token.i + 1
    for child in rights(token):
        if child.i != end:
            break
        if child.dep_ in ("compound", "flat", "nummod"):
            end = child.i + 1
            continue
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in children(child) if c.dep_ == "pobj"), None)
            if pobj is not None:
                end = noun_phrase(pobj).end
        break
    return trimmed(span_of(doc, start, end))


def quoted_name(token: Token, longest: int = 8) -> Span | None:
    """The capitalised, quoted name a common noun's phrase gives it, else None.

    ``the “Cartel de los Soles” terrorist organization`` and ``the “Suns cartel”`` name
    an entity; scare quotes (``a “terrific person”``) are lowercase and do not.
    """
    doc = token.doc
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    for i in quote_marks(doc, token.left_edge.i, token.i + 1)[:1]:
        close = next(iter(quote_marks(doc, i + 1, min(len(doc), i + longest + 2))), None)
        if close is None or close > token.i + 1 or close == i + 1:
            return None
        inner = doc[i + 1:close]
        if (inner[0].text[:1].isupper() and not any(t.pos_ in ("VERB", "AUX") for t in inner)
                and (inner.root == token or inner.root.head == token)):
            return inner
        return None
    return None


def without_order_words(span: Span) -> Span:
    """A name's phrase without the lowercase words that place it in a series (``the next
    General Election`` → General Election): they say which one, the name says what."""
    start = span.start
    while (start < span.end - 1 and span.doc[start].lower_ in ORDER_WORDS
           and span.doc[start].text.islower()):
        start += 1
    return span.doc[start:span.end] if start != span.start else span


def _is_clause(token: Token) -> bool:
    return token.dep_ in ("relcl", "acl", "advcl", "appos", "ccomp") or token.pos_ == "VERB"


def mention_for(token: Token, ents: dict[int, Span]) -> Mention:
    """The mention an argument head stands for: entity, pronoun or concept (``other``
    for a second-person word, which names nobody)."""
    if is_pronoun_word(token.text) and (token.i not in ents or len(ents[token.i]) == 1):
        if token.lower_ not in SECOND_PERSON and is_pronoun(token):
            return pronoun_mention(token)
        return Mention(token.text, token.idx, token.idx + len(token), "other", "", token.text)
    title = listed_title_of(token)
    if title is not None:  # "Hopes" of "her album Hopes and Dreams": the whole title
        return entity_mention(title, title, "WORK_OF_ART")
    if token.i in ents and token.i < mended(ents[token.i], ents)[0].end:
        # (a word NER ran on to, "show" of "Record Of The Year on the ITV1 show", is not)
        return named_mention(ents[token.i], ents)
    if is_pronoun(token):
        return pronoun_mention(token)
    named = quoted_name(token)
    if named is not None:
        # 'the "Cartel de los Soles" terrorist organization', 'the "Suns cartel"'.
        label = ("ORG" if token.lemma_.lower() in ORGANIZATION_NOUNS
                 else ents[named.root.i].label_ if named.root.i in ents else "")
        return Mention(span_label(named), named.start_char, named.end_char, "entity", label,
                       named.root.text, **_cues(token))
    law = law_mention(token)  # "the EU embargo on arms exports to China": a law's name
    if law is not None:
        return law
    body = body_mention(token)  # "the joint committee on Strategic Export Controls"
    if body is not None:
        return body
    span = noun_phrase(token)
    if token.pos_ == "PROPN":
        span = without_order_words(span)
    if token.pos_ == "PROPN" and all(t.pos_ == "PROPN" or t.is_punct for t in span):
        # A proper name the NER missed ("Ardern" alone): a named thing of unknown type.
        return Mention(span_label(span), span.start_char, span.end_char, "entity",
                       kind_label(span, ""), token.text, **_cues(token))
    # A compound entity inside the phrase ("the Maduro regime") keeps the phrase a concept.
    text, start, end = with_scale(span)
    return Mention(text, start, end, "concept", "", token.lemma_.lower(),
                   **_cues(token))


def with_titles(ent: Span) -> Span:
    """A person's name with the titles and roles that modify it (``US President Donald Trump``).

    Extends the span leftwards over adjacent modifiers (compound, amod, nmod) whose
    head lies inside it; the graph stage later moves those words into the aliases.
    """
    doc = ent.doc
    start = ent.start
    while start > 0:
        previous = doc[start - 1]
        if (previous.dep_ not in ("compound", "amod", "nmod") or previous.is_punct
                or previous.lower_ in DISCOURSE_WORDS  # "Meanwhile Mark Oaten said"
                or not start <= previous.head.i < ent.end):
            break
        start -= 1
    while start < ent.start and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_:
        start += 1  # "long-time leader X": never a fragment of a hyphenated word
    return doc[start:ent.end]


def named_number(ent: Span) -> Mention | None:
    """A date or number NER found in a capitalised word inside a sentence that a kind noun
    shows to be a name (``the Today programme``), else None."""
    first = ent[0]
    if first.is_sent_start or not first.is_alpha or not first.text[:1].isupper() \
            or first.lower_ in CALENDAR_WORDS:
        return None
    label = kind_label(ent, "")
    return entity_mention(ent, ent, label) if label else None


def document_mentions(doc: Doc) -> list[Mention]:
    """Every named entity and personal pronoun of ``doc``, in order (for resolution);
    names in headings are left out (:func:`is_heading`: NER reads a capitalised line as a
    string of names), but for a country's own name, which no capital misleads."""
    with entities_kept(doc):
        return _document_mentions(doc)


def _document_mentions(doc: Doc) -> list[Mention]:
    found: list[Mention] = []
    in_heading = bytearray(len(doc))  # per token: 1 inside a heading (one pass, no .sent)
    for sentence in doc.sents:
        if is_heading(sentence):
            in_heading[sentence.start:sentence.end] = b"\x01" * len(sentence)
    ents = entity_spans(doc)
    inside = set(ents)  # tokens of names: what NER found, as mended
    for ent in doc_ents(doc):
        if ent.label_ in NAMED_LABELS and in_heading[ent.start] and ent.label_ == "GPE" \
                and is_country_name(ent.text):
            found.append(named_mention(ent, ents))  # "Profits slide at India's Dr Reddy"
        elif ent.label_ in NAMED_LABELS and not in_heading[ent.start]:
            found.append(named_mention(ent, ents))
            span = mended(ent, ents)[0]
            listed = titles_listed(ent, ents)
            for title in listed:  # "The Wedding, You Said No": two titles
                if title.start != span.start:
                    found.append(entity_mention(title, title, "WORK_OF_ART"))
            if not listed:
                inside.difference_update(range(span.end, ent.end))
            inside.update(range(span.start, span.end))
        elif ent.label_ in NUMBER_LABELS and not in_heading[ent.start]:
            named = named_number(ent)  # "BBC Radio 4's Today programme"
            if named is not None:
                found.append(named)
    tokens = doc_tokens(doc)  # one Token per position for the three passes below
    for span in lone_names(doc, inside, tokens):  # "the Premiership": a name NER missed
        if not in_heading[span.start]:
            found.append(Mention(span.text, span.start_char, span.end_char, "entity",
                                 kind_label(span, ""), span.text, **_cues(span.root)))
    people = [ent for ent in doc_ents(doc) if ent.label_ == "PERSON"]
    for span in echoed_names(doc, inside, tokens, people):  # "Collins performed"
        if not in_heading[span.start]:
            found.append(Mention(span.text, span.start_char, span.end_char, "entity",
                                 "PERSON", span.text, **_cues(span.root)))
    for span in title_case_names(doc, tokens):
        if not in_heading[span.start]:
            label = "WORK_OF_ART" if capitalised_function_word(span) else ""
            found.append(Mention(span_label(span), span.start_char, span.end_char, "entity",
                                 label, span.root.text, **_cues(span.root)))
    for token, code in zip(tokens, token_codes(doc), strict=True):  # is_pronoun, from ids
        if code[3] == PRON and code[2] in _PRONOUN_CUE_IDS and not is_pleonastic(token):
            found.append(pronoun_mention(token))
        elif code[2] in LAW_HEAD_IDS and token.i not in inside and not in_heading[token.i] \
                and (law := law_mention(token)) is not None:
            found.append(law)  # a law named by description, argument or not
    found = with_listed_works(found, sorted({id(t): t for t in listed_titles_table(doc)
                                             .values()}.values(), key=lambda t: t.start))
    found.sort(key=lambda m: (m.start, m.end))
    return [m for m in found if not (m.kind == "entity" and is_pronoun_word(m.text))]


def is_pronoun_word(text: str) -> bool:
    """``text`` is a personal pronoun as written (``you``, ``You``, ``I``), never an
    initialism spelled like one (``US``, ``IT``)."""
    return text.casefold() in PRONOUN_WORDS and (text == "I" or not text.isupper())



def with_listed_works(found: list[Mention], titles: list[Span]) -> list[Mention]:
    """``found`` with each title a possessor's works list (:mod:`.titles`) as a work's
    name, in place of the names NER or the capitalised runs read inside it (``Year 3000``
    a date, ``David`` of ``Who's David?`` a person)."""
    if not titles:
        return found
    kept = [m for m in found if m.kind != "entity" or not any(
        m.start < t.end_char and t.start_char < m.end for t in titles)]
    return kept + [entity_mention(t, t, "WORK_OF_ART") for t in titles]
