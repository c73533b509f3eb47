"""Every word list of the extraction stage, grouped by what it decides, with its source.

Sources: the closed classes (pronouns, modal auxiliaries, relative and wh-words) are
English grammar; the open lists (speech and reporting verbs, hedges, light verbs, event
nouns, organisation nouns) were written for this project from news text, each entry
kept only while a construction test in ``tests/`` or the CaRB dev run needs it. Where a
list matches a published class it says so (cf. Levin 1993, *English Verb Classes and
Alternations*; PropBank's light-verb constructions). The lists that decide stance (modality,
hedges, speech and claims) live in :mod:`.lexicon_stance`, those of events stated as nouns in
:mod:`.lexicon_events`, those of names in :mod:`.lexicon_names`; all are re-exported here.
"""

from __future__ import annotations

from .lexicon_events import (  # noqa: F401 (re-exported: one place for every list)
    CONDUCT_NOUNS,
    CONTEST_NOUNS,
    DESCRIBED_LAW_HEADS,
    DESCRIBED_LAW_PREPOSITIONS,
    EVENT_MIDST_NOUNS,
    FIRM_SITE_NOUNS,
    LAW_STAGE_WORDS,
    MAX_LAW_WORDS,
    ONGOING_EVENT_PREPS,
    PLACED_EVENTS,
    PLEA_VERBS,
    POSSESSED_EVENTS,
    RECIPROCAL_EVENTS,
    RECIPROCAL_SUBJECT_DEPS,
    RECIPROCAL_TIME_PREPS,
    RESPONSE_NOUNS,
    RESPONSE_VERBS,
    SAYING_NOUNS,
    STANCE_EVENTS,
    SUPPORT_VERBS,
    UNREALISED_MODIFIERS,
    UNSPECIFIC_DETERMINERS,
    WITH_EVENT_VERBS,
)
from .lexicon_names import (  # noqa: F401 (re-exported: one place for every list)
    CALENDAR_WORDS,
    DISCOURSE_WORDS,
    EVENT_NOUNS_AFTER,
    EVENT_PREPOSITIONS,
    GROUP_OF_NOUNS,
    KIND_NOUNS_AFTER,
    KIND_NOUNS_BEFORE,
    NAME_CONNECTORS,
    ORDER_WORDS,
    SCALE_SUFFIXES,
    WORK_OF_NOUNS,
)
from .lexicon_stance import (  # noqa: F401 (re-exported: one place for every list)
    ACCUSATION_VERBS,
    ASKING_VERBS,
    BELIEF_VERBS,
    CLAIM_NOUNS,
    CONDITIONAL_MARKS,
    COUNTERFACTUAL_VERBS,
    DENIAL_VERBS,
    FUTURE_AUXILIARIES,
    FUTURE_HEDGES,
    FUTURE_VERBS,
    HEDGE_ADJECTIVES,
    HEDGE_ADVERBS,
    HEDGE_VERBS,
    HYPOTHETICAL_MARKS,
    IMPERSONAL_HEDGE_ADJECTIVES,
    IMPERSONAL_HEDGES,
    IMPLICATIVE_ADJECTIVES,
    IMPLICATIVE_CONTROL_VERBS,
    INTENTION_VERBS,
    MODALITY_CLASSES,
    MODALS,
    OBJECT_CONTROL_VERBS,
    PATIENT_PURPOSE_VERBS,
    POSSIBILITY_NOUNS,
    PREPOSITIONAL_CONTROL,
    REPORTED_HEDGES,
    REPORTING_VERBS,
    SPEECH_VERBS,
    TIME_FUTURE_AUXILIARIES,
    TIME_MARKS,
    TOPIC_HEADS,
    TOPIC_PREPOSITIONS,
)

# --- Pronouns and references (closed classes) -------------------------------------------

