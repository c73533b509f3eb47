"""Entity resolution: which mentions, in which documents, name the same thing.

Two passes, so the answer does not depend on how documents were split or ordered:

1. Within a document (:func:`document_clusters`), in text order: a user alias maps a
   name to its canonical one; a full name claims later short mentions of it
   (``Trump`` → ``Donald Trump``; of two people sharing a surname, the one whose title
   fits, else the most recently mentioned); titles move to aliases; countries meet
   under their gazetteer name; an acronym joins the one name it abbreviates, an
   organisation's name in another word order or with another body word the earlier one;
   pronouns go to the most recent compatible antecedent (person or not, number,
   gender from pronouns and role nouns such as ``his wife``), subject pronouns
   preferring a subject; reflexives (``Maduro himself``) to the nearest one in their
   sentence; a title nominal (``the US president``) to the one person in the document
   who carries that title, or, of several, the one named last; a role phrase or person
   noun (``the Dragons winger``, ``the singer``) to the one person just named
   (:mod:`.role_nominals`).
2. Across documents (:func:`kgbuilder.graph.merge.resolve`): clusters meet by
   normalised name; a lone surname joins the one person known by that surname, if
   exactly one; an acronym the one name it abbreviates that a document gave it.

Every merge records the rule that made it, so ``kgbuilder explain`` can say why.
"""

from __future__ import annotations

from dataclasses import replace

from kgbuilder.extractors.records import NODE_KINDS, DocumentExtractions, Mention

from .admission import is_heading
from .aliases import Aliases
from .antecedents import (
    SURNAME_LABELS,
    WORD_ACRONYM_LABELS,
    acronym_antecedent,
    surname_antecedent,
    variant_antecedent,
)
from .clusters import Cluster
from .document_folds import DocumentFolds, sentence_openings
from .gazetteer import country_for
from .genders import gender_of_name
from .lexicon import HONORIFICS, KIND_WORDS
from .mention_cues import (
    TITLE_VOTE,
    birth_names,
    dashed_names,
    gender_cues,
    in_title,
    is_demonym,
    is_group,
    is_role_only,
    is_unlabelled_name,
    mention_order,
    nationality_named,
    spouse_spans,
    title_pieces,
    voted_kind,
)
from .names import (
    acronyms,
    figure_key,
    gender_of,
    has_person_title,
    has_title_word,
    is_figure_text,
    name_key,
    split_title,
    surname_key,
    title_words,
)
from .national_nominals import based_countries
from .nominals import (
    NOMINAL_REASON,
    definite_spans,
    descriptions,
    kind_nouns_before_names,
    nominal_targets,
)
from .pronouns import (
    PERSON_PRONOUNS,
    SURE,
    Seen,
    cataphora_fit,
    cataphora_subject,
    choose,
)
from .quotes import quoted_spans, speaker_names, speaker_spans
from .role_nominals import role_phrase_merges

COUNTRY_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
SURNAME_REASON = "surname of an earlier full name"

def _is_person_name(mention: Mention) -> bool:
    return mention.kind == "entity" and mention.label == "PERSON"


