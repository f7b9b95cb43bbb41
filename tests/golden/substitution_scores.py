"""Do the rules depend on the particular names in the texts? Every gold set with its person names replaced.

For the wide set, the dev gold and every tests/golden set, each gold person name (persons, optional
persons, reporters, the people of positions and meeting roles; pure Han, 2 or 3 characters) is
replaced, consistently in the text and in the gold, by a real name of the same length from the Resume
NER training file (its NAME spans) that does not occur in the text; a traditional text gets the name
in traditional script. Only whole occurrences are replaced (a longer gold name is matched first, so
王伟 inside 王伟东 stays), and a name is kept as it is where the substitution would not be sound:
when it occurs inside a body, meeting, programme, document or title string of the gold, in a
doctrine or a leadership formula (习近平新时代…思想, 以习近平同志为核心), as the general
secretary's name (…总书记) or a foreign head's (…总统, 国王; a transliterated name): no other name
stands there in a real article. The substituted texts are run through the real pipeline with LAC
and scored with ../shared/tools/score.py; for each set and class the script prints the F1 on the
texts as they are, the median F1 over the seeds, and the difference.

usage (from a checkout): .venv/bin/python tests/golden/substitution_scores.py OUT_DIR [--seed N ...]
Default seeds 1 2 3 4 5; the choice of names depends only on the seed and the doc_id. Writes
OUT_DIR/<seed>/<folder>/ (texts), OUT_DIR/<seed>/<set>.gold.jsonl, OUT_DIR/<seed>/<folder>.pred.jsonl and
OUT_DIR/<seed>/names.tsv (doc_id, original, substitute); seed ``orig`` holds the unchanged run.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import opencc
from trad_scores import KEYS, extract_folder, gold_sets, shared_dir, text_folders

from kg.ner.select import select_extractor
from kg.relations.persons import is_translit

_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
_SPACE = "[ \u3000]?"  # a two-character name padded to three columns in lists (王　伟)
# Names kept as they are, as replacing them tests nothing the hidden texts can hold: a name in a doctrine or a
# leadership formula (习近平新时代…思想, 以习近平同志为核心), the general secretary's (…总书记, 国家主席…), which
# is the same in every article, and a foreign head's (…总统, 国王…), which no Chinese name replaces.
_KEPT_AFTER: tuple[str, ...] = ("新时代", "思想", "经济思想", "法治思想", "外交思想", "强军思想", "生态文明思想")
_KEPT_AFTER += ("文化思想", "总书记", "主义", "总统", "国王", "首相", "王储", "亲王", "苏丹", "埃米尔")
_KEPT_BEFORE = ("以", "国家主席", "总书记")
# Resume NER spans that are a surname and a form of address, not a name (黄教授)
_NOT_GIVEN = ("教授", "先生", "女士", "老师", "博士", "总", "工")
_t2s = opencc.OpenCC("t2s").convert
_s2t = opencc.OpenCC("s2t").convert


def resume_names(path: Path) -> dict[int, list[str]]:
    """The distinct pure-Han NAME spans of a BMES file, by length (2 and 3), in file order."""
    found: dict[str, None] = {}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        char, _, tag = line.partition(" ")
        if tag in ("B-NAME", "M-NAME"):
            current += char
        elif tag == "E-NAME":
            found.setdefault(current + char)
            current = ""
        else:
            current = ""
    names = [n for n in found if _HAN_NAME.fullmatch(n) and not n[1:].endswith(_NOT_GIVEN)]
    return {size: [n for n in names if len(n) == size] for size in (2, 3)}


def gold_people(line: Mapping[str, Any]) -> set[str]:
    """Every person string of a gold line."""
    out = set(line.get("persons", [])) | set(line.get("optional_persons", [])) | set(line.get("reporters", []))
    out |= {p[0] for p in line.get("positions", [])}
    out |= {r[0] for r in line.get("meeting_roles", [])}
    return out


def gold_other_strings(line: Mapping[str, Any]) -> list[str]:
    """The gold strings that are not persons: bodies, meetings, programmes, documents, titles."""
    out: list[str] = []
    for key in ("meetings", "organizations"):
        out += [x for group in line.get(key, []) for x in group]
    for key in ("optional_meetings", "optional_orgs", "initiatives", "optional_initiatives", "documents"):
        out += list(line.get(key, []))
    out += [x for p in line.get("positions", []) for x in p[1:3] if x]
    return out


def _pattern(name: str) -> str:
    return _SPACE.join(map(re.escape, name)) if len(name) == 2 else re.escape(name)


def _kept(text: str, name: str) -> bool:
    """True when the name is one that is kept as written (see _KEPT_AFTER), or a transliterated one."""
    return is_translit(name) or any(
        text.startswith(_KEPT_AFTER, m.end()) or text.endswith(_KEPT_BEFORE, 0, m.start())
        for m in re.finditer(_pattern(_t2s(name)), _t2s(text))
    )


@dataclass(frozen=True)
class Substitution:
    """The names of one document and what replaces each."""

    doc_id: str
    names: dict[str, str]

    def text(self, text: str) -> str:
        """The text with every name replaced, and the given name of a three-character one where it stands
        for the person (德刚同志 of 孙德刚)."""
        if not self.names:
            return text
        old = sorted(self.names, key=len, reverse=True)
        given = {n[1:] + "同志": new[1:] + "同志" for n, new in self.names.items() if len(n) == 3}
        alternatives = [_pattern(n) for n in old] + [re.escape(g) for g in given]
        pattern = re.compile("|".join(f"({a})" for a in alternatives))

        def put(m: re.Match[str]) -> str:
            k = m.lastindex - 1  # type: ignore[operator]
            if k >= len(old):
                return given[m.group(0)]
            new = self.names[old[k]]
            gap = m.group(0)[1:-1]  # the padding of a padded two-character name, kept
            return new[0] + gap + new[1:] if len(new) == 2 else new

        return pattern.sub(put, text)

    def gold(self, value: object) -> object:
        """The gold line with each person string replaced (other strings were kept out of the names)."""
        if isinstance(value, str):
            return self.names.get(value, value)
        if isinstance(value, list):
            return [self.gold(v) for v in value]
        if isinstance(value, dict):
            return {k: (v if k == "doc_id" else self.gold(v)) for k, v in value.items()}
        return value


def choose(
    doc_id: str, text: str, people: Iterable[str], others: Sequence[str], pool: Mapping[int, Sequence[str]], seed: str
) -> Substitution:
    """Pick, deterministically for (seed, doc_id), a substitute for every name that can be replaced soundly."""
    rng = random.Random(f"{seed}:{doc_id}")
    traditional = sum(a != b for a, b in zip(text, _t2s(text), strict=False)) > len(text) // 100
    names: dict[str, str] = {}
    used: set[str] = set()
    for name in sorted(people):
        if not _HAN_NAME.fullmatch(name) or not re.search(_pattern(name), text):
            continue
        if any(name in o for o in others) or any(name != p and name in p for p in people) or _kept(text, name):
            continue
        while True:
            new = rng.choice(pool[len(name)])
            new = _s2t(new) if traditional else new
            if new not in used and new not in text and _t2s(new) not in _t2s(text) and new not in people:
                break
        names[name] = new
        used.add(new)
    return Substitution(doc_id, names)


def _load_score() -> Callable[[str, str], dict[str, dict[str, float] | float]]:
    spec = importlib.util.spec_from_file_location("shared_score", shared_dir() / "tools/score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score  # type: ignore[no-any-return]


def run(out: Path, seeds: list[str]) -> None:
    score = _load_score()
    pool = resume_names(shared_dir() / "datasets/resume_ner/train.char.bmes")
    folders = text_folders()
    sets = gold_sets()
    lines = {name: [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
             for name, gold, _ in sets}  # fmt: skip
    lac, _ = select_extractor("lac", None)
    results: dict[str, dict[str, dict[str, float]]] = {}
    for seed in ["orig", *seeds]:
        base = out / seed
        subs: dict[str, Substitution] = {}
        for folder, src in folders.items():
            dst = base / folder
            texts = {f: f.read_text(encoding="utf-8") for f in sorted(p for p in src.iterdir() if p.is_file())}
            if seed != "orig":
                for f, text in texts.items():
                    doc = [x for name, _, fo in sets if fo == folder for x in lines[name] if x["doc_id"] == f.stem]
                    people = set().union(*(gold_people(x) for x in doc)) if doc else set()
                    others = [s for x in doc for s in gold_other_strings(x)]
                    subs[f.stem] = choose(f.stem, text, people, others, pool, seed)
            extract_folder({f.name: subs[f.stem].text(t) if f.stem in subs else t for f, t in texts.items()},
                           dst, base / f"{folder}.pred.jsonl", lac)  # fmt: skip
        with (base / "names.tsv").open("w", encoding="utf-8") as fh:
            fh.writelines(f"{d}\t{a}\t{b}\n" for d, s in sorted(subs.items()) for a, b in s.names.items())
        for name, _, folder in sets:
            gold = base / f"{name}.gold.jsonl"
            with gold.open("w", encoding="utf-8") as fh:
                for x in lines[name]:
                    y = subs[x["doc_id"]].gold(x) if x["doc_id"] in subs else x
                    fh.write(json.dumps(y, ensure_ascii=False) + "\n")
            res = score(str(base / f"{folder}.pred.jsonl"), str(gold))
            results.setdefault(name, {})[seed] = {  # a class with nothing in gold and nothing found is left out
                k: v["f1"] if isinstance(v, dict) else v
                for k, v in res.items()
                if not isinstance(v, dict) or v["tp"] + v["fp"] + v["fn"]
            }
        print(f"seed {seed} done", flush=True)
    print("set        class         orig  median  diff   (substituted F1 median over seeds " + " ".join(seeds) + ")")
    for name, _, _ in sets:
        for k in ("macro_f1", *KEYS):
            if k not in results[name]["orig"]:
                continue
            orig = results[name]["orig"][k]
            med = statistics.median(results[name][s][k] for s in seeds)
            print(f"{name:10s} {k:12s} {orig:.3f}  {med:.3f}  {med - orig:+.3f}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", action="append", dest="seeds", help="a seed (repeatable; default 1 2 3 4 5)")
    args = parser.parse_args(argv)
    run(args.out, args.seeds or ["1", "2", "3", "4", "5"])


if __name__ == "__main__":
    main()
