"""Relation rules for posts: HOLDS_POSITION from title chains, shared titles, titles after a name and
appointments (任命/免去/辞去), and WORKS_FOR for non-official titles."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from kg import lexicon
from kg.dates import chinese_number
from kg.ingest.normalize import to_simplified
from kg.model import Mention, Relation, entity_id
from kg.ner import rules as R
from kg.relations.context import RuleContext
from kg.relations.gazetteer import COUNTRIES, PROVINCES, SURNAMES
from kg.relations.mentions import NAMED_BODY, PLACE_BODY
from kg.resolve import HEAD_BODY, body_of_title, canonical_org, department_body, explicit_region, strip_ordinal
from kg.text import SpanIndex, starting_between

NON_OFFICIAL_HEADS = lexicon.words("non_official_heads")
_APPOINT_AFTER = re.compile(r"(?:同志)?(?:为|的|辞去|(?:兼任|担任)的)?([^，。；,;\n]{2,40}?)(?:职务|$|[，。；,;])")
_APPOINT_VERBS = {"任命": "appointed", "免去": "removed", "接受": "resigned"}
_MINISTRY = re.compile(r"(?<![内全西东南北中干局基总本支头外])部$")
# Bodies a title may name beyond the organization suffixes: 关工委, 民革中央, 司法室, 民革北京市委会, 村监会,
# 大会主席团, 中国文联, 社会党, a group of two characters or more (中央宣讲团成员、…部长吴汉圣), and a committee's or
# government's office (省委巡视办, 县委巡察办, 中央外办).
_TITLE_BODY_END = re.compile(
    r"(?:委|中央|委会|监会|室|院|所|处|站|馆|社|台|队|组|战区|军区|舰队|部队|主席团|[^\W\d_][联协]|[^\W\d_]{2}[党团])$"
    r"|[委府][\u4e00-\u9fff]{0,4}办$|[^\W\d_]{2}外办$"
    # a ministry's department: 外交部外事管理司, 民政部规划财务司
    r"|部[\u4e00-\u9fff]{2,8}司$"
    # a parliament or a chamber of one, whose speaker's post it is: 韩国国会议长, 欧洲议会副议长, 马来西亚下议院议长
    r"|[^\W\d_](?:国会|议会|议院)$"
    # an international organization, council, forum or union: 上合组织秘书长, 欧洲理事会主席, 世界经济论坛执行主席,
    # 东盟秘书长, 波黑独立社会民主人士联盟主席 (a party's 党组织 is no body of its own)
    r"|[^\W\d_](?<!党)组织$|[^\W\d_]理事会$|[^\W\d_]{2}论坛$|^[东阿非欧]盟$|[^\W\d_]联盟$"
    # a numbered division of an army or of the production and construction corps: 新疆生产建设兵团第六师(副师长)
    r"|[^\W\d_]{2}第[一二三四五六七八九十0-9]{1,3}师$"
)
_NOT_PLACE_BODY = ("战区", "军区")
_SAR = ("特别行政区", "特区")  # a special administrative region, the body of its 行政长官
FULL_TITLE_BODY = {"国务委员": "国务院", "国家主席": "中华人民共和国", "国家副主席": "中华人民共和国"}
# a state's mission abroad: 中国驻印尼大使, and a foreign one's in China or elsewhere (巴西驻华大使高望)
_EMBASSY = re.compile(
    "^(?:中国|我国|"
    + "|".join(sorted((re.escape(c) for c in COUNTRIES - {"中国", "欧盟"}), key=len, reverse=True))
    + r")驻[\u4e00-\u9fff]{1,10}$"
)
_MISSION = {"大使": "大使馆", "总领事": "总领事馆", "领事": "领事馆", "参赞": "大使馆"}
_NATIONAL_TITLES_AFTER = ("总书记", "副委员长", "委员长", "副总理", "总理")
_CLAUSE_VERB = re.compile(r"率|带领|陪同|考察|调研|会见|出席|主持|参加|来到|前往|表示|强调|指出|会谈|迎接")
_TERMS = re.compile(r"(?:第?[0-9一二三四五六七八九十]+届、)+$")
# a list under one formula: 任命李春雨、何娇、徐莉等18人为…; 表决通过了周慧、郑瑶任…
_LIST_COUNT = re.compile(r"等(?:[0-9一二三四五六七八九十百]+(?:人|名|位同志))?")
_VOTED = re.compile(r"(?:决定|通过了?|同意)$")
# 郑皓副区长代理通州区人民政府区长职务: a post held, then 代理 + the acting post + 职务
_ACTING = re.compile(rf"((?:常务)?副?(?:{R.TITLE_HEAD_ALT}))?代理([^，。；,;\n]{{2,30}}?)职务")
# 原 before a title's head marks a past post (湖北省政府原党组成员, 石门县委原书记, 河北省衡水市仲裁委原党支部
# 书记); never part of the body
# …and so it does before a unit of the body (中国进出口银行原公司客户部总经理: a past post of 中国进出口银行's
# 公司客户部), never a place's 原 (九原区委组织部, 太原市)
_PAST_MARK = re.compile(
    r"(?<![还复草高平中太汤])原(?=(?:党组|党委|党支部|党总支)?$|(?![区县市镇乡州省旗])[\u4e00-\u9fff]{1,8}(?:部|处|科|室|司|中心)$)"
)
# 前 right before a title's head, after a body of two characters or more, marks a past post (意大利前总理,
# 欧盟委员会前主席)
_FORMER_MARK = re.compile(r"(?<=[\u4e00-\u9fff]{2})前$")
# Sub-units a post is held in, named without their body: 书记处第一书记, 党委书记, 团委书记.
_SUBUNIT_WORDS = ("党委", "党组", "团委", "党总支", "书记处", "机关党委")
_COURT_COMMITTEES = ("检察委员会", "审判委员会")
_PARTY_MEMBER_POSTS = ("组织委员", "宣传委员", "纪检委员", "统战委员")
_PLACE_END = re.compile(r"[省市县区州镇乡]$")
_HEAD_LEVEL = re.compile(r"([省市县区州镇乡])长$")
_STAFF_HEADS = ("秘书长", "副秘书长", "组员", "委员", "成员", "常委")
# a post taken or left, written after the name: 胡栋良同志任…委员、常委、书记; 沈志平兼任…; 侯为东同志不再担任
# …书记、常委、委员职务; 姚君丹当选市妇联主席, 朱绪英当选为副主席. The titles run to 职务 or the clause's end,
# and on over ，-clauses that hold titles only (…副书记,…管委会主任职务).
_POST_VERB = re.compile(r"(?:同志)?(不再担任|不再兼任|兼任|任|当选为|当选)(?![命职期务何意])")
_POST_STATUS = {"不再担任": "removed", "不再兼任": "removed", "当选为": "appointed", "当选": "appointed"}
# a deputy's seat given up or taken away in the formula (辞去…第十届人大代表职务): a post of that people's congress
_DEPUTY = re.compile(r"(?:人大|人民代表大会)代表$")
# a post that ends with another one: 徐静的…委员会副主任委员职务相应终止
_POST_ENDED = re.compile(r"的([^，。；,;\n]{2,60}?)职务(?:相应|自行|同时|依法)?终止")
_POST_CLAUSE = re.compile(r"([^，。；,;：:\n]{2,60}?)(职务|[，。；,;]|$)")
# 任/兼任 is an appointment in a decision or an announcement of one, else a post described as held
_DECISION = re.compile(r"任免|任命|任职|决定|宣布|通过|批准")


def positions(ctx: RuleContext) -> None:
    """title_before_name.v1, shared_title_list.v1, name_before_title.v1 (and works_for.v1 on the way)."""
    text = ctx.text
    persons, pids, region = ctx.found.persons, ctx.person_ids, dict(ctx.found.region)
    named = ctx.found.named_spans()
    spans = _Spans(persons, named)
    chains: dict[int, list[tuple[int, int]]] = {}
    office: dict[int, list[tuple[str, str]]] = {}  # sentence start → (body, head) of the posts named so far
    last_posts: dict[int, list[tuple[str, str]]] = {}  # person index → (body, head) of the posts emitted
    standing = _standing_committee(ctx)
    for i, p in enumerate(persons):
        chain = _comma_titles(text, _compound_body(text, _trim_chain(R.title_chain(text, p.start), spans), spans))
        chain = _concurrent(text, chain)
        chain = _country_whole(text, chain)
        # 应哈萨克斯坦议会下院议长科沙诺夫邀请: 应 (at the invitation of) opens the clause, no part of the body
        if chain and _INVITED.match(text, chain[0][0]) and "邀请" in text[p.end : p.end + 12]:
            chain = [(chain[0][0] + 1, chain[0][1]), *chain[1:]]
        rule = "title_before_name.v1"
        if not chain and i and text[p.start - 1 : p.start] == "、" and persons[i - 1].end == p.start - 1:
            chain = chains.get(i - 1, [])
            rule = "shared_title_list.v1"
        chains[i] = chain
        local = _sentence_region(ctx, chain[0][0], region, spans) if chain else region
        sent = ctx.sentence(p.start)[0]
        # 时任福州市委书记习近平, 原任…: the chain names past posts
        past = bool(chain) and text[max(0, chain[0][0] - 2) : chain[0][0]] in ("时任", "原任")
        status = "former" if past else "held"
        # 市委组织部秘书长冯伟、副巡视员王小宝: a bare title right after the previous name of a 、-list
        # is a post of the body that name's last post was held in
        listed = i and chain and persons[i - 1].end == chain[0][0] - 1 and text[chain[0][0] - 1] == "、"
        follows = last_posts.get(i - 1, [])[-1:] if listed else []
        posts = _emit_chain(ctx, p, pids[i], chain, local, rule, status, office.get(sent, []), follows)
        last_posts[i] = posts
        office.setdefault(sent, []).extend(posts)
        # a national title after the name: 习近平总书记, 栗战书委员长, 王晨副委员长
        for t in _NATIONAL_TITLES_AFTER:
            # 乔红委员长期从事…: 委员 + 长期, no 委员长
            if text.startswith(t, p.end) and not chain and not text.startswith("期", p.end + len(t)):
                oid = ctx.entity("Organization", HEAD_BODY[t.removeprefix("副")])
                ctx.relate("HOLDS_POSITION", pids[i], oid, p.start, "name_before_title.v1", t, "held")
                _second_titles_after(ctx, pids[i], p.start, p.end + len(t), spans)
                break
        # a standing committee member at its sitting: 黄润秋常委提出 (王志刚和黄卫常委, the pair's 常委)
        if not chain and (body := standing or "") and _MEMBER_AFTER.match(text, _pair_end(text, p, persons, i)):
            oid = ctx.entity("Organization", body)
            ctx.relate("HOLDS_POSITION", pids[i], oid, p.start, "member_after_name.v1", "常委", "held")
    one_title_per_post(ctx)
    sole_national_heads(ctx)
    titles_after_name(ctx)


# national titles that may follow a titled name after 、 (习近平总书记、国家主席同你亲切会见), each with its body
_SECOND_AFTER = {**FULL_TITLE_BODY, **{t: HEAD_BODY[t.removeprefix("副")] for t in _NATIONAL_TITLES_AFTER}}
_SECOND_TITLES = sorted(_SECOND_AFTER, key=len, reverse=True)  # longest first
_SECOND_END = re.compile(r"[和同对的与在及向、，。；：]|$|[^\u4e00-\u9fff]")


def _second_titles_after(ctx: RuleContext, pid: str, at: int, end: int, spans: _Spans) -> None:
    """second_title_after_name.v1: national titles joined by 、 after a name's title after the name
    (习近平总书记、国家主席和阮富仲总书记…) are the name's too, unless a name follows them (…总书记、总理李强: the
    titles of the next name) or the word goes on (…总书记、国务委员长: no 国务委员)."""
    text = ctx.text
    while text.startswith("、", end):
        title = next((t for t in _SECOND_TITLES if text.startswith(t, end + 1)), None)
        if title is None:
            return
        after = end + 1 + len(title)
        # …总书记、国务委员长金正恩: no title of the name's unless the word ends there (和, 同, 对, 的 …)
        if after in spans.person_starts or not _SECOND_END.match(text, after):
            return
        end = after
        oid = ctx.entity("Organization", _SECOND_AFTER[title])
        ctx.relate("HOLDS_POSITION", pid, oid, at, "second_title_after_name.v1", title, "held")


_INVITED = re.compile(r"应(?!急|用|对|届|收|该|当|有)")
# Heads of a state or of its government (副总统, 代理总统 and 副首相 with their qualifiers): a country before one
# is the state whose post it is (洪都拉斯副总统弗洛伦蒂诺, 越南副总理黎成龙, 沙特王储兼首相穆罕默德)
_STATE_HEADS = ("总统", "总理", "首相", "国王", "女王", "王储")
# a state's other names, one node each: 沙特阿拉伯 → 沙特
_COUNTRY_ALIAS = {
    "沙特阿拉伯": "沙特",
    "阿拉伯联合酋长国": "阿联酋",
    "印尼": "印度尼西亚",
    "孟加拉": "孟加拉国",
    "蒙古": "蒙古国",
    "波斯尼亚和黑塞哥维那": "波黑",
    "斯威士兰": "埃斯瓦蒂尼",
}
_FOREIGN_COUNTRIES = COUNTRIES - {"中国", "欧盟"}
_STATES = frozenset(_COUNTRY_ALIAS.get(c, c) for c in _FOREIGN_COUNTRIES)  # the bodies of state_head.v1


# states whose names hold a character that ends a chain read leftwards (埃及, 阿尔及利亚, 特立尼达和多巴哥)
_STOPPED_COUNTRIES = sorted((c for c in _FOREIGN_COUNTRIES if set(c) & set(R.STOP)), key=len, reverse=True)


_STATE_WHOLE_HEADS = (*_STATE_HEADS, "议长", "部长")


def _country_whole(text: str, chain: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A head of state's (or a minister's) chain starting inside or right after the name of its state (埃及总统,
    以色列总统 read as 总统, 色列总统; 以色列国防部长 as 色列国防部长): the chain starts at the state's name."""
    if not chain or _bare_head(R.split_title(text[chain[0][0] : chain[0][1]])[1]) not in _STATE_WHOLE_HEADS:
        return chain
    s, e = chain[0]
    for c in _STOPPED_COUNTRIES:
        for cut in range(1, len(c) + 1):
            if text.startswith(c[cut:], s) and text.startswith(c[:cut], s - cut):
                return [(s - cut, e), *chain[1:]]
    return chain