# Personal pronouns and the agreement cue resolution reads off each.
PRONOUN_CUES: dict[str, str] = {
    "he": "masc", "him": "masc", "his": "masc", "himself": "masc",
    "she": "fem", "her": "fem", "hers": "fem", "herself": "fem",
    "it": "neuter", "its": "neuter", "itself": "neuter",
    "they": "plural", "them": "plural", "their": "plural", "themselves": "plural",
    "i": "speaker", "me": "speaker", "my": "speaker", "myself": "speaker",
    "we": "speakers", "us": "speakers", "our": "speakers", "ourselves": "speakers",
}
# First-person pronouns: in a quotation the singular ones stand for the speaker; the
# plural ones for the speaker's side (a team, a party, a firm), which resolution works
# out from the speaker's roles (graph/quotes.py), never the speaker alone.
FIRST_PERSON = frozenset({"i", "me", "myself", "we", "us", "ourselves"})
# Second-person words: a reader or an addressee the text does not name; never a mention
# of anything (one "You" node gathered every article's "you").
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
SINGULAR_FIRST_PERSON = frozenset({"i", "me", "myself"})
# Relative pronouns: in a relative clause they stand for the noun the clause modifies.
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
# Words that name nothing by themselves: wh-words, expletive ``there``, demonstratives,
# indefinite and universal pronouns. As arguments they are kept as ``other`` mentions.
UNUSABLE_ARGUMENTS = frozenset({"what", "who", "whom", "which", "whatever", "there", "this",
                                "that", "these", "those", "something", "anything", "nothing",
                                "everything", "one", "all", "both", "some", "whoever",
                                "whichever", "anyone", "anybody", "someone", "somebody",
                                "everyone", "everybody", "nobody", "none"})
# Verbs whose subject ``it`` never refers: "it seems that", "it happened that".
IMPERSONAL_VERBS = frozenset({"seem", "appear", "happen", "matter", "rain", "snow"})
# Honorifics before a name: a form of address, not a role ("Mr Blair", "Dr. Jones").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady",
                        "prof", "mr.", "mrs.", "ms.", "dr.", "prof.", "prince", "princess",
                        "king", "queen", "sheikh", "rev", "rev."})
# Forms of address only a person takes ("Mr Kilroy-Silk", which NER read as a firm).
PERSONAL_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})
# Head nouns that make a quoted name an organisation's (the "X" cartel, the "Y" group).
ORGANIZATION_NOUNS = frozenset("""organization organisation group cartel gang party company
agency militia movement network union council committee army force coalition alliance
front faction firm bank""".split())

# --- Relations ---------------------------------------------------------------------------

# Double-object verbs whose recipient gets the thing made or got for it ("earned Bath a
# draw", "bought her a car"): the recipient is their "for" partner, any other verb's
# recipient its "to" partner ("gave Ireland a record"). Written here.
BENEFACTIVE_VERBS = frozenset({"earn", "buy", "get", "find", "make", "win", "secure", "book",
                               "build", "save", "reserve", "order", "cook", "fetch"})

# First words of two-word prepositions the parser hangs as a preposition or adverb with
# no object of its own, the second word holding the object ("pulled out of the deal",
# "moved away from London", "campaigning ahead of the election", "Labour is ahead of the
# Tories"): the first is the verb's particle. Written here.
COMPOUND_PREPOSITIONS = {"out": "of", "away": "from", "ahead": "of"}
# Verbs that put their object out of or away from something ("a knee injury ruled Owen out
# of the Cup", "priced buyers out of the market"); after any other verb "out of" says
# why or from what ("pursued Yukos out of a vendetta"), no place the object ends up.
# Written here.
RESULTATIVE_VERBS = frozenset("""rule knock force push keep leave price drive kick throw
vote take pull squeeze lock shut freeze send bring lure talk move""".split())
# Past participles not made by adding -ed, for the verbs that put an object out of or
# away from something ("kept him out of the side", "left out of the squad"). English
# grammar, written here.
IRREGULAR_PARTICIPLES = {
    "keep": "kept", "leave": "left", "throw": "thrown", "take": "taken", "put": "put",
    "drive": "driven", "get": "got", "hold": "held", "send": "sent", "bring": "brought",
    "shut": "shut", "cut": "cut", "freeze": "frozen", "drop": "dropped", "stop": "stopped",
    "ship": "shipped", "let": "let",
}

