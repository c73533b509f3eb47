"""What single mentions say before resolution weighs them: whether a phrase is a name
NER missed, a role read as a name or a nationality word, which pronoun an apposition
says fits a name, and which mentions are on a title line."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from kgbuilder.extractors.demonyms import country_of_demonym
from kgbuilder.extractors.records import DocumentExtractions, Extraction, Mention

from .clusters import Cluster
from .gazetteer import country_for, is_place_name, place_starts
from .genders import first_name_genders, gender_of_name
from .lexicon import (
    DASH_ASIDE_WORDS,
    EVENT_ADJECTIVES,
    HONORIFICS,
    NATIONALITY_NOUNS,
    NOMINAL_HEADS,
    ORGANIZATION_TYPES,
    PARTY_WORDS,
    ROLE_MODIFIERS,
    SPOUSE_VERBS,
    TEAM_POSITIONS,
    THING_NOUNS,
)
from .names import (
    DEMONYM,
    ROLE_NOUNS,
    TITLE_WORDS,
    gender_of,
    is_fixture,
    name_key,
    split_title,
    title_words,
)
from .types import TYPE_OF_LABEL, is_possessed

ROLE_OR_TITLE = ROLE_NOUNS | TITLE_WORDS  # once: a union per call cost 1 s on the BBC corpus


def is_unlabelled_name(mention: Mention) -> bool:
    """A noun phrase that is a name the NER missed: capitalised words only, not at the
    start of its sentence (where capitals say nothing), no role or kind word."""
    words = mention.text.split()
    return (mention.start != mention.sentence and 0 < len(words) <= 4
            and all(w[:1].isupper() for w in words)
            and not any(name_key(w) in ROLE_OR_TITLE for w in words)
            and not is_role_only(mention.text))


@lru_cache(maxsize=65536)
def is_role_only(name: str) -> bool:
    """A "name" made only of role, title, place and nationality words (``United States
    Senator``, ``US President``), its last word a role. Cached: names repeat."""
    words = name_key(name).split()
    if not words or words[-1] not in ROLE_OR_TITLE:
        return False
    rest = [w for w in words[:-1] if w not in TITLE_WORDS and w not in ROLE_MODIFIERS]
    return not rest or country_for(" ".join(rest)) is not None or (
        len(rest) == 1 and (DEMONYM.match(rest[0].title()) is not None or len(rest[0]) <= 3))


def organisation_titled(name: str) -> bool:
    """Whether the word set right before a "person's" name is an organisation's kind
    noun (``Indian drugmaker Dr Reddy's``, ``rock band Dr Feelgood``; a courtesy title in
    between is part of the name): the name is the organisation's. Only the last title
    word counts: ``club captain John Terry`` is a captain."""
    words = [w for w in name_key(split_title(name)[0]).split() if w not in HONORIFICS]
    return bool(words) and NOMINAL_HEADS.get(words[-1]) == ORGANIZATION_TYPES


def nationality_named(name: str, is_person_surname: Callable[[str], bool]) -> str | None:
    """The person's name after leading nationality words (``American Taylor Dent`` →
    ``Taylor Dent``, ``Spaniard Costa`` → ``Costa`` after ``Albert Costa``), or None: the
    rest starts with a known first name, or is the surname of a person named before
    (``is_person_surname``, by key). ``American Express``, ``French Open`` stay whole."""
    words = name.split()
    cut = 0
    while cut < len(words) - 1 and (words[cut].casefold() in NATIONALITY_NOUNS
                                    or country_of_demonym(words[cut]) is not None):
        cut += 1
    rest = words[cut:]
    if not cut or not (len(rest) > 1 and rest[0].title() in first_name_genders()
                       or len(rest) == 1 and is_person_surname(name_key(rest[0]))
                       and not _first_name_before(words, cut)):
        return None
    return " ".join(rest)


def _first_name_before(words: list[str], cut: int) -> bool:
    """Whether the one word before a lone surname is a known first name, spelled like a
    nationality only by the loose demonym match (``Frances Nicoll``, ``Belinda Smith``):
    a full name of its own, not a nationality and an earlier person's surname."""
    word = words[cut - 1]
    return cut == 1 and word.title() in first_name_genders() \
        and word.casefold() not in NATIONALITY_NOUNS


