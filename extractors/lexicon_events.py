"""Word lists of the extraction stage for events stated as nouns: what a named possessor
does to a named object (``X's takeover of Y``), what two parties share (``talks between X
and Y``), and the verbs and prepositions by which a clause's subject does the event its
noun names (``X launched an attack on Y``, ``X is on a tour of Y``). Part of
:mod:`.lexicon`, which re-exports every list; sources as stated there and beside each list.
"""

from __future__ import annotations

# --- Events a named possessor does to a named object (extractors/possessed.py) ----------

# Relational nouns, the preposition that brings in their object, and the verb that states
# the same fact ("Vodafone's acquisition of Mannesmann" -> Vodafone acquire Mannesmann).
# Written here from business and political news; the verb is the relation, so the relation
# mapping types it like the clause.
POSSESSED_EVENTS: dict[str, tuple[frozenset[str], str]] = {
    "acquisition": (frozenset({"of"}), "acquire"),
    "purchase": (frozenset({"of"}), "buy"),
    "takeover": (frozenset({"of"}), "take over"),
    "ownership": (frozenset({"of"}), "own"),
    "control": (frozenset({"of", "over"}), "control"),
    "bid": (frozenset({"for"}), "bid for"),
    "stake": (frozenset({"in"}), "hold stake in"),
    "investment": (frozenset({"in"}), "invest in"),
    "invasion": (frozenset({"of"}), "invade"),
    "occupation": (frozenset({"of"}), "occupy"),
    "sponsorship": (frozenset({"of"}), "sponsor"),
    "opposition": (frozenset({"to"}), "oppose"),
    "criticism": (frozenset({"of"}), "criticise"),
    "visit": (frozenset({"to"}), "visit"),
    "investigation": (frozenset({"into", "of"}), "investigate"),
    "support": (frozenset({"for"}), "support"),
    "attack": (frozenset({"on"}), "attack"),
    "embargo": (frozenset({"on"}), "embargo"),
    "talks": (frozenset({"with"}), "hold talks with"),
    "merger": (frozenset({"with"}), "merge with"),
    "partnership": (frozenset({"with"}), "partner with"),
    "alliance": (frozenset({"with"}), "ally with"),
    "deal": (frozenset({"with"}), "have deal with"),
    "row": (frozenset({"with"}), "row with"),
    "dispute": (frozenset({"with"}), "dispute with"),
    "tour": (frozenset({"of"}), "tour"),
    "trip": (frozenset({"to"}), "travel to"),
    "crackdown": (frozenset({"on"}), "crack down on"),
    "clampdown": (frozenset({"on"}), "clamp down on"),
    "deficit": (frozenset({"with"}), "have trade deficit with"),  # a deficit *with* a
    "surplus": (frozenset({"with"}), "have trade surplus with"),  # partner is in trade
}
# Of those, the events of a state or a force against people whose place news names after
# the event or after its target ("China's crackdown on protesters in Tiananmen Square"),
# and the relation that says where the possessor did it. Written here.
PLACED_EVENTS: dict[str, str] = {"crackdown": "crack down in", "clampdown": "clamp down in"}
# Nouns of an event two parties share, named after "between" ("talks between X and Y"),
# and the relation that states it (extractors/reciprocal.py). Written here; contest nouns
# ("clash", "battle", "race") are left out: in sport news they name a match.
RECIPROCAL_EVENTS: dict[str, str] = {
    "talks": "hold talks with", "meeting": "meet with", "negotiations": "negotiate with",
    "merger": "merge with", "alliance": "ally with", "partnership": "partner with",
    "deal": "have deal with", "row": "row with", "dispute": "dispute with",
}
# Clause roles in which such a noun is an event the text takes as having happened: the
# subject of a clause, or the object of a time preposition ("during talks between ...").
RECIPROCAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
RECIPROCAL_TIME_PREPS = frozenset({"during", "after", "since", "following", "at"})
# Modifiers that make the event not (yet) a fact: "its planned takeover of X".
UNREALISED_MODIFIERS = frozenset("""planned proposed possible potential rumoured mooted
expected failed abandoned aborted rejected blocked attempted intended""".split())

# --- Events a clause's subject does, named by a noun (extractors/supported.py) ----------

