"""graph.html in real headless Chromium (Debian's), driven by Playwright, offline."""

from __future__ import annotations

import shutil

import pytest
from kgbuilder.extractors import Document

from kgbuilder.api import build_documents
from kgbuilder.outputs import write_outputs

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed "
                                "(make test installs it with apt-get where it can)")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def entities(graph) -> set[str]:
    """The nodes the opening view draws: every node but the concepts."""
    return {n for n, d in graph.nodes(data=True) if d["type"] != "Concept"}


def open_page(browser, path):
    # bypass_csp: the page's own CSP would block Playwright's polling; it also makes the
    # injection test stricter, since only our escaping, not the CSP, stands in the way.
    page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.resolve().as_uri())
    page.wait_for_function("document.body.dataset.ready === '1'", timeout=60000)
    return page, errors, requests


def test_seed_graph_draws_offline_and_shows_evidence(browser, seed_out, seed_kg, tmp_path):
    page, errors, requests = open_page(browser, seed_out / "graph.html")
    assert errors == []
    assert [r for r in requests if not r.startswith("file:")] == []
    drawn = set(page.evaluate("kg.nodeView.getIds()"))
    assert drawn == entities(seed_kg.graph)  # concepts only behind their toggle
    node = page.evaluate("kg.focusNode('Trump')")
    assert node == "donald_trump"
    panel = page.inner_text("#details")
    assert "Donald Trump" in panel and "authorize" in panel
    assert "Trump previously authorized covert CIA actions" not in panel  # folded: one line
    page.click("#details summary:has-text('covert CIA actions')")  # opens to its evidence
    assert "Trump previously authorized covert CIA actions" in page.inner_text("#details")
    # A real click on the node's drawn position opens the same panel.
    page.evaluate("document.getElementById('details').replaceChildren()")
    pos = page.evaluate("""(() => {
                           kg.network.focus('nicolas_maduro', {scale: 1.5, animation: false});
                           const p = kg.network.getPositions(['nicolas_maduro']).nicolas_maduro;
                           const c = kg.network.canvasToDOM(p);
                           const r = document.getElementById('network').getBoundingClientRect();
                           return {x: c.x + r.left, y: c.y + r.top}; })()""")
    page.mouse.click(pos["x"], pos["y"])
    assert "Nicolás Maduro" in page.inner_text("#details")
    page.screenshot(path=str(tmp_path / "seed-graph.png"))


def test_markup_in_documents_is_shown_as_text_and_never_runs(browser, nlp, tmp_path):
    text = ('The <script>window.pwned=1</script> council praised Anna <img src=x '
            'onerror="window.pwned=2"> Berg. Anna Berg visited the <a href="javascript:'
            'window.pwned=3">harbour</a> of Oslo.')
    kg = build_documents([Document("evil", text, title="<b>x</b>",
                                   url="javascript:window.pwned=4")], nlp)
    write_outputs(kg, tmp_path)
    page, errors, _ = open_page(browser, tmp_path / "graph.html")
    assert page.evaluate("window.pwned === undefined")
    node = page.evaluate("kg.focusNode('Anna Berg')")
    assert node is not None
    for summary in page.locator("#details summary").all():
        summary.click()  # every fact opened to its evidence
    panel = page.inner_text("#details")
    assert "<script>" in panel or "<img" in panel
    assert "<b>x</b>" in panel  # the document's title, as text
    assert page.evaluate("window.pwned === undefined")
    assert page.locator("#details a[href^='javascript']").count() == 0
    assert errors == []


def test_neighbourhood_view_shows_the_nodes_within_the_hops(browser, seed_out, seed_kg):
    import networkx as nx

    # Hops are counted through what is drawn: the entities (concepts are hidden).
    undirected = seed_kg.graph.subgraph(entities(seed_kg.graph)).to_undirected(as_view=True)
    page, errors, _ = open_page(browser, seed_out / "graph.html")
    assert page.evaluate("kg.focusNode('Nicolás Maduro')") == "nicolas_maduro"
    for hops in (1, 2):
        page.evaluate(f"kg.showHops({hops})")
        shown = set(page.evaluate("kg.nodeView.getIds()"))
        expected = set(nx.single_source_shortest_path_length(undirected, "nicolas_maduro",
                                                             cutoff=hops))
        assert shown == expected and len(shown) < len(entities(seed_kg.graph))
    page.evaluate("kg.showHops(0)")
    assert set(page.evaluate("kg.nodeView.getIds()")) == entities(seed_kg.graph)
    assert errors == []


