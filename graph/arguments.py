"""Facts a clause's further arguments state: ``Lucas won awards for Little Britain`` →
Lucas –win for→ Little Britain besides Lucas –win→ awards.

An extraction's first object is its edge; each further argument that names something is
its own fact, the relation joined with the argument's preposition (read from the
argument phrase as written). Such a fact is typed only by a mapping row for its whole
relation (``win for`` is no award received), and its evidence is the same extraction,
its rule marked ``+argument``.
"""

from __future__ import annotations

from dataclasses import replace

from kgbuilder.extractors.records import NODE_KINDS, Extraction, Mention

ARGUMENT_RULE = "+argument"


def preposition_of(extraction: Extraction, mention: Mention) -> str | None:
    """The preposition the phrase holding ``mention`` opens with (``for`` in ``for Little
    Britain``), or None when the phrase has none."""
    for phrase in extraction.arguments[1:]:
        if phrase.start <= mention.start < phrase.end and phrase.start < mention.start:
            words = phrase.text[:mention.start - phrase.start].split()
            if words and words[0].isalpha() and words[0].islower():
                return words[0]
    return None


def argument_facts(extraction: Extraction) -> list[Extraction]:
    """One extraction per further argument with a preposition, as a fact of its own."""
    found = []
    for mention in extraction.objects[1:]:
        if mention.kind not in NODE_KINDS:
            continue
        preposition = preposition_of(extraction, mention)
        if preposition and not extraction.relation.endswith(f" {preposition}"):
            found.append(replace(extraction, relation=f"{extraction.relation} {preposition}",
                                 objects=(mention,), rule=extraction.rule + ARGUMENT_RULE))
    return found
