"""Text hygiene before parsing that never moves a character.

Every function here returns a string of exactly the same length as its input, so
character offsets computed on the cleaned text are offsets in the original
document too. Missing spaces after punctuation (``Caine,Chief``,
``America.Approximately``) need no rewrite: spaCy's tokenizer already splits such
infixes, so the parse sees separate words while the text stays as written.
"""

from __future__ import annotations

import re

# Typographic characters mapped one-to-one onto the ASCII forms the parser knows best.
_CHAR_MAP = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200b": " ",
        "\ufeff": " ", "\u2060": " ", "\t": " ",
    }
)

# Whole lines that are site furniture rather than article text. General patterns only:
# share/follow widgets, "Also Read:" teasers, comment counters, bylines, reading times,
# copyright lines and "description not available" placeholders.
_BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        (?:also\s+read|read\s+also|read\s+more|related|recommended|see\s+also|more\s+from)\b.*
      | (?:(?:share|gallery|videos?|photos?|tweet|email|print|comments?|whatsapp|facebook
            |twitter|linkedin|telegram|reddit|pinterest|copy\s+link|on)\b[\s\d×x:|·•-]*){1,}
      | .*\b(?:follow|like)\s+us\s+on\b.*
      | comments?\s*\(?\d+\)?\s*\S?
      | [·•]?\s*\d+\s*min(?:ute)?s?\s+read\s*
      | (?:©|\(c\)|copyright)\s.*
      | description\s+not\s+available\.?
      | advertisement | skip\s+advert(?:isement)?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


# A byline: "By" and one to five capitalised words, nothing else on the line.
_BYLINE = re.compile(r"^\s*[Bb]y:?\s*(?:[A-Z][\w.'-]*\s*){1,5}$")


def normalize_characters(text: str) -> str:
    """Curly quotes, exotic spaces and tabs replaced one-for-one by plain ASCII."""
    return text.translate(_CHAR_MAP)


def is_boilerplate(line: str) -> bool:
    """True when a whole line is site furniture (share buttons, teasers, bylines ...)."""
    if not line.strip():
        return False
    return bool(_BOILERPLATE_LINE.match(line) or _BYLINE.match(line))


def blank_boilerplate(text: str) -> str:
    """Boilerplate lines overwritten by spaces, so they vanish without shifting offsets."""
    lines = text.split("\n")
    return "\n".join(" " * len(line) if is_boilerplate(line) else line for line in lines)


def clean_text(text: str) -> str:
    """The text the parser sees: same length as ``text``, furniture blanked out."""
    return blank_boilerplate(normalize_characters(text))