# Directional particles a copula takes as its predicate ("sales are up", "the deal is off").
PREDICATE_PARTICLES = frozenset({"up", "down", "off", "out", "over", "back", "in", "on",
                                 "away", "ahead", "behind", "through"})

# Idioms whose object noun is part of the relation, not an argument (verb lemma, noun
# lemma) → relation: "the final took place in Paris" → final -take place in→ Paris.
VERB_NOUN_IDIOMS = {
    ("take", "place"): "take place", ("take", "part"): "take part",
    ("take", "care"): "take care", ("take", "advantage"): "take advantage",
    ("take", "control"): "take control", ("take", "charge"): "take charge",
    ("take", "office"): "take office", ("take", "effect"): "take effect",
    ("take", "action"): "take action", ("take", "power"): "take power",
    ("pay", "tribute"): "pay tribute", ("pay", "attention"): "pay attention",
    ("play", "role"): "play role", ("play", "part"): "play part",
    ("make", "use"): "make use", ("make", "progress"): "make progress",
    ("leave", "door"): "leave door",
}
# Idioms of a preposition and its noun that predicate, not locate (preposition, noun
# lemma): "military action is off the table", "X is in charge of Y".
PREPOSITIONAL_IDIOMS = frozenset({("off", "table"), ("on", "table"), ("in", "place"),
                                  ("under", "way"), ("at", "stake"), ("on", "track"),
                                  ("in", "charge"), ("on", "hold"), ("at", "odds"),
                                  ("in", "favour"), ("in", "favor"), ("on", "tour"),
                                  ("on", "loan"), ("on", "trial"), ("on", "strike"),
                                  ("on", "bail")})

# Verbs that link a subject to a predicate nominal ("was the first", "became the only").
COPULAR_VERBS = frozenset({"be", "become", "remain"})
# Words that rank a predicate nominal, whose infinitive then did happen ("the first ship
# to enter", "the only club to win").
RANK_WORDS = frozenset({"first", "last", "only"})

# Prepositions that set a thing in a place ("the museum in Berlin").
LOCATIVE_PREPOSITIONS = frozenset({"in", "at"})

# --- Enumerations ------------------------------------------------------------------------

# Prepositions that list members of the noun they modify ("countries including X and Y",
# "cities like X"; "such as" is ``as`` after ``such``).
ENUMERATION_PREPOSITIONS = frozenset({"including", "like"})
# The words an enumeration opens with ("such as" is ``as`` after ``such``).
ENUMERATION_WORDS = ENUMERATION_PREPOSITIONS | {"as"}

# --- Light verbs and event nouns (cf. PropBank light-verb constructions) -----------------

# Verbs that lend their event to their object noun: "had a call with X" → call X.
LIGHT_VERBS = frozenset({"have", "hold", "make", "conduct", "host", "place", "begin", "start",
                        "open", "resume", "launch"})
# Prepositions that introduce an event noun's partner.
LIGHT_PREPS = frozenset({"with", "to"})
# Event nouns whose verb is not their lemma.
NOUN_EVENTS = {"meeting": "meet", "conversation": "converse", "discussion": "discuss",
               "negotiation": "negotiate", "agreement": "agree", "decision": "decide",
               "phone": "call"}
# Events whose partner is the verb's direct object: "had a call with X" → call X.
DIRECT_PARTNER_EVENTS = frozenset({"call", "meet", "visit", "interview", "contact",
                                   "fight", "battle"})

