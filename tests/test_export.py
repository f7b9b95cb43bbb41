"""kg export over a real build of the whole corpus: GraphML that reads back with the same counts,
CSV tables, and neo4j-admin import files that the Neo4j install kg uses loads into a fresh
database holding what `kg push` writes."""

from __future__ import annotations

import csv
import os
import re
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.export import read_import_arguments
from kg.store.sqlite import SqliteStore
from tests.corpus import corpus_db

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    return corpus_db(tmp_path_factory, shared_dir)


@pytest.fixture(scope="module")
def counts(db: Path) -> dict[str, int]:
    with SqliteStore(db, create=False) as store:
        return store.counts()


def _export(db: Path, fmt: str, out: Path) -> str:
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return result.output


def test_graphml_reads_back_with_the_same_counts(db: Path, counts: dict[str, int], tmp_path: Path) -> None:
    _export(db, "graphml", tmp_path / "kg.graphml")
    g = nx.read_graphml(tmp_path / "kg.graphml", force_multigraph=True)
    assert g.number_of_nodes() == counts["entities"] + counts["articles"]
    assert g.number_of_edges() == counts["relations"]
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert {"Person", "Organization", "Article"} <= labels
    posts = [d for u, v, d in g.edges(data=True) if u == "Person:史根治" and d["type"] == "HOLDS_POSITION"]
    assert posts and all(d["sentence"] and d["rule"] and d["end"] > d["start"] for d in posts)
    _export(db, "graphml", tmp_path / "again.graphml")
    assert (tmp_path / "kg.graphml").read_bytes() == (tmp_path / "again.graphml").read_bytes()


def test_csv_tables_hold_every_row(db: Path, counts: dict[str, int], tmp_path: Path) -> None:
    _export(db, "csv", tmp_path / "csv")
    for name, table in (("nodes", "entities"), ("articles", "articles"), ("relations", "relations"),
                        ("mentions", "mentions")):  # fmt: skip
        with open(tmp_path / "csv" / f"{name}.csv", encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == counts[table], name
    with open(tmp_path / "csv" / "relations.csv", encoding="utf-8", newline="") as f:
        rel = next(r for r in csv.DictReader(f) if r["source"] == "Person:史根治")
    assert rel["sentence"] and rel["article_id"] and int(rel["end"]) > int(rel["start"])


def test_export_refuses_a_file_where_a_folder_goes(db: Path, tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--db", str(db), "-o", str(tmp_path / "f")])
    assert result.exit_code == 2 and "pass a folder" in result.output
    assert (tmp_path / "f").read_text(encoding="utf-8") == "x"


def _by_label(conn: object) -> dict[str, int]:
    with conn.session() as session:  # type: ignore[attr-defined]
        nodes = {r["l"]: r["n"] for r in session.run("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n")}
        rels = {r["t"]: r["n"] for r in session.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n")}
    return {**{f"node {k}": v for k, v in nodes.items()}, **{f"rel {k}": v for k, v in rels.items()}}


def _import_and_start(folder: Path, home: Path, neo4j_dist: Path, password: str) -> tuple[str, str]:
    """neo4j-admin import of ``folder`` into a new ``home`` with the arguments kg wrote, then start
    that server; the import's report and the server's Bolt address."""
    from kg import neo4j_server as server

    server.install(home, lib_from=neo4j_dist)
    server.write_config(home, *server.free_ports(2))
    java = server.find_java_home()
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf"), "JAVA_HOME": str(java)}
    cmd = [str(java / "bin" / "java"), "-cp", f"{home / 'lib'}/*", "org.neo4j.server.startup.Neo4jAdminCommand",
           *read_import_arguments(folder)]  # fmt: skip
    proc = subprocess.run(cmd, env=env, cwd=folder, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    bolt_port, http_port = server.free_ports(2)
    info = server.start(home, password=password, bolt_port=bolt_port, http_port=http_port)
    return proc.stdout, info.bolt_uri


@pytest.mark.neo4j
def test_neo4j_admin_imports_what_push_writes(db: Path, neo4j_dist: Path, neo4j_server, tmp_path: Path) -> None:
    """Import and start a second server in a thread while the same store is pushed to the session's."""
    from concurrent.futures import ThreadPoolExecutor

    from kg import neo4j_server as server
    from kg.store.neo4j import connect, push
    from tests.test_neo4j_helpers import wipe

    folder, home, password = tmp_path / "import", tmp_path / "home", "kg-import-test"
    assert "import.sh" in _export(db, "neo4j-import", folder)
    with ThreadPoolExecutor(1) as pool:
        try:
            imported_server = pool.submit(_import_and_start, folder, home, neo4j_dist, password)
            pushed_conn = neo4j_server.connect()
            wipe(pushed_conn)
            with SqliteStore(db, create=False) as store:
                stats = push(store, pushed_conn)
            pushed = _by_label(pushed_conn)
            pushed_conn.close()
            report, bolt_uri = imported_server.result()
            imported = re.search(r"Imported:\s+(\d+) nodes\s+(\d+) relationships", report)
            assert imported, report[-2000:]
            assert (int(imported[1]), int(imported[2])) == (stats.nodes_created, stats.relationships_created)
            with connect(bolt_uri, "neo4j", password) as conn:
                assert _by_label(conn) == pushed
                with conn.session() as session:
                    row = session.run(
                        "MATCH (:Person {name: '史根治'})-[r:HOLDS_POSITION]->(o:Organization {name: '许昌市委'}) "
                        "RETURN r.title AS title, r.sentence AS sentence, r.start AS start LIMIT 1"
                    ).single()
        finally:
            pool.shutdown(wait=True)
            server.stop(home)
    assert row["title"] == "市委书记" and "史根治" in row["sentence"] and isinstance(row["start"], int)