def is_demonym(mention: Mention) -> bool:
    """A nationality word: an adjective (``Venezuelan``) or the people it names
    (``Venezuelans``), never a party (``Republicans``, ``Nazis``); or a noun for one
    person of a nation (``the Spaniard``), whatever NER called it."""
    word = mention.text.strip()
    if mention.kind != "entity" or " " in word:
        return False
    if word.casefold() in EVENT_ADJECTIVES:  # "Olympic champion X": describes, like "Kenyan"
        return True
    if word.casefold() in NATIONALITY_NOUNS and not mention.plural:
        return True
    if mention.label != "NORP":
        return False
    if mention.plural or word.endswith("s"):
        if name_key(word) in PARTY_WORDS:
            return False
        word = word[:-1] if word.endswith("s") else word
    if word.endswith("i"):  # "Iraqi", "Israeli": a place's; "Nazi" names a party
        return place_starts(name_key(word[:-1]))
    return DEMONYM.match(word) is not None


def gender_cues(result: DocumentExtractions) -> dict[tuple[int, int], str]:
    """Spans whose apposition or copula says which pronoun fits: ``his wife, X`` and
    ``X was an American actress`` → X is ``fem``;
    ``the aircraft carrier X`` → X is a thing named like a person (``thing:Product``)."""
    cues: dict[tuple[int, int], str] = {}
    for extraction in result.extractions:
        if extraction.rule in ("apposition", "copula") and extraction.objects \
                and extraction.relation in ("be", "become"):
            # "X was an American actress", "X, a former nun": the role word's gender
            gender = gender_of({extraction.object.head.casefold()})
            if gender:
                cues.setdefault((extraction.subject.start, extraction.subject.end), gender)
                continue
        if plural_agreement(extraction):
            # "Snow Patrol are working on ...": one name, a plural verb: a group
            cues.setdefault((extraction.subject.start, extraction.subject.end),
                            GROUP_CUE)
        if extraction.objects and team_position(extraction.relation):
            # "Gloucester flanker X": X –flanker of→ Gloucester, a team
            cues[(extraction.object.start, extraction.object.end)] = "team:Organization"
        if extraction.rule == "apposition":
            span = (extraction.subject.start, extraction.subject.end)
            gender = gender_of(set(extraction.relation.split()[:1]))
            if gender:
                cues[span] = gender
            elif extraction.relation == "be" and extraction.objects:
                kind = THING_NOUNS.get(extraction.object.head.casefold())
                if kind:
                    cues[span] = "thing:" + kind
    return cues


GROUP_CUE = "group:Organization"
# Finite verbs that agree with a plural subject only (English grammar): a one-name
# subject written with one is a group, British English's "Snow Patrol are" / "Busted have".
PLURAL_VERBS = frozenset({"are", "were", "have", "do"})
COORDINATORS = frozenset({"and", "or", "&", "nor", "plus"})


def plural_agreement(extraction: Extraction) -> bool:
    """Whether a name that is no plural noun is the subject of a plural verb written right
    after it (``Snow Patrol are``, ``Duran Duran were``), and not the last of a list
    (``Jay-Z and Beyonce are``, ``X, Y and Z were``)."""
    subject, sentence = extraction.subject, extraction.sentence
    verb = extraction.relation_text.split()[:1]
    if subject.kind != "entity" or subject.dep != "nsubj" or subject.plural \
            or not verb or verb[0].casefold() not in PLURAL_VERBS:
        return False
    after = sentence.text[subject.end - sentence.start:].split(maxsplit=1)
    if not after or after[0].casefold() != verb[0].casefold():
        return False
    return not _listed(sentence.text[:max(0, subject.start - sentence.start)].split())


def _listed(before: list[str]) -> bool:
    """Whether the words ``before`` a name end a list it closes: a comma or ``and`` right
    before it or before the lowercase words that describe it (``Knight and drum 'n' bass
    star Roni Size have``)."""
    for word in reversed(before):
        if word.endswith(",") or word.casefold() in COORDINATORS:
            return True
        if not word[:1].islower() and not word.startswith("'"):
            return False
    return False