def _foreign_chamber(body: str) -> bool:
    """A parliament or a chamber named with its country or union (韩国国会, 哈萨克斯坦议会下院, 欧洲议会)."""
    return body.startswith("欧洲") or any(body.startswith(c) and len(body) > len(c) for c in _FOREIGN_COUNTRIES)


def _country(body: str) -> str | None:
    """The foreign state a title's body names (哈萨克斯坦共和国, 沙特阿拉伯王国 → its short name), else None."""
    for name in (body, body.removesuffix("共和国"), body.removesuffix("王国")):
        if name in _FOREIGN_COUNTRIES:
            return _COUNTRY_ALIAS.get(name, name)
    return None


# the countries an article names, longest first (印度尼西亚 before 印度, 南苏丹 before 苏丹); 中非 (中非合作) and
# 黑山 (a Chinese county's name) are read only before a title; 内蒙古 and 朝鲜族 name no state
_COUNTRY_IN_TEXT = re.compile(
    "|".join(sorted((re.escape(c) for c in _FOREIGN_COUNTRIES - {"中非", "黑山"}), key=len, reverse=True))
)
# heads of a foreign state written after the name (托卡耶夫总统, 萨勒曼国王); 总理 after a foreign name only
# (欧尔班总理; 李强总理 is name_before_title.v1's); 王储 and 亲王 after a name are ranks of a royal house
_FOREIGN_AFTER = ("副总统", "总统", "副总理", "总理", "首相", "副首相", "国王", "女王", "国家主席", "国家副主席")
# a word of foreign affairs, of an international event (国际合作, 世界各国) or of a union of states (欧盟, 阿盟, 东盟):
# an article naming none calls no one 主席 as the head of state
_FOREIGN_AFFAIRS = re.compile(
    r"外交|驻华|使节|外宾|国事访问|访华|元首|国际|各国|全球|欧盟|欧洲议会|阿盟|阿拉伯国家|东盟|非盟|联合国"
)


# a state's one-character short form in a pair with China's (中韩关系, 法中关系, 中希双方) or before 方 (匈方高度重视):
# not a compass point or a region (中东, 中亚, 中拉 of Latin America, 中阿 of the Arab states, 东方, 西方), nor the
# words 多方, 各方, 双方, 地方
_PAIR_AFTER = "关系|合作|友好|友谊|两国|双方|战略|全面|命运|建交|人民|伙伴|经贸|交流"  # what a pair of states names
_SHORT_FORM = re.compile(
    rf"中([\u4e00-\u9fff])(?={_PAIR_AFTER}|各领域)"
    rf"|(?<![\u4e00-\u9fff])([\u4e00-\u9fff])中(?={_PAIR_AFTER})"
    r"|(?<![\u4e00-\u9fff])([\u4e00-\u9fff])方(?=[\u4e00-\u9fff])"
)
_NO_SHORT_FORM = frozenset("东西南北中上下多各双对地我他一亚拉阿")


def _short_form_states(text: str, states: set[str]) -> set[str]:
    """The states of ``states`` a text names by a one-character short form (中韩 → 韩国 when the article names
    韩国 and no other state starting with 韩)."""
    firsts: dict[str, list[str]] = {}
    for st in states:
        firsts.setdefault(st[0], []).append(st)
    found = set()
    for m in _SHORT_FORM.finditer(text):
        c = next(g for g in m.groups() if g)
        if c not in _NO_SHORT_FORM and len(firsts.get(c, [])) == 1:
            found.add(firsts[c][0])
    return found


def _article_countries(text: str) -> set[str]:
    """The foreign states an article names (each by one name)."""
    found = set()
    for m in _COUNTRY_IN_TEXT.finditer(text):
        if text[m.start() - 1 : m.start()] == "内" or text.startswith("族", m.end()):
            continue
        found.add(_COUNTRY_ALIAS.get(m.group(0), m.group(0)))
    return found


