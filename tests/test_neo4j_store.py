"""Push and write-through against a real Neo4j: idempotence, hostile names, errors, a crash mid-push."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from benchmarks.neo4j_loaders import bench_rows, delete_bench_rows, load_rows_batched, load_rows_one_by_one
from kg import neo4j_server as server
from kg.cli import main
from kg.errors import ConfigError, StoreError
from kg.model import Article, ArticleGraph, Entity, EntityMention, Evidence, GraphBatch, Relation, entity_id
from kg.store import queries as q
from kg.store.neo4j import connect, open_neo4j, push
from kg.store.sqlite import SqliteStore
from tests.test_neo4j_helpers import EXAMPLE, REPO, CmdlineWatch, build_store, count, wipe

HOSTILE = [
    'O\'Brien "the" `tick`',
    "{braces} and $param",
    "line one\nline two\r\n\ttab",
    "MATCH (n) DETACH DELETE n //",
    "'}) RETURN 1; CREATE (x:Evil {",
    "反引号`与引号'\"",
]


def hostile_batch() -> GraphBatch:
    text = "。".join(HOSTILE) + "。"
    article = Article(id="hostile#1", text=text, title="RETURN `x` {y}", date="2024-01-02", content_hash="h1")
    entities, mentions, relations = [], [], []
    pos = 0
    for i, name in enumerate(HOSTILE):
        label = "Person" if i % 2 == 0 else "Organization"
        e = Entity(entity_id(label, name), label, name, aliases=(name + "'s alias",))
        entities.append(e)
        mentions.append(EntityMention(e.id, pos, pos + len(name), name, "test"))
        pos += len(name) + 1
    ev = Evidence(article.id, 0, len(text), text, "test_rule.v1")
    for p, o in zip(entities[0::2], entities[1::2], strict=True):
        relations.append(Relation("HOLDS_POSITION", p.id, o.id, ev, title="书记`'}", status="held", date="2024-01-02"))
    return GraphBatch((ArticleGraph(article, tuple(entities), tuple(mentions), tuple(relations)),))


def test_docker_compose_parses_and_matches_the_local_server() -> None:
    spec = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
    service = spec["services"]["neo4j"]
    assert service["image"] == "neo4j:5.26-community"
    assert {"127.0.0.1:7474:7474", "127.0.0.1:7687:7687"} == set(service["ports"])
    assert "apoc" in service["environment"]["NEO4J_PLUGINS"]
    assert service["environment"]["NEO4J_AUTH"].startswith("${NEO4J_AUTH")
    assert service["healthcheck"]["test"]
    assert set(spec["volumes"]) >= {"neo4j-data"}


def test_labels_and_types_are_checked_before_formatting() -> None:
    with pytest.raises(StoreError, match="unknown node label"):
        q.merge_nodes("Person) DETACH DELETE (n")
    with pytest.raises(StoreError, match="unknown relationship type"):
        q.merge_relationships("KNOWS]->() DELETE r //", "Person", "Person")
    assert "MERGE (n:Person {id: row.id})" in q.merge_nodes("Person")


@pytest.fixture
def conn(neo4j_server):
    c = neo4j_server.connect()
    wipe(c)
    yield c
    c.close()


@pytest.mark.neo4j
def test_hostile_names_round_trip_through_push_and_write(conn, neo4j_server, tmp_path: Path) -> None:
    batch = hostile_batch()
    store = SqliteStore(tmp_path / "kg.sqlite")
    store.write(batch)
    push(store, conn)
    with conn.session() as s:
        names = {
            r["name"]: r["aliases"]
            for r in s.run("MATCH (n:Person|Organization) RETURN n.name AS name, n.aliases AS aliases")
        }
        titles = [r["t"] for r in s.run("MATCH ()-[r:HOLDS_POSITION]->() RETURN r.title AS t")]
        title = s.run("MATCH (a:Article) RETURN a.title AS t").single()["t"]
    assert set(names) == set(HOSTILE)
    assert all(names[n] == [n + "'s alias"] for n in HOSTILE)
    assert titles == ["书记`'}"] * 3
    assert title == "RETURN `x` {y}"
    assert count(conn, "MATCH (n:Evil) RETURN count(n)") == 0
    # The same batch written through Neo4jStore is recognised as unchanged.
    with open_neo4j(conn.uri, neo4j_server.user, neo4j_server.password, store_id=store.store_id) as through:
        stats = through.write(batch)
    assert stats.articles_unchanged == 1 and stats.entities_added == 0


@pytest.mark.neo4j
def test_write_through_then_replace_an_article(conn, neo4j_server) -> None:
    batch = hostile_batch()
    with open_neo4j(conn.uri, neo4j_server.user, neo4j_server.password, store_id="write-through-test") as store:
        first = store.write(batch)
        graph = batch.graphs[0]
        changed = Article(graph.article.id, graph.article.text, title="changed", content_hash="h2")
        second = store.write(GraphBatch((ArticleGraph(changed, graph.entities, graph.mentions, graph.relations[:1]),)))
    assert first.articles_added == 1 and first.entities_added == len(HOSTILE) and first.relations_added == 3
    assert second.articles_replaced == 1
    assert count(conn, "MATCH ()-[r:HOLDS_POSITION]->() RETURN count(r)") == 1
    assert count(conn, "MATCH (a:Article {title: 'changed'}) RETURN count(a)") == 1


@pytest.mark.neo4j
def test_push_is_idempotent_and_cli_reports_counters(conn, neo4j_server, tmp_path: Path) -> None:
    db = tmp_path / "kg.sqlite"
    build_store([EXAMPLE], db).close()
    env = {"PW": neo4j_server.password}
    args = ["push", "--db", str(db), "--uri", neo4j_server.bolt_uri, "--user", neo4j_server.user,
            "--password-env", "PW", "--json"]  # fmt: skip
    first = CliRunner().invoke(main, args, env=env)
    assert first.exit_code == 0, first.output
    stats = json.loads(first.stdout.strip().splitlines()[-1])
    assert stats["nodes_created"] > 20 and stats["relationships_created"] > 20 and stats["properties_set"] > 100
    nodes, rels = count(conn, q.COUNT_NODES), count(conn, q.COUNT_RELATIONSHIPS)
    assert nodes == stats["nodes_created"] and rels == stats["relationships_created"]
    second = json.loads(CliRunner().invoke(main, args, env=env).stdout.strip().splitlines()[-1])
    assert (second["nodes_created"], second["relationships_created"], second["properties_set"]) == (0, 0, 0)
    assert second["rows_unchanged"] == stats["rows_sent"]
    assert (count(conn, q.COUNT_NODES), count(conn, q.COUNT_RELATIONSHIPS)) == (nodes, rels)


@pytest.mark.neo4j
def test_wrong_password_is_clear_and_never_printed(neo4j_server, tmp_path: Path) -> None:
    secret = "Wr0ng-Secret-Value"
    with pytest.raises(StoreError) as info:
        connect(neo4j_server.bolt_uri, neo4j_server.user, secret)
    assert "rejected the credentials" in str(info.value) and secret not in str(info.value)
    db = tmp_path / "kg.sqlite"
    SqliteStore(db).close()
    result = CliRunner().invoke(main, ["push", "--db", str(db), "--uri", neo4j_server.bolt_uri, "--password-env", "PW"],
                                env={"PW": secret})  # fmt: skip
    assert result.exit_code == StoreError.exit_code
    assert neo4j_server.bolt_uri in result.output and secret not in result.output


def test_free_ports_are_distinct_and_one_port_for_both_is_refused(tmp_path: Path) -> None:
    """Separate free_port() calls may return one number twice (a CI run started Bolt and HTTP on
    one port); free_ports holds every socket until all are chosen, and start refuses a shared port."""
    for _ in range(50):
        ports = server.free_ports(4)
        assert len(set(ports)) == 4 and all(1024 <= p < 65536 for p in ports)
    port = server.free_port()
    with pytest.raises(ConfigError, match=f"both on port {port}"):
        server.start(tmp_path / "home", password="pw", bolt_port=port, http_port=port)
    assert not (tmp_path / "home").exists()  # refused before anything is installed


def test_server_down_names_the_uri(tmp_path: Path) -> None:
    uri = f"bolt://127.0.0.1:{server.free_port()}"
    with pytest.raises(StoreError, match="cannot reach Neo4j at " + uri):
        connect(uri, "neo4j", "whatever")
    db = tmp_path / "kg.sqlite"
    SqliteStore(db).close()
    result = CliRunner().invoke(main, ["push", "--db", str(db), "--uri", uri], env={"KG_NEO4J_PASSWORD": "x"})
    assert result.exit_code == 4 and f"cannot reach Neo4j at {uri}" in result.output
    assert "Traceback" not in result.output


@pytest.mark.neo4j
def test_batched_and_one_by_one_loaders_make_the_same_nodes(conn) -> None:
    rows = bench_rows(50)
    assert load_rows_one_by_one(conn, rows[:25]) == 25
    assert load_rows_batched(conn, rows, batch_size=10) == 25  # the first 25 are merged, not duplicated
    assert count(conn, "MATCH (n:Person) WHERE n.bench RETURN count(n)") == 50
    delete_bench_rows(conn)
    assert count(conn, "MATCH (n:Person) WHERE n.bench RETURN count(n)") == 0


@pytest.mark.neo4j
@pytest.mark.slow
def test_server_killed_mid_push_then_rerun_completes_without_duplicates(neo4j_dist: Path, tmp_path: Path) -> None:
    """A server of its own: start, push in small batches, SIGKILL it mid-push, restart, push again."""
    home, password = tmp_path / "home", "crash-test-pw"
    bolt, http = server.free_ports(2)
    store = build_store([EXAMPLE], tmp_path / "kg.sqlite")
    with CmdlineWatch(password) as watch:  # the whole set-up: initial password, then the server
        info = server.start(home, password=password, bolt_port=bolt, http_port=http, lib_from=neo4j_dist)
    assert watch.leaks == [] and "org.neo4j.server.startup.Neo4jCommand" in watch.java_seen
    try:
        runner = CliRunner()
        status = runner.invoke(main, ["neo4j", "status", "--home", str(home)])
        assert status.exit_code == 0 and info.bolt_uri in status.output
        sent = [0]

        def crash_after_two_batches(n: int) -> None:
            sent[0] += n
            if sent[0] >= 10 and server.status(home).running:
                server.kill(home)

        with connect(info.bolt_uri, "neo4j", password, retry_time=2) as c, pytest.raises(StoreError) as err:
            push(store, c, batch_size=5, progress=crash_after_two_batches)
        assert f"cannot reach Neo4j at {info.bolt_uri}" in str(err.value)
        assert not server.status(home).running
        server.start(home, password=password, bolt_port=bolt, http_port=http, lib_from=neo4j_dist)
        with connect(info.bolt_uri, "neo4j", password) as c:
            partial = count(c, q.COUNT_NODES)
            rerun = push(store, c)
            again = push(store, c)
            assert rerun.rows_unchanged >= 1 and rerun.rows_sent >= 1
            assert (again.nodes_created, again.relationships_created, again.rows_sent) == (0, 0, 0)
            total = count(c, q.COUNT_NODES)
            assert total == partial + rerun.nodes_created
            assert count(c, "MATCH (n) WITH n.id AS id, count(*) AS k WHERE k > 1 RETURN count(id)") == 0
            n_rel = count(c, "MATCH ()-[r]->() WHERE r.key IS NOT NULL RETURN count(r)")
            assert n_rel == count(c, "MATCH ()-[r]->() WHERE r.key IS NOT NULL RETURN count(DISTINCT r.key)")
    finally:
        store.close()
        assert server.stop(home) in (True, False)
    assert not server.status(home).running
    stopped = CliRunner().invoke(main, ["neo4j", "status", "--home", str(home)])
    assert stopped.exit_code == 1 and "not running" in stopped.output


@pytest.mark.neo4j
def test_build_with_neo4j_writes_what_push_would(conn, neo4j_server, tmp_path: Path) -> None:
    """`kg build --neo4j` writes straight through; a push of the same store afterwards creates nothing."""
    env = {"PW": neo4j_server.password}
    db = tmp_path / "kg.sqlite"
    build = ["build", str(EXAMPLE), "--db", str(db), "--out", str(tmp_path / "out"), "--ner", "lac",
             "--neo4j", neo4j_server.bolt_uri, "--neo4j-user", neo4j_server.user, "--password-env", "PW"]  # fmt: skip
    result = CliRunner().invoke(main, build, env=env)
    assert result.exit_code == 0, result.output
    people = {r["name"] for r in conn.driver.execute_query("MATCH (p:Person) RETURN p.name AS name").records}
    assert {"史根治", "刘涛", "马正兰"} <= people
    push_args = ["push", "--db", str(db), "--uri", neo4j_server.bolt_uri, "--user", neo4j_server.user,
                 "--password-env", "PW", "--json"]  # fmt: skip
    stats = json.loads(CliRunner().invoke(main, push_args, env=env).stdout.strip().splitlines()[-1])
    assert (stats["nodes_created"], stats["relationships_created"]) == (0, 0)


# -- a rerun completes a write-through that failed; prune only what kg wrote; no password in ps ----


def _graph_ids(conn, store_id: str) -> dict[str, set[str]]:
    """What ``store_id`` wrote into Neo4j: node ids, relationship keys, mention (entity, article) pairs."""
    with conn.session() as s:
        nodes = {r["id"] for r in s.run("MATCH (n) WHERE n.kg_store = $s RETURN n.id AS id", s=store_id)}
        rels = {r["k"] for r in s.run("MATCH ()-[r]->() WHERE r.kg_store = $s AND r.key IS NOT NULL "
                                      "RETURN r.key AS k", s=store_id)}  # fmt: skip
        mentions = {r["m"] for r in s.run("MATCH (e)-[r:MENTIONED_IN]->(a) WHERE r.kg_store = $s "
                                          "RETURN e.id + '\\u001f' + a.id AS m", s=store_id)}  # fmt: skip
    return {"nodes": nodes, "relationships": rels, "mentions": mentions}


def _store_ids(store: SqliteStore) -> dict[str, set[str]]:
    """The same three sets for the SQLite store, as a push would write them."""
    from kg.store.neo4j import rows_from_store

    rows = rows_from_store(store)
    nodes = {r.id for r in rows.articles} | {r.id for rs in rows.entities.values() for r in rs}
    rels = {r.id for rs in rows.relations.values() for r in rs}
    mentions = {r.id for rs in rows.mentions.values() for r in rs}
    return {"nodes": nodes, "relationships": rels, "mentions": mentions}


@pytest.mark.neo4j
def test_rerun_completes_a_write_through_cut_off_at_batch_2(conn, neo4j_server, tmp_path: Path) -> None:
    from urllib.parse import urlparse

    from kg import run
    from kg.ner import extractor_factory
    from kg.store.neo4j import Neo4jStore
    from tests.test_neo4j_helpers import CuttableProxy

    bolt = urlparse(neo4j_server.bolt_uri)
    proxy = CuttableProxy(bolt.hostname or "127.0.0.1", bolt.port or 7687)
    factory, _ = extractor_factory("rules")
    db = tmp_path / "kg.sqlite"

    class CutBeforeSecondWrite(Neo4jStore):
        writes = 0

        def write(self, batch):
            self.writes += 1
            if self.writes == 2:
                proxy.cut()  # the network fails between batch 1 and batch 2
            return super().write(batch)

    with SqliteStore(db) as store:
        through = CutBeforeSecondWrite(connect(proxy.uri, neo4j_server.user, neo4j_server.password, retry_time=1),
                                       store_id=store.store_id)  # fmt: skip
        through.apply_schema()
        with pytest.raises(StoreError, match="a rerun finishes the rest"):
            run.build([EXAMPLE], store, factory, batch_size=1, extra_stores=[through])
        through.close()
        store_id, sqlite_articles = store.store_id, sum(1 for _ in store.articles())
    assert sqlite_articles == 2  # SQLite took batches 1 and 2 …
    assert count(conn, "MATCH (a:Article) RETURN count(a)") == 1  # … Neo4j batch 1 only, batch 2 not half-written

    env = {"PW": neo4j_server.password}
    rerun = CliRunner().invoke(main, ["build", str(EXAMPLE), "--db", str(db), "--out", str(tmp_path / "out"),
                                      "--ner", "rules", "--neo4j", neo4j_server.bolt_uri, "--neo4j-user",
                                      neo4j_server.user, "--password-env", "PW"], env=env)  # fmt: skip
    assert rerun.exit_code == 0, rerun.output
    with SqliteStore.open_read_only(db) as store:
        expected = _store_ids(store)
        assert sum(1 for _ in store.articles()) == 3
    got = _graph_ids(conn, store_id)
    assert got == expected
    assert len(expected["nodes"]) > 10 and expected["relationships"] and expected["mentions"]
    assert count(conn, q.COUNT_NODES) == len(expected["nodes"])
    assert count(conn, q.COUNT_RELATIONSHIPS) == len(expected["relationships"]) + len(expected["mentions"])
    push_args = ["push", "--db", str(db), "--uri", neo4j_server.bolt_uri, "--user", neo4j_server.user,
                 "--password-env", "PW", "--json"]  # fmt: skip
    stats = json.loads(CliRunner().invoke(main, push_args, env=env).stdout.strip().splitlines()[-1])
    assert (stats["nodes_created"], stats["relationships_created"], stats["rows_sent"]) == (0, 0, 0)


@pytest.mark.neo4j
def test_push_prunes_only_what_this_store_wrote(conn, tmp_path: Path) -> None:
    batch = hostile_batch()
    graph = batch.graphs[0]
    people = [e for e in graph.entities if e.label == "Person"]
    store = SqliteStore(tmp_path / "kg.sqlite")
    store.write(batch)
    push(store, conn)
    kept, dropped = people[0], people[1]  # the next version of the article names only the first pair
    with conn.session() as s:  # a user's own data, some of it tied to a node kg wrote
        s.run("CREATE (:Person {id: 'manual-1', name: '我的'})-[:KNOWS]->(:Person {id: 'manual-2'})").consume()
        s.run("MATCH (m:Person {id: 'manual-1'}), (p:Person {id: $id}) CREATE (m)-[:KNOWS {note: 'mine'}]->(p)",
              id=dropped.id).consume()  # fmt: skip
        s.run("CREATE (:Organization {id: 'Organization:手工', name: '手工'})").consume()
    smaller = ArticleGraph(
        Article(graph.article.id, graph.article.text, title="v2", content_hash="h2"),
        graph.entities[:2], graph.mentions[:2], graph.relations[:1],
    )  # fmt: skip
    store.write(GraphBatch((smaller,)))
    stats = push(store, conn)
    assert stats.rows_deleted > 0
    with conn.session() as s:
        ids = {r["id"] for r in s.run("MATCH (n) RETURN n.id AS id")}
        knows = s.run("MATCH (:Person {id: 'manual-1'})-[k:KNOWS]->(p) RETURN p.id AS id ORDER BY id").value()
    assert {"manual-1", "manual-2", "Organization:手工"} <= ids  # never touched
    assert sorted(knows) == sorted(["manual-2", dropped.id])  # the user's relationships stay …
    assert dropped.id in ids  # … and so does the kg node they hang on
    assert kept.id in ids
    assert not ({e.id for e in graph.entities[2:]} - {dropped.id}) & ids  # kg's other stale nodes are gone
    assert count(conn, "MATCH ()-[r:HOLDS_POSITION]->() RETURN count(r)") == 1
    assert count(conn, "MATCH (n) WHERE n.kg_store IS NULL RETURN count(n)") == 3
    store.close()


@pytest.mark.neo4j
def test_initial_password_never_in_process_arguments(
    neo4j_dist: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """neo4j-admin's set-initial-password gets it through a private @file: /proc/*/cmdline never shows
    it, and the auth file it writes holds that exact password (spaces and quotes included)."""
    import hashlib
    import tempfile

    # a temp folder of this test's own: another Neo4j starting on the machine (CI's service) writes its own
    # kg-neo4j-*/initial-password into the shared one for a moment
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    home = server.install(tmp_path / "home", lib_from=neo4j_dist)
    server.write_config(home, *server.free_ports(2))
    password = 'pw with "quotes" and spaces'
    with CmdlineWatch(password) as watch:
        server._set_initial_password(home, server.find_java_home(), password)
    assert "org.neo4j.cli.AdminTool" in watch.java_seen  # the scan saw the admin JVM run
    assert watch.leaks == []
    user, cred, _ = (home / "data" / "dbms" / "auth.ini").read_text().split(":", 2)
    algorithm, digest, salt, iterations = cred.split(",")
    assert (user, algorithm) == ("neo4j", "SHA-256")
    value = hashlib.sha256(bytes.fromhex(salt) + password.encode()).digest()
    for _ in range(int(iterations) - 1):
        value = hashlib.sha256(value).digest()
    assert value.hex() == digest
    assert list(private_tmp.iterdir()) == []  # the private folder and the file in it are gone
