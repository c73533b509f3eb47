"""Word lists of the graph stage, in one place. Written here for kgbuilder (no outside
source) from the kinds of fragments a reader rejects in news graphs; each list says what
it is for. Name-level lists (titles, gendered role words) live in :mod:`.names`."""

from __future__ import annotations

# Head nouns too generic to be a graph end on their own or with a mere adjective:
# "place" (take place), "door" (leave the door open), "time", "need", "part", "way".
VAGUE_HEADS = frozenset("""
place time way thing things part need lot lots number kind sort type fact case point
door end idea move step matter situation something anything everything nothing someone
anyone everyone one ones others other rest side area level range amount deal question
issue issues reason result results sense term terms view look chance effort efforts bit
portion majority minority half respect regard basis extent manner course stage use
possibility potential ability opportunity attempt decision plan plans
position role power hand hands eye eyes mind head face note word words remarks comments
statement situation development developments approach process system form aspect
""".split())
# Words before a role word that make the holder not the head the role word names
# ("deputy leader", "shadow chancellor", "assistant coach", "opposition leader"): such a
# holder is no head of state, chief executive or chairperson. Written here.
SUBORDINATE_ROLE_WORDS = frozenset({"deputy", "vice", "assistant", "shadow", "opposition",
                                    "junior", "associate", "under", "rebel"})
# Words before a role word that name a function or a region of the holder's work
# ("marketing manager", "technical director", "European president", "worldwide head"): the
# holder runs a department or a branch, not the organisation, so such a role takes no
# head's property; it still says whom the holder works for (P108). Written here from the
# business titles of news.
FUNCTION_ROLE_WORDS = frozenset("""
marketing sales security strategy product products project projects programme program
programmes programs communications communication technology technical art partnership
partnerships research development finance financial operations editorial creative music
news policy legal business content engineering design digital online network networks
commercial corporate press media brand account accounts personnel it information
services service customer retail production casting academy fitness medical scientific
european worldwide global regional international area branch store studio
""".split())
# Verbs whose infinitive did not happen ("failed to back X", "refused to blame Y",
# "declined to meet Z"): a chain of one types nothing, neither by the verb nor by the
# infinitive's (graph/relations.py). Written here from English grammar (negative
# implicative verbs).
NEGATIVE_CHAIN_VERBS = frozenset({"fail", "refuse", "decline", "neglect", "omit", "forget",
                                  "unable", "reluctant", "loath", "hesitate", "cease"})
