"""The ``kg`` command line: each command parses arguments, calls one library function, maps errors."""

from __future__ import annotations

import contextlib
import functools
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import __version__
from kg.errors import KGError
from kg.terminal import escape

F = TypeVar("F", bound=Callable[..., Any])


EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a command stopped by Ctrl-C


def _say(text: str) -> None:
    """One line on stderr, its control characters shown rather than obeyed."""
    click.echo(escape(text), err=True)


def handle_errors(func: F) -> F:
    """Turn expected failures into one clear line on stderr and the error's exit code;
    Ctrl-C (SIGINT) into "interrupted" and exit 130."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KGError as e:
            _say(f"Error: {e}")
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            _say("interrupted")
            sys.exit(EXIT_INTERRUPTED)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Turn Chinese government and party news into a knowledge graph of officials,
    organizations and initiatives, and report on it.

    Option defaults can be set in ./kg.toml (a [kg] table) or KG_* environment variables:
    db, ner, hanlp_model, batch_size, workers, neo4j_uri, neo4j_user, max_file_size."""
    from kg.config import command_defaults, load_settings

    _escape_log_records()

    try:
        settings = load_settings()
    except KGError as e:
        _say(f"Error: {e}")
        sys.exit(e.exit_code)
    ctx.default_map = command_defaults(settings)


def _escape_log_records() -> None:
    """Library warnings (``kg.*`` loggers) reach stderr with control characters shown."""
    import logging

    class Escaping(logging.Formatter):
        def format(self, record: logging.LogRecord) -> str:
            return escape(super().format(record))

    logger = logging.getLogger("kg")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(Escaping("%(message)s"))
        logger.addHandler(handler)


# Commands are defined below, one per section; keep each thin over the library.


# -- extraction and building ------------------------------------------------------------------

NER_CHOICES = click.Choice(["auto", "lac", "hanlp", "rules"])