def test_focus_at_build_time_draws_only_the_neighbourhood(browser, tmp_path):
    import networkx as nx
    from conftest import ROOT
    from test_cli import kgbuilder

    import kgbuilder as kgb

    out = tmp_path / "out"
    result = kgbuilder("build", str(ROOT / "seeds"), "--out", str(out), "--focus",
                       "Donald Trump", "--hops", "1", "--quiet")
    assert result.returncode == 0, result.stderr
    graph = kgb.load(out)  # the data keeps every node
    expected = set(nx.single_source_shortest_path_length(graph.to_undirected(as_view=True),
                                                         "donald_trump", cutoff=1))
    assert len(expected) < graph.number_of_nodes()
    page, errors, _ = open_page(browser, out / "graph.html")
    assert set(page.evaluate("kg.nodeView.getIds()")) == expected & entities(graph)
    assert "1 hop around Donald Trump" in page.inner_text("#note")
    assert errors == []


def test_evidence_marks_whole_words_and_nodes_wear_their_legend_colour(browser, seed_out):
    page, errors, _ = open_page(browser, seed_out / "graph.html")
    page.evaluate("kg.focusNode('Donald Trump')")
    cut = page.evaluate("""[...document.querySelectorAll('#details mark')].filter(m => {
        const before = m.previousSibling ? m.previousSibling.textContent.slice(-1) : '';
        const after = m.nextSibling ? m.nextSibling.textContent.slice(0, 1) : '';
        return /[\\p{L}\\p{N}]/u.test(before) || /[\\p{L}\\p{N}]/u.test(after);
    }).map(m => m.textContent)""")
    assert page.evaluate("document.querySelectorAll('#details mark').length") > 20
    assert cut == []
    # The colour a node is drawn in is its type's colour in the legend.
    mismatched = page.evaluate("""(() => {
        const drawn = kg.network.body.nodes;
        return kg.nodeView.get().filter(n => {
            const want = kg.colours[n.kgType];
            return !want || drawn[n.id].options.color.background.toLowerCase() !== want;
        }).map(n => n.id); })()""")
    assert mismatched == []
    assert errors == []


def test_filters_hide_types_relations_and_rare_nodes(browser, seed_out, seed_kg):
    from kgbuilder.exports.view_data import relation_type

    graph = seed_kg.graph
    named = entities(graph)
    page, errors, _ = open_page(browser, seed_out / "graph.html")
    page.click(".legend-item:has-text('Concept')")  # the legend shows them too
    assert page.evaluate("kg.nodeView.length") == graph.number_of_nodes()
    assert page.is_checked("#concepts")
    page.click(".legend-item:has-text('Concept')")
    assert set(page.evaluate("kg.nodeView.getIds()")) == named
    person = {n for n in named if graph.nodes[n]["type"] == "Person"}
    page.click(".legend-item:has-text('Person')")
    assert set(page.evaluate("kg.nodeView.getIds()")) == named - person
    page.click(".legend-item:has-text('Person')")
    # A relation filter keeps its facts and the nodes they join, no others.
    kind = relation_type(next(d for u, v, d in graph.edges(data=True)
                              if d["relation"] == "call" and u in named and v in named))
    calls = [(u, v) for u, v, d in graph.edges(data=True) if relation_type(d) == kind]
    page.select_option("#relation", kind)
    assert 0 < page.evaluate("kg.edgeView.length") == len(calls)
    joined = {n for u, v in calls if u in named and v in named for n in (u, v)}
    assert len(joined) > 0 and set(page.evaluate("kg.nodeView.getIds()")) == joined
    page.select_option("#relation", "")
    page.fill("#min-mentions", "3")
    frequent = {n for n in named if graph.nodes[n]["mentions"] >= 3}
    assert 0 < len(frequent) < len(named)
    assert set(page.evaluate("kg.nodeView.getIds()")) == frequent
    assert errors == []


def test_clicking_an_edge_shows_its_evidence(browser, seed_out, seed_kg):
    page, errors, _ = open_page(browser, seed_out / "graph.html")
    named = entities(seed_kg.graph)
    edge = next(e for e in page.evaluate("kg.allEdges.get()")
                if e["from"] == "donald_trump" and e["relation"] == "call" and e["to"] in named)
    # A point on the drawn edge where vis finds this edge and no node (layouts vary), and
    # no panel or legend lies over the canvas.
    # The simulation is stopped first, so nothing moves between finding the point and the
    # click; several zooms are tried, as a busy neighbourhood can hide an edge at one.
    pos = page.evaluate(f"""(() => {{
        kg.network.stopSimulation();
        for (const scale of [1.0, 1.6, 2.4, 0.7]) {{
            kg.network.focus('{edge["to"]}', {{scale: scale, animation: false}});
            const p = kg.network.getPositions(['{edge["from"]}', '{edge["to"]}']);
            const a = kg.network.canvasToDOM(p['{edge["from"]}']);
            const b = kg.network.canvasToDOM(p['{edge["to"]}']);
            const r = document.getElementById('network').getBoundingClientRect();
            for (let t = 0.15; t <= 0.86; t += 0.025) {{
                // Whole pixels, as a click lands on them, and clear of nodes around.
                const at = {{x: Math.round(a.x + t * (b.x - a.x)),
                            y: Math.round(a.y + t * (b.y - a.y))}};
                if (at.x < 3 || at.y < 3 || at.x > r.width - 3 || at.y > r.height - 3) continue;
                const near = [-3, 0, 3].flatMap(
                    dx => [-3, 0, 3].map(dy => ({{x: at.x + dx, y: at.y + dy}})));
                const over = document.elementFromPoint(at.x + r.left, at.y + r.top);
                if (kg.network.getEdgeAt(at) === '{edge["id"]}'
                    && near.every(p => kg.network.getNodeAt(p) === undefined)
                    && over !== null && over.closest('#network') !== null)
                    return {{x: at.x + r.left, y: at.y + r.top}};
            }}
        }}
        return null; }})()""")
    assert pos is not None, "no clear point on the edge"
    page.mouse.click(pos["x"], pos["y"])
    panel = page.inner_text("#details")
    assert panel.startswith("Fact") and "call" in panel
    assert edge["evidence"][0]["sentence"].split()[0] in panel
    assert errors == []


