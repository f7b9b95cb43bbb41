"""Bylines and photo credits: who reported and who photographed an article.

Recognised forms (real lines of the corpus):

- ``本报讯(记者王利辉 石冠兵 高伟山)6月3日,…`` -> three reporters
- ``本报记者 胡晨 通讯员 刘艳红 杨冀梁`` / ``□本报记者 许廷合`` / ``全媒体记者:刘丽娟 王俊``
- ``本报记者牛书培摄``, ``记者 张三 摄``, ``张三/摄``, ``(张三 摄)``, ``摄影 张三``, ``图/张三``
- ``作者:白爱明``, ``撰稿:…``, ``文:晁一鸣`` / ``图:樊何叶``, ``文/图 张华``, ``文图/张华``,
  ``新华社记者 彭源 徐钦 刘磊 摄影报道``,
  ``(记者:赵金凤 包明智(实习) 审核:…)``, and a closing bracket of names or a unit and a name at the
  end of the text: ``(陈甜甜 徐 峰)``, ``(西王镇 周雷)``

A press title counts only where a byline can stand: at the start of a line, after an
opening bracket or a box mark (□), after 本报讯/电, or after whitespace. Each name is 2-4
Han characters (compound surnames allowed), starts with a known surname and is followed
by a separator, a closing bracket, a digit, 摄 or the end of the line, so "记者从民政部了解到"
and "记者今天（5月29日）" give nothing. Matching runs on the simplified twin, so
traditional bylines (記者陳磊) work; offsets are into the text given.
"""

from __future__ import annotations

import re

from kg.model import Mention

from .normalize import to_simplified

RULE_REPORTER = "rules:byline.v1"
RULE_PHOTO = "rules:photo_credit.v1"

_SURNAMES_1 = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏"
    "席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥"
    "南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初云"
    "容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干"
    "尉冶斯元束檀衣展阴昝智幸奉植衡富尧闭傅"
)
_SURNAMES_2 = frozenset(
    {
        *("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文"),
        *("司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "申屠", "闻人", "呼延", "钟离"),
    }
)
# press titles, longest first; value: label of the names that follow
_TITLES = {
    "新华社摄影记者": "Photographer",
    "新华社记者": "Reporter",
    "中新社记者": "Reporter",
    "本报全媒体记者": "Reporter",
    "本报融媒体记者": "Reporter",
    "全媒体记者": "Reporter",
    "融媒体记者": "Reporter",
    "本报摄影记者": "Photographer",
    "摄影记者": "Photographer",
    "本报记者": "Reporter",
    "本台记者": "Reporter",
    "特约记者": "Reporter",
    "见习记者": "Reporter",
    "实习记者": "Reporter",
    "首席记者": "Reporter",
    "本报通讯员": "Reporter",
    "特约通讯员": "Reporter",
    "通讯员": "Reporter",
    "实习生": "Reporter",
    "记者": "Reporter",
    "摄影": "Photographer",
    "本版制图": "Reporter",  # a page's graphics credit: 本版制图 李梦源
    "制图": "Reporter",
}
_TITLE_RX = re.compile("|".join(sorted(map(re.escape, _TITLES), key=len, reverse=True)))
# 文/张三, 图：李四, and both by one hand: 文/图 张三, 文图/张三, 文/图:张三 (a reporter, as one mention a name)
_SLASH_CREDIT = re.compile(
    r"(文\s*[/／]\s*图|图\s*[/／]\s*文|文图|图文)(?:\s*[/／:：]\s*|\s+)"
    r"|(文|图|摄影|摄)\s*[/／]\s*|(作者|文字|撰稿|撰文|文|图片|图)\s*[:：]\s*"
)
# a closing bracket of names (or a unit, then names) ending the text: (陈甜甜 徐 峰), (西王镇 周雷)
_TRAILING_NAMES = re.compile(r"[(（]([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,28})[)）]\s*$")
_UNIT_END = ("镇", "乡", "街道", "县", "区", "市", "局", "委", "院", "办", "社", "台", "站", "所")
_INTERN = ("(实习)", "（实习）")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_NAME_THEN_PHOTO = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})\s*[/／]?\s*摄(?![\u4e00-\u9fff])")
_ANCHOR_CHARS = set("\n(（[【□■●◆ :：")
_SEPARATORS = set(" \t、，,:：/／")
_TERMINATORS = set(")）]】\n。;；") | _SEPARATORS
_HAN = re.compile(r"[\u4e00-\u9fff]")