def _sentence_states(ctx: RuleContext, pos: int) -> set[str]:
    """The foreign states the sentence at ``pos`` names, and those its names hold a head's post of (state_head.v1)."""
    lo, hi = ctx.sentence(pos)
    names = {pid for p, pid in zip(ctx.found.persons, ctx.person_ids, strict=True) if lo <= p.start < hi}
    held = {
        ctx.table.entities[r.target].name
        for r in ctx.relations
        if r.evidence.rule == "state_head.v1" and r.source in names
    }
    return _article_countries(ctx.text[lo:hi]) | held


def titles_after_name(ctx: RuleContext) -> None:
    """title_after_name.v1: a title written after the name of one who holds no post in the article. A foreign
    head's (托卡耶夫总统, 萨勒曼国王) is a post of the one foreign state the article names or, naming more, of
    the one state its sentence names or its sentence's names hold a head's post of (state_head.v1; none when
    two or more: whose head it is is not written); 主席 after a Chinese name (习近平主席) in an article of
    foreign affairs is the head of state's, 中华人民共和国 (as 国家主席), for the first such name only (the news
    names the Chinese head first: 习近平主席同苏林主席), and none when that one holds a 主席 post written in the
    article (国家主席习近平 … 习近平主席: no second post). A unit head's 院长|检察长|校长 (副, 常务副) after the name
    of one holding no post of that head (施一公校长介绍了…) is a post of the one body of the head's kind named before
    it in its sentence or the one before, else in the article (西湖大学; none when two)."""
    text, persons, pids = ctx.text, ctx.found.persons, ctx.person_ids
    held: dict[str, list[str]] = {}
    for r in ctx.relations:
        if r.type == "HOLDS_POSITION":
            held.setdefault(r.source, []).append(r.title or "")
    countries: set[str] | None = None
    chair_seen = False
    prc = entity_id("Organization", "中华人民共和国")
    prc_heads: dict[str, set[str]] = {}  # 国家主席 → who holds China's
    for r in ctx.relations:
        if r.type == "HOLDS_POSITION" and r.target == prc and r.title:
            prc_heads.setdefault(r.title, set()).add(r.source)
    for i, p in enumerate(persons):
        head = next((h for h in (*_FOREIGN_AFTER, "主席") if text.startswith(h, p.end)), None)
        # 总统府, 总统办公室, 主席团, 主席台: a body or a place of the head, no title of the name
        if head is None or text.startswith(("府", "办", "团", "台", "令"), p.end + len(head)):
            continue
        name = ctx.table.entities[pids[i]].name
        if head == "主席":
            if chair_seen or not _chinese_shaped(name):
                continue
            chair_seen = True
            if any("主席" in t for t in held.get(pids[i], [])) or not (
                _FOREIGN_AFFAIRS.search(text) or _article_countries(text)
            ):
                continue
            state = "中华人民共和国"
        else:
            if (head.endswith("总理") and not _foreign_name(name)) or held.get(pids[i]):
                continue
            # 苏林国家主席: a Han name's 国家主席 is a foreign state's only when another holds China's (a sole post)
            if head.startswith("国家") and not _foreign_name(name) and not (prc_heads.get(head, set()) - {pids[i]}):
                continue
            if countries is None:
                countries = _article_countries(text)
            # the one state the article names; naming more, the one state its sentence names or its other names
            # hold a head's post of (会见穆罕默德时，…转达…对萨勒曼国王和穆罕默德王储的亲切问候: 沙特王储穆罕默德)
            states = countries if len(countries) < 2 else _sentence_states(ctx, p.start)
            if not states:
                # none written in full: the one the sentence names by a short form (中韩关系, 匈方 …), else its
                # paragraph (…米佐塔基斯总理访华期间，…。近两年来，中希双方…)
                lo, hi = ctx.sentence(p.start)
                para_end = text.find("\n", p.start)
                para = text[text.rfind("\n", 0, p.start) + 1 : para_end if para_end >= 0 else len(text)]
                states = _short_form_states(text[lo:hi], countries) or _short_form_states(para, countries)
            if len(states) != 1:
                continue
            state = next(iter(states))
        ctx.relate("HOLDS_POSITION", pids[i], ctx.entity("Organization", state), p.start, "title_after_name.v1",
                   ctx.article.text[p.end : p.end + len(head)], "held")  # fmt: skip
        held.setdefault(pids[i], []).append(head)
    # 施一公校长介绍了…, 唐开明副院长主持: a unit head's title after the name of one holding no such post, a post
    # of the one body of the head's kind the article names before it (西湖大学, 林区中院)
    for i, p in enumerate(persons):
        m = _UNIT_HEAD_AFTER.match(text, p.end)
        if m is None or text.startswith(_NO_TITLE_AFTER, m.end()):
            continue
        head = m.group(0)
        if any(_bare_head(t).lstrip("副") == _bare_head(head).lstrip("副") for t in map(_head, held.get(pids[i], []))):
            continue
        kinds = _HEAD_KIND[_bare_head(head).lstrip("副")]
        lo = ctx.sentence(p.start)[0]
        lo = ctx.sentence(lo - 1)[0] if lo else lo
        of_kind = [
            (o.start, oid)
            for o, oid in zip(ctx.found.organizations, ctx.org_ids, strict=True)
            if o.end <= p.start
            and ctx.text[o.start : o.end].endswith(kinds)
            and not (kinds == ("院",) and ctx.text[o.start : o.end].endswith("检察院"))  # whose head is 检察长
        ]
        # the one body of the kind named in the sentence or the one before, else the one the article names before
        near = {oid for at, oid in of_kind if at >= lo}
        bodies = near or {oid for _at, oid in of_kind}
        if len(bodies) != 1:
            continue
        oid = next(iter(bodies))
        ctx.relate("HOLDS_POSITION", pids[i], oid, p.start, "title_after_name.v1",
                   ctx.article.text[p.end : m.end()], "held")  # fmt: skip
        held.setdefault(pids[i], []).append(head)


# a standing committee member's 常委 after the name, before what the member does at the sitting
_MEMBER_AFTER = re.compile(r"常委(?=发言|代表|建议|提出|在)")
# a standing committee's sitting: 全国政协十四届常委会第三次会议 → 全国政协常委会
_STANDING_SITTING = re.compile(
    r"^([\u4e00-\u9fff]{2,12}?)(?:第?[一二三四五六七八九十]+届)?(?:常委会|常务委员会)第[0-9一二三四五六七八九十]+次(?:会议)?$"
)


_CPPCC_TERM = re.compile(rf"^{R.CPPCC_OF_TERM}$")


def _standing_committee(ctx: RuleContext) -> str | None:
    """The standing committee of the first sitting the article names (全国政协十四届常委会第三次会议: 全国政协常委会;
    the same sitting written in full later, 政协第十四届全国委员会常务委员会第三次会议, is no other body)."""
    for x in ctx.found.meetings:
        if m := _STANDING_SITTING.match(x.attr("name") or x.text):
            body = m.group(1)
            # 政协第十四届全国委员会 → 全国政协, 政协第十届北京市委员会 → 北京市政协
            if full := _CPPCC_TERM.match(body):
                body = full.group(1) + "政协"
            return body + "常委会"
    return None


def _pair_end(text: str, p: Mention, persons: Sequence[Mention], i: int) -> int:
    """Where a shared title after the name would start: after the next name when the two are joined by 和|与
    (王志刚和黄卫常委), else right after the name."""
    if i + 1 < len(persons) and text[p.end : p.end + 1] in "和与" and persons[i + 1].start == p.end + 1:
        return persons[i + 1].end
    return p.end


# 撤销唐勇、党彦宝、李民吉政协第十四届全国委员会委员资格: each listed member's seat of that CPPCC, removed
_SEAT_REVOKED = re.compile(rf"撤销([\u4e00-\u9fff、·]{{2,60}}?){R.CPPCC_OF_TERM}委员资格")


# 终止其党的二十大代表、陕西省第十四次党代会代表资格: the delegate's seats, ended with the expulsion
_SEAT_ENDED = re.compile(r"终止其((?:[^，。；;、\n]{2,30}?代表、)*[^，。；;、\n]{2,30}?代表)资格")
_PARTY_CONGRESS = re.compile(r"党的[一二三四五六七八九十]+大")
_SESSION_ORDINAL = re.compile(r"第[一二三四五六七八九十百]+次")


def _seat_body(seat: str, region: Mapping[str, str]) -> str | None:
    """The congress a delegate's seat (…代表) is of: 党的二十大 → 中国共产党全国代表大会, 陕西省第十四次党代会 →
    陕西省党代会, 南湖区第十届人大 → 南湖区人大; None for any other 代表 (青年代表, 党员代表)."""
    body = seat.removesuffix("代表")
    if _PARTY_CONGRESS.fullmatch(body):
        return "中国共产党全国代表大会"
    if body.endswith("党代会") and len(body) > 3:
        return _SESSION_ORDINAL.sub("", body)
    if _DEPUTY.search(seat) and len(body := strip_ordinal(body)) >= 4:
        return canonical_org(body, dict(region))
    return None


