"""Which earlier name a short mention stands for, within one document: a lone surname's
full name (``Bailey`` → ``Ted Bailey``, unless the genders say otherwise) and an
acronym's one expansion (``FBI``; ``Bat`` → ``British American Tobacco``), and an
organisation's name written with its words in another order or its acronym with another
body word (:func:`variant_antecedent`).

Pure functions over the clusters :mod:`~.resolve` has built so far.
"""

from __future__ import annotations

from kgbuilder.extractors.records import Mention

from .clusters import Cluster, MentionKey
from .gazetteer import country_for
from .genders import gender_of_name
from .lexicon import BODY_WORDS
from .names import acronyms, gender_of, is_word_acronym, looks_like_acronym, name_key

# NER often calls a lone surname ORG, or misses it (label "").
SURNAME_LABELS = frozenset({"PERSON", "ORG", "NORP", ""})
ACRONYM_TYPES = frozenset({"Organization", "Place", "Event", "Legislation", "Thing"})
# NER labels of a word that may be an acronym written as a word (``Bat``, ``Nato``).
WORD_ACRONYM_LABELS = frozenset({"ORG", "GROUP", ""})


def married(cluster: Cluster, spouses: set[tuple[int, int]]) -> bool:
    """Whether ``cluster`` entered the text as the name a he/she married."""
    first: MentionKey | None = cluster.mentions[0] if cluster.mentions else None
    return first is not None and first[1:] in spouses


def surname_antecedent(mention: Mention, bare: str, title: frozenset[str],
                       by_surname: dict[str, list[Cluster]], by_key: dict[str, Cluster],
                       cues: set[str], spouses: set[tuple[int, int]]) -> Cluster | None:
    """The multi-word person whose last name ``bare`` is: the one whose titles fit
    ``title`` if any does, else the most recently mentioned; never one whose gender a
    he/she before the surname (``cues``) contradicts (``After her divorce from Ted
    Bailey, Bailey sang``: a woman takes a husband's or a father's surname), nor one
    whose gender the surname's own title, or the surname's earlier use alone for someone
    of known gender, contradicts (``Lady Paget``, ``Mrs Clinton``); nor one a he/she
    married (``she married John Patey ... Patey was``, ``spouses``) unless a cue gives
    his gender."""
    words = name_key(bare).split()
    if len(words) != 1 or mention.label not in SURNAME_LABELS:
        return None
    if mention.label != "PERSON" and country_for(bare):
        return None  # "the Scotland coach" is the country's, not Jason Scotland's
    cue = set(cues)
    if gender_of(title):  # "Lady Paget" is not "Sir Augustus Paget"
        cue.add(gender_of(title))
    alone = by_key.get(words[0])  # the surname already named someone on its own
    if not cue and alone is not None and alone.is_person and alone.gender:
        cue.add(alone.gender)
    people = [c for c in by_surname.get(words[0], ())
              if c.is_person and not (len(cue) == 1 and c.gender not in (None, *cue))
              and not (married(c, spouses) and c.gender not in cue)]
    titled = [c for c in people if title and title <= c.titles()]
    return max(titled or people, key=lambda c: c.last_seen) if people else None


def acronym_antecedent(text: str, label: str, by_acronym: dict[str, list[Cluster]],
                       by_key: dict[str, Cluster]) -> Cluster | None:
    """The one earlier multi-word name that ``text`` abbreviates (``FBI``; ``Bat`` for
    ``British American Tobacco``, an organisation's acronym written as a word)."""
    if not (looks_like_acronym(text) or (is_word_acronym(text) and (
            label in WORD_ACRONYM_LABELS
            or (label == "PERSON" and gender_of_name(text, person=True) is None)))):
        return None  # NER calls "Bat" a person; no first name is one
    wanted = name_key(text)
    found = {id(c): c for c in by_acronym.get(wanted, ())
             if by_key.get(c.key) is c and not c.key.startswith("concept:")
             and c.type in ACRONYM_TYPES
             and (wanted in acronyms(c.label) or any(wanted in acronyms(a) for a in c.aliases))}
    return next(iter(found.values())) if len(found) == 1 else None


_BODY_INITIALS = frozenset(w[0] for w in BODY_WORDS)


def word_order_key(key: str) -> tuple[str, ...] | None:
    """A name key's words in sorted order, for names of three words or more (shorter
    names in another order are other names: ``Chelsea Manning``, ``Manning Chelsea``)."""
    words = key.split()
    return tuple(sorted(words)) if len(words) >= 3 else None


def variant_antecedent(text: str, by_words: dict[tuple[str, ...], list[Cluster]],
                       by_acronym: dict[str, list[Cluster]], by_key: dict[str, Cluster]
                       ) -> Cluster | None:
    """The one earlier organisation ``text`` names as a variant: the same three or more
    words in another order (``State Tobacco Administration Monopoly``), or, for an
    acronym of four letters or more that abbreviates no name, the one name it
    abbreviates but for its last letter when both stand for a body word (``STMC`` for
    ``State Tobacco Monopoly Administration``: Company for Administration)."""
    def live(found: list[Cluster]) -> Cluster | None:
        unique = {id(c): c for c in found if by_key.get(c.key) is c
                  and not c.key.startswith("concept:") and c.type in ACRONYM_TYPES}
        return next(iter(unique.values())) if len(unique) == 1 else None

    order = word_order_key(name_key(text))
    if order is not None:
        return live(by_words.get(order, []))
    wanted = name_key(text)
    if not (looks_like_acronym(text) and len(wanted) >= 4 and wanted[-1] in _BODY_INITIALS
            and wanted not in by_acronym):
        return None
    return live([c for letters, found in by_acronym.items()
                 if len(letters) == len(wanted) and letters[:-1] == wanted[:-1]
                 for c in found if any(_body_named(name, letters) for name in c.aliases)])


def _body_named(name: str, letters: str) -> bool:
    """Whether ``name`` has the acronym ``letters`` and ends in a body word."""
    words = name_key(name).split()
    return bool(words) and words[-1] in BODY_WORDS and letters in acronyms(name)
