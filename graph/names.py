"""Name normalisation: the keys under which mentions of one entity meet."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Role and honorific words that may precede a person's name ("US President Donald
# Trump", "General Dan Caine", "Venezuelan strongman Nicolas Maduro"). They move to
# the entity's aliases; the canonical label is the bare name.
TITLE_WORDS = frozenset("""
president vice prime minister secretary general gen gen. senator sen sen. rep rep.
representative governor gov gov. mayor king queen prince princess pope dr dr. mr mr. mrs
mrs. ms ms. sir dame lord lady judge justice chancellor ambassador admiral adm colonel col
captain capt commander lieutenant lt sergeant sgt major sheikh interim former late acting
strongman leader chief director spokesman spokeswoman spokesperson envoy deputy foreign
defense defence state attorney chairman chairwoman chair ceo founder boss coach minister
first lady opposition activist dictator emir premier president-elect executive analyst
manager economist adviser advisor official hooker flanker prop winger captain striker
goalkeeper full-back fly-half centre frontman singer bassist guitarist drummer host
presenter producer midfielder defender kicker skipper mp mep
""".split())
# Role words that go before a name as its title, written capitalised at a sentence start
# (``Actor Colin Farrell``, ``Prof Reddy``); alone they are no title for admission or
# pronouns (TITLE_WORDS). Written here.
NAME_ROLE_WORDS = frozenset("""actor actress comedian writer author novelist composer
rapper musician photographer professor prof prof. reverend rev rev.""".split())
# Title words that also open organisations' names (``State Street``, ``General Electric``,
# ``Credit Suisse First Boston``): alone they make no name a person's title.
ORGANISATION_NAME_WORDS = frozenset("""state general first foreign defense defence interim
former late acting executive chief opposition host centre prop vice deputy leader
director attorney""".split())
# Role nouns a person's title or apposition can carry: they fix which pronoun fits.
GENDER_OF_WORD: dict[str, str] = {
    **dict.fromkeys("""mrs mrs. ms ms. miss madam madame lady dame queen princess duchess
    empress wife mother daughter sister widow grandmother aunt niece girlfriend woman girl
    spokeswoman chairwoman congresswoman businesswoman actress granddaughter stepdaughter
    stepmother stepsister half-sister daughter-in-law mother-in-law sister-in-law fiancee
    fiancée bride heiress hostess waitress headmistress countess baroness marchioness
    sportswoman policewoman housewife matriarch goddess heroine priestess songstress
    comedienne ballerina nun abbess""".split(), "fem"),
    **dict.fromkeys("""mr mr. sir lord king prince duke emperor husband father son brother
    widower grandfather uncle nephew boyfriend man boy spokesman chairman congressman
    businessman actor grandson stepson stepfather stepbrother half-brother son-in-law
    father-in-law brother-in-law fiance bridegroom groom headmaster baron marquess
    sportsman policeman patriarch monk abbot""".split(), "masc"),
}
# Head nouns of a nominal that can stand for one titled person ("the president").
ROLE_NOUNS = frozenset("""
president minister secretary senator governor mayor king queen prince princess pope
chancellor ambassador admiral general colonel commander leader strongman spokesman
spokeswoman spokesperson envoy chairman chairwoman chief ceo dictator emir premier
president-elect prosecutor judge
""".split())
# Words an acronym skips (``Federal Bureau of Investigation`` → ``FBI``).
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "del", "la", "los", "las", "des",
                           "du", "&"})
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)$")
NAME_PARTICLES = frozenset("""van von der den de del della di da dos das du la le bin ibn al
el ter""".split())
_CONNECTORS = frozenset({"of", "and", "for", "the", "on", "in", "at", "to", "&"})
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_INITIALISM = re.compile(r"(?:[A-Z]\.?){1,4}")  # US, U.S., UK
_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"(?:'s|')$")
_THE = re.compile(r"^the\s+")
_THE_ANY_CASE = re.compile(r"^[Tt]he\s+")


def strip_accents(text: str) -> str:
    """``Rodríguez`` → ``Rodriguez``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 18)  # called for every mention and candidate: names repeat