def revoked_seats(ctx: RuleContext) -> None:
    """seat_revoked.v1: 撤销 NAME(、NAME) 政协第N届X委员会委员资格: the post 委员 of X政协 (全国政协), removed.
    seat_ended.v1: 终止其 SEAT(、SEAT)资格, 其 the one person the paragraph names before it: each seat (党的二十大代表,
    陕西省第十四次党代会代表) a post of its congress, removed."""
    text, persons, pids = ctx.text, ctx.found.persons, ctx.person_ids
    if "终止其" in text:
        for m in _SEAT_ENDED.finditer(text):
            para = text.rfind("\n", 0, m.start()) + 1
            before = [i for i, p in enumerate(persons) if para <= p.start < m.start()]
            if not before or len({ctx.table.entities[pids[i]].name for i in before}) != 1:
                continue  # 其 is the one person named before it in the paragraph
            i, pos = before[-1], m.start(1)
            for seat in m.group(1).split("、"):
                if body := _seat_body(seat, dict(ctx.found.region)):
                    title = ctx.article.text[pos : pos + len(seat)]
                    oid = ctx.entity("Organization", body)
                    ctx.relate("HOLDS_POSITION", pids[i], oid, m.start(), "seat_ended.v1", title, "removed")
                pos += len(seat) + 1
    if "撤销" not in text:
        return
    for m in _SEAT_REVOKED.finditer(text):
        listed = [i for i, p in enumerate(persons) if m.start(1) <= p.start and p.end <= m.end(1)]
        if not listed or "".join(persons[i].text for i in listed) != m.group(1).replace("、", ""):
            continue  # only a list of names, each found
        oid = ctx.entity("Organization", m.group(2) + "政协")
        for i in listed:
            ctx.relate("HOLDS_POSITION", pids[i], oid, persons[i].start, "seat_revoked.v1", "委员", "removed")


def appointments(ctx: RuleContext) -> None:
    """appointment.v1: 任命秦刚为…, 免去王毅兼任的…职务, 免去吴英杰…常务委员、…主任职务, 接受…辞去…职务; a
    、-list of names shares the formula (任命李春雨、何娇、徐莉等18人为…审判员). appointment_list.v1:
    决定|通过 NAME、NAME 任 TITLE (appointed). acting_post.v1: 决定郑皓副区长代理…区长职务."""
    text = ctx.text
    persons, pids, region = ctx.found.persons, ctx.person_ids, dict(ctx.found.region)
    elected: dict[int, list[tuple[str, str]]] = {}  # sentence start → posts taken so far (当选 … 当选为副主席)
    person_ix = SpanIndex((q.start, q.end) for q in persons)
    formula: tuple[int, str] | None = None  # where the last 任命|免去|接受 formula ended, and its status
    i = 0
    while i < len(persons):
        p = persons[i]
        group = [i]
        while (
            group[-1] + 1 < len(persons)
            and persons[group[-1] + 1].start == persons[group[-1]].end + 1
            and text[persons[group[-1]].end] == "、"
        ):
            group.append(group[-1] + 1)
        etc = _LIST_COUNT.match(text, persons[group[-1]].end)
        after = etc.end() if etc else persons[group[-1]].end
        verb = text[p.start - 2 : p.start]
        voted = bool(_VOTED.search(text, max(0, p.start - 6), p.start))
        m, rule, status = None, "appointment.v1", ""
        if verb in _APPOINT_VERBS:
            m, status = _APPOINT_AFTER.match(text, after), _APPOINT_VERBS[verb]
        elif formula and _continues(text, formula, p.start, after):
            # 任命王一、李二为…副区长，赵四为…局长: the next clause of the formula, its verb understood
            m, status = _APPOINT_AFTER.match(text, after), formula[1]
        elif voted and text.startswith("任", after) and not text.startswith(("任命", "任职"), after):
            m, rule, status = _APPOINT_AFTER.match(text, after + 1), "appointment_list.v1", "appointed"
        if m:
            pos, spans, seats = m.start(1), [], []
            for part in m.group(1).split("、"):
                if part and part.endswith(R.TITLE_HEAD_TUPLE):
                    spans.append((pos, pos + len(part)))
                elif status != "appointed" and _DEPUTY.search(part) and len(part) > 4:
                    seats.append((pos, pos + len(part)))
                pos += len(part) + 1
            if rule == "appointment.v1":
                formula = (m.end(), status)
            for g in group:
                _emit_chain(ctx, persons[g], pids[g], spans, region, rule, status)
                for s, e in seats:
                    _emit_seat(ctx, persons[g], pids[g], s, e, region, rule, status)
        elif (ended := _POST_ENDED.match(text, after)) and len(group) == 1:
            pos, spans = ended.start(1), []
            for part in ended.group(1).split("、"):
                if part.endswith(R.TITLE_HEAD_TUPLE):
                    spans.append((pos, pos + len(part)))
                pos += len(part) + 1
            _emit_chain(ctx, p, pids[i], spans, region, "post_ended.v1", "removed")
        elif not voted and (pv := _POST_VERB.match(text, after)):
            spans = _post_titles(text, pv.end(), person_ix)
            sent_start, sent_end = ctx.sentence(p.start)
            para = text.rfind("\n", 0, p.start) + 1
            if _past_year(text, sent_start, p.start, ctx.article.date):
                spans = []  # 1985年,江泽民同志任…: a career history, whose posts the gold leaves out
            elif pv.group(1) in _POST_STATUS:
                rule, status = "post_change.v1", _POST_STATUS[pv.group(1)]
            else:
                decided = _DECISION.search(text, para, sent_end)
                rule, status = "post_change.v1", "appointed" if decided else "held"
            if spans:
                for g in group:
                    context = elected.get(sent_start, [])
                    posts = _emit_chain(ctx, persons[g], pids[g], spans, region, rule, status, context)
                if status == "appointed":
                    elected.setdefault(sent_start, []).extend(posts)
        act = _ACTING.match(text, p.end) if voted else None
        if act and act.group(2).endswith(R.TITLE_HEAD_TUPLE):
            body, head = R.split_title(act.group(2))
            org = body_of_title(body, head, None)
            if org:
                oid = ctx.entity("Organization", canonical_org(org, region))
                ctx.relate("HOLDS_POSITION", pids[i], oid, p.start, "acting_post.v1", "代理" + head, "appointed")
                # the post held, written between the name and 代理 (郑皓副区长代理…区长职务): a post of the
                # same body when it is a deputy's post of the acting one's office (副区长 → 区长)
                held = act.group(1)
                if held and R.split_title(held)[1].removeprefix("常务").removeprefix("副") == head:
                    title = ctx.article.text[act.start(1) : act.end(1)]
                    ctx.relate("HOLDS_POSITION", pids[i], oid, p.start, "acting_post.v1", title, "held")
        i = group[-1] + 1
    one_title_per_post(ctx)


def one_title_per_post(ctx: RuleContext) -> None:
    """One post, one title: a person's posts in one body with one head (qualifiers included) are one post,
    written with the place or body before the title and without (漳州市副市长, 漳州市人民政府副市长 and 副市长 in
    漳州市人民政府; 中共中央总书记 and 总书记): every relation of it takes the shortest title, the place staying in
    the body (as the gold writes titles); 常务副市长 and 市长 stay two posts. One pass over the relations."""
    posts: dict[tuple[str, str, str], list[int]] = {}
    for k, r in enumerate(ctx.relations):
        if r.type == "HOLDS_POSITION" and r.title and (head := _head(r.title)):
            posts.setdefault((r.source, r.target, head), []).append(k)
    for ks in posts.values():
        titles = {ctx.relations[k].title or "" for k in ks}
        if len(titles) < 2:
            continue
        short = min(titles, key=lambda t: (len(t), t))
        for k in ks:
            ctx.relations[k] = replace(ctx.relations[k], title=short)


# the posts one person holds at a time, a bare head of which names a national body (习近平总书记 → 中共中央)
_SOLE_HEADS = {"总书记": "中共中央", "国家主席": "中华人民共和国", "总理": "国务院", "委员长": "全国人大常委会"}
_NATIONAL_BARE = {**_SOLE_HEADS, "副总理": "国务院"}
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯")


def _chinese_shaped(name: str) -> bool:
    """A name of the shape of a Han name: 2 or 3 characters from a surname (4 with a compound one)."""
    if name.startswith(_COMPOUND_SURNAMES):
        return len(name) <= 4
    return 2 <= len(name) <= 3 and name[0] in SURNAMES


def _foreign_name(name: str) -> bool:
    """A name not of a Han name's shape, with no · of the minorities' names (卡斯特罗, 克利奇科)."""
    return bool(name) and "·" not in name and not _chinese_shaped(name)


