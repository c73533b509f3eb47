"""Which extractions become edges: the facts worth having, and why the rest are not.

An edge joins a named entity to a named entity, or a named entity to a specific thing:
an amount, a role, or a noun phrase that passes :func:`vagueness`. Everything else
stays out of the graph with a reason (kept in the extraction cache and ``facts.csv``),
so nothing is lost and the choice can be revisited.

The specificity rule for a noun phrase (a Concept end), in order:

1. a pronoun, quantifier or demonstrative at its start, or only such words
   (``you``, ``some of them``, ``that``) refers to nothing by itself;
2. a head noun from :data:`~.lexicon.VAGUE_HEADS` (``place``, ``time``, ``need``,
   ``part of his remarks``) is too generic, whatever modifies it;
3. a bare word (``door``, ``large-scale``) is too generic unless it is a role
   (``president``, ``chief executive``);
4. more than :data:`MAX_CONCEPT_WORDS` words is a clause, not a thing;
5. an end cut inside brackets (``$2bn (1.53bn euros``) is a broken span;
6. a bare role word as a subject (``a spokesman told the BBC``) names nobody in particular.

Six rules look at the fact as a whole: a role read off a phrase (``the Dragons winger``
–winger of→ Dragons) is a fact only once resolution found the person the phrase stands
for (:func:`unheld_role`); a further argument's fact, of where, when or how,
that names nothing (``make in`` the 1998 championship, of "made his debut in ...") drops
what was done, a work's maker (``their album Y``) is a person or an organisation, a
relation whose preposition lost its object (``shed to in`` of "shed 2.1% to 17.58 euros
in Paris") reads wrongly, a plural
predicate nominal (``X and Y were huge losses``) says nothing of one person, and a noun
phrase's whereabouts (rule ``location``: ``annual sales in Asia``) is a fact only for a
site or an event (:data:`~.lexicon.PLACED_HEADS`: ``the new factory in Gaydon``) or a named
subject; a verb's setting alone ("In London, Barclays collapsed") is no partner of it.

What passes has a head noun a reader can picture and at least one modifier that makes
it specific: ``covert CIA actions``, ``political prisoners``, ``second wave of attacks``.
"""

from __future__ import annotations

import re

from kgbuilder.extractors.demonyms import country_of_demonym
from kgbuilder.extractors.lexicon import CREATION_KINDS, LISTED_WORK_NOUNS
from kgbuilder.extractors.records import CROSSED_RULE, Mention, Sentence

from .law_nominals import law_head
from .lexicon import (
    ADJUNCT_PREPOSITIONS,
    GOVERNMENT_WORDS,
    NUMBER_WORDS,
    PEOPLE_NOUNS,
    PLACED_HEADS,
    REFERENCELESS_WORDS,
    VAGUE_HEADS,
)
from .mention_cues import is_role_only
from .names import ROLE_NOUNS, TITLE_WORDS, name_key

MAX_CONCEPT_WORDS = 8
# Node types of named things (everything a gazetteer or NER can name).
NAMED_TYPES = frozenset({"Person", "Organization", "GovernmentOrganization", "PoliticalParty",
                         "SportsTeam", "Country", "Place", "City", "Event", "Product",
                         "CreativeWork", "Legislation", "Language"})
VALUE_TYPES = frozenset({"MonetaryAmount", "QuantitativeValue"})
# Who can make or perform a work (``her song Toxic``: a person or a band, a drug's maker).
MAKER_TYPES = frozenset({"Person", "Organization", "GovernmentOrganization", "PoliticalParty",
                         "SportsTeam"})
