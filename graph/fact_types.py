"""Which mapping row types a fact, by how the fact was read.

A plain clause is typed by its relation's rows, verb rows included (:meth:`~.relations.
RelationTyper.type_of`). A fact read another way asks less: one of a further argument
(``win awards for``) or of a verb object's named partner (``announce partnership with``)
only by a row for its whole relation, for the verb with its preposition (``win for``; the
folded noun dropped, never a particle) or, for a partner, for the noun with it
(``partnership with``, unless the verb ends the thing: ``ruled out a coalition with``);
one told of a ``whose`` clause's antecedent or of what a verb calls its object (``call
giant``) only by a row for its whole relation; a possessor's fact keeps only an event type,
and one whose verb's row takes no actor object is typed by the owned thing (``denied
Bellamy's claim``: REJECT, though ``deny`` takes no person).
The rule's reading is passed on: a role read off a title or an apposition (``Oscar host X``:
``host of``) is never typed by a verb row for its first word, a verb with its preposition
(``head to``) never by a role row.
"""

from __future__ import annotations

from dataclasses import replace

from kgbuilder.extractors.lexicon import PREDICATE_PARTICLES
from kgbuilder.extractors.records import (
    PARTNER_RULE,
    PREDICATED_RULE,
    WHOSE_RULE,
    Extraction,
)

from .arguments import ARGUMENT_RULE, POSSESSOR_RULE, without_thing
from .lexicon import REVERSING_VERBS
from .relations import KINDS, RelationType, RelationTyper

# The rule of an answer to a party's claim or offer ("Bellamy's claim was denied by X":
# deny claim of → Bellamy; extractors/supported.py): its object owns what the verb acts on.
RESPONSE_READING = "response"


def fact_type(typer: RelationTyper, fact: Extraction, subject_type: str,
              object_type: str) -> RelationType | None:
    """The row that types ``fact`` between ends of these (typing) types, or None."""
    rule, relation = fact.rule, fact.relation
    further = rule.endswith(ARGUMENT_RULE) or PARTNER_RULE in rule
    kind = typer.type_of(relation, subject_type, object_type,
                         exact=further or WHOSE_RULE in rule or PREDICATED_RULE in rule,
                         reading=rule.split("+", 1)[0])
    words = relation.split()
    if kind is None and PARTNER_RULE in rule and REVERSING_VERBS.isdisjoint(words[:-2]):
        kind = typer.type_of(" ".join(words[-2:]), subject_type, object_type, exact=True)
    if kind is None and further and len(words) > 2 and words[-2] not in PREDICATE_PARTICLES:
        kind = typer.type_of(without_thing(relation), subject_type, object_type, exact=True)
    owned = rule.endswith(POSSESSOR_RULE) or rule.split("+", 1)[0] == RESPONSE_READING
    if kind is None and owned and object_type in KINDS["actor"]:
        # the verb's own object is the claim, no actor ("denied Bellamy's claim": REJECT,
        # though denying a person is no rejection): an event row for that thing
        kind = typer.type_of(relation, subject_type, "Concept")
        kind = kind if kind is not None and kind.event_type else None
    if kind is not None and rule.endswith(POSSESSOR_RULE):  # the promise is not owned
        kind = replace(kind, wikidata_property=None, inverse=False) \
            if kind.event_type else None
    return kind
