"""Speed and memory figures of kg, measured in one run and printed as a table (or JSON).

    python benchmarks/run.py [--quick] [--json] [--corpus DIR]

Every figure is measured here, now, on this machine; ratios compare runs made side by side,
and each timing is the median of the repetitions (``--repeat``). Heavy parts run in child
processes so that their peak memory (ru_maxrss) is their own.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(os.environ.get("KG_SHARED", REPO.parent / "shared")) / "corpus"


def _median_time(func: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _child(code: str, *args: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line."""
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=REPO, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- extraction throughput ---------------------------------------------------------------------


def extraction_speed(corpus: Path, backends: list[str], limit_chars: int, repeat: int) -> dict[str, float]:
    """Characters per second per core through the full pipeline, per backend (single process)."""
    from kg.ingest import discover, read_file
    from kg.ner.select import select_extractor
    from kg.pipeline import batched, extract_graphs

    articles = []
    total = 0
    for path in discover([corpus]):
        for article in read_file(path):
            articles.append(article)
            total += len(article.text)
        if total >= limit_chars:
            break
    result: dict[str, float] = {}
    for backend in backends:
        try:
            extractor, _ = select_extractor(backend, None)
        except Exception as e:  # a backend whose model is not available here is reported, not timed
            print(f"  {backend}: not measured ({e})", file=sys.stderr)
            continue
        extract_graphs(articles[:2], extractor)  # warm up (model load, caches)

        def run_all(extractor: Any = extractor) -> None:
            for batch in batched(articles, 64):
                extract_graphs(batch, extractor)

        seconds = _median_time(run_all, repeat)
        result[backend] = round(total / seconds)
    return result


# -- end-to-end build, workers, memory ---------------------------------------------------------

BUILD_CHILD = """
import json, resource, sys, time
from kg import run
from kg.ner import extractor_factory
from kg.store.sqlite import SqliteStore
corpus, db, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
factory, _ = extractor_factory("lac")
start = time.perf_counter()
with SqliteStore(db) as store:
    summary = run.build([corpus], store, factory, workers=workers)
seconds = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "articles": summary.articles, "peak_mb": peak_kb / 1024}))
"""


def build_once(corpus: Path, workers: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        return _child(BUILD_CHILD, str(corpus), str(Path(tmp) / "kg.sqlite"), str(workers))


def replicate(corpus: Path, times: int, into: Path) -> Path:
    """A folder holding ``times`` copies of every corpus file, under distinct names."""
    for i in range(times):
        for path in corpus.rglob("*"):
            if path.is_file() and path.suffix in {".txt", ".md", ".html", ".jsonl"}:
                rel = path.relative_to(corpus)
                dest = into / f"copy{i}" / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, dest)
    return into


# -- analytics on synthetic graphs --------------------------------------------------------------