def name_key(text: str) -> str:
    """Case-, accent-, punctuation- and article-insensitive key of a name.

    ``The United States``, ``U.S.`` and ``united states's`` give ``united states``/``us``.
    """
    text = strip_accents(text).casefold().strip()
    # The regular expressions run only where they can match: most names are words and
    # spaces, without an article or a possessive.
    if text.endswith("'"):
        text = _POSSESSIVE_END.sub("", text)
    elif text.endswith("'s"):
        text = text[:-2]
    if text.startswith("the"):
        text = _THE.sub("", text)
    if not text.replace(" ", "").isalnum():
        text = _PUNCT.sub(lambda m: "" if m.group() in ".'" else " ", text)
    return " ".join(text.split())  # whitespace runs collapsed, as _SPACES would


_FIGURE_SIGNS = {"£": " gbp ", "$": " usd ", "€": " eur ", "¥": " jpy ", "%": " pct ",
                 ".": " point ", ",": ""}
_FIGURE_START = re.compile(r"[A-Z]{0,2}[£$€¥]|\d")


_FIXTURE = re.compile(r"^\S+(?: \S+)* (?:v|vs|v\.|vs\.) \S")


def is_fixture(name: str) -> bool:
    """``Tottenham v Brighton``, ``Roe v Wade``: a match or a case between two
    sides, never the name of either."""
    return _FIXTURE.match(name) is not None and name[:1].isalnum()


def is_figure_text(text: str) -> bool:
    """``text`` opens with a number or a currency sign (``$76``, ``7.6%``, ``A$8.4bn``)."""
    return _FIGURE_START.match(text.strip()) is not None


def figure_key(text: str) -> str:
    """The key of a figure, its signs spelled out so that no two values share one (the
    name key of both ``$76`` and ``7.6%`` is ``76``): ``usd 76``, ``7 point 6 pct``."""
    spelled = "".join(_FIGURE_SIGNS.get(c, c) for c in text.casefold())
    return name_key(spelled)


@lru_cache(maxsize=1 << 16)
def split_title(name: str) -> tuple[str, str]:
    """A person's name split into (leading titles and roles, bare name).

    Everything up to the last title-like word goes: a title or role word, a lowercase
    word, a demonym, an initialism, or a place before a full name (``Fiat chief executive
    Sergio Marchionne`` → (``Fiat chief executive``, ``Sergio Marchionne``); ``Vermont
    Bernie Sanders``, but ``Georgia Smith`` stays whole). Name particles (``van``, ``de``),
    connectors (``of``) and a trailing ``Jr``/``III`` never count; one word always stays.
    """
    words = name.split()
    last = len(words) - 1
    if last > 0 and words[last].casefold() in NAME_SUFFIXES:
        last -= 1
    cut = 0
    for i, word in enumerate(words[:last]):
        lowered = word.casefold().strip(",")
        if lowered in NAME_PARTICLES or lowered in _CONNECTORS:
            continue
        title_shaped = (_is_demonym_before(words, i, last) or _INITIALISM.fullmatch(word)
                        or (last - i >= 2 and _is_place_name(word)))  # then a full name
        if lowered in TITLE_WORDS or lowered in NAME_ROLE_WORDS or word[:1].islower() \
                or (title_shaped and not _starts_a_name(words, i, cut)):
            cut = i + 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _is_demonym_before(words: list[str], i: int, last: int) -> bool:
    """Whether ``words[i]`` reads as a demonym before a name: shaped like one
    (``Texan``), and a known one when only the surname follows (``Morgan Freeman``,
    ``Rowan Atkinson``: a first name the first-name table lacks, not a title)."""
    from kgbuilder.extractors.demonyms import country_of_demonym

    if not DEMONYM.match(words[i]):
        return False
    return i < last - 1 or country_of_demonym(words[i]) is not None


def _starts_a_name(words: list[str], i: int, cut: int) -> bool:
    """Whether ``words[i]``, shaped like a demonym, an initialism or a place, is part of
    the name: a known first name right after the titles (``Susan Walsh``, ``Brian Cox``,
    ``Mary Tyler Moore``; never a country's people, ``Jordanian``), or a middle initial
    after one (``John F. Kennedy``, ``George C Scott`` as the BBC writes it)."""
    word = words[i]
    if word[:1].isupper() and (len(word) == 1 or (len(word) == 2 and word[1] == ".")):
        return i == cut + 1 and _is_first_name(words[cut])
    return i == cut and _is_first_name(word)


