"""Name normalisation: the keys under which mentions of one entity meet."""

from __future__ import annotations

import re
import unicodedata

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
first lady opposition activist dictator emir premier president-elect
""".split())
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)$")
_INITIALISM = re.compile(r"(?:[A-Z]\.?){1,4}")  # US, U.S., UK
_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    """``Rodríguez`` → ``Rodriguez``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """Case-, accent-, punctuation- and article-insensitive key of a name.

    ``The United States``, ``U.S.`` and ``united states's`` give ``united states``/``us``.
    """
    text = strip_accents(text).casefold().strip()
    text = re.sub(r"(?:'s|')$", "", text)
    text = re.sub(r"^the\s+", "", text)
    text = _PUNCT.sub(lambda m: "" if m.group() in ".'" else " ", text)
    return _SPACES.sub(" ", text).strip()


def split_title(name: str) -> tuple[str, str]:
    """A person's name split into (leading titles and roles, bare name).

    ``US President Donald Trump`` → (``US President``, ``Donald Trump``). At least one
    word always stays in the bare name.
    """
    words = name.split()
    cut = 0
    for i, word in enumerate(words[:-1]):
        lowered = word.casefold().strip(",")
        if (lowered in TITLE_WORDS or word[:1].islower() or _DEMONYM.match(word)
                or _INITIALISM.fullmatch(word)):
            cut = i + 1
        else:
            break
    return " ".join(words[:cut]), " ".join(words[cut:])


def surname_key(name: str) -> str:
    """The key of a person's last name word (``Donald Trump`` → ``trump``)."""
    words = name_key(name).split()
    return words[-1] if words else ""


def slug(text: str) -> str:
    """A readable, stable id fragment: ``Delcy Rodríguez`` → ``delcy_rodriguez``."""
    key = name_key(text)
    return re.sub(r"\s+", "_", key) or "_"
