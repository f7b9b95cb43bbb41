"""Person precision: which model person spans are no person, and which are cut names to repair.

LAC tags many words of national news as PER: countries and places (科威特, 利雅得), country pairs
(俄乌, 中拉) and sides (马方), four-character phrases (正风肃纪), words after a titled name
(习近平主席|连续), titles (兼秘书长) and names run together or cut (蔡奇丁, 刘国|中). ``refine``
repairs the cuts and drops the rest; ``judge`` says why, for tests and corpus checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg import lexicon
from kg.model import Article, Mention
from kg.ner import rules as R
from kg.places import gazetteer
from kg.relations.gazetteer import COUNTRY_ABBREV, PLACES, words
from kg.relations.gazetteer import SURNAMES as _SURNAMES
from kg.text import SpanIndex

# Characters of transliterated foreign names (Xinhua transliteration usage: 别 of 别克捷诺夫); a long name made only
# of these is a foreign name, not a phrase.
TRANSLIT = frozenset(
    "阿埃艾爱安昂奥敖巴拜班邦包保鲍贝本比彼毕宾波伯博布才查察达戴丹道德登邓迪蒂丁东杜多厄恩尔法凡范菲费芬丰"
    "弗伏福夫盖甘冈高戈哥格根贡古瓜圭哈海罕汉豪赫黑亨洪胡华霍基吉加贾杰捷金津卡凯坎康考柯科克肯库奎拉腊莱赖兰朗"
    "劳勒雷蕾利里理丽连林琳留卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙米密缅敏明姆莫默穆纳娜奈南内尼妮涅宁纽努诺欧帕派潘"
    "庞佩彭皮珀坡普奇齐恰乔切钦琼丘萨塞赛桑瑟森沙莎善尚舍什施石史舒斯松苏索塔泰坦汤唐特提廷图托瓦万旺威韦维温文沃"
    "乌吾伍武西希锡夏谢辛休许雅亚扬耶叶伊易因英尤于约扎泽詹兹佐茨祖瑙娃娅耶别"
)
COMPOUND_SURNAMES = tuple(
    words("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 司徒 夏侯 长孙 宇文 轩辕 端木 独孤 南宫 西门 呼延")
)
# Titles of foreign and national office that precede a name (besides kg.ner.rules.TITLE_HEADS).
FOREIGN_TITLES = words(
    """
    总统 首相 国王 女王 王储 亲王 王子 公主 苏丹 埃米尔 议长 外长 大臣 国务卿 总督 特使 总干事 参谋长
    发言人 领导人 主席 元帅 将军 大使 夫人 州长 市长 首席 顾问 专家 学家 创始人 代表 法官 冠军 火炬手
    运动员 裁判员 居民 村民 市民 同志
    """
)
_TITLES = tuple(sorted(set(R.TITLE_HEADS) | set(FOREIGN_TITLES), key=len, reverse=True))
# first character → the titles starting with it, longest first (a lookup instead of trying every title)
_TITLES_AT = {c: tuple(h for h in _TITLES if h[0] == c) for c in {h[0] for h in _TITLES}}
# A name never ends in a title word nor starts with 兼/副 (兼秘书长, 会主席, 领导人).
_TITLE_END = re.compile(rf"(?:{'|'.join(_TITLES)}|领导|王储|储)$|^[兼副原前]")
# Common words LAC reads as names: function words, adverbs and verbs of political prose.
STOP_WORDS = frozenset(lexicon.words("stop_words"))
# A time word swallowed after a name: 内塔尼亚胡|当天
_TIME_TAIL = re.compile(r"(?:当天|当晚|今天|昨天|日前|近日|此前|随后|同时)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A group's name: written before 方面/下属/领导层/武装, or as the short form in brackets after a body's
# full name (巴勒斯坦伊斯兰抵抗运动（哈马斯）)
_GROUP_AFTER = ("方面", "下属", "领导层", "武装")


def after_title(text: str, start: int) -> bool:
    """True when a title word (部长, 总统, 主席 …) ends right before ``start``."""
    return text.endswith(_TITLES, 0, start)


def is_translit(name: str) -> bool:
    """True when every character of ``name`` is a transliteration character (or the middle dot)."""
    return all(c in TRANSLIT or c == "·" for c in name)


def _places_by_first_character() -> tuple[dict[str, tuple[str, ...]], int]:
    by_first: dict[str, list[str]] = {}
    for place in sorted(PLACES):
        if len(place) >= 2:
            by_first.setdefault(place[0], []).append(place)
    return {c: tuple(ps) for c, ps in by_first.items()}, max((len(p) for p in PLACES), default=0)


_PLACES_AT, _LONGEST_PLACE = _places_by_first_character()


def _in_place(text: str, s: int, e: int) -> bool:
    """The span lies inside, or starts with all but one character of, a place name written there.

    Indexed: only places whose first character is written at a position that could start such an
    occurrence are tried (instead of searching the text for every place)."""
    for i in range(max(0, s - _LONGEST_PLACE + 1), e):
        for p in _PLACES_AT.get(text[i], ()):
            inside = i <= s and e <= i + len(p)
            starts_it = i == s and e - (i + len(p)) <= 1
            if (inside or starts_it) and i >= s - len(p) + 1 and text.startswith(p, i):
                return True
    return False


def relabel(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A model organization or place that is a transliterated name right after a title is a person:
    总理|内|塔尼亚胡 (ORG), 副总理|达维塔什维利 (ORG)."""
    out = []
    for m in mentions:
        if (
            m.label in ("Organization", "Place")
            and 2 <= m.end - m.start <= 10
            and is_translit(m.text)
            and m.text not in PLACES
            and not R.is_body_name(m.text)
            and (
                after_title(text, m.start)
                or (is_translit(text[m.start - 1 : m.start]) and after_title(text, m.start - 1))
            )
        ):
            m = Mention(m.start, m.end, m.text, "Person", m.source)
        out.append(m)
    return out