# Nouns for a person's side (graph/sides.py): "Mourinho's side", "his party" stand for
# the team or party the person's role facts name, of these node types. Written here.
SIDE_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("side", "team", "squad"),
                    frozenset({"SportsTeam", "Organization", "Country"})),
    "party": frozenset({"PoliticalParty"}),
}
# Role words of one who speaks for an organisation ("a spokeswoman for Hypertag", "head of
# new media at Virgin Radio"): a quoted "we" of theirs is that organisation, as it is not
# for an analyst, a correspondent or a secretary of state (graph/quotes.py). Written here.
SPOKESPERSON_ROLES = frozenset("""spokesman spokeswoman spokesperson chairman chairwoman
chair executive president director head founder co-founder boss owner""".split())
# Head nouns of a group of people who act together ("British officials", "the German
# authorities", "rebel troops"): actors for PLOVER event types (graph/relations.py).
ACTOR_HEADS = frozenset("""
official officials authority authorities minister ministers leader leaders diplomat
diplomats negotiator negotiators envoy envoys lawmaker lawmakers legislator legislators
politician politicians regulator regulators government governments administration police
troops soldiers forces rebels militants insurgents protesters demonstrators activists
delegates delegation officers prosecutors investigators judges unions representatives
counterparts allies opposition campaigners critics executives
""".split())
# National capitals whose names news uses for their governments ("Beijing welcomed the
# move", "Washington warned Caracas", "Moscow denied it"): as the subject or object of an
# event row (a PLOVER type, no Wikidata property) they are actors (graph/relations.py).
# Capitals of states as of 2025, written here; names that are more often something else
# in English news (Kingston, Victoria, Wellington; London, in British news the city) are
# left out.
CAPITAL_CITIES = frozenset("""
washington moscow beijing paris berlin tokyo rome madrid brussels ottawa canberra
caracas havana bogota lima quito brasilia tehran baghdad damascus kabul islamabad delhi
riyadh ankara cairo tripoli khartoum jerusalem amman beirut pyongyang seoul taipei hanoi
manila jakarta bangkok kiev kyiv minsk warsaw prague budapest vienna athens lisbon dublin
stockholm oslo copenhagen helsinki bern belgrade bucharest sofia tbilisi yerevan baku
nairobi abuja pretoria harare ababa algiers rabat tunis doha muscat sanaa managua
""".split())
# A firm's or a country's figures that business news names bare once their owner is
# said ("Its profits were 40m rupees on sales which fell 8%"; "Sales were down 25%"):
# in the sentence after an owned figure they are the same owner's (graph/arguments.py).
# Written here.
MEASURE_NOUNS = frozenset("""sales profits profit revenues revenue earnings turnover
exports imports output spending losses income orders deliveries""".split())
# Head words that make a named thing an award, whatever NER or the kinds called it (the
# Brit Awards, the Turner Prize): winning one is an award received (P166), winning an event
# is being its winner (P1346). Written here.
AWARD_HEADS = frozenset("award awards prize prizes medal medals trophy".split())
# Names of a music genre or a film industry that NER takes for an organisation or a place
# in role titles ("R&B star Jamelia", "Rap star Jay-Z", "Hollywood star Tom Hanks", "Film
# star X", "Veteran star Y"): a role's owner is no genre, so no typed role; every other row
# reads them as the place or organisation they were typed (graph/relations.py). Written
# here.
GENRE_HEADS = frozenset("""
r&b rap hip-hop rock pop soul jazz reggae punk blues gospel folk indie grime
film movie veteran hollywood bollywood broadway
""".split())
# Head nouns naming a music group ("had been in the band", "rejoined the band"): a
# person's joining, leaving or being in one is membership (P463; graph/relations.py).
# Written here.
BAND_HEADS = frozenset("band bands".split())
# Nouns of joint work that make a relation ending "in NOUN with" the verb's own ("broadcast
# in partnership with X", "made in collaboration with Y"): partnering or collaborating
# with X (graph/relations.py). Written here.
JOINT_NOUNS = {"partnership": "partner with", "collaboration": "collaborate with",
               "cooperation": "cooperate with", "co-operation": "cooperate with"}
# Head nouns of things that have a whereabouts worth an edge: sites, buildings and events
# ("the new factory in Gaydon", "the attacks in Madrid"). Where any other noun phrase is
# ("annual sales in Asia", "top executives in Japan", "strong growth in the US") says
# nothing a reader would look up. Written here.
PLACED_HEADS = frozenset("""
factory factories plant plants site sites mine mines office offices headquarters store
stores shop shops branch branches base bases station stations airport airports port ports
refinery refineries warehouse warehouses facility facilities mill mills works stadium
hospital hospitals school schools university prison prisons camp camps museum embassy
consulate farm farms field fields reactor pipeline terminal depot centre center hotel
court courts attack attacks bombing bombings explosion blast fire crash protest protests
strike strikes riot riots election elections summit conference meeting talks earthquake
flood floods operation operations action raid raids invasion deployment offensive war
battle clashes visit
""".split())
# Words that make a phrase refer to nothing by itself: pronouns, quantifiers, demonstratives.
REFERENCELESS_WORDS = frozenset("""
you your yours yourself yourselves i me my we us our it its they them their he him his she
her this that these those which what who whom whose some any many much several few all
both each either neither such another other others none there here
""".split())
# Nominal heads that can stand for an earlier named entity of a compatible type ("the
# firm" → the company last named): head noun → node types it may refer to.
ORGANIZATION_TYPES = ("Organization", "GovernmentOrganization", "PoliticalParty",
                      "SportsTeam")
