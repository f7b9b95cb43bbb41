"""Relation rules for meeting roles and participation: PRESIDED, SPOKE_AT, ATTENDED (Person → Meeting)
and PARTICIPATED_IN (Person → Initiative)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from kg.dates import chinese_number
from kg.model import Mention
from kg.ner import rules as R
from kg.relations.context import RuleContext
from kg.text import SpanIndex, starting_between

# a day between the name and the verb: 國務院總理李強3月17日主持召開…
_ROLE_PRESIDE = re.compile(
    r"(?:同志)?(?:(?:[0-9一二三四五六七八九十]{1,2}月)?[0-9一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上)?"
    # co-chairs: 赵乐际与卢旺达总统卡加梅共同主持会议 (the one named last presides as well); not 主持 a piece of work
    # (主持启动“综合治理筼筜湖”, 主持实施…改革, 主持完成…谈判): leading it is no meeting
    r"(?:在[^，。；]{0,40}?)?(?:共同)?主持(?!启动|实施|完成|制定|编制|编写|起草|修订|设计|研发|研制|建设|推动|开展)"
)
# what one presides at or attends, then speaks (主持会议并讲话, 参加接见并在…上讲话)
_EVENT_ATTENDED = "(?:会议|仪式|活动|开幕式|闭幕式|会见|会谈|接见)"
_ROLE_SPEAK = re.compile(
    # (…and at a meeting after the call or event attended: 王毅参加接见并在2023年度驻外使节工作会议上讲话)
    rf"(?:同志)?(?:(?:共同主持|主持|出席|参加){_EVENT_ATTENDED}?并(?:在[^，。；]{{0,60}}?上)?"
    r"|在[^，。；]{0,60}?上(?:[^，。；]{1,6}?地)?"
    # a 、-list attending an opening and speaking in turn: 洪都拉斯副总统弗洛伦蒂诺、…黎成龙等出席开幕式并先后致辞
    r"|等?(?:出席|参加)(?:开幕式|闭幕式|会议|仪式|活动)?并(?:先后|分别)"
    # a report given at a place (吴汉圣在合肥作宣讲报告, 肖培今天（11月4日）在云南昆明作宣讲报告)
    # …or a lecture given there (谌贻琴11月6日在人力资源社会保障部宣讲党的二十届四中全会精神)
    r"|[^，。；]{0,16}?在[^，。；]{1,20}?(?=作[^，。；]{0,12}报告|宣讲[^，。；]{0,24}精神))?(?:发表)?(?:重要)?"
    # (a speech by its other word: 出席并发表演讲, 出席峰会并发表主旨演讲)
    r"(?:讲话|强调|指出|要求|部署|作[^，。；]{0,12}报告|致辞|讲党课|宣讲(?=[^，。；]{0,24}精神)|(?<=发表)(?:主旨|主题)?演讲)"
    # 在座谈会上缅怀了…，强调…: what a person does at a meeting, then speaks, in one sentence
    r"|(?:同志)?在[^，。；]{0,40}?(?:会|会议|班)上[^。；]{0,60}?[，,](?:并)?(?:强调|指出|表示|要求)"
)
# an event attended, then a speech at a meeting: 参加接见并在…会议上讲话 (the span up to 在)
_SPOKE_AT_AFTER = re.compile(rf"(?:同志)?(?:出席|参加){_EVENT_ATTENDED}?并在")
# speaking on behalf of a body, or a named address: 蔡奇代表党中央致词, 先后代表…向大会致贺词,
# 围绕…作了发言, 代表…作了题为《…》的报告
_ROLE_ADDRESS = re.compile(
    r"(?:[，,](?=先后|分别))?(?:先后|分别)?(?:代表[^，。；]{1,30}?)?(?:向[^，。；]{1,12}?|围绕[^，。；]{1,40}?)?"
    r"(?:致词|致贺词|致辞|致(?:欢迎|开幕|闭幕|答谢)[辞词]|作了?发言|发言|作了?题为《[^》]{1,80}》的(?:报告|讲话|致词|发言))"
    # a congress report on behalf of the outgoing committee: 王建民代表中共凤翔县第十五届委员会所作的《…》的报告
    r"|代表[^，。；]{1,30}?所作的(?:《[^》]{1,80}》的?)?(?:工作)?报告"
    # 苗伟伦代表市四套班子向大会的胜利召开和新当选的市妇联领导班子表示热烈祝贺; 朱立凡代表…对…的到来表示热烈欢迎
    r"|(?:代表[^，。；]{1,30}?)?[向对](?!此)[^，。；]{1,40}?(?:表示|致以)(?:热烈|衷心|诚挚|崇高|真挚|真诚|由衷)?的?(?:祝贺|问候|感谢|欢迎|敬意)"
)
# speaking in one clause after adjuncts (在会上, 分别, 就…, 对…, 围绕…, 代表…, 在…中): 作表态发言,
# 对…进行安排部署, 就…提出三点意见, 作第九届县委工作报告, 作“…”动员讲话, 对…进行动员, 作说明, 传达了《…》
_IN_CLAUSE = r"[^，。；,;：:“”\n]"
_IN_TOPIC = r"[^，。；,;：:\n]"  # a topic may quote a name: 对村“两委”换届…工作要点进行培训
_ROLE_SPEAK_CLAUSE = re.compile(
    # 王东峰等就有关议题作了说明和汇报: the name and others; 韩俊应邀作报告: invited to speak
    # 万钢主持会议，代表第十届全国委员会作工作报告: the presider's next clause, with no subject of its own
    r"(?:同志|等)?(?:首先|随后|最后|接着|还|也|又|再次|应邀)?(?:(?:(?:主持|出席|参加)(?:会议|仪式|活动)?|到会指导)(?:并|时|[，,]并?))?"
    rf"(?:(?:亲临|到会|莅临){_IN_CLAUSE}{{0,8}}?并)?"
    rf"(?:(?:在{_IN_CLAUSE}{{0,40}}?[上中]|分别|先后|一并|代表{_IN_CLAUSE}{{1,30}}?|就{_IN_TOPIC}{{1,50}}?"
    rf"|对{_IN_TOPIC}{{1,50}}?|围绕{_IN_TOPIC}{{1,40}}?|结合{_IN_CLAUSE}{{1,30}}?|向{_IN_CLAUSE}{{1,30}}?)){{0,3}}"
    r"(?:(?:进行了?|作了?|做了?|发表了?|再次|集中)?(?:重要|具体|专题|简要)?"
    r"(?:表态发言|交流发言|研讨交流|交流研讨|发言|讲话|致辞|强调|指出|安排部署|部署|说明|传达了?|宣读了?|通报了?|汇报了?"
    r"|讲党课)"
    r"|(?:进行了?|作了?|做了?)(?:动员|点评|讲评|培训|解读|讲解|梳理总结|总结|工作安排|安排)"
    # (a report's long subject between: 信春鹰作的全国人大宪法和法律委员会关于国务院组织法修订草案修改稿修改意见的报告)
    rf"|(?:作了?|做了?|发表了?)(?:“[^”\n]{{1,30}}”|《[^》\n]{{1,80}}》)?{_IN_CLAUSE}{{0,40}}?(?:报告|讲话|发言|说明|致辞)(?![会厅])"
    # (a report heard, its subject opened by 关于 and as long as a list of treaties: 李飞作的关于…修改意见的汇报)
    r"|作的关于[^，。；;：:\n]{1,240}?的(?:汇报|报告|说明)(?![会厅])"
    r"|提出了?[0-9一二三四五六七八九十两几]+点(?:意见|要求|建议))"
    rf"|在{_IN_CLAUSE}{{1,12}}?时(?:说|表示|指出)|在(?:座谈|座谈会|大会|会议|会)(?:中|上)(?:说|表示|指出)"
    # taking part in a sitting, a day before or no 在: 李干杰5日在参加陕西代表团审议时说, 刘国中参加河南代表团审议时说,
    # a group's discussion of the session (梁振英在参加特邀香港人士界委员小组讨论时说)
    rf"|(?:[0-9]{{1,2}}日(?:[上下]午)?)?在?参加{_IN_CLAUSE}{{1,30}}?(?:审议|小组讨论|分组讨论)时(?:说|表示|指出|强调)"
    # 在2日举行的…新闻发布会上表示, 在会见中说: said at the meeting of the sentence, named or not
    rf"|在{_IN_CLAUSE}{{0,40}}?(?:会|会议|座谈|会见|会谈|论坛|峰会|仪式|典礼)(?:中|上)(?:说|表示|指出)"
    # in one's own address: 高志丹在致辞中表示, 王浩在致辞中代表组委会…表示最热烈的欢迎, 李强在讲话中表示
    r"|在(?:主旨|开幕|闭幕)?(?:致辞|致词|讲话|发言|演讲)中"
)
# a speech cited, not given here: 在…时的重要讲话, 在党的二十届三中全会上的重要讲话, 在…大会上发表的重要讲话
_CITED = re.compile(r"在[^，。；]{0,60}?(?:时的|上(?:发表|作)?的(?:重要)?(?:讲话|致辞|报告|指示))")
# a leader quoted in another's speech: 栗战书表示，习近平主席强调，…; 正如习近平主席指出，…
_QUOTED_AFTER = re.compile(r"(?:(?:表示|指出|强调|说|认为)[，,：:]|正如)$")
# a paragraph opened by a speaker: NAME (TITLE) 表示|强调|指出|说，
_OPENS_SPEECH = re.compile(r"(?:表示|强调|指出|说)[，,：:]")
# the bare verb of a quotation: 习近平主席指出，
_QUOTE_VERB = re.compile(r"(?:指出|强调|说|表示)[，,：:]")
# a speech only cited: 贯彻习近平总书记对北京一系列重要讲话精神
_SPEECH_CITED = ("精神", "要求", "指示")
# a paragraph of what the meeting said (会议指出, 会议强调 …): a person named in it is cited, not a speaker
# there (会议指出,…。大会期间,习近平总书记发表了一系列重要讲话)
_MEETING_SAYS = re.compile(r"(?:会议|会上|大会)(?:指出|强调|认为|号召)")
# a title after the name before the verb: 栗战书委员长主持会议, 王晨副委员长
# (张国华副院长传达了《…》, 张野副检察长对…表示真挚的感谢)
_TITLE_AFTER = re.compile(
    rf"(?:常务副|副)?(?:{R.TITLE_HEAD_ALT})(?=(?:首先|随后|最后|接着|还|也)?"
    r"(?:主持|出席|讲话|致辞|强调|指出|作|在|发表|传达|宣读|通报|对|就|表示|代表|介绍))"
)
# a standing committee member's proposal, the title after the name: 黄润秋常委提出，…; 在联合发言中建议，…;
# 徐晓兰常委发言建议，…
_MEMBER_SAYS = re.compile(rf"常委(?:发言|在{_IN_CLAUSE}{{1,20}}?中)?(?:建议|提出)[，,：:]")
# 列席代表, 列席人员 (those sitting in) are nouns: 赵乐际同全国人大常委会会议列席代表座谈
_ATTEND = re.compile(
    r"(?<!或)(?:出席|参加|列席(?!代表|人员)|到会|参会|在主席台(?:上|前排)?就座|(?:进行|举行)(?=座谈))(?:了)?(?=(?:[\u4e00-\u9fff“”、]{0,30}?(?:会议|会|活动|座谈|仪式|典礼|式|班))?"
    r"(?:$|[，。；,;并\n])|巡听|旁听|祝贺|指导)"
)
# a list of those who attended, after a colon: 出席开幕式的国际贵宾有：…, 出席大会的还有：…
_ATTENDEE_LIST = re.compile(
    r"(?:出席|参加|列席)([^，。；,;：:\n]{0,30}?)的[^，。；,;：:\n]{0,10}?(?:还有|有|是|包括)[：:]"
)
# the preposition of those one talks with: 与|同 (not 参与, 共同, 陪同, 与会, 同志, 同时)
_TALK_WITH = re.compile(r"(?<![参共陪协会])[与同](?![会志时])")
# a clause that only names a group of attendees: 区人民法院、区人民检察院负责人, 各镇人大主要负责同志
_RELATED_ACTIVITIES = re.compile(r"(?:上述)?(?:有关|相关)(?:仪式|活动)")
_GROUP_END = re.compile(r"(?:负责人|负责同志|同志|成员|代表|干部|人员|领导)$")
# a group as the subject of a verb (…指导组负责同志, …亲属、…家乡代表): no one person
_GROUP_SUBJECT = re.compile(r"(?:负责人|负责同志|成员|代表|干部|人员|亲属|群众)$")
_MEETING_WORD = re.compile(r"会议|大会|座谈会")
_INTRODUCES = re.compile(r"(?:详细|简要|重点|逐一|分别|首先)?介绍")
_AT_MEETING = re.compile(r"(?:会|会议|座谈会|座谈|仪式|典礼|活动)上")
_HELD_ROLES = re.compile(r"(?:主持|出席|参加)(?:会议|仪式|典礼|大会|座谈会)")
_CLAUSE_VERB = re.compile(r"率|带领|陪同|考察|调研|会见|出席|主持|参加|来到|前往|表示|强调|指出|会谈|迎接")
_CLAUSE_END = re.compile(r"[，,：:]")
# a title between two names of a 、-list: no clause mark and no verb (赞比亚副总统)
_LIST_TITLE = re.compile(r"(?!.*(?:率|陪同|会见|出席|主持|参加|表示|强调|指出))[^，。；,;：:、\n]{0,24}")
# a sentence that only lists names (the names replaced by N): N、N等
_NAME_LIST = re.compile(r"\s*N(?:、N)+等?")
# a clause naming someone called on (会见|会晤|拜会|接见 + the guest): its names are no list of attendees
_CALLED_ON = re.compile(r"会见|会晤|拜会|接见")
# what 出席|参加 is followed by, to the end of its clause (开幕式活动, 会谈, nothing)
_OBJECT = re.compile(r"[^，。；,;\n]*")
_TOPIC = re.compile(r"就|关于|围绕")
_ENTRUST = re.compile(r"受[^，。；]{1,30}?委托")
# 等 after a name before what the named and the others did (分别|先后, 就|围绕 a topic): 王东峰等就…作了说明
# a kinship word after a name: the person's relatives, not the person (邓小平同志亲属、原身边工作人员和家乡代表)
_KIN_AFTER = re.compile(r"(?:同志|先生|女士)?的?(?:亲属|家属|遗属|亲人|子女|后人)")
_ETC_SPEAKERS = re.compile(r"等(?=分别|先后|就|围绕)")
# (or 等 alone, closing a list clause: 习近平、李克强、…王岐山等，同各界代表一起出席仪式)
_ETC_GROUP = re.compile(r"等(?:[\u4e00-\u9fff]{0,10}(?:领导|同志|负责人|负责同志|成员|代表))?")
# an instruction or written comment (李强对做好地方金融工作作出重要批示强调, 习近平对做好“三农”工作作出重要指示), or a
# letter sent to the meeting (习近平发来贺信, 习近平向“鼓岭缘”中美民间友好论坛致贺信, 习近平致信祝贺…论坛开幕): what its
# author 指出|强调 is the instruction or the letter relayed to the meeting, no speech there
_INSTRUCTS = re.compile(
    r"(?:[对就][^，。；\n]{1,60}?)?作出了?(?:重要)?(?:指示|批示)|(?:向[^，。；\n]{1,60}?)?致(?:贺)?信|发来贺信"
)
# …unless the author is at the meeting: 主持|出席|参加|在…上 (not 在贺信中)
_AT_THE_MEETING = re.compile(r"(?:同志)?(?:主持|出席|参加|到会|在(?!(?:贺信|信|指示|批示)中))")


def _sittings_in_session(text: str, items: Sequence[Mention], ids: Sequence[str]) -> tuple[str, ...]:
    """The meeting ids by mention, a session written right before one of its sittings the article names
    elsewhere standing for that sitting (出席十四届全国人大二次会议解放军和武警部队代表团全体会议时强调, the
    headline naming 解放军和武警部队代表团全体会议: the roles of the article are at the sitting, the session is
    its scope). An unnamed event's word is no session (宣讲|党的二十届四中全会精神: the lecture, not the plenum)."""
    names = {ids[k]: text[m.start : m.end] for k, m in enumerate(items)}
    out = list(ids)
    for k, m in enumerate(items):
        if m.source == R.UNNAMED_SOURCE:
            continue
        for other, name in names.items():
            if other != ids[k] and len(name) >= 4 and text.startswith(name, m.end):
                out[k] = other
    return tuple(out)