# Rules that read a maker's work off a noun phrase (``X's single Y``, ``their album, Y``,
# ``Their singles include Y``): the relation ends in the kind noun.
WORK_RULES = frozenset({"possessed", "apposition", "works"})
_WORK_KINDS = CREATION_KINDS | LISTED_WORK_NOUNS
# NER labels of numbers that mean nothing alone ("two", "first").
BARE_NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL"})
_BARE_FIGURE = re.compile(r"[\d.,]+")
_RANGE = re.compile(r"\s(?:to|from)(?:\s|$)", re.IGNORECASE)  # "5% to £801m", "49% to 74"
HYPHENS = frozenset("-\u2010\u2011")
# Participles a name is joined to by a hyphen without being cut from a word of its own:
# "US-based X", "London-born Y" keep "US" and "London" whole names.
NAME_COMPOUNDS = frozenset({"based", "born", "bred", "headquartered", "listed", "owned",
                            "run", "led", "backed", "made"})
# What ends a sentence, read as its last character before trailing whitespace.
_SENTENCE_END = frozenset(""".!?…:;"'”’)]""")
# A preposition left with no object before the next one: "shed to in", "move from into",
# "pull out of with".
_DANGLING_PREPOSITION = re.compile(
    r"\b(?:to|at|from|by|of|against)\s+(?:in|on|at|to|from|by|for|with|against|into|like)$")


def vagueness(mention: Mention) -> str | None:
    """Why a noun phrase is too vague to be a graph end, or None when it is specific."""
    written = mention.text.split()
    if not written:
        return "empty phrase"
    if len(written) > MAX_CONCEPT_WORDS:
        return f"'{mention.text}' is a clause, not a thing"
    # "US officials" is no "us": an initialism written in capitals keeps its sense.
    words = [w.casefold() if not (w.isupper() and len(w) > 1) else w for w in written]
    if words[0] in REFERENCELESS_WORDS or all(w in REFERENCELESS_WORDS for w in words):
        return f"'{mention.text}' refers to nothing by itself"
    head = (mention.head or words[-1]).casefold()
    if head in VAGUE_HEADS or words[-1] in VAGUE_HEADS:
        return f"'{mention.text}' is too generic"
    if len(words) == 1 and words[0] not in ROLE_NOUNS and words[0] not in TITLE_WORDS:
        return f"'{mention.text}' is a bare word, too generic"
    return cut_in_brackets(mention)


def unnamed_holder(mention: Mention) -> str | None:
    """Why a role is no subject: ``a spokesman told the BBC``, ``the prime minister told
    MPs`` (no person of the document holds it) say who only by the role (the role stays
    an end of role facts: X –be→ president, X –quit as→ home secretary)."""
    words = mention.text.casefold().split()
    if (len(words) == 1 and words[0] in ROLE_NOUNS) or is_role_only(mention.text):
        return f"'{mention.text}' names nobody in particular"
    return None


# Relations whose object is a role the subject holds, held or takes ("be", "quit as",
# "step down as", "be appointed as"): English grammar, written here.
_ROLE_RELATION = re.compile(r"^be\b| as$")


def unnamed_partner(relation: str, obj: Mention, object_type: str | None) -> str | None:
    """Why a role is no partner: ``accused the prime minister`` when no person of the
    document holds it names nobody (one node "prime minister" would gather every
    holder's), unless the relation says the subject holds the role."""
    if object_type != "Concept" or _ROLE_RELATION.search(relation) \
            or not is_role_only(obj.text):
        return None
    return f"object '{obj.text}' names nobody in particular"


def cut_in_brackets(mention: Mention) -> str | None:
    """Why a phrase is a broken span: it opens a bracket it does not close, or closes
    one it did not open (``$2bn (1.53bn euros`` of "$2bn (1.53bn euros; £1.05bn)")."""
    text = mention.text
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return f"'{text}' is cut inside brackets"
    return None


def crossed_pair(rule: str) -> str | None:
    """Why a fact pairs what the text does not: members at different places of two lists
    ``respectively`` matches one to one (the extractor marks it :data:`CROSSED_RULE`)."""
    return "pairs list members that 'respectively' keeps apart" if CROSSED_RULE in rule \
        else None