GOVERNMENT_KINDS = ("Organization", "GovernmentOrganization")  # told apart by the name
NOMINAL_HEADS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys("""firm company giant bank retailer maker manufacturer broadcaster
    newspaper paper operator provider insurer airline chain label band club corporation
    conglomerate charity union drugmaker group outfit carmaker publisher station
    supermarket""".split(), ORGANIZATION_TYPES),
    **dict.fromkeys("""regulator watchdog agency authority ministry""".split(),
                    GOVERNMENT_KINDS),
    **dict.fromkeys("party".split(), ("PoliticalParty", "Organization")),
    **dict.fromkeys("team side squad".split(), ("SportsTeam", "Organization", "Country")),
    **dict.fromkeys("country nation state kingdom republic".split(), ("Country",)),
    **dict.fromkeys("regime government".split(), ("Country", "GovernmentOrganization")),
    **dict.fromkeys("city capital town".split(), ("City", "Place")),
}
# Head nouns of a firm named by its nationality ("the Spanish group", "the German
# exchange", "the Indian brewer"): such a nominal stands for the one firm the text places
# in that country (graph/national_nominals.py). Business news' words for a company;
# teams, bands and parties left out. Written here.
NATIONAL_NOMINAL_HEADS = frozenset("""firm company giant bank retailer maker manufacturer
broadcaster operator provider insurer airline chain group corporation conglomerate
drugmaker carmaker publisher supermarket exchange bourse lender brewer suitor miner
utility carrier""".split())
# Nominal heads of laws and named events ("the bill", "the conference"): head → the last
# words a name must end with to be what it stands for ("the bill": "Prevention of Terrorism
# Bill"; "the tournament": "Hopman Cup", "Australian Open"). Such a nominal stands for the
# one entity of the document so far so named (graph/nominals.py). Left out as too often
# generic or said of something unnamed: "the law" (break the law), "the act" (a music
# act), "the war", "the campaign", "the ceremony". Written here.
NAMED_KIND_HEADS: dict[str, frozenset[str]] = {
    "bill": frozenset({"bill"}),
    "directive": frozenset({"directive"}),
    "treaty": frozenset({"treaty", "convention", "accord", "accords", "protocol", "charter"}),
    "legislation": frozenset({"bill", "act", "directive", "regulation", "regulations"}),
    "conference": frozenset({"conference"}),
    "summit": frozenset({"summit"}),
    "election": frozenset({"election"}),
    "referendum": frozenset({"referendum"}),
    "championship": frozenset({"championship", "championships"}),
    "championships": frozenset({"championships"}),
    "tournament": frozenset({"tournament", "cup", "open", "championship", "championships",
                             "trophy"}),
    "festival": frozenset({"festival"}),
    "awards": frozenset({"awards"}),
}
# Last words of names of bodies that are no business, band or team (``Dundee University``,
# ``Borders Council``, ``Brit Awards``): a nominal reaches them only with that very word
# (``the university``), never as ``the group`` or ``the firm`` (graph/nominals.py).
# Written here.
INSTITUTION_WORDS = frozenset("""university college school academy institute hospital
museum gallery library council commission committee court parliament assembly senate
congress awards prize prizes festival foundation trust church""".split())
# Nominal heads of a group that acts ("the band", "the group"): news introduces the one
# they stand for as an actor (a subject) first; a name only in a phrase ("VH1's vice
# president", "told BBC News Online") is none of theirs (graph/nominals.py). Written here.
ACTOR_NOMINAL_HEADS = frozenset({"band", "group"})
# Verbs whose "the bill" is a sum to pay, never a law ("foot the bill", "pay the bill"):
# English idiom. Written here.
BILL_PAYING_VERBS = frozenset({"foot", "pay", "pick", "settle", "share", "split", "cover"})
# Heads among them that name a law: the document must name one law only (any of
# LAW_WORDS) for them to stand for it.
LAW_NOMINAL_HEADS = frozenset({"bill", "directive", "treaty", "legislation"})
# Nominal heads of a law or measure named by description ("a proposed European law on
# software patents ... the directive", "the EU embargo on arms exports to China ... the
# ban"): head → the heads of the described laws it may stand for. Such a nominal stands
# for the one law of the document so far that it could mean (graph/law_nominals.py). A
# generic word reaches every kind ("the legislation"), a specific one its own and the
# generic "law" ("the directive": a law on X the EU drafts), never another specific one
# ("the bill" is no law in force). Left out as most often generic or another thing: "the
# law" (break the law, change the law), "the act" (a music act), "the measure", "the
# rules", "the sanctions". Written here.
_STATUTE_HEADS = frozenset({"law", "legislation", "directive", "bill", "regulation"})
_PROHIBITION_HEADS = frozenset({"ban", "embargo", "moratorium"})
LAW_NOMINAL_KINDS: dict[str, frozenset[str]] = {
    "legislation": _STATUTE_HEADS,
    "directive": frozenset({"directive", "law"}),
    "bill": frozenset({"bill"}),
    "regulation": frozenset({"regulation"}),
    "treaty": frozenset({"treaty"}),
    "ban": _PROHIBITION_HEADS,
    "embargo": _PROHIBITION_HEADS,
    "moratorium": frozenset({"moratorium"}),
}
# Modifiers such a nominal may carry beyond words of the name ("the draft directive"):
# they say how far along it is, never which one. Written here.
DRAFTING_MODIFIERS = frozenset({"draft", "proposed", "controversial", "annual"})
# Nouns news calls a person by once the name is given ("the singer", "the striker", "the
# actress"): with "the", and no name of their own, they stand for the last person named,
# as "the 25-year-old" does (graph/nominals.py). Titles ("the president") are left to the
# title nominals, which ask the title of the person (graph/resolve.py); "the player" is
# as often anyone's ("referees ask the player ..."). Written here.
PERSON_NOMINAL_HEADS = frozenset("""actor actress singer rapper comedian comedienne
presenter striker winger midfielder defender goalkeeper keeper batsman bowler sprinter
athlete youngster teenager veteran""".split())
# Heads of an epithet news gives a person once named ("the king of rock 'n' roll", "the
# queen of soul", "the godfather of punk"): "HEAD of" and lowercase words only, a person
# nominal like "the singer" (graph/nominals.py); "the King of Spain" is a title. Kinship
# words ("the father of the victim") are left out: they name someone else. Written here.
EPITHET_HEADS = frozenset("""king queen prince princess emperor empress godfather
godmother""".split())
MAX_EPITHET_WORDS = 6  # "king of rock n roll"
# Nominal heads of works, which stand for an earlier work only when their modifiers say
# which (``tsunami charity single X ... the charity song``): alone, "the film" and "the
# album" as often mean one the text never names ("the latest album", "the hit novel").
DESCRIBED_NOMINAL_HEADS: dict[str, tuple[str, ...]] = dict.fromkeys(
    """song single album film movie novel book sitcom documentary programme""".split(),
    ("CreativeWork",))
