"""A work's title the parse cuts into pieces (real spaCy parse): each piece is the work
when NER finds the whole title more than once; a title found once is left alone."""

from __future__ import annotations

from conftest import edges_between
from kgbuilder.extractors.records import Mention
from kgbuilder.graph import find_node
from kgbuilder.graph.mention_cues import title_pieces


def _work(text: str, start: int) -> Mention:
    return Mention(text, start, start + len(text), "entity", "WORK_OF_ART", text.split()[-1])


def test_a_piece_of_a_title_named_twice_is_the_title():
    title, again = _work("Fool Such As I", 2), _work("Fool Such As I", 60)
    piece = Mention("Fool", 2, 6, "entity", "ORG", "Fool")
    speaker = Mention("I", 15, 16, "pronoun", "speaker", "I")
    assert title_pieces([title, piece, speaker, again]) == {(2, 6): (2, 16), (15, 16): (2, 16)}


def test_a_title_named_once_keeps_its_pieces():
    title = _work("Stuff and What Hi", 0)
    assert title_pieces([title, Mention("Stuff", 0, 5, "entity", "ORG", "Stuff")]) == {}


def test_the_cut_subject_of_a_title_becomes_the_work(graph_of):
    g = graph_of("A Fool Such As I, the next in a series of 18 reissues, is on course to "
                 "beat the Chemical Brothers to the top. A Fool Such As I was first "
                 "released in 1959.")
    assert edges_between(g, "Fool Such As I", "Chemical Brothers")
    assert find_node(g, "Fool") in (None, find_node(g, "Fool Such As I"))
