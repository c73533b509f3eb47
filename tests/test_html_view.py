"""graph.html as a new reader meets it, in real headless Chromium: a legible opening view,
facts grouped and ranked once each, search that forgives accents, typed-relation filters."""

from __future__ import annotations

import unicodedata

import networkx as nx
import pytest
from conftest import SEEDS
from kgbuilder.exports import render_html
from kgbuilder.exports.html import importance
from kgbuilder.exports.view_data import TYPE_COLOURS, document_titles, relation_type
from test_html_browser import CHROMIUM, entities, open_page
from test_html_browser import browser as browser  # noqa: F401  (the module's fixture)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed")


def fold(text: str) -> str:
    """Lower case without accents, as a reader types a name."""
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c)).lower()


def linked(graph: nx.MultiDiGraph, shown: set[str]) -> set[str]:
    """The nodes of ``shown`` in a fact with another node of ``shown``."""
    return {n for u, v in graph.edges() if u != v and u in shown and v in shown for n in (u, v)}


def test_opening_view_draws_the_top_names_readable_and_no_concept(browser, seed_out, seed_kg):
    graph = seed_kg.graph
    named = entities(graph)
    top = sorted(named, key=lambda n: (-importance(graph, n), n))[:10]
    page, errors, _ = open_page(browser, seed_out / "graph.html")
    assert set(page.evaluate("Object.keys(kg.network.body.nodes)")) == named  # no Concept
    drawn = page.evaluate("""ids => {
        const s = kg.network.getScale();
        const r = document.getElementById('network').getBoundingClientRect();
        return ids.map(id => {
            const n = kg.network.body.nodes[id], p = kg.network.canvasToDOM({x: n.x, y: n.y});
            return {id, px: n.options.font.size * s, x: p.x, y: p.y, w: r.width, h: r.height};
        }); }""", top)
    for node in drawn:  # on screen, label at least 12 px
        assert node["px"] >= 12, node
        assert 0 <= node["x"] <= node["w"] and 0 <= node["y"] <= node["h"], node
    # Nodes in no drawn fact stand in a block below (tall canvas) or right of the rest.
    joined = linked(graph, named)
    apart = named - joined
    assert apart
    where = "ids => ids.map(id => kg.network.getPositions([id])[id])"
    block, rest = page.evaluate(where, sorted(apart)), page.evaluate(where, sorted(joined))
    tall = page.evaluate("(r => r.height > r.width)"
                         "(document.getElementById('network').getBoundingClientRect())")
    axis = "y" if tall else "x"
    assert min(p[axis] for p in block) > max(p[axis] for p in rest)
    # Edge labels wait for a zoom, a hover or a selection.
    assert page.evaluate("""Object.values(kg.network.body.edges).filter(e => e.connected)
        .every(e => e.options.font.size * kg.network.getScale() < 4)""")
    assert errors == []


def panel_facts(page) -> list[dict]:
    """The fact lines of the open panel, by group, as drawn."""
    return page.evaluate("""[...document.querySelectorAll('#details section.group')].flatMap(sec =>
        [...sec.querySelectorAll('details.fact')].map(d => ({
            type: sec.dataset.type,
            words: [...d.querySelectorAll('summary > span')].slice(0, 3).map(x => x.textContent),
            named: d.dataset.named === '1', confidence: Number(d.dataset.confidence),
            sources: Number(d.dataset.sources), partner: d.dataset.partner })))""")


def expected_facts(graph: nx.MultiDiGraph, node: str) -> dict[tuple[str, str, str], dict]:
    """Each distinct fact of ``node`` (subject, relation as drawn, object), with its rank keys."""
    facts: dict[tuple[str, str, str], dict] = {}
    for u, v, data in graph.edges(data=True):
        if node not in (u, v):
            continue
        text = ("not " if data["negated"] else "") + data["relation"]
        text += f" ({data['modality']})" if data["modality"] else ""
        key = (graph.nodes[u]["label"], text, graph.nodes[v]["label"])
        partner = v if u == node else u
        fact = facts.setdefault(key, {"named": graph.nodes[partner]["type"] != "Concept",
                                      "confidence": 0.0, "docs": set(),
                                      "type": relation_type(data)})
        fact["confidence"] = max(fact["confidence"], data["confidence"])
        fact["docs"] |= {ev["doc"] for ev in data["evidence"]}
    return facts