def judge(text: str, persons: Sequence[Mention], others: Sequence[Mention]) -> list[tuple[Mention, str | None]]:
    """Each person mention repaired, with the reason it is no person (None: a person). ``others`` are
    the article's place and organization mentions."""
    index = _Names(persons)
    repaired = [_repair(text, p, index) for p in persons]
    index = _Names(repaired)
    repaired = [_repair(text, p, index) for p in repaired]  # a name made whole repairs the next: 内塔尼亚|胡同时
    # judged on the simplified twin: 陸衛東 in a traditional article is 陆卫东, surname 陆
    names = {text[p.start : p.end] for p in repaired}
    other_names = {text[o.start : o.end] for o in others}
    titled = {n for n in names if any(after_title(text, i) for i in _occurrences(text, n))}
    # …10位同志, 任命由立明为…: a counted list's item and a formula slot's name are names
    titled |= {text[p.start : p.end] for p in repaired if p.source in _SLOT_SOURCES}
    groups: dict[str, bool] = {}  # name → written as a group's name somewhere (one scan of the text per name)
    first = [_reason(text, p, names, other_names, titled, set(), groups) for p in repaired]
    # a person right before a title word: 习近平主席|连续 — what follows the title is no name
    kept = [p for p, why in zip(repaired, first, strict=True) if why is None]
    # (not after a "name" ending in the past mark 原: 民政部规划财务司原|司长|冯亚平, where the model cut 司原)
    name_title_ends = {
        p.end + len(h)
        for p in kept
        if text[p.end - 1] != "原"
        for h in _TITLES_AT.get(text[p.end : p.end + 1], ())
        if text.startswith(h, p.end)
    }
    return [
        (p, why or _reason(text, p, names, other_names, titled, name_title_ends, groups))
        for p, why in zip(repaired, first, strict=True)
    ]


def refine(text: str, persons: Sequence[Mention], others: Sequence[Mention]) -> list[Mention]:
    """The person mentions that are people, cut names repaired; a span inside another one goes."""
    kept = [p for p, why in judge(text, persons, others) if why is None]
    spans = {(p.start, p.end) for p in kept}
    before = SpanIndex(spans)  # spans starting before a span: inside() then means inside another
    longest_at: dict[int, int] = {}
    for a, b in spans:
        longest_at[a] = max(b, longest_at.get(a, b))
    out: list[Mention] = []
    taken: set[tuple[int, int]] = set()
    for p in kept:
        inside = before.inside_strictly_after(p.start, p.end) or longest_at[p.start] > p.end
        if not inside and (p.start, p.end) not in taken:
            out.append(p)
            taken.add((p.start, p.end))
    return out


def _reason(text: str, p: Mention, names: set[str], other_names: set[str], titled: set[str],
            name_title_ends: set[int], groups: dict[str, bool]) -> str | None:  # fmt: skip
    s, e = p.start, p.end
    name = text[s:e]
    guarded = name in titled
    if _TITLE_END.search(name):
        return "title"
    if name in STOP_WORDS:
        return "stop_word"
    # 吴德刚同志 … 德刚同志: the given name of a person of the article, no new person
    if len(name) == 2 and text.startswith("同志", e) and any(len(n) == 3 and n.endswith(name) for n in names):
        return "given_name_alias"
    if s in name_title_ends:
        return "after_named_title"
    if name in PLACES or (_in_place(text, s, e) and not guarded):
        return "place"
    if not guarded and _is_group(text, name, groups):
        return "group"
    # 丹橙现代农业园区, 桔橙小镇: the stem of a site's name; 严明工作纪律: a verb and its object
    if not guarded and len(name) == 2 and (text.startswith(_SITE_AFTER, e) or _DISCIPLINE.match(text, e)):
        return "site_or_phrase"
    # 赠送贺匾, 赠送贺幛, 敬献切玛和青稞酒: the object of a verb of giving is a gift, no person (one gives to people
    # with 向: 向孝登寺赠送贺幛, 向…颁授勋章)
    if not guarded and len(name) == 2 and text.endswith(_GIVING, 0, s):
        return "gift"
    # 杨开、三江村 in an article naming 杨开村: the stem of a village or town of the article, no person
    if not guarded and any(name + kind in other_names for kind in _STEM_KINDS):
        return "place_stem"
    if name in other_names and not guarded and (len(name) == 2 or name[0] not in _SURNAMES):
        return "tagged_place_or_org"
    if len(name) == 2 and not guarded:
        if name[0] in COUNTRY_ABBREV and name[1] in COUNTRY_ABBREV:
            return "country_pair"
        if name[0] in COUNTRY_ABBREV and name[1] in "方军侧":
            return "country_side"
    if "·" not in name and not guarded:
        if len(name) >= 4 and not is_translit(name) and not name.startswith(COMPOUND_SURNAMES):
            return "phrase"
        if len(name) == 3 and name[0] not in _SURNAMES and not is_translit(name):
            return "phrase"
    return None