def _visit_opening(name: str) -> re.Pattern[str]:
    """A sentence opening with ``name`` visiting (李强来到…展馆, 习近平在…考察)."""
    return re.compile(rf"(?:^|(?<=[。\n])){re.escape(name)}[^，。；,;\n]{{0,12}}?(?:{_VISIT_VERBS})", re.M)


class _Meetings:
    """The meetings of an article with what ``nearest`` asks of them, looked up by offset."""

    def __init__(self, ctx: RuleContext) -> None:
        text, items = ctx.text, ctx.found.meetings  # sorted by offset
        self.ctx, self.ids = ctx, _sittings_in_session(text, items, ctx.meeting_ids)
        self.starts = [m.start for m in items]
        self.cited = [R.is_cited(text, m.start, m.end) for m in items]
        # a meeting the article recalls from before its month is the role of its own sentence only (…今年4月，
        # 十四届全国人大常委会第二次会议对…进行审议: never of a 习近平总书记指出 that opens a feature)
        recalled = {k for k, m in enumerate(items) if _dated_before(text, m, ctx.article.date)}
        # a delegation's deliberation takes the roles of its own sentence only (…在参加新疆代表团审议时说), never
        # those of a sentence after it (张升民在解放军和武警部队代表团分组会上说: another delegation's sitting)
        # …and so does a 接见 (习近平…接见…并发表重要讲话; 蔡奇参加接见): no role of a sentence after it is its
        bound = {k for k, m in enumerate(items) if m.source in (R.DELIBERATION_SOURCE, R.AUDIENCE_SOURCE)}
        # held, and not only cited (2018年9月在沈阳召开深入推进东北振兴座谈会以来: held then, cited now)
        self.held = [
            k for k, m in enumerate(items) if _is_held(text, m) and k not in bound | recalled and not self.cited[k]
        ]
        self.held_starts = [items[k].start for k in self.held]
        held = set(self.held)
        self.live = [
            k
            for k in range(len(items))
            if not self.cited[k]
            and k not in bound | recalled
            and (k in held or not _PARTY_EVENT.match(text, items[k].start))
        ]
        self.live_starts = [items[k].start for k in self.live]
        self.calls = {self.ids[k] for k, m in enumerate(items) if m.source == R.CALL_SOURCE}
        self.arrival = [_arrival_purpose(text, m) for m in items]
        self.holder = self._holders(held)

    def _holders(self, held: set[int]) -> dict[int, str]:
        """The part a held meeting holds, mapped to the holder's id: ``会议|大会|全会举行`` right before a meeting, in a
        sentence that opens with the head (主席会议举行2025年第二次集体学习), is a part of the last held meeting before
        it whose name ends with that head (…第三十六次主席会议)."""
        text, items = self.ctx.text, self.ctx.found.meetings
        out: dict[int, str] = {}
        for k, m in enumerate(items):
            by = _HELD_BY_MEETING.search(text, max(0, m.start - 20), m.start)
            if k not in held or by is None:
                continue
            holders = [j for j in self.held if items[j].end <= m.start and text.endswith(by[1], 0, items[j].end)]
            if holders and self.ids[holders[-1]] != self.ids[k]:
                out[k] = self.ids[holders[-1]]
        return out

    def held_named(self, pos: int, head: str) -> str | None:
        """The last meeting held before ``pos`` whose name ends with ``head`` (仪式, 活动), if any."""
        items, text = self.ctx.found.meetings, self.ctx.text  # the simplified twin: 簽約儀式 ends with 仪式
        before = [k for k in self.held if items[k].start < pos and text.endswith(head, 0, items[k].end)]
        return self.ids[before[-1]] if before else None

    def held_before(self, pos: int) -> str | None:
        """The last meeting held before ``pos``, if any."""
        i = bisect_left(self.held_starts, pos)
        return self.ids[self.held[i - 1]] if i else None

    def visited_since(self, pos: int, mid: str, name: str) -> bool:
        """True when ``mid`` is named only before the sentence of ``pos`` and a sentence since opens with the
        person visiting (…大会在北京举行。李强来到…展馆，参观…。李强表示: what is said is said on the visit)."""
        s, _e = self.ctx.sentence(pos)
        items = self.ctx.found.meetings
        before = [k for k in range(len(items)) if self.ids[k] == mid and items[k].end <= s]
        if not before or any(self.ids[k] == mid and s <= items[k].start < pos for k in range(len(items))):
            return False
        return bool(_visit_opening(name).search(self.ctx.text, items[before[-1]].end, s))

    def visited_before(self, pos: int, mid: str, name: str) -> bool:
        """True when ``mid`` is named only after the sentence of ``pos`` and a sentence before it opens with the
        person visiting (习近平来到…考察。…习近平强调，… and at the article's end …负责同志参加汇报会: what is said
        is said on the visit, not at the report meeting named after it)."""
        s, e = self.ctx.sentence(pos)
        items = self.ctx.found.meetings
        if any(self.ids[k] == mid and items[k].start < e for k in range(len(items))):
            return False
        visits = list(_visit_opening(name).finditer(self.ctx.text, 0, s))
        if not visits:
            return False
        # …the report heard since the last visit (20日上午，习近平听取河南省委和省政府工作汇报，…。习近平指出，…): said
        # at the report meeting
        heard = re.compile(rf"{re.escape(name)}听取了?[^。；;\n]{{1,40}}?汇报")
        return not heard.search(self.ctx.text, visits[-1].end(), s)

    def said_after_held(self, p: Mention, after: int, mid: str) -> bool:
        """TITLE NAME说, in a sentence after the article's one held meeting ``mid`` is named: said there
        (…冬奥青年出征大会在首钢滑雪大跳台举行。…人力资源部部长闫成说,…)."""
        text, items = self.ctx.text, self.ctx.found.meetings
        if not _SAID.match(text, after) or len(self.held) != 1 or self.ids[self.held[0]] != mid:
            return False
        return items[self.held[0]].end < self.ctx.sentence(p.start)[0] and bool(R.title_chain(text, p.start))

    def nearest(self, pos: int, upto: int | None = None, back: bool = False) -> str | None:
        """The meeting in the sentence of ``pos`` (starting before ``upto``, when given), else the nearest
        held one before it, else the nearest one before it that is not only cited, else the first such
        one after; with ``back`` (the speaker is written 在该次会议上), the last one named before the sentence."""
        s, e = self.ctx.sentence(pos)
        for k in starting_between(self.starts, s, e if upto is None else min(e, upto)):
            if not self.cited[k]:
                return self.ids[k]
        if back and (i := bisect_left(self.starts, s)):
            return self.ids[i - 1]
        # 主持会议 refers back to a meeting the article holds (…会议召开), not one it only mentions
        # (迎接党的二十大胜利召开, 贯彻…会议精神)
        i = bisect_left(self.held_starts, s)
        if i:
            # …but not across a trip's other events told since (…此访期间，还出席…会议闭幕式，…。访问期间，习近平主席
            # 同欧方领导人…交换看法。…习近平主席强调: said in the talks, not at the meeting)
            if _DURING_TRIP.search(self.ctx.text, self.ctx.found.meetings[self.held[i - 1]].end, s):
                return None
            # a part the meeting holds (…主席会议举行…集体学习。…应邀作报告) has the roles of its own paragraph; a later
            # paragraph is back at the meeting (全国政协副主席…围绕学习贯彻…作发言: at the 主席会议)
            part = self.held[i - 1]
            if part in self.holder and self.ctx.text.rfind("\n", 0, s) > self.ctx.found.meetings[part].start:
                return self.holder[part]
            return self._unless_arrived_for(self.held[i - 1], s)
        # else the nearest meeting that is not only cited (党的十八大以来, 贯彻…会议精神), but never the party's
        # congress or plenum the article does not hold (敬献花篮仪式由蔡奇主持 in an article naming 党的二十大)
        i = bisect_left(self.live_starts, s)
        if i:
            return self._unless_arrived_for(self.live[i - 1], s)
        # else the first one after, unless the article reports a visit, tour or arrival before it (…2019年11月，习近平
        # 总书记在上海考察时…; 习近平…抵达杜尚别…。习近平发表机场书面讲话): what is said or done there is no role at
        # a meeting named later (a call is itself a meeting, so it does not count here)
        if not self.live:
            return None
        events = list(_EARLIER_EVENT.finditer(self.ctx.text, 0, s))
        # …unless a report was heard or a meeting held since the last one (…听取了相关工作情况汇报。在随后召开的
        # 座谈会上，NAME指出; 习近平听取…工作汇报。习近平指出，… then …参加汇报会): said at the meeting named after
        if events and not _HEARD_OR_HELD.search(self.ctx.text, events[-1].end(), e):
            return None
        return self.ids[self.live[0]]

    def _unless_arrived_for(self, k: int, s: int) -> str | None:
        """The id of meeting ``k``, unless every mention of it before ``s`` names it as the purpose of an arrival
        (李强…抵达…机场，将主持召开…第四次会议。…李强指出; 习近平…抵达利雅得，…出席…峰会。…习近平发表书面讲话):
        what is said after is said on arrival, not at the meeting still to come."""
        mid, items = self.ids[k], self.ctx.found.meetings
        before = [j for j in range(len(items)) if self.ids[j] == mid and items[j].start < s]
        return None if before and all(self.arrival[j] for j in before) else mid


