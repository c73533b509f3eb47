"""Building the networkx knowledge graph from resolved extractions.

The graph is a ``networkx.MultiDiGraph``; its attributes are kgbuilder's public
contract (see the README):

- ``G.graph``: ``documents`` (id → ``title``, ``date``, ``url``, ``source`` when known,
  ``headline``: the first line of an untitled one, ``pipeline``: the spaCy pipeline that
  parsed it), ``stats``.
- node (id = stable slug), one per named entity whether or not a fact reaches it, and per
  specific thing a fact ends in: ``label``, ``type``, ``aliases`` (surface forms, most
  frequent first), ``alias_counts`` (form → count), ``merge_reasons`` (form → rule),
  ``mentions`` (int), ``documents`` (document id → mentions there), ``demonyms``
  (nationality words among its titles: attributes, never nodes).
- edge (key = relation, ``not <relation>`` when negated), one per distinct fact worth
  having (:mod:`.admission`): ``relation``, ``wikidata_property``, ``wikidata_inverse``,
  ``event_type`` (:mod:`.relations`), ``negated``, ``modality`` (a class of
  :mod:`.modality`), ``asserted``, ``attributed_to``, ``confidence`` (0–1, noisy-or over
  evidence), ``time``, ``doc``, ``sentence``, ``char_start``, ``char_end`` (of the most
  confident evidence), and ``evidence``: every supporting extraction as a dict with those
  fields plus ``hedge``, ``subject_text``, ``relation_text``, ``object_text``,
  ``arguments``, ``phrases``, ``attributed_to_text`` and ``rule``.

Extractions that become no edge stay in ``KnowledgeGraph.rejected`` with their reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

import networkx as nx
from kgbuilder.extractors.records import (
    NODE_KINDS,
    DocumentExtractions,
    Extraction,
    Mention,
)

from .admission import NAMED_TYPES, VALUE_TYPES, rejection
from .aliases import Aliases
from .arguments import (
    argument_facts,
    possessor_facts,
    reciprocal_facts,
    role_facts,
)
from .clusters import Entity, Resolution
from .fact_types import fact_type
from .groups import fanned_out, group_members
from .lexicon import SIDE_NOUNS
from .lookup import find_node
from .members import member_facts, member_groups, office_facts
from .merge import Prepared, resolve
from .modality import modality_class
from .owners import OwnedFigures
from .quotes import continued_speakers, speaker_sides
from .relations import RelationType, RelationTyper, typing_type
from .sides import named_spans, owner_spans, team_sides


@dataclass
class KnowledgeGraph:
    """The built graph plus the documents and counts it came from."""

    graph: nx.MultiDiGraph
    resolution: Resolution
    stats: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0  # wall time of the build, when the front end measured it
    # Extractions kept out of the graph: (extraction, reason, node it is reported from).
    left_out: list[tuple[Extraction, str, str | None]] = field(default_factory=list)

    @cached_property
    def rejected(self) -> list[dict]:
        """Every extraction kept out of the graph as an evidence-like record with its
        ``relation``, ``negated`` and ``reason`` (made when first asked: a corpus has many)."""
        return [_rejected_record(e, reason, source) for e, reason, source in self.left_out]

    @property
    def documents(self) -> dict[str, dict[str, str]]:
        return self.graph.graph["documents"]

    def __repr__(self) -> str:
        """One line: the counts, never the whole resolution."""
        g = self.graph
        counts = ((len(g.graph.get("documents", {})), "document"),
                  (g.number_of_nodes(), "node"), (g.number_of_edges(), "edge"))
        return "<KnowledgeGraph: " + ", ".join(
            f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts) + ">"

    def node_by_label(self, name: str) -> str | None:
        """The id of the node whose label or alias is ``name`` (case and accents ignored)."""
        return find_node(self.graph, name)


def _evidence(extraction: Extraction, attributed_to: str | None = None) -> dict:
    sentence = extraction.sentence
    return {
        "doc": extraction.doc_id,
        "sentence": sentence.text,
        "char_start": sentence.start,
        "char_end": sentence.end,
        "confidence": extraction.confidence,
        "modality": modality_class(extraction.modality),
        "hedge": extraction.modality,
        "time": extraction.time,
        "subject_text": extraction.subject.text,
        "relation_text": extraction.relation_text,
        "object_text": extraction.object.text if extraction.objects else "",
        "arguments": [m.text for m in extraction.objects[1:] if m.kind in NODE_KINDS],
        "phrases": [p.text for p in extraction.arguments],
        "attributed_to": attributed_to,
        "attributed_to_text": (extraction.attributed_to.text
                               if extraction.attributed_to is not None else None),
        "rule": extraction.rule,
    }


def _noisy_or(values: Iterable[float]) -> float:
    remaining = 1.0
    for value in values:
        remaining *= 1.0 - value
    return round(1.0 - remaining, 4)


def _document_data(result: DocumentExtractions) -> dict[str, str]:
    """What the graph keeps of a document: its metadata and the pipeline that parsed it."""
    data = result.document.metadata
    if result.headline and "title" not in data:
        data["headline"] = result.headline
    if result.pipeline:
        data["pipeline"] = result.pipeline
    return data


# Pronoun classes (extractors.lexicon) that stand for a person or the one quoted.
_PERSONAL = frozenset({"speaker", "speakers", "masc", "fem"})


class _Ends:
    """The nodes an extraction's ends resolve to: a quoted ``I`` is its speaker, a quoted
    ``we`` the speaker's side (:func:`~.quotes.speaker_sides`)."""

    def __init__(self, resolution: Resolution,
                 speakers: dict[tuple[str, int], Mention] | None = None) -> None:
        self.resolution = resolution
        self.speakers = speakers or {}  # (doc, sentence start) → speaker of a quote going on
        self.sides: dict[str, str] = {}  # person → the side a quoted "we" of theirs is
        self.teams: dict[str, str] = {}  # person → the team "his side" is (.sides)
        self.typer: RelationTyper | None = None  # the mapping a pronoun's role must fit

    def node(self, extraction: Extraction, mention: Mention) -> str | None:
        if mention.kind == "concept" and (side := self.side_of(extraction, mention)):
            return side
        found = self.resolution.lookup(extraction.doc_id, mention)
        if found is None and mention.kind == "pronoun" and mention.label in ("speaker",
                                                                              "speakers"):
            if extraction.attributed_to is not None:
                found = self.source(extraction)
            elif (speaker := self.speakers.get((extraction.doc_id,
                                                extraction.sentence.start))) is not None:
                found = self.resolution.lookup(extraction.doc_id, speaker)
            if mention.label == "speakers" and self.type_of(found) == "Person":
                # "we": a person's side, if one is known; an object "us" is as often the
                # country or people at large: nobody. (A firm's or party's "we" is itself.)
                found = self.sides.get(found) if mention is extraction.subject else None
        return found

    def side_of(self, extraction: Extraction, mention: Mention) -> str | None:
        """The team or party ``Mourinho's side``, ``his party`` stand for (:mod:`.sides`);
        a team only as its clause's subject (a passive's too): an object ``his side`` is
        as often the subject of a clause misread (``accepted his side had not played``)."""
        noun, spans = owner_spans(extraction, mention)
        if noun != "party" and not (mention is extraction.subject
                                    or extraction.rule.startswith("passive")):
            return None
        named, teams = named_spans(extraction, mention)
        for start, end in teams:  # "France's side", "Mike Friday's England side"
            team = self.resolution.lookup(extraction.doc_id,
                                          replace(mention, start=start, end=end))
            if team is not None and self.type_of(team) in SIDE_NOUNS[named]:
                return team
        for start, end in spans:
            person = self.resolution.lookup(extraction.doc_id,
                                            replace(mention, start=start, end=end))
            if person is not None:
                side = (self.sides if noun == "party" else self.teams).get(person)
                return side if self.type_of(side) in SIDE_NOUNS[noun] else None
        return None

    def guessed_twice(self, extraction: Extraction) -> bool:
        """Whether a fact's subject is a quoted ``I``/``we`` given to the speaker of a
        quotation that goes on (:func:`~.quotes.continued_speakers`) and its object another
        pronoun for a thing or a group (``it``, ``them``): far from where the speaker is
        named, its antecedent is read wrong more often than right (9 of 11 on 300 BBC
        articles; a ``him`` or ``her`` was right 6 times of 7)."""
        subject, obj = extraction.subject, extraction.object
        return (extraction.attributed_to is None and subject.kind == "pronoun"
                and subject.label in ("speaker", "speakers") and obj.kind == "pronoun"
                and obj.label not in _PERSONAL
                and (extraction.doc_id, extraction.sentence.start) in self.speakers
                and self.resolution.lookup(extraction.doc_id, subject) is None)

    def speaker_itself(self, extraction: Extraction, mention: Mention,
                       node: str | None) -> bool:
        """Whether ``mention`` is a ``he``/``she`` of a quotation that goes on resolved to
        the quotation's own speaker, who would have said ``I`` (``"We have suspended
        him"``, said by X: him is not X)."""
        if (node is None or mention.kind != "pronoun" or mention.label not in ("masc", "fem")
                or extraction.attributed_to is not None):
            return False
        speaker = self.speakers.get((extraction.doc_id, extraction.sentence.start))
        return speaker is not None and self.resolution.lookup(extraction.doc_id,
                                                              speaker) == node

    def known(self, doc_id: str) -> Callable[[int, int], bool]:
        """Whether a span of document ``doc_id`` is a mention resolution knows."""
        return lambda start, end: (doc_id, start, end) in self.resolution.entity_of

    def source(self, extraction: Extraction) -> str | None:
        """The node of whom the fact is reported from, when that resolves to a node."""
        if extraction.attributed_to is None:
            return None
        return self.resolution.lookup(extraction.doc_id, extraction.attributed_to)

    def named(self, mention: Mention, node: str | None) -> Mention:
        """A resolved pronoun judged by what it stands for (``they`` → ``Colombian rebels``)."""
        if mention.kind != "pronoun" or node is None:
            return mention
        label = self.resolution.entities[node].label
        return Mention(  # made directly: dataclasses.replace reads the fields on each call
            text=label, start=mention.start, end=mention.end, kind=mention.kind,
            label=mention.label, head=label.split()[-1] if label else "",
            sentence=mention.sentence, dep=mention.dep, plural=mention.plural,
            clause=mention.clause)

    def type_of(self, node: str | None) -> str | None:
        return None if node is None else self.resolution.entities[node].type