def is_person_name(name: str) -> bool:
    """2-4 Han characters starting with a known (single or compound) surname."""
    if not 2 <= len(name) <= 4 or not all(_HAN.match(ch) for ch in name):
        return False
    return name[0] in _SURNAMES_1 or name[:2] in _SURNAMES_2


# an outlet's name between the opening bracket and the press title: (海峡导报记者 张雄敏 …)
# and a paper joined to its site by a middle dot: (中青报·中青网记者刘世昕…)
_OUTLET_BEFORE = re.compile(
    r"(?:^|[\n(（])(?:[\u4e00-\u9fff]{1,10}(?:报|台|社|网)·)?[\u4e00-\u9fff]{1,10}(?:报|台|社|网)$"
)


def _anchored(simp: str, k: int) -> bool:
    if k == 0 or simp[k - 1] in _ANCHOR_CHARS:
        return True
    before = simp[max(0, k - 3) : k]
    return before.endswith(("本报讯", "讯", "电")) or bool(_OUTLET_BEFORE.search(simp, max(0, k - 12), k))


def _han_run(simp: str, i: int) -> int:
    j = i
    while j < len(simp) and _HAN.match(simp[j]):
        j += 1
    return j


def _parse_names(text: str, simp: str, i: int, title: str, out: list[Mention]) -> int:
    """Names after a press title at ``i``; appends Mentions, returns the end of the byline."""
    label = _TITLES.get(title, "Reporter")
    run: list[int] = []  # indexes in out of names under the current title
    n = len(simp)
    while i < n:
        while i < n and simp[i] in _SEPARATORS:
            i += 1
        if i >= n:
            break
        m = _TITLE_RX.match(simp, i)
        if m:
            title, label, run = m.group(0), _TITLES[m.group(0)], []
            i = m.end()
            continue
        if simp[i] == "摄" and (i + 1 >= n or not _HAN.match(simp[i + 1]) or simp.startswith("摄影", i)):
            for idx in run:
                out[idx] = _relabel(out[idx], "Photographer")
            i += 2 if simp.startswith("摄影", i) else 1
            continue
        j = _han_run(simp, i)
        if j == i:
            break
        if j - i == 1 and simp[j : j + 1] in " \u3000" and _han_run(simp, j + 1) == j + 2:
            j += 2  # 陈 赛: a two-character name set apart by a space for the page's alignment
        # 记者刘世昕实习生黄馨瑶: a name run straight into the next press title ends before it
        cut = next(
            (k for k in range(i + 2, min(i + 5, j)) if _TITLE_RX.match(simp, k) and is_person_name(simp[i:k])), 0
        )
        j = cut or j
        word = re.sub(r"[ \u3000]", "", simp[i:j])
        photo = False
        if word.endswith("报道") and is_person_name(word[:-2]):
            j -= 2
        elif word.endswith("摄") and is_person_name(word[:-1]):
            j -= 1
            photo = True
        name = re.sub(r"[ \u3000]", "", simp[i:j])
        after = simp[j] if j < len(simp) else "\n"
        ok_after = (
            after in _TERMINATORS
            or after.isdigit()
            or simp.startswith(("报道", "摄"), j)
            or simp.startswith(_INTERN, j)
            or bool(cut)
        )
        if not is_person_name(name) or not ok_after:
            break
        out.append(
            Mention(
                start=i,
                end=j,
                text=text[i:j],
                label="Photographer" if photo or label == "Photographer" else "Reporter",
                source=RULE_PHOTO if photo or label == "Photographer" else RULE_REPORTER,
                attrs=(("press_title", title),),
            )
        )
        run.append(len(out) - 1)
        if photo:
            for idx in run:
                out[idx] = _relabel(out[idx], "Photographer")
        i = j
        if simp.startswith(_INTERN, i):  # 包明智(实习)
            i += 4
        if simp.startswith("报道", i):
            i += 2
        elif simp.startswith("摄", i) and not simp.startswith("摄影", i):
            for idx in run:
                out[idx] = _relabel(out[idx], "Photographer")
            i += 1
    return i