def test_clicking_a_node_lists_each_fact_once_ranked(browser, seed_out, seed_kg):
    graph = seed_kg.graph
    node = max(entities(graph), key=lambda n: (importance(graph, n), n))
    page, errors, _ = open_page(browser, seed_out / "graph.html")
    pos = page.evaluate(f"""(() => {{
        const c = kg.network.canvasToDOM(kg.network.getPositions(['{node}'])['{node}']);
        const r = document.getElementById('network').getBoundingClientRect();
        return {{x: c.x + r.left, y: c.y + r.top}}; }})()""")
    page.mouse.click(pos["x"], pos["y"])
    assert page.inner_text("#details h2") == graph.nodes[node]["label"]
    lines = panel_facts(page)
    expected = expected_facts(graph, node)
    drawn = [tuple(line["words"]) for line in lines]
    assert len(drawn) == len(set(drawn)) and set(drawn) == set(expected)
    for line in lines:
        fact = expected[tuple(line["words"])]
        assert line["type"] == fact["type"] and line["named"] == fact["named"]
        assert line["confidence"] == pytest.approx(fact["confidence"])
        assert line["sources"] == len(fact["docs"])
    # Within a group: named partners first, then confidence, then sources; the groups in
    # the order of their best fact.
    rank = [(-line["named"], -line["confidence"], -line["sources"]) for line in lines]
    groups: dict[str, list] = {}
    for line, key in zip(lines, rank, strict=True):
        groups.setdefault(line["type"], []).append(key)
    assert all(keys == sorted(keys) for keys in groups.values())
    firsts = [keys[0] for keys in groups.values()]
    assert firsts == sorted(firsts)
    # Documents by their title or first line, never by their id.
    for summary in page.locator("#details summary").all():
        summary.click()
    panel = page.inner_text("#details")
    titles = document_titles(graph)
    assert not [doc for doc in graph.graph["documents"] if doc in panel]
    untitled = [d for d, meta in graph.graph["documents"].items() if not meta.get("title")]
    assert untitled
    for doc in untitled:
        first_line = " ".join((SEEDS / f"{doc}.txt").read_text().strip().splitlines()[0].split())
        assert first_line.startswith(titles[doc].removesuffix(" …"))
        assert titles[doc] in panel
    assert errors == []


def test_search_forgives_case_and_accents_and_says_no_match(browser, seed_out, seed_kg):
    graph = seed_kg.graph
    named = sorted(entities(graph))
    page, errors, _ = open_page(browser, seed_out / "graph.html")
    for node in named:  # every alias, typed in lower case without accents, finds its node
        for alias in [graph.nodes[node]["label"], *graph.nodes[node]["aliases"]]:
            assert node in page.evaluate("q => kg.matches(q)", fold(alias)), (node, alias)
    accented = next(n for n in named if fold(graph.nodes[n]["label"]) != graph.nodes[n]["label"]
                    .lower())
    surname = fold(graph.nodes[accented]["label"].split()[-1])
    page.fill("#search", surname)  # suggestions while typing
    options = page.locator("#suggestions li")
    assert options.count() >= 1
    assert graph.nodes[accented]["label"] in page.inner_text("#suggestions")
    assert page.is_hidden("#no-match")
    page.fill("#search", fold(graph.nodes[accented]["label"]))
    page.press("#search", "Enter")
    page.wait_for_function(f"kg.network.getSelectedNodes()[0] === '{accented}'")
    nonsense = "qxzvj"
    assert not any(nonsense in fold(a) for n in graph for a in [graph.nodes[n]["label"],
                                                                 *graph.nodes[n]["aliases"]])
    page.fill("#search", nonsense)
    assert page.is_visible("#no-match") and nonsense in page.inner_text("#no-match")
    assert page.locator("#suggestions li").count() == 0
    assert errors == []