def _same_entity(resolution: Resolution, doc_id: str) -> Callable[[Mention, Mention], bool]:
    """Whether two mentions of document ``doc_id`` resolve to one node."""
    def same(one: Mention, other: Mention) -> bool:
        node = resolution.lookup(doc_id, one)
        return node is not None and node == resolution.lookup(doc_id, other)
    return same


def _admit(extraction: Extraction, ends: _Ends) -> tuple[str | None, str | None, str | None]:
    """(subject node, object node, None) for an edge, else (…, …, the reason it is none)."""
    if not extraction.objects:
        return None, None, "no object (an event without a partner)"
    subject = ends.node(extraction, extraction.subject)
    obj = ends.node(extraction, extraction.object)
    reason = rejection(ends.named(extraction.subject, subject), ends.type_of(subject),
                       ends.named(extraction.object, obj), ends.type_of(obj),
                       extraction.sentence, extraction.relation, extraction.rule)
    if reason is None and subject == obj:
        reason = "subject and object are one entity"
    for mention, node in ((extraction.subject, subject), (extraction.object, obj)):
        if reason is None and ends.speaker_itself(extraction, mention, node):
            reason = f"'{mention.text}' in a quotation is not its own speaker"
    if reason is None and ends.guessed_twice(extraction):
        reason = f"'{extraction.object.text}' in a quotation that goes on: both ends guessed"
    if reason is None and extraction.object.kind == "pronoun" and ends.typer is not None \
            and ends.type_of(obj) != "Person":  # "his boss": a person's boss, whatever else
        # "Foro Penal ... in Venezuela, with its director": a country has no director, so
        # "its" was given to the wrong one (the mapping's kinds for the role say whose).
        role = ends.typer.role_misfit(extraction.relation, ends.type_of(obj) or "")
        if role is not None:
            reason = (f"'{extraction.object.text}' resolved to a {ends.type_of(obj)}, "
                      f"which has no {role}")
    return subject, obj, reason


