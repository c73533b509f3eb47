"""Facts a noun phrase states without a verb: a title before a name (``Fiat chief
executive X``); the place a thing is in lives in :mod:`.places`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .confidence import confidence
from .demonyms import country_of_demonym
from .group_roles import sentence_group
from .lexicon import (
    HONORIFICS,
    OPENING_PARTY_WORDS,
    ORGANISATION_ROLES,
    RELATIONAL_ROLES,
    ROLE_MODIFIERS,
    ROLE_QUALIFIERS,
    ROLE_WORDS,
)
from .mentions import (
    HYPHENS,
    mention_for,
    span_label,
    with_titles,
)
from .records import Extraction, Mention
from .titles import listed_title_of
from .tree import NAMES_ELSEWHERE, doc_ents, kept_table

if TYPE_CHECKING:
    from .builder import ExtractionBuilder

# Named things a title before a name can belong to ("Fiat chief executive X").
OWNER_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
# Offices a nationality word makes a country's ("Russian President X": president of
# Russia; a "Dutch co-chairman" chairs a company, not the Netherlands). Written here.
NATIONAL_OFFICES = frozenset("""president minister premier chancellor secretary ambassador
envoy leader king queen monarch senator""".split())
# Roles whose capitalised word before them is a portfolio, not an owner: "Finance
# Minister X", "Labour Minister Y" (of labour, not the party). Written here.
PORTFOLIO_ROLES = frozenset({"minister", "secretary", "commissioner"})


def _title_start(ent: Span, ents: dict[int, Span], low: int) -> int:
    """Where the titles before a name start: :func:`with_titles`, also over a hyphenated
    word (``former England full-back X``, ``Tory co-chairman Y``), a role's ``of``
    phrase (``US Undersecretary of State X``, ``director of rugby Y``) and a whole owner
    name the parse splits (``State Administration of Taxation head Z``); never before
    ``low`` (the sentence's start)."""
    doc = ent.doc
    start = ent.start
    while start > low:
        previous = doc[start - 1]
        owner = ents.get(start - 1)
        if (owner is not None and owner.label_ in OWNER_LABELS and owner.end == start
                and start < ent.start and owner.start >= low
                and any(start <= t.head.i < ent.end for t in owner)):
            start = owner.start
            continue
        if (previous.text in HYPHENS and not previous.whitespace_ and start < ent.start
                and start - 2 >= low and not doc[start - 2].whitespace_
                and doc[start].tag_ != "VBN"):  # "London-based X" describes, owns nothing
            start -= 2  # "full-back": the piece before the hyphen belongs to the word
            continue
        of = next((t for t in doc[max(low, start - 3):start] if t.lower_ == "of"), None)
        if (of is not None and of.head.i == of.i - 1 >= low and of.head.lower_ in ROLE_WORDS
                and all(t.pos_ in ("PROPN", "NOUN") for t in doc[of.i + 1:start])):
            start = of.i - 1  # "Undersecretary of State X": the role and its field
            continue
        if (not (previous.dep_ in ("compound", "amod", "nmod") or _is_name_number(previous))
                or previous.is_punct or not start <= previous.head.i < ent.end):
            break
        start -= 1
    while start < ent.start and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_:
        start += 1  # "Moscow-based US lawyer X": never a piece of a hyphenated word
    return start


def _is_name_number(token: Token) -> bool:
    """A number that is a word of a name, not a count: written with a capital inside the
    sentence (``BBC Three controller X``) or in digits after a proper noun (``Channel 4
    controller X``)."""
    if not token.like_num or token.dep_ not in ("nummod", "compound") or token.is_sent_start:
        return False
    return token.text[:1].isupper() or (token.text.isdigit()
                                        and token.nbor(-1).pos_ == "PROPN")


def _owner_with_numbers(owner: Span, role: Span) -> Span:
    """An owner name with the name words the NER left after it: numbers (``BBC`` of ``BBC
    Three controller`` is ``BBC Three``), an acronym (``Egypt FA spokesman``: the FA) or
    a capitalised day (``Sheffield Wednesday manager``: the club)."""
    end = owner.end
    while end < role.end - 1 and (_is_name_number(owner.doc[end])
                                  or _is_name_word(owner.doc[end])):
        end += 1
    return owner.doc[owner.start:end]


def _is_name_word(token: Token) -> bool:
    """A word that goes on an owner's name rather than starting the role: an acronym
    (``FA``, not a role word like ``MP``) or a capitalised day the NER took for a date."""
    if token.lower_ in ROLE_WORDS or token.lower_ in ROLE_MODIFIERS or not token.is_alpha:
        return False
    return (token.is_upper and len(token) > 1) or (
        token.ent_type_ == "DATE" and token.is_title and token.pos_ == "PROPN")


def title_before_name(ent: Span, ents: dict[int, Span], low: int = 0) -> Span | None:
    """The role words set before a person's name (``author Bill Bryson``, ``Fiat chief
    executive Sergio Marchionne``), honorifics (``Mr``, ``Dr``) aside; None if no role
    noun stands there."""
    doc = ent.doc
    start = min(with_titles(ent).start, _title_start(ent, ents, low))
    while start < ent.start and (doc[start].lower_ in HONORIFICS or doc[start].is_punct
                                 or doc[start].dep_ == "det"):
        start += 1
    end = ent.start
    while end > start and (doc[end - 1].lower_ in HONORIFICS or doc[end - 1].is_punct):
        end -= 1  # "Former Labour MP Lord Janner": the courtesy title is no part of the role
    role = doc[start:end]
    if not role or not any(t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.i not in ents)
                           for t in role):
        return None
    return role