def _arrival_purpose(text: str, m: Mention) -> bool:
    """The meeting is named as the purpose of an arrival or a journey in its sentence (抵达|赴…，出席|参加|主持召开|举行
    + the meeting, a 、-list of meetings included)."""
    lo = max(text.rfind(c, 0, m.start) for c in "。；;\n") + 1
    return bool(_ARRIVAL_PURPOSE.search(text, lo, m.start))


# an arrival or a journey and, in its sentence, the meeting it is for: …抵达利雅得，应…邀请，出席首届中国－阿拉伯国家
# 峰会、中国－…; 李强赴利雅得举行中国—沙特高级别联合委员会第四次会议
# (never over a headline's space nor a 的: 赴西藏各地看望慰问各族干部群众 王沪宁参加活动, 赴朝的…共同举行的文艺演出)
_ARRIVAL_PURPOSE = re.compile(r"(?:抵达|赴)[^。；;\n ]{0,60}?(?:出席|参加|主持召开|举行)[^，,。；;\n 的]{0,40}$")
# an event of another kind than a meeting: a visit, a tour, an arrival
_EARLIER_EVENT = re.compile(r"考察|调研|视察|走访|慰问|看望|参观|抵达|访问")
_DURING_TRIP = re.compile(r"(?:此访|访问|出访|访华|在华)期间")
_HEARD_OR_HELD = re.compile(r"听取了?[^。；;\n]{1,40}?汇报|随后召开|召开(?:了)?[^。；;\n]{0,20}?(?:座谈会|会议|汇报会)")
# a meeting held by the article's meeting, a part of it (主席会议举行2025年第二次集体学习): the sentence opens with
# the holder's head word and 举行 stands right before the part
_HELD_BY_MEETING = re.compile(r"(?:^|(?<=[。\n]))[^，。；,;\n]{0,16}?(会议|大会|全会)举行$", re.M)
_PARTY_EVENT = re.compile(r"(?:中国共产党|中共|党的)第?[一二三四五六七八九十]+(?:次全国代表大会|大|届)")


