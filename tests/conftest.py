"""Shared fixtures: the shared data folder, and a real Neo4j server for tests marked ``neo4j``.

``neo4j_server`` uses the server named by KG_TEST_NEO4J_URI / KG_TEST_NEO4J_PASSWORD (what .ci/run
starts; KG_TEST_NEO4J_HTTP_URI gives its HTTP address, default port 7474 on the same host), or else
starts one itself from the jars on free ports with a fresh database, and stops it at the end of
the session. That start begins in a background thread as soon as collection shows a ``neo4j``
test, so the server's 20-40 s of start-up overlap the tests that run before the first one needs
it; the fixture waits for it then.

Servers the tests start (that one, and those of the crash and import tests) run with the C1 JIT
only (``-XX:TieredStopAtLevel=1``): the same Neo4j, started in about half the time, which is
what a few thousand rows of test data need; kg's own server keeps the default JIT.

``hanlp_model_dir`` is the small HanLP model of tests/hanlp_model.py, trained once per session in
a background process that starts as soon as collection shows a ``hanlp`` test.

The suite runs in two pytest-xdist workers (``make test``): the HanLP model and the corpus store
are made once for the run and shared, and the tests of the session's server are one xdist group.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

REPO = Path(__file__).resolve().parents[1]
TEST_JVM_FLAGS = ("-XX:TieredStopAtLevel=1",)  # quick start-up for short-lived test servers
TEST_PASSWORD = "kg-test-password"


def _jars_home() -> Path:
    return Path(os.environ.get("KG_NEO4J_HOME") or REPO / ".neo4j")


class BackgroundServer:
    """A Neo4j server of the session, started in a thread; ``wait()`` gives it or raises what went wrong."""

    def __init__(self) -> None:
        self.home = Path(tempfile.mkdtemp(prefix="kg-test-neo4j-")) / "home"
        self._info: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._start, name="neo4j-start", daemon=True)
        self._thread.start()

    def _start(self) -> None:
        from kg import neo4j_server as server

        try:
            dist = server.install(_jars_home())
            bolt_port, http_port = server.free_ports(2)
            self._info = server.start(
                self.home, password=TEST_PASSWORD, bolt_port=bolt_port, http_port=http_port, lib_from=dist
            )
        except BaseException as e:  # handed to the first test that needs the server
            self._error = e

    def wait(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._info

    def stop(self) -> None:
        from kg import neo4j_server as server

        self._thread.join()
        server.stop(self.home)
        shutil.rmtree(self.home.parent, ignore_errors=True)


class BackgroundTraining:
    """tests/hanlp_model.py training the HanLP test model in a process of its own."""

    def __init__(self, msra: Path, shared: Path | None = None) -> None:
        from tests.hanlp_model import MODEL_NAME

        self._own_root = shared is None  # a run's shared folder is pytest's to clean
        self.root = Path(tempfile.mkdtemp(prefix="kg-test-hanlp-")) if shared is None else shared / "hanlp-model"
        self.model = self.root / MODEL_NAME
        env = {**os.environ, "PYTHONWARNINGS": "ignore", "TQDM_DISABLE": "1"}
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "tests.hanlp_model", str(msra), str(self.root)],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )  # fmt: skip

    def wait(self) -> Path:
        output, _ = self._proc.communicate()
        if self._proc.returncode != 0:
            text = output.decode("utf-8", "replace")[-3000:]
            raise RuntimeError(f"training the HanLP test model failed ({self._proc.returncode}):\n{text}")
        return self.model

    def stop(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
            self._proc.communicate()
        if self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)


def _msra_dir() -> Path:
    return Path(os.environ.get("KG_SHARED") or REPO.parent / "shared") / "datasets" / "msra"


_BACKGROUND: BackgroundServer | None = None
_TRAINING: BackgroundTraining | None = None


def pytest_configure(config: pytest.Config) -> None:
    from kg import neo4j_server as server

    server.JVM_FLAGS = (*server.JVM_FLAGS, *TEST_JVM_FLAGS)


def _xdist_worker() -> bool:
    return "PYTEST_XDIST_WORKER" in os.environ


def _run_shared_dir(config: pytest.Config) -> Path | None:
    """Under pytest-xdist, the run's base folder above every worker's own (None without xdist)."""
    if not _xdist_worker():
        return None
    return Path(config._tmp_path_factory.getbasetemp()).parent  # type: ignore[attr-defined]


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests of the session's Neo4j server run in one xdist worker (they wipe its one database)."""
    for item in items:
        if "neo4j_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("neo4j-session-server"))


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the session's server and the HanLP training now if collected tests will need them.

    Under pytest-xdist every worker collects every test: the training runs once for the whole run
    (the workers share its folder, the first trains, the others wait on its lock), and the server
    starts only in the worker that gets its tests, when the first one asks for it.
    """
    global _BACKGROUND, _TRAINING
    if session.config.option.collectonly:
        return
    needs_server = any("neo4j_server" in getattr(item, "fixturenames", ()) for item in session.items)
    if not os.environ.get("KG_TEST_NEO4J_URI") and needs_server and not _xdist_worker():
        _BACKGROUND = BackgroundServer()
    if _msra_dir().is_dir() and any("hanlp_model_dir" in getattr(item, "fixturenames", ()) for item in session.items):
        _TRAINING = BackgroundTraining(_msra_dir(), _run_shared_dir(session.config))


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _BACKGROUND is not None:
        _BACKGROUND.stop()
    if _TRAINING is not None:
        _TRAINING.stop()


@pytest.fixture(scope="session")
def hanlp_model_dir() -> Path:
    """The HanLP NER model folder of tests/hanlp_model.py, trained once per session (about 25 s)."""
    global _TRAINING
    torch = pytest.importorskip("torch")
    pytest.importorskip("hanlp")
    torch.set_num_threads(1)  # for the tests' own predictions, as in the training (tests/hanlp_model.py)
    if not _msra_dir().is_dir():
        pytest.skip(f"MSRA data not found at {_msra_dir()} (set KG_SHARED)")
    if _TRAINING is None:
        _TRAINING = BackgroundTraining(_msra_dir())
    return _TRAINING.wait()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared next to the repository (override with KG_SHARED); skips when it is absent."""
    path = Path(os.environ.get("KG_SHARED") or REPO.parent / "shared")
    if not path.is_dir():
        pytest.skip(f"shared data folder {path} not found (set KG_SHARED)")
    return path


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """artifacts/ in the repository root (gitignored): screenshots and other test output to keep."""
    path = REPO / "artifacts"
    path.mkdir(exist_ok=True)
    return path