def test_negated_edges_are_dashed_and_hedged_ones_marked(browser, seed_out, seed_kg):
    edges = seed_kg.graph.edges(data=True)
    assert any(d["negated"] for _, _, d in edges) and any(d["modality"] for _, _, d in edges)
    page, errors, _ = open_page(browser, seed_out / "graph.html")
    page.click("#concepts")  # every edge drawn
    page.wait_for_function("kg.nodeView.length === kg.allNodes.length")
    drawn = page.evaluate("""kg.allEdges.get().map(e => ({
        negated: e.negated, modality: e.modality, label: e.label, relation: e.relation,
        dashed: kg.network.body.edges[e.id].options.dashes,
        markdown: kg.network.body.edges[e.id].options.font.multi,
        italic: !!(e.font && e.font.italic) }))""")
    assert len(drawn) == seed_kg.graph.number_of_edges()
    for edge in drawn:
        assert bool(edge["dashed"]) == edge["negated"]
        assert edge["italic"] == bool(edge["modality"])
        text = edge["label"].strip("_")
        assert text.startswith("not " if edge["negated"] else edge["relation"])  # a denial says so
        if edge["modality"]:
            assert f"({edge['modality']})" in edge["label"] and edge["markdown"] == "markdown"
            assert edge["label"].startswith("_") and edge["label"].endswith("_")  # italic
    assert errors == []


def test_typing_an_alias_in_the_search_box_focuses_the_node(browser, seed_out, seed_kg):
    aliases = seed_kg.graph.nodes["donald_trump"]["aliases"]
    alias = next(a for a in aliases if a != "Donald Trump" and a.lower() != "trump")
    page, errors, _ = open_page(browser, seed_out / "graph.html")
    page.fill("#search", alias)
    page.press("#search", "Enter")
    page.wait_for_function("kg.network.getSelectedNodes()[0] === 'donald_trump'")
    assert page.inner_text("#details h2") == "Donald Trump"
    assert errors == []


def test_big_graphs_draw_the_most_important_nodes_and_say_so(browser, seed_kg, tmp_path):
    from kgbuilder.exports.html import importance, nodes_to_draw

    from kgbuilder.outputs import Settings

    graph = seed_kg.graph
    named = entities(graph)
    cap = len(named) + 10  # every entity and the ten most important concepts
    write_outputs(seed_kg, tmp_path, Settings(max_nodes=cap))
    page, errors, _ = open_page(browser, tmp_path / "graph.html")
    drawn = set(page.evaluate("kg.allNodes.getIds()"))
    assert drawn == set(nodes_to_draw(graph, cap)) and len(drawn) == cap
    # Entities first (they are what the view shows), then the most important concepts.
    assert named < drawn and set(page.evaluate("kg.nodeView.getIds()")) == named
    weakest_drawn = min(importance(graph, n) for n in drawn - named)
    assert all(importance(graph, n) <= weakest_drawn for n in set(graph) - drawn)
    note = page.inner_text("#note")
    assert f"{cap} most connected of {graph.number_of_nodes()} nodes" in note
    sizes = page.evaluate("Object.fromEntries(kg.allNodes.get().map(n => [n.id, n.value]))")
    assert sizes == {n: importance(graph, n) for n in drawn}  # sized by mentions + degree
    assert errors == []


def test_a_layout_after_a_filter_places_only_the_nodes_still_drawn(browser, seed_out):
    """A filter can hide nodes of the block set aside (nodes in no fact) before the
    layout settles again; placing the block then skips them instead of failing."""
    page, errors, _ = open_page(browser, seed_out / "graph.html")
    aside = page.evaluate("aside.slice()")
    assert aside  # the seed graph has named entities in no fact with another
    types = page.evaluate("Object.fromEntries(kg.allNodes.get().map(n => [n.id, n.kgType]))")
    hidden = types[aside[0]]
    page.click(f".legend-item:text-is('{hidden}')")
    assert aside[0] not in page.evaluate("kg.nodeView.getIds()")
    page.evaluate("placeAside()")
    assert errors == []