# a time before the article's written right before a meeting: 今年4月，十四届全国人大常委会第二次会议…, 2018年9月在
# 沈阳召开…; a year's scope is none (2023年度民主生活会, held in 2024: the year of what it reviews)
_PAST_TIME = re.compile(
    r"(?:(去年|前年)(?!度)|今年([0-9一二三四五六七八九十]{1,2})月|((?:19|20)[0-9]{2})年[0-9一二三四五六七八九十]{1,2}月)"
    r"[^，。；,;\n]{0,12}[，,]?[^，。；,;\n]{0,4}$"
)


def _dated_before(text: str, m: Mention, date: str | None) -> bool:
    """True when a time before the article's month is written right before the meeting ``m``, in its clause or
    as the clause before (去年, 今年4月，… in a May article, 2018年9月): a past meeting the article recalls, not its
    event."""
    if not date:
        return False
    lo = max(text.rfind(c, 0, m.start) for c in "。；;\n") + 1
    t = _PAST_TIME.search(text, lo, m.start)
    if not t:
        return False
    if t.group(1):
        return True
    if t.group(2):
        return chinese_number(t.group(2)) < int(date[5:7])
    return int(t.group(3)) < int(date[:4])


# the speaker's clause refers back to the meeting last named: 时任市委书记刘春良在该次会议上…指出
_BACK_REF = re.compile(r"[^，。；,;\n]{0,12}?在(?:该|这|此|那)次会议上")


# a meeting to be convened, not held: 审议通过关于召开…第四次会议的决定, 决定召开, 拟召开
_TO_CONVENE = re.compile(r"(?:关于|决定|拟|定于)$")


def _is_held(text: str, m: Mention) -> bool:
    """The meeting is held in the article: 召开|举行 right before it (not 关于召开|决定召开), it is the subject of
    召开|举行, a body holds it (中共全国政协党组1月14日召开会议), or it is an opening or closing not only cited."""
    if m.source == R.BODY_MEETING_SOURCE:
        return True
    before = R.HOLD_BEFORE.search(text, max(0, m.start - 4), m.start)
    convene_at = before.start() if before else m.start  # 会议决定…会议于…召开: the decision names it
    if _TO_CONVENE.search(text, max(0, convene_at - 2), convene_at):
        return False
    if before or text.startswith(("召开", "举行"), m.start - 4):
        return True
    if R.held_with_le(text, m.start):
        return True  # 召开了…全体会议
    if R.HELD_WITH_THEME.search(text, max(0, m.start - 50), m.start):
        return True  # 举行以“…”为主题的…活动
    if text.endswith(R.OPENING_PARTS, m.start, m.end) and not R.is_cited(text, m.start, m.end):
        return True  # 出席…峰会开幕式, 第十五届全运会闭幕式在…举行: the opening or closing is the article's event
    after = text[m.end : m.end + 12]
    greeted = text[max(0, m.start - 2) : m.start] in ("迎接", "喜迎") or re.match(r"[^，。；]{0,6}胜利召开", after)
    return bool(R.HOLD_AFTER.match(after)) and not greeted


