"""The README's screenshot: the seed graph in headless Chromium, as the browser tests see it.

    make demo && python docs/screenshot.py out/graph.html docs/seed-graph.png ["Donald Trump"]

The opening view as a reader first sees it (1400x900), with the named node selected
(its neighbours highlighted, its panel open at its first fact) without moving the view.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update"]


def main() -> None:
    page_file, image = Path(sys.argv[1]), Path(sys.argv[2])
    name = sys.argv[3] if len(sys.argv) > 3 else "Donald Trump"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("needs Debian's chromium (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sys.exit("needs Playwright: pip install -e '.[test]' (no browser download)")

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
        page.goto(page_file.resolve().as_uri())
        page.wait_for_function("document.body.dataset.ready === '1'", timeout=60_000)
        page.evaluate("name => kg.selectNode(kg.matches(name)[0], false)", name)
        page.locator("#details summary").first.click()
        page.screenshot(path=str(image))
        browser.close()


if __name__ == "__main__":
    main()