_STEM_KINDS = ("村", "镇", "乡", "社区", "街道")
_SLOT_SOURCES = ("rules:counted_list_name.v1", "rules:slot_name.v1")
_GIVING = ("赠送", "敬献", "献上", "赠予", "赠给", "颁发")
_SITE_AFTER = ("现代农业园区", "农业园区", "产业园", "园区", "小镇", "景区", "度假区", "合作社", "农场")
_DISCIPLINE = re.compile(r"(?:[\u4e00-\u9fff]{2})?纪律")


def _is_group(text: str, name: str, groups: dict[str, bool]) -> bool:
    """``_group_name``, computed once per name of the article."""
    if name not in groups:
        groups[name] = _group_name(text, name)
    return groups[name]


def _group_name(text: str, name: str) -> bool:
    for start in _occurrences(text, name):
        end = start + len(name)
        if text.startswith(_GROUP_AFTER, end):
            return True
        bracketed = text[start - 1 : start] in "（(" and text[end : end + 1] in "）)"
        if bracketed and start >= 2 and _CJK.match(text[start - 2]):
            return True
    return False


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Starts of ``word``'s non-overlapping occurrences in ``text``, left to right: what
    ``re.finditer(re.escape(word), text)`` finds, without compiling a pattern per word."""
    if not word:
        yield from range(len(text) + 1)
        return
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + len(word))


class _Names:
    """The distinct names of the person mentions (two or more characters), indexed so a repair looks
    up the names around a span instead of scanning them all (a long article has thousands)."""

    def __init__(self, persons: Sequence[Mention]) -> None:
        ordered = sorted({q.text for q in persons if len(q.text) >= 2}, key=lambda n: (-len(n), n))
        self.names = frozenset(ordered)
        self.longest = max((len(n) for n in ordered), default=0)
        self.containing: dict[str, list[str]] = {}  # a substring → the names holding it, longest first
        for name in ordered:
            subs = {name[i:j] for i in range(len(name)) for j in range(i + 1, len(name) + 1)}
            for sub in sorted(subs):
                self.containing.setdefault(sub, []).append(name)

    def written_at(self, text: str, pos: int, *, besides: tuple[str, ...]) -> bool:
        """True when a name other than ``besides`` starts at ``pos``."""
        return any((q := text[pos : pos + k]) in self.names and q not in besides for k in range(2, self.longest + 1))


def _repair(text: str, p: Mention, names: _Names) -> Mention:
    """A cut or run-on name made whole: 蔡奇丁 → 蔡奇 (a name of the article and one more character),
    刘国|中 → 刘国中 and 丁|薛祥 → 丁薛祥 (a longer name of the article written here), 内塔尼亚|胡当天
    → 内塔尼亚胡 (transliteration characters back to the title, a time word off the end)."""
    s, e = p.start, p.end
    # a longer name of the article written around this span
    for longer in names.containing.get(p.text, ()):
        if len(longer) > e - s:
            i = s - longer.index(p.text)
            if text.startswith(longer, i):
                s, e = i, i + len(longer)
                break
    else:
        # a name of the article run on into the next name (蔡奇丁|薛祥) or one character too far (江泽民国)
        for size in (3, 2):
            shorter = p.text[:size]
            if len(p.text) <= size or shorter not in names.names or shorter[0] not in _SURNAMES:
                continue
            rest = s + size
            if not 1 <= e - rest <= 2:
                continue
            # (or its last character opens a verb after it: 全国政协委员乔红|来到中关村…, 乔红 written before)
            opens_verb = text[rest : rest + 2] in ROLE_VERBS or text.startswith(_RUN_ON_VERBS, rest)
            if len(p.text) >= 4 or opens_verb or names.written_at(text, rest, besides=(shorter, p.text)):
                e = rest
                break
    if (t := _TIME_TAIL.search(text, s, e)) and t.start() - s >= 1:
        e = t.start()
    # transliteration characters between a title and the span: 总统扎|帕罗夫, 议长科|沙诺夫
    if is_translit(text[s:e]):
        for k in range(1, 5):
            seg = text[s - k : s]
            if s - k < 0 or not is_translit(seg) or not _CJK.match(seg[0]):
                break
            if after_title(text, s - k):
                s -= k
                break
    if (s, e) == (p.start, p.end):
        return p
    return Mention(s, e, text[s:e], "Person", p.source)


# --- person repair: model person spans cleaned, cut names made whole, names the model missed ----------

ROLE_VERBS = frozenset(lexicon.words("role_verbs"))  # a name's last character that really starts the next word
_RUN_ON_VERBS = ("来到", "走进", "前往", "深入")  # verbs of visiting a known name can run into (乔红|来到)
_NAME_OK = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}[·\-－][\u4e00-\u9fff]{1,8}$")
_SPEAKER = re.compile(r"(?<=[的，,。：:])([\u4e00-\u9fff]{3})(?=说|表示|告诉记者)")
_NOT_GIVEN_CHARS = frozenset("他她们还也都又就方人者家员")
_NOT_GIVEN = frozenset(["老师", "师傅", "先生", "女士", "同志", "大爷", "大妈", "阿姨", "主任", "书记", "们", "人"])
# a national title after the name, and a standing committee member's 常委 after the name before what the member
# does at the sitting (黄润秋常委提出, 李卫常委代表无党派人士界发言, 王志刚和黄卫常委在联合发言中建议)
NATIONAL_TITLE = re.compile(r"总书记|副委员长|委员长|副总理|常委(?=发言|代表|建议|提出|在)")
# After a split name (王战|营|到): after a cut name, only a function word or punctuation: a verb here
# (李强|作出) means the name was whole
_AFTER_SPLIT_NAME = "到在赴等与和及同向对为、，,。：:"
_NEVER_NAME_LAST = frozenset("因被把")
_NEVER_IN_GIVEN = frozenset("与的在是了被把从对")
_VISIT_CHARS = frozenset("莅赴抵")
_NOT_NAME_END = R.STOP + "又还也再都先亲就才曾已正率带一代"


# after a name, the first characters of a kinship word (陈坪其子结婚, 太顺为其外孙女): never part of the name
_KIN_TAIL = re.compile(r"其[子女妻夫父母儿孙兄弟姐妹]$")
# a name's tail after the middle dot the model left untagged (阿卜来|提|的): a character or two, then a word end
_DOT_TAIL_LONG = re.compile(r"[\u4e00-\u9fff]{2,6}?(?=[为同等、，,。；;：:（(\s]|$)")
_DOT_TAIL = re.compile(r"[\u4e00-\u9fff]{1,4}?(?=[的为同等、，,。；;：:（(\s]|$)")


# 作 + a report, speech or statement in the clause: 作第十次党代会筹备工作报告, 作说明
_ZUO_REPORT = re.compile(r"了?[^，。；,;：:\n]{0,24}?(?:报告|讲话|说明|发言)")
_AFTER_AND = ("其他", "其它", "有关", "相关", "全体", "各")
_AFTER_ZUO = (
    "说明",
    "报告",
    "工作报告",
    "发言",
    "讲话",
    "交流",
    "表态",
    "重要",
    "动员",
    "部署",
    "总结",
    "汇报",
    "了",
    "题为",
)


# after a name cut one character short, what 作 opens (the speech verbs and 讲解, 的 of a report heard)
_AFTER_ZUO_SPLIT = (*_AFTER_ZUO, "讲解", "的")


def join_dotted(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A name written with the middle dot that the model cut into two names (阿卜杜吉力力|·|阿卜来|提) is
    one person, up to the next word end (dotted_name.v1): two person spans around one · (or a hyphen between two
    transliterated halves: 迪亚斯|-|卡内尔), the second one
    continued by the one to four characters it left before 的|为|同志|等|、|，."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.label == "Person"
            and prev.label == "Person"
            and m.start == prev.end + 1
            and (text[prev.end] == "·" or (text[prev.end] in "-－" and is_translit(prev.text + m.text)))
        ):
            end = m.end
            dotted = text[prev.end] == "·"  # a hyphenated name's second half is the model's whole
            if dotted and (tail := _DOT_TAIL.match(text, end)) and _name_tail(tail.group(0)):
                end = tail.end()
            out[-1] = Mention(prev.start, end, text[prev.start : end], "Person", "rules:dotted_name.v1")
            continue
        out.append(m)
    # a person span before · whose second part the model gave no person (帕巴拉|·格列朗杰，): the part up to
    # the next word end, two to six characters closed as a name is
    starts = {m.start for m in out if m.label == "Person"}
    for i, m in enumerate(out):
        if m.label != "Person" or text[m.end : m.end + 1] != "·" or m.end + 1 in starts:
            continue
        tail = _DOT_TAIL_LONG.match(text, m.end + 1)
        if tail and _name_tail(tail.group(0)) and "·" not in text[m.start : m.end]:
            out[i] = Mention(m.start, tail.end(), text[m.start : tail.end()], "Person", "rules:dotted_name.v1")
    return out


def _zuo_opens_talk(text: str, after: int) -> bool:
    """作 before ``after`` opens a report or talk (作说明, 作交流发言, 作第十次党代会筹备工作报告, 作的…)."""
    return text.startswith(_AFTER_ZUO_SPLIT, after) or bool(_ZUO_REPORT.match(text, after))


def _name_tail(tail: str) -> bool:
    """The characters after a cut dotted name read as its end: no function word, no verb after names."""
    return not any(c in R.STOP for c in tail) and not any(tail[k : k + 2] in ROLE_VERBS for k in range(len(tail)))


def clean_person(article: Article, m: Mention) -> Mention | None:
    """Trim whitespace, a photo-credit 摄 and a swallowed verb start; refuse what is no name."""
    text = article.analysis_text
    s, e = m.start, m.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if text[e - 1 : e] == "摄" and e - s >= 3:
        e -= 1
    if e - s == 3 and text[e - 1 : e + 1] in ROLE_VERBS:
        e -= 1
    # 吴军因在…受到处分: a character that never ends a given name, swallowed after a surname and one more
    if e - s == 3 and text[e - 1] in _NEVER_NAME_LAST and text[s] in _SURNAMES:
        e -= 1
    if e - s >= 4 and _KIN_TAIL.search(text, s, e):  # 陈坪其子结婚
        e -= 2
    # 张三和|其他在职省级领导同志, 刘五作|说明: a conjunction or 作 swallowed before what follows a name
    if e - s == 3 and (
        (text[e - 1] in "和及与" and text.startswith(_AFTER_AND, e))
        or (text[e - 1] == "作" and text.startswith(_AFTER_ZUO, e))
    ):
        e -= 1
    # 闫盛红及|兵团…, 尤福永向|会议作了…: a four-character Han name is no name when its last is a function word;
    # 县委书记邱惠清作|第九届县委工作报告: nor when it is 作 before a report or talk; 费萨尔通|电话
    if (
        e - s == 4
        and (text[e - 1] in R.STOP or (text[e - 1] == "作" and _zuo_opens_talk(text, e)))
        and not text.startswith(COMPOUND_SURNAMES, s)
        and not is_translit(text[s:e])
    ):
        e -= 1
    if text[e - 1 : e] == "暨":  # 全国科技活动周暨|北京科技周: the conjunction joining two names of one event
        e -= 1
    if e - s >= 3 and text[e - 1] == "通" and text.startswith("电话", e):
        e -= 1
    if e - s == 4 and text[e - 1] == "等":  # 习近平等领导同志
        e -= 1
    if e - s == 3 and text[e - 1] == "副" and text.startswith(R.TITLE_HEAD_TUPLE, e):  # 王晨副|委员长
        e -= 1
    if not _NAME_OK.match(text[s:e]) and not (5 <= e - s <= 10 and is_translit(text[s:e])):  # 叶尔梅克巴耶夫
        return None
    name = text[s:e]
    if name[1:] in R.MEETING_HEADS:  # 科技周|启动式: one character before a meeting head is no name
        return None
    if name[0] in _VISIT_CHARS:  # 一行莅丹调研: a verb of visiting and the place's short name
        return None
    # 乌方, 俄军, 军乐团: a side, an army or a body, not a person
    if name[-1] in "团队部委局" or (len(name) == 2 and name[1] in "方军" and name[0] not in _SURNAMES):
        return None
    return Mention(s, e, article.analysis_text[s:e], "Person", m.source)


# the first word of a Tibetan name of four characters (洛桑江村, 白玛赤林, 次仁卓嘎): read after a title only
_TIBETAN_NAME_STARTS = (
    "洛桑",
    "白玛",
    "次仁",
    "扎西",
    "格桑",
    "尼玛",
    "多吉",
    "旦增",
    "丹增",
    "索朗",
    "土登",
    "平措",
    "嘉措",
    "顿珠",
    "拉巴",
    "普布",
    "边巴",
    "罗布",
    "强巴",
    "益西",
    "央金",
    "卓玛",
    "德吉",
    "达瓦",
    "巴桑",
    "米玛",
    "阿旺",
    "江白",
)


# a Japanese surname (佐藤树一郎, 岸田文雄, 鸠山由纪夫): read after a title that names 日本 only, with a given name of
# one to three characters
_JAPANESE_SURNAMES = (
    "佐藤",
    "铃木",
    "高桥",
    "田中",
    "渡边",
    "伊藤",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "山口",
    "松本",
    "井上",
    "木村",
    "清水",
    "山崎",
    "池田",
    "桥本",
    "阿部",
    "石川",
    "岸田",
    "石破",
    "鸠山",
    "安倍",
    "野田",
    "福田",
    "麻生",
    "小泉",
    "高市",
    "河野",
    "茂木",
    "二阶",
    "菅",
)


_JAPANESE_NOT_GIVEN = re.compile(r"今|昨|明天|当|日前|近日|此前|随后|同时|等|率|说|表示|称")
_TIME_AFTER_NAME = ("今天", "昨天", "当天", "当晚", "日前", "近日", "此前", "随后", "同时")


def name_after_title(text: str, pos: int, loose: bool = False) -> tuple[int, int] | None:
    """A name right after a title when the model missed it: surname + 1–2 characters; with ``loose``
    (the title names its body: 巴厘省省长科斯特等) any 2–4 characters closed by 等 or 、."""
    if text.startswith(R.MEETING_HEAD_TUPLE, pos):  # 两院院士|大会上: a title before a meeting head names the meeting
        return None
    tibetan = text.startswith(_TIBETAN_NAME_STARTS, pos)

    def boundary(i: int) -> bool:
        return (
            i >= len(text)
            or not ("\u4e00" <= text[i] <= "\u9fff")
            or text[i] in R.STOP
            or text[i : i + 2] in ROLE_VERBS
            or bool(text[i] == "作" and _ZUO_REPORT.match(text, i + 1))  # 唐山原|作第十次党代会筹备工作报告
        )

    # a Japanese name after a title naming 日本 (日本大分市市长佐藤树一郎率…, 日本前首相鸠山由纪夫，): the longest
    # run of a surname and one to three characters that a boundary or a verb of leading closes
    if (sur := next((j for j in _JAPANESE_SURNAMES if text.startswith(j, pos)), "")) and "日本" in text[
        max(0, pos - 20) : pos
    ]:
        for n in (3, 2, 1):
            end = pos + len(sur) + n
            given = text[pos + len(sur) : end]  # 由 of 鸠山由纪夫 is no function word here
            if _JAPANESE_NOT_GIVEN.search(given):
                continue  # 石破茂今天|当天: a time word after the name is no part of it
            if all("\u4e00" <= c <= "\u9fff" and c not in _NEVER_IN_GIVEN for c in given) and (
                boundary(end) or text.startswith(("带领", "率", "陪同", *_TIME_AFTER_NAME), end)
            ):
                return pos, end
    if loose and pos < len(text) and text[pos] not in _SURNAMES and not tibetan:
        for n in (3, 2, 4):
            seg = text[pos : pos + n]
            if text[pos + n : pos + n + 1] in ("等", "、") and all(
                "\u4e00" <= c <= "\u9fff" and c not in R.STOP for c in seg
            ):
                return pos, pos + n
        return None
    if pos >= len(text) or (text[pos] not in _SURNAMES and not tibetan):
        return None

    # a Tibetan name of four characters, two words (副团长洛桑江村带领; 白玛赤林): no surname before a given name
    if (
        tibetan
        and (boundary(pos + 4) or text.startswith(("带领", "率", "陪同"), pos + 4))
        and all("\u4e00" <= c <= "\u9fff" and c not in R.STOP for c in text[pos : pos + 4])
    ):
        return pos, pos + 4
    for n in (2, 3):
        given = text[pos + 1 : pos + n]  # 发言人向与会的…: a function word is no part of a given name
        if boundary(pos + n) and all("\u4e00" <= c <= "\u9fff" and c not in _NEVER_IN_GIVEN for c in given):
            return pos, pos + n
    return None


_AFTER_LIST_NAME = (
    "、",
    "等",
    "和",
    "及",
    "以及",
    ",",
    "，",
    ";",
    "；",
    "。",
    "任",
    "出席",
    "参加",
    "列席",
    "分别",
    "同志",
)


def name_in_list(text: str, pos: int) -> tuple[int, int] | None:
    """A name the model missed as the next item of a 、-list of names (周慧、郑瑶任…, 黄英、郑平等出席,
    副组长李红旗、管一民以及组员…, 国务院副总理甲、乙、连维新作交流发言): surname + 1–2 characters closed by a
    list mark, the list's verb or 作 + a report or talk."""
    if pos >= len(text) or text[pos] not in _SURNAMES:
        return None
    for n in (2, 3):
        seg = text[pos : pos + n]
        closed = text.startswith(_AFTER_LIST_NAME, pos + n) or (
            text.startswith("作", pos + n) and _zuo_opens_talk(text, pos + n + 1)
        )
        if closed and all("\u4e00" <= c <= "\u9fff" and c not in R.STOP for c in seg):
            return pos, pos + n
    return None