def meeting_roles(ctx: RuleContext) -> None:
    """presided.v1 and spoke_at.v1: NAME (title) 主持 / 讲话|强调|致辞… , to the meeting of the sentence or
    the one the article holds; a 、-list of names shares the verb of its last name."""
    persons, pids, mids = ctx.found.persons, ctx.person_ids, ctx.meeting_ids
    if not mids:
        return
    text = ctx.text
    entrusted = SpanIndex(m.span() for m in _ENTRUST.finditer(text))
    index = _Meetings(ctx)
    instructing = {  # the names of those who give an instruction in the article (李强对…作出重要批示)
        text[p.start : p.end]
        for p in persons
        if _INSTRUCTS.match(text, (t.end() if (t := _TITLE_AFTER.match(text, p.end)) else p.end))
    }
    for i, p in enumerate(persons):
        if entrusted.inside(p.start, p.end):
            continue
        # what a speaker says (…指出，党的二十大是…) names no meeting of the role: only the person's clause
        clause = _CLAUSE_END.search(text, p.end)
        upto = clause.start() if clause else len(text)
        # a meeting named in the topic (刘奇就常委会第十三次会议议程草案…作了汇报) is not the one spoken at
        topic = _TOPIC.search(text, p.end, upto)
        mid = index.nearest(p.start, topic.start() if topic else upto, _BACK_REF.match(text, p.end, upto) is not None)
        if mid is None:
            continue
        t = _TITLE_AFTER.match(text, p.end)
        after = t.end() if t else p.end
        if etc := _ETC_SPEAKERS.match(text, after):  # 王东峰等分别就有关议题作报告和说明: he is one of them
            after = etc.end()
        if _CITED.match(text, after):  # 习近平总书记在主持…时的重要讲话: a speech cited, no role here
            continue
        para = text.rfind("\n", 0, p.start) + 1
        cited_here = bool(_MEETING_SAYS.match(text, para))
        # a 、-list of names shares the verb of its last name: 王东峰、朱永新、杨震围绕…作了发言
        group = [i]
        while (
            group[0]
            and persons[group[0] - 1].end + 1 == persons[group[0]].start
            and text[persons[group[0]].start - 1] == "、"
        ):
            group.insert(0, group[0] - 1)
        # titled names joined by ，before 先后/分别: 书记处第一书记阿东，中央军委委员苗华，先后代表…致贺词
        # …and titled names joined by ，before a name with 分别: 县委常委、政府常务副县长张翠珍,政府副县长王尚赟分别…
        clause_end = _CLAUSE_END.search(text, after)
        in_clause = text[after : clause_end.start() if clause_end else len(text)]
        if (
            (text[after : after + 1] in "，," and text.startswith(("先后", "分别"), after + 1))
            or ("分别" in in_clause or "先后" in in_clause)
            # …and in a sentence of titled names only: 国务院副总理丁薛祥、张国清，国务委员吴政隆作交流发言
            or _titled_names_only(text, ctx.sentence(p.start)[0], p, persons)
        ):
            j = group[0]
            while (
                j
                # …or by 和 (科技部部长阴和俊和共青团中央书记处第一书记阿东，分别代表…致词)
                and text[persons[j - 1].end : persons[j - 1].end + 1] in "，,和与"
                and ((ch := R.title_chain(text, persons[j].start)) and ch[0][0] == persons[j - 1].end + 1)
            ):
                j -= 1
                group.insert(0, j)
        j = group[0]
        in_turn = "分别" in in_clause or "先后" in in_clause
        while (  # titled names joined by 、: 街道党工委副书记姚正、办事处副主任张俐对近期工作进行了梳理总结
            j
            and (sep := text[persons[j - 1].end : persons[j - 1].end + 1]) in ("、", "和")
            and (
                (
                    ((ch := R.title_chain(text, persons[j].start)) and ch[0][0] == persons[j - 1].end + 1)
                    # …and a titled name joined by 和 to the next (国家体育总局局长、杭州亚运会组委会主席高志丹和亚洲
                    # 奥林匹克理事会副主席宋鲁增发表致辞): both names take the verb
                    and (sep == "、" or bool(R.title_chain(text, persons[j - 1].start)))
                )
                # before 先后|分别 any title with no verb joins the list (赞比亚副总统纳卢曼戈、…黎成龙等先后致辞),
                # and so it does after a titled name (…台盟中央主席苏辉、无党派人士代表朴世龙作了发言: a label)
                or (
                    sep == "、"
                    and (in_turn or R.title_chain(text, persons[j - 1].start))
                    and _LIST_TITLE.fullmatch(text, persons[j - 1].end + 1, persons[j].start)
                )
            )
        ):
            j -= 1
            group.insert(0, j)
        if (pm := _ROLE_PRESIDE.match(text, after)) and not _presides_unfound(ctx, pm.end()):
            for g in group:
                ctx.relate("PRESIDED", pids[g], mid, persons[g].start, "presided.v1")
        if cited_here:
            continue
        if text[p.start : p.end] in instructing and not _AT_THE_MEETING.match(text, after):
            continue  # 习近平对…作出重要指示。习近平指出，…: the instruction relayed, not a speech at the meeting
        if _quoted(ctx, p, t is not None, after, para):
            continue  # 丁薛祥表示，中国国家主席习近平指出，…: a leader quoted in another's speech
        # one who has no role there yet and visited since the meeting was named speaks on the visit
        if not any(r.source == pids[i] and r.target == mid for r in ctx.relations) and (
            index.visited_since(p.start, mid, text[p.start : p.end])
            or index.visited_before(p.start, mid, text[p.start : p.end])
        ):
            continue
        if (spoke := _ROLE_SPEAK.match(text, after)) or _ROLE_ADDRESS.match(text, after):
            # 参加接见并在2023年度驻外使节工作会议上讲话: the speech is at the meeting named after 并在, not at the
            # event attended before it
            if spoke and (at := _SPOKE_AT_AFTER.match(text, after, spoke.end())):
                named = [k for k in starting_between(index.starts, at.end(), spoke.end()) if not index.cited[k]]
                mid = index.ids[named[0]] if named else mid
            for g in group:
                ctx.relate("SPOKE_AT", pids[g], mid, persons[g].start, "spoke_at.v1")
        elif (
            (said := _ROLE_SPEAK_CLAUSE.match(text, after)) and not text.startswith(_SPEECH_CITED, said.end())
        ) or index.said_after_held(p, after, mid):
            for g in group:
                ctx.relate("SPOKE_AT", pids[g], mid, persons[g].start, "spoke_in_clause.v1")
        elif _MEMBER_SAYS.match(text, p.end):
            # 赖明常委建议，…; 王志刚和黄卫常委在联合发言中建议，…: a member's proposal at the sitting
            pair = i and persons[i - 1].end + 1 == p.start and text[p.start - 1] in "和与"
            for g in [i - 1, i] if pair else [i]:
                ctx.relate("SPOKE_AT", pids[g], mid, persons[g].start, "member_spoke.v1")
        elif _INTRODUCES.match(text, after) and (
            _AT_MEETING.search(text, ctx.sentence(p.start)[0], p.start)
            # …or in a sentence of the roles at the meeting (吴曙参加仪式并致辞,…吴云飞介绍10个签约项目情况,…主持仪式)
            or _HELD_ROLES.search(text, *ctx.sentence(p.start))
        ):
            # 座谈会上,施一公校长介绍了…: what is introduced at the meeting is said there (never 介绍 on a visit)
            for g in group:
                ctx.relate("SPOKE_AT", pids[g], mid, persons[g].start, "spoke_in_clause.v1")


def _titled_names_only(text: str, start: int, last: Mention, persons: Sequence[Mention]) -> bool:
    """True when the sentence from ``start`` up to the name ``last`` holds only names, the title chains before
    them and the 、 and ， between them, with a title at its start and a ， in it (国务院副总理丁薛祥、张国清，
    国务委员吴政隆): a list of titled names, whose verb after the last name every name shares."""
    if "，" not in text[start : last.start] and "," not in text[start : last.start]:
        return False
    covered = [False] * (last.end - start)
    for q in persons:
        if start <= q.start and q.end <= last.end:
            for a, b in [(q.start, q.end), *R.title_chain(text, q.start)]:
                for k in range(max(a, start), b):
                    covered[k - start] = True
    if not covered or not covered[0]:
        return False
    return all(c or text[start + k] in "、，," for k, c in enumerate(covered))


# what 主持 presides over, named with a meeting head: 主持中国－中亚峰会前夕 (not 主持召开会议, 主持本次会议)
_PRESIDED_OBJECT = re.compile(rf"(?:召开|举行)?({_IN_CLAUSE}{{2,20}}?)(?:{R.MEETING_HEAD.pattern})")


def _presides_unfound(ctx: RuleContext, pos: int) -> bool:
    """True when 主持 ending at ``pos`` presides over a meeting named after it (a name run of two characters or
    more, no 的, no determiner, and a meeting head in its clause) that is no meeting the article's rules found:
    the role is of that meeting, never of another one (习近平在西安主持中国－中亚峰会前夕，专门听取…工作汇报，…参加
    汇报会: he presides over the summit, not the report meeting)."""
    text = ctx.text
    m = _PRESIDED_OBJECT.match(text, pos)
    if not m or "的" in m.group(1) or m.group(1) in R.NOT_A_NAME:
        return False
    # 主持开学典礼 after …举行2016年秋季开学典礼: a meeting found refers to it by the end of its name
    obj = text[m.start(1) : m.end()]
    if R.BARE_PART.fullmatch(obj):
        return False  # 主持大会闭幕式, 主持开幕式、闭幕式: the opening or closing of the event the article holds
    return not any(
        (mt.start < m.end() and pos < mt.end) or text.endswith(obj, mt.start, mt.end) for mt in ctx.found.meetings
    )