def sole_national_heads(ctx: RuleContext) -> None:
    """A bare national head (总书记, 国家主席, 总理, 副总理, 委员长 with no body written) names a Chinese national
    body only for a Chinese holder: foreign leaders take the same bare heads (阮富仲总书记, 以总理内塔尼亚胡,
    老挝人民革命党中央委员会总书记、国家主席通伦, 葡萄牙总统德索萨、总理蒙特内格罗). Such a post is dropped when
    its holder's name is not of a Han name's shape (蒙特内格罗, 穆斯塔法耶夫, 迪亚斯; names with · are kept,
    the minorities' names), and, as each sole post has one holder at a date and the news names the Chinese
    holder first (习近平总书记同金正恩总书记互致新年贺电), when another holder of that bare post is named earlier."""
    text = ctx.text
    names = {pid: ctx.table.entities[pid].name for pid in ctx.person_ids}

    def bare(r: Relation) -> bool:
        return (
            r.type == "HOLDS_POSITION"
            and r.status == "held"
            and r.title in _NATIONAL_BARE
            and r.target == entity_id("Organization", _NATIONAL_BARE[r.title])
        )

    def foreign(r: Relation) -> bool:
        name = names.get(r.source, "")
        if not _foreign_name(name):
            return False
        # the body written before the name keeps the post whatever the surname (国务院副总理赖X; the surname
        # list is no census)
        ev = r.evidence.text
        at = ev.find(name)
        return _NATIONAL_BARE[r.title or ""] + (r.title or "") not in ev[max(0, at - 30) : max(0, at)]

    first: dict[str, tuple[int, str]] = {}  # sole head → (where its first named holder is first named, who)
    for r in ctx.relations:
        if bare(r) and r.title in _SOLE_HEADS and not foreign(r):
            at = text.find(names.get(r.source, "")) % (len(text) + 1)
            if r.title not in first or at < first[r.title][0]:
                first[r.title] = (at, r.source)
    keep = [
        r
        for r in ctx.relations
        if not bare(r) or not (foreign(r) or first.get(r.title or "", (0, r.source))[1] != r.source)
    ]
    if len(keep) < len(ctx.relations):
        ctx.relations[:] = keep


def _head(title: str) -> str:
    """The head of a title as written, its qualifiers included (副市长 of 漳州市副市长), '' for none."""
    simple = to_simplified(title)
    return R.split_title(simple)[1] if simple.endswith(R.TITLE_HEAD_TUPLE) else ""


_FORMULA_LINK = {"appointed": ("为", "同志为"), "removed": ("的", "同志的"), "resigned": ("辞去", "同志辞去")}


def _continues(text: str, formula: tuple[int, str], start: int, after: int) -> bool:
    """The name at ``start`` opens the next ，-clause of the formula that ended at ``formula[0]``, written
    without its verb: …副区长，赵四为…局长 (为 after 任命), …职务，周五的…职务 (的 after 免去)."""
    end, status = formula
    linked = start == end or (start == end + 1 and text[end] in "，,")
    return linked and text.startswith(_FORMULA_LINK[status], after)


def _emit_seat(ctx: RuleContext, p: Mention, pid: str, s: int, e: int, region: Mapping[str, str], rule: str,
               status: str) -> None:  # fmt: skip
    """A deputy's seat (…第十届人大代表) as a post of that people's congress, without its term number."""
    body = strip_ordinal(ctx.text[s:e].removesuffix("代表"))
    if len(body) < 4:  # 人大 alone names no congress
        return
    oid = ctx.entity("Organization", canonical_org(body, dict(region)))
    ctx.relate("HOLDS_POSITION", pid, oid, p.start, rule, ctx.article.text[s:e], status)


_YEAR = re.compile(r"((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年")


def _past_year(text: str, start: int, end: int, date: str | None) -> bool:
    """A year before the article's is written between ``start`` and ``end`` (or any year, undated)."""
    years = [chinese_number(y) for y in _YEAR.findall(text, start, end)]
    return bool(years) and (not date or min(years) < int(date[:4]))


def _post_titles(text: str, pos: int, person_ix: SpanIndex) -> list[tuple[int, int]]:
    """The title spans of a post formula from ``pos``: 、-parts that each end with a title head and hold
    no name, in the clause and in following ，-clauses of titles only, up to 职务; none when the first
    clause holds anything but titles (任务艰巨, 县委书记期间, 提名为…候选人)."""
    spans: list[tuple[int, int]] = []
    while m := _POST_CLAUSE.match(text, pos):
        parts, at = [], m.start(1)
        for part in m.group(1).split("、"):
            head = next((h for h in R.TITLE_HEADS if part.endswith(h)), "")
            if not head or "任" in part[: -len(head)] or person_ix.overlaps(at, at + len(part)):
                return spans
            parts.append((at, at + len(part)))
            at += len(part) + 1
        spans.extend(parts)
        if m.group(2) in ("职务", "", "。", "；", ";"):
            break
        pos = m.end()
    return spans


class _Spans:
    """The persons and the named bodies and places of an article, looked up by offset."""

    def __init__(self, persons: Sequence[Mention], named: Sequence[tuple[int, int]]) -> None:
        self.persons = persons
        self.person_starts = [p.start for p in persons]  # sorted by offset
        self.person_ix = SpanIndex((p.start, p.end) for p in persons)
        self.named = sorted(named)
        self.named_starts = [a for a, _b in self.named]
        self.named_ending: dict[int, int] = {}  # end → the largest start of a named span ending there
        for a, b in self.named:
            self.named_ending[b] = max(a, self.named_ending.get(b, a))


def _compound_body(text: str, chain: list[tuple[int, int]], spans: _Spans) -> list[tuple[int, int]]:
    """A body named X和Y / X与Y (人力资源和社会保障部, 海洋与投资统筹部) continues the first title leftwards
    over 和/与, when X is a word of the body, not a name: 史根治和市长刘涛 stays two people, and
    在郑州与兴业银行董事长 names no 郑州与兴业银行 (X is a place)."""
    if not chain or chain[0][0] < 3 or text[chain[0][0] - 1] not in "和与":
        return chain
    s, e = chain[0]
    body, _head = R.split_title(text[s:e])
    if not (R.ORG_SUFFIX_END.search(body) or body.endswith(("部", "委", "组织"))):  # …与发展组织
        return chain
    j = s - 1
    while j > max(0, s - 16) and _body_char(text, j - 1):  # 经 of 经济 too (经济合作与发展组织)
        j -= 1
    word = text[j : s - 1]
    if (
        len(word) < 2
        or spans.person_ix.overlaps(j, s - 1)
        or spans.named_ending.get(s - 1, -1) >= j
        or word.endswith(R.TITLE_HEAD_TUPLE)
    ):
        return chain
    out = [(j, e), *chain[1:]]
    if j and text[j - 1] == "、":
        out = R.title_chain(text, j - 1) + out
    return out


def _body_char(text: str, i: int) -> bool:
    """``text[i]`` is a Han character a body's name read leftwards goes on over: no function word, though 经 of
    经济 and 财经 is (经济合作与发展组织, 中央财经委员会办公室)."""
    c = text[i]
    return "\u4e00" <= c <= "\u9fff" and (c not in R.STOP or text[i : i + 2] == "经济" or text[i - 1 : i + 1] == "财经")