def two_names_equated(relation: str, subject_type: str | None, obj: Mention,
                      object_type: str | None) -> str | None:
    """Why ``X be Y`` between two named things is no fact: one named thing is not another
    (``Snow Patrol be Meteor Awards``, ``Seychelles be Madagascar``: an apposition or a list
    misread as a copula), unless the object is a role (``Tony Banks be Labour MP``) or a
    nationality, faith or demonym (``is a Catholic``, ``a Londoner``)."""
    if relation != "be" or subject_type not in NAMED_TYPES or object_type not in NAMED_TYPES \
            or obj.label == "NORP":  # "Ms Kelly is a Catholic", "Findlay is a Londoner"
        return None
    last = obj.text.rsplit(" ", 1)[-1].casefold()
    if last in ROLE_NOUNS or last in TITLE_WORDS:
        return None
    return "one named thing said to be another: an apposition or list read as a copula"


def dangling_preposition(relation: str) -> str | None:
    """Why a relation reads wrongly: a preposition lost its object to the next one's."""
    if _DANGLING_PREPOSITION.search(relation):
        return f"relation '{relation}' lost the object of a preposition"
    return None


def whereabouts(rule: str, subject: Mention, subject_type: str | None,
                relation: str = "") -> str | None:
    """Why a place fact says nothing worth an edge: where an unnamed thing other than a
    site or an event is (``annual sales be in Asia``), or a verb's setting alone (rule
    ``time``: "In London, Barclays collapsed", "Unlike Microsoft, Apple grew": the
    relation has no preposition and the phrase no partner), or None."""
    if rule == "time":
        return "only a setting of the verb (a time, place or comparison), no partner"
    if rule == "location" and subject_type == "Country":  # "lost to the United States in
        return "a country is in no place: the place is its event's"  # Perth"
    if rule == "location" and subject_type == "Person" and relation.startswith("be "):
        return "a person's whereabouts: the place is its event's"  # "over Webb in Boston"
    if rule != "location" or subject_type != "Concept":
        return None
    head = (subject.head or subject.text.split()[-1]).casefold()
    if head in PLACED_HEADS:
        return None
    return f"where '{subject.text}' is: no site or event, a detail of its sentence"


def unheld_role(rule: str, subject_type: str | None) -> str | None:
    """Why a role fact of a phrase (``the Dragons winger`` –winger of→ Dragons,
    extractors/role_nominals.py) is no edge: resolution found no person the phrase
    stands for, and the phrase alone names nobody; or None."""
    if rule == "title" and subject_type == "Concept":
        return "a role no named person was found to hold"
    return None


def unmade_work(rule: str, relation: str, subject_type: str | None) -> str | None:
    """Why a work's maker is none: a possessive read as a maker (``their album Y``) whose
    pronoun resolution found something that makes no work (``8,000 fans``, ``the Grammy
    Awards``), or None."""
    words = relation.split()
    if rule not in WORK_RULES or not words or words[-1] not in _WORK_KINDS \
            or subject_type is None or subject_type in MAKER_TYPES:
        return None  # (an unresolved end is rejected as such)
    return f"a {words[-1]}'s maker is a person or an organisation, not a {subject_type}"


PREDICATING_RULES = frozenset({"copula", "apposition"})
# Endings of a noun for a person ("referee", "starter", "student", "Australian"); "-ment"
# names a thing ("ligament", "tournament").
PERSON_SUFFIXES = ("er", "or", "ist", "ee", "ian", "man", "ent", "ant", "ster")


def is_people_noun(lemma: str) -> bool:
    """Whether a noun (its singular) names people (``referee``, ``victim``)."""
    lemma = lemma.casefold()
    return lemma in PEOPLE_NOUNS or (lemma.endswith(PERSON_SUFFIXES)
                                     and not lemma.endswith("ment"))