def has_person_title(ent: Span, ents: dict[int, Span], low: int = 0) -> bool:
    """A name the NER calls an organisation set after a role only a person holds (``former
    England full-back X``, ``Fiat chief executive Y``): the name is a person's."""
    role = title_before_name(ent, ents, low)
    if role is None or role[-1].tag_ != "NN" or not role[-1].is_lower:
        return False
    word = _words(list(role))[-1]
    return word in ROLE_WORDS and word not in ORGANISATION_ROLES


def _words(tokens: list[Token]) -> list[str]:
    """Lowercase words as written, a hyphenated word (``co-chairman``) as one."""
    words: list[str] = []
    for i, token in enumerate(tokens):
        glued = i > 0 and tokens[i - 1].i == token.i - 1 and not tokens[i - 1].whitespace_
        if glued and (token.text in HYPHENS or tokens[i - 1].text in HYPHENS):
            words[-1] += token.lower_
        else:
            words.append(token.lower_)
    return words


def _is_owner_word(token: Token) -> bool:
    """A word that can name a title's owner: a capitalised proper noun, common noun or
    adjective (``Conservative leader``; the tagger reads party names either way), never
    a nationality (``French``) nor a capital that only opens the sentence."""
    if not token.text[:1].isupper():
        return False
    if token.text in OPENING_PARTY_WORDS:  # "Conservative co-chairman X" opening a sentence
        return True
    if token.pos_ == "PROPN" or token.ent_type_ == "NORP":  # "Tory": the NER names a group
        return country_of_demonym(token.text) is None
    return (token.pos_ in ("NOUN", "ADJ") and not token.is_sent_start
            and country_of_demonym(token.text) is None)


def _names_in_text(doc: Doc) -> frozenset[str]:
    """The texts of the document's names inside a sentence (not opening it): NER's, and
    proper nouns standing alone (no capitalised word beside them), made once per kept
    Doc. A capitalised word that opens one sentence is a name when the text names it so
    elsewhere (``Arsenal manager X`` ... ``beat Arsenal``)."""
    return kept_table(doc, NAMES_ELSEWHERE, _read_names_in_text)