# group words a list of names follows directly: 市领导牛海艇、李雅生…, 党和国家领导人马开翔、徐玉锁…
_LIST_OPENERS = ("领导人", "领导")
_LIST_START = "、，,。；;：:\n 　"


def name_before_in_list(text: str, mark: int) -> tuple[int, int] | None:
    """list_name.v2 read backwards: the item of a 、-list ending at the 、 at ``mark``, 2–3 Han characters from
    the list's previous 、, a clause's start or a group word (市领导钟表、杨俊…) to the mark, that reads as a name
    (_slot_name: a surname first, no function-word surname, no place, body or title)."""
    for n in (2, 3):
        s = mark - n
        if s < 0:
            return None
        if (s == 0 or text[s - 1] in _LIST_START or text.endswith(_LIST_OPENERS, 0, s)) and all(
            "\u4e00" <= c <= "\u9fff" and c not in R.STOP for c in text[s:mark]
        ):
            return (s, mark) if _listed_name(text[s:mark]) else None
    return None


# one-character words that follow a whole two-character name (王刚|受到, 王刚|作报告, 村民王刚|家, 会见王刚|后,
# 决定郑皓|副|区长): never read as the third character of a cut one
_WORD_AFTER_NAME = frozenset(
    "笑作说讲来去看听任兼是有将要会称以于自从今明昨均亦即便仍另特首共分获受率家处后前时案问答道夫们副总原常"
)
# an appointment verb or 代表 right before a name (任命焦迎光为…, 决定接受骆百能辞去…, 免去王黄来同志的…,
# 无党派人士代表何腾国作了发言)
_APPOINTING = ("任命", "免去", "接受", "撤销", "决定", "代表")
# words after a name that close a three-character reading of it (…|说, …|受到处分, …|当选…主席, …|辞去…职务)
_CLOSING_VERBS = ("说", "受到", "当选", "辞去", "举行", "带领", "率", "陪同", "代表", "同志")