# Verbs whose subject does the event their object noun names ("X launched an attack on
# Y", "X led the party's opposition to Y", "X stepped up its criticism of Y"): support
# verbs in PropBank's sense that start, carry on or voice the event. Verbs that end or
# drop it ("abandoned its bid") and verbs of reacting to another's event ("condemned
# the attack on Y") are left out. Written here from political, business and sport news.
SUPPORT_VERBS = frozenset("""lead launch mount begin start stage spearhead head continue
intensify resume step escalate wage undertake conduct voice express pledge renew complete
open make""".split())
# Verbs whose "with" object is an event their subject does ("opened the forum with an
# attack on Y", "responded with a visit to Y"): opening, closing and answering. Written
# here; "meet with", "face", "charge with" are left out (the event is another's).
WITH_EVENT_VERBS = frozenset("""open begin start end close conclude kick respond react
reply retaliate counter""".split())
# Prepositions after "be" whose object is an event the subject is taking part in ("X is
# in talks with Y", "X is on a tour of Y"), and the nouns of a point inside it ("in the
# middle of a tour of Y"). English; "at the centre of an investigation" is left out.
ONGOING_EVENT_PREPS = frozenset({"in", "on"})
EVENT_MIDST_NOUNS = frozenset({"middle", "midst", "course"})
# Nouns of a party's conduct that stand for the party itself as the target of a stance
# event ("an attack on Labour's record" attacks Labour). Written here.
CONDUCT_NOUNS = frozenset("""record handling policy policies stance leadership conduct
performance""".split())
STANCE_EVENTS = frozenset({"attack", "criticism", "opposition", "support"})

# Nouns of a proposal, plea, argument or gesture a named party makes, and the verbs by
# which a clause's subject answers it ("X accepted Y's apology", "Y's move was welcomed
# by X", "X brushed off Labour suggestions") → X -accept apology of-> Y. Written here
# from political and business news.
RESPONSE_NOUNS = frozenset("""apology offer bid proposal proposals request invitation
resignation demand demands appeal plea move decision plan plans promise call argument
arguments claim claims suggestion suggestions comments remarks warning warnings
objections concerns""".split())
# Of those, the nouns of what a party says, whose naming modifier is the sayer ("Labour
# suggestions", "US objections"); a deal's modifier may be its target ("the LSE bid" is
# a bid for the LSE), so a bid or offer needs a possessive ("the Tories' offer").
SAYING_NOUNS = frozenset("""argument arguments claim claims suggestion suggestions comments
remarks warning warnings objections concerns call demand demands appeal plea request
""".split())
RESPONSE_VERBS = frozenset("""accept reject acknowledge welcome refuse decline spurn
rebuff dismiss endorse approve back support oppose criticise criticize condemn praise
hail question challenge understand heed ignore echo repeat answer counter rebut deny
refute brush""".split())

# --- Laws and measures news names by a description (extractors/described_laws.py) -------

# Head nouns of a law or a measure that a phrase with an "on"/"against" complement names
# as one thing of its own ("a proposed European law on software patents", "the EU embargo
# on arms exports to China", "the ban on hunting with dogs"). Singular heads only: "laws
# on X", "bans on X" are many. Written here from BBC politics and business news; left out
# as more often a sum or a scheme than a law: tax, levy, curbs, rules, restrictions, plan,
# policy, deal, agreement, and "sanctions" (as often sought in a court as imposed).
DESCRIBED_LAW_HEADS = frozenset({"law", "directive", "bill", "legislation", "embargo", "ban",
                                 "treaty", "regulation", "moratorium"})
# Prepositions that bring in what such a law is about or aimed at.
DESCRIBED_LAW_PREPOSITIONS = frozenset({"on", "against"})
# Words before the head that say how far along the law is or how sweeping, never which
# law it is: the label leaves them out ("a proposed European law on X": European law on X),
# as it leaves out an age ("the 15-year-old ban"). Written here.
LAW_STAGE_WORDS = frozenset({"proposed", "planned", "new", "draft", "controversial",
                             "existing", "current", "outright", "total", "complete",
                             "blanket", "all-out"})
# Determiners of no one law ("no ban on X", "any law against Y"): such a phrase names
# none, and stays a plain noun phrase.
UNSPECIFIC_DETERMINERS = frozenset({"no", "any", "every", "each", "some", "such",
                                    "another", "all", "most", "either", "neither"})
# The most words a described law's label may have: past that it is a clause's worth.
MAX_LAW_WORDS = 10

# --- Events named by a light verb or a copula with a partner (extractors/partner_events.py)

# Verbs of asking publicly for a thing to be done, whose "for" clause names what is to be
# done to whom ("X called for the embargo to be lifted" → X call for lifting the embargo).
# Written here from political news; "hope", "wait" and "pray" (no demand) are left out.
PLEA_VERBS = frozenset("""call press push campaign lobby appeal clamour clamor argue""".split())
# Nouns of a contest whose sides a copula names with "between" ("the race is between X and
# Y", "the fight will be between X and Y"): the two sides compete. Written here from
# election and sport news; only as the subject of "be" (a noun phrase "the race between X
# and Y" may name a match, see RECIPROCAL_EVENTS).
CONTEST_NOUNS = frozenset("""race contest battle fight competition showdown choice
struggle""".split())
# Nouns of a firm's people or sites that a firm's name before them owns, so that a place
# after them says where the firm has them ("Deutsche Boerse staff in Frankfurt", "the
# Nissan plant in Sunderland" → the firm has staff / a plant there). Written here from
# business news; "office" and "headquarters" are left out (an office may be a person's).
FIRM_SITE_NOUNS = frozenset("""staff workers employees workforce plant plants factory
factories""".split())