def _read_names_in_text(doc: Doc) -> frozenset[str]:
    return frozenset({ent.text for ent in doc_ents(doc) if not ent[0].is_sent_start}
                     | {t.text for t in doc if t.pos_ == "PROPN" and not t.is_sent_start
                        and t.text[:1].isupper() and not _beside_capital(t)})


def _beside_capital(token: Token) -> bool:
    """Whether a capitalised word stands next to ``token`` (``Film Council``)."""
    doc = token.doc
    return any(0 <= i < len(doc) and doc[i].text[:1].isupper() and not doc[i].is_sent_start
               for i in (token.i - 1, token.i + 1))


def _is_opening_name(owner: Span) -> bool:
    """``Arsenal`` in ``Arsenal manager X`` opening a sentence: a capitalised word the
    tagger calls a common noun or adjective there, which the document names as such
    elsewhere (``Company spokesman``, ``Film director`` are never so named)."""
    first = owner[0]
    return (first.is_sent_start and first.text[:1].isupper()
            and country_of_demonym(first.text) is None
            and all(_is_owner_word(t) for t in owner[1:])
            and owner.text in _names_in_text(owner.doc))


def _opening_nationality(ent: Span) -> bool:
    """``Banned American`` opening a sentence, which the NER took for an organisation: a
    capitalised adjective before a nationality word, no owner (``Anglo American`` is)."""
    return ent[0].is_sent_start and ent[0].pos_ != "PROPN" and len(ent) > 1 \
        and country_of_demonym(ent[-1].text) is not None


def _unlabelled_owner(role: Span) -> tuple[Mention, list[Token]] | None:
    """A title's owner the NER did not label: the capitalised words before the role words
    (``Euronext chief``, ``LSE boss``, ``Tory co-chairman``; the tagger may call them common
    nouns or adjectives), as an entity mention, with the role words after it."""
    tokens = list(role)
    words = _words(tokens)
    cut = next((i for i, w in enumerate(words) if w in ROLE_WORDS or w in ROLE_MODIFIERS), None)
    field = words.index("of") if "of" in words else len(words)  # "director of rugby"
    if not cut or cut >= field or words[field - 1] not in ROLE_WORDS or (
            cut == field - 1 and words[cut] in PORTFOLIO_ROLES):
        return None  # "Finance Minister": a portfolio, not an owner
    owner = role[:cut]  # the words before the cut are single tokens: none is hyphenated
    if any(t.text in HYPHENS for t in tokens[:cut + 1]):
        return None
    qualifiers = []  # "Former Blackburn boss": a former boss, the relation says so
    while len(owner) and owner[0].lower_ in ROLE_QUALIFIERS:
        qualifiers.append(owner[0])
        owner = owner[1:]
    if not len(owner) or not (all(_is_owner_word(t) for t in owner)
                              or _is_opening_name(owner)):
        return None  # a capitalised common noun opening a sentence ("Company spokesman")
    return (Mention(span_label(owner), owner.start_char, owner.end_char, "entity", "",
                    owner.root.text, sentence=role.sent.start_char, dep=owner.root.dep_),
            qualifiers + tokens[cut:])


def _is_position(role: Span) -> bool:
    """A title that names a position by itself (``Home Secretary``, ``German Chancellor``,
    ``shadow chancellor``, ``hooker``): a bare tie to an organisation in lower case
    (``controller``, ``party leader``) is no position without its owner."""
    return (role[-1].lower_ not in RELATIONAL_ROLES
            or any(t.text[:1].isupper() and not t.is_sent_start for t in role)
            or any(t.lower_ in ROLE_MODIFIERS for t in role[:-1]))


