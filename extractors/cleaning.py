"""Text hygiene before parsing that never moves a character.

Every function here returns a string of exactly the same length as its input, so
character offsets computed on the cleaned text are offsets in the original
document too. Missing spaces after punctuation (``Caine,Chief``,
``America.Approximately``) need no rewrite: spaCy's tokenizer already splits such
infixes, so the parse sees separate words while the text stays as written.
"""

from __future__ import annotations

import re

from .lexicon import LINE_CONTINUING_WORDS

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


# Characters that end a sentence or a quotation: a line ending on one is never continued.
_LINE_END = frozenset('.!?:;')
# Hard-wrapped text: every line at most this many characters, the wrapped ones close to it.
_WRAP_WIDTHS = range(40, 101)
_WRAP_SHARE = 0.75
# A list item's marker: each item is its own unit, never the end of the line above.
_BULLET = re.compile(r"(?:[-*\u2022\u2013\u2014]|\d+[.)])\s")


def _is_wrapped(line: str, next_line: str, width: int) -> bool:
    """True when the break between ``line`` and ``next_line`` falls inside a sentence.

    A heading ("Summit", "Oil prices rise") is followed by a capitalised sentence and ends
    on a content word, so only these read as wraps: the next line starts in lower case,
    the line ends on a comma or on a word no heading ends on ("the", "of", "was"), or the
    text is hard-wrapped at ``width`` and the line fills most of it."""
    body, following = line.rstrip(), next_line.lstrip()
    if not body or not following or _ends_sentence(body) \
            or (_BULLET.match(following) and _opens_list(body)):
        return False
    if following[0].islower() or body[-1] in ",-(&":
        return True
    last_word = body.rsplit(None, 1)[-1]
    if last_word in LINE_CONTINUING_WORDS:
        return True
    return width in _WRAP_WIDTHS and len(body) >= _WRAP_SHARE * width


def _ends_sentence(body: str) -> bool:
    """A line ending a sentence: its last character, closing quotes and brackets aside,
    ends one (``said.'``, ``(in 2004.)``), or it ends on a double quote; ``Dunkin'`` ends
    on an elision, not a sentence."""
    bare = body.rstrip("'\")]")
    return not bare or bare[-1] in _LINE_END or body.endswith('"')


def _opens_list(body: str) -> bool:
    """A line after which a dash or a number starts a list item: it announces one (``:``)
    or is an item itself; otherwise ``- filed in 1999`` is a dash, ``57.`` a number."""
    return body.endswith(":") or _BULLET.match(body.lstrip()) is not None


def join_wrapped_lines(text: str) -> str:
    """Single line breaks inside a sentence turned into spaces; headings and paragraph
    breaks keep theirs, so a wrapped sentence is parsed whole and a heading stays apart."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    out: list[str] = []
    for i, line in enumerate(lines[:-1]):
        out.append(line)
        out.append(" " if _is_wrapped(line, lines[i + 1], width) else "\n")
    out.append(lines[-1])
    return "".join(out)


def clean_text(text: str) -> str:
    """The text the parser sees: same length as ``text``, furniture blanked out, lines
    wrapped inside a sentence joined."""
    return join_wrapped_lines(blank_boilerplate(normalize_characters(text)))
