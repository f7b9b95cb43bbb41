"""Writing kg's output files, so that a kill or a full disk never leaves a broken or mixed set.

Every file is written to a temporary file in its own folder, flushed to disk (fsync), then renamed
over the old one; ``kg build`` writes all its temporary files first and renames them only when every
one was written, so a failure leaves the previous outputs as they were. Rendering happens in
kg.report and kg.viz; this module only writes.
"""

from __future__ import annotations

import gc
import json
import os
import pickle
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kg import __version__, analytics
from kg.errors import KGError

if TYPE_CHECKING:
    import networkx as nx

REPORT_FILES: tuple[str, ...] = ("report.md", "report.html")
VIEW_FILES: dict[str, str] = {"graph.html": "graph", "coappearance.html": "coappearance", "hierarchy.html": "hierarchy"}
BUILD_FILES: tuple[str, ...] = (*REPORT_FILES, *VIEW_FILES)
STAMP = ".kg-outputs.json"  # next to the outputs: the store fingerprint they were rendered from


class OutputError(KGError):
    """An output file cannot be written (full disk, no permission, missing folder)."""

    exit_code = 4

    def __init__(self, path: Path, reason: str, fix: str) -> None:
        self.path = path
        super().__init__(f"{path}: cannot write: {reason} ({fix})")


def _fail(path: Path, e: OSError) -> OutputError:
    reason = e.strerror or str(e)
    fix = "free space or pass another --out folder; the previous outputs were kept"
    return OutputError(path, reason, fix)


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _write_temporary(path: Path, text: str) -> Path:
    """``text`` in a temporary file next to ``path``, on disk; removed again on failure."""
    tmp = _temporary(path)
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise _fail(path, e) from None
    return tmp


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - folders that cannot be opened cannot be synced either
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse fsync on folders
        pass
    finally:
        os.close(fd)


def _remove_stale_temporaries(folder: Path) -> None:
    """Temporary files a killed build left behind (its outputs themselves were never touched)."""
    for name in (*BUILD_FILES, STAMP):
        for tmp in folder.glob(f".{name}.*.tmp"):
            tmp.unlink(missing_ok=True)


def write_files(files: Mapping[Path, str]) -> list[Path]:
    """Write every ``path: text`` atomically as one set: all temporary files first, then the renames.

    On any failure the temporary files are removed, the files already there are untouched, and
    OutputError names the file that failed.
    """
    written: dict[Path, Path] = {}
    try:
        for path, text in files.items():
            if not path.parent.is_dir():
                raise OutputError(path, "folder does not exist", f"create {path.parent} first or pass another path")
            written[path] = _write_temporary(path, text)
        for path, tmp in written.items():
            try:
                os.replace(tmp, path)
            except OSError as e:
                raise _fail(path, e) from None
    finally:
        for tmp in written.values():
            tmp.unlink(missing_ok=True)
    for folder in {p.parent for p in files}:
        _sync_folder(folder)
    return list(files)


def write_text(path: str | Path, text: str) -> Path:
    """One file written atomically (what ``kg report -o`` and ``kg viz -o`` write)."""
    return write_files({Path(path): text})[0]


@dataclass(frozen=True)
class BuildOutputs:
    """What ``write_build_outputs`` did: the files of the set, and whether they were already current."""

    files: tuple[Path, ...]
    current: bool  # True: the store was unchanged since they were written, nothing was rewritten


def _stamp(fingerprint: str) -> str:
    return json.dumps({"kg": __version__, "store": fingerprint, "files": list(BUILD_FILES)}, sort_keys=True) + "\n"


def outputs_current(out_dir: Path, fingerprint: str) -> bool:
    """True when ``out_dir`` holds every build output, rendered by this kg from a store of ``fingerprint``."""
    stamp = out_dir / STAMP
    try:
        if stamp.read_text(encoding="utf-8") != _stamp(fingerprint):
            return False
    except (OSError, UnicodeDecodeError):
        return False
    return all((out_dir / name).is_file() for name in BUILD_FILES)


# What helper processes render while the parent renders the report: one helper, the views that
# need nothing the parent computes; two or more, the graph view in a second one (it computes the
# entity view's PageRank itself: the same floats as the report's).
HELPER_VIEWS: tuple[str, ...] = ("coappearance.html", "hierarchy.html")
SECOND_HELPER_VIEWS: tuple[str, ...] = ("graph.html",)


Loaded = TypeVar("Loaded")


