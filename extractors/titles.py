"""Role facts from the titles written before a person's name.

``Euronext chief Jean-Francois Theodore`` → Jean-Francois Theodore –chief of→ Euronext;
``Lib Dem leader Charles Kennedy`` → –leader of→ Lib Dem; ``Home Secretary Charles
Clarke`` (no owner named) → –be home secretary→ the role ``Home Secretary``. They are
facts a reader wants and no verb states, so they come from the NER span and the
modifiers the parser hangs on it (:func:`~.mentions.with_titles`), never from a clause.
Kept out of :func:`~.triples.doc_extractions` (Open IE benchmarks score clauses).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .mentions import entity_mention, is_heading, trimmed, with_titles
from .records import Extraction, Mention, Phrase, Sentence

# Owners a title can name: organisations, places, groups ("Lib Dem", "Labour").
OWNER_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PERSON"})
# Words of this stage, written here for kgbuilder from news usage.
# Role nouns a title can end in: offices, jobs, sports positions, band roles.
ROLE_WORDS = frozenset("""
president minister secretary undersecretary chancellor premier senator governor mayor
ambassador envoy leader chairman chairwoman chair co-chairman chief boss head director
controller manager coach editor founder co-founder spokesman spokeswoman spokesperson
analyst economist correspondent mp mep member frontman singer bassist guitarist drummer
captain player prop winger striker goalkeeper full-back fly-half kicker midfielder
defender hooker flanker centre scrum-half lock host presenter producer creator star
executive officer commissioner judge prosecutor general admiral colonel commander
""".split())
# Words that may stand inside a role before its noun ("press spokesman", "shadow chancellor").
ROLE_MODIFIERS = frozenset("""press shadow prime home foreign deputy vice assistant
executive general lead research chief junior senior first""".split())
# Courtesy titles: part of how a person is named, no role ("Mr", "Sir", "Prince").
HONORIFICS = frozenset("""mr mr. mrs mrs. ms ms. miss dr dr. sir lord lady dame prince
princess king queen sheikh rev""".split())
# Words that open a title but are no part of the role ("former", "acting").
ROLE_QUALIFIERS = frozenset({"former", "acting", "interim", "then", "new", "current",
                             "outgoing", "incoming", "late"})
TITLE_CONFIDENCE = 0.8


def _is_role_word(token: Token) -> bool:
    return token.lower_ in ROLE_WORDS or token.lower_ in ROLE_MODIFIERS


def _split_title(title: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """(owner words, role words) of a title, or None when it names no role: the role is
    the run of role words that ends nearest the name (courtesy titles skipped), its last
    word a singular role noun."""
    words = [t for t in title if not t.is_punct]
    while words and words[-1].lower_ in HONORIFICS:
        words.pop()
    end = len(words)
    start = end
    while start > 0 and _is_role_word(words[start - 1]):
        start -= 1
    role = words[start:end]
    if not role or role[-1].lower_ not in ROLE_WORDS or role[-1].tag_ in ("NNS", "NNPS"):
        return None
    owner = [t for t in words[:start] if t.lower_ not in ROLE_QUALIFIERS]
    return owner, role


def _role_mention(tokens: list[Token], label: str) -> Mention:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Mention(label, start, end, "concept", "ROLE", tokens[-1].lemma_.lower(),
                   sentence=tokens[0].sent.start_char, dep=tokens[-1].dep_)


def _owner_mention(owner: list[Token], ents: dict[int, Span]) -> Mention | None:
    """The entity a title's owner words name: a named-entity span or a run of proper
    nouns, capitalised (``LSE``, ``Falcons``, ``Euronext``, which the tagger may call a
    common noun); None for a nationality (``German``), which belongs to
    the role."""
    if not owner or any(t.ent_type_ in ("DATE", "TIME") for t in owner):
        return None
    first = ents.get(owner[0].i)
    if first is not None and first.label_ in OWNER_LABELS and first.end == owner[-1].i + 1:
        if first.label_ == "NORP" and len(owner) == 1 and owner[0].pos_ == "ADJ":
            return None
        return entity_mention(trimmed(first), first)
    if all(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper()) for t in owner):
        span = owner[0].doc[owner[0].i:owner[-1].i + 1]
        return Mention(span.text, span.start_char, span.end_char, "entity",
                       first.label_ if first is not None else "", span.root.text,
                       sentence=span.sent.start_char, dep=span.root.dep_)
    return None


def title_extraction(ent: Span, doc_id: str, ents: dict[int, Span],
                     source_text: str | None = None) -> Extraction | None:
    """The role fact the title before person ``ent`` states, or None without one."""
    span = trimmed(with_titles(ent))
    title = [t for t in span if t.i < ent.start]
    if not title:
        return None
    parts = _split_title(title)
    if parts is None:
        return None
    owner_words, role = parts
    owner = _owner_mention(owner_words, ents)
    role_words = " ".join(t.lower_ for t in role)
    subject = entity_mention(span, ent)
    if owner is not None:
        relation, obj = f"{role_words} of", owner
    else:
        tokens = owner_words[-1:] + role if owner_words and owner_words[-1].ent_type_ == \
            "NORP" else role
        label = " ".join(t.text for t in tokens)
        relation, obj = f"be {label.casefold()}", _role_mention(tokens, label)
    sentence = ent.sent
    return Extraction(
        doc_id=doc_id,
        sentence=Sentence(sentence.text if source_text is None
                          else source_text[sentence.start_char:sentence.end_char],
                          sentence.start_char, sentence.end_char),
        subject=subject, relation=relation, relation_text=" ".join(t.text for t in title),
        objects=(obj,), confidence=TITLE_CONFIDENCE, rule="title",
        arguments=(Phrase(ent.text, ent.start_char, ent.end_char),
                   Phrase(span.text[:ent.start_char - span.start_char].strip(),
                          span.start_char, ent.start_char)),
    )


def title_extractions(doc: Doc, doc_id: str, ents: dict[int, Span],
                      source_text: str | None = None) -> Iterator[Extraction]:
    """Every role fact a title before a person's name states, in text order; sentences
    are read from ``source_text`` (the text before cleaning) when given."""
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not is_heading(ent.sent):
            found = title_extraction(ent, doc_id, ents, source_text)
            if found is not None:
                yield found