# Role nouns a title before a name can end in (offices, jobs, sports positions, band roles)
# and the words that may stand inside such a role. Written here for kgbuilder.
ROLE_WORDS = frozenset("""
president minister secretary undersecretary chancellor premier senator governor mayor
ambassador envoy leader chairman chairwoman chair co-chairman chief boss head director
controller manager coach editor founder co-founder spokesman spokeswoman spokesperson
analyst economist correspondent mp mep member frontman singer bassist guitarist drummer
captain player prop winger striker goalkeeper full-back fly-half kicker midfielder
defender hooker flanker centre scrum-half lock host presenter producer creator star
forward keeper centre-back left-back right-back wing-back sweeper playmaker batsman bowler
wicketkeeper all-rounder legend
executive officer commissioner judge prosecutor general admiral colonel commander
""".split())
ROLE_MODIFIERS = frozenset("""press shadow prime home foreign deputy vice assistant
executive general lead research chief junior senior first""".split())
# Roles only a band has, and the nouns news calls a band by ("frontman X ... the band",
# extractors/group_roles.py). Written here.
BAND_ROLE_WORDS = frozenset("""frontman frontwoman singer vocalist bassist guitarist
drummer keyboardist""".split())
# Roles a place's name before them says the holder comes from, never holds of it (``the
# US star``, ``the British singer``, ``the Paris correspondent``; extractors/role_nominals.py).
# Written here.
HOME_ROLES = BAND_ROLE_WORDS | frozenset("""star analyst economist correspondent host
presenter producer creator editor member founder co-founder legend""".split())
GROUP_NOUNS = frozenset({"band", "group"})
# A person's own group of these kinds has the person as a member ("his other band,
# Fightstar", "her new party, Veritas"); a "club" or "team" may be a manager's. Written here.
MEMBER_GROUP_NOUNS = frozenset({"band", "party"})
# Nouns for a part an actor plays: beside a character's name ("played Virginia Hill, a
# role which won her praise") their clause is the performance's, not the character's.
PLAYED_PART_NOUNS = frozenset({"role", "part", "character"})
# Role words an organisation can hold as well as a person ("market leader X", "fund
# manager Y", "industry analyst Z", "shopping centre W"): a name the NER calls an
# organisation after any other role word is a person's (nominals.py). Written here.
ORGANISATION_ROLES = frozenset("""leader member host producer creator player analyst
manager centre partner""".split())
# Role words that name a tie to an organisation and no position by themselves: "party
# leader X", "controller Y" without their owner say nothing a graph can keep (a "hooker"
# or a "senator" is a position of its own). Written here.
RELATIONAL_ROLES = frozenset("""leader chairman chairwoman chair co-chairman chief boss head
director controller manager spokesman spokeswoman spokesperson member founder co-founder
executive officer captain coach""".split())
# Words before a role that date or qualify it, no part of its owner ("former Labour MP").
ROLE_QUALIFIERS = frozenset({"former", "acting", "interim", "then", "ex", "outgoing",
                             "incoming", "new", "current", "late"})
# One-word party names the tagger reads as an adjective or common noun when they open a
# sentence ("Conservative co-chairman X"): the one-word forms of graph/data/parties.csv,
# an owner of the title whatever their place (extractors/nominals.py).
OPENING_PARTY_WORDS = frozenset({"Conservative", "Tory", "Labour"})

# --- Results of a contest (extractors/contests.py) ----------------------------------------

