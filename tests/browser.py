"""A real headless Chromium, driven over the Chrome DevTools Protocol, for tests of HTML output.

Shared helper: any test that must prove a generated page works offline uses it::

    from tests.browser import Browser, require_chromium

    def test_page(tmp_path):
        require_chromium()                      # skips cleanly when no chromium is installed
        with Browser() as browser:
            page = browser.open(tmp_path / "graph.html", wait_for="window.network !== undefined")
            assert page.errors == [] and page.outside_requests == [] and page.dialogs == []
            assert page.evaluate("network.body.data.nodes.length") == 12
            page.screenshot("graph.png")        # kept under artifacts/ at the repo root

Every request that is not ``file:``/``data:``/``blob:``/``about:`` is failed before it leaves the
browser (Fetch interception, plus a host resolver that resolves nothing) and recorded in
``outside_requests``; console errors and uncaught exceptions land in ``errors``; JavaScript dialogs
(``alert``) are dismissed and recorded in ``dialogs``.

Needs Debian's ``chromium`` (``apt-get install -y chromium``) and ``websocket-client`` (dev extra).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:", "chrome-error:", "devtools:")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--window-size=1280,900",
)


def chromium_path() -> str | None:
    """The chromium executable: $KG_CHROMIUM, else the first of chromium / chromium-browser on PATH."""
    explicit = os.environ.get("KG_CHROMIUM")
    if explicit:
        return explicit
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def require_chromium() -> str:
    """The chromium path, or skip the test with the command that installs it."""
    path = chromium_path()
    if path is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    pytest.importorskip("websocket", reason="websocket-client is not installed (pip install -e '.[dev]')")
    return path


class BrowserError(RuntimeError):
    """The browser could not be started or did not answer."""


@dataclass
class Page:
    """One loaded page in its own tab; what it tried to do is recorded while it is open."""

    browser: Browser
    session: str
    url: str
    errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    loaded: bool = False

    def send(self, method: str, params: dict[str, Any] | None = None, timeout: float = 30) -> dict[str, Any]:
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def evaluate(self, expression: str, timeout: float = 30) -> Any:
        """The value of a JavaScript expression (awaited if it is a promise); JS exceptions raise."""
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            timeout=timeout,
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise AssertionError(f"JavaScript error evaluating {expression!r}: {text}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30) -> Any:
        """Poll until ``expression`` is truthy; its value."""
        deadline = time.monotonic() + timeout
        last: Any = None
        while time.monotonic() < deadline:
            try:
                last = self.evaluate(f"(() => {{ try {{ return ({expression}); }} catch (e) {{ return null; }} }})()")
            except AssertionError:
                last = None
            if last:
                return last
            self.browser.pump(0.1)
        raise AssertionError(f"timed out after {timeout}s waiting for {expression!r} (last value {last!r})")

    def settle(self, seconds: float = 0.5) -> None:
        """Let events (console errors, requests) arrive for a moment."""
        self.browser.pump(seconds)

    def screenshot(self, name: str) -> Path:
        """Save a PNG under artifacts/ (repo root) and return its path."""
        import base64

        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path = ARTIFACTS / name
        path.write_bytes(base64.b64decode(data))
        return path

    def text(self) -> str:
        """The page's visible text."""
        return str(self.evaluate("document.body ? document.body.innerText : ''"))


class _LaunchTimeout(BrowserError):
    """Chromium started but opened no DevTools port in time (worth one retry)."""