def title_extractions(ent: Span, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """A role fact from a title before a name: ``author Bill Bryson`` → Bill Bryson –be→
    author; ``Fiat chief executive X`` → X –chief executive of→ Fiat (rule ``title``)."""
    role = title_before_name(ent, builder.ents, builder.span.start)
    if role is None or listed_title_of(ent.root) is not None:
        return  # "Captain Corelli's Mandolin" listed as a film: a title, no captain
    field = next((t.i for t in role if t.lower_ == "of"), role.end)  # "Secretary of State"
    owners = [t for t in role if t.i < field and t.i in builder.ents
              and builder.ents[t.i].label_ in OWNER_LABELS and builder.ents[t.i].end < ent.start
              and not all(w.lower_ in ROLE_MODIFIERS or w.lower_ in ROLE_WORDS
                          for w in builder.ents[t.i])  # "Home Secretary": no owner "Home"
              and not (builder.ents[t.i].label_ == "ORG" and role[-1].lower_ in PORTFOLIO_ROLES
                       and builder.ents[t.i].end == role.end - 1)  # "Finance Minister"
              and not _opening_nationality(builder.ents[t.i])]
    subject = mention_for(ent.root, builder.ents)
    if owners:
        named = builder.ents[owners[0].i]
        owner = _owner_with_numbers(named, role)
        words = _words([t for t in role if not owner.start <= t.i < owner.end])
        relation = " ".join(words) + " of"
        label = named.label_ if all(_is_name_number(t) for t in role.doc[named.end:owner.end]) \
            else "ORG"  # "Egypt FA", "Sheffield Wednesday": a body or a club of the place
        objects = [mention_for(owner.root, builder.ents) if owner.end == named.end else
                   Mention(span_label(owner), owner.start_char, owner.end_char, "entity",
                           label, owner.root.text, sentence=builder.span.start_char,
                           dep=owner.root.dep_)]
    elif (named := _unlabelled_owner(role)) is not None:
        owner_mention, role_tokens = named
        relation = " ".join(_words(role_tokens)) + " of"
        objects = [owner_mention]
    elif (_words(list(role[:field - role.start])) or [""])[-1] in ROLE_WORDS and \
            role[-1].tag_ not in ("NNS", "NNPS") and _is_position(role):
        label = span_label(role)  # "Home Secretary", "German Chancellor": a position held
        relation = f"be {label.casefold()}"
        objects = [Mention(label, role.start_char, role.end_char, "concept", "ROLE",
                           role[-1].lemma_.lower(), sentence=builder.span.start_char,
                           dep=role[-1].dep_)]
    else:
        # The title is already among the name's aliases (the graph moves it there):
        # an Open IE fact, not a node of its own.
        relation, objects = "be", [builder.other(role)]
    surface = ([], [builder.phrase(ent), builder.phrase(role)])
    extraction = builder.make(ent.root, subject, relation, objects, rule="title",
                              surface=surface, confidence=confidence(
                                  "title", ent.root, None, builder.span, ent.root, 2))
    extraction = replace(extraction, relation_text="is", negated=False, modality=None, time=None)
    yield extraction
    group = sentence_group(role, builder.span) if objects[0].kind != "entity" else None
    if group is not None:  # "... the band's label said frontman X": X –frontman of→ it
        yield replace(extraction, relation=" ".join(_words(list(role))) + " of",
                      objects=(builder.mention(group),), arguments=())
    words = _words(list(role[1:]))
    if objects and objects[0].label == "ROLE" and len(role) > 1 and words[-1] in NATIONAL_OFFICES:
        country = country_of_demonym(role[0].text) if role[0].ent_type_ == "NORP" else None
        if country is not None:
            # "Russian President X" is also X –president of→ Russia (not an Open IE
            # tuple: no argument phrases of its own)
            nation = Mention(country, role[0].idx, role[0].idx + len(role[0]), "entity", "GPE",
                             role[0].text, sentence=builder.span.start_char, dep=role[0].dep_)
            yield replace(extraction, relation=" ".join(words) + " of",
                          objects=(nation,), arguments=())
