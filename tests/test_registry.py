"""The rule registry is what the engine runs: every record fires on its own examples through the real
LAC backend, every rule id in real output is registered, and the package has a clean import graph."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import lexicon
from kg.cli import main
from kg.ingest import read_paths
from kg.ingest.normalize import to_simplified
from kg.model import LABELS, RELATION_TYPES, Article, ArticleGraph
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs
from kg.relations import registry
from kg.relations.registry import RULE_IDS, RULES, Rule
from kg.store.sqlite import SqliteStore
from tests.corpus import corpus_db

PACKAGE = Path(__file__).resolve().parents[1] / "kg"
MENTION_LABELS = (*LABELS, "Reporter", "Photographer")


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_records_are_complete_and_ids_unique() -> None:
    assert len(RULE_IDS) == len(RULES)
    for r in RULES:
        assert r.id.rsplit(".", 1)[1][:1] == "v" and r.id.rsplit(".", 1)[1][1:].isdigit(), r.id
        assert r.examples and all(x.expect and x.origin for x in r.examples), r.id
        assert r.apply or r.find, r.id
        assert set(r.produces) <= set(RELATION_TYPES) | set(MENTION_LABELS), r.id
        # a relation rule has the function the engine runs
        assert bool(set(r.produces) & set(RELATION_TYPES)) == (r.apply is not None), r.id
        if r.trigger:
            assert lexicon.words(r.trigger), r.id


def _produced(rule: Rule, graph: ArticleGraph) -> set[tuple[str, ...]]:
    """What ``rule`` produced in ``graph``: (source, TYPE, target) of its relations, (Label, name) of the
    entities it found a mention of."""
    names = {e.id: e.name for e in graph.entities}
    out: set[tuple[str, ...]] = {
        (names[r.source], r.type, names.get(r.target, r.target.removeprefix("Article:")))
        for r in graph.relations
        if r.evidence.rule == rule.id
    }
    labels = {e.id: e.label for e in graph.entities}
    for m in graph.mentions:
        if m.source == f"rules:{rule.id}":  # by name: an id may carry a disambiguator (…会议@2022-06-03)
            out.add((labels[m.entity_id], names[m.entity_id]))
    return out


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_rule_fires_on_its_examples(lac: LacExtractor, rule: Rule) -> None:
    for x in rule.examples:
        # with its simplified twin, as the readers make it, so examples in traditional script read as they do in a build
        article = Article("example", x.text, analysis_text=to_simplified(x.text), date=x.date)
        graph = extract_graphs([article], lac)[0]
        produced = _produced(rule, graph)
        missing = [e for e in x.expect if e not in produced]
        assert not missing, f"{rule.id} on {x.text!r}: missing {missing}, produced {sorted(produced)}"
        for item in x.expect:
            if len(item) == 2:
                assert (item[0], item[1]) in {(e.label, e.name) for e in graph.entities}


def test_a_rule_emitting_an_unregistered_id_fails(lac: LacExtractor) -> None:
    from kg.relations.context import UnregisteredRuleError

    def rogue(ctx):  # type: ignore[no-untyped-def]
        ctx.relate("ATTENDED", ctx.person_ids[0], ctx.meeting_ids[0], 0, "made_up.v1")

    record = Rule("rogue.v1", ("ATTENDED",), "test", (), apply=rogue)
    graph_article = Article("t", "全县经济工作会议召开。县委常委张成群出席会议。")
    from kg.relations.context import link
    from kg.relations.mentions import collect

    ctx = link(graph_article, collect(graph_article, lac.extract([graph_article])[0]), "lac")
    with pytest.raises(UnregisteredRuleError, match=r"made_up\.v1"):
        registry.run(ctx, (record,))


def test_every_rule_id_in_the_corpus_store_is_registered(
    tmp_path_factory: pytest.TempPathFactory, shared_dir: Path
) -> None:
    """Read from the session's real build of the whole corpus (tests/corpus.py), not a second
    extraction of it: every relation's rule and every rule-made mention's source."""
    with SqliteStore(corpus_db(tmp_path_factory, shared_dir), create=False) as store:
        assert store.counts()["articles"] > 300
        evidence_ids = {r.evidence.rule for r in store.relations()}
        mention_ids = {m.source.removeprefix("rules:") for _, m in store.mentions() if m.source.startswith("rules")}
    assert evidence_ids and evidence_ids <= RULE_IDS, evidence_ids - RULE_IDS
    assert mention_ids and mention_ids <= RULE_IDS, mention_ids - RULE_IDS


def test_every_emitted_rule_id_is_registered(lac: LacExtractor, shared_dir: Path) -> None:
    """Extracted here: the wide gold texts are in no store the session builds."""
    articles = list(read_paths([shared_dir / "gold" / "wide" / "texts"]))
    assert len(articles) > 30
    evidence_ids: set[str] = set()
    mention_ids: set[str] = set()
    for i in range(0, len(articles), 32):
        for g in extract_graphs(articles[i : i + 32], lac):
            evidence_ids |= {r.evidence.rule for r in g.relations}
            mention_ids |= {m.source.removeprefix("rules:") for m in g.mentions if m.source.startswith("rules")}
    assert evidence_ids and evidence_ids <= RULE_IDS, evidence_ids - RULE_IDS
    assert mention_ids <= RULE_IDS, mention_ids - RULE_IDS


def test_kg_rules_lists_every_rule() -> None:
    runner = CliRunner()
    res = runner.invoke(main, ["rules", "--json"])
    assert res.exit_code == 0, res.output
    records = json.loads(res.output)
    assert [r["id"] for r in records] == [r.id for r in RULES]
    assert all(r["examples"] and r["produces"] and r["function"] for r in records)
    text = runner.invoke(main, ["rules"])
    assert text.exit_code == 0 and all(r.id in text.output for r in RULES)


def test_word_lists_are_data_files_with_a_header() -> None:
    files = sorted((PACKAGE / "lexicon").glob("*.txt"))
    assert {f.stem for f in files} >= {"title_heads", "org_suffixes", "meeting_heads", "program_heads",
                                       "role_verbs", "surnames", "stop_words", "stop_chars"}  # fmt: skip
    for f in files:
        lines = f.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# ") and len(lines[0]) > 20, f
        entries = lexicon.words(f.stem)
        assert entries and len(set(entries)) == len(entries), f
        assert all(" " not in e for e in entries), f


# --- the import graph ----------------------------------------------------------------------------------


def _modules() -> dict[str, ast.Module]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = ast.parse(path.read_text(encoding="utf-8"))
    return out


def _package_of(module: str, is_package: bool) -> str:
    return module if is_package else module.rpartition(".")[0]


def _imports(name: str, tree: ast.Module, modules: dict[str, ast.Module]) -> list[tuple[str, str | None]]:
    """(module imported, private name taken from it or None) for every import, function-level ones too."""
    is_pkg = (PACKAGE.parent / Path(*name.split(".")) / "__init__.py").exists()
    out: list[tuple[str, str | None]] = []
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("kg"):
                    out.append((a.name, None))
                    aliases[a.asname or a.name] = a.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _package_of(name, is_pkg).split(".")
                base = base[: len(base) - node.level + 1]
                mod = ".".join([*base, node.module] if node.module else base)
            else:
                mod = node.module or ""
            if not mod.startswith("kg"):
                continue
            for a in node.names:
                sub = f"{mod}.{a.name}"
                if sub in modules:  # from kg.ner import rules
                    out.append((sub, None))
                    aliases[a.asname or a.name] = sub
                else:
                    out.append((mod, a.name if a.name.startswith("_") and not a.name.startswith("__") else None))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            out.append((aliases[node.value.id], node.attr))
    return out


def _owner(module: str, modules: dict[str, ast.Module]) -> str:
    """The package a module belongs to (kg.ner.rules → kg.ner; kg.ner → kg.ner; kg.text → kg)."""
    is_pkg = (PACKAGE.parent / Path(*module.split(".")) / "__init__.py").exists()
    return _package_of(module, is_pkg)


def test_no_module_imports_another_packages_private_names() -> None:
    modules = _modules()
    bad = []
    for name, tree in modules.items():
        for mod, private in _imports(name, tree, modules):
            if private and _owner(mod, modules) != _owner(name, modules):
                bad.append(f"{name} uses {mod}.{private}")
    assert not bad, bad


def _unit(module: str) -> str:
    """The top-level part of kg a module belongs to: kg.ner.rules → kg.ner, kg.pipeline → kg.pipeline."""
    return ".".join(module.split(".")[:2])


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            if state.get(m) == 1:
                return [*stack[stack.index(m) :], m]
            if m not in state and (found := visit(m)):
                return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state and (found := visit(n)):
            return found
    return None


def test_no_import_cycle() -> None:
    """Neither between modules nor between kg's parts (kg.ner, kg.relations, kg.pipeline, …), counting
    imports inside functions: the layers only point down."""
    modules = _modules()
    module_graph: dict[str, set[str]] = {}
    unit_graph: dict[str, set[str]] = {}
    for name, tree in modules.items():
        for mod, _private in _imports(name, tree, modules):
            if mod in modules and mod != name:
                module_graph.setdefault(name, set()).add(mod)
                if _unit(mod) != _unit(name) and _unit(name) != "kg":
                    unit_graph.setdefault(_unit(name), set()).add(_unit(mod))
    assert _cycle(module_graph) is None, _cycle(module_graph)
    assert _cycle(unit_graph) is None, _cycle(unit_graph)
    assert "kg.pipeline" in unit_graph and "kg.relations" in unit_graph["kg.pipeline"]  # the walk sees imports