# Nouns that name a won match, and the prepositions that bring in the loser ("a 2-1 win
# over X", "victory against Y"). English sports and election reporting. "defeat" is left
# out: "X's defeat" is X's loss, "X's defeat of Y" X's win.
WIN_NOUNS = frozenset({"win", "victory", "triumph"})
LOSER_PREPS = frozenset({"over", "against"})
# The same result told by the side that lost ("England's 18-17 defeat to France", "their
# loss against Wales"): the winner follows one of WINNER_PREPS; the loser is the noun's
# possessor or the subject of a verb that takes the loss ("suffered a defeat by").
LOSS_NOUNS = frozenset({"defeat", "loss"})
WINNER_PREPS = frozenset({"to", "by", "against"})
LOSS_TAKING_VERBS = frozenset({"suffer", "endure"})
RESULT_NOUNS = WIN_NOUNS | LOSS_NOUNS
# Verbs whose subject is the one who won the win it takes as object ("Ajax claimed a win
# over ..."), phrasal ones by their lemma ("grind out", "pull off").
WIN_TAKING_VERBS = frozenset("""secure claim record earn grind clinch seal notch register
achieve post pull snatch complete""".split())

# Prepositions whose gerund shares the subject of the clause it hangs from ("X won the cup
# by beating Y", "X joined Y after leaving Z"). English grammar (subject control of
# adverbial -ing clauses). "without" is left out: it denies its gerund.
GERUND_CLAUSE_PREPS = frozenset({"by", "after", "before", "since", "upon"})
# Prepositions whose gerund completes the verb or adjective it hangs from, done by that
# word's subject ("thinking of winning X", "punished for kicking Y", "interested in
# signing Z", "insisted on playing W"): English grammar (subject control of prepositional
# complements). "without" denies its gerund; "by" and the like are GERUND_CLAUSE_PREPS.
COMPLEMENT_GERUND_PREPS = frozenset({"of", "in", "on", "for", "from", "about", "into"})

# --- Roles a clause gives its subject with "as" (extractors/as_roles.py) -----------------

# Verbs whose "as NOUN at/of/for NAME" is a role the subject holds there ("served as chief
# executive of X", "met as students at Y", "joined as coach of Z"). Written here; verbs
# of judging ("hailed as", "dismissed as", "seen as") are left out: their role is an
# opinion or one the subject lost.
AS_ROLE_VERBS = frozenset("""serve work act meet join start begin remain continue return
stay study train arrive sign""".split())
AS_ROLE_PREPS = frozenset({"of", "at", "for"})
# Kind nouns after a name that an owner's possessive holds ("Channel 9's Morning Show
# programme", "the firm's Acme unit"): the name is the owner's thing of that kind.
OWNED_KIND_NOUNS = frozenset("""programme program show campaign unit subsidiary division
brand label album single film series magazine newspaper channel station""".split())
# Kind nouns of things their possessor made or performs: ``Norbel's diabetes drug Zentrol``
# → Norbel –diabetes drug→ Zentrol, the maker first (a song is its band's, a drug its
# maker's; a programme or unit belongs to its owner the other way round). Written here.
CREATION_KINDS = frozenset("""single album song track film movie novel book drug medicine
vaccine game""".split())
# Time words written in lower case inside a sentence: capitalised there, the NER's date is
# a name (``Radio Wessex's Today programme``). Written here.
DEICTIC_TIME_WORDS = frozenset({"today", "tonight", "tomorrow", "yesterday"})

# Words a heading or a sentence never ends on: a line ending on one of them (in lower case)
# was wrapped in mid-sentence, so its line break is read as a space (cleaning.py). Closed-class
# English determiners, prepositions, conjunctions and auxiliaries, written here.
LINE_CONTINUING_WORDS = frozenset("""a an the this that these those his her its their our my
your of to in on at for with from by as into onto about over under after before between
against during without within through than and or but nor if because while whose which who
whom is are was were be been being has have had will would shall should can could may might
must do does did not""".split())