def _interaction(typer: RelationTyper, extraction: Extraction, ends: _Ends,
                 subject: str | None, obj: str | None) -> bool:
    """Whether a fact has a PLOVER event type between its ends: a possessor's fact
    (``accept Blair's promise``) is one only as an interaction with the possessor."""
    kind = fact_type(typer, extraction,
                     typing_type(ends.type_of(subject) or "", extraction.subject.head),
                     typing_type(ends.type_of(obj) or "", extraction.object.head))
    return kind is not None and kind.event_type is not None


def _add_fact(facts: dict, seen: set, subject: str, obj: str,
              extraction: Extraction) -> None:
    """File ``extraction`` under its fact; two rules reading the same clause the same way
    give one piece of evidence, not two (``seen`` holds the places already filed)."""
    key = f"not {extraction.relation}" if extraction.negated else extraction.relation
    where = (subject, obj, key, extraction.doc_id, extraction.sentence.start,
             extraction.subject.start, extraction.object.start)
    if where not in seen:
        seen.add(where)
        facts.setdefault((subject, obj, key), []).append(extraction)


def _rejected_record(extraction: Extraction, reason: str, source: str | None) -> dict:
    record = _evidence(extraction, source)
    record.update(relation=extraction.relation, negated=extraction.negated, reason=reason)
    return record