def test_showing_concepts_draws_them_and_a_search_for_one_turns_them_on(browser, seed_out,
                                                                        seed_kg):
    graph = seed_kg.graph
    concept = max((n for n in graph if n not in entities(graph)),
                  key=lambda n: (importance(graph, n), n))
    page, errors, _ = open_page(browser, seed_out / "graph.html")
    assert page.evaluate(f"kg.focusNode({graph.nodes[concept]['label']!r})") == concept
    assert page.is_checked("#concepts")
    assert page.evaluate("kg.nodeView.length") == graph.number_of_nodes()
    page.click("#concepts")
    assert set(page.evaluate("kg.nodeView.getIds()")) == entities(graph)
    assert errors == []


def test_titles_come_from_title_then_headline_then_first_evidence():
    graph = nx.MultiDiGraph(documents={"a": {"title": "A title"}, "b": {"headline": "B head\nx"},
                                       "c": {}, "d": {}})
    graph.add_node("x", label="X", type="Person")
    for start, sentence in ((40, "Later words."), (0, "First words of c."), (10, "B body.")):
        doc = "c" if start != 10 else "b"
        graph.add_edge("x", "x", relation="r", evidence=[{"doc": doc, "char_start": start,
                                                          "sentence": sentence}])
    titles = document_titles(graph)
    assert titles == {"a": "A title", "b": "B head", "c": "First words of c.",
                      "d": "Untitled document"}


def test_type_colours_are_told_apart():
    rgb = {t: tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for t, c in TYPE_COLOURS.items()}
    closest = min((sum((a - b) ** 2 for a, b in zip(rgb[s], rgb[t], strict=True))) ** 0.5
                  for s in rgb for t in rgb if s < t)
    assert closest > 75


def typed_graph() -> nx.MultiDiGraph:
    """A small graph with the typed-relation attributes, dates and one node in no fact."""
    docs = {"d1": {"title": "One", "date": "2025-01-10"},
            "d2": {"date": "2025-03-01", "headline": "Headline of two"}}
    graph = nx.MultiDiGraph(documents=docs)
    for node, label, kind in (("ana", "Ana Pérez", "Person"), ("fre", "Freedonia", "Country"),
                              ("acme", "Acme Corp", "Organization"), ("bo", "Bo Li", "Person"),
                              ("plan", "the plan", "Concept"), ("cy", "Cy Alone", "Person")):
        graph.add_node(node, label=label, type=kind, aliases=[label], mentions=2,
                       alias_counts={label: 2})

    def fact(u, v, relation, doc, key=None, negated=False, **typed):
        sentence = f"{graph.nodes[u]['label']} {relation} {graph.nodes[v]['label']}."
        evidence = {"doc": doc, "sentence": sentence, "char_start": 0, "char_end": len(sentence),
                    "subject_text": graph.nodes[u]["label"], "relation_text": relation,
                    "object_text": graph.nodes[v]["label"]}
        graph.add_edge(u, v, key=key or relation, relation=relation, negated=negated,
                       modality=None, confidence=0.8, evidence=[evidence], **typed)

    fact("ana", "fre", "meet with", "d1", event_type="CONSULT")
    fact("ana", "fre", "meet with", "d2", key="meet with 2", event_type="CONSULT")  # same fact
    fact("ana", "acme", "chair", "d2", wikidata_property="P488", wikidata_inverse=False)
    fact("bo", "fre", "meet", "d2", event_type="CONSULT")
    fact("ana", "plan", "announce", "d1")
    fact("fre", "bo", "be good to", "d1", key="not be good to", negated=True)
    return graph