def _third_character_closes(text: str, after: int, *, punctuation: bool) -> bool:
    """The text after a two-character name and one more character closes the three-character reading:
    punctuation (when ``punctuation``), a function word names are followed by, a role verb, a title (副院长),
    a closing verb, or 作 + a report or talk (作第十次党代会筹备工作报告, 作交流发言)."""
    if after >= len(text) or not ("\u4e00" <= text[after] <= "\u9fff"):
        return punctuation and (after >= len(text) or text[after] in '、，,。；;：:（(“"' or text[after].isspace())
    if text[after] == "作":
        return _zuo_opens_talk(text, after + 1)
    title_at = after + 1 if text[after] == "副" else after
    return (
        text[after] in _AFTER_SPLIT_NAME
        or text[after : after + 2] in ROLE_VERBS
        or text.startswith((*_CLOSING_VERBS, *_RUN_ON_VERBS), after)
        or text.startswith(R.TITLE_HEAD_TUPLE, title_at)
    )


def _third_character_names(text: str, persons: Sequence[Mention]) -> set[str]:
    """Three-character names a two-character person span was cut from (third_character_name.v1): the next
    character is a Han character that starts no word after names and no title (省长王伟|中|陪同下,
    县委副书记陈一|欢|作…报告, 任命焦迎|光|为…); the span follows a title, a 、 of a list, an appointment
    verb or a clause start (punctuation then does not close it); what follows closes the reading (see
    _third_character_closes); and the article never writes the two characters before anything else
    (许红|作报告 … 许红同志: 许红 is the name)."""
    out: set[str] = set()
    for p in persons:
        s, e = p.start, p.end
        nxt = text[e : e + 1]
        if (
            e - s != 2
            or not ("\u4e00" <= nxt <= "\u9fff")
            or p.text[0] not in _SURNAMES
            or nxt in _NOT_NAME_END
            or nxt in _NEVER_NAME_LAST
            or nxt in _WORD_AFTER_NAME
            or text.startswith(R.TITLE_HEAD_TUPLE, e)
            or text[e : e + 2] in ROLE_VERBS
        ):
            continue
        before = text[s - 1 : s]
        opens = not before or before in "。！？!?，,；;：:\n 　"
        if not (
            opens
            or before in "、"
            or text[e + 1 : e + 2] == "、"
            or bool(R.title_chain(text, s))
            or text.endswith(_APPOINTING, 0, s)
        ):
            continue
        if not _third_character_closes(text, e + 1, punctuation=not opens):
            continue
        if any(text[i + 2 : i + 3] != nxt for i in _occurrences(text, p.text)):
            continue  # the two characters written elsewhere before another character: they are the name
        out.add(text[s : e + 1])
    return out