def is_group(cluster: Cluster, cue: str) -> bool:
    """Whether a plural verb (``cue``) shows that ``cluster``, a "person" no pronoun, title
    or first name has confirmed, or a name of no kind, names a group."""
    return cue == GROUP_CUE and cluster.gender is None and not cluster.fixed \
        and cluster.type in ("Person", "Thing") and not is_place_name(cluster.label) \
        and country_for(cluster.label) is None  # "Wales are": a country's side


def team_position(relation: str) -> bool:
    """A relation naming a position in a team's side (``flanker of``, ``fly-half of``)."""
    words = relation.split()
    return len(words) == 2 and words[1] == "of" and words[0] in TEAM_POSITIONS


def spouse_spans(result: DocumentExtractions) -> set[tuple[int, int]]:
    """Spans of names that a he/she marries (``she married John Patey``): a spouse, whose
    surname may stand alone for the pronoun's referent too."""
    return {(o.start, o.end) for e in result.extractions
            if e.relation in SPOUSE_VERBS and e.subject.kind == "pronoun"
            and e.subject.label in ("masc", "fem")
            for o in e.objects if o.kind == "entity"}


BIRTH_NAME_DEPS = frozenset({"oprd", "dobj", "attr"})  # "was born Shirley Grossman"


def birth_names(result: DocumentExtractions) -> dict[tuple[int, int], tuple[int, int]]:
    """The span of a full name someone was born as → that someone's span (``Hall was
    born Shirley Grossman``, ``She was born ...``): a birth or maiden name, a stage
    name's real one. The name is the object of the subject's own ``born`` clause, a
    person's name of two words or more, after the subject (a name or a he/she)."""
    born = {e.subject.clause: e.subject for e in result.extractions
            if "born" in e.relation.split() and e.subject.dep == "nsubjpass"
            and e.subject.clause >= 0 and (e.subject.kind == "entity" or (
                e.subject.kind == "pronoun" and e.subject.label in ("masc", "fem")))}
    if not born:
        return {}
    return {(m.start, m.end): (born[m.clause].start, born[m.clause].end)
            for m in result.mentions
            if m.kind == "entity" and m.label == "PERSON" and m.dep in BIRTH_NAME_DEPS
            and m.clause in born and m.start > born[m.clause].end and " " in m.text}


def in_title(result: DocumentExtractions, mentions: list[Mention]) -> set[Mention]:
    """The mentions of the document's title line, when its text begins with its title
    (:func:`kgbuilder.inputs.with_title`; read from the headline, as saved records keep
    no text)."""
    title = result.document.title
    if not title or result.headline != " ".join(title.split()):
        return set()
    first = min((m.sentence for m in mentions if m.sentence >= 0), default=-1)
    return {m for m in mentions if m.sentence == first and m.end - first <= len(title)}


TITLE_VOTE = 0.5  # a title line's type vote: a body mention outweighs it, ties go to the body
KIND_ORDER = {"entity": 0, "pronoun": 1, "concept": 2}


def mention_order(mention: Mention) -> tuple:
    """A total order of a document's mentions (names before concepts on one span), so
    resolution never depends on hashing or on the order documents arrive in."""
    return (mention.start, -mention.end, KIND_ORDER.get(mention.kind, 3), mention.text,
            mention.label, mention.head, mention.sentence, mention.dep, mention.plural)