def _node_data(entity: Entity) -> dict:
    ranked = sorted(entity.aliases.items(), key=lambda kv: (-kv[1], kv[0]))
    return dict(label=entity.label, type=entity.type, aliases=[a for a, _ in ranked],
                alias_counts=dict(ranked), merge_reasons=dict(sorted(entity.reasons.items())),
                mentions=entity.mentions, demonyms=list(entity.demonyms),
                documents=dict(entity.documents))


def build_graph(results: Iterable[DocumentExtractions],
                aliases: Aliases | None = None,
                relations: list[RelationType] | None = None,
                prepared: Prepared | None = None) -> KnowledgeGraph:
    """Resolve entities across ``results`` and merge their facts into one graph.

    Every named entity becomes a node; an extraction becomes an edge only when
    :func:`~.admission.rejection` finds nothing against it, else it is kept in
    ``KnowledgeGraph.rejected`` with the reason.
    ``aliases``: the user's alias table (:func:`kgbuilder.graph.read_aliases`);
    ``relations``: the user's relation-mapping rows (:func:`~.relations.read_relations`),
    tried before the shipped ones; ``prepared``: documents resolved on their own while
    they were extracted (:class:`~.merge.Prepared`).
    """
    typer = RelationTyper(relations)
    results = sorted(results, key=lambda r: r.document.id)
    resolution = resolve(results, aliases, prepared)
    ends = _Ends(resolution, {(r.document.id, start): speaker for r in results
                              for start, speaker in continued_speakers(
                                  r.extractions, _same_entity(resolution, r.document.id)
                              ).items()})
    ends.typer = typer
    ends.sides = speaker_sides((e for r in results for e in r.extractions), ends.node,
                               ends.type_of)
    ends.teams = team_sides((e for r in results for e in r.extractions), ends.node,
                            ends.type_of)
    graph = nx.MultiDiGraph()
    graph.graph["documents"] = {r.document.id: _document_data(r) for r in results}
    facts: dict[tuple[str, str, str], list[Extraction]] = {}
    seen: set[tuple] = set()  # places of evidence already filed
    left_out: list[tuple[Extraction, str, str | None]] = []
    owned = OwnedFigures()  # figures of owners, named or bare after them
    for result in results:
        listed = member_groups(result)
        for extraction in fanned_out(result.extractions, group_members(result)):
            subject, obj, reason = _admit(extraction, ends)
            if reason is not None:
                left_out.append((extraction, reason, ends.source(extraction)))
            else:
                _add_fact(facts, seen, subject, obj, extraction)
            for further in [*argument_facts(extraction),  # kept only when worth an edge
                            *role_facts(extraction, ends.known(extraction.doc_id)),
                            *member_facts(extraction, listed),
                            *office_facts(extraction, ends.known(extraction.doc_id))]:
                subject, obj, reason = _admit(further, ends)
                if reason is None:
                    _add_fact(facts, seen, subject, obj, further)
            for further in owned.facts(extraction, ends.known(extraction.doc_id)):
                subject, obj, reason = _admit(further, ends)
                if reason is None and ends.type_of(obj) in VALUE_TYPES:
                    _add_fact(facts, seen, subject, obj, further)
            for further in possessor_facts(extraction, ends.known(extraction.doc_id)):
                subject, obj, reason = _admit(further, ends)
                if reason is None and _interaction(typer, further, ends, subject, obj):
                    _add_fact(facts, seen, subject, obj, further)
        for joint in reciprocal_facts(result.extractions):
            subject, obj, reason = _admit(joint, ends)
            if reason is None:
                _add_fact(facts, seen, subject, obj, joint)
    sources = {ends.source(e) for group in facts.values() for e in group}
    named = {n for n, e in resolution.entities.items() if e.type in NAMED_TYPES}
    used = sorted(named | {n for s, o, _ in facts for n in (s, o)} | (sources - {None}))
    for node in used:
        graph.add_node(node, **_node_data(resolution.entities[node]))
    for (subject, obj, key), extractions in sorted(facts.items()):
        evidence = sorted((_evidence(e, ends.source(e)) for e in extractions),
                          key=lambda ev: (-ev["confidence"], ev["doc"], ev["char_start"]))
        best = evidence[0]
        first = extractions[0]
        types = (typing_type(graph.nodes[subject]["type"], first.subject.head),
                 typing_type(graph.nodes[obj]["type"], first.object.head))
        kind = fact_type(typer, first, *types)
        graph.add_edge(
            subject, obj, key=key, relation=first.relation, negated=first.negated,
            confidence=_noisy_or(ev["confidence"] for ev in evidence),
            modality=best["modality"], time=best["time"], doc=best["doc"],
            sentence=best["sentence"], char_start=best["char_start"],
            char_end=best["char_end"], attributed_to=best["attributed_to"],
            asserted=any(ev["modality"] is None for ev in evidence) and not first.negated,
            wikidata_property=kind.wikidata_property if kind else None,
            wikidata_inverse=kind.inverse if kind else False,
            event_type=kind.event_type if kind else None,
            evidence=evidence,
        )
    stats = {
        "documents": len(results),
        "sentences": sum(r.sentences for r in results),
        "extractions": sum(len(r.extractions) for r in results),
        "entities": graph.number_of_nodes(),
        "facts": graph.number_of_edges(),
        "rejected": len(left_out),
    }
    graph.graph["stats"] = stats
    return KnowledgeGraph(graph=graph, resolution=resolution, stats=stats, left_out=left_out)