def extend_split_names(text: str, persons: list[Mention]) -> list[Mention]:
    """Repair names the model cut one character short (王战|营|到, 孔昌|生|到): the longer name is
    found elsewhere in the article or read from the third character (_third_character_names), or the cut
    name follows a title and the next character is followed by a word that follows names."""
    read = _third_character_names(text, persons)
    full = {p.text for p in persons if len(p.text) == 3}
    out: list[Mention] = []
    for p in persons:
        e = p.end
        nxt = text[e : e + 1]
        name_char = "\u4e00" <= nxt <= "\u9fff" and nxt not in _NOT_NAME_END and nxt not in _NEVER_NAME_LAST
        # 镇长陈嘉|才|说: 才 ends a given name as often as it is an adverb; after a title, before 说|表示…, a name
        name_char = name_char or (nxt == "才" and (text[e + 1 : e + 2] == "说" or text[e + 1 : e + 3] in ROLE_VERBS))
        # 团北京市委书记李军|会|说: 会 before 说 ends a given name (a report says what was said, not what will be)
        name_char = name_char or (nxt == "会" and text[e + 1 : e + 2] == "说")
        # 、罗富|和|、陈宗兴: 和 between two 、 of a list of names ends a name (no conjunction is followed by 、)
        name_char = name_char or (nxt == "和" and text[e + 1 : e + 2] == "、" and text[p.start - 1 : p.start] == "、")
        # 在会见巴西总统卢拉|时|，: 时 closing a clause (when) is no part of the name
        name_char = name_char and not (nxt == "时" and text[e + 1 : e + 2] in ("，", ","))
        if len(p.text) == 2 and name_char:
            longer = text[p.start : e + 1]
            titled = bool(R.title_chain(text, p.start))
            titled = titled or (is_translit(longer) and after_title(text, p.start))  # 总理欧尔|班
            follows = (
                text[e + 1 : e + 2] in tuple(_AFTER_SPLIT_NAME) or text[e + 1 : e + 3] in ROLE_VERBS
            )  # 刘国|中|出席
            follows = follows or text[e + 1 : e + 3] in ("今天", "当天", "日前") or text[e + 1 : e + 2].isdigit()
            follows = follows or (nxt in "才会" and text[e + 1 : e + 2] == "说")
            # 主任高国|力|作讲解, 主任委员张业|遂|作的关于…的汇报: 作 + a report or talk after the cut name
            follows = follows or (text[e + 1 : e + 2] == "作" and text.startswith(_AFTER_ZUO_SPLIT, e + 2))
            in_list = text[p.start - 1 : p.start] == "、" and text[e + 1 : e + 2] in ("、", "等")  # 、陈斌|开|、
            if longer in full or ((titled or in_list) and follows and text[e : e + 2] not in ROLE_VERBS):
                p = Mention(p.start, e + 1, longer, "Person", p.source)
            elif longer in read:
                p = Mention(p.start, e + 1, longer, "Person", "rules:third_character_name.v1")
        out.append(p)
    return out