def _quoted(ctx: RuleContext, p: Mention, titled_after: bool, after: int, para: int) -> bool:
    """True when the person's 指出|强调|说|表示 quotes them in another's speech: right after another's speech verb
    (栗战书表示，习近平主席强调，…; 丁薛祥表示，中国国家主席习近平指出，…), after 正如, or with a title after the name
    in a paragraph another speaker opens (丁薛祥强调，…。习近平主席指出，…)."""
    text = ctx.text
    if not _QUOTE_VERB.match(text, after):
        return False
    chain = R.title_chain(text, p.start)
    first = chain[0][0] if chain else p.start
    if _QUOTED_AFTER.search(text, max(0, first - 4), first):
        return True
    if not titled_after:
        return False
    for q in ctx.found.persons:
        if q.start >= p.start or q.start < para:
            continue
        q_chain = R.title_chain(text, q.start)
        q_first = q_chain[0][0] if q_chain else q.start
        if q_first == para and text[q.start : q.end] != text[p.start : p.end]:
            return bool(_OPENS_SPEECH.match(text, q.end))
    return False


def _in_speech(ctx: RuleContext, pos: int) -> bool:
    """True when ``pos`` is in a paragraph a speaker opens (NAME (TITLE) 表示|强调|指出|说，…): what is said there, no
    event of the article (王沪宁表示，今年5月，习近平主席同默茨总理通电话，…)."""
    text = ctx.text
    para = text.rfind("\n", 0, pos) + 1
    for q in ctx.found.persons:
        if q.start < para or q.start >= pos:
            continue
        chain = R.title_chain(text, q.start)
        if (chain[0][0] if chain else q.start) != para:
            return False
        t = _TITLE_AFTER.match(text, q.end)
        return bool(_OPENS_SPEECH.match(text, t.end() if t else q.end))
    return False


def attendance(ctx: RuleContext) -> None:
    """attended.v1: 出席|参加 + a named meeting after the one person of the sentence; names listed before
    出席|参加|列席 in list-only clauses."""
    persons, pids, meetings, mids = ctx.found.persons, ctx.person_ids, ctx.found.meetings, ctx.meeting_ids
    if not mids:
        return
    text = ctx.text
    entrusted = SpanIndex(m.span() for m in _ENTRUST.finditer(text))
    index = _Meetings(ctx)
    starts = [p.start for p in persons]  # sorted by offset
    # 出席|参加 + a named meeting: the one person of the sentence before it (习近平…赴巴厘岛出席…峰会)
    for k, mt in enumerate(meetings):
        # …the meeting followed by 的 is a clause of those who attend it, no verb of the subject's
        # (同列席…第十次会议的全国人大代表座谈交流, 接见参加…工作会议的全体使节)
        # (a delegation's deliberation: the deputy who comes to it, 来到他所在的山东代表团，同代表们一起审议)
        if (
            (
                text[mt.start - 2 : mt.start] in ("出席", "参加", "列席")
                or mt.source == R.DELIBERATION_SOURCE
                or (mt.source == R.AUDIENCE_SOURCE and text[mt.start - 2 : mt.start] == "陪同")  # 张又侠陪同接见
            )
            and not text.startswith("的", mt.end)
            and not R.guest_purpose(text, mt.start, mt.end)
            and not _in_speech(ctx, mt.start)  # 韩正表示，…习近平主席出席论坛第十届部长级会议开幕式…: told, not held
        ):
            s, _e = ctx.sentence(mt.start)
            before = [i for i in starting_between(starts, s, mt.start) if persons[i].end <= mt.start]
            # …陪同考察，…指导组负责同志参加汇报会, 乔石同志亲属、…家乡代表等参加座谈会: the verb's subject is a group
            # named after the one person, who is not it
            between = text[persons[before[-1]].end : mt.start - 2].rstrip("等") if before else ""
            if len(between) > 2 and _GROUP_SUBJECT.search(between):
                before = []
            if len({persons[i].text for i in before}) == 1:
                ctx.relate("ATTENDED", pids[before[0]], mids[k], persons[before[0]].start, "attended.v1")
            elif before and _NAME_LIST.fullmatch(
                re.sub("|".join(re.escape(persons[i].text) for i in before), "N", text[s : mt.start - 2])
            ):
                # 石泰峰、王东峰等参加会见: a clause that only lists names before 出席|参加, each one attends
                for i in before:
                    ctx.relate("ATTENDED", pids[i], mids[k], persons[i].start, "attended.v1")
            elif before and text[mt.start - 3] == "并" and _opens_sentence(ctx, persons[before[0]], s):
                # 吕军拜会武汉市委书记王忠林并出席…签约仪式: the sentence's subject goes on to attend
                ctx.relate("ATTENDED", pids[before[0]], mids[k], persons[before[0]].start, "attended.v1")
    # 出席开幕式的国际贵宾有：甲、乙…; 出席大会的还有：…: the persons listed after the colon attend the event named, or
    # the last one the article holds before (never one named inside the list: 委内瑞拉全国代表大会主席)
    for m in _ATTENDEE_LIST.finditer(text):
        named = [k for k, mt in enumerate(meetings) if m.start(1) <= mt.start < m.end(1)]
        mid = mids[named[0]] if named else index.held_before(m.start())
        if mid is None or _in_speech(ctx, m.start()):
            continue
        _s, e = ctx.sentence(m.start())
        listed = starting_between(starts, m.end(), e)
        # two names run together are one name the model cut (蒙古国总统呼日勒苏赫 read as 日勒, 苏赫): neither attends
        joined = {persons[i].end for i in listed} & {persons[i].start for i in listed}
        for i in listed:
            p = persons[i]
            if not entrusted.inside(p.start, p.end) and p.end not in joined and p.start not in joined:
                ctx.relate("ATTENDED", pids[i], mid, p.start, "attended.v1")
    # attendance: persons listed before 出席/参加/列席 in list-only clauses
    for m in _ATTEND.finditer(text):
        if _in_speech(ctx, m.start()):  # 韩正表示，…习近平主席出席…开幕式…: an attendance told, not a role here
            continue
        s, _e = ctx.sentence(m.start())
        if text.startswith(("仪式", "活动"), m.end()):
            # 出席仪式|活动: the one named in the sentence, else the ceremony or activity the article holds
            # (…集中签约仪式在婺源宾馆举行。…李瑞峰出席仪式并讲话); a ceremony or activity not held is no meeting
            in_sentence = starting_between(index.starts, s, _e)
            mid = mids[in_sentence[0]] if in_sentence else index.held_named(m.start(), text[m.end() : m.end() + 2])
        elif _RELATED_ACTIVITIES.match(text, m.end()):
            # 参加有关活动, 出席相关活动: the activities around the event the article holds
            # (开幕式后…。尹力参加有关活动), never an unnamed call (…分别会见使节团。…陈立参加有关活动: a tour's)
            mid = index.held_before(m.start()) or index.nearest(m.start())
            if mid in index.calls:
                continue
            # the activities are those told before (上述, 有关): a meeting named only after them is not one of
            # them (…陪同分别参加上述有关活动，…指导组负责同志参加汇报会)
            if not any(mids[k] == mid and mt.start < m.start() for k, mt in enumerate(meetings)):
                continue
        else:
            mid = index.nearest(m.start())
            # 同崔龙海会谈并共同出席“中朝友好年”开幕式活动: what is attended is named and is no call, so the call
            # of the sentence (an unnamed 会谈|会见) is not it
            obj = _OBJECT.match(text, m.end())
            if mid in index.calls and obj and obj.group(0) and not R.CALL_EVENT.search(obj.group(0)):
                continue
        if mid is None:
            continue
        clause_start = max(text.rfind(c, s, m.start()) for c in "，,：: \u3000") + 1
        lo = max(s, clause_start)
        # earlier clauses of the sentence that only list people (end with a name)
        while lo > s:
            prev = max(text.rfind(c, s, lo - 1) for c in "，,：:") + 1
            prev = max(prev, s)
            seg_persons = [persons[i] for i in starting_between(starts, prev, lo - 1) if persons[i].end <= lo - 1]
            seg = text[prev : lo - 1]
            # 在利雅得会见沙特王储兼首相穆罕默德，出席…大会: the one called on is no attendee of the subject's event
            if _CALLED_ON.search(seg):
                break
            # the clause ends with a name, or with 等 + a group word (周俊雄、叶水山等区四套班子领导), or it
            # only names a group of attendees (区监察委员会、区人民法院负责人): the list goes on
            group_only = bool(_GROUP_END.search(seg)) and not _CLAUSE_VERB.search(seg) and not _MEETING_WORD.search(seg)
            if not group_only and (
                not seg_persons
                or not (seg_persons[-1].end == lo - 1 or _ETC_GROUP.fullmatch(text, seg_persons[-1].end, lo - 1))
            ):
                break
            lo = prev
        # 李凤亮一行…，与党委书记李儒新、副校长江舸等进行座谈: those the subject talks with (after 与|同) are its
        # hosts, not attendees of a meeting (as 同…代表座谈 and 与…座谈交流 give them no role)
        if m.group(0).startswith(("进行", "举行")):
            talk_with = [c.start() for c in _TALK_WITH.finditer(text, lo, m.start())]
            lo_with = talk_with[-1] if talk_with else None
        else:
            lo_with = None
        for i in starting_between(starts, lo, m.start()):
            p = persons[i]
            if lo_with is not None and p.start > lo_with:
                continue
            if p.end <= m.start() and not entrusted.inside(p.start, p.end):
                if _ROLE_PRESIDE.match(text, p.end) and not text.startswith(("出席", "参加"), p.end):
                    continue
                # 乔石同志亲属、生前友好…参加座谈会: the relatives attend, not the one commemorated
                if _KIN_AFTER.match(text, p.end):
                    continue
                ctx.relate("ATTENDED", pids[i], mid, p.start, "attended.v1")