class _DocumentResolver(DocumentFolds):
    """Walks one document's mentions in order, building its clusters."""

    def __init__(self, doc_id: str, aliases: Aliases,
                 gender_cues: dict[tuple[int, int], str], guess: bool = False) -> None:
        self.doc_id = doc_id
        self.guess = guess  # resolve a he/she to its best-ranked candidate without evidence
        self.aliases = aliases
        self.gender_cues = gender_cues
        DocumentFolds.__init__(self)
        self.history: list[Seen] = []
        self.role_only: set[str] = set()  # keys of role words NER read as names
        self.speakers: set[tuple[int, int]] = set()  # subjects of reporting verbs
        self.quotes: list[tuple[int, int]] = []  # quoted stretches of text
        self.speaker_names: dict[int, frozenset[str]] = {}  # sentence → speakers' surnames
        self.subjects: dict[int, list[Mention]] = {}  # sentence → its subjects, in order
        self.pending: dict[tuple[int, int], list[Mention]] = {}  # subject → pronouns before it
        self.titled: set[tuple[int, int]] = set()  # spans of the title line's mentions
        self.spouses: set[tuple[int, int]] = set()  # names a he/she marries
        self.unresolved: list[Mention] = []  # guessed he/she with no candidate before it
        self.births: dict[tuple[int, int], tuple[int, int]] = {}  # birth name → person

    def _cues_before(self, mention: Mention) -> set[str]:
        """The labels (he/she) of the pronouns waiting for ``mention``'s span."""
        return {p.label for p in self.pending.get((mention.start, mention.end), ())}

    def _resolved(self, span: tuple[int, int], cluster: Cluster) -> None:
        self.entity_of[span] = cluster
        self.spans_of.setdefault(id(cluster), []).append(span)

    def _remember(self, mention: Mention, cluster: Cluster, sure: bool = True) -> None:
        self._resolved((mention.start, mention.end), cluster)
        if mention.dep not in MODIFIER_DEPS:  # "US" in "the US president" is no antecedent
            self.history.append(Seen(mention.start, mention.sentence,
                                     mention.dep in SUBJECT_DEPS, mention.plural, cluster,
                                     (mention.start, mention.end) in self.speakers,
                                     mention.dep, mention.clause))
        gender = self.gender_cues.get((mention.start, mention.end))
        if gender and gender.startswith(("thing:", "team:", "group:")):
            gender = None
        if gender is None and mention.kind == "entity" and cluster.is_person:
            # a lone surname of a full name is no first name ("Hillary Clinton ... Clinton")
            gender = gender_of_name(mention.text, person=mention.label == "PERSON" and
                                    cluster.reasons.get(mention.text) != SURNAME_REASON)
        if mention.kind == "pronoun" and mention.label in PERSON_PRONOUNS:
            # A guess is no evidence for the graph; when guessing, later guesses build on it.
            gender = mention.label if sure or self.guess else None
        if gender and cluster.gender is None:
            cluster.gender = gender

    def _pronoun(self, mention: Mention) -> None:
        """Resolve a pronoun now, or, when it comes before the subject of its sentence
        that it may stand for (:func:`cataphora_subject`), once that subject is known."""
        subject = cataphora_subject(mention, self.subjects.get(mention.sentence, ()))
        if subject is not None and (subject.start, subject.end) not in self.entity_of:
            self.pending.setdefault((subject.start, subject.end), []).append(mention)
            return
        self._attach(mention, *self._backwards(mention))

    def _backwards(self, pronoun: Mention) -> tuple[Cluster | None, float]:
        quoted = any(s <= pronoun.start < e for s, e in self.quotes)
        return choose(pronoun, self.history, quoted,
                      self.speaker_names.get(pronoun.sentence, frozenset()), self.guess)

    def _attach(self, pronoun: Mention, found: Cluster | None, confidence: float) -> None:
        if found is None and self.guess and pronoun.label in PERSON_PRONOUNS:
            self.unresolved.append(pronoun)
        if found is not None and (confidence >= SURE or self.guess):
            found.add(pronoun, self.doc_id, found.type, "pronoun")
            self._remember(pronoun, found, confidence >= SURE)

    def _settle(self, span: tuple[int, int]) -> None:
        """Pronouns waiting for the subject at ``span``: to its cluster when it fits,
        else resolved backwards as usual."""
        for pronoun in self.pending.pop(span, ()):
            cluster = self.entity_of.get(span)
            confidence = 0.0 if cluster is None else cataphora_fit(pronoun, cluster)
            if confidence >= SURE or (confidence and self.guess):
                self._attach(pronoun, cluster, confidence)
            else:
                self._attach(pronoun, *self._backwards(pronoun))

    def add(self, mention: Mention) -> None:
        if (mention.start, mention.end) in self.entity_of:
            return
        self._add(mention)
        if self.pending:
            self._settle((mention.start, mention.end))
        if self.unresolved:
            self._forwards(mention)

    def _forwards(self, mention: Mention) -> None:
        """A guessed he/she with no candidate before it goes to the first name after it
        in its sentence that may be its referent (``In her review of X's paper, Nora
        Wright ...``, where the parse gave the sentence no subject)."""
        self.unresolved = [p for p in self.unresolved if p.sentence == mention.sentence]
        cluster = self.entity_of.get((mention.start, mention.end))
        if mention.kind != "entity" or cluster is None:
            return
        for pronoun in [p for p in self.unresolved if p.start < mention.start]:
            confidence = cataphora_fit(pronoun, cluster)
            if confidence:
                self.unresolved.remove(pronoun)
                cluster.add(pronoun, self.doc_id, cluster.type, "pronoun")
                self._resolved((pronoun.start, pronoun.end), cluster)

    def _add(self, mention: Mention) -> None:
        if mention.kind == "pronoun":
            self._pronoun(mention)
            return
        if is_demonym(mention):
            return  # "Venezuelan" describes; it names no entity (kept in the titles)
        if mention.kind == "entity" and is_role_only(mention.text):
            # "United States Senator", "the President": a role NER read as a name. It
            # joins the one person of the document who carries it, else nobody.
            cluster = self._cluster("concept:" + name_key(mention.text), mention.text)
            cluster.add(mention, self.doc_id, "Concept", "name")
            self.role_only.add(cluster.key)
            self._resolved((mention.start, mention.end), cluster)
            return
        if mention.kind == "concept" and is_unlabelled_name(mention):
            mention = replace(mention, kind="entity")  # "Clearstream" mid-sentence
        kind, cue_kind = voted_kind(mention, self.gender_cues.get((mention.start,
                                                                   mention.end), ""))
        text = mention.text
        reason = "name"
        honorific = ""
        title: frozenset[str] = frozenset()
        user = self.aliases.get(name_key(text))
        if mention.kind == "entity" and mention.label in COUNTRY_LABELS and user is None:
            country = country_for(text)
            if country:
                text, kind, reason = country, "Country", "country gazetteer"
        if mention.kind == "entity" and mention.label in SURNAME_LABELS and user is None:
            people = nationality_named(text, lambda key: any(  # "American Taylor Dent"
                c.is_person for c in self.by_surname.get(key, ())))
            titles, bare = (text[:-len(people)].strip(), people) if people else split_title(text)
            # "Boss Henk Addink" (no NER label), "President Trump" (called ORG).
            titled_name = (mention.label == "" and has_title_word(titles)
                           or len(bare.split()) == 1 and has_person_title(titles)) \
                and surname_key(bare) not in KIND_WORDS  # "General Election": no person
            if titles and (_is_person_name(mention) or titled_name or people):
                text, reason, title = bare, "title stripped", title_words(mention.text)
                kind = "Person" if people else kind
                courtesy = titles.split()[-1]
                if courtesy.casefold().rstrip(".") in HONORIFICS:  # "Lord Janner", "Mr Blair"
                    honorific = f"{courtesy} {bare}"
                if (titled_name and mention.label == "") or gender_of(title):
                    kind = "Person"  # "Mr Cable", whatever NER called it
                user = self.aliases.get(name_key(bare))
        cluster = None
        born_as = self.entity_of.get(self.births.get((mention.start, mention.end), (-1, -1)))
        if user is not None:
            cluster = self._cluster(name_key(user.name), user.name)
            reason = "name" if name_key(text) == name_key(user.name) else user.reason
            if not cluster.fixed:
                cluster.fixed, cluster.label = True, user.name
                self._index_acronyms(cluster)
            kind = user.type or (kind if kind != "Concept" else "Thing")
        elif born_as is not None:  # "Hall was born Shirley Grossman": her birth name
            cluster, reason, kind = born_as, "birth name", "Person"
        elif mention.kind == "entity":
            cluster = surname_antecedent(mention, text, title, self.by_surname, self.by_key,
                                         self._cues_before(mention), self.spouses)
            if cluster is not None:
                reason, kind = SURNAME_REASON, "Person"
            else:
                cluster = acronym_antecedent(text, mention.label, self.by_acronym, self.by_key)
                if cluster is not None:
                    reason, kind = "acronym of an earlier name", cluster.type
                elif mention.label in WORD_ACRONYM_LABELS and name_key(text) not in self.by_key:
                    cluster = variant_antecedent(text, self.by_words, self.by_acronym,
                                                 self.by_key)
                    if cluster is not None:
                        reason, kind = "variant of an earlier name", cluster.type
                        for letters in acronyms(text):  # its own acronym names it too
                            self.by_acronym.setdefault(letters, []).append(cluster)
        if cluster is None:
            prefix = "" if mention.kind == "entity" else "concept:"
            key = figure_key(text) if is_figure_text(text) else name_key(text)
            cluster = self._cluster(prefix + key, text)
        weight = TITLE_VOTE if (mention.start, mention.end) in self.titled else 1.0
        cluster.add(mention, self.doc_id, kind, reason, weight)
        if cue_kind is not None and not cluster.fixed:
            cluster.cue = cue_kind
        elif is_group(cluster, self.gender_cues.get((mention.start, mention.end), "")):
            cluster.cue = "Organization"  # "Snow Patrol are ...": a band NER called a person
        if honorific and honorific not in cluster.aliases:
            cluster.aliases[honorific] = 0  # a form the text implies: searchable, uncounted
            cluster.reasons.setdefault(honorific, "courtesy title and name")
        self._remember(mention, cluster)