def speaker_is_name(name: str) -> bool:
    """True when the three characters before 说|表示 read as a name: a surname and no pronoun."""
    return name[0] in _SURNAMES and name[1:] not in _NOT_GIVEN and not set(name[1:]) & _NOT_GIVEN_CHARS


def speakers(text: str) -> list[tuple[int, int]]:
    """Spans of three characters right before 说|表示|告诉记者 after 的|，|。 that read as a name."""
    return [m.span(1) for m in _SPEAKER.finditer(text) if speaker_is_name(m.group(1))]


# --- names read from the slot an appointment formula gives them (slot_name.v1) ----------------------------------
# Surnames that are also function words (由 of 由立明, 开 of 开晓彬, 占 of 占磊) or rare (赏, 佗, 奎): a name starts
# with one only inside an appointment formula's slot, never elsewhere (由…主持, 占全省…).
SLOT_ONLY_SURNAMES = frozenset("由开占赏佗奎")
_SLOT_ITEM = r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12}"
_SLOT_LIST = rf"(?:{_SLOT_ITEM})(?:、(?:{_SLOT_ITEM}))*"
_NO_POST_AFTER_REN = "(?![命职期务何免])"
_CPPCC_TERM = "(?:中国人民政治协商会议|政协)第?[一二三四五六七八九十]+届"  # the start of R.CPPCC_OF_TERM
# each formula: the verb, the list of names, and the words that close the slot (任命 NAME 为, 免去 NAME 的|兼任的|政协…,
# 接受 NAME 辞去, 撤销 NAME 政协…委员资格); ``strong`` formulas admit SLOT_ONLY_SURNAMES
_STRONG_SLOT = re.compile(
    rf"任命(?P<a>{_SLOT_LIST})(?=(?:同志)?为)"
    rf"|免去(?P<b>{_SLOT_LIST})(?=(?:同志)?(?:的|兼任的|担任的)|{_CPPCC_TERM})"
    rf"|接受(?P<c>{_SLOT_LIST})(?=(?:同志)?辞去)"
    rf"|撤销(?P<d>{_SLOT_LIST})(?={_CPPCC_TERM}[\u4e00-\u9fff]{{2,8}}?委员会委员资格)"
)
# 决定|通过 NAME(、NAME) 任 TITLE (appointment_list.v1), 决定 NAME 副区长代理…职务 (acting_post.v1)
_DECIDED_SLOT = re.compile(
    rf"(?:决定|通过了?)(?P<e>{_SLOT_LIST})(?=(?:同志)?任{_NO_POST_AFTER_REN})"
    rf"|决定(?P<f>[\u4e00-\u9fff]{{2,3}}?)(?=(?:常务)?副?(?:{R.TITLE_HEAD_ALT})代理)"
)
_NOT_IN_SLOT_NAME = frozenset("们其该此本各全某")