def community_graph(edges: int, seed: int = 7, size: int = 40, inside: float = 0.8) -> Any:
    """A random graph with ``edges`` edges in communities of ``size`` nodes, average degree 10:
    ``inside`` of the edges fall within a community, like people sharing bodies and meetings."""
    import networkx as nx

    rng = random.Random(seed)
    nodes = max(size, edges // 5)
    graph = nx.Graph()
    graph.add_nodes_from(range(nodes))
    added = 0
    while added < edges:
        u = rng.randrange(nodes)
        if rng.random() < inside:
            base = u - u % size
            v = base + rng.randrange(min(size, nodes - base))
        else:
            v = rng.randrange(nodes)
        if u != v and not graph.has_edge(u, v):
            graph.add_edge(u, v)
            added += 1
    return graph


def analytics_scaling(sizes: list[int]) -> dict[str, dict[str, float]]:
    """Seconds per algorithm on community-structured random graphs of ``sizes`` edges."""
    import networkx as nx

    from kg import analytics

    out: dict[str, dict[str, float]] = {}
    for edges in sizes:
        simple = community_graph(edges)
        graph = nx.MultiDiGraph()
        graph.add_nodes_from((n, {"label": "Person", "name": str(n)}) for n in simple)
        graph.add_edges_from((u, v, {"type": "PARTNERS_WITH"}) for u, v in simple.edges)
        timings: dict[str, float] = {}
        for name, func in (
            ("pagerank", analytics.pagerank),
            ("degree", analytics.degree_centrality),
            ("communities", analytics.communities),
            ("betweenness_k20", lambda g: analytics.betweenness(g, k=20)),
        ):
            start = time.perf_counter()
            func(graph)
            timings[name] = round(time.perf_counter() - start, 3)
        out[str(edges)] = timings
    return out


# -- Neo4j loading ------------------------------------------------------------------------------


def neo4j_loading(rows: int) -> dict[str, float] | None:
    """Rows per second for batched UNWIND…MERGE and for one MERGE per row, when a Neo4j runs."""
    uri = os.environ.get("KG_TEST_NEO4J_URI") or os.environ.get("KG_NEO4J_URI")
    password = os.environ.get("KG_TEST_NEO4J_PASSWORD") or os.environ.get("KG_NEO4J_PASSWORD")
    if not uri or not password:
        print("  neo4j: not measured (set KG_NEO4J_URI and KG_NEO4J_PASSWORD)", file=sys.stderr)
        return None
    from kg.store.neo4j import (
        apply_schema,
        bench_rows,
        connect,
        delete_bench_rows,
        load_rows_batched,
        load_rows_one_by_one,
    )

    conn = connect(uri, "neo4j", password)
    try:
        apply_schema(conn)  # both loaders MERGE on the constrained id, as kg push does
        delete_bench_rows(conn)
        data = bench_rows(rows)
        batched_s = _median_time(lambda: load_rows_batched(conn, data), 1)
        delete_bench_rows(conn)  # both loaders create fresh nodes
        few = data[: max(1, rows // 10)]
        single_s = _median_time(lambda: load_rows_one_by_one(conn, few), 1)
        delete_bench_rows(conn)
    finally:
        conn.close()
    batched_rate = rows / batched_s
    single_rate = len(few) / single_s
    return {
        "neo4j_batched_rows_per_s": round(batched_rate),
        "neo4j_row_by_row_rows_per_s": round(single_rate),
        "neo4j_batched_over_row_by_row": round(batched_rate / single_rate, 1),
    }


# -- text without sentence ends (issue 14.1) ---------------------------------------------------------

_UNBROKEN = r"""
import json, re, resource, sys, time
from kg.evaluate import to_extract_record
from kg.ingest import discover, read_file
from kg.model import Article
from kg.ner.select import select_extractor
from kg.pipeline import extract_graphs
from kg.text import sentences
corpus, size, backend = sys.argv[1], int(sys.argv[2]), sys.argv[3]
base = "".join(a.text for path in discover([corpus]) for a in read_file(path))
base = re.sub(r"[。！？；!?;\n]", "，", base)  # every sentence end becomes a comma
text = (base * (size // len(base) + 1))[:size]
extractor, _ = select_extractor(backend, None)
start = time.perf_counter()
(graph,) = extract_graphs([Article("unbroken", text)], extractor)
seconds = time.perf_counter() - start
out = json.dumps(to_extract_record(graph), ensure_ascii=False)
print(json.dumps({"seconds": round(seconds, 2),
                  "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                  "relations": len(graph.relations), "output_mb": round(len(out.encode()) / 1e6, 2),
                  "longest_sentence": max(e - s for s, e in sentences(text)),
                  "longest_evidence": max((len(r.evidence.text) for r in graph.relations), default=0)}))
"""


def unbroken_text(corpus: Path, sizes: list[int], backend: str) -> dict[str, Any]:
    """One article of ``sizes`` characters of corpus text whose sentence ends are all commas, each in a
    fresh process: seconds, peak memory and output size should grow linearly with the size (they
    grew quadratically when a sentence had no length bound), evidence stays bounded."""
    figures: dict[str, Any] = {"backend": backend}
    runs = {size: _child(_UNBROKEN, str(corpus), str(size), backend) for size in sizes}
    for size, run in runs.items():
        figures[f"{size / 1e6:g}MB"] = run
    small, large = runs[sizes[0]], runs[sizes[-1]]
    figures["size_ratio"] = round(sizes[-1] / sizes[0], 1)
    figures["time_ratio"] = round(large["seconds"] / max(small["seconds"], 1e-9), 1)
    figures["memory_ratio"] = round(large["peak_mb"] / small["peak_mb"], 2)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller inputs, one repetition (CI)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of articles")
    parser.add_argument("--repeat", type=int, default=None, help="repetitions per timing (median quoted)")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}: pass --corpus DIR or set KG_SHARED")
    repeat = args.repeat or (1 if args.quick else 3)
    sys.path.insert(0, str(REPO))

    from kg.ner.select import select_extractor

    backends = ["lac", "rules"]
    try:
        extractor, _ = select_extractor("auto", None)
        if extractor.name.startswith("hanlp"):
            backends.append("hanlp")
    except Exception:
        pass
    results: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "quick": args.quick,
    }
    print("extraction…", file=sys.stderr)
    results["extract_chars_per_s_per_core"] = extraction_speed(
        args.corpus, backends, 150_000 if args.quick else 2_000_000, repeat
    )

    print("build, workers, memory…", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        base = replicate(args.corpus, 1, Path(tmp) / "x1")
        one = [build_once(base, 1) for _ in range(repeat)]
        articles = one[0]["articles"]
        results["build_articles_per_s"] = round(articles / statistics.median(r["seconds"] for r in one), 1)
        results["build_peak_mb"] = round(statistics.median(r["peak_mb"] for r in one), 1)
        # workers: one and two processes in turn on a 3x corpus, so process start-up (imports and
        # model load, about a second per worker) does not dominate; the median of the pair ratios
        triple = replicate(args.corpus, 3, Path(tmp) / "x3")
        ratios = []
        for _ in range(repeat):
            single, double = build_once(triple, 1), build_once(triple, 2)
            ratios.append(single["seconds"] / double["seconds"])
        results["workers_speedup_2"] = round(statistics.median(ratios), 2)
        big = replicate(args.corpus, 10, Path(tmp) / "x10")
        ten = build_once(big, 1)
        results["memory_mb_1x"] = results["build_peak_mb"]
        results["memory_mb_10x"] = round(ten["peak_mb"], 1)
        results["memory_ratio_10x_over_1x"] = round(ten["peak_mb"] / results["build_peak_mb"], 2)
        results["articles_1x"] = articles
        results["articles_10x"] = ten["articles"]

    print("analytics…", file=sys.stderr)
    sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    results["analytics_seconds_by_edges"] = analytics_scaling(sizes)

    print("neo4j…", file=sys.stderr)
    loading = neo4j_loading(2_000 if args.quick else 20_000)
    if loading:
        results.update(loading)

    print("text without sentence ends…", file=sys.stderr)
    if args.quick:
        results["unbroken_text"] = unbroken_text(args.corpus, [100_000, 200_000], "rules")
    else:
        results["unbroken_text"] = unbroken_text(args.corpus, [5_000_000, 50_000_000], "lac")

    if args.json:
        print(json.dumps(results, ensure_ascii=False))
        return
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
