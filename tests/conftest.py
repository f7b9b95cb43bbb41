"""Shared fixtures: the shared data folder, and a real Neo4j server for tests marked ``neo4j``.

``neo4j_server`` uses the server named by KG_TEST_NEO4J_URI / KG_TEST_NEO4J_PASSWORD (what .ci/run
starts; KG_TEST_NEO4J_HTTP_URI gives its HTTP address, default port 7474 on the same host), or else
starts one itself from the jars on free ports with a fresh database, and stops it at the end.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest

REPO = Path(__file__).resolve().parents[1]


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

    return server.install(Path(os.environ.get("KG_NEO4J_HOME") or REPO / ".neo4j"))


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    uri = os.environ.get("KG_TEST_NEO4J_URI")
    if uri:
        password = os.environ.get("KG_TEST_NEO4J_PASSWORD") or os.environ.get("KG_NEO4J_PASSWORD", "")
        host = urlparse(uri).hostname or "127.0.0.1"
        http = os.environ.get("KG_TEST_NEO4J_HTTP_URI") or f"http://{host}:7474"
        yield Neo4jServer(uri, http, os.environ.get("KG_TEST_NEO4J_USER", "neo4j"), password, None)
        return
    from kg import neo4j_server as server

    dist = server.install(Path(os.environ.get("KG_NEO4J_HOME") or REPO / ".neo4j"))
    home = tmp_path_factory.mktemp("neo4j-home")
    password = "kg-test-password"
    info = server.start(
        home, password=password, bolt_port=server.free_port(), http_port=server.free_port(), lib_from=dist
    )
    try:
        yield Neo4jServer(info.bolt_uri, info.http_uri, "neo4j", password, home)
    finally:
        server.stop(home)
        shutil.rmtree(home / "data", ignore_errors=True)