_SAID = re.compile(r"说[，,：:]")
_VISIT_VERBS = "来到|前往|深入|参观|考察|调研|视察|走访|慰问|看望"
_OTHER_EVENT = re.compile(r"会见|会谈|接见|见面|通电话|考察|调研|视察|走访|慰问|看望|参观")
_SAYS = re.compile(r"(?:同志)?(?:在[^，。；]{0,30}?[上中])?(?:表示|说)[，,：:]")


def said_at(ctx: RuleContext) -> None:
    """said_at.v1: NAME 表示，… after the person presided over or attended a meeting earlier in the article:
    what is said is said there (…王罗清…出席会议…。王罗清表示,本次“民营经济圆桌会”的目的…). Never for one
    who has no role yet (a resident, a speaker quoted elsewhere), nor in a paragraph of what the meeting said."""
    persons, pids, text = ctx.found.persons, ctx.person_ids, ctx.text
    roles: dict[str, list[tuple[int, str]]] = {}  # person id → (sentence start, meeting id) of earlier roles
    for r in ctx.relations:
        if r.type in ("PRESIDED", "ATTENDED"):
            roles.setdefault(r.source, []).append((r.evidence.start, r.target))
    spoken = {(r.source, r.target) for r in ctx.relations if r.type == "SPOKE_AT"}
    for i, p in enumerate(persons):
        t = _TITLE_AFTER.match(text, p.end)
        if not _SAYS.match(text, t.end() if t else p.end):
            continue
        para = text.rfind("\n", 0, p.start) + 1
        if _MEETING_SAYS.match(text, para):
            continue
        s, _e = ctx.sentence(p.start)
        earlier = [(start, mid) for start, mid in roles.get(pids[i], []) if start < s]
        # another event since (会见, 会谈, 考察…): what is said is said there (李强出席…论坛…会见…。李强表示)
        if earlier and _OTHER_EVENT.search(text, earlier[-1][0], s):
            continue
        if earlier and (pids[i], earlier[-1][1]) not in spoken:
            mid = earlier[-1][1]
            ctx.relate("SPOKE_AT", pids[i], mid, p.start, "said_at.v1")
            spoken.add((pids[i], mid))


# a guest's or host's appraisal clause before what is said: 苏林积极评价越中两党两国关系，表示愿…
_PRAISES_THEN_SAYS = re.compile(r"(?:(?:积极|高度)(?:评价|赞赏)|感谢|祝贺)[^，。；,;\n]{1,40}[，,]表示")
_AFTER_CALL = re.compile(r"会谈|接见|通电话|考察|调研|视察|走访|慰问|看望|参观")


def _says_at_call(ctx: RuleContext, p: Mention, since: int) -> bool:
    """True when ``p`` opens a clause of speech (NAME (TITLE) 表示|说 ，…, or after an appraisal: 积极评价…，表示)
    that is no paragraph of what a meeting said and follows no other event since ``since`` (考察, 会谈, 调研 …)."""
    text = ctx.text
    t = _TITLE_AFTER.match(text, p.end)
    at = t.end() if t else p.end
    if not (_SAYS.match(text, at) or _PRAISES_THEN_SAYS.match(text, at)):
        return False
    para = text.rfind("\n", 0, p.start) + 1
    return not _MEETING_SAYS.match(text, para) and all(
        _in_speech(ctx, x.start()) for x in _AFTER_CALL.finditer(text, since, p.start)
    )


def call_speakers(ctx: RuleContext) -> None:
    """said_at_call.v1: NAME (TITLE) 表示|说 ，… of a person named in the sentence that reports a call (会见, 会晤,
    拜会: host and guest), later in the article: what the host and the guest say is said at the call (姜异康会见了
    联合国秘书长潘基文一行。…潘基文表示,…). Never after another event (考察, 会谈, 调研 …), nor in a paragraph of
    what a meeting said."""
    persons, pids = ctx.found.persons, ctx.person_ids
    calls = [k for k, m in enumerate(ctx.found.meetings) if m.source == R.CALL_SOURCE]
    if not calls:
        return
    spoken = {(r.source, r.target) for r in ctx.relations if r.type == "SPOKE_AT"}
    starts = [p.start for p in persons]
    if len({ctx.meeting_ids[k] for k in calls}) > 1:
        _speakers_of_calls(ctx, calls, spoken)
        return
    for k in calls:
        call = ctx.found.meetings[k]
        s, e = ctx.sentence(call.start)
        party = {pids[i] for i in starting_between(starts, s, e)}
        mid = ctx.meeting_ids[k]
        for i, p in enumerate(persons):
            if p.start < e or pids[i] not in party or (pids[i], mid) in spoken:
                continue
            if not _says_at_call(ctx, p, e):
                continue
            ctx.relate("SPOKE_AT", pids[i], mid, p.start, "said_at_call.v1")
            spoken.add((pids[i], mid))


def _speakers_of_calls(ctx: RuleContext, calls: Sequence[int], spoken: set[tuple[str, str]]) -> None:
    """said_at_call.v1 where an article reports several calls: what a person says is said at the call named last
    before it (会见蒙特内格罗时，赵乐际表示…。蒙特内格罗表示: 会见蒙特内格罗), when the person is named in a sentence of
    that call (host or its guest). After a call word of a list (分别会见甲、乙, one call a guest) a guest's words are
    said at their own call only, the host's at each."""
    persons, pids, text, items = ctx.found.persons, ctx.person_ids, ctx.text, ctx.found.meetings
    starts = [p.start for p in persons]
    party: dict[str, set[str]] = {}
    for k in calls:
        s, e = ctx.sentence(items[k].start)
        party.setdefault(ctx.meeting_ids[k], set()).update(pids[i] for i in starting_between(starts, s, e))
    call_starts = [items[k].start for k in calls]
    for i, p in enumerate(persons):
        j = bisect_left(call_starts, p.start)
        if not j:
            continue
        last = calls[j - 1]
        group = [k for k in calls if items[k].start == items[last].start]
        name = text[p.start : p.end]
        own = [k for k in group if (g := items[k].attr("guest")) and (name in g or g in name)]
        for k in own or group:
            mid = ctx.meeting_ids[k]
            if pids[i] not in party[mid] or (pids[i], mid) in spoken:
                continue
            if not _says_at_call(ctx, p, items[last].end):
                continue
            ctx.relate("SPOKE_AT", pids[i], mid, p.start, "said_at_call.v1")
            spoken.add((pids[i], mid))


