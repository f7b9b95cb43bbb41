"""Golden files for extraction: a real article in, the expected mentions and relations out.

tests/golden/example.expected.json is the reviewed output of the real pipeline (LAC + rules) on
examples/2022-06-04-p1.txt (许昌日报 page 1). Any change to what is extracted fails this test;
after reviewing the difference, regenerate with

    KG_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

and commit the new expected file with the change that caused it.

The held-out gold (tests/golden/heldout.jsonl, heldout_b.jsonl, heldout_c.jsonl; made by make_heldout.py from
texts/ that are not in the dev gold) is scored with floors at what the rules reach.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from kg.evaluate import evaluate, to_extract_record
from kg.ingest import read_paths
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs

ROOT = Path(__file__).parents[1]
GOLDEN = ROOT / "tests" / "golden"
EXAMPLE = ROOT / "examples" / "2022-06-04-p1.txt"
EXPECTED = GOLDEN / "example.expected.json"


def _canonical(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Extraction records in a stable order, with every field a reviewer needs to judge a change."""
    out = []
    for r in records:
        ents = sorted(
            ({"type": e["type"], "name": e["name"], "aliases": sorted(e["aliases"]),
              "mentions": [[m["start"], m["end"]] for m in e["mentions"]]} for e in r["entities"] + r["implied"]),
            key=lambda e: (e["type"], e["name"]),
        )  # fmt: skip
        rels = sorted(
            ({k: v for k, v in {"type": x["type"], "source": x["source"], "target": x["target"],
              "title": x.get("title"), "status": x.get("status"), "rule": x["evidence"]["rule"],
              "evidence": [x["evidence"]["start"], x["evidence"]["end"]]}.items() if v is not None}
             for x in r["relations"]),
            key=lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True),
        )  # fmt: skip
        out.append({"doc_id": r["doc_id"], "entities": ents, "relations": rels})
    return out


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_example_page_matches_golden_file(lac: LacExtractor) -> None:
    articles = list(read_paths([EXAMPLE]))
    got = _canonical([to_extract_record(g) for g in extract_graphs(articles, lac)])
    if os.environ.get("KG_UPDATE_GOLDEN") == "1":
        EXPECTED.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert [d["doc_id"] for d in got] == [d["doc_id"] for d in expected]
    for g, e in zip(got, expected, strict=True):
        assert g["entities"] == e["entities"], g["doc_id"]
        assert g["relations"] == e["relations"], g["doc_id"]


def test_golden_file_holds_the_known_facts() -> None:
    """The reviewed file itself says what a person reads on the page (guards a careless regeneration)."""
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    rels = {(r["type"], r["source"], r["target"], r.get("title")) for d in expected for r in d["relations"]}
    assert ("HOLDS_POSITION", "史根治", "许昌市委", "市委书记") in rels
    assert ("HOLDS_POSITION", "刘涛", "许昌市人民政府", "市长") in rels
    assert ("PRESIDED", "史根治", "全市领导干部会议暨创新驱动制造业高质量发展会议", None) in rels
    assert ("PART_OF", "禹州市公交公司团支部", "禹州市公交公司", None) in rels