def test_typed_relations_group_and_filter_dates_and_label_edges(browser, tmp_path):
    graph = typed_graph()
    page_file = tmp_path / "typed.html"
    page_file.write_bytes(render_html(graph))
    page, errors, _ = open_page(browser, page_file)
    options = page.eval_on_selector_all("#relation option", "os => os.map(o => o.value)")
    assert {"CONSULT", "chairperson (P488)", "announce", "be good to"} <= set(options)
    labels = page.evaluate("kg.allEdges.get().map(e => e.label)")
    assert "not be good to" in labels  # a denial says so
    page.select_option("#relation", "CONSULT")
    assert set(page.evaluate("kg.nodeView.getIds()")) == {"ana", "fre", "bo"}
    page.select_option("#relation", "")
    assert page.is_visible("#date-from")
    page.fill("#date-from", "2025-02-01")
    page.dispatch_event("#date-from", "change")
    assert set(page.evaluate("kg.nodeView.getIds()")) == {"ana", "fre", "acme", "bo"}
    shown = page.evaluate("kg.edgeView.get().map(e => [e.from, e.to, e.relation])")
    assert sorted(map(tuple, shown)) == [("ana", "acme", "chair"), ("ana", "fre", "meet with"),
                                         ("bo", "fre", "meet")]
    page.fill("#date-from", "")
    page.dispatch_event("#date-from", "change")
    assert "cy" in page.evaluate("kg.nodeView.getIds()")  # named, in no fact, still drawn
    page.evaluate("kg.focusNode('ana perez')")
    lines = panel_facts(page)
    assert [tuple(line["words"]) for line in lines] == [
        ("Ana Pérez", "meet with", "Freedonia"), ("Ana Pérez", "chair", "Acme Corp"),
        ("Ana Pérez", "announce", "the plan")]  # named first; the two edges are one line
    assert [line["type"] for line in lines] == ["CONSULT", "chairperson (P488)", "announce"]
    assert lines[0]["sources"] == 2 and not lines[2]["named"]
    for summary in page.locator("#details summary").all():
        summary.click()
    panel = page.inner_text("#details")
    assert "Headline of two · 2025-03-01" in panel and "One · 2025-01-10" in panel
    # The selected node's edge labels are drawn (>= 12 px, on a background), no others.
    sizes = page.evaluate("""Object.values(kg.network.body.edges).filter(e => e.connected)
        .map(e => [e.fromId, e.toId, e.options.font.size * kg.network.getScale(),
                   e.options.font.background])""")
    assert len(sizes) == 5  # the concept is not drawn, nor its edge
    for u, v, px, background in sizes:
        assert (px >= 12) == ("ana" in (u, v)) and background
    assert errors == []


def test_more_names_appear_as_the_user_zooms_in(browser, tmp_path):
    graph = nx.MultiDiGraph(documents={"d": {"title": "T"}})
    for i in range(150):  # a few hubs, many small nodes, as in news
        label = f"Node {i}"
        graph.add_node(f"n{i}", label=label, type="Person" if i % 2 else "Organization",
                       aliases=[label], mentions=1 + 300 // (i + 1), alias_counts={label: 1})
    for i in range(1, 150):
        graph.add_edge(f"n{i}", f"n{i // 4}", key="meet", relation="meet", negated=False,
                       modality=None, confidence=0.7, evidence=[{"doc": "d", "sentence": "S.",
                                                                 "char_start": i}])
    page_file = tmp_path / "tree.html"
    page_file.write_bytes(render_html(graph))
    page, errors, _ = open_page(browser, page_file)
    top = sorted(graph, key=lambda n: (-importance(graph, n), n))[:10]
    named = """() => { const s = kg.network.getScale();
        return Object.values(kg.network.body.nodes).filter(n => n.options.font.size * s
            >= n.options.scaling.label.drawThreshold - 1).map(n => n.id); }"""
    drawn = set(page.evaluate(named))
    assert set(top) <= drawn and len(drawn) < 60  # the top names, not every name
    page.evaluate("""(() => { kg.network.moveTo({scale: kg.network.getScale() * 3});
                             kg.network.emit('zoom', {}); })()""")
    assert len(set(page.evaluate(named))) > len(drawn)
    assert errors == []


def test_relation_type_prefers_event_then_property_then_relation():
    assert relation_type({"relation": "meet", "event_type": "CONSULT",
                          "wikidata_property": "P39"}) == "CONSULT"
    assert relation_type({"relation": "serve as", "wikidata_property": "P39"}) == \
        "position held (P39)"
    assert relation_type({"relation": "x", "wikidata_property": "P9999"}) == "P9999"
    assert relation_type({"relation": "x", "wikidata_property": "P9999",
                          "wikidata_label": "new one"}) == "new one (P9999)"
    assert relation_type({"relation": "call off", "event_type": None}) == "call off"