def collective_predicate(rule: str, relation: str, subject_type: str | None,
                         obj: Mention) -> str | None:
    """Why a plural predicate nominal is no fact about one person, or None. It is said
    of a group the person is one of when it counts them or joins two modifiers (``X and
    Y were three top-class players``, ``X and Y, the oldest and youngest players``) or
    names no people (``X and Y were huge losses``; a misread ``Roddick double-faults``);
    a plural noun for people is said of each (``X and Y are ex-international
    referees``)."""
    if rule not in PREDICATING_RULES or relation not in ("be", "become") or not obj.plural \
            or obj.kind != "concept" or subject_type != "Person":
        return None
    words = obj.text.casefold().replace(",", " , ").split()
    head = (obj.head or words[-1]).casefold()
    if is_people_noun(head) and not any(w in NUMBER_WORDS or w.isdigit() or w in ("and", ",")
                                        for w in words[:-1]):
        return None
    return f"'{obj.text}' is said of a group, not of one person"


def unnamed_argument(rule: str, relation: str, object_type: str | None) -> str | None:
    """Why a further argument of a clause is no edge: a phrase of where, when, how or
    despite what (:data:`~.lexicon.ADJUNCT_PREPOSITIONS`) that names nothing drops the
    verb's object and says nothing a reader would look up (``made his debut in the 1998
    championship`` → ``make in``, ``beat Roddick in the second singles`` → ``beat in``);
    or None. A named argument stays (``win for Little Britain``), and so does a partner
    the verb asks for (``blamed the results on a lack of leadership``)."""
    words = relation.split()
    if rule.endswith("+argument") and object_type == "Concept" and words \
            and words[-1] in ADJUNCT_PREPOSITIONS:
        return f"'{words[-1]}' phrase that names nothing: its fact drops the verb's object"
    return None


def person_in_described_group(rule: str, subject_type: str | None,
                              object_type: str | None, subject: Mention) -> str | None:
    """Why ``X, including A`` is no edge when X is a described, unnamed thing and A a
    person (``Hollywood stars including X``, ``a host of famous actors such as X``): it
    says at most that A is one of them, and the parse often hangs the list on the wrong
    noun (``turned out for the musical's premiere, including X``); or None."""
    if rule == "enumeration" and subject_type == "Concept" and object_type == "Person":
        return f"a person listed in '{subject.text}', a group no name identifies"
    return None


def described_actor(mention: Mention, node_type: str | None, side: str,
                    sentence: Sentence) -> str | None:
    """Why a definite description by nationality is no node (``the German exchange
    said``, ``the Swiss 12th seed beat X``, ``worked with the Swiss star``): it stands
    for one actor the text names elsewhere, and a node of its own would be a second,
    nameless copy of it; or None. Only as a subject, or an object that names a person;
    a country's institution (``the French government``) is a thing of its own."""
    words = mention.text.split()
    if node_type != "Concept" or mention.plural or len(words) < 2 \
            or not words[0][:1].isupper() or country_of_demonym(words[0]) is None \
            or any(w[:1].isupper() for w in words[1:]):
        return None
    head = (mention.head or words[-1]).casefold()
    if head in GOVERNMENT_WORDS or (side != "subject" and not is_people_noun(head)):
        return None
    before = sentence.text[:max(0, mention.start - sentence.start)].rstrip()
    if mention.kind != "pronoun" and (not before.casefold().endswith("the")
                                      or before[-4:-3].isalnum()):
        return None  # a pronoun stands for the description ("it" of the German exchange)
    return f"'the {mention.text}' stands for an actor it does not name"


def value_vagueness(mention: Mention) -> str | None:
    """Why a number is no graph end (a bare count or rank, or a figure cut off from its
    unit: "2.1" of "$2.1m"), or None."""
    if mention.label in BARE_NUMBER_LABELS or _BARE_FIGURE.fullmatch(mention.text.strip()):
        return f"'{mention.text}' is a bare number"
    if _RANGE.search(mention.text):
        return f"'{mention.text}' joins two figures, no one value"
    return None