@pytest.mark.parametrize(
    ("gold", "macro", "floors"),
    [
        # organization 0.957 since 省监委 in a 河南 article is 河南省监委 (issue 13), a name the gold lacks
        ("heldout.jsonl", 0.99, {"person": 0.99, "position": 0.99, "meeting_role": 0.99, "meeting": 0.99,
                                 "organization": 0.95, "initiative": 0.99, "position_org": 0.99}),
        # set B was annotated blind; the floors sit at what the rules reach on it
        ("heldout_b.jsonl", 0.83, {"person": 0.99, "position": 0.99, "meeting_role": 0.99, "meeting": 0.99,
                                  "position_org": 0.99}),
        # set C was annotated blind too (0.582 before its fixes); it holds no initiative, so its macro is at most 5/6
        ("heldout_c.jsonl", 0.81, {"person": 0.99, "position": 0.99, "meeting_role": 0.99, "organization": 0.95,
                                   "position_org": 0.99, "meeting": 0.92}),
        # set D (make_blind_d.py) was annotated and scored blind: macro 0.640; the floors sit at what the
        # general fixes of issue 12 reach on it, none made for its texts
        ("blind_d.jsonl", 0.86, {"person": 0.98, "position": 0.84, "meeting_role": 0.59, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.8, "document": 0.99}),
        # set E (make_blind_e.py, the wide set's genres) was annotated and scored blind: macro 0.827; the
        # floors sit at what the general fixes made after it reach (position 0.725 → 0.976, role 0.85 → 1.0,
        # initiative 0.727 → 1.0: framed_quote.v1, 以…“三驾马车”为主线; party_study_campaign.v1, 群众路线教育实践活动;
        # quoted_program.v1, 结合“青年三进”发动…)
        ("blind_e.jsonl", 0.98, {"person": 0.99, "position": 0.99, "meeting_role": 0.99, "meeting": 0.99,
                                "organization": 0.92, "initiative": 0.99, "document": 0.99, "reporter": 0.99,
                                "position_org": 0.99}),
        # set F (make_blind_f.py, genres E lacks or has once) was annotated and scored blind: macro 0.855; the
        # floors sit at what the general fixes made after it reach (position 0.931 → 1.0, role 0.848 → 1.0)
        ("blind_f.jsonl", 0.95, {"person": 0.99, "position": 0.99, "meeting_role": 0.99, "meeting": 0.76,
                                "organization": 0.93, "initiative": 0.99, "document": 0.99, "reporter": 0.99,
                                "position_org": 0.97}),
        # set G (make_blind_g.py, people and posts: 任免, a 陪同 list, a circular, a 巡察 feedback, a court's
        # 调研督导) was annotated and scored blind: macro 0.784; the floors sit at what the general fixes made
        # after it reach (position 0.904 → 0.991, role 0.897 → 1.0, initiative 0.5 → 1.0: 巡察“回头看”, 开展…大讨论活动)
        ("blind_g.jsonl", 0.94, {"person": 0.98, "position": 0.99, "meeting_role": 0.99, "meeting": 0.83,
                                "organization": 0.85, "initiative": 0.99, "document": 0.99, "reporter": 0.99,
                                "position_org": 0.92}),
        # set H (make_blind_h.py, bodies, meetings, programmes and documents of the wide set's genres) was annotated
        # and scored blind: macro 0.805; the floors sit at what the general fixes made after it reach (meeting
        # 0.824 → 1.0, organization 0.815 → 0.897, position 0.680 → 0.718, meeting role 0.556 → 0.919 with
        # 在主席台前排就座 and 分别做工作安排); its weak metrics are people's (names with ·)
        ("blind_h.jsonl", 0.97, {"person": 0.99, "position": 0.99, "meeting_role": 0.96, "meeting": 0.99,
                                "organization": 0.89, "initiative": 0.99, "document": 0.99, "position_org": 0.98}),
        # set I (make_blind_i.py, nine pool articles none of the sets used, annotated at the end of the fourth
        # round) was scored blind twice: 0.799 before that round's fixes, 0.801 after them; the floors sit at
        # what the general fixes made after it reach (meeting 0.769 → 1.0, meeting role 0.292 → 0.812)
        ("blind_i.jsonl", 0.96, {"person": 0.99, "position": 0.96, "meeting_role": 0.89, "meeting": 0.99,
                                "organization": 0.94, "initiative": 0.99, "reporter": 0.99, "position_org": 0.91}),
        # set K (make_blind_k.py, six pool articles of foreign visits, flood control and press conferences) was
        # annotated and scored blind: macro 0.598 (0.604 with 孔子, added after); the floors sit at what the general
        # fixes made after it reach (meeting 0 → 1.0, meeting role 0 → 1.0, organization 0.714 → 0.933)
        ("blind_k.jsonl", 0.99, {"person": 0.99, "position": 0.99, "meeting_role": 0.99, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.99, "reporter": 0.99, "position_org": 0.99}),
        # set J (make_blind_j.py, seven pool articles of the wide set's genres, annotated in the fifth round before
        # kg ran on them) scored blind 0.393; the floors sit at what the general fixes made after it reach (meeting
        # 0 → 1.0, meeting role 0 → 0.8, position 0.679 → 0.897, person 0.880 → 1.0, initiative 0 → 1.0:
        # subject_programme.v1, 常态化驻村工作机制不断健全)
        ("blind_j.jsonl", 0.95, {"person": 0.99, "position": 0.91, "meeting_role": 0.8, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.99, "document": 0.99, "reporter": 0.99,
                                "position_org": 0.96}),
        # set L (make_blind_l.py, eight national news items: NPC and CPPCC standing committees, chairmen's meetings, a
        # State Council meeting, a CCDI circular, a 调研 and a 座谈会) scored blind 0.803 (0.819 with three annotation
        # omissions corrected); the floors sit at what the general fixes made after it reach (position 0.833 → 0.992,
        # meeting role 0.696 → 0.989, initiative 0.571 → 1.0, organization 0.800 → 0.950)
        ("blind_l.jsonl", 0.99, {"person": 0.99, "position": 0.99, "meeting_role": 0.99, "meeting": 0.99,
                                 "organization": 0.99, "initiative": 0.99, "position_org": 0.98}),
        # set M (make_blind_m.py, eight national news items: a talk with deputies, CPPCC meetings, a launch ceremony,
        # a State Council meeting, an inspection tour) was annotated and scored blind: macro 0.794; the floors sit at
        # what the general fixes made after it reach (organization 0.533 → 1.0, meeting role 0.811 → 0.95,
        # position 0.958 → 1.0, initiative 0.571 → 1.0: party_study_campaign.v1, 党纪学习教育; named_week.v1,
        # 全国科技活动周暨北京科技周)
        ("blind_m.jsonl", 0.99, {"person": 0.99, "position": 0.99, "meeting_role": 0.95, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.99, "document": 0.99, "position_org": 0.98}),
        # set N (make_blind_n.py, eight national news items: CCDI accountability decisions, lecture-group tours,
        # foreign talks and a visit, a summit's opening, an inspection tour) was annotated and scored blind: macro
        # 0.602 (0.641 with two annotation omissions corrected); the floors sit at what the general fixes made after
        # it reach (meeting role 0.429 → 0.923, position 0.667 → 0.857, initiative 0 → 1.0: trade_in_programme.v1,
        # 消费品以旧换新政策)
        ("blind_n.jsonl", 0.99, {"person": 0.99, "position": 0.99, "meeting_role": 0.97, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.99, "document": 0.99, "position_org": 0.98}),
        # set O (make_blind_o.py, eight national news items of 2022–2024: a commemorative 座谈会, an NPC presidium's
        # executive chairmen, the central financial commission, a CPPCC consultation meeting, the Martyrs' Day
        # ceremony, a CCDI circular, a delegation's deliberation, an inspection group's plenary) was annotated and
        # scored blind: macro 0.827; the floors sit at what the general fixes made after it reach (meeting role
        # 0.757 → 1.0, position 0.901 → 0.992, document 0.5 → 1.0, initiative 0.667 → 1.0)
        ("blind_o.jsonl", 0.99, {"person": 0.98, "position": 0.99, "meeting_role": 0.99, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.99, "document": 0.99, "position_org": 0.99}),
        # set P (make_blind_p.py, eight 2025–2026 national news items: a central work conference, a national
        # congress of the science association, a video work meeting, a call on a foreign delegation, a
        # commemoration, an inspection tour, an expulsion notice, a forum's opening) was annotated and scored blind:
        # macro 0.841 (0.888 with a ceremony's roles dropped as set A's and two optional names added); the floors sit
        # at what the general fixes made after it reach (meeting role 0.813 → 1.0, meeting 0.75 → 1.0, initiative
        # 0.75 → 1.0, position 0.899 → 0.923, organization 0.947 → 1.0); a foreign leader's title after the name
        # (默茨总理) is still missed
        ("blind_p.jsonl", 0.99, {"person": 0.99, "position": 0.97, "meeting_role": 0.99, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.99, "document": 0.99, "position_org": 0.98}),
        # set Q (make_blind_q.py, eight national news items: an NPC chairman's meeting, the State Council's collective
        # study, a leading group's meeting, a CPPCC chairmen's meeting, the NPC chairman's 调研 with a 座谈会, the
        # central delegation's visits, an expulsion notice, the party's anniversary rally with its honours) was
        # annotated and scored blind: macro 0.916; the floors sit at what the general fixes made after it reach
        # (meeting role 0.870 → 1.0, meeting 0.889 → 1.0, person 0.950 → 1.0, position 0.939 → 0.983)
        ("blind_q.jsonl", 0.99, {"person": 0.99, "position": 0.99, "meeting_role": 0.99, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.99, "document": 0.99, "position_org": 0.99}),
        # set R (make_blind_r.py, eight national news items: a State Council executive meeting, the democratic
        # parties' forum, a CPPCC sectors' joint group meeting, two lectures of the lecture group, an inspection
        # launched, an investigation group's plenary meeting, a delegation's deliberation, a premier's 调研) was
        # annotated and scored blind: macro 0.900; the floors sit at what the general fixes made after it reach
        # (meeting role 0.621 → 1.0, meeting 0.857 → 1.0, organization 0.923 → 0.974)
        ("blind_r.jsonl", 0.99, {"person": 0.99, "position": 0.99, "meeting_role": 0.99, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.99, "document": 0.99, "position_org": 0.99}),
        # set S (make_blind_s.py, six national news items: a State Council executive meeting, the State Council's
        # collective study, a delegation's deliberation, an inter-parliamentary mechanism's co-chaired meeting, the
        # party centre's commemoration with five speakers, a round-up with ten model workers) was annotated and
        # scored blind: macro 0.875; the floors sit at what the general fixes made after it reach (person 0.905 →
        # 1.0, meeting role 0.877 → 0.967, organization 0.800 → 1.0, document 0.545 → 1.0, initiative 0.750 → 1.0:
        # subject_programme.v1, 新一轮找矿突破战略行动取得…; “世界市长对话·西安”活动…举行 an event, no programme)
        ("blind_s.jsonl", 0.99, {"person": 0.99, "position": 0.98, "meeting_role": 0.96, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.99, "document": 0.99, "position_org": 0.97}),
        # set T (make_blind_t.py, eight national news items: three calls in one item, a premier's 调研 with a report
        # heard, a State Council executive meeting, a lecture-group round-up, a commemorative 座谈会, a national work
        # conference, a 汇报会, a field trip with a meeting presided) was annotated and scored blind: macro 0.936
        # (0.938 with 马克思 of 马克思主义者 optional); the floors sit at what the general fixes made after it reach
        # (meeting role 0.793 → 0.970, meeting 0.857 → 1.0, person 0.989 → 1.0)
        ("blind_t.jsonl", 0.99, {"person": 0.99, "position": 0.99, "meeting_role": 0.97, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.99, "document": 0.99, "position_org": 0.99}),
        # set U (make_blind_u.py, six national news items: two lecture-group round-ups, a premier's 调研 with a
        # companion, a Standing Committee member's 调研, a flood-zone visit, the national games' closing ceremony)
        # was annotated and scored blind: macro 0.560; the floors sit just under the blind figures (no fix made
        # after it yet): the ceremony and its eleven roles missed (meeting 0), 行政长官 no post, no required
        # initiative in the set (initiative 0, macro at most 5/6), 《星辰大海》 a false document (document 0)
        ("blind_u.jsonl", 0.66, {"person": 0.97, "position": 0.99, "meeting_role": 0.99, "organization": 0.99,
                                "position_org": 0.99}),
        # set V (make_blind_v.py, six national news items: a torch-relay launch ceremony, an arrival abroad before a
        # joint committee's session, a 参观调研, a 接见 of a conference's envoys, a 座谈会 with five titled speakers, a
        # commemorative 座谈会) was annotated and scored blind: macro 0.904; the floors sit at what the general fixes
        # made after it reach (meeting role 0.909 → 0.939: no speech at a meeting only arrived for, 在讲话中表示 after
        # a tour); the 接见 an event (audience_event.v1: 参加接见 ATTENDED, …并在…会议上讲话 at the conference: meeting
        # role 1.0, macro 0.975); left: the ceremony's name dropped by the scorer
        # for containing the cited games (meeting 0.857); initiative 0.667 → 1.0 (quoted_program.v1, 推进长江“十年禁渔”)
        ("blind_v.jsonl", 0.97, {"person": 0.99, "position": 0.99, "meeting_role": 0.99, "meeting": 0.85,
                                "organization": 0.99, "initiative": 0.99, "position_org": 0.99}),
        # set W (make_blind_w.py, six national news items: an obituary, a bank's annual meeting opening, a summit
        # opening, talks of two parliament heads, a lecture round, a video speech at a closing) was annotated and
        # scored blind: macro 0.904 (0.894 before one plain omission, an optional brigade, was corrected); the floors
        # sit at what the general fixes made after it reach (0.994: 国家主席 after 总书记、, second_title_after_name.v1;
        # the assembly …大会 a body, org_assembly.v1, so the first title of 应…大会主席、柬埔寨国会主席韩桑林 holds;
        # 全国少工委 and the dash-joined 中国全国人大-越南国会联合委员会 whole, org_cut_join.v1: organization 0.571 →
        # 1.0); left: a foreign 总书记 after the name (阮富仲总书记: the party is not named); position 0.962 as the
        # scorer counts 韩桑林's two 主席 as one gold post
        ("blind_w.jsonl", 0.99, {"person": 0.99, "position": 0.96, "meeting_role": 0.99, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.99, "document": 0.99, "position_org": 0.99}),
        # set X (make_blind_x.py, six national news items: a CPPCC standing committee session's opening, a CCDI
        # accountability decision, a CCDI circular of ten cases, a CPPCC chairmen's meeting, the premier's forum with
        # economists and entrepreneurs, the State Council's collective study) was annotated and scored blind: macro
        # 1.0, every metric 1.0; the floors sit just under the blind figures (the fixes made after it, one node for a
        # meeting's short name, speakers after a part back at the meeting, no one-character junk place, are unscored)
        ("blind_x.jsonl", 0.99, {"person": 0.99, "position": 0.99, "meeting_role": 0.99, "meeting": 0.99,
                                "organization": 0.99, "initiative": 0.99, "document": 0.99, "position_org": 0.99}),
        # set Y (make_blind_y.py, six national news items: a 代表委员议国是 round-up, a 国内联播快讯 round-up, an
        # inspection tour with a 汇报会, the 东北全面振兴座谈会, two CCDI circulars named by local posts) was
        # annotated and scored blind: macro 0.962 (0.968 after two plain omissions, optional short names, were
        # corrected); the floors sit at what the general fixes made after it reach (position 0.973 → 1.0: 总会计师,
        # 第六师副师长; organization 0.833 → 0.962: regulators written short, a campaign's central group, bodies
        # written whole around a shorter one, 和 inside a division's name; document 0.8 → 1.0: 《…》栏目)
        ("blind_y.jsonl", 0.99, {"person": 0.99, "position": 0.99, "meeting_role": 0.99, "meeting": 0.99,
                                "organization": 0.96, "initiative": 0.99, "document": 0.99, "position_org": 0.99}),
    ],
)  # fmt: skip
def test_heldout_gold_floors(gold: str, macro: float, floors: dict[str, float]) -> None:
    res = evaluate(GOLDEN / gold, ner="lac")
    assert res["macro_f1"] >= macro, res
    for k, v in floors.items():
        assert res[k]["f1"] >= v, (k, res[k])