# Organisation names whose kind their words make clear (schema.org subclasses).
GOVERNMENT_WORDS = frozenset("""ministry department agency commission council parliament
congress senate assembly bureau court police army navy military government cabinet office
authority service treasury tribunal committee staff command corps forces headquarters
""".split())  # the last five: military bodies ("US General Staff", "Southern Command")
# The last word of an organisation's name that says what kind of body it is; writers
# swap one for another in a name's acronym (``STMA``, ``STMC``: Administration, Company).
BODY_WORDS = frozenset("""administration agency association authority board bureau commission
committee company corporation council department federation foundation group institute
ministry office organisation organization service society union""".split())
PARTY_WORDS = frozenset({"party", "democrats", "republicans", "conservatives", "tories"})
# First words of a publication's name, never of a person's ("Sunday Telegraph", "Daily Mail").
PUBLICATION_WORDS = frozenset({"daily", "sunday", "evening", "weekly"})
TEAM_WORDS = frozenset({"fc", "united", "rovers", "athletic", "wanderers", "hotspur",
                        "albion", "city fc"})
LAW_WORDS = frozenset({"bill", "act", "directive", "treaty", "convention", "charter",
                       "accord", "accords", "regulation", "regulations"})
EVENT_WORDS = frozenset({"election", "elections", "cup", "championship", "championships",
                         "olympics", "games", "war", "summit", "awards", "tournament",
                         "slam", "festival", "conference", "referendum", "crisis"})