# 他|她 + a speech verb opening a sentence: 他表示，…, 他强调，… (after a clause of what was heard first:
# 听取委员发言后，他说，)
_PRONOUN_SAYS = re.compile(
    r"(?:^|(?<=[。；;\n]))(?:在?(?:听取|听了)[^，。；,;\n]{1,20}?后[，,])?[他她](?:还|也|又)?(?:强调|表示|指出|说)[，,：:]",
    re.M,
)


def pronoun_speakers(ctx: RuleContext) -> None:
    """said_by_pronoun.v1: 他|她 表示|强调|指出|说 ， opening a sentence right after one (of the same paragraph) that
    names one person and, after the name, a meeting or talk held there (not one only cited): the person speaks at
    it (在天开高教科创园，丁薛祥与创投机构、科创企业负责人座谈交流。他表示，…)."""
    persons, pids, text = ctx.found.persons, ctx.person_ids, ctx.text
    if not ctx.meeting_ids or not persons:
        return
    index = _Meetings(ctx)
    live = set(index.live)
    starts = [p.start for p in persons]
    spoken = {(r.source, r.target) for r in ctx.relations if r.type == "SPOKE_AT"}
    for m in _PRONOUN_SAYS.finditer(text):
        s, _e = ctx.sentence(m.start())
        if s == 0 or "\n" in text[max(0, s - 2) : s]:
            continue
        ps, pe = ctx.sentence(s - 1)
        named = [i for i in starting_between(starts, ps, pe) if persons[i].end <= pe]
        if not named or len({pids[i] for i in named}) != 1:
            continue
        first = persons[named[0]]
        held = [k for k in starting_between(index.starts, first.end, pe) if k in live]
        if not held:
            continue
        mid = index.ids[held[-1]]
        if (pids[named[0]], mid) not in spoken:
            ctx.relate("SPOKE_AT", pids[named[0]], mid, m.start(), "said_by_pronoun.v1")
            spoken.add((pids[named[0]], mid))


# an opening or start announced: 宣布2023年全国科技活动周暨北京科技周启动, 宣布火炬传递开始, 宣布大会开幕, with a mark
# after the verb (王沪宁宣布，中华人民共和国第十五届运动会闭幕)
_ANNOUNCE = re.compile(r"宣布[，,：:]?[^，。；,;：:“”\n]{0,40}?(?:开幕|闭幕|开始|启动|开班|开营)(?=[，。；,;\n]|$)")


def announcers(ctx: RuleContext) -> None:
    """announced_opening.v1: the one person of a sentence who 宣布…开幕|开始|启动 in it, at the meeting or ceremony of
    the article (…启动式…举办。…10时，丁薛祥前往主席台，宣布…科技周启动): the announcement is said there."""
    persons, pids, text = ctx.found.persons, ctx.person_ids, ctx.text
    if not ctx.meeting_ids or not persons:
        return
    index = _Meetings(ctx)
    starts = [p.start for p in persons]
    for m in _ANNOUNCE.finditer(text):
        s, _e = ctx.sentence(m.start())
        named = [i for i in starting_between(starts, s, m.start()) if persons[i].end <= m.start()]
        if not named or len({pids[i] for i in named}) != 1:
            continue
        para = text.rfind("\n", 0, s) + 1
        if _MEETING_SAYS.match(text, para):
            continue
        mid = index.nearest(m.start())
        if mid is not None:
            ctx.relate("SPOKE_AT", pids[named[0]], mid, persons[named[0]].start, "announced_opening.v1")


_LEAD_IN = re.compile(r"[0-9０-９一二三四五六七八九十年月日上下午晚当天,，\s]*")


def _opens_sentence(ctx: RuleContext, p: Mention, s: int) -> bool:
    """The person is the sentence's subject: only a date and the person's titles come before the name."""
    chain = R.title_chain(ctx.text, p.start)
    first = chain[0][0] if chain else p.start
    lead = _LEAD_IN.match(ctx.text, s)
    return lead is not None and lead.end() >= first


def participants(ctx: RuleContext) -> None:
    """participated_in.v1: 参加…PROGRAM…的 NAME (a trainee or participant)."""
    persons, pids, inits, iids = ctx.found.persons, ctx.person_ids, ctx.found.initiatives, ctx.initiative_ids
    text = ctx.text
    order = sorted(range(len(inits)), key=lambda j: (inits[j].start, j))  # by offset, then as listed
    starts = [inits[j].start for j in order]
    for i, p in enumerate(persons):
        s, _ = ctx.sentence(p.start)
        seg = text[max(s, p.start - 40) : p.start]
        k = seg.rfind("参加")
        if k < 0 or "的" not in seg[k:]:
            continue
        for j in sorted(order[n] for n in starting_between(starts, max(s, p.start - 40) + k + 1, p.start)):
            ctx.relate("PARTICIPATED_IN", pids[i], iids[j], p.start, "participated_in.v1")


# a clause with no subject of its own that presides over or attends a meeting named right after the verb
# (…赵乐际前往…，并到企业调研；在市人大机关考察预算监督等工作，主持召开座谈会; 韩正访问沙特，…，出席…大会并发表演讲)
_SUBJECTLESS = re.compile(r"(?<=[，,；;])(?:并|还|随后)?(?:(主持召开|主持)|(?:出席|参加)了?)")
# …and speaks there: 并发表演讲, 并发表重要讲话, 并致辞
_SPEAKS_AFTER = re.compile(r"并(?:发表|作)了?(?:重要|主旨|主题)?(?:讲话|演讲|致辞)|并(?:讲话|致辞)")
_FULL_STOP = "。！？!?\n"


def _called_on(text: str, p: Mention, lo: int) -> bool:
    """True when a verb of calling on (会见, 会晤, 拜会, 接见) opens the person's clause before the name: the person
    is the one called on (…在利雅得会见沙特王储兼首相穆罕默德), not the sentence's subject."""
    clause = max(lo, *(text.rfind(c, lo, p.start) + 1 for c in "，,；;：:"))
    return bool(_CALLED_ON.search(text, clause, p.start))


def carried_subjects(ctx: RuleContext) -> None:
    """carried_subject.v1: a clause with no subject of its own (，主持召开…座谈会; ，出席…大会并发表演讲) whose
    verb takes a meeting named right after it: the role is the subject's, the one person the whole sentence (to
    。, across ；) names before it, those called on (会见 + the guest) not counted."""
    persons, pids, text = ctx.found.persons, ctx.person_ids, ctx.text
    if not ctx.meeting_ids or not persons:
        return
    index = _Meetings(ctx)
    meetings = ctx.found.meetings
    at = {m.start: k for k, m in enumerate(meetings)}
    starts = [p.start for p in persons]
    for m in _SUBJECTLESS.finditer(text):
        k = at.get(m.end())
        if k is None or index.cited[k] or text.startswith("的", meetings[k].end):
            continue
        lo = max(text.rfind(c, 0, m.start()) for c in _FULL_STOP) + 1
        para = text.rfind("\n", 0, m.start()) + 1
        if _MEETING_SAYS.match(text, para) or _in_speech(ctx, m.start()):
            continue
        before = [i for i in starting_between(starts, lo, m.start()) if persons[i].end <= m.start()]
        subjects = [i for i in before if not _called_on(text, persons[i], lo)]
        if not subjects or len({pids[i] for i in subjects}) != 1:
            continue
        i, mid = subjects[0], index.ids[k]
        ctx.relate("PRESIDED" if m.group(1) else "ATTENDED", pids[i], mid, m.start(), "carried_subject.v1")
        if _SPEAKS_AFTER.match(text, meetings[k].end):
            ctx.relate("SPOKE_AT", pids[i], mid, m.start(), "carried_subject.v1")