def voted_kind(mention: Mention, cue: str = "") -> tuple[str, str | None]:
    """The node type a mention votes for, and the type it settles whatever the other
    mentions vote (``drugmaker Dr Reddy's``: an organisation), if any. NER's label, but
    a thing noun beside a "person" (``cue`` ``thing:...``: ``the aircraft carrier, Gerald
    Ford``) or among its title words makes it that thing, and a known first name makes
    a name NER missed a person."""
    if mention.kind == "concept":
        kind = "Role" if mention.label == "ROLE" else "Concept"
    else:
        kind = TYPE_OF_LABEL.get(mention.label, "Thing")
    if mention.kind == "entity" and mention.label != "WORK_OF_ART" \
            and mention.text[:1].isupper() and is_fixture(mention.text):  # no "Kramer vs Kramer"
        return "Event", None  # "Tottenham v Brighton": a match, whatever NER said
    if cue.startswith("thing:") and mention.label in ("PERSON", ""):
        return cue.removeprefix("thing:"), None
    if cue.startswith("team:") and mention.label in ("PERSON", ""):
        return "Organization", "Organization"  # "Gloucester flanker X": a team
    if mention.kind == "entity" and mention.label == "PERSON":
        things = [THING_NOUNS[w] for w in title_words(mention.text) if w in THING_NOUNS]
        if things:
            return things[0], None
        if organisation_titled(mention.text):
            return "Organization", "Organization"
    elif mention.kind == "entity" and mention.label == "" and gender_of_name(mention.text) \
            and not is_possessed(mention.text):  # "Gordon Brown's Budget": his thing
        return "Person", None
    return kind, None


def title_pieces(mentions: list[Mention]) -> dict[tuple[int, int], tuple[int, int]]:
    """Span of each mention lying inside a work's title (a ``WORK_OF_ART`` name), and
    not the title itself → the title's span: the parse cuts a title at its words
    (``A Fool Such As I ... is on course``: subjects ``Fool`` and ``I``), and each piece
    is the work, never a thing or a speaker of its own. Only a title NER finds whole
    more than once: a title found once is as often two names run together (``Stuff and
    What Hi-Fi?``) or a firm's product named after it (``the TiVo To Go service``).
    ``mentions`` in text order (:func:`mention_order`)."""
    works = [m for m in mentions if m.kind == "entity" and m.label == "WORK_OF_ART"]
    counts: dict[str, int] = {}
    for work in works:
        counts[work.text] = counts.get(work.text, 0) + 1
    titles = [(w.start, w.end) for w in works if counts[w.text] > 1]
    pieces: dict[tuple[int, int], tuple[int, int]] = {}
    for mention in mentions if titles else ():
        span = (mention.start, mention.end)
        title = next((t for t in titles if t[0] <= span[0] and span[1] <= t[1]), None)
        if title is not None and span != title:
            pieces[span] = title
    return pieces


_DASHES = (" - ", " \u2013 ", " \u2014 ")


def dashed_names(mentions: list[Mention]) -> dict[tuple[int, int], tuple[int, int]]:
    """Span of each noun phrase that is a name and a description set off by a dash
    (``the LSE - Europe's biggest equity market - into a deal``) → the name's span: the
    parse reads the pair as one phrase, and the name is what it is about. Not when the
    dash opens an aside (:data:`~.lexicon.DASH_ASIDE_WORDS`), nor when a name follows
    it that is no possessive (``the Sega - ESPN range``: two names joined). NER may glue
    the name to the next (``LSE - Europe``): then the name is the document's earlier
    mention of the first part. ``mentions`` in text order (:func:`mention_order`)."""
    names = {m.start: m for m in mentions if m.kind == "entity"}
    first: dict[str, tuple[int, int]] = {}
    for name in names.values():
        first.setdefault(name.text, (name.start, name.end))
    found: dict[tuple[int, int], tuple[int, int]] = {}
    for mention in mentions:
        name = names.get(mention.start)
        if mention.kind != "concept" or name is None or name.end >= mention.end:
            continue
        glued = next((d for d in _DASHES if d in name.text), None)
        if glued is not None:  # "LSE - Europe" of "the LSE - Europe's biggest market"
            part = name.text.split(glued)[0]
            if part in first and first[part][0] < name.start:
                found[(mention.start, mention.end)] = found[(name.start, name.end)] = \
                    first[part]
            continue
        rest = mention.text[name.end - mention.start:]
        dash = next((d for d in _DASHES if rest.startswith(d)), None)
        if dash is None or rest[len(dash):].split(maxsplit=1)[:1] == [] \
                or rest[len(dash):].split()[0].casefold() in DASH_ASIDE_WORDS:
            continue
        after = names.get(name.end + len(dash))
        if after is not None and not mention.text[after.end - mention.start:].startswith(
                ("'s", "\u2019s")):
            continue
        found[(mention.start, mention.end)] = (name.start, name.end)
    return found
