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
    drawn = page.evaluate("kg.network.body.data.nodes.length")
    assert drawn == seed_kg.graph.number_of_nodes()
    node = page.evaluate("kg.focusNode('Trump')")
    assert node == "donald_trump"
    panel = page.inner_text("#details")
    assert "Donald Trump" in panel and "authorize" in panel
    assert "Trump previously authorized covert CIA actions" in panel
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
    panel = page.inner_text("#details")
    assert "<script>" in panel or "<img" in panel
    assert page.evaluate("window.pwned === undefined")
    assert page.locator("#details a[href^='javascript']").count() == 0
    assert errors == []


def test_neighbourhood_view_shows_the_nodes_within_the_hops(browser, seed_out, seed_kg):
    import networkx as nx

    undirected = seed_kg.graph.to_undirected(as_view=True)
    page, errors, _ = open_page(browser, seed_out / "graph.html")
    assert page.evaluate("kg.focusNode('Nicolás Maduro')") == "nicolas_maduro"
    for hops in (1, 2):
        page.evaluate(f"kg.showHops({hops})")
        shown = set(page.evaluate("kg.nodeView.getIds()"))
        expected = set(nx.single_source_shortest_path_length(undirected, "nicolas_maduro",
                                                             cutoff=hops))
        assert shown == expected and len(shown) < seed_kg.graph.number_of_nodes()
    page.evaluate("kg.showHops(0)")
    assert page.evaluate("kg.nodeView.length") == seed_kg.graph.number_of_nodes()
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
    assert set(page.evaluate("kg.nodeView.getIds()")) == expected
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
        return kg.allNodes.get().filter(n => {
            const want = kg.colours[n.kgType];
            return !want || drawn[n.id].options.color.background.toLowerCase() !== want;
        }).map(n => n.id); })()""")
    assert mismatched == []
    assert errors == []