@dataclass(frozen=True)
class Neo4jServer:
    """A running server the tests may use (and wipe)."""

    bolt_uri: str
    http_uri: str
    user: str
    password: str
    home: Path | None  # None when the server was started outside the tests

    def connect(self) -> object:
        from kg.store.neo4j import connect

        return connect(self.bolt_uri, self.user, self.password)


@pytest.fixture(scope="session")
def neo4j_dist() -> Path:
    """A server home holding the jars (the repo's .neo4j, fetched once) that other homes link to."""
    from kg import neo4j_server as server

    return server.install(_jars_home())


@pytest.fixture(scope="session")
def neo4j_server() -> Neo4jServer:
    """The given server, or the session's own (stopped in ``pytest_sessionfinish``)."""
    global _BACKGROUND
    uri = os.environ.get("KG_TEST_NEO4J_URI")
    if uri:
        password = os.environ.get("KG_TEST_NEO4J_PASSWORD") or os.environ.get("KG_NEO4J_PASSWORD", "")
        host = urlparse(uri).hostname or "127.0.0.1"
        http = os.environ.get("KG_TEST_NEO4J_HTTP_URI") or f"http://{host}:7474"
        return Neo4jServer(uri, http, os.environ.get("KG_TEST_NEO4J_USER", "neo4j"), password, None)
    if _BACKGROUND is None:  # asked for by a test without the neo4j mark: start it now
        _BACKGROUND = BackgroundServer()
    info = _BACKGROUND.wait()
    return Neo4jServer(info.bolt_uri, info.http_uri, "neo4j", TEST_PASSWORD, _BACKGROUND.home)
