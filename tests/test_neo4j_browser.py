"""Neo4j Browser, served by the real server, driven by headless Chromium: connect, run a saved query,
see its rows; the screenshot is kept in artifacts/neo4j-browser.png.

``Browser.open`` blocks every http request (it is for offline HTML files); this test uses
``Browser(allow_loopback=True).open_server`` for the server's own pages."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from kg.store.neo4j import push
from tests.browser import Browser, Page, require_chromium
from tests.test_neo4j_helpers import CYPHER, EXAMPLE, build_store, parse_saved, wipe

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]


def _set_input(page: Page, selector: str, value: str) -> None:
    page.evaluate(
        f"""(() => {{ const el = document.querySelector({json.dumps(selector)});
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        setter.call(el, {json.dumps(value)}); el.dispatchEvent(new Event('input', {{bubbles: true}}));
        el.dispatchEvent(new Event('change', {{bubbles: true}})); return true; }})()"""
    )


def test_browser_connects_and_shows_a_saved_query(neo4j_server, tmp_path: Path) -> None:
    require_chromium()
    with urllib.request.urlopen(neo4j_server.http_uri + "/browser/", timeout=30) as resp:
        assert resp.status == 200 and b"Neo4j Browser" in resp.read()
    store = build_store([EXAMPLE], tmp_path / "kg.sqlite")
    with neo4j_server.connect() as conn:
        wipe(conn)
        push(store, conn)
    store.close()
    saved = parse_saved(CYPHER / "person_posts.cypher")
    query = saved.text.replace("$name", saved.params["name"])  # the Browser runs it with the example value
    bolt = neo4j_server.bolt_uri.replace("bolt://", f"bolt://{neo4j_server.user}@")
    url = f"{neo4j_server.http_uri}/browser/?connectURL={quote(bolt)}&cmd=edit&arg={quote(query)}"
    with Browser(allow_loopback=True) as browser:
        page = browser.open_server(url)
        page.wait_for("!!document.querySelector('[data-testid=\"password\"]')", timeout=60)
        _set_input(page, '[data-testid="password"]', neo4j_server.password)
        page.evaluate("document.querySelector('[data-testid=\"connect\"]').click() || true")
        page.wait_for("document.body.innerText.includes('You are connected')", timeout=60)
        page.wait_for("!!document.querySelector('[data-testid=\"editor-Run\"]')", timeout=30)
        page.evaluate("document.querySelector('[data-testid=\"editor-Run\"]').click() || true")
        page.wait_for("document.body.innerText.includes('市委书记')", timeout=60)
        page.settle(1.0)
        shot = page.screenshot("neo4j-browser.png")
        text = page.text()
    assert "许昌市委" in text and "市委书记" in text
    assert shot.stat().st_size > 10_000