# Verbs of a measured quantity's change (Levin 1993, 45.6 "calibratable change of state":
# rise, fall, climb, drop ...): a bare percentage after one is how much the quantity
# changed ("sales fell 8%" = fell by 8%).
CHANGE_VERBS = frozenset("""rise fall climb drop slide slip jump grow increase decrease
decline plunge soar slump leap surge tumble sink dip gain shrink""".split())
# Verbs whose object followed by a "to" infinitive is left to act, not acted on ("leaving
# X and Y to battle for a place": nobody leaves X). English grammar (object control).
LEAVE_TO_VERBS = frozenset({"leave"})
# Verbs by which a group names who is in it ("the band includes members X and Y"), and the
# nouns that say the named are its members. Written here.
INCLUDING_VERBS = frozenset({"include", "feature"})
MEMBER_NOUNS = frozenset({"member", "player"})

# Plural nouns of works whose possessor made or performs them, as the subject of a verb
# that lists titles ("Their singles include A, B and C", extractors/works.py): the noun
# is the relation (a single is its performer's, a novel its author's). "records",
# "plays" and "roles" are left out: sport has records and plays, an actor's roles are
# characters. Written here.
LISTED_WORK_NOUNS = frozenset("""single album hit song track film movie book novel
""".split())
WORK_LISTING_VERBS = frozenset({"include"})
# Lowercase words a title in title case may hold ("Edge of Darkness", "What a Girl
# Wants"): articles, short prepositions and conjunctions (English title-case style).
TITLE_SMALL_WORDS = frozenset("""a an the of in on at to for by with from and or nor but
as""".split())
# The small words that may join two capitalised words of a title that nothing delimits
# ("Genie in a Bottle" after "her debut hit"); "with", "by", "as" are left out: after a
# title they bring in a partner ("Here We Go Again with Norah Jones").
TITLE_JOINING_WORDS = frozenset("""a an the of in on at to for from and or""".split())

# Lowercase particles inside a person's name (``Ursula von der Leyen``, ``Ludwig van
# Beethoven``): a name NER ends on one goes on over the capitalised word after it. Written
# here from European and Arabic naming conventions.
NAME_PARTICLES = frozenset("""van von der den de del della di da dos das du le bin ibn al
ter""".split())

# Heads that count or sort what follows them ("a number of prizes", "this sort of
# leaflet"): no thing of their own to name a relation by. English grammar.
PARTITIVE_HEADS = frozenset("""number sort kind type lot lots couple pair series range variety
host bit piece set group handful dozen""".split())
# Degree words that make an adjective a comparison ("more optimistic than", "less likely
# than"): the relation keeps them, else it says the opposite. English grammar.
COMPARATIVE_DEGREES = frozenset({"more", "less", "most", "least"})
# Verbs of winning and reaching whose infinitive after a verb of racing or coming back,
# told in the past, is the outcome, not an aim ("ran the quickest mile to beat Brannen",
# "came back to clinch a win"; extractors/infinitives.py). Written here.
RESULT_VERBS = frozenset("""win beat clinch seal secure claim earn reach defeat overtake
finish complete record capture lift retain""".split())
RESULT_HEADS = frozenset("""run race rally recover battle storm surge sprint pounce
power""".split())
# Verbs of a contest that tell an outcome only with a particle ("came back to win", "held
# off X to win", "fought back to draw"; "came to London to take over" is an aim).
COMEBACK_HEADS = frozenset({"come", "fight", "hit", "hold", "bounce", "dig"})
COMEBACK_PARTICLES = frozenset({"back", "off", "on", "out", "deep"})
# Verbs of finishing whose placing right after them joins the relation ("finished
# seventh in", "came third in"; extractors/arguments.py). Written here.
FINISHING_VERBS = frozenset({"finish", "come", "take", "place", "end", "rank", "run", "cross"})
PLACING_WORDS = frozenset({"first", "last"})  # placings the NER may leave unlabelled
# Nouns that open a compound preposition ("thanks to", "in favour of", "in addition to"):
# never an event noun with a partner (extractors/constructions.py). English grammar.
PREPOSITION_NOUNS = frozenset({"thanks", "favour", "favor", "addition", "regard", "respect",
                               "contrast", "comparison", "response", "relation", "line"})