def _concurrent(text: str, chain: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Posts held concurrently (兼) are two titles: 副县长兼公安局局长 → 副县长, 公安局局长; 全国政协副主席兼
    秘书长张庆黎 → 全国政协副主席, 秘书长 (the chain read leftwards stops at 兼)."""
    if chain and chain[0][0] > 1 and text[chain[0][0] - 1] == "兼" and (prev := R.title_chain(text, chain[0][0] - 1)):
        chain = prev + chain
    out: list[tuple[int, int]] = []
    for s, e in chain:
        k = text.find("兼", s, e)
        ends = k > s and all(text.endswith(R.TITLE_HEAD_TUPLE, a, b) for a, b in ((s, k), (k + 1, e)))
        out.extend([(s, k), (k + 1, e)] if ends else [(s, e)])
    return out


def _comma_titles(text: str, chain: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Titles in a clause of titles only, before the chain of the name: 八届、九届省人大常委会副主任,
    省关工委常务副主任、秘书长张德广 gives all three titles to 张德广; the clause may open after 对 (中央纪委对宁夏回族
    自治区党委常委，自治区政府党组副书记、副主席陈春平…进行了立案审查)."""
    while chain and chain[0][0] > 0 and text[chain[0][0] - 1] in ",，":
        end = chain[0][0] - 1
        prev = R.title_chain(text, end)
        if not prev:
            break
        lo = prev[0][0]
        terms = _TERMS.search(text, max(0, lo - 12), lo)
        if terms:
            lo = terms.start()
        if lo and text[lo - 1] not in ",，:：。；;\n ]】)）对":
            break
        chain = prev + chain
    return chain


def _emit_chain(ctx: RuleContext, p: Mention, pid: str, chain: Sequence[tuple[int, int]], region: Mapping[str, str],
                rule: str, status: str, context: Sequence[tuple[str, str]] = (),
                follows: Sequence[tuple[str, str]] = ()) -> list[tuple[str, str]]:  # fmt: skip
    """One HOLDS_POSITION per title of ``chain``; returns the (body, head) of each post emitted.
    ``context`` holds the posts named before in the sentence: a bare title of the same office
    (副主任 after 区人大常委会主任戴骅) or of its staff (秘书长, 组员) is a post of that body; ``follows``
    the last post of the name just before in a 、-list (市委党校副校长杨俊一、教育长朱华)."""
    inherited: str | None = None
    chain_state: str | None = None  # the foreign state of a head of state's post just emitted
    local = dict(region)
    posts: list[tuple[str, str]] = []
    former = status == "former"
    for s, e in chain:
        token = ctx.text[s:e]
        title = ctx.article.text[s:e]
        # 中央办公厅分管日常工作的副主任: the portfolio is no part of the body, nor of the post
        if (k := token.find(R.DAILY_CHARGE)) > 0:
            token = token[:k] + token[k + len(R.DAILY_CHARGE) :]
            title = title[:k] + title[k + len(R.DAILY_CHARGE) :]
        body, head = R.split_title(token)
        # 长兴岛开发建设管理委员会原专职副主任: every qualifier before the head belongs to it
        while (q := next((q for q in _MORE_QUALIFIERS if body.endswith(q)), "")) and len(body) > len(q):
            body, head = body[: -len(q)], q + head
        # 当选为挂职副主席, 兼职副主席: a part-time or seconded cadre's mark is the head's, with no body before it too
        if q := next((q for q in _PART_TIME if body.endswith(q)), ""):
            body, head = body[: -len(q)], q + head
        # 德国社会民主党联合主席, 波黑主席团轮值主席: a co-chair's or a rotating chair's qualifier belongs to 主席
        q = next((q for q in _CHAIR_QUALIFIERS if body.endswith(q)), "")
        if q and head.endswith("主席") and len(body) > len(q):
            body, head = body[: -len(q)], q + head
        # 中国人寿保险（集团）公司原党委书记, 第七师123团原党委书记: the chain read leftwards stopped at a
        # bracket or a digit inside the body's name; the name goes on before it
        pre = 0  # characters of the body before the title as written
        if s == chain[0][0] and (lead := _name_before(ctx.text, s)) < s:
            body, pre = ctx.text[lead:s] + body, s - lead
        # 湖北省政府原党组成员、副省长: 原 marks this and the following posts as past; it is no part of
        # the body (never 湖北省政府原) nor of the title
        if past := _PAST_MARK.search(body):
            cut = past.start()
            body, former = body[:cut] + body[cut + 1 :], True
            if cut >= pre:
                title = title[: cut - pre] + title[cut - pre + 1 :]
        elif body.startswith("原") and len(body) > 1 and not pre and _word_start(ctx.text, s):
            body, title, former = body[1:], title[1:], True  # 原市委书记张三: a past post of the 市委
        elif (ago := _FORMER_MARK.search(body)) and ago.start() >= pre:
            # 意大利前总理孔特, 欧盟委员会前主席普罗迪: 前 marks a past post as 原 does, no part of the body or title
            cut = ago.start()
            body, title, former = body[:cut], title[: cut - pre] + title[cut - pre + 1 :], True
        # 驻村第一书记钟宇: a cadre stationed in a village (驻村) holds the post in that village: the one the text
        # names before 驻村 (白音特拉村驻村第一书记; 钟宇在…马郢村驻村), never a body 驻村
        # (a word before 驻村 that is no village's name is no part of the title: 打开|驻村第一书记钟宇的朋友圈)
        lead_in = body[: -len(_STATIONED)]
        cut = 0 if lead_in.endswith("村") else len(lead_in) - pre
        if body.endswith(_STATIONED) and cut >= 0 and (village := lead_in[: -cut or None] or _stationed_village(ctx)):
            title, st = title[cut:], "former" if former else status
            ctx.relate("HOLDS_POSITION", pid, ctx.entity("Organization", village), p.start, rule, title, st)
            posts.append((village, head))
            continue
        # 大会主席团常务主席, 大会副秘书长: posts of the session or congress the article names (十四届全国人大二次会议
        # 主席团, 十四届全国人大二次会议), never of a body 大会 nor of the title's before it (…常务主席、大会副秘书长)
        if body in _SESSION_BODIES:
            if (session := _article_session(ctx)) is None:
                if body == "大会":
                    continue
            else:
                name = session + body.removeprefix("大会")
                st = "former" if former else status
                ctx.relate("HOLDS_POSITION", pid, ctx.entity("Organization", name), p.start, rule, title, st)
                posts.append((name, head))
                inherited = name
                continue
        # 我院党组书记、院长: the body is the article's own court, school or bureau: the one body of that kind
        # the article names (else the post is left out: 我院 names no body)
        if pron := _PRONOUN_BODY.match(body):
            own = _own_kind(ctx, pron.group(1))
            if own is None:
                continue
            body = own + body[pron.end() :]
        # 市教育局副局级巡视员: a rank between the body and the head is no part of the body
        if rank := _RANK.search(body):
            body = body[: rank.start()]
            # 海南省旅游和文化广电体育厅二级巡视员: the chain read stops at 和; a body mention that ends at the
            # rank and starts before the chain is the whole body
            at = ctx.text.rfind(rank.group(0), s, e)
            whole = next((o for o in ctx.found.organizations if o.end == at and o.start < s), None)
            if whole is not None and not pre:
                body, title = ctx.text[whole.start : whole.end], ctx.article.text[whole.start : e]
        # 洪都拉斯副总统, 沙特王储兼首相: a head of a foreign state or of its government named by the country
        # only holds a post of that state, a body the text does not name (no mention, never an organization of
        # the article); a second title after 兼 with no body of its own is of the same state (阿联酋副总统兼总理)
        # 越南国家主席梁强, 老挝国家副主席本通: a state's 国家(副)主席 is a post of that state; 中国国家主席 is 国家主席
        if body.endswith("国家") and _bare_head(head) == "主席":
            if body[:-2] in ("中国", "我国"):
                body, token = "", "国家" + head
            elif state := _country(body[:-2]):
                st = "former" if former else status
                ctx.relate(
                    "HOLDS_POSITION", pid, ctx.entity("Organization", state), p.start, "state_head.v1", title, st
                )
                posts.append((state, head))
                chain_state = state
                continue
        bare = _bare_head(head.removeprefix("第一"))  # 格鲁吉亚第一副总理: a 总理's deputy
        # 沙特国王萨勒曼、王储兼首相穆罕默德: a bare head of state right after the previous name of a 、-list is of
        # the state that name's last post was held in
        listed_state = next((b for b, _h in follows if b in _STATES), None) if s == chain[0][0] else None
        if bare in _STATE_HEADS and (state := _country(body) if body else chain_state or listed_state):
            chain_state = state
            st = "former" if former else _status(head) if status == "held" else status
            ctx.relate("HOLDS_POSITION", pid, ctx.entity("Organization", state), p.start, "state_head.v1", title, st)
            posts.append((state, head))
            continue
        # 对华合作国家委员会主席、前总统尼科利奇: a head of state of no state written is never the chain's body's
        # (总理 alone is the premier's, of 国务院); a speaker's post takes a foreign chamber named with its country
        # (哈萨克斯坦议会下院议长), never one named alone (议会上院议长, 下院议长: whose it is is not written)
        if (bare in _STATE_HEADS and bare != "总理") or (bare == "议长" and not _foreign_chamber(body)):
            continue
        if token in FULL_TITLE_BODY:  # 国务委员 → 国务院, 国家主席 → 中华人民共和国
            body, head = FULL_TITLE_BODY[token], token
        elif (emb := _EMBASSY.match(body)) and head in _MISSION:  # 中国驻印尼大使 → 中国驻印尼大使馆 (巴西驻华…)
            body = emb.group(0) + _MISSION[head]
        # 镇组织委员, 乡宣传委员: a committee member's post of the town's party committee
        if body in ("镇", "乡") and head in _PARTY_MEMBER_POSTS:
            body += "党委"
        # 香港特别行政区行政长官: the head of a special administrative region holds a post of the region itself,
        # never of the body of the title before it in a list (广东省省长甲、香港特别行政区行政长官乙)
        region_head = _bare_head(head) == "行政长官" and body.endswith(_SAR)
        # 商丘市市长: the body is the place of a head-named body
        if PLACE_BODY.match(body) and not body.endswith(_NOT_PLACE_BODY) and not region_head:
            local = {**local, body[-1]: body[:-1]}
            body = ""
        if body in _SUBUNIT_WORDS and inherited is None and (host := _host_body(ctx, s) or _kind_host(ctx, chain)):
            body = host  # 党委副书记、总经理何惠川 in an article on 九龙江集团: the company's posts
        elif not body and inherited is None and (host := _kind_host(ctx, chain)):
            body = host  # 湘阴县民政局…,党组书记、局长庞国荣: the bureau named just before
        body = _subunit_body(body, head, inherited)
        if body in _HOST_WORDS and (named := _named_host(ctx, s, body)):
            body = named  # 来到艺术设计学院,学院党总支书记、副院长徐社永: the 学院 just named
        dept = strip_ordinal(body)
        if dept in ("中央", "中央候补") and head == "委员" and dept != body:
            dept = "中共中央"  # 第二十届中央(候补)委员: a seat of the party's Central Committee of that term
        body = department_body(dept, inherited)
        if body != dept and inherited:  # 商丘市委常委、政法委书记: the post is held in the committee
            body = inherited
        # 伊朗外交部长, 以色列国防部长: a foreign ministry's 部 written once, as the head's (伊朗外交部); never a
        # rank (印度国务部长) nor a body with no state before it (联邦副总理兼财政部长: whose 财政部 is not written)
        if _bare_head(head) == "部长" and (ministry := _foreign_ministry(body)):
            body = ministry
        # 莫斯科市长索比亚宁: a foreign city's 市 written once, as the head's: the city's government (莫斯科市政府),
        # for a name of no Han name's shape only, and one read whole (阿斯塔纳市长卡瑟姆|别克: the model cut it)
        elif (
            _bare_head(head) == "市长"
            and _CITY_STEM.fullmatch(body)
            and s == chain[0][0]
            and _foreign_name(ctx.table.entities[pid].name)
            and not _BODY_RUN.match(ctx.text, p.end)
        ):
            body += "市政府"
        # 联合国贸易和|发展会议副秘书长, 亚洲相互协作与|信任措施会议秘书长: the chain read leftwards stopped at 和|与|及
        # inside a body's name; a body mention that ends where the body does and starts before the chain is the body
        if s == chain[0][0] and not pre and ctx.text[s - 1 : s] in ("和", "与", "及"):
            end = s + len(body)
            whole = next((o for o in ctx.found.organizations if o.end == end and o.start < s), None)
            if whole is not None:
                body, title = ctx.text[whole.start : end], ctx.article.text[whole.start : s] + title
        # 联合国秘书长: the United Nations (and its organs) is a body though its name ends in no body word
        known = (
            R.ORG_SUFFIX_END.search(body)
            or _MINISTRY.search(body)
            or _TITLE_BODY_END.search(body)
            or body.startswith("联合国")
            or region_head
            # an assembly named in full whose chair or secretary-general the title is (东盟各国议会间大会主席,
            # 委内瑞拉全国代表大会主席; a bare 大会 or a session is no such body: _SESSION_BODIES)
            or (R.is_assembly_body(body) and _bare_head(head) in R.ASSEMBLY_HEADS)
        )
        if body and not (known or token in FULL_TITLE_BODY):
            # 早期教育指导师 inherits the body of the chain; 巴基斯坦总理 names none we know; nor does 国务委员长
            # after 朝鲜劳动党总书记 (a head of a body of its own, 委员长, is never the chain's body's)
            if inherited is None or body_of_title("", head, None):
                # the titles after one of a body we do not know are not the chain's body's either
                # (德国社会民主党联合主席、联邦副总理兼财政部长: no 财政部长 of the party)
                inherited = None
                continue
            body = ""
        ex = explicit_region(body)
        if ex:
            local = {**local, ex[0]: ex[1]}
        org = body_of_title(body, head, inherited)
        if not body and inherited and org and (gov := _government_of(inherited, org)):
            org = gov  # 河北省邯郸市政府原党组成员、副市长: 河北省邯郸市政府, not a 市人民政府 of no city
        post_rule = rule
        if org is None and not body and inherited is None:
            same = [b for b, h in context if _same_office(h, head)] or [b for b, _h in follows]
            if same:
                org, post_rule = same[-1], "shared_office_body.v1"
        if not org and not body and inherited in (None, *_SUBUNIT_WORDS):
            org = _kind_in_office(ctx, chain, context)  # 学校董事长王叙平,…党委副书记、校长周建华: the 学校
        st = "former" if former else _status(head) if status == "held" else status
        if not org:  # no body, or a bare 党组 of none (党组成员、副局长 with nothing before)
            continue
        # after 检察委员会委员 the list goes on in the court itself (…检察委员会委员、检察员)
        inherited = next((org.removesuffix(c) for c in _COURT_COMMITTEES if org.endswith(c) and org != c), org)
        posts.append((org, head))
        name = canonical_org(org, local)
        if (
            name.endswith("人民政府")
            and "人民政府" not in ctx.text[chain[0][0] : chain[-1][1]]
            and (_foreign_name(ctx.table.entities[pid].name) or _foreign_province(name))
        ):
            # 里约州州长卡斯特罗: 里约州政府, no 人民政府 abroad; 麦加省副省长苏欧德 (a name of a Han name's shape):
            # a 省 that is none of China's provinces is abroad
            name = name.removesuffix("人民政府") + "政府"
        written = ctx.written_body((name, org), chain[0][0], chain[-1][1], "body_in_title.v1")
        oid = ctx.entity("Organization", name, written)
        ctx.relate("HOLDS_POSITION", pid, oid, p.start, post_rule, title, st)
        # 国家电网湖北省黄冈市供电公司原党委委员、副总经理干磊: a past employer is no affiliation now
        if head.lstrip("副") in NON_OFFICIAL_HEADS and st not in ("former", "removed", "resigned"):
            ctx.relate("WORKS_FOR", pid, oid, p.start, "works_for.v1")
    return posts


_SESSION_BODIES = ("大会", "大会主席团")
# a session or congress named in full: 十四届全国人大二次会议, 全国政协十四届二次会议, 中国工会第十八次全国代表大会
_SESSION_NAME = re.compile(
    r"[一二三四五六七八九十]+届全国人大[一二三四五六七八九十]+次会议|全国政协[一二三四五六七八九十]+届[一二三四五六七八九十]+次会议"
    r"|[\u4e00-\u9fff]{2,12}?第[一二三四五六七八九十]+次(?:全国)?代表大会"
)


def _article_session(ctx: RuleContext) -> str | None:
    """The one session or congress the article names in full (…大会 in its titles is that one), else None."""
    names = {m.group(0) for m in _SESSION_NAME.finditer(ctx.text)}
    return names.pop() if len(names) == 1 else None


_STATIONED = "驻村"


def _stationed_village(ctx: RuleContext) -> str | None:
    """The village the article names a cadre stationed in: the one place name ending in 村 the text writes right
    before 驻村 (钟宇在安徽长丰县杨庙镇马郢村驻村, 担任白音特拉村驻村第一书记); None when none or several."""
    text = ctx.text
    names = {text[m.start : m.end] for m in ctx.found.places if text.endswith("村", m.start, m.end)}
    villages = [v for v in names if v + _STATIONED in text]
    return villages[0] if len(villages) == 1 else None


# a city's name written without its 市 (阿斯塔纳, 莫斯科): Han characters only, no level word at its end
_CITY_STEM = re.compile(r"[\u4e00-\u9fff]{2,5}(?<![市县区州省镇乡村])")
_BODY_RUN = re.compile(rf"(?![{R.STOP}])[\u4e00-\u9fff]")  # a Han character that is no function word
# the word of a foreign ministry written before 部长 with its state: 外交, 国防, 内政 (two characters, no 国务: a rank)
_MINISTRY_WORD = re.compile(r"(?!国务)[\u4e00-\u9fff]{2}")


def _foreign_ministry(body: str) -> str | None:
    """The ministry of a foreign state a 部长's body names with its 部 written once (伊朗外交 → 伊朗外交部), else
    None."""
    state = next((c for c in _FOREIGN_BY_LENGTH if body.startswith(c)), None)
    if state is None or not _MINISTRY_WORD.fullmatch(body, len(state)):
        return None
    return body + "部"


_FOREIGN_BY_LENGTH = sorted(_FOREIGN_COUNTRIES, key=len, reverse=True)  # 印度尼西亚 before 印度


_PROVINCE_GOVERNMENT = re.compile(r"^([\u4e00-\u9fff]{2,4})省人民政府$")


def _foreign_province(name: str) -> bool:
    """A 省人民政府 of a province China does not have (麦加省)."""
    m = _PROVINCE_GOVERNMENT.match(name)
    return m is not None and m.group(1) not in PROVINCES


_GOVERNMENT = re.compile(r"([省市县区州])(?:人民)?政府$")


def _government_of(inherited: str, org: str) -> str | None:
    """The government a chain named before a bare head of its level (河北省邯郸市政府党组成员、副市长: the head's
    市人民政府 is 河北省邯郸市政府), else None."""
    gov = re.sub(r"(?:党组|党委)$", "", inherited)
    m = _GOVERNMENT.search(gov)
    return gov if m and len(gov) > len(m.group(0)) and org == m.group(1) + "人民政府" else None


_MORE_QUALIFIERS = ("专职", "常务", "执行", "第一")
_PART_TIME = ("兼职", "挂职")
_CHAIR_QUALIFIERS = ("联合", "轮值")
_NAME_RUN_CHAR = re.compile(r"[\u4e00-\u9fff0-9（）()]")


def _name_before(text: str, s: int) -> int:
    """Where a body's name cut at ``s`` by a bracket or a digit (…（集团）|公司, …123|团) starts: the run of
    Han characters, digits and brackets before it, up to a mark or a function word; ``s`` when not cut."""
    if not s or not (text[s - 1].isdigit() or text[s - 1] in "）)"):
        return s
    j = s
    while j > max(0, s - 24) and _NAME_RUN_CHAR.match(text[j - 1]) and text[j - 1] not in R.STOP:
        j -= 1
    return j


# a rank between a body and its head: 副局级 (市教育局副局级巡视员), a grade of 调研员|巡视员 (区政府二级调研员)
_RANK = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:(?:正|副)?[省部厅局处科县乡]|[一二三四])级$")
_PRONOUN_BODY = re.compile(r"^[我本]([院局校所厅委办站馆行社])")