def _slot_name(item: str, strong: bool) -> bool:
    """The string of a formula's slot reads as a name: a surname first (SLOT_ONLY_SURNAMES in a strong slot), a
    foreign dotted name, or none of a place, a body, a title or a common function word."""
    if "·" in item:
        return all(part and _CJK.fullmatch(part[0]) for part in item.split("·"))
    first_ok = item[0] in _SURNAMES or (strong and item[0] in SLOT_ONLY_SURNAMES)
    return (
        first_ok
        and item not in STOP_WORDS
        and item not in PLACES
        and not set(item) & _NOT_IN_SLOT_NAME
        and not R.is_body_name(item)
        and not item.endswith(R.TITLE_HEAD_TUPLE)
        and not item.endswith(_TITLES)
    )


def _listed_name(item: str) -> bool:
    """_slot_name outside a formula (a list, a clause of attendance): a division's name or short form there is the
    place (许昌、郑州、王刚参加: 许昌 and 郑州 places; 吴桥 in 通过胡奎、吴桥任… stays a name)."""
    return _slot_name(item, strong=False) and not gazetteer().lookup(item)


def formula_slots(text: str) -> list[tuple[int, int]]:
    """slot_name.v1: the names an appointment formula's slot holds, bounded on both sides by the formula's words
    (任命钟表为…, 免去石英的…职务, 接受金立山辞去…职务, 撤销A、B、C政协第十四届全国委员会委员资格, 决定甲、乙任…,
    决定石英副区长代理…职务): each item of the slot's 、-list, when every item reads as a name (_slot_name)."""
    out: list[tuple[int, int]] = []
    if not any(v in text for v in ("任命", "免去", "接受", "撤销", "决定", "通过")):
        return out
    for pattern, strong in ((_STRONG_SLOT, True), (_DECIDED_SLOT, False)):
        for m in pattern.finditer(text):
            group = next(g for g in "abcdef" if g in pattern.groupindex and m.group(g) is not None)
            pos, items = m.start(group), []
            for item in m.group(group).split("、"):
                items.append((pos, pos + len(item)))
                pos += len(item) + 1
            if all(_slot_name(text[a:b], strong) for a, b in items):
                out += items
    return out


# a clause of attendance naming no title, at a clause's start: 王东明参加。, 吴政隆陪同调研。, 石泰峰、王东峰等参加会见
_ATTENDING = re.compile(
    rf"(?:^|(?<=[。！？!?，,；;\s]))(?P<g>{_SLOT_LIST})(?:和(?P<h>{_SLOT_ITEM}))?等?"
    r"(?:参加|出席|陪同)(?:会议|调研|会见|会谈|活动|座谈会|考察)?。",
    re.M,
)


def attending_slots(text: str) -> list[list[tuple[int, int]]]:
    """slot_name.v1's slots of attendance: the names of a clause of attendance with no title (…，X参加。,
    X、Y出席会议。), one list a clause, when every item reads as a name (_slot_name; no function-word surname)."""
    out: list[list[tuple[int, int]]] = []
    for m in _ATTENDING.finditer(text):
        pos, items = m.start("g"), []
        for item in m.group("g").split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if m.group("h"):  # 孙春兰和苗华出席。
            items.append(m.span("h"))
        if all(_listed_name(text[a:b]) for a, b in items):
            out.append(items)
    return out