def fragment(mention: Mention, sentence: Sentence) -> str | None:
    """Why an end is a piece of a hyphenated word ("executive vice" of "executive
    vice-president"), or None."""
    start, end = mention.start - sentence.start, mention.end - sentence.start
    text = sentence.text
    joined = text[end + 1:end + 16].split(maxsplit=1) if text[end:end + 1] in HYPHENS else []
    if joined and joined[0].rstrip(".,;:").casefold() in NAME_COMPOUNDS:
        return None  # "US-based": the name is whole, the participle is no part of it
    if 0 <= start <= end <= len(text) and (
            (end < len(text) and text[end] in HYPHENS and end + 1 < len(text)
             and text[end + 1].isalnum())
            or (start > 0 and text[start - 1] in HYPHENS and start > 1
                and text[start - 2].isalnum())):
        return f"'{mention.text}' is a piece of a hyphenated word"
    return None


def is_heading(sentence: str) -> bool:
    """A heading or sub-heading read as a sentence: no closing punctuation."""
    # (the last character, not a regular expression tried at every position of a
    # sentence: asked of every extraction)
    last = sentence.rstrip()[-1:]
    return not last or last not in _SENTENCE_END


def end_problem(mention: Mention, node_type: str | None, side: str) -> str | None:
    """Why one end of an extraction cannot be an edge end, or None when it can."""
    if node_type is None:
        if mention.kind == "pronoun":
            return f"{side} pronoun '{mention.text}' unresolved"
        return f"{side} '{mention.text}' names no entity"
    if node_type in ("Date",):
        return f"{side} '{mention.text}' is a date (a fact's time, not an end)"
    if node_type == "Role":
        return None
    if node_type == "Concept":
        reason = vagueness(mention) or (unnamed_holder(mention) if side == "subject" else None)
        return f"{side} {reason}" if reason else None
    if mention.kind == "pronoun" and node_type == "Legislation" \
            and law_head(name_key(mention.text)) is not None:
        # "unless they can justify it" after a headline "Ban on forced retirement under
        # 65": a thing's "it" is read wrong more often than right for such laws (3 of 3
        # on 472 unseen BBC politics and business articles)
        return f"{side} pronoun stands for '{mention.text}', a law named by description"
    if node_type in VALUE_TYPES:
        if side == "subject":
            return f"subject '{mention.text}' is an amount"
        reason = value_vagueness(mention) or cut_in_brackets(mention)
        return f"{side} {reason}" if reason else None
    return None


def rejection(subject: Mention, subject_type: str | None, obj: Mention,
              object_type: str | None, sentence: Sentence, relation: str = "",
              rule: str = "") -> str | None:
    """Why an extraction is not an edge, or None when it is a fact worth having
    (``relation`` and ``rule``: the extraction's, when known)."""
    if is_heading(sentence.text):
        return "heading, not a sentence of fact"
    problem = (crossed_pair(rule) or two_names_equated(relation, subject_type, obj, object_type)
               or dangling_preposition(relation)
               or unheld_role(rule, subject_type)
               or whereabouts(rule, subject, subject_type, relation)
               or unmade_work(rule, relation, subject_type)
               or collective_predicate(rule, relation, subject_type, obj)
               or unnamed_argument(rule, relation, object_type)
               or person_in_described_group(rule, subject_type, object_type, subject)
               or unnamed_partner(relation, obj, object_type))
    if problem:
        return problem
    for mention, node_type, side in ((subject, subject_type, "subject"),
                                     (obj, object_type, "object")):
        problem = end_problem(mention, node_type, side)
        if problem is None and not (rule in PREDICATING_RULES and side == "object"):
            problem = described_actor(mention, node_type, side, sentence)  # not "X, the Y"
        if problem is None and mention.kind != "pronoun":
            problem = fragment(mention, sentence)
            problem = f"{side} {problem}" if problem else None
        if problem:
            return problem
    if subject_type not in NAMED_TYPES and object_type not in NAMED_TYPES:
        return "no named entity at either end"
    return None