class _Size(click.ParamType):
    """A size in bytes: 1048576, 512K, 256M, 1G."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        from kg.config import parse_size

        try:
            return parse_size(value, f"--{param.name.replace('_', '-')}" if param and param.name else "size")
        except KGError as e:
            self.fail(str(e), param, ctx)


def _extractor_options(func: F) -> F:
    func = click.option("--follow-symlinks", is_flag=True,
                        help="Follow symbolic links inside input folders (by default each is named and skipped).")(
        func)  # fmt: skip
    func = click.option("--max-file-size", type=_Size(), default="256M", show_default=True,
                        help="Refuse input files larger than this (bytes, or 512K, 256M, 1G).")(func)  # fmt: skip
    func = click.option(
        "-v", "--verbose", is_flag=True, help="Say in full why a backend was not used and how to get its model."
    )(func)
    func = click.option(
        "--dask", metavar="ADDRESS", help='Run extraction on a Dask cluster (scheduler address, or "local").'
    )(func)
    func = click.option(
        "--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Extraction processes."
    )(func)
    func = click.option(
        "--batch-size", type=click.IntRange(1, 10_000), default=64, show_default=True, help="Articles per batch."
    )(func)
    func = click.option("--hanlp-model", type=click.Path(), help="Local HanLP model folder (with --ner hanlp/auto).")(
        func
    )
    func = click.option(
        "--ner",
        type=NER_CHOICES,
        default="auto",
        show_default=True,
        help="NER backend: auto picks HanLP if its "
        "model is available locally, else the bundled LAC model; rules uses the domain rules alone.",
    )(func)
    return func


def _progress(label: str) -> Any:
    from tqdm import tqdm

    return tqdm(desc=label, unit=" articles", file=sys.stderr, disable=None, dynamic_ncols=True)


def _report_failure(failure: Any) -> None:
    _say(f"skipped {failure.path}: {failure.reason}")


def _report_warning(warning: Any) -> None:
    _say(f"warning {warning}")


def _no_articles(summary: Any) -> None:
    """Exit 2 with "no articles found" when the inputs held no article at all."""
    if summary.articles + summary.articles_skipped == 0:
        _finish(summary, quiet=True)
        _say("no articles found in the inputs (give files or folders holding .txt, .md, .html or .jsonl articles)")
        sys.exit(2)


def _finish(summary: Any, quiet: bool = False) -> None:
    """One closing line on stderr when anything went wrong; exit 2 when a file failed
    (warnings alone leave the exit code 0: their files were read). ``quiet``: the line only."""
    failed, warned = len(summary.failures), len(summary.warnings)
    if failed or warned:
        rest = "; the rest was processed" if failed and summary.files_read else ""
        _say(f"{failed} file(s) failed, {warned} warning(s), {summary.files_read} file(s) read{rest}.")
    if failed and not quiet:
        sys.exit(2)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True, help="Output.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
@_extractor_options
@handle_errors
def extract(
    inputs: tuple[str, ...],
    fmt: str,
    output: str | None,
    ner: str,
    hanlp_model: str | None,
    batch_size: int,
    workers: int,
    dask: str | None,
    max_file_size: int,
    follow_symlinks: bool,
    verbose: bool,
) -> None:
    """Extract entities and relations from INPUTS (files or folders) as JSON Lines, one line per article."""
    from kg import run
    from kg.ner import extractor_factory

    factory, message = extractor_factory(ner, hanlp_model, verbose=verbose)
    _say(message)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        with _progress("extracting") as bar:
            summary = run.extract(
                inputs, out, factory, batch_size=batch_size, workers=workers, progress=bar.update,
                on_failure=_report_failure, on_warning=_report_warning, dask=dask, max_file_size=max_file_size,
                follow_symlinks=follow_symlinks,
            )  # fmt: skip
    finally:
        if output:
            out.close()
    _no_articles(summary)
    _finish(summary)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="out", show_default=True,
              help="Folder for the report and the views.")  # fmt: skip
@click.option("--db", type=click.Path(dir_okay=False), default="kg.sqlite", show_default=True, help="SQLite store.")
@click.option("--neo4j", "neo4j_uri", help="Also write straight through to this Neo4j (bolt://…).")
@click.option("--neo4j-user", default="neo4j", show_default=True, help="Neo4j user (with --neo4j).")
@click.option("--password-env", default="KG_NEO4J_PASSWORD", show_default=True,
              help="Environment variable holding the Neo4j password (with --neo4j).")  # fmt: skip
@_extractor_options
@handle_errors
def build(
    inputs: tuple[str, ...],
    out_dir: str,
    db: str,
    neo4j_uri: str | None,
    neo4j_user: str,
    password_env: str,
    ner: str,
    hanlp_model: str | None,
    batch_size: int,
    workers: int,
    dask: str | None,
    max_file_size: int,
    follow_symlinks: bool,
    verbose: bool,
) -> None:
    """Extract INPUTS into the store (incremental: unchanged articles are skipped), then write
    OUT/report.md, report.html, graph.html, coappearance.html and hierarchy.html (atomically;
    kept as they are when the store is unchanged since they were written). Ctrl-C stops it with
    exit 130; whole batches stay stored."""
    from kg import run
    from kg.errors import InputError
    from kg.ner import extractor_factory
    from kg.store.sqlite import SqliteStore, check_store_path

    check_store_path(Path(db), create=True)  # /dev/null, a folder, a FIFO: refused before anything is made
    for missing in (p for p in inputs if not Path(p).exists()):  # before the store file is made
        raise InputError(missing, "no such file or directory", "check the path; no store was created or changed")
    summary = run.RunSummary()
    try:
        factory, message = extractor_factory(ner, hanlp_model, verbose=verbose)
        _say(message)
        neo4j = _connect_neo4j(neo4j_uri, neo4j_user, password_env) if neo4j_uri else None
        # --workers N: the processes start now and serve the whole build (extraction, people, outputs)
        pool = run.Workers(factory, workers) if workers > 1 and not dask else None
        with pool or contextlib.nullcontext(), SqliteStore(db) as store:
            extra = [_write_through(neo4j, store.store_id)] if neo4j else []
            held = _HoldSigint(store)
            try:
                with _progress("building") as bar:

                    def progress(n: int) -> None:
                        bar.update(n)
                        held.release()  # the batch is counted: a held Ctrl-C may stop the run now

                    run.build(
                        inputs, held, factory, batch_size=batch_size, workers=workers,
                        progress=progress, on_failure=_report_failure, on_warning=_report_warning,
                        extra_stores=extra, dask=dask, max_file_size=max_file_size, follow_symlinks=follow_symlinks,
                        summary=summary, pool=pool,
                    )  # fmt: skip
            finally:
                held.release()
                for other in extra:
                    other.close()
            _no_articles(summary)
            from kg.outputs import write_build_outputs

            written = write_build_outputs(store, Path(out_dir), store.fingerprint(), pool)
    except KeyboardInterrupt:
        _say(f"interrupted: {summary.articles} articles stored; rerun to finish")
        sys.exit(EXIT_INTERRUPTED)
    s = summary.stats
    click.echo(
        escape(
            f"{summary.files_read} file(s), {summary.articles + summary.articles_skipped} article(s): "
            f"{s.articles_added} added, {s.articles_replaced} replaced, "
            f"{s.articles_unchanged + summary.articles_skipped} unchanged; "
            f"{s.entities_added} new entities, {s.relations_added} new relationships in {db}"
        )
    )
    state = "unchanged store, kept" if written.current else "wrote"
    click.echo(escape(f"{state}: " + ", ".join(str(p) for p in written.files)))
    _finish(summary)


class _HoldSigint:
    """A store whose batch writes Ctrl-C cannot separate from their count: SIGINT is held from
    the start of a write until the batch is counted (``release``, from the progress callback),
    so "interrupted: N articles stored" is true to the article."""

    def __init__(self, store: Any) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def write(self, batch: Any) -> Any:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            return self._store.write(batch)
        except BaseException:
            self.release()
            raise

    @staticmethod
    def release() -> None:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _connect_neo4j(uri: str, user: str, password_env: str) -> Any:
    import os

    from kg.errors import ConfigError
    from kg.store.neo4j import check_uri, connect

    check_uri(uri)
    password = os.environ.get(password_env)
    if password is None:
        raise ConfigError(f"set the Neo4j password in the environment variable {password_env}")
    return connect(uri, user, password)


def _write_through(conn: Any, store_id: str) -> Any:
    """A Neo4jStore on ``conn`` marking what it writes as coming from the SQLite store ``store_id``."""
    from kg.store.neo4j import writer_on

    return writer_on(conn, store_id=store_id)


# -- NER evaluation on public datasets -------------------------------------------------------


@main.command("ner-eval")
@click.option(
    "--backend",
    type=click.Choice(["lac", "hanlp", "rules", "pipeline"]),
    default="lac",
    show_default=True,
    help="lac or hanlp (the model alone), rules (domain rules, no model) or pipeline (LAC plus rules).",
)
@click.option(
    "--dataset",
    type=click.Choice(["msra-test", "pd-test", "cluener-dev", "resume-test"]),
    default="msra-test",
    show_default=True,
    help="Test set, labels mapped to PER/ORG/LOC.",
)
@click.option(
    "--datasets-dir",
    type=click.Path(file_okay=False),
    help="Folder holding msra/, pd/, cluener/, resume_ner/ (default $KG_DATASETS or ../shared/datasets).",
)
@click.option("--limit", type=click.IntRange(1), help="Score only the first N sentences.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--hanlp-model", help="HanLP pretrained identifier or model folder (with --backend hanlp).")
@handle_errors
def ner_eval(
    backend: str, dataset: str, datasets_dir: str | None, limit: int | None, as_json: bool, hanlp_model: str | None
) -> None:
    """Score an NER backend on a public dataset: per-type and overall precision, recall and F1
    (exact entity spans) and characters per second."""
    import json

    from kg.ner_eval import evaluate

    report = evaluate(backend, dataset, datasets_dir, limit, hanlp_model)
    click.echo(json.dumps(report.as_json(), ensure_ascii=False) if as_json else report.as_text())


# -- gold evaluation (extraction engineer) ------------------------------------------------------


@main.command("eval")
@click.option("--gold", "gold", required=True, type=click.Path(dir_okay=False), help="Gold annotations (JSON Lines).")
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option("--ner", type=NER_CHOICES, default="lac", show_default=True, help="NER backend to evaluate with.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@handle_errors
def eval_cmd(gold: str, inputs: tuple[str, ...], ner: str, as_json: bool) -> None:
    """Extract INPUTS (default: the texts folder next to the gold file) and score them against --gold."""
    import json

    from kg.evaluate import evaluate, format_table

    res = evaluate(gold, inputs, ner=ner)
    click.echo(json.dumps(res, ensure_ascii=False) if as_json else escape(format_table(res), keep_lines=True))


# -- rule registry (core engineer) ---------------------------------------------------------------


@main.command("rules")
@click.option("--json", "as_json", is_flag=True, help="Print the registry as a JSON array of rule records.")
@handle_errors
def rules_cmd(as_json: bool) -> None:
    """List every extraction rule: its id (as written in evidence), what it produces, the pattern it
    reads, its trigger word list, and real examples with the output they give."""
    import json

    from kg.relations import registry

    if as_json:
        click.echo(json.dumps([r.as_dict() for r in registry.RULES], ensure_ascii=False, indent=1))
    else:
        click.echo(registry.describe())


# -- Neo4j (neo4j engineer) ----------------------------------------------------------------------


def _password_from(var: str) -> str:
    import os

    from kg.errors import ConfigError

    password = os.environ.get(var)
    if not password:
        raise ConfigError(f"set the Neo4j password in the environment variable {var}")
    return password


@main.command()
@click.option("--db", type=click.Path(dir_okay=False), default="kg.sqlite", show_default=True, help="SQLite store.")
@click.option("--uri", envvar="KG_NEO4J_URI", default="bolt://127.0.0.1:7687", show_default=True,
              help="Neo4j Bolt URI (or KG_NEO4J_URI).")  # fmt: skip
@click.option("--user", default="neo4j", show_default=True, help="Neo4j user.")
@click.option("--password-env", default="KG_NEO4J_PASSWORD", show_default=True,
              help="Environment variable holding the password.")  # fmt: skip
@click.option("--database", help="Database name (default: the server's default database).")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=1000, show_default=True,
              help="Rows per transaction.")  # fmt: skip
@click.option("--no-prune", is_flag=True, help="Keep nodes and relationships the store no longer has.")
@click.option("--json", "as_json", is_flag=True, help="Print the server's counters as JSON.")
@handle_errors
def push(
    db: str, uri: str, user: str, password_env: str, database: str | None, batch_size: int, no_prune: bool,
    as_json: bool,
) -> None:  # fmt: skip
    """Sync the SQLite store into Neo4j: schema first, then only new and changed rows (idempotent)."""
    import json

    from tqdm import tqdm

    from kg.store.neo4j import push_store

    password = _password_from(password_env)
    with tqdm(desc="pushing", unit=" rows", file=sys.stderr, disable=None, dynamic_ncols=True) as bar:

        def on_total(n: int) -> None:
            bar.total = n
            bar.refresh()

        stats = push_store(db, uri, user, password, database, batch_size=batch_size, progress=bar.update,
                           on_total=on_total, prune=not no_prune)  # fmt: skip
    if as_json:
        click.echo(json.dumps(stats.as_dict()))
    else:
        click.echo(
            f"{stats.rows_sent} row(s) sent, {stats.rows_unchanged} unchanged, {stats.rows_deleted} removed: "
            f"{stats.nodes_created} node(s) and {stats.relationships_created} relationship(s) created, "
            f"{stats.properties_set} properties set in {uri}"
        )


@main.group()
def neo4j() -> None:
    """Run a local Neo4j Community server from Maven Central jars (no Docker needed)."""


def _server_options(func: F) -> F:
    func = click.option("--home", type=click.Path(file_okay=False), envvar="KG_NEO4J_HOME", default=".neo4j",
                        show_default=True, help="Server folder (jars, config, data, logs).")(func)  # fmt: skip
    return func


@neo4j.command("install")
@_server_options
@handle_errors
def neo4j_install(home: str) -> None:
    """Fetch the server, Neo4j Browser and APOC jars into HOME (once; needs Maven and Java 17)."""
    from kg.neo4j_server import install

    click.echo(escape(f"installed in {install(Path(home))}"))


@neo4j.command("start")
@_server_options
@click.option("--bolt-port", type=click.IntRange(1, 65535), default=7687, show_default=True, help="Bolt port.")
@click.option("--http-port", type=click.IntRange(1, 65535), default=7474, show_default=True,
              help="HTTP port (Neo4j Browser at /browser).")  # fmt: skip
@click.option("--password-env", default="KG_NEO4J_PASSWORD", show_default=True,
              help="Environment variable holding the password (set before the first start).")  # fmt: skip
@click.option("--timeout", type=click.IntRange(10, 3600), default=180, show_default=True,
              help="Seconds to wait for Bolt.")  # fmt: skip
@handle_errors
def neo4j_start(home: str, bolt_port: int, http_port: int, password_env: str, timeout: int) -> None:
    """Start the server on 127.0.0.1 (installing it first if needed) and wait until Bolt answers."""
    from kg.neo4j_server import start

    info = start(Path(home), password=_password_from(password_env), bolt_port=bolt_port, http_port=http_port,
                 timeout=timeout)  # fmt: skip
    click.echo(f"Neo4j running (pid {info.pid}): {info.bolt_uri}  browser: {info.http_uri}/browser/")


@neo4j.command("stop")
@_server_options
@handle_errors
def neo4j_stop(home: str) -> None:
    """Stop the server of HOME (SIGTERM to its process group, then SIGKILL)."""
    from kg.neo4j_server import stop

    click.echo(escape("stopped" if stop(Path(home)) else f"no server running in {home}"))


@neo4j.command("status")
@_server_options
@handle_errors
def neo4j_status(home: str) -> None:
    """Say whether the server of HOME runs, and where; exit 1 if it does not."""
    from kg.neo4j_server import status

    info = status(Path(home))
    if info.running:
        click.echo(f"running (pid {info.pid}): {info.bolt_uri}  browser: {info.http_uri}/browser/")
    else:
        click.echo(escape(f"not running ({info.home})"))
        sys.exit(1)


# -- reports and views (analytics engineer) ------------------------------------------------------

REPORT_FORMATS = click.Choice(["text", "md", "html", "json"])


def _db_option(func: F) -> F:
    return click.option(
        "--db", type=click.Path(dir_okay=False), default="kg.sqlite", show_default=True, help="SQLite store to read."
    )(func)


def _read_store(db: str) -> Any:
    """The store opened read-only: reading commands never write to it or its folder."""
    from kg.store.sqlite import SqliteStore

    return SqliteStore.open_read_only(db)


def _emit(text: str, output: str | None) -> None:
    if output:
        from kg.outputs import write_text

        write_text(output, text)
        _say(f"wrote {output}")
    else:
        click.echo(escape(text, keep_lines=True), nl=False)


@main.command()
@_db_option
@click.option("--format", "fmt", type=REPORT_FORMATS, default="text", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default stdout).")
@handle_errors
def report(db: str, fmt: str, output: str | None) -> None:
    """Overview of the store: counts, most connected people and bodies, positions, meetings, programs."""
    from kg.report import render_report

    with _read_store(db) as store:
        _emit(render_report(store, fmt), output)


@main.command()
@click.argument("name")
@_db_option
@click.option("--format", "fmt", type=REPORT_FORMATS, default="text", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default stdout).")
@handle_errors
def dossier(name: str, db: str, fmt: str, output: str | None) -> None:
    """One person: posts with dates and status, meetings and roles, people seen with, programs, evidence."""
    from kg.report import render_dossier

    with _read_store(db) as store:
        _emit(render_dossier(store, name, fmt), output)


@main.command()
@click.argument("name")
@_db_option
@click.option("--format", "fmt", type=REPORT_FORMATS, default="text", show_default=True, help="Output format.")
@handle_errors
def timeline(name: str, db: str, fmt: str) -> None:
    """One person's dated events (posts first and last seen, meeting roles), oldest first."""
    from kg.report import render_timeline

    with _read_store(db) as store:
        click.echo(escape(render_timeline(store, name, fmt), keep_lines=True), nl=False)