def _own_kind(ctx: RuleContext, kind: str) -> str | None:
    """The one body the article names whose name ends with ``kind`` (院: 汤原县人民法院), for 我院 / 本局;
    None when it names none or several of that kind."""
    text = ctx.text
    names = {
        text[o.start : o.end]
        for o in ctx.found.organizations
        if text[o.end - 1] == kind and not _PRONOUN_BODY.match(text, o.start)
    }
    return next(iter(names)) if len(names) == 1 else None


def _word_start(text: str, pos: int) -> bool:
    """``pos`` starts a word: the text's or a line's start, after a mark or a function word (not 太|原, 草|原)."""
    return pos == 0 or not "\u4e00" <= text[pos - 1] <= "\u9fff" or text[pos - 1] in R.STOP


def _subunit_body(body: str, head: str, inherited: str | None) -> str:
    """The body a title names, its bare parts resolved: after 全国妇联党组书记、副主席 the 书记处 of
    书记处第一书记 is 全国妇联's; 九龙江集团党委书记 and 趣头条团委书记 are posts of the company;
    县委常委、纪委书记 is the 县纪委's; 政府县长 is the 县人民政府's."""
    if body in _SUBUNIT_WORDS and inherited and not re.search(r"[省市县区州]委$", inherited):
        return re.sub(r"(?:党组|党委)$", "", inherited)
    if body in ("纪委", "监委") and inherited and re.search(r"[省市县区州]委$", inherited):
        return inherited[:-1] + body
    if body == "纪委" and inherited and _HOST_END.search(inherited):
        return inherited + body  # 党委委员、纪委书记 after the company's posts: the company's 纪委
    # 湖南烈士公园党委副书记、管理处主任: a unit's office named bare after a post of its party unit is that unit's
    if body in _UNIT_OFFICES and inherited and (unit := _PARTY_UNIT_OF.fullmatch(inherited)):
        return unit.group(1) + body
    if body in _COURT_COMMITTEES and inherited and inherited.endswith(("法院", "检察院")):
        return inherited + body  # 虹口区人民检察院副检察长、检察委员会委员: the procuratorate's committee
    if body == "政府" and (lv := _HEAD_LEVEL.search(head)):
        return lv.group(1) + "人民政府"
    for sub in ("党委", "团委", "党总支"):
        named = body.removesuffix(sub)
        if named != body and len(named) >= 2 and R.ORG_SUFFIX_END.search(named) and not _PLACE_END.search(named):
            return named
    return body


