"""Every example :param of cypher/*.cypher names something a build of the whole corpus holds."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg.model import RELATION_TYPES
from kg.store.sqlite import SqliteStore
from tests.corpus import corpus_db
from tests.test_neo4j_helpers import CYPHER, parse_saved

# parameter name → what it names: a label of the entities table, "article" or "text" (a substring)
NAMES = {
    "name": "Person",
    "from": "Person",
    "to": "Person",
    "source": "Person",
    "body": "Organization",
    "target": "Organization",
    "meeting": "Meeting",
    "article": "article",
    "query": "text",
}
NOT_NAMES = {"limit", "min_shared", "statuses", "type"}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path):
    with SqliteStore(corpus_db(tmp_path_factory, shared_dir), create=False) as s:
        yield s


def _exists(store: SqliteStore, kind: str, value: str) -> bool:
    conn = store._conn
    if kind == "article":
        sql = "SELECT 1 FROM articles WHERE id = ? OR id LIKE ? ESCAPE '\\'"
        like = "%/" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return conn.execute(sql, (value, like)).fetchone() is not None
    if kind == "text":
        return conn.execute("SELECT 1 FROM entities WHERE instr(name, ?) > 0", (value,)).fetchone() is not None
    return conn.execute("SELECT 1 FROM entities WHERE label = ? AND name = ?", (kind, value)).fetchone() is not None


@pytest.mark.slow
@pytest.mark.parametrize("path", sorted(p for p in CYPHER.glob("*.cypher") if p.stem != "schema"), ids=lambda p: p.stem)
def test_example_parameters_exist_in_a_corpus_build(store: SqliteStore, path: Path) -> None:
    params = {k: ast.literal_eval(v) for k, v in parse_saved(path).params.items()}
    if path.stem == "appointments_in_range":  # dates and statuses: some post change lies in the range
        sql = "SELECT count(*) FROM relations WHERE type = 'HOLDS_POSITION' AND date BETWEEN ? AND ? AND status IN ({})"
        marks = ",".join("?" * len(params["statuses"]))
        found = store._conn.execute(sql.format(marks), (params["from"], params["to"], *params["statuses"])).fetchone()
        assert found[0] > 0, f"{path.name}: no appointment or removal between its example dates"
        return
    for param, literal in parse_saved(path).params.items():
        value = params[param]
        if param == "type":
            assert value in RELATION_TYPES, f"{path.name}: {value!r} is no relationship type"
            continue
        if param in NOT_NAMES:
            continue
        assert param in NAMES, f"{path.name}: say in NAMES what :param {param} names"
        assert _exists(store, NAMES[param], value), f"{path.name}: :param {param} => {literal} is not in the corpus"