@main.command()
@_db_option
@click.option("--around", metavar="NAME", help="Centre the view on this person (or entity): an ego network.")
@click.option("--depth", type=click.IntRange(0, 6), default=2, show_default=True, help="Hops around --around.")
@click.option("--view", type=click.Choice(["graph", "coappearance", "hierarchy"]), default="graph", show_default=True,
              help="graph: entities and relations; coappearance: people by shared meetings, bodies, sentences; "
              "hierarchy: PART_OF.")  # fmt: skip
@click.option("--top", type=click.IntRange(1), default=300, show_default=True,
              help="Keep the N most central nodes (PageRank); the page states the cut.")  # fmt: skip
@click.option("--label", "labels", multiple=True, help="Only nodes with this label (repeatable), e.g. Person.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only relations dated on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only relations dated on or before this day.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@handle_errors
def viz(
    db: str, around: str | None, depth: int, view: str, top: int, labels: tuple[str, ...], since: str | None,
    until: str | None, output: str,
) -> None:  # fmt: skip
    """Write an interactive, fully offline HTML view of the graph."""
    from kg.analytics import load_graph
    from kg.outputs import write_text
    from kg.viz import build_network, render_graph_html

    with _read_store(db) as store:
        graph = load_graph(store)
    net, about = build_network(graph, around=around, depth=depth, view=view,  # type: ignore[arg-type]
                               top=top, labels=labels or None, since=since, until=until)  # fmt: skip
    click.echo(escape(f"wrote {write_text(output, render_graph_html(net, about))}"))


# -- rosters, changes and exports (views engineer) -------------------------------------------------


@main.command()
@click.argument("body")
@_db_option
@click.option("--at", "at", metavar="YYYY-MM-DD", help="The date (default: as of the latest article).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")  # fmt: skip
@handle_errors
def roster(body: str, db: str, at: str | None, fmt: str) -> None:
    """BODY's leadership at a date, in protocol order: each member's titles, status and evidence."""
    from kg.roster import render_roster
    from kg.roster import roster as body_roster

    with _read_store(db) as store:
        click.echo(escape(render_roster(body_roster(store, body, at), fmt), keep_lines=True), nl=False)


@main.command()
@_db_option
@click.option("--since", metavar="YYYY-MM-DD", help="Only changes dated on or after this day.")
@click.option("--body", metavar="BODY", help="Only changes at this body (an organization's name).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")  # fmt: skip
@handle_errors
def changes(db: str, since: str | None, body: str | None, fmt: str) -> None:
    """Leadership changes, oldest first: appointments, posts ended (removed, resigned, former, a
    successor seen) and people seen in a new leading post, each with its evidence."""
    from kg.roster import changes as leadership_changes
    from kg.roster import render_changes

    with _read_store(db) as store:
        click.echo(
            escape(render_changes(leadership_changes(store, since=since, body=body), fmt), keep_lines=True), nl=False
        )


EXPORT_DEFAULTS = {"graphml": "kg.graphml", "csv": "kg-csv", "neo4j-import": "kg-neo4j-import"}


@main.command("export")
@_db_option
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_DEFAULTS)), required=True,
              help="graphml: one file for Gephi and NetworkX; csv: a folder of tables; neo4j-import: header and "
              "data files for `neo4j-admin database import full`, with import.sh.")  # fmt: skip
@click.option("-o", "--output", type=click.Path(), help="File (graphml) or folder (csv, neo4j-import) to write; "
              "default kg.graphml, kg-csv/, kg-neo4j-import/.")  # fmt: skip
@handle_errors
def export_cmd(db: str, fmt: str, output: str | None) -> None:
    """Export the store as GraphML, CSV tables or neo4j-admin import files (sorted: same store, same bytes)."""
    from kg.export import export

    out = output or EXPORT_DEFAULTS[fmt]
    with _read_store(db) as store:
        written = export(store, fmt, out)
    click.echo(escape(f"wrote {len(written)} file(s) to {out}"))
    if fmt == "neo4j-import":
        click.echo(
            f"load them into a new database with {Path(out) / 'import.sh'} (neo4j-admin on PATH, server stopped)"
        )