_HOST_END = re.compile(r"(?:集团|公司|大学|学院|学校|医院|银行|研究院)$")
# offices of a unit named bare in a chain (管理处主任), and the party unit of a body that is no place's committee
_UNIT_OFFICES = ("管理处", "管理局", "管委会", "办公室", "工会")
_PARTY_UNIT_OF = re.compile(r"(.{2,}?(?<![省市县区州镇乡]))(?:党委|党组|党总支)")


def _host_body(ctx: RuleContext, pos: int) -> str | None:
    """The enterprise or school the article is about, for a bare 党委/团委 title: the last one named
    before ``pos`` (九龙江集团召开党委理论学习中心组学习会…党委副书记何惠川)."""
    text = ctx.text
    hosts = [
        text[o.start : o.end]
        for o in ctx.found.organizations
        if o.end <= pos and _HOST_END.search(text, o.start, o.end)
    ]
    return hosts[-1] if hosts else _own_host(ctx, pos)


def _own_host(ctx: RuleContext, pos: int) -> str | None:
    """The one enterprise or school an article names, when the article calls it by its kind alone before
    ``pos`` (集团召开第三次党代会动员部署工作会议…会议由党委书记、董事长潘友华主持…同意徽商集团召开): never
    when two are named, nor when the kind word is not written bare."""
    text = ctx.text
    hosts = {text[o.start : o.end] for o in ctx.found.organizations if _HOST_END.search(text, o.start, o.end)}
    if len(hosts) != 1:
        return None
    host = next(iter(hosts))
    kind = _HOST_END.search(host)
    assert kind is not None
    bare = re.compile(rf"(?<![\u4e00-\u9fff]){kind.group(0)}")  # at the start of a clause, not inside a name
    return host if bare.search(text, 0, pos) else None


# The kind of body a bare head names: 局长 a 局, 院长 a court or 院, 校长 a school.
_HEAD_KIND = {
    "局长": ("局",),
    "院长": ("院",),
    "检察长": ("检察院",),
    "校长": ("学校", "学院", "大学", "中学", "小学"),
    "所长": ("所",),
    "馆长": ("馆",),
    "站长": ("站",),
    "厂长": ("厂",),
    "行长": ("银行",),
    "董事长": ("公司", "集团"),
    "总经理": ("公司", "集团"),
}


# a unit head's title right after a name (施一公校长, 唐开明副院长), and what after it makes it no title of the name
_UNIT_HEAD_AFTER = re.compile(r"(?:常务副|副)?(?:院长|检察长|校长)")
_NO_TITLE_AFTER = ("助理", "办", "会", "室", "府", "团", "令", "们")


def _kind_host(ctx: RuleContext, chain: Sequence[tuple[int, int]]) -> str | None:
    """For a chain of titles naming no body (党组书记、局长 NAME): the last body named before it, in its
    sentence or the one before, of the kind its bare head names (…局 for 局长, …院 for 院长): 湘阴县民政局
    中秋节违规发放月饼,党组书记、局长庞国荣; 林区中院召开…推进会。党组书记、院长李景辉."""
    heads = [R.split_title(ctx.text[s:e]) for s, e in chain]
    kinds = [k for body, head in heads if not body for k in _HEAD_KIND.get(_bare_head(head).lstrip("副"), ())]
    if not kinds or any(body and body not in _SUBUNIT_WORDS for body, _h in heads):
        return None
    start = chain[0][0]
    lo = ctx.sentence(start)[0]
    lo = ctx.sentence(lo - 1)[0] if lo else lo
    for o in reversed(ctx.found.organizations):
        if o.end > start:
            continue
        if o.start < lo:
            break
        name = ctx.text[o.start : o.end]
        # 全市法院和中院机关: a kind word alone (中院) names no one body
        if name.endswith(tuple(kinds)) and len(name) > 2:
            return name
    return None


def _kind_in_office(
    ctx: RuleContext, chain: Sequence[tuple[int, int]], context: Sequence[tuple[str, str]]
) -> str | None:
    """For a chain of titles naming no body: the last body of the kind its bare head names that a post named
    before in the sentence was held in (学校董事长王叙平,…党委副书记、校长周建华: the 学校)."""
    heads = [R.split_title(ctx.text[s:e]) for s, e in chain]
    kinds = [k for body, head in heads if not body for k in _HEAD_KIND.get(_bare_head(head).lstrip("副"), ())]
    if not kinds or any(body and body not in _SUBUNIT_WORDS for body, _h in heads):
        return None
    return next((b for b, _h in reversed(context) if b.endswith(tuple(kinds))), None)


_HOST_WORDS = frozenset({"学院", "学校", "大学", "医院", "公司", "集团"})


def _named_host(ctx: RuleContext, pos: int, kind: str) -> str | None:
    """The body a title's bare kind word (学院, 公司) refers back to: the last body named before ``pos`` in its
    sentence whose name ends with that word (来到艺术设计学院,学院党总支书记…: 艺术设计学院); else None."""
    lo = ctx.sentence(pos)[0]
    names = [ctx.text[o.start : o.end] for o in ctx.found.organizations if lo <= o.start and o.end <= pos]
    return next((n for n in reversed(names) if n.endswith(kind) and len(n) > len(kind)), None)


def _bare_head(head: str) -> str:
    for q in R.TITLE_QUALIFIERS:
        if head.startswith(q) and len(head) > len(q) + 1:
            return head[len(q) :]
    return head


def _same_office(prev_head: str, head: str) -> bool:
    """副主任 after 主任, 副组长 after 组长, 兼职副主席 or 挂职副主席 after 主席, 秘书长 or 组员 after either: posts
    of one body."""
    return _bare_head(_part_time(prev_head)) == _bare_head(_part_time(head)) or head in _STAFF_HEADS


def _part_time(head: str) -> str:
    """The head without a part-time or seconded cadre's mark (兼职副主席, 挂职副主席 → 副主席)."""
    return next((head[2:] for q in _PART_TIME if head.startswith(q) and len(head) > 3), head)


def _status(title: str) -> str:
    if title.startswith(("代理", "代")) and not title.startswith("代表"):
        return "acting"
    return "held"


def _sentence_region(ctx: RuleContext, pos: int, region: Mapping[str, str], spans: _Spans) -> dict[str, str]:
    """The article region, overridden by a body named just before in the same list of officials:
    山东省委书记林武和省长周乃翔 → 省 is 山东, whatever the article's region."""
    s, _e = ctx.sentence(pos)
    local = dict(region)
    for k in starting_between(spans.named_starts, s, pos):
        m = NAMED_BODY.match(ctx.text, spans.named_starts[k])
        if m and m.end() < pos:
            between = ctx.text[m.end() : pos]
            if len(between) <= 25 and not _CLAUSE_VERB.search(between):
                local[m.group(2)] = m.group(1)
    return local


def _trim_chain(chain: list[tuple[int, int]], spans: _Spans) -> list[tuple[int, int]]:
    """A title never holds a name: 中央军委副主席张又侠宣读|中央军委主席 starts at the body after the name."""
    out = []
    for s, e in chain:
        inner = [spans.persons[i].end for i in starting_between(spans.person_starts, s, e) if spans.persons[i].end < e]
        if inner:
            starts = starting_between(spans.named_starts, max(inner), e)
            if not starts:
                continue
            s = spans.named_starts[starts[0]]
        out.append((s, e))
    return out
