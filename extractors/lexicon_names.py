"""Word lists of the extraction stage for names: the kind nouns set beside a name that say
what it names (:mod:`.kinds`), and the words NER wraps into or cuts from a name
(:mod:`.spans`). Part of :mod:`.lexicon`, which re-exports every list; sources beside
each list.
"""

from __future__ import annotations

# --- Kind nouns beside a name (extractors/kinds.py) ---------------------------------------

# A common noun set before a name, as its apposition or in an enumeration, says what the
# name names ("the single Run", "production company Tiger Aspect", "networks such as
# Orange"): noun → the NER label the name gets (``GROUP``: an organisation by its context,
# never the country of the same name). Written here for kgbuilder from news text.
KIND_NOUNS_BEFORE: dict[str, str] = {
    **dict.fromkeys("""single album song track film movie show series sitcom programme
    program novel book play musical documentary drama soap opera""".split(), "WORK_OF_ART"),
    **dict.fromkeys("""company firm group label band club side team network station
    broadcaster channel operator retailer bank charity airline newspaper magazine tabloid
    """.split(), "GROUP"),
    **dict.fromkeys("""platform website app""".split(), "PRODUCT"),  # "social media
    # platform, Truth Social", which NER called a place
    **dict.fromkeys("""stadium ground venue airport""".split(), "FAC"),
    **dict.fromkeys("""drug medicine vaccine painkiller antidepressant depressant
    """.split(), "PRODUCT"),  # "anti-depressant" is three tokens
}
# A noun whose ``of`` names a work ("the latest series of Little Britain", "the film
# version of Thunderbirds"), and prepositions whose object is an event ("during the War").
WORK_OF_NOUNS = frozenset({"series", "episode", "remake", "sequel", "cast"})
# Nouns whose ``of`` names organisations ("members of the Bee Gees, America and the Eagles").
GROUP_OF_NOUNS = frozenset({"member", "members"})
EVENT_PREPOSITIONS = frozenset({"during"})
# A noun a name modifies that says what the name names ("the Phoenix Nights creator",
# "Radio 4's Today programme", "Bluetooth technology"). "star" is left out: a show's star
# and a club's star read alike.
KIND_NOUNS_AFTER: dict[str, str] = {
    **dict.fromkeys("""creator programme program episode sitcom soundtrack""".split(),
                    "WORK_OF_ART"),
    **dict.fromkeys("""technology software""".split(), "PRODUCT"),
}

# --- Names NER cut or missed (extractors/spans.py) ----------------------------------------

# Scales written after a figure (``£40m``, ``$2bn``): spaCy's tokenizer splits ``m`` off as
# the unit metre, so a phrase can end at the bare figure. News usage; written here.
SCALE_SUFFIXES = frozenset({"m", "bn", "tn", "trn", "k"})

# Lowercase nouns after an organisation's name that make the whole an event's name
# ("the British Comedy awards", "the Labour conference").
EVENT_NOUNS_AFTER = frozenset({"awards", "conference", "championships", "festival", "summit"})
# Small words that stand inside names ("Bank of England", "Transport for London"): a name
# is never cut at them.
NAME_CONNECTORS = frozenset({"of", "and", "&", "de", "du", "la", "von", "van", "for", "upon"})
# Lowercase words before a name that place it in a series ("the next General Election",
# "the upcoming World Cup"): no part of the name. English; written here.
ORDER_WORDS = frozenset({"next", "upcoming", "forthcoming", "coming"})
# Month and weekday names: capitalised, yet no entity ("May" alone is a month). English.
CALENDAR_WORDS = frozenset("""january february march april may june july august september
october november december monday tuesday wednesday thursday friday saturday sunday""".split())
# Sentence adverbs and discourse markers a tagger may read as a capitalised name's first
# word at a sentence start ("Meanwhile Mark Oaten said"): never part of a name or title.
# Written here (common English connectives and time adverbs).
DISCOURSE_WORDS = frozenset("""meanwhile however moreover furthermore nevertheless
nonetheless separately elsewhere instead also still now then today yesterday tonight
earlier later finally indeed meantime afterwards previously currently recently""".split())