@contextmanager
def _frozen_after(load: Callable[[], Loaded]) -> Iterator[Loaded]:
    """What ``load`` returns, loaded with the cyclic collector paused and then kept out of its
    sight (``gc.freeze``) until the block ends: the collections that rendering's many small
    objects trigger then walk only those, not the graph, the model and the gazetteer each time.
    Garbage in cycles is still collected; the collector is as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        loaded = load()
        gc.freeze()
    finally:
        if enabled:
            gc.enable()
    try:
        yield loaded
    finally:
        gc.unfreeze()


def render_build_outputs(source: analytics.Source, helper: Executor | None = None) -> dict[str, str]:
    """The text of every ``kg build`` output: the graph loaded once, centrality and communities
    computed once for the report (built once, rendered as Markdown and HTML) and the views.

    With ``helper`` (a process pool, e.g. ``kg.run.Workers``; its ``count`` says how many
    processes) HELPER_VIEWS (and, with two processes, SECOND_HELPER_VIEWS) are rendered there at
    the same time, from the loaded graph sent pickled (a tenth of the time loading it again
    takes): the same text in about half the time on two cores."""
    with _frozen_after(lambda: analytics.graph_of(source)) as graph:
        return _render_build_outputs(graph, helper)


def _render_build_outputs(graph: nx.MultiDiGraph, helper: Executor | None) -> dict[str, str]:
    from kg.report import build_report, render

    away: list[tuple[str, ...]] = []
    elsewhere = []
    if helper is not None:
        away = [HELPER_VIEWS, SECOND_HELPER_VIEWS] if getattr(helper, "count", 1) >= 2 else [HELPER_VIEWS]
        pickled = pickle.dumps(graph, protocol=pickle.HIGHEST_PROTOCOL)
        elsewhere = [helper.submit(render_pickled_views, pickled, names) for names in away]
    measures = analytics.measure(graph)
    texts: dict[str, str] = {}
    report = build_report(graph, list(VIEW_FILES), measures)
    texts["report.md"] = render(report, "md")
    texts["report.html"] = render(report, "html")
    here = [name for name in VIEW_FILES if not any(name in names for names in away)]
    texts.update(render_views(graph, here, measures))
    for task in elsewhere:
        texts.update(task.result())
    return {name: texts[name] for name in BUILD_FILES}


def render_views(
    graph: nx.MultiDiGraph,
    names: Sequence[str],
    measures: analytics.Measures | None = None,
    pagerank: Mapping[str, float] | None = None,
) -> dict[str, str]:
    """The view files ``names`` (of VIEW_FILES) of a loaded graph; the graph view reuses
    ``measures`` or ``pagerank`` (``analytics.pagerank``)."""
    from kg.viz import build_network, render_graph_html

    texts: dict[str, str] = {}
    for name in names:
        net, about = build_network(graph, view=VIEW_FILES[name], measures=measures, pagerank=pagerank)  # type: ignore[arg-type]
        texts[name] = render_graph_html(net, about)
    return texts


def render_pickled_views(pickled: bytes, names: Sequence[str]) -> dict[str, str]:
    """``render_views`` of a pickled graph (what a helper process runs); the graph view with the
    entity view's PageRank computed here."""
    with _frozen_after(lambda: pickle.loads(pickled)) as graph:
        pagerank = analytics.pagerank(graph) if "graph.html" in names else None
        return render_views(graph, names, pagerank=pagerank)


def write_build_outputs(
    source: analytics.Source, out_dir: str | Path, fingerprint: str | None = None, helper: Executor | None = None
) -> BuildOutputs:
    """``kg build``'s outputs in ``out_dir``: report.md, report.html, graph.html, coappearance.html
    and hierarchy.html. With the store's ``fingerprint``, outputs already rendered from the same
    store by this kg version are kept as they are; otherwise all are rendered (part of them in
    ``helper``, see ``render_build_outputs``) and written as one set, then the fingerprint is
    stored next to them (STAMP)."""
    out = Path(out_dir)
    files = tuple(out / name for name in BUILD_FILES)
    if fingerprint is not None and outputs_current(out, fingerprint):
        return BuildOutputs(files, current=True)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise _fail(out, e) from None
    try:
        (out / STAMP).unlink(missing_ok=True)  # the stamp only ever vouches for a complete set
    except OSError as e:
        raise _fail(out / STAMP, e) from None
    _remove_stale_temporaries(out)
    texts = render_build_outputs(source, helper)
    write_files({out / name: texts[name] for name in BUILD_FILES})
    if fingerprint is not None:
        write_text(out / STAMP, _stamp(fingerprint))
    return BuildOutputs(files, current=False)