def document_clusters(result: DocumentExtractions, aliases: Aliases | None = None,
                      guess: bool = False) -> list[Cluster]:
    """Clusters of one document's mentions (entities, pronouns and fact arguments).

    ``guess``: a ``he``/``she`` without agreement evidence goes to its best-ranked
    candidate (:func:`kgbuilder.graph.pronouns.choose`) instead of staying unresolved;
    graph builds never guess, the GAP benchmark does (it scores every pronoun)."""
    resolver = _DocumentResolver(result.document.id, aliases or {}, gender_cues(result),
                                 guess)
    resolver.speakers = speaker_spans(result.extractions)
    resolver.speaker_names = speaker_names(result.extractions)
    resolver.quotes = quoted_spans(result.extractions)
    resolver.spouses = spouse_spans(result)
    resolver.births = birth_names(result)
    # Every argument, facts or not: a noun phrase is a candidate antecedent ("the race
    # was close and it ...") even when its own clause gives no edge.
    # No name from a heading's facts: its telegraphic parse names things that are none
    # ("Escalating Venezuela Tensions"; the document's own mentions leave headings out
    # too), and its facts are no edges either (admission.rejection).
    arguments = [m for e in result.extractions for m in (e.subject, *e.objects)
                 if m.kind in NODE_KINDS
                 and not (m.kind == "entity" and is_heading(e.sentence.text))]
    # A total order (names before concepts on the same span), never set order: the
    # result must not depend on hashing or on the order documents arrive in.
    mentions = sorted({*result.mentions, *arguments}, key=mention_order)
    # A title line's telegraphic parse is the least reliable: its NER labels count for
    # less than the body's when a name's type is decided (``Slovakia seal Hopman Cup
    # success``: the Cup is no facility).
    resolver.titled = {(m.start, m.end) for m in in_title(result, mentions)}
    pieces = title_pieces(mentions)  # "Fool" of "A Fool Such As I": the work
    pieces.update(dashed_names(mentions))  # "the LSE - Europe's biggest market": the LSE
    mentions = [m for m in mentions if (m.start, m.end) not in pieces]
    for mention in mentions:
        if mention.dep in SUBJECT_DEPS and mention.kind in NODE_KINDS:
            resolver.subjects.setdefault(mention.sentence, []).append(mention)
    for mention in mentions:
        resolver.add(mention)
    for piece, title in pieces.items():
        if title in resolver.entity_of:  # the work's node, as a pronoun's: no alias of it
            work = resolver.entity_of[title]
            work.mentions.append((result.document.id, *piece))
            resolver._resolved(piece, work)
    for span in list(resolver.pending):  # a subject that never became a mention
        resolver._settle(span)
    resolver.resolve_nominals()
    resolver.resolve_short_names()
    resolver.resolve_namesakes(sentence_openings(result.extractions))
    pronouns = frozenset((m.start, m.end) for m in mentions if m.kind == "pronoun")
    things = {(m.start, m.end) for m in mentions  # "the prince ... it": no person's "it"
              if m.kind == "pronoun" and m.label not in PERSON_PRONOUNS}
    definite = definite_spans(result.extractions)  # facts or not ("the firm said ...")
    for phrase, person, reason in role_phrase_merges(resolver.by_key, resolver.entity_of,
                                                     resolver.history, result.extractions,
                                                     pronouns, definite, resolver.quotes):
        resolver.fold_described(person, phrase, reason, things)
    # a title line drops "the" ("Snow Patrol bassist exits group"): its mentions, as
    # pronouns, neither ask the nominal's article nor find its entity
    exempt = pronouns | frozenset(resolver.titled)
    for nominal, entity in nominal_targets(list(resolver.by_key.values()), definite,
                                           resolver.history, exempt,
                                           descriptions(result.extractions),
                                           based_countries(result.extractions),
                                           kind_nouns_before_names(result.extractions)):
        # the history may name a cluster a short form was folded into since ("Jonny")
        _, start, end = entity.mentions[0]
        entity = resolver.entity_of.get((start, end), entity)
        if entity is not nominal and entity.key in resolver.by_key:
            resolver.fold_described(entity, nominal, NOMINAL_REASON,
                                    things if entity.is_person else set())
    return sorted(resolver.by_key.values(), key=lambda c: c.key)