def _tail(path: Path, lines: int = 5) -> str:
    """The last lines chromium wrote to stderr, or a note that it wrote nothing."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return "(no stderr)"
    return " | ".join(text.splitlines()[-lines:]) or "(no stderr)"


class Browser:
    """A headless chromium process with one DevTools websocket; ``open`` gives a tab per page."""

    def __init__(self, executable: str | None = None, timeout: float = 45, *, allow_loopback: bool = False) -> None:
        """``allow_loopback`` lets host names resolve to 127.0.0.1 only (for a local server);
        every other name stays unresolvable."""
        self.executable = executable or chromium_path()
        self.allow_loopback = allow_loopback
        if self.executable is None:
            raise BrowserError("chromium is not installed (apt-get install -y chromium)")
        self.timeout = timeout
        self._next_id = 0
        self._pages: dict[str, Page] = {}
        self._process: subprocess.Popen[bytes] | None = None
        self._profile: tempfile.TemporaryDirectory[str] | None = None
        self._ws: Any = None

    def __enter__(self) -> Browser:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Launch chromium and connect; a launch that opens no DevTools port in ``timeout`` is
        retried once with a fresh profile (a loaded CI machine once took longer than 30 s)."""
        failures: list[str] = []
        for _ in range(2):
            try:
                self._launch()
                return
            except _LaunchTimeout as e:
                failures.append(str(e))
        raise BrowserError("; then ".join(failures))

    def _launch(self) -> None:
        import websocket  # websocket-client

        self._profile = tempfile.TemporaryDirectory(prefix="kg-chromium-", ignore_cleanup_errors=True)
        profile = Path(self._profile.name)
        log_path = Path(tempfile.gettempdir()) / f"{profile.name}.log"
        with log_path.open("wb") as log:
            self._process = subprocess.Popen(
                [
                    self.executable,
                    *(
                        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
                        if self.allow_loopback and flag.startswith("--host-resolver-rules")
                        else flag
                        for flag in CHROMIUM_FLAGS
                    ),
                    f"--user-data-dir={profile}",
                    "--remote-debugging-port=0",
                    "about:blank",
                ],
                stdout=subprocess.DEVNULL,
                stderr=log,
                start_new_session=True,  # its own process group: close() ends the renderers too
            )
        try:
            port_file = profile / "DevToolsActivePort"
            deadline = time.monotonic() + self.timeout
            while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
                if self._process.poll() is not None:
                    code = self._process.returncode
                    raise BrowserError(f"{self.executable} exited with {code} on start: {_tail(log_path)}")
                if time.monotonic() > deadline:
                    self.close()
                    raise _LaunchTimeout(
                        f"{self.executable} did not open a DevTools port in {self.timeout}s: {_tail(log_path)}"
                    )
                time.sleep(0.05)
        finally:
            log_path.unlink(missing_ok=True)  # read above when needed; chromium may keep the handle
        port, ws_path = port_file.read_text().splitlines()[:2]
        self._ws = websocket.create_connection(
            f"ws://127.0.0.1:{port}{ws_path}", timeout=self.timeout, suppress_origin=True
        )

    def close(self) -> None:
        if self._ws is not None:
            with contextlib.suppress(Exception):
                self._ws.close()
            self._ws = None
        if self._process is not None:
            # the whole group: renderer and utility processes can outlive the browser and keep
            # writing to the profile folder while it is being removed
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._process.pid, signal.SIGTERM)
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self._process.pid, signal.SIGKILL)
                self._process.wait()
            self._process = None
        if self._profile is not None:
            self._profile.cleanup()
            self._profile = None

    # -- protocol plumbing -------------------------------------------------------------------

    def send(
        self, method: str, params: dict[str, Any] | None = None, *, session: str | None = None, timeout: float = 30
    ) -> dict[str, Any]:
        """Send one command and return its result, handling events that arrive meanwhile."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._ws.send(json.dumps(message))
        wanted = self._next_id
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BrowserError(f"no answer to {method} in {timeout}s")
            reply = self._receive(remaining)
            if reply is None:
                continue
            if reply.get("id") == wanted:
                if "error" in reply:
                    raise BrowserError(f"{method} failed: {reply['error']}")
                return reply.get("result", {})

    def pump(self, seconds: float) -> None:
        """Handle events for ``seconds``."""
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            self._receive(remaining)

    def _receive(self, timeout: float) -> dict[str, Any] | None:
        import websocket

        self._ws.settimeout(max(0.01, min(timeout, 1.0)))
        try:
            raw = self._ws.recv()
        except websocket.WebSocketTimeoutException:
            return None
        message = json.loads(raw)
        if "method" in message:
            self._on_event(message)
            return None
        return message

    def _on_event(self, message: dict[str, Any]) -> None:
        page = self._pages.get(message.get("sessionId", ""))
        if page is None:
            return
        method, params = message["method"], message.get("params", {})
        if method == "Fetch.requestPaused":
            url = params["request"]["url"]
            if url.startswith(LOCAL_SCHEMES):
                self._post("Fetch.continueRequest", {"requestId": params["requestId"]}, page.session)
            else:
                page.outside_requests.append(url)
                self._post(
                    "Fetch.failRequest",
                    {"requestId": params["requestId"], "errorReason": "BlockedByClient"},
                    page.session,
                )
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if not url.startswith(LOCAL_SCHEMES) and url not in page.outside_requests:
                page.outside_requests.append(url)
        elif method == "Page.javascriptDialogOpening":
            page.dialogs.append(f"{params.get('type')}: {params.get('message')}")
            self._post("Page.handleJavaScriptDialog", {"accept": False}, page.session)
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            args = params.get("args", [])
            page.errors.append("console: " + " ".join(str(a.get("value", a.get("description", ""))) for a in args))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text", "")
            page.errors.append(f"exception: {text}")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            page.errors.append(f"log: {entry.get('text')} {entry.get('url', '')}".strip())
        elif method == "Page.loadEventFired":
            page.loaded = True

    def _post(self, method: str, params: dict[str, Any], session: str) -> None:
        """Send a command without waiting for its answer (used from inside event handling)."""
        self._next_id += 1
        self._ws.send(json.dumps({"id": self._next_id, "method": method, "params": params, "sessionId": session}))

    # -- pages ------------------------------------------------------------------------------

    def open_server(self, url: str, *, timeout: float = 60) -> Page:
        """Load a page of a local server (needs ``allow_loopback``) in a fresh tab, requests not
        blocked; console errors and dialogs are still recorded."""
        if not self.allow_loopback:
            raise BrowserError("open_server needs Browser(allow_loopback=True)")
        page, _deadline = self._load(url, timeout, block_network=False)
        return page

    def open(
        self,
        path: Path | str,
        *,
        wait_for: str | None = None,
        timeout: float = 60,
        viewport: tuple[int, int] | None = None,
    ) -> Page:
        """Load a local file in a fresh tab with the network blocked; wait for load (and ``wait_for``).
        ``viewport``: the tab's (width, height) in CSS pixels, e.g. (1400, 1000)."""
        url = Path(path).resolve().as_uri() if not str(path).startswith(("file:", "data:")) else str(path)
        page, deadline = self._load(url, timeout, block_network=True, viewport=viewport)
        if wait_for:
            page.wait_for(wait_for, timeout=max(1.0, deadline - time.monotonic()))
        page.settle(0.3)
        return page

    def _load(
        self, url: str, timeout: float, *, block_network: bool, viewport: tuple[int, int] | None = None
    ) -> tuple[Page, float]:
        """A fresh tab navigated to ``url`` and loaded; returns it and the deadline."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session, url)
        self._pages[session] = page
        if block_network:
            page.send("Fetch.enable", {"patterns": [{"urlPattern": "*"}]})
            page.send("Network.enable")
            page.send("Network.setBlockedURLs", {"urls": ["http://*", "https://*", "ws://*", "wss://*", "ftp://*"]})
        if viewport is not None:
            width, height = viewport
            page.send(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            )
        page.send("Page.enable")
        page.send("Runtime.enable")
        page.send("Log.enable")
        page.send("Page.navigate", {"url": url})
        deadline = time.monotonic() + timeout
        while not page.loaded:
            if time.monotonic() > deadline:
                raise AssertionError(f"{url} did not finish loading in {timeout}s")
            self.pump(0.1)
        return page, deadline