def _trailing_names(text: str, simp: str, taken: set[tuple[int, int]]) -> list[Mention]:
    """Reporters in a bracket that closes the text: every token a name (single characters split by a
    space joined: 徐 峰), the first one possibly the reporter's unit (西王镇)."""
    m = _TRAILING_NAMES.search(simp)
    if not m:
        return []
    tokens = [(t.start(), t.end()) for t in _HAN_RUN.finditer(simp, m.start(1), m.end(1))]
    joined: list[tuple[int, int]] = []
    for s, e in tokens:  # 徐 峰 → 徐峰 (offsets span the space; the name is read without it)
        if joined and e - s == 1 and joined[-1][1] - joined[-1][0] == 1:
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    if len(joined) >= 2 and simp[joined[0][0] : joined[0][1]].endswith(_UNIT_END) and len(simp[slice(*joined[0])]) > 2:
        joined = joined[1:]
    names = [(s, e) for s, e in joined if is_person_name(re.sub(r"\s", "", simp[s:e]))]
    if not names or len(names) != len(joined):
        return []
    return [
        Mention(s, e, text[s:e], "Reporter", RULE_REPORTER, (("press_title", ""),))
        for s, e in names
        if (s, e) not in taken
    ]


def _relabel(m: Mention, label: str) -> Mention:
    rule = RULE_PHOTO if label == "Photographer" else RULE_REPORTER
    return Mention(m.start, m.end, m.text, label, rule, m.attrs)


def find_credits(text: str, simplified: str | None = None) -> list[Mention]:
    """Reporter and Photographer mentions of the bylines and photo credits in ``text``.

    One Mention per person, ``text[m.start:m.end] == m.text``; label "Reporter" (source
    ``rules:byline.v1``) or "Photographer" (``rules:photo_credit.v1``); attrs hold the
    press title as written, e.g. (("press_title", "本报记者"),). ``simplified``: ``to_simplified(text)``
    when the caller has it already (an article's analysis_text), so that it is not converted again.
    """
    simp = to_simplified(text) if simplified is None else simplified
    out: list[Mention] = []
    pos = 0
    for m in _TITLE_RX.finditer(simp):
        if m.start() < pos or not _anchored(simp, m.start()):
            continue
        pos = _parse_names(text, simp, m.end(), m.group(0), out)
    for m in _SLASH_CREDIT.finditer(simp):
        if not _anchored(simp, m.start()) or any(x.start <= m.start() < x.end for x in out):
            continue
        kind = m.group(2) or m.group(3) or ""
        _parse_names(text, simp, m.end(), "摄影" if kind in ("图", "图片", "摄影", "摄") else "记者", out)
    taken = {(x.start, x.end) for x in out}
    for m in _NAME_THEN_PHOTO.finditer(simp):
        s, e = m.span(1)
        name = simp[s:e]
        if (s, e) in taken or not _anchored(simp, s) or not is_person_name(name):
            continue
        if any(x.start <= s < x.end or s <= x.start < e for x in out):
            continue
        out.append(Mention(s, e, text[s:e], "Photographer", RULE_PHOTO, (("press_title", "摄"),)))
    out.extend(_trailing_names(text, simp, {(x.start, x.end) for x in out}))
    # one mention per span; keep document order
    unique: dict[tuple[int, int], Mention] = {}
    for x in out:
        unique.setdefault((x.start, x.end), x)
    return sorted(unique.values(), key=lambda x: x.start)
