"""Benchmark-only Neo4j loaders: the same synthetic rows written one MERGE per transaction (the slow
baseline) or in UNWIND batches (what ``kg push`` does). Not part of the library."""

from __future__ import annotations

from collections.abc import Sequence

from kg.store import queries as q
from kg.store.neo4j import DEFAULT_BATCH_SIZE, Connection, PushStats, run_batches


def bench_rows(n: int) -> list[dict[str, str]]:
    """``n`` synthetic Person rows (ids ``Person:bench-<i>``) for load benchmarks."""
    return [{"id": f"Person:bench-{i}", "name": f"bench-{i}"} for i in range(n)]


def load_rows_one_by_one(conn: Connection, rows: Sequence[dict[str, str]], label: str = "Person") -> int:
    """MERGE each row in its own transaction (the slow baseline); returns nodes created."""
    query = q.bench_merge_one(label)
    created = 0
    with conn.session() as session:
        for row in rows:
            created += session.execute_write(lambda tx, r=row: tx.run(query, r).consume().counters.nodes_created)
    return created


def load_rows_batched(
    conn: Connection, rows: Sequence[dict[str, str]], label: str = "Person", batch_size: int = DEFAULT_BATCH_SIZE
) -> int:
    """MERGE the rows with UNWIND, ``batch_size`` per transaction; returns nodes created."""
    stats = PushStats()
    run_batches(conn, q.bench_merge_batch(label), "rows", rows, batch_size, stats)
    return stats.nodes_created


def delete_bench_rows(conn: Connection, label: str = "Person") -> None:
    """Remove the nodes the benchmark loaders created (they carry ``bench = true``)."""
    with conn.session() as session:
        session.run(q.bench_delete(label)).consume()
