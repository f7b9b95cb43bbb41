"""``kg ner-eval``: the metric on hand-made cases, each loader on its real file, the CLI end to end."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import ConfigError, InputError
from kg.ner.datasets import DATASETS, NerSentence, load_dataset, tags_to_spans
from kg.ner_eval import Scores, evaluate_sentences, score_spans

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED") or REPO.parent / "shared")
DATASETS_DIR = SHARED / "datasets"

needs_data = pytest.mark.skipif(not DATASETS_DIR.is_dir(), reason=f"no datasets at {DATASETS_DIR} (set KG_SHARED)")


# -- the metric ----------------------------------------------------------------------------------


def test_exact_match_counts_and_scores() -> None:
    gold = [[(0, 3, "PER"), (5, 7, "LOC")], [(1, 4, "ORG")]]
    pred = [[(0, 3, "PER"), (5, 8, "LOC")], [(1, 4, "ORG"), (6, 8, "PER")]]
    overall, per_type = score_spans(gold, pred)
    assert (overall.tp, overall.fp, overall.fn) == (2, 2, 1)
    assert overall.p == pytest.approx(2 / 4) and overall.r == pytest.approx(2 / 3)
    assert overall.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert per_type["PER"] == Scores(1, 1, 0)
    assert per_type["LOC"] == Scores(0, 1, 1)  # a boundary off by one is a miss and a false alarm
    assert per_type["ORG"] == Scores(1, 0, 0)


def test_a_right_span_with_the_wrong_type_is_wrong_twice() -> None:
    overall, per_type = score_spans([[(0, 2, "LOC")]], [[(0, 2, "ORG")]])
    assert (overall.tp, overall.fp, overall.fn) == (0, 1, 1)
    assert per_type["LOC"].r == 0.0 and per_type["ORG"].p == 0.0 and overall.f1 == 0.0


def test_partial_overlap_gets_no_credit_and_empty_cases_score_zero() -> None:
    overall, _ = score_spans([[(0, 4, "ORG")]], [[(0, 2, "ORG"), (2, 4, "ORG")]])
    assert (overall.tp, overall.fp, overall.fn) == (0, 2, 1)
    nothing, _ = score_spans([[]], [[]])
    assert (nothing.p, nothing.r, nothing.f1) == (0.0, 0.0, 0.0)
    perfect, _ = score_spans([[(0, 1, "PER")]], [[(0, 1, "PER")]])
    assert (perfect.p, perfect.r, perfect.f1) == (1.0, 1.0, 1.0)
    with pytest.raises(ValueError):
        score_spans([[]], [])


def test_tags_to_spans_reads_bio_and_bmes() -> None:
    bio = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-ORG", "O", "I-PER"]
    assert tags_to_spans(bio, {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 6, "LOC"), (6, 7, "ORG"), (8, 9, "PER"),
    ]  # fmt: skip
    bmes = ["B-NAME", "M-NAME", "E-NAME", "S-ORG", "B-TITLE", "E-TITLE", "B-ORG", "E-ORG"]
    assert tags_to_spans(bmes, {"NAME": "PER", "ORG": "ORG"}) == [(0, 3, "PER"), (3, 4, "ORG"), (6, 8, "ORG")]


def test_rules_backend_scores_through_the_article_graph() -> None:
    text = "本报记者王利辉报道。"
    sentence = NerSentence(text, ((4, 7, "PER"),))
    report = evaluate_sentences([sentence], "rules", "hand")
    assert report.backend == "rules" and report.sentences == 1 and report.chars == len(text)
    # the byline rule finds the reporter with no model at all
    assert report.overall.tp == 1 and report.overall.fp == 0


def test_unknown_backend_and_dataset_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="spacy"):
        evaluate_sentences([], "spacy")
    with pytest.raises(ConfigError, match="conll"):
        load_dataset("conll", tmp_path)
    with pytest.raises(InputError, match="--datasets-dir"):
        load_dataset("msra-test", tmp_path)


# -- the loaders on the real files ---------------------------------------------------------------


def _counts(sentences: list[NerSentence]) -> dict[str, int]:
    counts = {"PER": 0, "ORG": 0, "LOC": 0}
    for s in sentences:
        for start, end, kind in s.entities:
            assert 0 <= start < end <= len(s.text)
            counts[kind] += 1
    return counts


@needs_data
def test_msra_test_matches_its_published_counts() -> None:
    sentences = load_dataset("msra-test", DATASETS_DIR)
    assert sum(len(s.text) for s in sentences) == 172_601
    assert _counts(sentences) == {"PER": 1973, "LOC": 2886, "ORG": 1331}  # SOURCES.md
    first = sentences[0]
    assert first.text.startswith("中共中央致中国致公党十一大的贺词")
    assert [first.text[s:e] for s, e, _ in first.entities[:2]] == ["中共中央", "中国致公党十一大"]


@needs_data
def test_pd_test_has_4636_sentences() -> None:
    sentences = load_dataset("pd-test", DATASETS_DIR)
    assert len(sentences) == 4636  # SOURCES.md
    assert sentences[0].text == "我们变而以书会友，以书结缘，把欧美、港台流行的食品类图谱、画册、工具书汇集一堂。"
    assert [(sentences[0].text[s:e], k) for s, e, k in sentences[0].entities] == [
        ("欧", "LOC"), ("美", "LOC"), ("港", "LOC"), ("台", "LOC"),
    ]  # fmt: skip
    assert min(_counts(sentences).values()) > 1800


@needs_data
def test_cluener_dev_maps_its_labels() -> None:
    sentences = load_dataset("cluener-dev", DATASETS_DIR)
    assert len(sentences) == 1343  # SOURCES.md
    first = sentences[0]
    assert first.text.startswith("彭小军认为")
    assert {(first.text[s:e], k) for s, e, k in first.entities} == {("彭小军", "PER"), ("台湾", "LOC")}
    rows = [json.loads(line) for line in (DATASETS_DIR / "cluener" / "dev.json").open(encoding="utf-8")]
    kept = {"name", "organization", "government", "company", "address", "scene"}
    expected = sum(len(pos) for r in rows for kind, ms in r["label"].items() if kind in kept for pos in ms.values())
    assert sum(_counts(sentences).values()) <= expected and sum(_counts(sentences).values()) > 0.95 * expected


@needs_data
def test_resume_test_keeps_names_orgs_and_places() -> None:
    sentences = load_dataset("resume-test", DATASETS_DIR)
    assert len(sentences) == 477  # SOURCES.md
    assert sentences[0].text == "常建良，男，"
    assert sentences[0].entities == ((0, 3, "PER"),)
    assert _counts(sentences) == {"PER": 112, "ORG": 553, "LOC": 6}  # B- tags of NAME, ORG, LOC


@needs_data
def test_limit_reads_only_the_first_sentences() -> None:
    for name in DATASETS:
        few = load_dataset(name, DATASETS_DIR, limit=3)
        assert len(few) == 3 and few == load_dataset(name, DATASETS_DIR)[:3]


# -- the command ---------------------------------------------------------------------------------


@needs_data
def test_cli_json_on_msra_test() -> None:
    args = ["ner-eval", "--backend", "lac", "--dataset", "msra-test", "--datasets-dir", str(DATASETS_DIR)]
    result = CliRunner().invoke(main, [*args, "--limit", "40", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["sentences"] == 40 and report["backend"] == "lac"
    assert set(report["overall"]) >= {"p", "r", "f1"} and set(report["per_type"]) == {"PER", "ORG", "LOC"}
    assert report["overall"]["f1"] > 0.5  # LAC is a real NER model on news text
    assert report["chars_per_s"] > 0
    text = CliRunner().invoke(main, [*args, "--limit", "40"])
    assert text.exit_code == 0 and "overall" in text.stdout and "characters/s" in text.stdout


def test_cli_missing_dataset_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ner-eval", "--dataset", "pd-test", "--datasets-dir", str(tmp_path)])
    assert result.exit_code == InputError.exit_code
    assert "pd_ner_example.test" in result.output and "--datasets-dir" in result.output
    assert "Traceback" not in result.output
