"""Time to first draw of graph.html in headless Chromium, at 500 and 5,000 nodes.

    python bench/html_draw.py              # 500 and 5000 nodes
    python bench/html_draw.py --nodes 500 1500 5000

Graphs are synthetic (bench/outputs.py's generator, four facts per entity) and every
node is drawn (``max_nodes`` = N), so the default cap of 1,500 is not what is measured.
Prints, per size, the nodes in the opening view (concepts wait behind their toggle),
milliseconds from navigation to the first frame drawn and to the end of the bounded
stabilisation and opening view (after which physics is frozen), and the page size.
Needs Debian's ``chromium`` and the test extra (playwright).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from kgbuilder.exports import render_html

sys.path.insert(0, str(Path(__file__).parent))
from outputs import synthetic_graph  # noqa: E402

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--runs", type=int, default=3, help="median of this many loads")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("needs Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    print(f"{'nodes':>6} {'in view':>7} {'edges':>6} {'first draw':>11} {'stabilised':>11} "
          f"{'page':>9}")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        for nodes in args.nodes:
            graph = synthetic_graph(4 * nodes)
            page_file = Path(tmp) / f"graph{nodes}.html"
            page_file.write_bytes(render_html(graph, max_nodes=nodes))
            first, stable, shown = [], [], 0
            for _ in range(args.runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
                page.goto(page_file.as_uri())
                page.wait_for_function("document.body.dataset.ready === '1'", timeout=600_000)
                first.append(int(page.evaluate("document.body.dataset.firstDrawMs")))
                stable.append(int(page.evaluate("document.body.dataset.stableMs")))
                shown = page.evaluate("kg.nodeView.length")
                page.close()
            size = page_file.stat().st_size / 2**20
            print(f"{nodes:>6} {shown:>7} {graph.number_of_edges():>6} "
                  f"{sorted(first)[len(first) // 2]:>8} ms "
                  f"{sorted(stable)[len(stable) // 2]:>8} ms {size:>6.1f} MiB")
        browser.close()


if __name__ == "__main__":
    main()
