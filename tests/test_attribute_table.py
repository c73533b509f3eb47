"""The attribute table does exactly what spaCy's attribute ruler does, only faster."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from kgbuilder.extractors import load_pipeline
from kgbuilder.extractors.attribute_table import (
    AttributeTable,
    attribute_table,
    use_attribute_table,
)
from kgbuilder.extractors.lemma_table import LemmaTable, lemma_table
from kgbuilder.extractors.pipeline import DEFAULT_MODELS
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
COLUMNS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]

# Our own sentences with what the English rules single out: contractions, dropped
# letters, whitespace tokens, auxiliaries, determiners, subordinators.
SENTENCES = [
    "I'd say they ain't coming, y' know, and he's nothin' if not stubborn.",
    "We don't know whether the  plan will work,\n\nthough that's what they hope.",
    "Gonna be a long night: the ministers haven't agreed  and won't until Friday.",
    # for the lemma table: irregular forms (exceptions), hyphenated and numeric forms
    # (not alphabetic), unknown words (out of the index), proper nouns, base forms
    "The geese were better fed than the mice, who'd co-operated on 3D-printed feeders.",
    "Autumn leaves and their lives fell as blorfing zanders outran Smithsons' oxen;"
    " she fled, they flew, we'd flied.",
]


def _original():
    for name in DEFAULT_MODELS:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("kgbuilder_line_breaks", before="parser")
        return nlp
    pytest.skip("no English pipeline installed")


def test_the_default_pipeline_runs_the_table(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaTable)
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")


def test_every_annotation_is_the_rulers(nlp):
    """Seed articles and our sentences come out token for token the same, but for the
    silent-e verbs spaCy reads as another verb (``hoping`` → ``hop``), corrected."""
    original = _original()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + SENTENCES
    tokens = corrected = 0
    others = [c for c in COLUMNS if c != LEMMA]
    for ours, theirs in zip(nlp.pipe(texts), original.pipe(texts), strict=True):
        assert numpy.array_equal(ours.to_array(others), theirs.to_array(others))
        assert [str(t.morph) for t in ours] == [str(t.morph) for t in theirs]
        for mine, spacys in zip(ours, theirs, strict=True):
            if mine.lemma_ != spacys.lemma_:
                assert mine.pos_ == "VERB" and mine.lemma_ == spacys.lemma_ + "e", mine.text
                corrected += 1
        tokens += len(ours)
    assert tokens > 3000 and corrected < tokens / 1000


@pytest.mark.parametrize("text, lemmas", [
    ("She hopes, hoped and is hoping.", ["hope", "hope", "hope"]),
    ("They rated it, dined and were fined.", ["rate", "dine", "fine"]),
    ("He hops, hopped and is hopping.", ["hop", "hop", "hop"]),      # the real hop
    ("It used, visited, planned and is singing.", ["use", "visit", "plan", "sing"]),
])
def test_silent_e_verbs_get_their_own_lemma(nlp, text, lemmas):
    """spaCy's rules try the e-less stem first (``hoping`` → ``hop``); English doubles a
    consonant-vowel-consonant stem's consonant (``hopping``), so an undoubled form is
    the silent-e verb's."""
    assert [t.lemma_ for t in nlp(text) if t.pos_ == "VERB"] == lemmas


def _ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for pattern, attrs, index in patterns:
        ruler.add([pattern], attrs, index=index)
    return nlp, ruler


def test_later_rules_win_and_span_rules_set_their_token():
    nlp, ruler = _ruler([
        ([{"LOWER": {"IN": ["go", "went"]}}], {"LEMMA": "go", "POS": "VERB"}, 0),
        ([{"LOWER": "went"}], {"LEMMA": "wend"}, 0),
        ([{"LOWER": "gon"}, {"LOWER": "na"}], {"LEMMA": "going", "POS": "AUX"}, 0),
        ([{"LOWER": "gon"}, {"LOWER": "na"}], {"LEMMA": "to"}, -1),
        ([{"LOWER": {"REGEX": "^y'?$"}}], {"LEMMA": "you"}, 0),
        ([{"LOWER": {"NOT_IN": ["go", "went", "gon", "na", "y'", "y"]}}], {"POS": "X"}, 0),
    ])
    table = attribute_table(ruler)
    assert table is not None
    text = "We went, gon na go , y' know , and you went ."
    expected = ruler(nlp.make_doc(text))
    got = table(nlp.make_doc(text))
    assert [(t.lemma_, t.pos_) for t in got] == [(t.lemma_, t.pos_) for t in expected]
    assert got[1].lemma_ == "wend" and got[3].lemma_ == "going" and got[4].lemma_ == "to"
    assert got[7].lemma_ == "you" and got[0].pos_ == "X"


def test_a_ruler_the_table_cannot_do_is_kept():
    nlp, ruler = _ruler([([{"LOWER": "very", "OP": "+"}], {"LEMMA": "very"}, 0)])
    assert attribute_table(ruler) is None
    assert use_attribute_table(nlp).get_pipe("attribute_ruler") is ruler


def test_load_pipeline_keeps_every_component_name():
    nlp = load_pipeline()
    assert nlp.pipe_names == [name for name in _original().pipe_names]


def test_the_lemma_table_keeps_lemmas_set_before_it_unless_told_to_overwrite():
    """``overwrite`` as spaCy has it: a lemma an earlier component set stays, or is redone."""
    original = _original()
    texts = ["The mice were fed.", "He'd gone."]
    for overwrite in (False, True):
        lemmatizer = original.get_pipe("lemmatizer")
        lemmatizer.overwrite = overwrite
        table = lemma_table(lemmatizer)
        assert table is not None
        for text in texts:
            doc = original(text, disable=["lemmatizer"])
            doc[0].lemma_ = "PRESET"
            expected = [t.lemma_ for t in lemmatizer(original(text, disable=["lemmatizer"]))]
            got = [t.lemma_ for t in table(doc)]
            assert got[1:] == expected[1:]
            assert got[0] == (expected[0] if overwrite else "PRESET")


def test_a_lemmatizer_reading_context_is_kept():
    """A subclass may look beyond word, POS and morphology: no table for it."""
    from spacy.pipeline import Lemmatizer

    class Contextual(Lemmatizer):
        pass

    lemmatizer = _original().get_pipe("lemmatizer")
    lemmatizer.__class__ = Contextual
    assert lemma_table(lemmatizer) is None
