"""Swapping a pipeline component for an exact equivalent of ours, under its own name."""

from __future__ import annotations

from spacy.language import Language


def replace_pipe(nlp: Language, name: str, factory: str) -> Language:
    """``nlp`` with component ``name`` replaced by one made by ``factory`` (which reads
    the component it replaces, so it is added before that one is removed), keeping the
    name and the place in the pipeline."""
    nlp.add_pipe(factory, before=name)
    nlp.remove_pipe(name)
    nlp.rename_pipe(factory, name)
    return nlp
