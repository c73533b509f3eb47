"""Definite nominals (``the band``): mentions after an entity of unsure kind stay
undecided; two decided mentions that agree still merge the nominal, one does not."""

from __future__ import annotations

from kgbuilder.extractors import Document, extract_doc
from kgbuilder.graph.clusters import Cluster
from kgbuilder.graph.nominals import nominal_targets
from kgbuilder.graph.pronouns import Seen
from kgbuilder.graph.resolve import document_clusters


def cluster(key: str, type_: str, spans: list[tuple[int, int]]) -> Cluster:
    return Cluster(key=key, label=key.removeprefix("concept:"), types={type_: 1},
                   aliases={key.removeprefix("concept:"): 1},
                   mentions=[("d", s, e) for s, e in spans])


def seen(start: int, sentence: int, c: Cluster) -> Seen:
    return Seen(start=start, sentence=sentence, subject=True, plural=False, cluster=c)


def history_with_an_unsure_name(band: Cluster) -> list[Seen]:
    unsure = cluster("zorbo", "Thing", [(300, 305)])  # a name NER gave no type
    return [seen(0, 0, band), seen(300, 3, unsure)]


def test_two_agreeing_mentions_decide_for_an_undecided_one():
    band = cluster("velvet storm", "Organization", [(0, 12)])
    nominal = cluster("concept:band", "Concept", [(100, 104), (200, 204), (400, 404)])
    definite = {(100, 104), (200, 204), (400, 404)}
    pairs = nominal_targets([band, nominal], definite, history_with_an_unsure_name(band))
    assert [(n.key, e.key) for n, e in pairs] == [("concept:band", "velvet storm")]


def test_one_decided_mention_is_not_enough():
    band = cluster("velvet storm", "Organization", [(0, 12)])
    nominal = cluster("concept:band", "Concept", [(100, 104), (400, 404)])
    definite = {(100, 104), (400, 404)}
    assert nominal_targets([band, nominal], definite, history_with_an_unsure_name(band)) == []


def test_a_nominal_finds_the_full_name_its_last_short_form_joined(nlp):
    text = ('England will play Wales without Tom Hale, coach Andy Reed said. "Tom is not fit '
            'yet." The 25-year-old has not played for England since the World Cup final.')
    clusters = document_clusters(extract_doc(nlp(text), Document("d", text)))
    [hale] = [c for c in clusters if c.key == "tom hale"]
    assert "25-year-old" in hale.aliases


def _merged_into(nlp, text: str, nominal: str) -> str | None:
    clusters = document_clusters(extract_doc(nlp(text), Document("d", text)))
    return next((c.key for c in clusters if nominal in c.aliases
                 and not c.key.startswith("concept:")), None)


CHARITY_SINGLE = ("His next single, Now Or Never, will face a challenge from the tsunami "
                  "charity single Grief Never Grows Old. ")


def test_a_nominal_finds_the_work_introduced_with_its_words(nlp):
    text = CHARITY_SINGLE + "Cliff Richard and Bill Wyman will feature on the charity song."
    assert _merged_into(nlp, text, "charity song") == "grief never grows old"


def test_a_work_nominal_without_such_words_stays_a_concept(nlp):
    for nominal in ("song", "new song"):
        text = CHARITY_SINGLE + f"Cliff Richard and Bill Wyman will feature on the {nominal}."
        assert _merged_into(nlp, text, nominal) is None


def test_the_station_is_the_broadcaster_named_before(graph_of):
    from conftest import edges_between

    g = graph_of("Radio Wessex launched a digital service on Monday. The station, in "
                 "partnership with Norbel, will broadcast on mobile networks.")
    assert [d["relation"] for d in edges_between(g, "Radio Wessex", "Norbel")] == [
        "broadcast in partnership with"]
