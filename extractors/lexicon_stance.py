"""Word lists of the extraction stage that decide stance: what the text does not assert
(modal auxiliaries, hedges, futures, intentions, conditions) and whom it relays a claim
from (speech, belief, claim and accusation words). Part of :mod:`.lexicon`, which
re-exports every list; sources as stated there and beside each list.
"""

from __future__ import annotations

# --- Modality and hedges: what the text does not assert --------------------------------

# Modal auxiliaries (the modality recorded is the word itself).
MODALS = frozenset({"could", "might", "may", "would", "should", "must", "can"})
# Adverbs that hedge the verb they modify.
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "possibly", "perhaps", "apparently",
                           "probably", "likely", "purportedly", "supposedly"})
# Verbs and adjectives that hedge the infinitive they govern: "is expected to", "seems to".
HEDGE_VERBS = frozenset({"expect", "seem", "appear", "suppose", "believe", "rumor", "rumour"})
# Verbs whose "it ... that" clause is hedged: "It appears that the UK is in a downturn".
IMPERSONAL_HEDGES = frozenset({"seem", "appear"})
HEDGE_ADJECTIVES = frozenset({"likely", "unlikely", "set", "poised", "due"})
# Adjectives whose "it is ... that" clause is weighed, not asserted ("It is unlikely that
# Acme will buy Norbel", "it was possible he had left"). English grammar.
IMPERSONAL_HEDGE_ADJECTIVES = frozenset({"likely", "unlikely", "possible", "impossible",
                                         "probable", "improbable", "doubtful", "conceivable",
                                         "inconceivable", "uncertain", "unthinkable"})
# The classes a modality falls in (the newskg gold's convention); a hedge word is read as
# "hypothetical" unless listed below (``Extraction.modality_class``).
MODALITY_CLASSES = frozenset({"question", "hypothetical", "future", "reported"})
REPORTED_HEDGES = frozenset({"reportedly", "allegedly", "purportedly", "supposedly",
                             "apparently"})
FUTURE_HEDGES = frozenset({"set", "poised", "due"})
# Auxiliaries of the future ("won't" is tokenised "wo" + "n't"): modality "future".
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
# Verbs that schedule the infinitive they govern ("is set to", "is scheduled to",
# "is going to"): modality "future"; "is to" is the copula's own ("be").
FUTURE_VERBS = frozenset({"be", "set", "schedule", "slate", "go"})
# Verbs of intention and attempt: what they govern has not happened ("plans to build",
# "vowed to fight", "tried to stop"): modality "hypothetical".
INTENTION_VERBS = frozenset({"plan", "intend", "aim", "hope", "want", "seek", "propose",
                             "threaten", "try", "attempt", "promise", "vow", "pledge",
                             "offer", "consider", "prepare", "wish", "choose", "select",
                             "pick", "bid"})
# Adjectives whose infinitive did happen ("was quick to deny", "the first to sign"); the
# infinitive of any other adjective is not asserted ("keen to sign", "favourite to win").
IMPLICATIVE_ADJECTIVES = frozenset({"able", "unable", "quick", "slow", "first", "last", "only",
                                    "proud", "happy", "glad", "sorry", "pleased", "delighted",
                                    "lucky", "fortunate", "right", "wrong"})
# Verbs whose object did what their infinitive says ("forced the bank to repay"); after
# any other verb it is only asked or wanted ("ordered the bank to repay").
IMPLICATIVE_CONTROL_VERBS = frozenset({"help", "force", "make", "let", "cause", "compel",
                                       "oblige", "lead", "get", "see", "watch", "hear",
                                       "prompt", "persuade", "convince"})
# Verbs whose object does what their to-infinitive says (object control: "asked the bank
# to repay", "urged Congress to act", "named X to run"); after any other verb with an
# object the infinitive is the subject's purpose ("sold the unit to pay the bill", "used
# his wealth to bring the Games"). Written here after the object-control catenatives of
# Huddleston & Pullum's Cambridge Grammar (ch. 14), with the news verbs of hiring, and
# the verbs of making whose object is built for the purpose ("developed the field to
# produce 100,000 barrels").
OBJECT_CONTROL_VERBS = IMPLICATIVE_CONTROL_VERBS | frozenset({
    "ask", "order", "urge", "tell", "allow", "permit", "enable", "encourage", "invite",
    "advise", "instruct", "direct", "require", "expect", "want", "need", "remind", "warn",
    "pressure", "pressurise", "pressurize", "push", "drive", "spur", "inspire",
    "motivate", "tempt", "trust", "dare", "challenge", "beg", "implore", "authorise",
    "authorize", "empower", "entitle", "mandate", "commission", "appoint", "elect", "name",
    "hire", "recruit", "employ", "sign", "choose", "select", "pick", "nominate", "train",
    "teach", "leave", "like", "love", "hate", "prefer", "wish", "call", "predict",
    "forecast", "tip", "believe", "consider", "build", "design", "develop", "create", "construct",
    "engineer", "equip", "fit", "adapt", "modify", "program", "programme", "give", "grant",
    "pay", "send"})