def _is_first_name(word: str) -> bool:
    from kgbuilder.extractors.demonyms import country_of_demonym

    from .genders import first_name_genders  # genders imports this module

    if word.strip(".,").title() not in first_name_genders():
        return False
    country = country_of_demonym(word)
    return country is None or country.casefold() == word.casefold()


def _is_place_name(word: str) -> bool:
    from .gazetteer import is_place_name  # the gazetteer keys names with name_key

    return is_place_name(word)


def has_title_word(title: str) -> bool:
    """Whether ``title`` holds a known title or role word (``Boss``, ``Mr``), not just
    a lowercase one."""
    return any(w.casefold().strip(",") in TITLE_WORDS for w in title.split())


def has_person_title(title: str) -> bool:
    """Whether ``title`` holds a title word that opens no organisation's name
    (``President``, ``Secretary``; not ``State`` of State Street)."""
    return any((w := word.casefold().strip(",")) in TITLE_WORDS
               and w not in ORGANISATION_NAME_WORDS for word in title.split())


def surname_key(name: str) -> str:
    """The key of a person's last name word (``Donald Trump`` → ``trump``)."""
    words = name_key(name).split()
    return words[-1] if words else ""


@lru_cache(maxsize=1 << 16)
def title_words(name: str) -> frozenset[str]:
    """The casefolded title and role words before a name (``US President Donald Trump`` →
    ``{us, president}``)."""
    return frozenset(name_key(split_title(name)[0]).split())


def gender_of(words: frozenset[str] | set[str]) -> str | None:
    """``masc`` or ``fem`` when ``words`` carry exactly one gendered role noun's cue."""
    if not words:  # most names carry no title at all
        return None
    cues = {GENDER_OF_WORD[w] for w in words if w in GENDER_OF_WORD}
    return cues.pop() if len(cues) == 1 else None


def _initials(words: list[str]) -> str:
    """The lowercased initials of ``words``; a word that is itself an acronym gives all
    its letters (``BBC Three`` → ``bbct``, never ``bt``)."""
    return "".join(w.casefold() if len(w) > 1 and w.isupper() else w[0].casefold()
                   for w in words)


def _name_words(name: str) -> list[str]:
    """The words of ``name`` as :func:`name_key` splits them, their case kept."""
    text = _POSSESSIVE_END.sub("", strip_accents(name).strip())
    text = _THE_ANY_CASE.sub("", text)
    return _PUNCT.sub(lambda m: "" if m.group() in ".'" else " ", text).split()


def acronym(name: str) -> str:
    """The initials of a multi-word name, lowercased (``Federal Bureau of Investigation`` →
    ``fbi``); empty for a one-word name."""
    words = [w for w in _name_words(name) if w.casefold() not in _ACRONYM_SKIP]
    return _initials(words) if len(words) > 1 else ""


def is_word_acronym(text: str) -> bool:
    """An acronym written as a word, as the BBC writes those said as words (``Nato``,
    ``Bat``, ``Opec``): one capital, then three to five lowercase letters or fewer."""
    return 3 <= len(text) <= 6 and text.isalpha() and text[0].isupper() and text[1:].islower()


def looks_like_acronym(text: str) -> bool:
    """``FBI``, ``C.I.A.``, ``TfL``: two to six letters, dots allowed, capitals at both
    ends and in the majority."""
    letters = text.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha()):
        return False
    capitals = sum(c.isupper() for c in letters)
    return letters[0].isupper() and letters[-1].isupper() and 2 * capitals > len(letters)


@lru_cache(maxsize=1 << 16)
def acronyms(name: str) -> frozenset[str]:
    """Every initialism of ``name``: without its small words (``fbi``) and with them
    (``Transport for London`` → ``tl`` and ``tfl``)."""
    words = _name_words(name)
    full = _initials(words) if len(words) > 1 else ""
    return frozenset(a for a in (acronym(name), full) if a)


def slug(text: str) -> str:
    """A readable, stable id fragment: ``Delcy Rodríguez`` → ``delcy_rodriguez``."""
    key = name_key(text)
    return _SPACES.sub("_", key) or "_"


def clear_name_caches() -> None:
    """Empty the name caches above. Called once a corpus is resolved: on 2,125 BBC
    articles they hold some 45 MiB that the graph and its outputs can use instead."""
    for cached in (name_key, split_title, title_words, acronyms):
        cached.cache_clear()