# The last words that make a name a thing's, never a person's ("General Election").
KIND_WORDS = GOVERNMENT_WORDS | PARTY_WORDS | LAW_WORDS | EVENT_WORDS
# Nouns that, set beside a person-like name, show it names a thing ("the aircraft carrier
# Gerald Ford", "the hospital John Radcliffe"): noun → the thing's node type.
THING_NOUNS: dict[str, str] = {
    **dict.fromkeys("""carrier ship vessel destroyer frigate submarine warship tanker boat
    yacht aircraft plane jet helicopter drone missile rocket satellite car train""".split(),
                    "Product"),
    **dict.fromkeys("""airport stadium hospital school university college bridge building
    hotel station base prison museum theatre theater arena tower""".split(), "Place"),
}
# Nouns for one person of a nation that the demonym pattern (names.DEMONYM: "Russian",
# "Venezuelan") does not catch: "the Spaniard", "the 20-year-old Swede". News names a
# person so once the name is given; alone they name nobody, and one node "Spaniard" would
# join every Spaniard of a document (mention_cues.is_demonym). Written here; given names
# (Dane, Finn) left out.
NATIONALITY_NOUNS = frozenset("""spaniard swede briton frenchman frenchwoman englishman
englishwoman scotsman scotswoman scot welshman welshwoman irishman irishwoman dutchman
dutchwoman swiss argentine croat serb slovak pole turk greek kiwi aussie""".split())
# Adjectives of a series of events that NER tags as a name on their own ("Olympic
# champion X", "Olympic heptathlon champion X"): they describe, like a demonym; a node
# "Olympic" would be a place or firm nobody named. Written here.
EVENT_ADJECTIVES = frozenset({"olympic", "paralympic"})
# Nouns for people (singular) that no ending of graph.admission.PERSON_SUFFIXES shows
# ("the real victims", "team-mates"): a plural predicate of one person with such a head
# is said of each ("X and Y are referees"); any other is said of a group or misread.
# Written here.
PEOPLE_NOUNS = frozenset("""victim twin partner rival child person people fan friend
colleague ally star champion hero team-mate teammate international""".split())
# Words that count a plural predicate ("three top-class players"): it is the group's.
NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve both
pair couple""".split())
# Positions in a team's side ("Gloucester flanker X", "Leicester lock Y"): whoever holds
# one is a team's, so the owner of the position is a team, never a person, whatever NER
# said (mention_cues.gender_cues). Written here.
TEAM_POSITIONS = frozenset("""prop flanker lock hooker wing winger centre fly-half
scrum-half full-back number-eight striker goalkeeper midfielder defender forward keeper
centre-back left-back right-back wing-back sweeper playmaker batsman bowler wicketkeeper
all-rounder""".split())
# Role words of one who is a team's ("Chelsea boss X", "Wales captain Y", "Bath lock Z"):
# their "side" is that team (graph/sides.py). Written here.
TEAM_ROLES = TEAM_POSITIONS | frozenset({"manager", "boss", "coach", "captain", "skipper",
                                         "player"})
# Prepositions of a clause's circumstances, where, when, how or despite what ("in the
# second set", "with a late try", "despite his injury"), never a partner the verb asks for
# ("blame X on Y", "work on Y", "play as Y"): English grammar, for graph/admission.py.
ADJUNCT_PREPOSITIONS = frozenset("""in at with despite following during after before within
without amid through by under since throughout including because due like""".split())
# Prepositions that close a relation and take its first object ("pause for thought", "come
# into effect", "work under Heath"), never a verb's particle ("take on Ireland", "set up a
# firm": up, out, off, down, over, back, in, on, around are left out). English grammar.
RELATION_END_WORDS = frozenset("""to from for of into onto about against across between
among with at by under since throughout despite during after before within without amid
because like upon via toward towards beyond beside alongside per""".split())
# Titles a monarch or pope bears with a first name alone ("Prince Charles", "Queen
# Elizabeth", "King Abdullah"): that name is complete, never a short form of a longer
# name the document also gives (Charles Kennedy). Written here.
REGNAL_TITLES = frozenset({"prince", "princess", "king", "queen", "pope", "emperor",
                           "empress", "sultan", "emir"})
# Courtesy titles before a name ("Lord Janner", "Mr Blair"): kept as an alias form.
HONORIFICS = frozenset("""mr mrs ms miss dr sir lord lady dame prince princess king queen
sheikh""".split())
# Words that stand inside a role name before its noun ("Home Secretary", "Prime Minister").
ROLE_MODIFIERS = frozenset("""home foreign shadow prime deputy vice assistant executive
general junior senior interim acting""".split())

# Verbs whose object becomes the subject's spouse (English; hand-listed): a woman often
# takes the surname of the man she marries, so his full name is no antecedent of that
# surname standing alone (``she married John Patey ... Patey was``).
SPOUSE_VERBS = frozenset({"marry", "wed"})
# Nouns that name a group of a known number of people ("the duo", "the pair"): with
# "the", news uses them for the people it has just named together ("Ant and Dec ... the
# duo"). Noun → how many. Written here.
GROUP_SIZES: dict[str, int] = {"duo": 2, "pair": 2, "couple": 2, "twosome": 2,
                               "trio": 3, "threesome": 3, "quartet": 4, "foursome": 4}
# Modifiers that rank or date a thing without saying which one it is ("the new operator",
# "the largest firm"): a nominal needs another word to name the thing it was introduced
# with (graph/nominals.py). Written here.
GRADING_MODIFIERS = frozenset("""new old latest former current largest biggest big small
smaller larger bigger main first second third last top leading major other same own next
previous recent early late""".split())
# Words that open no description of a name after a dash (``Ian Gough - out of the
# reckoning``, ``Sao Paolo - our new gig is ...``): prepositions and pronouns, from English
# grammar; a dash before them sets off a clause or an aside, not what the name is.
DASH_ASIDE_WORDS = frozenset("""out of in on at for with from by to as into about after
before since like our my your his her their its we i you he she they it this that these
those and or but so if when while who which what""".split())
# Verbs that end, refuse or undo what their object noun names ("ruled out a coalition
# with X", "ended its alliance with Y", "dropped its opposition to Z"): the noun's event
# type is not the fact's (graph/build.py, rule +partner). Written here.
REVERSING_VERBS = frozenset("""end drop abandon scrap suspend break rule reject quit cancel
deny refuse halt stop reverse terminate withdraw call off dissolve""".split())
# Nouns of an office or a hold over a body: the body after "of" is what the verb acts
# on ("Britain takes over the presidency of the EU"; graph/members.py). Written here,
# from news usage.
OFFICE_NOUNS = frozenset({"presidency", "chairmanship", "leadership", "helm", "control",
                          "ownership", "captaincy", "stewardship"})
# Words a firm's longer name adds to its short one that only say what form of firm it
# is ("Hyundai Motor", "Acme Holdings"): the short name is still the firm. Legal-form
# designators (cf. the ISO 20275 Entity Legal Forms code list: plc, AG, SA, NV, SpA, Oyj,
# KK ...) and the group words English business news adds to a name; written here.
CORPORATE_WORDS = frozenset("""group holding holdings corporation corp co company inc
incorporated plc ltd limited llc lp sa ag nv se spa bv ab asa oyj kk industries
enterprises motor motors""".split())