# Verbs whose prepositional object does what their to-infinitive says ("called on the
# government to scrap the tax", "we look to the president to be a unifying force"):
# verb → its preposition (prepositional-object control; written here).
PREPOSITIONAL_CONTROL: dict[str, str] = {
    "call": "on", "appeal": "to", "look": "to", "rely": "on", "count": "on",
    "depend": "on", "wait": "for", "plead": "with"}
# Verbs whose passive subject is what a purpose infinitive is for ("the bridge was built
# to carry trains", "TAV was chosen to build the airport"); after any other passive the
# purpose is the unnamed agent's ("the unit was sold to pay the bill": not the unit).
PATIENT_PURPOSE_VERBS = frozenset({
    "build", "design", "make", "create", "develop", "construct", "engineer", "intend",
    "use", "need", "require", "set", "establish", "form", "found", "launch", "introduce",
    "choose", "select", "pick", "appoint", "elect", "name", "hire", "recruit", "employ",
    "sign", "draft", "train", "deploy", "send", "dispatch", "bring", "invite", "ask",
    "allow", "expect", "force", "urge", "tell", "order", "encourage", "fit", "equip",
    "program", "programme", "adapt", "modify", "open", "plan", "schedule", "due",
    "commission", "task", "assign", "contract", "mandate", "authorise", "authorize",
    "empower", "instruct", "direct", "oblige", "compel", "permit", "enable", "pay",
    "give", "grant", "persuade", "pressure", "tip"})
# Nouns of possibility and intention whose clause is not asserted ("the potential for X
# to become Y", "a chance that X will Y", "his plan to build Y"): modality "hypothetical".
POSSIBILITY_NOUNS = frozenset({"potential", "possibility", "prospect", "chance", "likelihood",
                               "risk", "threat", "hope", "plan", "proposal", "bid", "attempt",
                               "idea", "danger", "option"})
# Verbs whose finite complement clause is contrary to fact ("I wish X were like Y",
# "he pretended that he owned it"): modality "hypothetical". Written here.
COUNTERFACTUAL_VERBS = frozenset({"wish", "pretend"})
# Subordinators of a clause that is not asserted: conditions and embedded questions.
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
CONDITIONAL_MARKS = frozenset({"if", "unless"})
# Conjunctions of a time clause whose present tense takes its time from the main clause
# ("the ban will be lifted before Britain takes over"): English grammar.
TIME_MARKS = frozenset({"before", "until", "till", "once", "when", "after"})
# Auxiliaries of a main clause that put such a time clause in the future, "would" as
# the future of reported speech ("said it would be lifted before X takes over").
TIME_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "would", "'d"})
# Prepositions of a topic, after words of talk, thought and doubt: a gerund clause with
# its own subject there is talked of, not asserted ("to talk about Turkey entering the
# EU", "speculation over Acme buying Norbel"; "excited about X joining" is left alone,
# it takes the joining as done). Written here.
TOPIC_PREPOSITIONS = frozenset({"about", "over", "on", "regarding", "concerning"})
TOPIC_HEADS = frozenset("""talk speak discuss debate negotiate think wonder ask question
worry fear speculate argue consult write talks speculation rumour rumours debate
discussion discussions question questions doubt doubts fears concern concerns
negotiations consultation report reports""".split())
# Verbs that report a question: the asking is asserted even if its sentence ends in "?".
ASKING_VERBS = frozenset({"ask", "wonder", "question"})

# --- Speech and attribution (cf. Levin 37.7 say verbs, plus news reporting verbs) -------

SPEECH_VERBS = frozenset({"say", "tell", "write", "state", "add", "announce", "declare", "note",
                          "post", "insist", "stress", "claim", "mention", "reply", "explain",
                          "disclose", "warn", "emphasize", "tweet", "argue", "conclude"})
# Verbs whose complement clause is reported, not asserted, by the text.
# Verbs of belief, fear and hope: their complement clause is what the subject thinks
# ("unions fear that Ford will shut the plant"), relayed, not asserted, by the text.
BELIEF_VERBS = frozenset({"believe", "think", "fear", "hope", "expect", "suspect", "estimate",
                          "reckon", "feel", "assume", "worry", "forecast", "consider"})
REPORTING_VERBS = SPEECH_VERBS | BELIEF_VERBS | frozenset({
    "report", "confirm", "deny", "indicate", "suggest", "allege", "acknowledge", "admit",
    "predict"})
# Nouns of a claim whose clause the text only relays ("rumours that X will buy Y",
# "claims that she is a declining force", "suggestions that he might be put under
# pressure"): modality "reported". Written here from news English.
CLAIM_NOUNS = frozenset({"claim", "report", "rumour", "rumor", "suggestion", "speculation",
                         "allegation", "accusation", "assertion", "gossip", "story"})
# Verbs that deny the claim they take as object ("rejected claims that ...", "denied
# reports that ..."): what the claim says is then denied.
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "rubbish",
                          "quash", "scotch", "contest", "dispute"})
# Verbs of accusation: "X accused Y of kidnapping Z" relays X's claim that Y kidnapped Z.
ACCUSATION_VERBS = frozenset({"accuse", "charge", "blame", "suspect", "criticise", "criticize",
                              "condemn"})
