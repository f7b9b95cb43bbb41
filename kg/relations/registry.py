"""The rule registry: every extraction rule as one record, and the engine that runs the relation rules.

A record says what an evidence's or a mention's rule id means: the id (stable, versioned), what it
produces, the pattern it reads, the word list that triggers it (``kg/lexicon/<trigger>.txt``), the
function that applies it and real examples with the output they must give (checked by
tests/test_registry.py through the real LAC backend). Mention rules (``find``) run inside the
mention stage (kg.relations.mentions), in the order their inputs require; relation rules
(``apply``) are run by :func:`run`, in registry order. Adding a rule is adding a record (and its
function); a function may only emit the ids of the records that name it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from kg.ingest import find_credits
from kg.ner import rules as R
from kg.relations import mentions, organizations, positions, roles, visits
from kg.relations.context import RuleContext, parent_bodies

RuleFn = Callable[[RuleContext], None]


@dataclass(frozen=True)
class Example:
    """A real text and what the rule must produce from it.

    Each ``expect`` item is ``(source, TYPE, target)`` for a relation whose evidence carries the rule
    id (target of REPORTED/PHOTOGRAPHED: the article id ``example``), or ``(Label, name)`` for an
    entity with a mention the rule found."""

    text: str
    expect: tuple[tuple[str, ...], ...]
    origin: str  # where the text was taken from, under ../shared
    date: str = "2022-06-04"  # the article's day: a session is held only on its own days


@dataclass(frozen=True)
class Rule:
    """One extraction rule."""

    id: str  # stable versioned id, as written in Evidence.rule and Mention.source ("rules:<id>")
    produces: tuple[str, ...]  # relation types and mention labels
    pattern: str  # what the rule reads, in words and regex fragments
    examples: tuple[Example, ...]
    apply: RuleFn | None = None  # the relation rule function the engine runs
    find: Callable[..., Any] | None = None  # the mention finder, for rules that find mentions
    trigger: str | None = None  # the word list (kg/lexicon) holding its trigger words
    also_applied_by: tuple[RuleFn, ...] = ()  # further functions that emit this id

    def emitters(self) -> tuple[RuleFn, ...]:
        """Every function allowed to emit this rule's id."""
        return ((self.apply,) if self.apply else ()) + self.also_applied_by

    def as_dict(self) -> dict[str, Any]:
        """The record as plain data (``kg rules --json``)."""
        return {
            "id": self.id,
            "produces": list(self.produces),
            "pattern": self.pattern,
            "trigger": self.trigger,
            "function": _qualname(self.apply or self.find),
            "examples": [
                {"text": x.text, "expect": [list(e) for e in x.expect], "origin": x.origin} for x in self.examples
            ],
        }


def _qualname(fn: Callable[..., Any] | None) -> str | None:
    return f"{fn.__module__}.{fn.__qualname__}" if fn else None


def _ex(text: str, origin: str, *expect: tuple[str, ...], date: str = "2022-06-04") -> Example:
    return Example(text, tuple(expect), origin, date)


# the headline of ../shared/corpus/xuchang-daily/2022-06-04-p1.txt: roles in a title, no sentence end
_XC_HEADLINE = (
    "全市领导干部会议暨创新驱动制造业高质量发展会议召开 奋战六月份 答好“期中卷” 力争实现时间任务“双过半”\n\n"
    "史根治刘涛讲话 马正兰王堃刘保新等参加"
)
W = "gold/wide/texts/"

RULES: tuple[Rule, ...] = (
    # --- mention rules (kg.ner.rules, kg.ingest.bylines, kg.relations.mentions) ---------------------
    Rule(
        "meeting_name.v1",
        ("Meeting",),
        "scope (全市|X市|区委|第N次|党的…) + name run + meeting head (会议|大会|常委会|全会|例会|读书班…); 暨 joins; "
        "a name of 8 characters or more found, written again after where the name ends (…并在2023年度驻外使节工作会议"
        "上讲话), is a mention too; "
        "召开|举行|出席“NAME + head”: the quoted name (after 召开了|出席了 too); 召开|举行的 NAME; "
        "召开|举行|出席|参加 + a head alone (会商会, "
        "座谈会, 汇报会, not 会议) closing its clause when the article names no meeting of that head; never a count "
        "(100场) nor 会议活动; "
        "以…为主题的 opening a clause before NAME 在…举行; 进行 before 第N次 no part of the name "
        "(进行|第十九次专题学习); 召开|举行|举办|出席|参加|列席 + 了 + NAME (、 kept) + head; a model organization "
        "ending inside the head is no body (外友好界委员联|组会, kg.relations.mentions); a body of two parties "
        "joined by a dash keeps both in the name (中国—沙特高级别联合委员会第四次会议); "
        "an opening or closing "
        "(开幕式|闭幕式) is a part of its event: NAME + 开幕式 is the meeting NAME when NAME ends in a meeting head "
        "(…峰会开幕式: the summit), else named whole (第十五届全运会闭幕式); a bare one (开幕式, 大会闭幕式) is no "
        "node of its own when the article names another event not only cited (the congress that 胜利闭幕), else the "
        "opening of the event the article reports opened (X(N日)(在…)(隆重)开幕 → X开幕式, that report its mention); "
        "a quoted theme opening the clause of a name held after it (召开|举行|举办|开幕…) starts the name, "
        "names inside the quote no bar (“把雷锋精神代代传承下去——纪念…”座谈会…在京召开); the place run of a scope "
        "holds no stop character (贯彻中央和|市委统战工作会议, 研讨班和|市委常委会(扩大)会议)",
        (
            _ex(  # 和 ends the run before a scope: the meeting is the committee's, not 研讨班和市委…
                "传达学习省委十一届七次全体会议、省管主要领导干部学习贯彻习近平总书记在福建考察时的重要讲话精神专题研讨班"
                "和市委常委会(扩大)会议精神,部署我区贯彻落实措施。",
                "corpus/pages/p11_ctxww_20241207.txt",
                ("Meeting", "市委常委会(扩大)会议"),
            ),
            _ex(  # two parties joined by a dash: the first one is no prefix left out
                "国务院总理李强乘包机抵达位于沙特首都利雅得的哈立德国王国际机场，将主持召开中国—沙特高级别联合委员会第四次会议"
                "并正式访问沙特。",
                "corpus/xwlb/20240911_06.txt",
                ("Meeting", "中国—沙特高级别联合委员会第四次会议"),
            ),
            _ex(  # 参加了 + a 、-list of sectors + 联组会 (a CPPCC sectors' joint group meeting)
                "央视网消息（新闻联播）：中共中央政治局常委、全国人大常委会委员长赵乐际参加了致公党、侨联、对外友好界委员联组会。",
                "corpus/xwlb/20250306_06.txt",
                ("Meeting", "致公党、侨联、对外友好界委员联组会"),
            ),
            _ex(
                "6月3日,全市领导干部会议暨创新驱动制造业高质量发展会议召开。",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("Meeting", "全市领导干部会议暨创新驱动制造业高质量发展会议"),
            ),
            _ex(  # a collective study on a theme (专题学习 a head), held after 进行
                "央视网消息（新闻联播）：4月20日，国务院以“统筹能源安全和绿色低碳转型，加快建设新型能源体系”为主题，"
                "进行第十九次专题学习。",
                "corpus/xwlb/20260420_03.txt",
                ("Meeting", "第十九次专题学习"),
            ),
            _ex(
                "6月13日下午,我县召开新冠肺炎疫情防控和当前重点工作调度会,传达省市疫情防控工作有关精神,听取各乡镇(街道)和"
                "相关部门常态化疫情防控、招商引资、违法占地图斑整改、三夏生产等工作情况汇报。",
                W + "w04.txt",
                ("Meeting", "新冠肺炎疫情防控和当前重点工作调度会"),
            ),
            _ex(
                "吕军拜会武汉市委书记王忠林并出席大悦城控股与武汉地铁集团、中粮粮谷与武汉市蔡甸区人民政府战略合作签约仪式",
                W + "w22.txt",
                ("Meeting", "大悦城控股与武汉地铁集团、中粮粮谷与武汉市蔡甸区人民政府战略合作签约仪式"),
            ),
            _ex(  # held by 举办; 志愿 is a word, not the verb 愿
                "3月3日,在第60个学雷锋纪念日即将到来之际,虹口团区委举办“青春志愿行,共建梦之城”虹口区优秀青年志愿服务表扬会。",
                W + "w30.txt",
                ("Meeting", "“青春志愿行,共建梦之城”虹口区优秀青年志愿服务表扬会"),
            ),
            _ex(  # 年会 a head: a forum's annual meeting is named to it, not cut at 论坛
                "央视网消息（新闻联播）：2026中关村论坛年会25日在京开幕。中共中央政治局常委、国务院副总理丁薛祥出席开幕式并致辞。",
                "corpus/xwlb/20260325_05.txt",
                ("Meeting", "2026中关村论坛年会"),
            ),
            _ex(  # a meeting coordinated by 和 with a named one
                "25日至26日,重庆市委四届二次全会和经济工作会两个重要会议一并召开,会期压缩到一天半。",
                W + "w14.txt",
                ("Meeting", "经济工作会"),
            ),
            _ex(  # 了 between the verb and a name that opens with a quote
                "5月31日早上,杜桥社区召开了“街社吹哨、部门报道”工作落实暨社区党建工作联合会第二季度全体会议,"
                "社区党支部书记刘爱辉同志主持会议。",
                "corpus/pool/p018.txt",
                ("Meeting", "“街社吹哨、部门报道”工作落实暨社区党建工作联合会第二季度全体会议"),
            ),
            _ex(  # a theme (以…为主题的) between the verb and the name; a 团日活动 is an event held
                "4月29日下午,我市举行以“青春有你、最美战‘疫’90后”为主题的一把手与青年面对面暨2020年“五四”特别主题团日活动。"
                "市委书记童定干出席活动并讲话,市委副书记吕平主持活动。",
                "corpus/pool/p022.txt",
                ("Meeting", "一把手与青年面对面暨2020年“五四”特别主题团日活动"),
            ),
            _ex(  # a bracketed qualifier inside the name; 民主生活会 (生活会) is a meeting head
                "11月25日,市政协机关党组召开市委第五提级(交叉)巡察组巡察政协机关反馈问题整改专题民主生活会,"
                "市政协秘书长、机关党组书记朱国发主持会议。",
                "corpus/pool/p035.txt",
                ("Meeting", "市委第五提级(交叉)巡察组巡察政协机关反馈问题整改专题民主生活会"),
            ),
            _ex(  # a term's opening ceremony (典礼) is an event held
                "9月18日,区委党校举行2016年秋季开学典礼。区委副书记周金林作动员讲话,区委常委、组织部部长董依雯主持开学典礼。",
                "corpus/pool/p036.txt",
                ("Meeting", "2016年秋季开学典礼"),
            ),
            _ex(  # 新一届 is part of the scope (never 一届…)
                "收到习主席复信的其他非洲国家学者表示，新一届中非合作论坛峰会恰逢其时，构建高水平中非命运共同体将使整个非洲、"
                "中国乃至全世界受益",
                "corpus/xwlb/20240901_10.txt",
                ("Meeting", "新一届中非合作论坛峰会"),
            ),
            _ex(  # after 召开 a verb of reading begins the name
                "11月20日,金明街道妇联组织召开传达学习中国妇女第十二次全国代表大会精神暨妇女表彰大会,区妇联副主席苏小艳出席会议。",
                W + "w28.txt",
                ("Meeting", "传达学习中国妇女第十二次全国代表大会精神暨妇女表彰大会"),
            ),
            _ex(  # a training class (研修班) held by 开班, after 顺利
                "本网讯 9月12日上午,全面加强城市基层党建工作专题研修班在我校海兴教学楼201教室顺利开班。",
                "corpus/pool/p037.txt",
                ("Meeting", "全面加强城市基层党建工作专题研修班"),
            ),
            _ex(  # two characters after 召开 name the meeting when the clause ends there
                "2020年5月29日,工业和信息化部召开干部大会,工业和信息化部党组书记、部长苗圩同志传达全国“两会”精神。",
                "corpus/pool/p041.txt",
                ("Meeting", "干部大会"),
            ),
            _ex(  # the CPPCC's full name is a scope: the session is named whole, never from 协商会议
                "中国人民政治协商会议第十一届全国委员会第四次会议3日下午在人民大会堂开幕。",
                "corpus/pool/p013.txt",
                ("Meeting", "全国政协十一届四次会议"),
            ),
            _ex(  # 作 of 作…报告 ends what runs before a numbered meeting (a photo caption's title and name)
                "县委副书记廖桂生主持开幕式、闭幕式\n县委副书记唐山原作第十次党代会筹备工作报告\n",
                W + "w13.txt",
                ("Meeting", "第十次党代会"),
            ),
            _ex(  # 和 after a congress joins two meetings, not two topics of one name
                "中央军委主席习近平近日在福建考察时强调，福建要深入贯彻党的二十大和二十届三中全会精神",
                "corpus/xwlb/20241016_01.txt",
                ("Meeting", "党的二十届三中全会"),
            ),
            _ex(  # 决定 ends what runs before a name, and a city's district is named with its city
                "会议决定嘉兴市南湖区第十届人民代表大会第四次会议于2025年3月25日召开",
                "corpus/pool/p008.txt",
                ("Meeting", "嘉兴市南湖区第十届人民代表大会第四次会议"),
            ),
            _ex(  # a theme opening the clause of the name the verb after it holds (a quoted theme may hold a comma)
                "本报北京4月27日电(中青报·中青网记者刘世昕实习生黄馨瑶)今天,以“百年风华正青春,决胜冬奥共成长”为主题的"
                "冬奥青年出征大会在首钢滑雪大跳台举行。",
                "corpus/pool/p021.txt",
                ("Meeting", "冬奥青年出征大会"),
            ),
            _ex(  # a clause's subject held by the verb after it keeps its 、
                "不断加强和改进检察工作,市检察院征求市人大代表、市政协委员意见建议座谈会于12月12日在我院召开。",
                "corpus/pool/p046.txt",
                ("Meeting", "市检察院征求市人大代表、市政协委员意见建议座谈会"),
            ),
            _ex(  # a head that says what the meeting is, held with no name before it (traditional script)
                "本站訊 近日,湖北省水利廳黨組書記、廳長周漢奎主持召開會商會,深入貫徹落實習近平總書記等中央領導"
                "關于長寧地震重要指示批示及全國重點地區防汛抗旱工作會議精神,分析當前水旱災害防御形勢,安排部署下步工作。",
                "corpus/pool/p048.txt",
                ("Meeting", "会商会"),
            ),
            _ex(  # …and so is one attended (出席|参加汇报会): the report meeting a leader hears
                "5月17日，习近平在西安主持中国－中亚峰会前夕，专门听取陕西省委和省政府工作汇报，省委书记赵一德汇报，"
                "省长赵刚等参加汇报会。\n中共中央政治局常委、中央办公厅主任蔡奇出席汇报会并陪同考察。",
                "corpus/xwlb/20230517_01.txt",
                ("Meeting", "汇报会"),
            ),
            _ex(  # a press conference held (traditional script)
                "今天,濟南市委、市政府召開新聞發布會,通報從即日起,濟南市級領導調研活動和一般性會議活動,不再單獨報道,"
                "更多版面、鏡頭和聲音將留給群眾。",
                "corpus/pool/p051.txt",
                ("Meeting", "新闻发布会"),
            ),
            _ex(  # 举行的 + name (not 举办的, which hosts classes and activities as well)
                "徐和建在2日举行的北京市新冠肺炎疫情防控新闻发布会上表示,北京作为首都,疫情防控关系党和国家工作大局,"
                "关系全国疫情防控大局。",
                "corpus/pool/p052.txt",
                ("Meeting", "北京市新冠肺炎疫情防控新闻发布会"),
            ),
            _ex(  # a launch ceremony (启动式) is an event held; 暨 joins the two weeks it launches, no name 周暨
                "央视网消息（新闻联播）：2023年全国科技活动周暨北京科技周启动式5月20日在京举办。"
                "中共中央政治局常委、国务院副总理丁薛祥出席启动式。",
                "corpus/xwlb/20230520_04.txt",
                ("Meeting", "全国科技活动周暨北京科技周启动式"),
            ),
            _ex(  # a launch ceremony written 启动仪式
                "央视网消息（新闻联播）：成都第31届世界大学生夏季运动会火炬传递启动仪式10日在京举行。",
                "corpus/xwlb/20230610_05.txt",
                ("Meeting", "成都第31届世界大学生夏季运动会火炬传递启动仪式"),
            ),
            _ex(  # a tribute ceremony (敬献花篮仪式) held; 向 + whom inside its name
                "央视网消息（新闻联播）：天地英雄气，千秋尚凛然。烈士纪念日向人民英雄敬献花篮仪式30日上午在北京天安门广场隆重举行。",
                "corpus/xwlb/20220930_01.txt",
                ("Meeting", "烈士纪念日向人民英雄敬献花篮仪式"),
            ),
            _ex(  # a closing ceremony the subject of 举行 (games are no meeting: named whole)
                "央视网消息（新闻联播）：21日晚，第十五届全运会闭幕式在深圳前海欢乐剧场举行。",
                "corpus/xwlb/20251122_04.txt",
                ("Meeting", "第十五届全运会闭幕式"),
            ),
            _ex(  # the opening of a meeting is that meeting
                "央视网消息（新闻联播）：中共中央政治局常委、国务院副总理丁薛祥20日上午在浙江乌镇出席2024年世界互联网大会"
                "乌镇峰会开幕式并发表主旨讲话。",
                "corpus/xwlb/20241120_07.txt",
                ("Meeting", "2024年世界互联网大会乌镇峰会"),
            ),
            _ex(  # a bare opening: of the event the article reports opened
                "第十九届亚洲运动会23日晚在浙江省杭州市隆重开幕。国家主席习近平出席开幕式并宣布本届亚运会开幕。\n"
                "蔡奇、丁薛祥，以及来自亚洲各地的领导人和贵宾等出席开幕式。",
                "corpus/xwlb/20230924_01.txt",
                ("Meeting", "第十九届亚洲运动会开幕式"),
            ),
            _ex(  # a quote opening the name after 出席了 is inside it; the opening of no meeting is named whole
                "4月1日上午,副市长程用文、日本大分市市长佐藤树一郎出席了“日本大分周”开幕式。",
                "corpus/pool/p053.txt",
                ("Meeting", "“日本大分周”开幕式"),
            ),
            _ex(  # a quoted theme opening the clause, names inside it; 举办 after a name holds it
                "“把雷锋精神代代传承下去——纪念毛泽东等老一辈革命家为雷锋同志题词六十周年”座谈会2月23日在京召开。",
                "corpus/xwlb/20230223_01.txt",
                ("Meeting", "“把雷锋精神代代传承下去——纪念毛泽东等老一辈革命家为雷锋同志题词六十周年”座谈会"),
            ),
            _ex(
                "今天（5月29日），2025中国—上海合作组织人工智能合作论坛在天津举办。",
                "corpus/xwlb/20250529_10.txt",
                ("Meeting", "2025中国—上海合作组织人工智能合作论坛"),
            ),
            _ex(  # a consultation meeting (协商会) held, its long quoted theme (with a comma) right after 召开
                "央视网消息（新闻联播）：全国政协12日在京召开“统筹城乡融合发展，全面推进乡村振兴”专题协商会，"
                "中共中央政治局常委、全国政协主席王沪宁出席会议并讲话。",
                "corpus/xwlb/20230712_04.txt",
                ("Meeting", "“统筹城乡融合发展，全面推进乡村振兴”专题协商会"),
            ),
        ),
        find=R.find_meetings,
        trigger="meeting_heads",
    ),
    Rule(
        "unnamed_meeting.v1",
        ("Meeting",),
        "进行|举行|参加 座谈, (召开的|举行的)座谈会上, 在座谈时, with no named 座谈会 in the article → "
        "座谈会（article date or id）; 作宣讲报告, (今天|N日)在PLACE宣讲…精神 → 宣讲报告会（article date or id）",
        (
            _ex(  # a lecture on a day at a place (宣讲 as the verb): the same lecture meeting
                "中央宣讲团成员、国务委员谌贻琴11月6日在人力资源社会保障部宣讲党的二十届四中全会精神。",
                "corpus/xwlb/20251107_06.txt",
                ("Meeting", "宣讲报告会（2022-06-04）"),
            ),
            _ex(  # a lecture given is given at a lecture meeting, one per article as the talks
                "中央宣讲团成员、中央社会工作部部长吴汉圣在合肥作宣讲报告。",
                "corpus/xwlb/20240803_05.txt",
                ("Meeting", "宣讲报告会（2022-06-04）"),
            ),
            _ex(
                "座谈会上,宋骥对齐乐镇项目建设工作表示了充分肯定。",
                W + "w18.txt",
                ("Meeting", "座谈会（2022-06-04）"),
            ),
            _ex(
                "在随后召开的座谈会上,黄剑东指出,市县政协是联系基层、联系群众、联系实际的基础单元。",
                "corpus/pool/p012.txt",
                ("Meeting", "座谈会（2022-06-04）"),
            ),
            _ex(  # 在座谈中: the talks held during a visit
                "每到一处,王学武都与企业负责人及其班子深入座谈,咨询企业去年经营状况和今年发展规划。王学武在座谈中表示,"
                "市委政府将一如既往地支持工业发展。",
                "corpus/pool/p014.txt",
                ("Meeting", "座谈会（2022-06-04）"),
            ),
        ),
        find=R.find_meetings,
    ),
    Rule(
        "call_meeting.v1",
        ("Meeting",),
        "会见|会晤|拜会|会谈 as a verb in the headline or first sentence of an article that names no meeting there "
        "(one named only later, in what the host or the guest says, is told, not held) → one "
        "unnamed event, 会见（article date or id）, for every 会见|会晤|拜会|会谈 of it; a meeting named as a guest's "
        "purpose in coming (会见来华出席…峰会的…总统: 来华|来京|访华 + 出席|参加 … 的; 为出席|为参加 + it + 的 + "
        "贵宾|嘉宾|外宾, the guests a host honours) is no meeting of the article's, "
        "only cited, and none attends it; calls with different guests (会见X, 同Y会谈: the first person after the "
        "verb, or after 同|与 before it) are different events, each named by its call as written with its guest, "
        "会见X（date or id）; a call word with no guest is the one before, but one with words after it and no person "
        "found there (在会见别克捷诺夫时, a name the model missed) keeps the article's calls one event; a call "
        "word of a list (分别会见甲、乙和丙; 同甲、乙分别举行会谈) is the call of each guest listed, a later call "
        "word whose guest is no person found (在会见别克捷诺夫时) is the call of the guest whose list item it "
        "ends (哈萨克斯坦总理别克捷诺夫; never a title), an item whose person is missed (蒙古国总理乌其尔勒) the call "
        "of the guest it ends with, named by a call of its own, and a list naming no person (the headline's "
        "分别会见几内亚总理、哈萨克斯坦总理…) every guest's call when its items are as many as the article's guests; "
        "a list after two hosts (甲、乙分别会见丙和丁; an inviter, 应…邀请, is no host) is none; 会见(中外)?记者 is a "
        "press meeting, its guest the press, an event apart from the talks before it (会谈后共同会见记者)",
        (
            _ex(  # a list of guests: one call each, the headline's list of titles too
                "标题：赵乐际分别会见塞尔维亚总统、韩国国会议长\n"
                "央视网消息（新闻联播）：4日上午，赵乐际在北京分别会见来华出席纪念中国人民抗日战争暨世界反法西斯战争胜利80周年"
                "活动的塞尔维亚总统武契奇和韩国国会议长禹元植。",
                "corpus/xwlb/20250904_10.txt",
                ("Meeting", "会见武契奇（2022-06-04）"),
                ("Meeting", "会见禹元植（2022-06-04）"),
            ),
            _ex(  # traditional script; the secretary's welcome at it is said there
                "4月8日,省委書記、省人大常委會主任王曉暉,省委副書記、省長黃強在成都會見來川參訪的外國駐華使節代表團一行。\n"
                "會見中,王曉暉代表省委、省政府向代表團一行表示歡迎,并簡要介紹了我省經濟社會發展情況。",
                "corpus/pool/p054.txt",
                ("Meeting", "会见（2022-06-04）"),
            ),
            _ex(  # talks (会谈) are a call as well
                "标题：赵乐际同哈萨克斯坦议会下院议长举行会谈\n"
                "央视网消息（新闻联播）：全国人大常委会委员长赵乐际25日下午在人民大会堂同哈萨克斯坦议会下院议长科沙诺夫举行会谈。",
                "corpus/xwlb/20240425_05.txt",
                ("Meeting", "会谈（2022-06-04）"),
            ),
            _ex(  # a meeting named after the lead, in what the host says, leaves the talks the article's event
                "标题：赵乐际同秘鲁国会主席举行会谈\n"
                "央视网消息（新闻联播）：全国人大常委会委员长赵乐际6日下午在人民大会堂同秘鲁国会主席萨卢安纳举行会谈。\n"
                "赵乐际表示，不久前，习近平主席赴秘鲁出席亚太经合组织第三十一次领导人非正式会议并对秘鲁进行国事访问。",
                "corpus/xwlb/20250106_04.txt",
                ("Meeting", "会谈（2022-06-04）"),
            ),
            _ex(  # the forum the guest came for names no meeting of the article's: the call is its event
                "标题：李强会见柬埔寨首相\n"
                "央视网消息（新闻联播）：国务院总理李强17日在京会见来华出席第三届“一带一路”国际合作高峰论坛的柬埔寨首相洪玛奈。",
                "corpus/xwlb/20231018_07.txt",
                ("Meeting", "会见（2022-06-04）"),
            ),
            _ex(  # talks, then the press met: two events
                "标题：习近平同匈牙利总理共同会见记者\n"
                "央视网消息（新闻联播）：当地时间5月9日下午，国家主席习近平在布达佩斯总理府同匈牙利总理欧尔班会谈后共同会见"
                "记者。",
                "corpus/xwlb/20240510_04.txt",
                ("Meeting", "会见记者（2022-06-04）"),
                ("Meeting", "同欧尔班会谈（2022-06-04）"),
            ),
            _ex(  # two calls and a talk of one visit: three events
                "央视网消息（新闻联播）：应葡萄牙议长阿吉亚尔-布兰科邀请，全国人大常委会委员长赵乐际11月21日至23日对葡萄牙"
                "进行正式友好访问，在里斯本分别会见葡萄牙总统德索萨、总理蒙特内格罗，同议长阿吉亚尔-布兰科举行会谈。\n"
                "会见蒙特内格罗时，赵乐际表示，中方愿同葡方共同努力。",
                "corpus/xwlb/20241124_03.txt",
                ("Meeting", "会见蒙特内格罗（2022-06-04）"),
            ),
        ),
        find=R.find_meetings,
    ),
    Rule(
        "delegation_deliberation.v1",
        ("Meeting",),
        "参加X(代表)团审议 / 来到他所在的X代表团，同代表们一起审议 → the meeting X代表团审议 (one per delegation, "
        "dated by the article); it takes the roles of its own sentence only: 参加 is ATTENDED, 在参加…审议时说 "
        "SPOKE_AT",
        (
            _ex(  # a deputy's delegation: the vice-premier comes to deliberate with it, and what he says is said there
                "央视网消息（新闻联播）：国务院副总理韩正5日下午来到他所在的山东代表团，同代表们一起审议政府工作报告。\n"
                "在听取代表发言后，韩正表示，完全赞成李克强总理所作的政府工作报告。",
                "corpus/xwlb/20230305_06.txt",
                ("Meeting", "山东代表团审议"),
            ),
            _ex(  # each leader at his own delegation's sitting (the short 团 too)
                "中共中央政治局委员李鸿忠在参加甘肃团审议时说，在以习近平同志为核心的党中央坚强领导下，我国取得疫情防控重大"
                "决定性胜利。",
                "corpus/xwlb/20230306_10.txt",
                ("Meeting", "甘肃团审议"),
            ),
        ),
        find=R.find_meetings,
    ),
    Rule(
        "audience_event.v1",
        ("Meeting",),
        "接见 (not 接见厅|室|场) in an article that writes its attendance (参加接见, 陪同接见) → one unnamed event "
        "held, 接见（article date or id）, every 接见 of the article a mention; it takes the roles of its own sentence "
        "only "
        "(接见…并发表重要讲话 SPOKE_AT; 参加接见, 陪同接见 ATTENDED)",
        (
            _ex(
                "中共中央总书记、国家主席、中央军委主席习近平29日在北京人民大会堂接见参加2023年度驻外使节工作会议的全体"
                "使节并发表重要讲话。\n中共中央政治局常委、中央办公厅主任蔡奇参加接见。",
                "corpus/xwlb/20231229_03.txt",
                ("Meeting", "接见（2022-06-04）"),
            ),
        ),
        find=R.find_meetings,
    ),
    Rule(
        "meeting_of_body.v1",
        ("Meeting",),
        "BODY (常务委员会|常委会|党组|党委|领导小组…) (date) 召开|举行 会议 → the meeting BODY会议",
        (
            _ex(
                "新华社北京1月7日电 中共中央政治局常务委员会1月7日全天召开会议,听取全国人大常委会、国务院、全国政协、"
                "最高人民法院、最高人民检察院党组工作汇报,听取中央书记处工作报告。",
                W + "w40.txt",
                ("Meeting", "中共中央政治局常务委员会会议"),
            ),
        ),
        find=R.find_meetings,
    ),
    Rule(
        "quoted_initiative.v1",
        ("Initiative",),
        "“NAME” followed by a program head noun (改革|建设|活动|工作机制|体系|工作法|行动|工程|负责制…), and a quote "
        "coordinated with (和|与|及|、|暨) or right before a headed one; not after "
        "停止|所谓 in its clause (停止在黎巴嫩的所谓“代理人”行动), nor “NAME”活动 held (…举行|开幕|闭幕 in its clause: "
        "2026“世界市长对话·西安”活动在陕西西安举行, an event)",
        (
            _ex(
                "深化“放管服效”改革,加强信用体系建设。",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("Initiative", "“放管服效”改革"),
            ),
            _ex(  # a responsibility system (负责制) named by its quoted object and its holder
                "一要压实“米袋子”省长负责制、“菜篮子”市长负责制，及时做好市场调配，抓好其他重要民生商品供销对接。",
                "corpus/xwlb/20230104_03.txt",
                ("Initiative", "“米袋子”省长负责制"),
                ("Initiative", "“菜篮子”市长负责制"),
            ),
            _ex(  # a quote right before a headed quote shares its head
                "更好统筹能源保供和绿色转型，做好“煤改气”“煤改电”后续工作，确保群众安全温暖过冬。",
                "corpus/xwlb/20251122_05.txt",
                ("Initiative", "“煤改气”"),
                ("Initiative", "“煤改电”后续工作"),
            ),
        ),
        find=R.find_initiatives,
        trigger="program_heads",
    ),
    Rule(
        "numbered_slogan.v1",
        ("Initiative",),
        "强化|推进|落实… “<numeral>…” (a numbered slogan, at most 8 characters)",
        (
            _ex(
                "强化“五预联动”,坚决守住不发生群死群伤事故的金标准。",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("Initiative", "“五预联动”"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "quoted_mechanism_list.v1",
        ("Initiative",),
        "“NAME”等…机制|模式|做法|举措",
        (
            _ex(
                "落实好专班推进、“周交办、月讲评”等行之有效的机制。",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("Initiative", "“周交办、月讲评”"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "quoted_program.v1",
        ("Initiative",),
        "实施|开展|落实|打好|创建|出台|巡察|巡视… + “NAME” (at most 12 characters, no clause mark): a programme "
        "carried out, or an inspection's round (巡察“回头看”); the verb may be followed by the scope the "
        "programme runs in (全省|本市|全国|长江|黄河… or an administrative division) when the quote closes the "
        "object (a clause or list mark, 等|和|与|及 after it: 推进长江“十年禁渔”，); 结合“NAME” + 发动|动员|组织|"
        "开展|推动|带动|引导: the programme the work is done through (not 结合“三农”特点)",
        (
            _ex(
                "继八项规定之后,中央又出台“六项禁令”,倡导厉行节约、反对浪费。",
                W + "w23.txt",
                ("Initiative", "“六项禁令”"),
            ),
            _ex(
                "3月23日下午,县委第二巡察组在籍山镇会议中心召开巡察“回头看”情况反馈大会,会议由镇党委副书记戴旱萍主持,"
                "县委第二巡察组组长王孝国反馈了对籍山镇梅园社区、大港村、官洲村的巡察“回头看”情况。",
                "corpus/pool/p034.txt",
                ("Initiative", "“回头看”"),
            ),
            _ex(  # the scope the programme runs in between the verb and the quote
                "要规划建设新型能源体系，协同推进省市间电力互济。要持续推进长江“十年禁渔”，加强联合执法。",
                "corpus/xwlb/20231130_01.txt",
                ("Initiative", "“十年禁渔”"),
            ),
            _ex(  # 结合 + the programme + a verb setting people going
                "二是要主动挖掘居民区中的年轻力量,结合“青年三进”发动在职党员、“两新”党员和物业骨干投身志愿服务。",
                "corpus/pool/p017.txt",
                ("Initiative", "“青年三进”"),
            ),
        ),
        find=R.find_initiatives,
        trigger="program_verbs",
    ),
    Rule(
        "campaign_period.v1",
        ("Initiative",),
        "“NAME年|月” (a campaign year or month: “项目攻坚年”)",
        (
            _ex(
                "宋骥强调,今年是县委确定的“项目攻坚年”,项目是经济发展的重要支撑,齐乐镇要继续围绕项目抓工作、围绕项目强服务,"
                "全面推动项目在丹落地见效。",
                W + "w18.txt",
                ("Initiative", "“项目攻坚年”"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "headed_quote.v1",
        ("Initiative",),
        "“NAME工程|行动|计划|战略|活动” (the head inside the quote, 2–20 characters before it): a programme named in "
        "quotes (not “一号|头号…”, “政绩|形象|面子工程”, one with 的 or 采取, or 搞 (not 搞好)|采取|停止|所谓 before "
        "it in its clause)",
        (
            _ex(
                "大家表示，要深入学习运用“千万工程”经验，着力推动城乡融合发展；要积极发展优势特色产业，推进现代化农业经营"
                "体系建设，鼓励引导支持企业参与乡村振兴。",
                "corpus/xwlb/20230712_04.txt",
                ("Initiative", "“千万工程”"),
            ),
            _ex(
                "赵乐际在致辞中说，习近平主席在论坛峰会开幕式上发表主旨讲话，宣布将中非关系整体定位提升至新时代全天候中非"
                "命运共同体，提出中非携手推进现代化的目标方向和“十大伙伴行动”，开启了中非携手引领“全球南方”现代化的新篇章。",
                "corpus/xwlb/20240905_07.txt",
                ("Initiative", "“十大伙伴行动”"),
            ),
            _ex(
                "教育部部署各地各高校开展“2026届高校毕业生就业扩容提质行动”，围绕推进促就业政策落实、加力稳岗拓岗等方面"
                "持续发力，促进高校毕业生高质量充分就业。",
                "corpus/xwlb/20251120_11.txt",
                ("Initiative", "“2026届高校毕业生就业扩容提质行动”"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "framed_quote.v1",
        ("Initiative",),
        "以…“NAME”…为主线|抓手|载体|契机|牵引|突破口 (NAME at most 12 characters, no clause mark): the programme the "
        "work is framed by",
        (
            _ex(
                "杨静书记要求,要针对老旧设施较多、物业矛盾突出等现实难题,以强化党建引领“三驾马车”为主线,构建社区治理新格局。",
                "corpus/pool/p017.txt",
                ("Initiative", "“三驾马车”"),
            ),
            _ex(
                "中方愿同乌方一道，以共建“一带一路”为主线，扩大经贸合作规模，提升互联互通水平，加强人文交流。",
                "corpus/xwlb/20231008_02.txt",
                ("Initiative", "“一带一路”"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "quoted_list.v1",
        ("Initiative",),
        "“A”“B”…(、) closed by 等: each quoted name of the list is a programme",
        (
            _ex(
                "今年虹口团区委将围绕“青力北外滩”“一江一河”“青柠赛场”“创文有我”“青春社区行”“四点半课堂”"
                "“夕阳守望者”“乡村筑梦团”等8大版块,打造一批党委所盼、群众所需和青年所能的志愿服务项目,提升“青·凝”"
                "虹口青年志愿品牌的社会显示度和影响力。",
                W + "w30.txt",
                ("Initiative", "“青柠赛场”"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "rule_set.v1",
        ("Initiative",),
        "(中央)<numeral>项规定|禁令 (八项规定), quoted or not",
        (
            _ex(
                "中央纪委29日对8起违反中央八项规定精神的典型问题发出通报。",
                W + "w23.txt",
                ("Initiative", "中央八项规定"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "unquoted_initiative.v1",
        ("Initiative",),
        "实施|开展|推进|做好… + 4–12 name characters (or two parts of 2 or more joined by one 和|与|及) + "
        "工程|行动|计划|大讨论(活动) (、-lists continue, and up to three items without a head are passed over to the "
        "first with one; not 一项/重大/各项…; a verb inside a name read opens none)",
        (
            _ex(
                "就做好百城建设提质工程、水生态建设等工作提出明确要求。",
                "corpus/pages/p02_xuchang_20170719_ldhd.txt",
                ("Initiative", "百城建设提质工程"),
            ),
            _ex(  # a discussion campaign (大讨论活动); 推动 inside its name opens no second one (高质量发展大讨论活动)
                "市中院党组成员、政治部主任吕志伟和党组成员、执行局局长王刚一行深入到联系点——汤原县人民法院进行工作调研"
                "并督导检查开展解放思想推动高质量发展大讨论活动等工作落实情况。",
                "corpus/pool/p043.txt",
                ("Initiative", "解放思想推动高质量发展大讨论活动"),
            ),
            _ex(  # two parts joined by 与 in one programme's name
                "央视网消息（新闻联播）：国务院总理李强4月27日主持召开国务院常务会议，部署开展美丽河湖保护与建设行动，"
                "研究进一步加强困境儿童福利保障有关举措。",
                "corpus/xwlb/20250427_03.txt",
                ("Initiative", "美丽河湖保护与建设行动"),
            ),
            _ex(  # the list's first item has no head
                "同步扩大黑土地保护实施范围，配套实施河湖连通、大型灌区续建改造工程，实施种业振兴行动，建设适宜耕作、"
                "旱涝保收、高产稳产的现代化良田。",
                "corpus/xwlb/20230909_01.txt",
                ("Initiative", "大型灌区续建改造工程"),
                ("Initiative", "种业振兴行动"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "subject_programme.v1",
        ("Initiative",),
        "(我国|全国|全省…) + 4–14 name characters + 行动|工程|计划|工作机制 opening a clause, as the subject of "
        "its progress (取得…进展|成效|成果|突破, 不断健全|完善|深化, 深入|扎实|稳步|顺利 + 实施|推进); not "
        "一项/重大/各项…, no verb of doing inside the name",
        (
            _ex(
                "我国新一轮找矿突破战略行动取得重要进展，新发现战略性矿产的大中型矿产地398处。",
                "corpus/xwlb/20260430_14.txt",
                ("Initiative", "新一轮找矿突破战略行动"),
            ),
            _ex(
                "2021年《关于向重点乡村持续选派驻村第一书记和工作队的意见》印发以来,常态化驻村工作机制不断健全,为全面推进"
                "乡村振兴、巩固拓展脱贫攻坚成果提供了坚强保障。",
                "corpus/pool/p058.txt",
                ("Initiative", "常态化驻村工作机制"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "study_campaign.v1",
        ("Initiative",),
        "全党 (开展的) + 2–16 name characters (和 allowed) + 学习教育: a party-wide study campaign "
        "(全党树立和践行正确政绩观学习教育, 正在全党开展的党纪学习教育)",
        (
            _ex(
                "全党树立和践行正确政绩观学习教育开展以来，各级纪检监察机关坚决落实党中央决策部署，严肃查处一批政绩观偏差案件。",
                "corpus/xwlb/20260615_09.txt",
                ("Initiative", "树立和践行正确政绩观学习教育"),
            ),
            _ex(
                "正在全党开展的党纪学习教育是今年党建工作的重点任务，各级党组织要精心组织、扎实推动、务求实效。",
                "corpus/xwlb/20240524_01.txt",
                ("Initiative", "党纪学习教育"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "party_study_campaign.v1",
        ("Initiative",),
        "党 + its topic (not 党员/党内/党的) | (深入)(学习)贯彻…精神|思想 | (树立和)践行…观, + 学习教育|主题教育, "
        "or (党的)群众路线教育实践活动, without 全党: a party study campaign (党纪学习教育, 深入贯彻中央八项规定"
        "精神学习教育, 学习贯彻习近平新时代中国特色社会主义思想主题教育; a rule set inside it does not block it); "
        "not the bare 主题教育, and not …(重要)阶段, the stage a meeting is held in",
        (
            _ex(
                "深学细悟习近平总书记关于加强党的作风建设的重要论述和中央八项规定及其实施细则精神，扎实开展深入贯彻中央"
                "八项规定精神学习教育，巩固深化主题教育和党纪学习教育成果，纵深推进全面从严治党。",
                "corpus/xwlb/20250326_02.txt",
                ("Initiative", "深入贯彻中央八项规定精神学习教育"),
                ("Initiative", "党纪学习教育"),
            ),
            _ex(
                "习近平指出，目前正在开展党纪学习教育，要真抓实学、善始善终，以学纪知纪明纪促进遵纪守纪执纪。",
                "corpus/xwlb/20240620_01.txt",
                ("Initiative", "党纪学习教育"),
            ),
            _ex(
                "要立足职责服务保障树立和践行正确政绩观学习教育，加大对违反正确政绩观行为的责任追究力度，推动广大干部为人民"
                "出政绩、以实干出政绩。",
                "corpus/xwlb/20260424_09.txt",
                ("Initiative", "树立和践行正确政绩观学习教育"),
            ),
            _ex(
                "学习贯彻习近平新时代中国特色社会主义思想主题教育开展以来，各地区各部门各单位将“浦江经验”纳入学习内容。",
                "corpus/xwlb/20230819_01.txt",
                ("Initiative", "学习贯彻习近平新时代中国特色社会主义思想主题教育"),
            ),
            _ex(
                "积极履行宪法和法律赋予的各项职责,深化和巩固群众路线教育实践活动成果,切实推进区十五届人大七次会议确定的"
                "2015年目标任务的完成。",
                "corpus/pool/p007.txt",
                ("Initiative", "群众路线教育实践活动"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "trade_in_programme.v1",
        ("Initiative",),
        "(大规模设备更新和)(消费品|汽车|家电)以旧换新(政策|行动), unquoted: the national trade-in programme",
        (
            _ex(
                "李强首先来到位于济南市泉城路的京东电器旗舰店，与顾客及销售人员交流，听取山东省消费品以旧换新政策落实和"
                "促进消费工作汇报。",
                "corpus/xwlb/20250102_05.txt",
                ("Initiative", "消费品以旧换新政策"),
            ),
            _ex(
                "搭建多层次、立体化、高效率的资源回收再利用体系，落实新一轮大规模设备更新和消费品以旧换新行动，建设世界一流"
                "资源循环再利用产业集团。",
                "corpus/xwlb/20241018_03.txt",
                ("Initiative", "大规模设备更新和消费品以旧换新行动"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "named_week.v1",
        ("Initiative",),
        "after a year, 暨 or a clause mark: 全国|国家|2–6 name characters + 科技活动|科普|科技|宣传|活动 + 周, "
        "unquoted (全国科技活动周暨北京科技周; not a bare 科技周)",
        (
            _ex(
                "央视网消息（新闻联播）：2023年全国科技活动周暨北京科技周启动式5月20日在京举办。",
                "corpus/xwlb/20230520_04.txt",
                ("Initiative", "全国科技活动周"),
                ("Initiative", "北京科技周"),
            ),
        ),
        find=R.find_initiatives,
    ),
    Rule(
        "document_title.v1",
        ("Document",),
        "《TITLE》 where TITLE ends with a document type (方案|意见|通知|办法|规定…)",
        (
            _ex(
                "制定出台了《共青团禹州市委贯彻落实“人人持证、技能河南”建设工作方案》。",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("Document", "共青团禹州市委贯彻落实“人人持证、技能河南”建设工作方案"),
            ),
        ),
        find=R.find_documents,
    ),
    Rule(
        "document_any_title.v1",
        ("Document",),
        "《TITLE》 of any other kind (a report's own title, 《党章》, 《报告》), not a publication (…报|网|联播) nor a "
        "broadcast, a film or a performance (纪录片|节目|系列报道|表演《…》,"
        " 《…》（第一季）, 《…》浙江篇, 第一集《…》, 《…》栏目|节目), nor a title the text writes as one of those "
        "elsewhere (the headline's 《高端访谈》 of a …频道《高端访谈》栏目 below)",
        (
            _ex(
                "按照《党章》和党的地方组织选举的有关规定扎实开展了包括县党代会代表选举、工作报告起草、县委、县纪委组成人员酝酿等"
                "各项筹备工作。",
                W + "w13.txt",
                ("Document", "党章"),
            ),
        ),
        find=R.find_documents,
    ),
    Rule(
        "org_suffix.v1",
        ("Organization",),
        "PLACE + name run + organization suffix (指挥部|公司|学院|中心|考察团|人大常委会…; the longest suffix)",
        (
            _ex(  # a term between the place and the body: 人大常委会 whole, never 十届人大 cut before 常委会
                "本报讯 昨天下午,嘉兴市南湖区十届人大常委会召开第二十四次会议。",
                "corpus/pool/p008.txt",
                ("Organization", "嘉兴市南湖区十届人大常委会"),
            ),
            _ex(  # the same in traditional script
                "8月27日上午,漳州市十六屆人大常委會召開第二十三次會議。",
                "corpus/pool/p010.txt",
                ("Organization", "漳州市十六届人大常委会"),
            ),
            _ex(
                "本次会议召开前,许昌党政考察团前往新乡市考察学习。",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("Organization", "许昌党政考察团"),
            ),
        ),
        find=R.find_organizations,
        trigger="org_suffixes",
    ),
    Rule(
        "org_bare.v1",
        ("Organization",),
        "市委|县政府|区人大常委会|市委外宣办… resolved to the article's region (no vote from a place gone to, "
        "奔赴|赶赴|勇赴|驰援|援助|支援 + PLACE, a quake's, PLACE (PLACE)地震, one inside “”, or a birthplace: "
        "…生，|…族，PLACE…人， and 籍贯|祖籍|出生于 PLACE), or to the place of its level the model read right "
        "before it (吉林|省委书记); in a career history (历任|先后任|曾任, YYYY年M月起|至…任) only to the place of "
        "its level named before it in that sentence, else left bare; 共青团|中共 + a model body",
        (
            _ex(  # an obituary's career list: each bare 省委 is the province its clause names, not the birthplace's
                "李克强同志，1955年7月生，安徽定远人。1974年3月起，在安徽省凤阳县大庙公社东陵大队插队。"
                "1998年6月起，李克强同志历任河南省委副书记、代省长、省长，省委书记、省长，省委书记、省人大常委会主任。"
                "2004年12月起，李克强同志历任辽宁省委书记，省委书记、省人大常委会主任。",
                "corpus/xwlb/20231027_03.txt",
                ("Organization", "河南省人大常委会"),
                ("Organization", "辽宁省人大常委会"),
            ),
            _ex(  # the model's place and a bare body: the body of that place, not of the province named first
                "学习贯彻党的二十届三中全会精神中央宣讲团成员近日在安徽、江西、吉林等地宣讲。"
                "中央宣讲团成员、中央社会工作部部长吴汉圣在合肥作宣讲报告。中央宣讲团成员、吉林省委书记黄强在长春作宣讲报告。",
                "corpus/xwlb/20240803_05.txt",
                ("Organization", "吉林省委"),
            ),
            _ex(  # traditional script: the quake's place (四川长宁) casts no vote; 省委 is Hubei's
                "周漢奎強調,要認真貫徹落實習近平總書記等中央領導同志關于四川長寧地震重要批示指示。"
                "周漢奎指出,前一階段,湖北省水利廳認真貫徹落實水利部和省委省政府工作要求。"
                "當前,我省長江漢口等主要站點水位偏高,梁子湖、斧頭湖水位超設防。",
                "corpus/pool/p048.txt",
                ("Organization", "湖北省委"),
            ),
            _ex(
                "我们深入贯彻党中央和省委决策部署,认真落实市八次党代会和市委经济工作会议要求,拿出“困难面前有我们,我们面前没困难”的精气神,统筹推进疫情防控和经济社会发展。",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("Organization", "省委"),
            ),
            _ex(  # a party committee's offices named short: 外宣办 (对外宣传办公室), 网信办, 编办 (traditional script)
                "新聞發布會以市委外宣辦、市政府新聞辦的名義聯合向社會發布。兩名專職新聞發言人履行和承擔濟南市市級的對外發布工作。",
                "corpus/pool/p051.txt",
                ("Organization", "济南市委外宣办"),  # 濟南 read on the twin: the city's office
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_group.v1",
        ("Organization",),
        "(全国人大|中央|省|市…) + name run (a parenthesised part in it) + 调研组|考察团|代表团|督导组|工作组… after "
        "的/率/召开/a clause start (全国人大|全国政协|国务院 after any word but 届), inside a meeting's name too; "
        "the head alone (or 使节团) at a clause start or after 见|向|同|率领|带领, where the article names no longer "
        "group of that head (one group of the article); "
        "会见|会晤|拜会|接见 (…的) + NAME代表团|使节团|访问团|考察团 + 一行; (中共)中央 + name run + 领导小组; "
        "a campaign + 中央第N指导组|督导组|巡视组 from a clause start (主题教育中央第六指导组); "
        "率领|带领 + PLACE (of the gazetteer) + 分团: a delegation's sub-group, named by the place it goes to",
        (
            _ex(  # a campaign's numbered central group whose officials attend the report meeting
                "何立峰及中央和国家机关有关部门负责同志陪同考察，深入贯彻中央八项规定精神学习教育中央第二指导组负责同志"
                "参加汇报会。",
                "corpus/xwlb/20250520_01.txt",
                ("Organization", "深入贯彻中央八项规定精神学习教育中央第二指导组"),
            ),
            _ex(  # 林芝 is the place of the sub-group, not the person the model read
                "全国政协副主席、中央代表团副团长胡春华带领林芝分团来到米林水库坝址看望慰问一线工人。",
                "corpus/xwlb/20250823_03.txt",
                ("Organization", "林芝分团"),
            ),
            _ex(  # a central leading group whose members attend
                "中央农村工作领导小组成员，各省、自治区、直辖市和计划单列市、新疆生产建设兵团负责同志，中央和国家机关有关部门、"
                "有关人民团体、有关金融机构和企业、中央军委机关有关部门负责同志参加会议。",
                "corpus/xwlb/20251230_01.txt",
                ("Organization", "中央农村工作领导小组"),
            ),
            _ex(
                "赵正永率全国人大调研组莅许。",
                "corpus/pages/p02_xuchang_20170719_ldhd.txt",
                ("Organization", "全国人大调研组"),
            ),
            _ex(  # a national body's group right after a verb
                "审议国家监委关于整治群众身边不正之风和腐败问题工作情况的报告；"
                "审议全国人大常委会执法检查组关于检查企业国有资产法、黄河保护法实施情况的2项报告。",
                "corpus/xwlb/20241213_05.txt",
                ("Organization", "全国人大常委会执法检查组"),
            ),
            _ex(  # the delegation a leader meets (traditional script)
                "4月8日,省委書記、省人大常委會主任王曉暉,省委副書記、省長黃強在成都會見來川參訪的外國駐華使節代表團一行。",
                "corpus/pool/p054.txt",
                ("Organization", "外国驻华使节代表团"),
            ),
            _ex(  # a group named by its head word alone, where the article names no longer one
                "调研组深入学习了上海交通大学改革开放以来快速发展的创新举措,探讨了学校发展规模、院系治理、"
                "医学院与附属医院体系规划等内容。",
                "corpus/pool/p030.txt",
                ("Organization", "调研组"),
            ),
            _ex(
                "浙江省委书记、省人大常委会主任易炼红,江苏省副省长方伟分别会见使节团。",
                "corpus/pool/p042.txt",
                ("Organization", "使节团"),
            ),
            _ex(  # a group named inside the name of the meeting it holds
                "中央政治局常委、全国人大常委会委员长赵乐际21日在京主持召开全国人大常委会种子法执法检查组第一次全体会议。",
                "corpus/xwlb/20230421_05.txt",
                ("Organization", "全国人大常委会种子法执法检查组"),
            ),
            _ex(  # after 召开, with a parenthesised part, inside the meeting's name
                "11月25日,市政协机关党组召开市委第五提级(交叉)巡察组巡察政协机关反馈问题整改专题民主生活会,"
                "市政协秘书长、机关党组书记朱国发主持会议。",
                "corpus/pool/p035.txt",
                ("Organization", "市委第五提级(交叉)巡察组"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_stationed_group.v1",
        ("Organization",),
        "a model organization with 驻 (a commission's station in a body) + 纪检监察组|纪检组: the group is the body, "
        "the model's cut reading is dropped",
        (
            _ex(
                "北京市纪检监察机关、中央纪委国家监委驻应急管理部纪检监察组和消防救援队伍相关纪检机构，按照干部管理权限，"
                "依规依纪依法对事故中涉嫌违纪违法的41名公职人员进行严肃追责问责。",
                "corpus/xwlb/20231025_17.txt",
                ("Organization", "中央纪委国家监委驻应急管理部纪检监察组"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_parenthesis.v1",
        ("Organization",),
        "name run (after 来到|前往|在…, never cut at 的) + （2–4 characters） + 有限公司|股份有限公司|公司|集团; "
        "a title keeps the parenthesised part of its body (中国人寿保险（集团）公司原党委书记)",
        (
            _ex(
                "随后，习近平来到昌河飞机工业（集团）有限公司，考察了直升飞机总装车间和试飞站。",
                "corpus/xwlb/20231013_01.txt",
                ("Organization", "昌河飞机工业（集团）有限公司"),
            ),
            _ex(
                "云南省政协原党组成员、副主席黄毅，中国人寿保险（集团）公司原党委书记、董事长王滨。",
                "corpus/xwlb/20221222_07.txt",
                ("Organization", "中国人寿保险（集团）公司"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_closed_list.v1",
        ("Organization",),
        "、-list closed by 等(N个)(职能)部门|单位: items that end in a body word (纪检监察与审计部 whole); closed by "
        "等…企业: items that are no place and no kind; the first item a model body ending there or a short run after a "
        "clause mark",
        (
            _ex(
                "会议决定,公司首先成立党群工作部,纪检监察与审计部、企业综合管理部等三个职能部门。",
                "corpus/pool/p028.txt",
                ("Organization", "纪检监察与审计部"),
                ("Organization", "企业综合管理部"),
            ),
            _ex(
                "参观ABB、库卡、新松、宇树科技、北京术锐、中信重工、国家农业智能装备工程技术研究中心等企业和机构的机器人展台",
                "corpus/xwlb/20240825_02.txt",
                ("Organization", "宇树科技"),
                ("Organization", "中信重工"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_parent.v1",
        ("Organization",),
        "a body's party unit (…党委|党组|党支部|党总支|团委|纪委) names the body before it (before 机关, its offices, "
        "when the unit is theirs: 北京冬奥组委机关团委 names no 北京冬奥组委机关, corpus/pool/p021), when that is no "
        "mention of its own, no place, no place's level (市委), no locality and no kind (各级)",
        (
            _ex(
                "此外,湖南烈士公园党委副书记、管理处主任吴军因在公共资源管理上失职渎职,导致该公园出现带有私人会所性质的场所,"
                "在社会上造成了不良影响,受到行政警告处分。",
                "corpus/pool/p032.txt",
                ("Organization", "湖南烈士公园"),
            ),
        ),
        find=parent_bodies,
    ),
    Rule(
        "org_office_join.v1",
        ("Organization",),
        "市委|省委|县委|区委|州委|X政府 right before a model body ending in 办公室|研究室|工作委员会|工作部, "
        "after a clause or list mark: one body, the committee's office",
        (
            _ex(
                "市委政法委副书记王教生;市委台湾工作办公室副主任李雷鸣;",
                "corpus/pool/p050.txt",
                ("Organization", "市委台湾工作办公室"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_youth_league.v1",
        ("Organization",),
        "团 after a clause or list mark right before a model body X省委|X市委|X县委|X区委|X州委: one body, the "
        "place's youth league committee (团北京市委 ≡ 共青团北京市委, never 北京市委)",
        (
            _ex(
                "北京冬奥组委人力资源部部长闫成说,冬奥会是全球规模最大的冬季综合性体育盛会。"
                "团北京市委书记李军会说,各级团组织将弘扬中华体育精神和奥林匹克精神。",
                "corpus/pool/p021.txt",
                ("Organization", "共青团北京市委"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_ministry.v1",
        ("Organization",),
        "a State Council ministry or commission written in full whose long name the model misses (文化和旅游部, "
        "住房和城乡建设部, 农业农村部, 国家发展和改革委员会 …; not before 门: 自然资源部门 is a kind of department) "
        "or a regulator under the State Council written short (市场监管总局, 金融监管总局, 中国证监会), standing "
        "alone, before its officials ((主要|有关)负责同志|负责人) or before the day or the act of a news item "
        "(今天|近日|日前, 出台|批准|牵头|也|获悉)",
        (
            _ex(  # a regulator before the day of the item; a ministry before 近日
                "市场监管总局今天（12月20日）发布《集贸市场计量监督管理办法》。",
                "corpus/xwlb/20241220_15.txt",
                ("Organization", "市场监管总局"),
            ),
            _ex(
                "经国务院同意，中国证监会今天（4月10日）发布《关于深化创业板改革 更好服务新质生产力发展的意见》。",
                "corpus/xwlb/20260410_10.txt",
                ("Organization", "中国证监会"),
            ),
            _ex(
                "依据有关法律法规，经国务院批准，成立了由应急管理部牵头，公安部、国家消防救援局、全国总工会和江西省人民政府"
                "参加的国务院江西新余佳乐苑临街店铺“1·24”特别重大火灾事故调查组。",
                "corpus/xwlb/20240921_07.txt",
                ("Organization", "应急管理部"),
            ),
            _ex(  # before its officials: the body they speak for
                "国家发展改革委、生态环境部主要负责同志，江西、云南省委统战部负责同志作了发言。",
                "corpus/xwlb/20240408_06.txt",
                ("Organization", "生态环境部"),
            ),
            _ex(
                "分别听取全国人大常委会代表工委、文化和旅游部关于十四届全国人大二次会议代表建议、批评和意见办理情况的报告。",
                "corpus/xwlb/20241213_05.txt",
                ("Organization", "文化和旅游部"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_party_central.v1",
        ("Organization",),
        "a democratic party's central committee written short (民革|民盟|民建|民进|农工党|致公党|九三学社|台盟 + 中央) "
        "where the model misses it; not inside a model body nor before a title of it (民革中央主席)",
        (
            _ex(
                "洪慧民常委代表民建中央发言提出，强化企业科技创新主体地位，畅通产学研人才流动机制，提升创新平台对企业辐射和开放"
                "力度。卢国懿常委代表致公党中央发言建议，将人工智能与高质量发展、构建现代化产业体系相结合，推进工业人工智能发展与"
                "应用。",
                "corpus/xwlb/20230823_06.txt",
                ("Organization", "致公党中央"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_court_short.v1",
        ("Organization",),
        "at a clause's start, 0–2 characters + 市|县|区|州 + 中院 (an intermediate court named short), where the model "
        "read no body ending there",
        (
            _ex(
                "12月8日上午,林区中院召开2020年度审判执行工作推进会。",
                "corpus/pool/p044.txt",
                ("Organization", "林区中院"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_session_body.v1",
        ("Organization",),
        "大会主席团|大会秘书处 at a clause start or after a stop character, 作, 请, 了 or 、: the presidium or the "
        "secretariat of the session the text reports",
        (
            _ex(
                "会议听取并审议了大会副秘书长、全国人大常委会副秘书长刘俊臣作的大会秘书处关于代表提出议案处理意见的报告。",
                "corpus/xwlb/20240310_04.txt",
                ("Organization", "大会秘书处"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_shared_ending.v1",
        ("Organization",),
        "PLACE、…、PLACE + LEVEL + BODY (a division's body): each place listed before it by its bare name, a division "
        "of that level, shares the ending (江西、云南省委统战部 names 江西省委统战部 too); never across levels "
        "(北京、天津、河北省委: 北京 is no province)",
        (
            _ex(
                "国家发展改革委、生态环境部主要负责同志，江西、云南省委统战部负责同志作了发言。",
                "corpus/xwlb/20240408_06.txt",
                ("Organization", "江西省委统战部"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_list.v1",
        ("Organization",),
        "ORG、NAME + an organization suffix (org_suffixes: 公司|学院|中心|法院|实验室…), 合作社 or 厂: a further item "
        "of a list of organizations",
        (
            _ex(
                "前往河南天和农业公司、河南世纪香公司、鲜易控股公司、五彩大地等地考察。",
                "corpus/pages/p02_xuchang_20170719_ldhd.txt",
                ("Organization", "鲜易控股公司"),
            ),
            _ex(  # a centre among the members of a community's council
                "包括渭职院经济管理学院、渭职院建筑工程学院、渭南小学、陕西信合渭南审计中心、渭南市公共交通总公司等在内的"
                "7家成员单位,均派代表参加了会议。",
                "corpus/pool/p018.txt",
                ("Organization", "陕西信合渭南审计中心"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_overrun_cut.v1",
        ("Organization",),
        "a model organization running past its body (虹口城发公司|北外滩运维保障): its longest beginning that reads "
        "as a body",
        (
            _ex(
                "虹口城发公司北外滩运维保障青年突击队代表桂金海,虹口区青联代配药品志愿服务队队长金真作交流发言。",
                W + "w30.txt",
                ("Organization", "虹口城发公司"),
            ),
        ),
        find=mentions.body_overrun,
    ),
    Rule(
        "org_signing_party.v1",
        ("Organization",),
        "model ORG 与 BODY …签署|签订|签约, or 与 ORG、BODY …签署: a party signing with a body is a body "
        "(an enterprise by its short name, no suffix)",
        (
            _ex(
                "7月31日,集团党组书记、董事长吕军在武汉拜会湖北省委常委、武汉市委书记王忠林,双方就深化战略合作事宜进行深入沟通交流,"
                "并见证中粮粮谷与武汉市蔡甸区人民政府、大悦城控股与武汉地铁集团签署战略合作协议。",
                W + "w22.txt",
                ("Organization", "中粮粮谷"),
            ),
        ),
        find=mentions.signing_parties,
    ),
    Rule(
        "body_in_title.v1",
        ("Organization",),
        "the body a title chain writes (广州市林业和园林局|党委委员、总工程师; 趣头条|党委副书记、团委书记): "
        "a mention of the post's body, also when it holds a shorter body found (中国建设银行|新疆维吾尔自治区博州分行),"
        " not when it is a party unit of one (市委统战部|机关党委); a body only implied (习近平总书记 → 中共中央) gets "
        "none",
        (
            _ex(
                "广州市林业和园林局党委委员、总工程师翟晋华也因涉嫌严重违纪,目前正接受组织调查。",
                W + "w24.txt",
                ("Organization", "广州市林业和园林局"),
            ),
            _ex(
                "虹口区青联代配药品志愿服务队队长、趣头条党委副书记、团委书记金真,复旦大学“数星阁”志愿服务团队代表发言。",
                W + "w30.txt",
                ("Organization", "趣头条"),
            ),
            _ex(  # a branch named whole, holding the bank the model found
                "华电能源股份有限公司原党委委员、总会计师李西金，中国建设银行新疆维吾尔自治区博州分行党委委员、副行长吴建斌"
                "等人受到严肃处理。",
                "corpus/xwlb/20240424_10.txt",
                ("Organization", "中国建设银行新疆维吾尔自治区博州分行"),
            ),
        ),
        find=RuleContext.written_body,
    ),
    Rule(
        "org_term_join.v1",
        ("Organization",),
        "model BODY + 第N届 + model 全国委员会|委员会|常务委员会…: one body, cut at its term number by the model; "
        "so is PLACE (省|市|县|区|州) + 第N届 + model 人民代表大会…|委员会…|常务委员会…",
        (
            _ex(
                "审议了政协第十二届全国委员会常务委员会关于设置专门委员会的决定(草案)。",
                W + "w11.txt",
                ("Organization", "政协第十二届全国委员会常务委员会"),
            ),
            _ex(  # a city's standing committee, no bare 人民代表大会常务委员会 of no place
                "2023年5月31日上午,济源市第十五届人民代表大会常务委员会第七次会议召开。",
                "corpus/pool/p009.txt",
                ("Organization", "济源市第十五届人民代表大会常务委员会"),
            ),
        ),
        find=mentions.collect,
    ),
    Rule(
        "org_cut_join.v1",
        ("Organization",),
        "全国 + model BODY (not starting with 全国): the national body (全国|少工委); PARTY (a model body or place) + "
        "-|－|—|– + model BODY ending in 委员会|中心|理事会|研究院|学院|联合会|商会|协会 and followed by no meeting "
        "head: the joint body of both parties (not 中国－海湾阿拉伯国家合作委员会|峰会); model 联合国 + a name run "
        "(和|与|及 inside) + 组织|署|基金会|委员会|理事会: the organ of the United Nations",
        (
            _ex(
                "要深入学习贯彻习近平总书记向联合国粮食及农业组织成立80周年致贺信、给中国农业大学全体师生回信的重要精神。",
                "corpus/xwlb/20251027_11.txt",
                ("Organization", "联合国粮食及农业组织"),
            ),
            _ex(
                "赵乐际强调，两国立法机构商定建立中国全国人大-越南国会联合委员会，双方要落实好相关合作协议。",
                "corpus/xwlb/20240408_05.txt",
                ("Organization", "中国全国人大-越南国会联合委员会"),
            ),
            _ex(
                "合作园区建设大力推进，搭建中国—中东欧国家技术转移中心等一批国际产能合作平台。",
                "corpus/xwlb/20231007_06.txt",
                ("Organization", "中国—中东欧国家技术转移中心"),
            ),
            _ex(
                "1982年2月起，李克强同志先后任北京大学团委书记，共青团中央书记处书记兼全国青联副主席、全国少工委主任。",
                "corpus/xwlb/20231027_03.txt",
                ("Organization", "全国少工委"),
            ),
        ),
        find=mentions.collect,
    ),
    Rule(
        "org_assembly.v1",
        ("Organization",),
        "(a clause or list start, 应) + NAME + 大会|会议 + (副)主席|(副)秘书长|(副)总干事 (never 主席团, 执行主席): an "
        "assembly that holds a title is a body, unless NAME marks a session (第|届|次|a number) or a meeting's scope "
        "(全国|全市…, 本次, 大会 alone); such an assembly is no meeting (委内瑞拉全国代表大会主席, "
        "kg.relations.mentions)",
        (
            _ex(
                "央视网消息（新闻联播）：应东盟各国议会间大会主席、柬埔寨国会主席韩桑林邀请，全国人大常委会委员长栗战书24日"
                "在东盟各国议会间大会第43届年会闭幕式上发表视频致辞。",
                "corpus/xwlb/20221124_04.txt",
                ("Organization", "东盟各国议会间大会"),
            ),
            _ex(
                "澳大利亚总理阿尔巴尼斯、秘鲁总统博鲁阿尔特、世界贸易组织副总干事希尔、联合国贸易和发展会议副秘书长莫雷诺"
                "和有关嘉宾视频或现场致辞。",
                "corpus/xwlb/20250910_08.txt",
                ("Organization", "联合国贸易和发展会议"),
            ),
            _ex(
                "韩国国会议长禹元植，东帝汶国民议会议长费尔南达，委内瑞拉全国代表大会主席罗德里格斯，新加坡副总理颜金勇。",
                "corpus/xwlb/20250903_01.txt",
                ("Organization", "委内瑞拉全国代表大会"),
            ),
        ),
        find=mentions.collect,
    ),
    Rule(
        "org_preposition_cut.v1",
        ("Organization",),
        "a clause mark + model 同|与BODY where BODY reads as a body the article names again or opens with a person it "
        "names: the preposition is no part of the body (同|谷文昌干部学院教师…亲切交流); 同济大学, 同仁堂 stay",
        (
            _ex(
                "随后，习近平来到谷文昌纪念馆，了解谷文昌同志感人事迹，听取当地传承红色基因情况介绍，"
                "同谷文昌干部学院教师、学员代表亲切交流。",
                "corpus/xwlb/20241016_01.txt",
                ("Organization", "谷文昌干部学院"),
            ),
        ),
        find=mentions.collect,
    ),
    Rule(
        "org_officials_of.v1",
        ("Organization",),
        "a clause start + name run (党和国家 with its 和; no 各|有关|相关) + 委员会|领导小组|办公室|办公厅 + "
        "(有关)领导同志|负责同志|负责人: the body whose officials are named as a group",
        (
            _ex(
                "“七一勋章”获得者沿着红毯拾级而上，进入人民大会堂。党和国家功勋荣誉表彰工作委员会有关领导同志等，"
                "在这里集体迎接他们到来。",
                "corpus/xwlb/20260701_01.txt",
                ("Organization", "党和国家功勋荣誉表彰工作委员会"),
            ),
        ),
        find=R.find_organizations,
    ),
    Rule(
        "org_zone_party.v1",
        ("Organization",),
        "与|同 + a model place ending in 开发区|高新区|经开区|新区|自贸区|试验区 + (…) 座谈|会谈|签约|签署|签订 in the "
        "clause: the zone as the other party of a talk or a signing is a body (its administration)",
        (
            _ex(
                "访汉期间,大分市代表团还与武汉经济技术开发区进行了座谈,并考察了市民之家、地铁六号线站点等场所。",
                "corpus/pool/p053.txt",
                ("Organization", "武汉经济技术开发区"),
            ),
        ),
        find=mentions.collect,
    ),
    Rule(
        "org_conjoined_split.v1",
        ("Organization",),
        "a model body X与|同|和Y where Y reads as a body and X as a body or a place: two parties, not one body (Y, "
        "and X when it is a body); a join inside a name stays (经济合作与发展组织, 住房和城乡建设部)",
        (
            _ex(
                "随后，双方观看了同期赴朝的中国艺术团同朝方艺术团共同举行的文艺演出。",
                "corpus/xwlb/20240412_05.txt",
                ("Organization", "中国艺术团"),
                ("Organization", "朝方艺术团"),
            ),
        ),
        find=mentions.collect,
    ),
    Rule(
        "org_abbreviation_run.v1",
        ("Organization",),
        "a model body made of short names ending 联|协 run together (青联青企协青志协): one body per short name",
        (
            _ex(
                "首次集结的北外滩青年志愿服务联盟,由虹口团区委牵头组建,得到了大口单位、区域化团建单位、区青联青企协青志协单位、共建高校、"
                "社会组织等各界青年的积极响应。",
                W + "w30.txt",
                ("Organization", "青企协"),
                ("Organization", "青志协"),
            ),
        ),
        find=mentions.collect,
    ),
    Rule(
        "title_name.v2",
        ("Person",),
        "TITLE + surname + 1–2 characters (a name after a title the model missed); words: not when the "
        "segmenter reads a place word (LOC) across the name's start (湖南省|长沙市 is no 省长 + 沙市); a Tibetan "
        "name of four characters opened by a Tibetan word (洛桑|江村, 白玛|赤林) with no surname; a Japanese surname "
        "(佐藤, 鸠山, 岸田 …) after a title naming 日本 with one to three characters, the longest a boundary or a "
        "verb of leading or a time word closes (日本大分市市长佐藤树一郎率…, 日本前首相鸠山由纪夫，, 石破茂|今天); "
        "never a meeting head "
        "(两院院士|大会)",
        (
            _ex(  # a Japanese name of five characters after a title naming 日本, closed by 率
                "2017年3月31日至4月2日,我市首个国际友城日本大分市市长佐藤树一郎率政府代表团一行7人访汉并举办“日本大分周”活动。",
                "corpus/pool/p053.txt",
                ("Person", "佐藤树一郎"),
            ),
            _ex(  # a Tibetan name: no surname, four characters, closed by 带领
                "全国人大常委会副委员长、中央代表团副团长洛桑江村带领那曲分团来到色尼区杭嘉新村调研并看望牧民。",
                "corpus/xwlb/20250823_03.txt",
                ("Person", "洛桑江村"),
            ),
            _ex(
                "市长史根治强调,要坚决克服麻痹松懈思想,一以贯之抓实抓细疫情防控,直至取得“战疫”决定性胜利。",
                "corpus/pages/p04_xuchang_20201204_yqfk.txt",
                ("Person", "史根治"),
            ),
            _ex(  # a verb that starts after names (kg/lexicon/role_verbs.txt: 率队, 围绕, 感慨) closes the name
                "要知道,这曾经是个典型的空心村。“村子走到现在,因为选对一个人。”杨庙镇党委书记武林感慨。",
                "corpus/pool/p058.txt",
                ("Person", "武林"),
            ),
            _ex(  # 前往 of role_verbs.txt (a verb of going, as 来到, 走进, 带领, 陪同, 宣读): LAC misses the name
                "4月7日,许昌市高三年级复学第一天。市长史根治前往部分中小学调研复学工作,并强调,要考虑细致再细致、"
                "责任落实再落实,做好精准防护,安全有序复学,确保师生身心健康和教育教学秩序稳定。",
                "corpus/pages/p04_xuchang_20201204_yqfk.txt",
                ("Person", "史根治"),
            ),
        ),
        find=mentions.collect,
        trigger="surnames",
    ),
    Rule(
        "slot_name.v1",
        ("Person",),
        "a 2–3 character (or dotted foreign) name in the slot an appointment formula bounds on both sides, each item "
        "of its 、-list: 任命 NAME 为, 免去 NAME 的|兼任的|政协第N届…, 接受 NAME 辞去, 撤销 NAME 政协…委员资格, "
        "决定|通过 NAME 任 (not 任命|任职…), 决定 NAME 副区长代理; and a clause of attendance naming no title at a "
        "clause's start (…，X参加。, X、Y出席会议。: a list's items when another is a person, a lone name when the "
        "segmenter reads no common noun there, 党员参加。 holds none); every item a surname first (由, 开, 占, 赏, "
        "佗, 奎 only in the first four) and no place, body, title or function word; a model span cut, run on or read "
        "as a place or body there gives way (金立山 read as a place, 丁凌烨|政协 as a body). A model person the "
        "slot holds whole is the rule's too (kept a person where the model reads the name elsewhere as a place). On "
        "every real text it reads what the model reads, or what the model misses (薛景霞, 郑瑶); it holds the names "
        "of the substituted sets (tests/golden/substitution_scores.py)",
        (
            _ex(
                "会议经表决，免去王晓萍的国家监察委员会委员职务；免去程东方的中国人民解放军军事检察院检察长职务，任命张进为"
                "中国人民解放军军事检察院检察长；免去刘立根的中国人民解放军军事法院院长职务，任命程东方为中国人民解放军"
                "军事法院院长。",
                "corpus/xwlb/20221230_08.txt",
                ("Person", "王晓萍"),
                ("Person", "程东方"),
                ("Person", "张进"),
                ("Person", "刘立根"),
            ),
            _ex(
                "会议审议通过关于撤销唐勇、党彦宝、李民吉政协第十四届全国委员会委员资格的决定，提请全国政协十四届常委会第十二"
                "次会议追认。",
                "corpus/xwlb/20250326_02.txt",
                ("Person", "唐勇"),
                ("Person", "党彦宝"),
                ("Person", "李民吉"),
            ),
            _ex(
                "决定接受孟景伟辞去通州区人民政府区长职务的请求,决定郑皓副区长代理通州区人民政府区长职务。",
                W + "w07.txt",
                ("Person", "孟景伟"),
                ("Person", "郑皓"),
            ),
            _ex(
                "会议审议通过关于撤销薛景霞政协第十四届全国委员会委员资格的决定，提请全国政协十四届常委会第十次会议追认。",
                "corpus/xwlb/20250226_04.txt",
                ("Person", "薛景霞"),
            ),
            _ex(
                "会议增补了县妇联十三届执委,表决通过了周慧、郑瑶任县妇联副主席;",
                W + "w32.txt",
                ("Person", "郑瑶"),
            ),
        ),
        find=mentions.collect,
        trigger="surnames",
    ),
    Rule(
        "list_name.v2",
        ("Person",),
        "NAME、surname + 1–2 characters closed by 、|等|和|以及|任|出席|参加…|作 + a talk (a list item the model "
        "missed: …、管一民以及组员…, …、连维新作交流发言); and, read backwards, each item of 2–3 characters before "
        "a found name, bounded by 、 and opened by the list's start (a "
        "clause mark, 领导|领导人: 区领导钟表、杨俊…) or a found name: a surname first (no function-word surname), "
        "no place, body or title word, none the segmenter reads as a place or body (许昌、郑州、王刚分别…: none); on "
        "the real texts LAC finds those items itself (tests/test_relations_lists.py)",
        (
            _ex(
                "陳向平、周樹群、曾昭寶、吳祖明、張弛、王全周、牛亞東、羅軍、梁萬濤等市領導和各縣(市、區)黨政主要負責同志、"
                "市直有關單位負責同志參加觀摩。",
                W + "w19.txt",
                ("Person", "曾昭宝"),
            ),
        ),
        find=mentions.collect,
        trigger="surnames",
    ),
    Rule(
        "counted_list_name.v1",
        ("Person",),
        "ITEM、ITEM、…ITEM (等)N位|名同志|代表|… after a clause mark: each item one whole name when N is the "
        "items' count (more than it after 等); the model's cut names (毛叶忠 of 拉毛叶忠) and places (高丰) replaced",
        (
            _ex(
                "中央宣传部、全国总工会向全社会发布2026年“最美职工”先进事迹。高丰、肖素枝、楼雅佳、肖冬样、邓述东、吴琦、"
                "杨平原、拉毛叶忠、马丛、桑南才10位同志光荣入选。",
                "corpus/xwlb/20260430_14.txt",
                ("Person", "拉毛叶忠"),
                ("Person", "桑南才"),
                ("Person", "高丰"),
            ),
        ),
        find=mentions.collect,
    ),
    Rule(
        "name_title.v1",
        ("Person",),
        "surname + 1–2 characters + 总书记|委员长|副总理, or + 常委 before 发言|代表|建议|提出|在 (a name before a "
        "national title or a standing committee member's title the model missed: 李卫常委代表无党派人士界发言), "
        "not after a Chinese character unless the segmenter reads the name as one word right after a verb "
        "(领会|习近平|总书记); a run of transliteration characters + (副)总统|(副)总理|(副)首相|国王|女王 after "
        "同|与|和|、 or a clause mark, no place and not of a Han name's shape (同默茨总理, LAC's verb 同默茨)",
        (
            _ex(
                "他强调，要认真学习贯彻党的二十大精神和习近平总书记重要讲话精神，坚持创新是第一动力。",
                "corpus/xwlb/20231015_03.txt",
                ("Person", "习近平"),
            ),
            _ex(
                "中央宣讲团成员、中央社会工作部部长吴汉圣在合肥作宣讲报告。吴汉圣从全会的重大意义、深入学习领会"
                "习近平总书记重要讲话精神、全面准确理解《决定》提出的进一步全面深化改革重大举措、全力以赴抓好全会精神"
                "贯彻落实等方面，对全会精神进行了系统阐释和深入解读。",
                "corpus/xwlb/20240803_05.txt",
                ("Person", "习近平"),
            ),
            _ex(
                "王沪宁表示，今年5月，习近平主席同默茨总理通电话，就深化中德交流合作达成重要共识。",
                "corpus/xwlb/20251118_05.txt",
                ("Person", "默茨"),
            ),
        ),
        find=mentions.collect,
        trigger="surnames",
    ),
    Rule(
        "known_name.v1",
        ("Person",),
        "a three-character name the article already holds (surname first), written again at a clause's start "
        "before a Han character, where the model missed it; a name of four characters or more the article holds, "
        "or a transliterated one of three with no surname first (奥马吉), written again anywhere (在会见别克捷诺夫时, "
        "别克捷诺夫表示), unless a transliteration runs on around it (图尔贡别克|乌鲁)",
        (
            _ex(  # a transliterated name of five characters, found by the model only in the list of the first line
                "央视网消息（新闻联播）：6月23日，国务院总理李强在大连分别会见来华出席2026年夏季达沃斯论坛的几内亚总理乌里·巴、"
                "哈萨克斯坦总理别克捷诺夫、韩国总理金民锡、蒙古国总理乌其尔勒和黑山总理斯帕伊奇。\n"
                "在会见别克捷诺夫时，李强表示，中方愿同哈方深化经贸、能矿、互联互通、人文等领域合作，携手构建中哈命运共同体。\n"
                "别克捷诺夫表示，两国元首引领哈中关系进入新的“黄金30年”。",
                "corpus/xwlb/20260623_03.txt",
                ("Person", "别克捷诺夫"),
            ),
            _ex(  # three transliteration characters, no surname first, found by the model only in the call's sentence
                "赵乐际会见欧洲议会副议长\n"
                "央视网消息（新闻联播）：全国人大常委会委员长赵乐际21日在北京会见欧洲议会副议长奥马吉。\n"
                "赵乐际表示，习近平主席去年在北京会见欧盟领导人，为中欧关系发展指明方向。中方愿同欧方一道，落实好双方领导人"
                "重要共识和会晤成果，坚持伙伴定位，相互尊重、合作共赢，坚持多边主义，推动中欧关系行稳致远。立法机构交往是中欧"
                "关系的重要组成部分。中国全国人大同欧洲议会交流机制为增进相互了解、推动务实合作发挥了重要作用。希望双方扩大"
                "交流合作，助力中欧关系实现更大发展。\n"
                "奥马吉表示，欧中立法机构恢复正常交往并取得积极进展，展现了双方推动欧中关系发展的政治意愿。",
                "corpus/xwlb/20260421_06.txt",
                ("Person", "奥马吉"),
            ),
            _ex(  # (p024's 苗伟伦 at a line's start, the first example, is read by LAC itself since a line break is
                # split off the word after it)
                "中央宣讲团成员、中央财经委员会办公室分管日常工作的副主任韩文秀今天在山东济南作宣讲报告。"
                "韩文秀从党的二十大主要成果、中国式现代化等方面对党的二十大精神进行了深入宣讲和阐释。",
                "corpus/xwlb/20221102_10.txt",
                ("Person", "韩文秀"),
            ),
        ),
        find=mentions.collect,
        trigger="surnames",
    ),
    Rule(
        "comrade_name.v1",
        ("Person",),
        "a clause opening with surname + 1–2 characters + 同志 (a name the model missed; 各位同志 is none)",
        (
            _ex(
                "吳文團同志不再擔任中共漳州市委古雷港經濟開發區工作委員會書記、委員職務。",
                "corpus/pool/p010.txt",
                ("Person", "吴文团"),
            ),
        ),
        find=mentions.collect,
        trigger="surnames",
    ),
    Rule(
        "third_character_name.v1",
        ("Person",),
        "a two-character PERSON + one Han character that starts no word after names (作说在到和等家后…) and "
        "no title, after a title, a 、 of a list, an appointment verb (任命|免去|接受|撤销|决定), 代表 or a clause "
        "start, before punctuation (not at a clause start), a function word, a role verb, a title, "
        "说|受到|当选|辞去|举行|带领|率|陪同|代表|同志 or 作 + a report or talk, is the three-character name "
        "the model cut (。郑和|鑑|及船民们…), unless the article writes the two characters before another "
        "character (许红|作报告 … 许红同志); every mention of it is then whole (市民郑和|鑑|常带着…)",
        (
            _ex(  # (省长王伟|中|陪同下 of corpus/xwlb/20230413_01.txt is read too, by the older title + 陪同 path)
                "闽江穿城，水清岸绿。市民郑和鑑常带着他的孙子、孙女在闽江公园玩耍。\n时间倒回上世纪90年代初，还是这闽江边，"
                "郑和鑑一家三代人就挤在一条小船上生活。\n郑和鑑及船民们的生活变迁是福州实施“3820”战略工程的生动写照。",
                "corpus/xwlb/20240122_03.txt",
                ("Person", "郑和鉴"),  # the entity of the simplified twin
            ),
        ),
        find=mentions.collect,
    ),
    Rule(
        "dotted_name.v1",
        ("Person",),
        "PERSON·PERSON (a name with the middle dot the model cut in two) + the 1–4 characters it left before "
        "的|为|等|、|，|。, none a function word or a verb after names (阿卜杜吉力力|·|阿卜来|提|的); PERSON· with no "
        "person after the dot + the 2–6 characters up to the next word end (帕巴拉|·格列朗杰|，); two transliterated "
        "halves around a hyphen are one name, the model's second half whole (布朗|-|皮韦|共同主持)",
        (
            _ex(  # a hyphenated name: one person holds the post and speaks, not 布朗 the post and 皮韦 the speech
                "全国人大常委会委员长赵乐际26日在人民大会堂同法国国民议会议长布朗-皮韦共同主持中国全国人大与法国国民议会交流"
                "机制第十二次会议并作主旨发言。",
                "corpus/xwlb/20250626_04.txt",
                ("Person", "布朗-皮韦"),
            ),
            _ex(
                "会议表决通过了有关人事事项,决定免去阿卜杜吉力力·阿卜来提的嘉兴市南湖区人民政府副区长职务。",
                "corpus/pool/p008.txt",
                ("Person", "阿卜杜吉力力·阿卜来提"),
            ),
            _ex(  # the model's person stops at the dot: its second part read up to the comma
                "全国政协副主席、自治区政协主席帕巴拉·格列朗杰，自治区人大常委会主任严金海，自治区人民政府主席嘎玛泽登参加汇报会。",
                "corpus/xwlb/20250820_03.txt",
                ("Person", "帕巴拉·格列朗杰"),
            ),
        ),
        find=mentions.collect,
    ),
    Rule(
        "credit_name.v1",
        ("Person",),
        "a line of a page's staff credits, (新媒体)编辑|审核|审片|监制|播音|校对…: + a name of 2–4 characters "
        "filling the rest of the line (the whole name, where the model cuts it: 秦晋|文)",
        (
            _ex(
                "新媒体监制:秦晋文",
                W + "w21.txt",
                ("Person", "秦晋文"),
            ),
        ),
        find=mentions.collect,
        trigger="surnames",
    ),
    Rule(
        "speaker_name.v1",
        ("Person",),
        "的|，|。 + surname + 2 characters + 说|表示|告诉记者 (a speaker the model missed)",
        (_ex("参加培训的帖文峰说", "corpus/xuchang-daily/2022-06-04-p1.txt", ("Person", "帖文峰")),),
        find=mentions.collect,
        trigger="surnames",
    ),
    # --- relation rules, run by the engine in this order -----------------------------------------------
    Rule(
        "byline.v1",
        ("Reporter", "REPORTED"),
        "本报讯(记者 A B) / (OUTLET记者 A B 通讯员 C) / 本报记者 A 通讯员 B / 全媒体记者:A B; "
        "a name spaced apart (陈 赛)",
        (
            _ex(
                "本报记者 胡晨 通讯员 刘艳红 杨冀梁\n",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("胡晨", "REPORTED", "example"),
            ),
            _ex(
                "臺海網8月28日訊(海峽導報記者 張雄敏 劉龍 通訊員 鄭文典 薛敏靈) 8月27日上午,"
                "漳州市十六屆人大常委會召開第二十三次會議。",
                "corpus/pool/p010.txt",
                ("张雄敏", "REPORTED", "example"),
            ),
            _ex(
                "本报讯(记者陈 赛)6月7日下午,台州市第六次妇女代表大会在圆满完成各项议程后胜利闭幕。",
                "corpus/pool/p024.txt",
                ("陈赛", "REPORTED", "example"),
            ),
        ),
        apply=organizations.credits,
        find=find_credits,
    ),
    Rule(
        "photo_credit.v1",
        ("Photographer", "PHOTOGRAPHED"),
        "(本报记者)NAME摄",
        (_ex("本报记者牛书培摄\n", "corpus/xuchang-daily/2022-06-04-p1.txt", ("牛书培", "PHOTOGRAPHED", "example")),),
        apply=organizations.credits,
        find=find_credits,
    ),
    Rule(
        "title_before_name.v1",
        ("HOLDS_POSITION",),
        "TITLE(、TITLE)* immediately before a person name; one relation per title (A兼B is two); every qualifier "
        "before the head is the head's (原专职副主任; 联合|轮值 before 主席); 原 before a body's party unit "
        "(原党组|党委|党支部|党总支) or before a unit of the body (中国进出口银行原公司客户部总经理; never a place's "
        "原: 九原区委组织部) marks the chain's posts as past and is no part of the body, "
        "and a post after the unit's is the body's (仲裁委原党支部书记、常务副主任: 常务副主任 of 仲裁委); "
        "a body's name cut by a bracket or a "
        "digit goes on before it (中国人寿保险（集团）公司, 第七师123团); after a title of a body we do not know, the "
        "titles that follow inherit no body (联邦副总理兼财政部长 after 德国社会民主党联合主席); a foreign state's "
        "部长 writes its ministry's 部 once (伊朗外交部长: 伊朗外交部; 以色列 whole though 以 ends a chain read "
        "leftwards; 印度国务部长 a rank, no body), and a foreign city's 市长 its 市 (莫斯科市长, a name of no Han "
        "name's shape read whole: 莫斯科市政府); 前 before the head marks a past post, as 原 does (欧盟委员会前主席: "
        "former, 欧盟委员会主席 as written without it); an international organization, council, forum or union is "
        "a body (上合组织秘书长, 欧洲理事会主席, 世界经济论坛执行主席, 东盟秘书长), and one named X与Y goes on over "
        "经济 (经济合作与发展组织); 第一 before 副 is the head's (亚奥理事会第一副主席); a deputy's portfolio between "
        "the body and the head is no part of either "
        "(中央办公厅分管日常工作的副主任: 中央办公厅副主任); 第N届中央(候补)委员 "
        "is a seat of 中共中央; an academy's 院士 is a title (中国工程院院士); a rank or a grade between the body "
        "and the head is no part of the body (副局级, 二级调研员), and a body mention ending at it is the whole body "
        "(…旅游和文化广电体育厅二级巡视员); so is a deputy's charge 分管日常工作的 (中央组织部分管日常工作的副部长); "
        "the 和 of a bureau's or a division's standard name is part of the body (规划和自然资源局, "
        "自然资源和生态环境处); a numbered division is a body (新疆生产建设兵团第六师副师长); "
        "titles naming no body take the body of the head's kind named just before, "
        "never a kind word alone (全市法院和中院机关: no post of 中院); a special administrative region's "
        "行政长官 holds a post of the region itself (香港特别行政区, 香港特区 folded into it), never of the body of "
        "the title before it in a list; "
        "a post of a cadre stationed in a village "
        "(驻村第一书记) is of the village written before 驻村 (白音特拉村驻村第一书记), else of the one village the "
        "article names before 驻村 (钟宇在…马郢村驻村), and a word before 驻村 that names no village is no part of "
        "the title (打开驻村第一书记钟宇的朋友圈); 大会 and 大会主席团 before a head are the session or congress the "
        "article names in full, when it names one (大会副秘书长 → 十四届全国人大二次会议, 大会主席团常务主席 → "
        "十四届全国人大二次会议主席团), never a body 大会 nor the body of the title before it; a unit's office named "
        "bare after a post of its party unit is the unit's (湖南烈士公园党委副书记、管理处主任: 湖南烈士公园管理处)",
        (
            _ex(  # a unit's office named bare after a post of its party unit
                "此外,湖南烈士公园党委副书记、管理处主任吴军因在公共资源管理上失职渎职,导致该公园出现带有私人会所性质的场所,"
                "在社会上造成了不良影响,受到行政警告处分。",
                "corpus/pool/p032.txt",
                ("吴军", "HOLDS_POSITION", "湖南烈士公园管理处"),
            ),
            _ex(  # 大会 is the session the article names: its deputy secretary-general
                "央视网消息（新闻联播）：十四届全国人大二次会议主席团常务主席第二次会议10日下午在北京人民大会堂举行。\n"
                "会议听取并审议了大会副秘书长、全国人大常委会副秘书长刘俊臣作的大会秘书处关于代表提出议案处理意见的报告。",
                "corpus/xwlb/20240310_04.txt",
                ("刘俊臣", "HOLDS_POSITION", "十四届全国人大二次会议"),
                date="2024-03-10",
            ),
            _ex(  # the village the cadre is stationed in, named in the next sentence; 打开 (open) is no body
                "“欢迎回村”……打开驻村第一书记钟宇的朋友圈,热气腾腾的乡村生活扑面而来。钟宇在安徽长丰县杨庙镇马郢村驻村,"
                "如今,村里创客云集,游客络绎不绝。",
                "corpus/pool/p058.txt",
                ("钟宇", "HOLDS_POSITION", "马郢村"),
            ),
            _ex(  # the deputy who runs the body day to day: 分管日常工作的 inside the chain, no part of the body
                "座谈会上，中央党史和文献研究院院长曲青山、中央组织部分管日常工作的副部长黄建发、中央党校（国家行政学院）"
                "分管日常工作的副校长（副院长）谢春涛、共青团中央书记处第一书记阿东、湖南省委书记沈晓明先后发言。",
                "corpus/xwlb/20251120_01.txt",
                ("黄建发", "HOLDS_POSITION", "中央组织部"),
            ),
            _ex(  # a grade before 巡视员; the chain read stops at 和, the model's body mention does not
                "海南省旅游和文化广电体育厅二级巡视员刘平久，新疆生产建设兵团第六师副师长、五家渠市副市长闫盛红及兵团教育局"
                "党组成员、副局长尹若强等人受到严肃处理。",
                "corpus/xwlb/20240424_10.txt",
                ("刘平久", "HOLDS_POSITION", "海南省旅游和文化广电体育厅"),
            ),
            _ex(  # a division's 和 inside the chain; a company's 总会计师 a post; a corps division a body
                "北京市财政局自然资源和生态环境处副处长裴阳，华电能源股份有限公司原党委委员、总会计师李西金，中国建设银行"
                "新疆维吾尔自治区博州分行党委委员、副行长吴建斌等人受到严肃处理。",
                "corpus/xwlb/20240424_10.txt",
                ("裴阳", "HOLDS_POSITION", "北京市财政局自然资源和生态环境处"),
                ("李西金", "HOLDS_POSITION", "华电能源股份有限公司"),
            ),
            _ex(
                "海南省旅游和文化广电体育厅二级巡视员刘平久，新疆生产建设兵团第六师副师长、五家渠市副市长闫盛红受到严肃处理。",
                "corpus/xwlb/20240424_10.txt",
                ("闫盛红", "HOLDS_POSITION", "新疆生产建设兵团第六师"),
                ("闫盛红", "HOLDS_POSITION", "五家渠市人民政府"),
            ),
            _ex(  # the 和 of a national body named with one is part of the chain (the model cut 国家|林业|和草原局…)
                "黑龙江省齐齐哈尔市人大常委会原党组成员、副主任刘锋，国家林业和草原局林草调查规划院原副院长唐小平，"
                "湖北省仙桃市委原常委、原副市长吴熙垚。",
                "corpus/xwlb/20241226_06.txt",
                ("唐小平", "HOLDS_POSITION", "国家林业和草原局林草调查规划院"),
            ),
            _ex(  # traditional script: 區政府二級調研員 of the district the article is in
                "12月1日,長沙市開福區第五次婦女代表大會召開,區委常委、組織部長郭峻,區政府二級調研員樂俊旺出席。",
                "corpus/pool/p023.txt",
                ("乐俊旺", "HOLDS_POSITION", "开福区人民政府"),
            ),
            _ex(  # 院士 a title head: the academy the body
                "中国工程院院士、怀柔国家实验室主任汤广福作讲解。国务院副总理丁薛祥、张国清、刘国中作交流发言。",
                "corpus/xwlb/20260420_03.txt",
                ("汤广福", "HOLDS_POSITION", "中国工程院"),
                ("汤广福", "HOLDS_POSITION", "怀柔国家实验室"),
            ),
            _ex(  # a Central Committee alternate's seat, held, before the former posts the case arose in
                "央视网消息（新闻联播）：经中共中央批准，中央纪委国家监委对第二十届中央候补委员，陕西省委原常委、西安市委原书记"
                "方红卫严重违纪违法问题进行了立案审查调查。",
                "corpus/xwlb/20260707_10.txt",
                ("方红卫", "HOLDS_POSITION", "中共中央"),
                ("方红卫", "HOLDS_POSITION", "西安市委"),
            ),
            _ex(  # a foreign city's 市 written once, as the head's
                "莫斯科市长索比亚宁称，俄防空系统今天（12月14日）击退以莫斯科为目标的无人机攻击。",
                "corpus/xwlb/20231214_14.txt",
                ("索比亚宁", "HOLDS_POSITION", "莫斯科市政府"),
            ),
            _ex(  # 第一 before 副: the head's qualifier, no part of the body
                "亚奥理事会第一副主席霍震霆在致辞中肯定中国在亚洲冰雪运动发展中发挥的重要作用，感谢中国政府、中国奥委会、"
                "黑龙江省政府、哈尔滨市政府及亚冬会组委会的精心筹备和团结合作，以及运动员、观众和工作人员的支持，称赞哈尔滨是"
                "梦幻的冰雪之都。",
                "corpus/xwlb/20250208_01.txt",
                ("霍震霆", "HOLDS_POSITION", "亚奥理事会"),
            ),
            _ex(  # a portfolio between the body and the head (财经 a word of the body)
                "中央宣讲团成员、中央财经委员会办公室分管日常工作的副主任韩文秀今天在山东济南作宣讲报告。",
                "corpus/xwlb/20221102_10.txt",
                ("韩文秀", "HOLDS_POSITION", "中央财经委员会办公室"),
            ),
            _ex(  # an international organization named X与Y, 经济 a word of it, and a council
                "格鲁吉亚第一副总理达维塔什维利、世界知识产权组织总干事邓鸿森出席峰会并致辞，经济合作与发展组织秘书长科尔曼"
                "通过视频方式致辞。",
                "corpus/xwlb/20240912_06.txt",
                ("科尔曼", "HOLDS_POSITION", "经济合作与发展组织"),
            ),
            _ex(
                "央视网消息（新闻联播）：当地时间10日，国务院总理李强在新德里会见欧洲理事会主席米歇尔。",
                "corpus/xwlb/20230911_03.txt",
                ("米歇尔", "HOLDS_POSITION", "欧洲理事会"),
            ),
            _ex(  # 前 before the head: a past post of the party
                "香港特别行政区行政长官李家超、澳门特别行政区行政长官贺一诚，中国国民党前主席洪秀柱出席开幕式。",
                "corpus/xwlb/20230924_01.txt",
                ("洪秀柱", "HOLDS_POSITION", "中国国民党"),
            ),
            _ex(  # a region's head, after a governor's title in the list: a post of the region
                "广东省省长孟凡利、香港特别行政区行政长官李家超、澳门特别行政区行政长官岑浩辉、国家体育总局局长高志丹分别致辞。",
                "corpus/xwlb/20251122_04.txt",
                ("李家超", "HOLDS_POSITION", "香港特别行政区"),
                ("岑浩辉", "HOLDS_POSITION", "澳门特别行政区"),
            ),
            _ex(  # a foreign ministry's 部 written once, as the head's
                "伊朗媒体还报道说，伊朗外交部长阿拉格齐1日分别同巴基斯坦陆军参谋长穆尼尔、土耳其外交部长费丹和沙特外交大臣"
                "费萨尔通电话，就地区局势以及美国和以色列相关行动交换意见。",
                "corpus/xwlb/20260802_08.txt",
                ("阿拉格齐", "HOLDS_POSITION", "伊朗外交部"),
                ("费丹", "HOLDS_POSITION", "土耳其外交部"),
            ),
            _ex(  # a co-chair of a foreign party; his government posts name no body we know, and take none
                "中共中央政治局常委、全国政协主席王沪宁18日在京会见德国社会民主党联合主席、联邦副总理兼财政部长克林拜尔率领"
                "的代表团。",
                "corpus/xwlb/20251118_05.txt",
                ("克林拜尔", "HOLDS_POSITION", "德国社会民主党"),
            ),
            _ex(
                "中国人寿保险（集团）公司原党委书记、董事长王滨，中国储备粮管理集团有限公司原党组成员、副总经理徐宝义，"
                "上海市奉贤区原副区长、长兴岛开发建设管理委员会原专职副主任顾佾等人违规公款吃喝。",
                "corpus/xwlb/20221222_07.txt",
                ("王滨", "HOLDS_POSITION", "中国人寿保险（集团）公司"),
                ("顾佾", "HOLDS_POSITION", "长兴岛开发建设管理委员会"),
            ),
            _ex(  # a bare head of the level of the government whose party group was named is that government's
                "日前，中央纪委办公厅对五起典型案件进行公开通报。河北省邯郸市政府原党组成员、副市长任华山，"
                "江西省人力资源和社会保障厅原党组成员、副厅长王成兵，受到严肃处理。",
                "corpus/xwlb/20260615_09.txt",
                ("任华山", "HOLDS_POSITION", "河北省邯郸市人民政府"),
                ("王成兵", "HOLDS_POSITION", "江西省人力资源和社会保障厅"),
            ),
            _ex(  # 原 before 党支部: past posts, the second of the body, never a body named …原党支部
                "河北省衡水市仲裁委原党支部书记、常务副主任高永丰，中储粮启东直属库原党支部书记、总经理杨海民等人违规吃喝。",
                "corpus/xwlb/20251227_08.txt",
                ("高永丰", "HOLDS_POSITION", "河北省衡水市仲裁委"),
                ("杨海民", "HOLDS_POSITION", "中储粮启东直属库"),
            ),
            _ex(  # a body of 19 characters before a title (up to 22 are read)
                "中国移动广西公司原党委委员、副总经理陈涛，中国农业发展银行辽宁省分行营业部原党委委员、副总经理颜鹏等人"
                "违规收受礼品礼金、违规吃喝、违规操办婚丧喜庆等，受到严肃处理。",
                "corpus/xwlb/20241226_06.txt",
                ("颜鹏", "HOLDS_POSITION", "中国农业发展银行辽宁省分行营业部"),
            ),
            _ex(  # 财经 is a word inside a body's name (经 alone ends a title: 经…批准)
                "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席、中央财经委员会主任习近平7月20日下午主持召开"
                "中央财经委员会第二次会议。",
                "corpus/xwlb/20230720_01.txt",
                ("习近平", "HOLDS_POSITION", "中共中央"),
                ("习近平", "HOLDS_POSITION", "中央财经委员会"),
            ),
            _ex(
                "大连海关原党委书记、关长刘大立，内蒙古自治区包头市九原区政府党组成员、副区长李晨伟，江西省上饶市工信局党组成员、"
                "副局长沈晓明",
                "corpus/xwlb/20260424_09.txt",
                ("李晨伟", "HOLDS_POSITION", "内蒙古自治区包头市九原区人民政府"),
            ),
            _ex(  # a ministry's department (…部…司) and the United Nations are bodies of their titles
                "浙江省委书记、省人大常委会主任易炼红,江苏省副省长方伟分别会见使节团。外交部外事管理司司长陈立参加有关活动。",
                "corpus/pool/p042.txt",
                ("陈立", "HOLDS_POSITION", "外交部外事管理司"),
            ),
            _ex(  # a clause of titles after 对, before the chain of the name
                "日前，经中共中央批准，中央纪委对宁夏回族自治区党委常委，自治区政府党组副书记、副主席陈春平，自治区党委常委、"
                "银川市委书记赵旭辉在宁夏银川富洋烧烤店“6·21”特别重大燃气爆炸事故中的失职失责问题进行了立案审查。",
                "corpus/xwlb/20240127_07.txt",
                ("陈春平", "HOLDS_POSITION", "宁夏回族自治区党委"),
            ),
            _ex(  # a group (团) named before its member's title is the post's body
                "中央宣讲团成员、中央社会工作部部长吴汉圣在合肥作宣讲报告。",
                "corpus/xwlb/20240803_05.txt",
                ("吴汉圣", "HOLDS_POSITION", "中央宣讲团"),
                ("吴汉圣", "HOLDS_POSITION", "中央社会工作部"),
            ),
            _ex(
                "11月4日，中央宣讲团成员、辽宁省委书记许昆林在沈阳作宣讲报告。",
                "corpus/xwlb/20251107_06.txt",
                ("许昆林", "HOLDS_POSITION", "中央宣讲团"),
            ),
            _ex(  # a company's legal representative (法定代表人) is a post of the company, as 董事长
                "湖南湘大工程检测有限公司法定代表人杨双富、金山桥街道金坪社区盘树湾组居民龙立勤等14人涉嫌重大责任事故罪",
                "corpus/xwlb/20230521_09.txt",
                ("杨双富", "HOLDS_POSITION", "湖南湘大工程检测有限公司"),
            ),
            _ex(
                "宁夏龙江清洁能源有限公司法定代表人张晓东、宁夏铂澜能源有限公司法定代表人马金礼和宁夏国华检测技术有限公司"
                "法定代表人周志国等15人涉嫌重大责任事故罪",
                "corpus/xwlb/20240127_07.txt",
                ("张晓东", "HOLDS_POSITION", "宁夏龙江清洁能源有限公司"),
                ("周志国", "HOLDS_POSITION", "宁夏国华检测技术有限公司"),
            ),
            _ex(
                "据山东省当地媒体报道,5日上午,中共山东省委书记姜异康会见了联合国秘书长潘基文一行。",
                "corpus/pool/p055.txt",
                ("潘基文", "HOLDS_POSITION", "联合国"),
            ),
            _ex(
                "市委常委、市委秘书长王志宏,副市长李海峰前往集中休养点。",
                "corpus/pages/p04_xuchang_20201204_yqfk.txt",
                ("王志宏", "HOLDS_POSITION", "市委"),
            ),
            _ex(
                "6月28日晚上,西王镇召开村“两委”换届工作推进会。最后,镇组织委员周雷对村“两委”换届群众和党员推荐流程及"
                "工作要点进行培训。",
                W + "w26.txt",
                ("周雷", "HOLDS_POSITION", "西王镇党委"),
            ),
            # a committee's office (省委巡视办) is a body of its own, not the department named before it
            _ex(
                "省委组织部副部长、省委巡视办主任吴明明,省委组织部副部长王世华,省行政学院院长石玉亭,省委党校副校长冯湖等"
                "领导同志出席了开班式。",
                W + "w38.txt",
                ("吴明明", "HOLDS_POSITION", "省委巡视办"),
            ),
            # posts held concurrently (兼) are two titles
            _ex(
                "会议听取了全国政协副主席兼秘书长张庆黎就有关草案所作的说明。",
                W + "w11.txt",
                ("张庆黎", "HOLDS_POSITION", "全国政协"),
            ),
            _ex(
                "北京市委宣传部副部长、北京市人民政府新闻办公室主任、北京市人民政府新闻发言人徐和建今天表示,",
                "corpus/pool/p052.txt",
                ("徐和建", "HOLDS_POSITION", "北京市人民政府"),
            ),
            # titles naming no body: the body of the kind the head names, just before (局长 → …局)
            _ex(
                "湖南省纪委日前对7起违反作风建设规定精神的典型问题发出通报,其中湘阴县民政局中秋节违规发放月饼,"
                "党组书记、局长庞国荣受到党内严重警告处分,党组成员、副局长左重受到党内警告处分。",
                "corpus/pool/p032.txt",
                ("庞国荣", "HOLDS_POSITION", "湘阴县民政局"),
                ("左重", "HOLDS_POSITION", "湘阴县民政局"),
            ),
            # a verb of calling on someone ends what runs before the title (never a body 武汉拜会湖北省委)
            _ex(
                "7月31日,集团党组书记、董事长吕军在武汉拜会湖北省委常委、武汉市委书记王忠林,双方就深化战略合作事宜进行深入"
                "沟通交流。",
                W + "w22.txt",
                ("王忠林", "HOLDS_POSITION", "湖北省委"),
            ),
            # 团市委 is the city's youth league (never a city named 团); 市委办 is an office of its own
            _ex(
                "3月4日下午,中共济宁市委宣传部、共青团济宁市委、济宁市青年志愿者协会联合举办“青春志愿行 共创文明城”"
                "主题志愿服务活动。市委宣传部副部长曹广、团市委书记赵鑫出席活动。",
                "corpus/pool/p020.txt",
                ("赵鑫", "HOLDS_POSITION", "共青团济宁市委"),
            ),
            _ex(
                "3月9日下午,津市市委书记王学武一行走访湘澧盐化、天盛电化、中联重科等重点企业,调研津市工业发展情况。"
                "市委常委、市委办主任周功表,市政府副市长黄杰参加调研。",
                "corpus/pool/p014.txt",
                ("周功表", "HOLDS_POSITION", "津市市委办"),
            ),
            # the one town of the article, though 参会镇村组干部 reads like a second one
            _ex(
                "5月6日,大川镇召开村级建制村民大会工作部署会。会上,副镇长单忠武就相关事宜进行安排部署。\n"
                "镇党委书记覃正顺指出,参会镇村组干部务必高度重视。",
                "corpus/pool/p019.txt",
                ("单忠武", "HOLDS_POSITION", "大川镇人民政府"),
                ("覃正顺", "HOLDS_POSITION", "大川镇党委"),
            ),
            # bare company posts in an article that calls its one company 集团: that company's posts
            _ex(
                "10月30日下午,集团召开第三次党代会动员部署工作会议。会议由党委书记、董事长、总经理潘友华主持。会上,"
                "党委委员、纪委书记郑洪国强调了换届选举工作纪律。余保山宣读了省国资委党委关于同意徽商集团召开第三次党代会的批复。",
                "corpus/pool/p027.txt",
                ("潘友华", "HOLDS_POSITION", "徽商集团"),
                ("郑洪国", "HOLDS_POSITION", "徽商集团纪委"),
            ),
            # a foreign state's ambassador: a post of its embassy (as 中国驻印尼大使 → 中国驻印尼大使馆), implied
            _ex(
                "巴西总统首席特别顾问阿莫林，巴西政府代表、巴西驻华大使高望。",
                "corpus/xwlb/20250903_01.txt",
                ("高望", "HOLDS_POSITION", "巴西驻华大使馆"),
            ),
        ),
        apply=positions.positions,
        trigger="title_heads",
    ),
    Rule(
        "shared_title_list.v1",
        ("HOLDS_POSITION",),
        "TITLE NAME、NAME、NAME: names after 、 share the title of the first",
        (
            _ex(
                "中共中央政治局常委李强、赵乐际、王沪宁、丁薛祥、李希，国家副主席韩正出席座谈会，中共中央政治局常委蔡奇主持座谈会。",
                "corpus/xwlb/20231226_01.txt",
                ("赵乐际", "HOLDS_POSITION", "中共中央政治局"),
            ),
        ),
        apply=positions.positions,
    ),
    Rule(
        "name_before_title.v1",
        ("HOLDS_POSITION",),
        "NAME 总书记|委员长|副委员长|总理|副总理 (the title after the name)",
        (
            _ex(
                "深入学习贯彻习近平总书记关于科技创新的重要论述。",
                "corpus/xwlb/20230822_06.txt",
                ("习近平", "HOLDS_POSITION", "中共中央"),
            ),
        ),
        apply=positions.positions,
    ),
    Rule(
        "second_title_after_name.v1",
        ("HOLDS_POSITION",),
        "NAME 总书记 (name_before_title.v1) 、 国家主席|国家副主席|国务委员|总理|委员长 … not followed by a name: "
        "the name's further national titles (…总书记、总理李强 are the next name's)",
        (
            _ex(
                "赵乐际表示，习近平总书记、国家主席和阮富仲总书记去年年底共同宣布构建具有战略意义的中越命运共同体。",
                "corpus/xwlb/20240408_05.txt",
                ("习近平", "HOLDS_POSITION", "中华人民共和国"),
            ),
        ),
        apply=positions.positions,
    ),
    Rule(
        "state_head.v1",
        ("HOLDS_POSITION",),
        "COUNTRY (共和国|王国) + 总统|总理|首相|国王|女王|王储 (副, 第一副, 代理 …) + NAME, a title after 兼 with no "
        "body "
        "(沙特王储兼首相) and a bare one after the previous name of a 、-list (葡萄牙总统德索萨、总理蒙特内格罗): "
        "a post of that foreign state, a body the text does not name (no organization mention), and so is a state's "
        "国家(副)主席 (古巴国家主席; 中国国家主席 is 国家主席, of 中华人民共和国); 前 before the head "
        "marks a past post (意大利前总理: status former)",
        (
            _ex(  # a state's 国家主席
                "古巴国家主席迪亚斯-卡内尔4日表示，在美国对委内瑞拉发动的犯罪性袭击中，32名古巴公民牺牲。",
                "corpus/xwlb/20260105_12.txt",
                ("迪亚斯-卡内尔", "HOLDS_POSITION", "古巴"),
            ),
            _ex(  # 前 before the head: past posts, of the state and of a body
                "今晚（4月10日），总台央视新闻频道《高端访谈》栏目将播出对意大利前总理、欧盟委员会前主席普罗迪的专访。",
                "corpus/xwlb/20260410_10.txt",
                ("普罗迪", "HOLDS_POSITION", "意大利"),
            ),
            _ex(
                "洪都拉斯副总统弗洛伦蒂诺、赞比亚副总统纳卢曼戈、越南副总理黎成龙等出席开幕式并先后致辞。",
                "corpus/xwlb/20241120_07.txt",
                ("弗洛伦蒂诺", "HOLDS_POSITION", "洪都拉斯"),
                ("黎成龙", "HOLDS_POSITION", "越南"),
            ),
            _ex(
                "国家副主席韩正访问沙特，在利雅得会见沙特王储兼首相穆罕默德，出席第九届未来投资倡议大会并发表演讲。",
                "corpus/xwlb/20251101_09.txt",
                ("穆罕默德", "HOLDS_POSITION", "沙特"),
            ),
            _ex(
                "在里斯本分别会见葡萄牙总统德索萨、总理蒙特内格罗，同议长阿吉亚尔-布兰科举行会谈。",
                "corpus/xwlb/20241124_03.txt",
                ("德索萨", "HOLDS_POSITION", "葡萄牙"),
                ("蒙特内格罗", "HOLDS_POSITION", "葡萄牙"),
            ),
        ),
        apply=positions.positions,
    ),
    Rule(
        "title_after_name.v1",
        ("HOLDS_POSITION",),
        "NAME + 总统|副总统|首相|国王|女王|国家(副)主席 (总理 after a foreign name; 国家主席 after a Han name "
        "only when another holds China's) of one holding no post in the article: a post "
        "of the one foreign state the article names, or else of the one its sentence names or its sentence's names "
        "hold a head's post of (none if two), or else of the one it (or else its paragraph) names by a one-character "
        "short form (中韩关系, 法中关系, 匈方, 中希双方: the only state the article names starting with it); "
        "NAME + 主席 for the first Chinese name so titled in an article of foreign affairs, an international "
        "event or a union of states (欧盟, 阿盟, 东盟, 联合国), holding no 主席 post in it: 中华人民共和国; "
        "NAME + (副|常务副)院长|检察长|校长 of one holding no post "
        "of that head: the one body of the head's kind (…院, …检察院, …大学|学校|学院) named before it in its sentence "
        "or the one before, else in the article",
        (
            _ex(
                "全国人大常委会委员长赵乐际25日下午在人民大会堂同哈萨克斯坦议会下院议长科沙诺夫举行会谈。赵乐际表示，"
                "在习近平主席和托卡耶夫总统战略引领下，两国关系实现跨越式发展。",
                "corpus/xwlb/20240425_05.txt",
                ("托卡耶夫", "HOLDS_POSITION", "哈萨克斯坦"),
                ("习近平", "HOLDS_POSITION", "中华人民共和国"),
            ),
            _ex(  # three states named, the sentence names one by its short form
                "4日上午，赵乐际在北京分别会见来华出席纪念中国人民抗日战争暨世界反法西斯战争胜利80周年活动的塞尔维亚总统"
                "武契奇和韩国国会议长禹元植。在会见禹元植时，赵乐际表示，中韩既是近邻，也是合作伙伴。今年6月，习近平主席同"
                "李在明总统通话，就推动中韩战略合作伙伴关系迈向更高水平达成重要共识。",
                "corpus/xwlb/20250904_10.txt",
                ("李在明", "HOLDS_POSITION", "韩国"),
            ),
            _ex(  # a Han name's 国家主席 when China's is another's
                "国务院总理李强24日在大连会见越南总理范明政。李强首先转达习近平总书记、国家主席对阮富仲总书记和苏林国家主席的"
                "亲切问候。",
                "corpus/xwlb/20240624_06.txt",
                ("苏林", "HOLDS_POSITION", "越南"),
            ),
            _ex(
                "11月1日上午,李凤亮一行来到西湖大学,与西湖大学领导班子展开座谈。座谈会上,施一公校长介绍了西湖大学创新"
                "发展情况,董清源书记介绍了学校党的建设情况。",
                "corpus/pool/p030.txt",
                ("施一公", "HOLDS_POSITION", "西湖大学"),
            ),
        ),
        apply=positions.positions,
    ),
    Rule(
        "member_after_name.v1",
        ("HOLDS_POSITION",),
        "NAME (和 NAME) 常委 + 发言|代表|建议|提出|在 in an article naming one standing committee's sitting "
        "(X十四届常委会第N次会议): a member of that committee (X常委会) speaking at it",
        (
            _ex(
                "政协第十四届全国委员会常务委员会第三次会议23日下午举行全体会议，13位常委作大会发言。"
                "王志刚和黄卫常委在联合发言中建议，持之以恒加强基础研究。黄润秋常委提出，坚持问题导向和应用导向。",
                "corpus/xwlb/20230823_06.txt",
                ("王志刚", "HOLDS_POSITION", "全国政协常委会"),
                ("黄卫", "HOLDS_POSITION", "全国政协常委会"),
                ("黄润秋", "HOLDS_POSITION", "全国政协常委会"),
            ),
        ),
        apply=positions.positions,
    ),
    Rule(
        "works_for.v1",
        ("WORKS_FOR",),
        "ORG + non-official title (讲师|教授|工程师|经理…) + NAME",
        (
            _ex(
                "在4月27日举办的婴幼儿护理和产妇产后护理培训班上,河南省谷励教育科技有限公司讲师、育婴师、早期教育指导师贾育哲利用丰富的教学实践经验,为学员传授了产妇产后护理及婴幼儿护理知识。",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("贾育哲", "WORKS_FOR", "河南省谷励教育科技有限公司"),
            ),
        ),
        apply=positions.positions,
        trigger="non_official_heads",
        also_applied_by=(positions.appointments,),
    ),
    Rule(
        "seat_revoked.v1",
        ("HOLDS_POSITION",),
        "撤销 NAME(、NAME …) 政协第N届X委员会委员资格: each name's seat (委员) of X政协, removed",
        (
            _ex(
                "会议审议通过关于撤销唐勇、党彦宝、李民吉政协第十四届全国委员会委员资格的决定，提请全国政协十四届常委会第十二次"
                "会议追认。",
                "corpus/xwlb/20250326_02.txt",
                ("唐勇", "HOLDS_POSITION", "全国政协"),
                ("李民吉", "HOLDS_POSITION", "全国政协"),
            ),
        ),
        apply=positions.revoked_seats,
    ),
    Rule(
        "seat_ended.v1",
        ("HOLDS_POSITION",),
        "终止其 SEAT(、SEAT …)资格, 其 the one person the paragraph names before it: each delegate's seat "
        "(党的N大代表, …第N次党代会代表, …人大代表) a post of its congress (中国共产党全国代表大会, …党代会, "
        "…人大), removed",
        (
            _ex(
                "经中央纪委常委会会议研究并报中央政治局会议审议，决定给予方红卫开除党籍处分；由国家监委给予其开除公职处分；"
                "终止其党的二十大代表、陕西省第十四次党代会代表资格；收缴其违纪违法所得。",
                "corpus/xwlb/20260707_10.txt",
                ("方红卫", "HOLDS_POSITION", "中国共产党全国代表大会"),
                ("方红卫", "HOLDS_POSITION", "陕西省党代会"),
            ),
        ),
        apply=positions.revoked_seats,
    ),
    Rule(
        "appointment.v1",
        ("HOLDS_POSITION",),
        "任命NAME为TITLE (appointed); 免去NAME的TITLE职务 (removed); 接受NAME辞去TITLE职务 (resigned); the next "
        "，-clause of the formula without its verb (…副区长，NAME为TITLE) takes its status; a TITLE never runs over a "
        "line break (a heading broken over two lines)",
        (
            _ex(
                "决定免去王毅兼任的外交部部长职务，任命秦刚为外交部部长，免去周祖翼的人力资源和社会保障部部长职务，任命王晓萍为人力资源和社会保障部部长。",
                "corpus/xwlb/20221230_08.txt",
                ("王毅", "HOLDS_POSITION", "外交部"),
            ),
            _ex(
                "会议以无记名投票方式,任命李春雨、何娇、徐莉等18人为通州区人民法院审判员。",
                W + "w07.txt",
                ("何娇", "HOLDS_POSITION", "通州区人民法院"),
            ),
            # a court's committee named bare after the court in the list is the court's
            _ex(
                "免去邹震宇同志的虹口区人民检察院副检察长、检察委员会委员、检察员职务。",
                "corpus/pool/p007.txt",
                ("邹震宇", "HOLDS_POSITION", "虹口区人民检察院检察委员会"),
                ("邹震宇", "HOLDS_POSITION", "虹口区人民检察院"),
            ),
            # a deputy's seat given up: a post of that people's congress, its term number dropped
            _ex(
                "接受金静、夏峰、徐静辞去嘉兴市南湖区第十届人大代表职务,并由嘉兴市南湖区人民代表大会常务委员会予以公告。",
                "corpus/pool/p008.txt",
                ("夏峰", "HOLDS_POSITION", "嘉兴市南湖区人大"),
            ),
            # a name written with the middle dot, the model's two halves joined (dotted_name.v1)
            _ex(
                "会议表决通过了有关人事事项,决定免去阿卜杜吉力力·阿卜来提的嘉兴市南湖区人民政府副区长职务。",
                "corpus/pool/p008.txt",
                ("阿卜杜吉力力·阿卜来提", "HOLDS_POSITION", "嘉兴市南湖区人民政府"),
            ),
        ),
        apply=positions.appointments,
    ),
    Rule(
        "post_ended.v1",
        ("HOLDS_POSITION",),
        "NAME的TITLE(、TITLE)*职务(相应|自行|同时|依法)?终止 (removed: a post that ends with another one)",
        (
            _ex(
                "接受金静、夏峰、徐静辞去嘉兴市南湖区第十届人大代表职务,并由嘉兴市南湖区人民代表大会常务委员会予以公告。"
                "同时,徐静的嘉兴市南湖区第十届人民代表大会社会建设与民宗外侨委员会副主任委员职务相应终止,"
                "由嘉兴市南湖区人民代表大会常务委员会予以公告并报嘉兴市南湖区人民代表大会下次会议备案。",
                "corpus/pool/p008.txt",
                ("徐静", "HOLDS_POSITION", "嘉兴市南湖区人民代表大会社会建设与民宗外侨委员会"),
            ),
        ),
        apply=positions.appointments,
    ),
    Rule(
        "appointment_list.v1",
        ("HOLDS_POSITION",),
        "决定|通过(了)|同意 NAME(、NAME)* 任 TITLE (appointed)",
        (
            _ex(
                "会议增补了县妇联十三届执委,表决通过了周慧、郑瑶任县妇联副主席;",
                W + "w32.txt",
                ("周慧", "HOLDS_POSITION", "县妇联"),
            ),
        ),
        apply=positions.appointments,
    ),
    Rule(
        "post_change.v1",
        ("HOLDS_POSITION",),
        "NAME(同志) 任|兼任 TITLE(、TITLE)*(，TITLE…)* (appointed in a decision or its announcement, else held); "
        "不再担任 … 职务 (removed); 当选(为) TITLE (appointed; a bare 副主席 after it takes the body just elected); "
        "a year before the article's in the sentence makes it a past post (former)",
        (
            _ex(
                "8月27日上午,薌城區相繼召開區委常委會(擴大)會議和全區領導干部大會,宣布薌城區主要領導任免決定:"
                "胡棟良同志任中共漳州市薌城區委委員、常委、書記;",
                "corpus/pool/p010.txt",
                ("胡栋良", "HOLDS_POSITION", "漳州市芗城区委"),
            ),
            _ex(
                "漳州市副市長侯為東兼任中共漳州市委古雷港經濟開發區工作委員會委員、副書記,漳州古雷港經濟開發區管委會主任。",
                "corpus/pool/p010.txt",
                ("侯为东", "HOLDS_POSITION", "漳州古雷港经济开发区管委会"),
            ),
            _ex(
                "會上,宣布了新当选的市妇联第六届执行委员会主席、副主席、常务委员名单,姚君丹当选市妇联主席。",
                "corpus/pool/p024.txt",
                ("姚君丹", "HOLDS_POSITION", "市妇联"),
            ),
        ),
        apply=positions.appointments,
    ),
    Rule(
        "acting_post.v1",
        ("HOLDS_POSITION",),
        "决定 NAME (TITLE) 代理 BODY+HEAD 职务 → title 代理HEAD (appointed); a deputy's TITLE of that office "
        "written before 代理 (郑皓副区长代理…区长职务) is a post held in the same body",
        (
            _ex(
                "决定接受孟景伟辞去通州区人民政府区长职务的请求,决定郑皓副区长代理通州区人民政府区长职务。",
                W + "w07.txt",
                ("郑皓", "HOLDS_POSITION", "通州区人民政府"),
            ),
        ),
        apply=positions.appointments,
    ),
    Rule(
        "shared_office_body.v1",
        ("HOLDS_POSITION",),
        "a bare title (副主任, 秘书长, 组员) after a post of the same office in the sentence is a post of its body "
        "(a part-time or seconded cadre's 兼职|挂职 副主席 after 主席 too, the mark kept in the title); "
        "any bare title right after a 、 that follows a titled name takes that name's last body",
        (
            _ex(
                "区人大常委会主任戴骅,副主任宋嘉禾、夏利民、潘敏、金可可及委员共24人出席。",
                W + "w05.txt",
                ("宋嘉禾", "HOLDS_POSITION", "区人大常委会"),
            ),
            # a bare title right after the previous name of a 、-list: that name's body
            _ex(
                "市委9个工作部门的13位新闻发言人分别是:市纪委常委黄建平;市委组织部秘书长冯伟、副巡视员王小宝;"
                "市委党校副校长杨俊一、教育长朱华;",
                "corpus/pool/p050.txt",
                ("王小宝", "HOLDS_POSITION", "市委组织部"),
                ("朱华", "HOLDS_POSITION", "市委党校"),
            ),
            _ex(  # traditional script: 掛職副主席, 兼職副主席 of the 區婦聯 elected just before
                "甘芳當選為區婦聯主席,朱緒英當選為副主席,陳卓鈺當選為掛職副主席,范偉君、孟李娜、夏楊、彭愛輝當選為兼職副主席。",
                "corpus/pool/p023.txt",
                ("陈卓钰", "HOLDS_POSITION", "区妇联"),
                ("彭爱辉", "HOLDS_POSITION", "区妇联"),
            ),
        ),
        apply=positions.positions,
        also_applied_by=(positions.appointments,),
    ),
    Rule(
        "presided.v1",
        ("PRESIDED",),
        "NAME (TITLE) (在…)(共同)主持(召开|会议): co-chairs (NAME与|同NAME共同主持) both preside; not the principal "
        "in 受…委托; never to another meeting when what 主持 takes is a meeting named after it that no rule found "
        "(主持中国－中亚峰会前夕，…参加汇报会: no PRESIDED of the 汇报会); not 主持 a piece of work "
        "(主持启动|实施|完成|制定|编制|编写|起草|修订|设计|研发|研制|建设|推动|开展: leading it is no meeting)",
        (
            _ex(  # co-chairs: the one named after 与 presides as well
                "央视网消息（新闻联播）：2024年中非合作论坛北京峰会治国理政高级别会议9月5日下午在京举行，中共中央政治局常委、"
                "全国人大常委会委员长赵乐际与卢旺达总统卡加梅共同主持会议并致辞。",
                "corpus/xwlb/20240905_07.txt",
                ("卡加梅", "PRESIDED", "2024年中非合作论坛北京峰会治国理政高级别会议"),
            ),
            _ex(
                "4月7日,许昌市新冠肺炎疫情防控指挥部召开第74次日例会。市长史根治强调,要坚决克服麻痹松懈思想,一以贯之抓实抓细疫情防控,直至取得“战疫”决定性胜利。副市长李海峰主持会议并提出要求。",
                "corpus/pages/p04_xuchang_20201204_yqfk.txt",
                ("李海峰", "PRESIDED", "第74次日例会"),
            ),
            _ex(  # a day between the name and 主持
                "新華社北京3月17日電 國務院總理李強3月17日主持召開新一屆國務院第一次全體會議。",
                "corpus/pool/p040.txt",
                ("李强", "PRESIDED", "新一届国务院第一次全体会议"),
            ),
            _ex(  # a session to be convened (关于召开…的决定) is not held: 主持开幕会 is at the held one
                "政协第十四届全国委员会常务委员会第十五次会议3月1日上午在北京开幕。\n"
                "会议审议通过关于召开政协第十四届全国委员会第四次会议的决定。\n"
                "中共中央政治局委员、全国政协副主席石泰峰主持开幕会。",
                "corpus/xwlb/20260301_03.txt",
                ("石泰峰", "PRESIDED", "全国政协十四届常委会第十五次会议"),
            ),
            _ex(  # a meeting a body holds (BODY召开会议) is held: not the one whose speech it relays
                "中共全国政协党组1月14日召开会议，传达学习贯彻习近平总书记在中央政治局常委会会议听取全国政协党组工作汇报时的"
                "重要讲话精神。中共中央政治局常委、全国政协主席、党组书记王沪宁主持并讲话。",
                "corpus/xwlb/20260114_04.txt",
                ("王沪宁", "PRESIDED", "中共全国政协党组会议"),
            ),
            _ex(  # what 主持 takes ends the name of a meeting found (开学典礼): it is that meeting
                "9月18日,区委党校举行2016年秋季开学典礼。区委副书记周金林作动员讲话,区委常委、组织部部长董依雯主持开学典礼。",
                "corpus/pool/p036.txt",
                ("董依雯", "PRESIDED", "2016年秋季开学典礼"),
            ),
        ),
        apply=roles.meeting_roles,
    ),
    Rule(
        "spoke_at.v1",
        ("SPOKE_AT",),
        "NAME (主持会议并|出席(开幕式|闭幕式)?并|在…上)(讲话|强调|指出|要求|部署|作…报告|致辞), "
        "NAME (…)在PLACE作…报告, (代表…)向|对…表示祝贺|欢迎|感谢, 代表…所作的(《…》的)报告, to the meeting of the "
        "article (not one named in the topic after 就|关于|围绕); TITLE NAME和TITLE NAME，分别… share it, and so "
        "do TITLE NAME和TITLE NAME before the verb (…主席高志丹和…副主席宋鲁增发表致辞; never a name and a body or an "
        "untitled name joined by 和); "
        "never the author of an instruction or comment the "
        "article reports (NAME对…作出重要指示|批示: what NAME 指出|强调 is relayed), nor of a letter to it "
        "(NAME发来贺信, NAME向…致贺信, NAME致信: 在贺信中指出 is the letter), unless at the meeting (主持|出席|在…上), "
        "nor a leader quoted in another's speech (…表示，NAME指出, 正如NAME指出, "
        "NAME主席指出 in a paragraph another speaker opens), nor a speech cited (在…上发表的重要讲话); "
        "NAME (今天|N日)在PLACE宣讲…精神 (a lecture given); none from a sentence before the meeting is first named "
        "by one who visited before it (NAME来到…考察。…NAME强调，… and at the end …参加汇报会: said on the visit), "
        "unless the person heard a report since the last visit (NAME听取…工作汇报，…。NAME指出: said at the report "
        "meeting); a 、-list of titled names shares it through a label with no verb before its last name "
        "(…台盟中央主席苏辉、无党派人士代表朴世龙作了发言); with no meeting in the sentence or before it, the first "
        "one named after it, never after a visit, tour or arrival reported before (考察|调研|视察|走访|慰问|看望|参观|"
        "抵达|访问: 习近平…抵达杜尚别…。习近平指出，… is said on arrival) unless a report was heard or a meeting held "
        "since (听取…汇报, 随后召开), nor, after it, to a meeting named before only as the purpose of an arrival or a "
        "journey (抵达|赴…出席|参加|主持召开|举行 + the meeting: …抵达…机场，将主持召开…第四次会议。…李强指出; "
        "…抵达阿斯塔纳，出席…第二十四次会议…。习近平发表机场书面讲话: said on arrival); 发表(主旨|主题)?演讲 is a "
        "speech (出席并发表演讲); "
        "a meeting written right "
        "after a time before the article's month (去年, 今年4月，…, 2018年9月在沈阳召开…) is a past one the article "
        "recalls: it takes the roles of its own sentence only, and those of a speaker written 在该|这|此|那次会议上 "
        "(时任市委书记刘春良在该次会议上…指出: the last meeting named); never the meeting held before across a trip's "
        "other events told since (此访期间|访问期间…: 访问期间，习近平主席同欧方领导人…交换看法。…习近平主席强调); "
        "(出席|参加)(X)?并在…上讲话 after an event attended (参加接见并在…会议上讲话): to the meeting named after 并在",
        (
            _ex(  # a speech after an event attended, at the meeting named again after 并在
                "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平29日在北京人民大会堂接见参加2023年度驻外"
                "使节工作会议的全体使节并发表重要讲话。\n中共中央政治局委员、外交部部长王毅参加接见并在2023年度驻外使节工作"
                "会议上讲话，要求深入学习领会习近平总书记重要讲话和中央外事工作会议精神。",
                "corpus/xwlb/20231229_03.txt",
                ("王毅", "SPOKE_AT", "2023年度驻外使节工作会议"),
            ),
            _ex(  # the plenum of 2005 the anniversary issue recalls: the speaker refers back to it
                "2005年7月25日,市委四届五次全会胜利召开,重点研究了如何加快市区经济发展的问题。\n"
                "时任市委书记刘春良在该次会议上一针见血地指出,当前国内地区间的竞争,在很大程度上已演变为城市综合实力的竞争。",
                "corpus/pages/p05_xcrb_20181123_c437406.txt",
                ("刘春良", "SPOKE_AT", "市委四届五次全会"),
                date="2018-11-23",
            ),
            _ex(  # what is said after the report heard since the visits is said at the report meeting named at the end
                "习近平在河南考察时强调 坚定信心推动高质量发展高效能治理\n"
                "20日上午，习近平听取河南省委和省政府工作汇报，对河南各方面取得的成绩给予肯定，对下一步工作提出要求。\n"
                "习近平指出，高质量发展是中国式现代化的必然要求。\n"
                "何立峰及中央和国家机关有关部门负责同志陪同考察，深入贯彻中央八项规定精神学习教育中央第二指导组负责同志参加"
                "汇报会。",
                "corpus/xwlb/20250520_01.txt",
                ("习近平", "SPOKE_AT", "汇报会"),
            ),
            _ex(  # two titled names joined by 和 before one verb: both speak
                "央视网消息（新闻联播）：杭州第19届亚洲运动会火炬传递启动仪式8日在浙江省杭州市举行。\n"
                "启动仪式由浙江省省长、杭州亚运会组委会主席王浩主持。仪式上，国家体育总局局长、杭州亚运会组委会主席"
                "高志丹和亚洲奥林匹克理事会副主席宋鲁增发表致辞。",
                "corpus/xwlb/20230908_09.txt",
                ("高志丹", "SPOKE_AT", "杭州第19届亚洲运动会火炬传递启动仪式"),
            ),
            _ex(  # 出席开幕式并致辞: a speech at the opening of the forum the article holds
                "央视网消息（新闻联播）：14日上午，2023北京文化论坛在京开幕。\n"
                "中共中央政治局委员、北京市委书记尹力出席开幕式并致辞。",
                "corpus/xwlb/20230914_08.txt",
                ("尹力", "SPOKE_AT", "2023北京文化论坛"),
            ),
            _ex(  # 演讲, the speech's other word
                "央视网消息（新闻联播）：首届文化强国建设高峰论坛7日下午在深圳开幕。\n"
                "全国人大常委会副委员长铁凝出席并发表演讲。",
                "corpus/xwlb/20230607_01.txt",
                ("铁凝", "SPOKE_AT", "首届文化强国建设高峰论坛"),
            ),
            _ex(  # a titled 、-list whose last name has a label, no title: every name of it speaks
                "各民主党派中央、无党派人士长江生态环境保护民主监督工作座谈会8日在京召开。\n"
                "民革中央主席郑建邦、民盟中央主席丁仲礼、民建中央主席郝明金、民进中央主席蔡达峰、农工党中央主席何维、"
                "致公党中央主席蒋作君、九三学社中央主席武维华、台盟中央主席苏辉、无党派人士代表朴世龙作了发言。",
                "corpus/xwlb/20240408_06.txt",
                ("郑建邦", "SPOKE_AT", "各民主党派中央、无党派人士长江生态环境保护民主监督工作座谈会"),
                ("苏辉", "SPOKE_AT", "各民主党派中央、无党派人士长江生态环境保护民主监督工作座谈会"),
                ("朴世龙", "SPOKE_AT", "各民主党派中央、无党派人士长江生态环境保护民主监督工作座谈会"),
            ),
            _ex(  # a lecture given on a day at a place, 宣讲 the verb
                "中央宣讲团成员、中央办公厅分管日常工作的副主任孟祥锋今天在山西太原宣讲党的二十大精神。",
                "corpus/xwlb/20221102_10.txt",
                ("孟祥锋", "SPOKE_AT", "宣讲报告会（2022-06-04）"),
            ),
            _ex(  # two titled names joined by 和 before 分别代表…致词: both speak
                "中国科学技术协会第十一次全国代表大会第二次全体会议8日在人民大会堂举行。\n"
                "科技部部长阴和俊和共青团中央书记处第一书记阿东，分别代表科技界和人民团体致词。",
                "corpus/xwlb/20260708_04.txt",
                ("阴和俊", "SPOKE_AT", "中国科学技术协会第十一次全国代表大会第二次全体会议"),
                ("阿东", "SPOKE_AT", "中国科学技术协会第十一次全国代表大会第二次全体会议"),
            ),
            _ex(  # the author of an instruction relayed gives no speech there; the vice-premier who speaks does
                "中央农村工作会议29日至30日在北京召开。\n中共中央总书记、国家主席、中央军委主席习近平对做好“三农”工作作出"
                "重要指示。习近平指出，2026年是“十五五”开局之年，做好“三农”工作至关重要。\n会议传达学习了习近平重要指示。"
                "中共中央政治局委员、国务院副总理刘国中出席会议并讲话。",
                "corpus/xwlb/20251230_01.txt",
                ("刘国中", "SPOKE_AT", "中央农村工作会议"),
            ),
            _ex(  # a 、-list attending an opening and speaking in turn, each name with its own foreign title
                "中共中央政治局常委、国务院副总理丁薛祥20日上午在浙江乌镇出席2024年世界互联网大会乌镇峰会开幕式并发表主旨讲话。"
                "洪都拉斯副总统弗洛伦蒂诺、赞比亚副总统纳卢曼戈、越南副总理黎成龙等出席开幕式并先后致辞。",
                "corpus/xwlb/20241120_07.txt",
                ("弗洛伦蒂诺", "SPOKE_AT", "2024年世界互联网大会乌镇峰会"),
                ("黎成龙", "SPOKE_AT", "2024年世界互联网大会乌镇峰会"),
            ),
            _ex(  # a report given at a place: 在 + the place + 作…报告 (a date may come first)
                "中央宣讲团成员、中央纪委副书记、国家监委副主任肖培今天（11月4日）在云南昆明作宣讲报告。",
                "corpus/xwlb/20221104_06.txt",
                ("肖培", "SPOKE_AT", "宣讲报告会（2022-06-04）"),
            ),
            _ex(  # 致欢迎辞 at the opening of a training class
                "9月14日下午,澧县2015年领导干部党性教育专题培训班在延安市委党校正式开班,延安市委党校副校长刘光胜致欢迎辞。",
                "corpus/pool/p038.txt",
                ("刘光胜", "SPOKE_AT", "澧县2015年领导干部党性教育专题培训班"),
            ),
            _ex(  # 出席仪式并讲话, 参加仪式并致辞: at the ceremony the article holds
                "1月25日上午,婺源县百亿重大招商项目集中签约仪式在婺源宾馆举行。"
                "上饶市委常委李瑞峰出席仪式并讲话。婺源县委书记吴曙参加仪式并致辞,婺源县委副书记董立新主持仪式。",
                "corpus/pool/p057.txt",
                ("李瑞峰", "SPOKE_AT", "婺源县百亿重大招商项目集中签约仪式"),
                ("吴曙", "SPOKE_AT", "婺源县百亿重大招商项目集中签约仪式"),
            ),
            _ex(  # the report of the outgoing committee at a party congress
                "9月28日,中国共产党凤翔县第十六次代表大会在圆满完成了各项议程后,于上午胜利闭幕。\n王建民主持大会闭幕式。"
                "大会同意王建民代表中共凤翔县第十五届委员会所作的《凝心聚力、创新实干,为打造宝鸡副中心建设实力强县而努力奋斗》"
                "的报告,同意县纪律检查委员会向大会所作的报告。",
                W + "w12.txt",
                ("王建民", "SPOKE_AT", "中国共产党凤翔县第十六次代表大会"),
            ),
            _ex(
                _XC_HEADLINE,
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("刘涛", "SPOKE_AT", "全市领导干部会议暨创新驱动制造业高质量发展会议"),
            ),
            _ex(
                "6月7日下午,台州市第六次妇女代表大会在圆满完成各项议程后胜利闭幕。市领导苗伟伦、陈美萍出席闭幕式。\n"
                "苗伟伦代表市四套班子向大会的胜利召开和新当选的市妇联领导班子表示热烈祝贺。",
                "corpus/pool/p024.txt",
                ("苗伟伦", "SPOKE_AT", "台州市第六次妇女代表大会"),
            ),
            _ex(
                "泰州市委书记朱立凡,市委副书记、市长万闻华陪同考察并出席两市发展座谈会。\n"
                "座谈会上,朱立凡代表泰州市委、市政府对荆门市党政代表团的到来表示热烈欢迎。",
                W + "w16.txt",
                ("朱立凡", "SPOKE_AT", "两市发展座谈会"),
            ),
        ),
        apply=roles.meeting_roles,
    ),
    Rule(
        "spoke_in_clause.v1",
        ("SPOKE_AT",),
        "NAME (TITLE) (等) (主持会议，|出席并) + adjuncts (首先|应邀|在会上|分别|就…|对…|围绕…|代表…) + "
        "作表态发言|进行安排部署|作…报告|"
        "作说明|作研讨交流|作讲解|传达|宣读|通报|汇报|提出N点意见|进行动员|进行总结, 作的关于…的汇报 (a report heard), "
        "在大会中表示, 在…发布会上表示|"
        "在会见中说, 在参加…审议|小组讨论|分组讨论时说, 在(主旨)?致辞|讲话|发言|演讲中 (one's own address), "
        "介绍 after …会上 in its sentence or in a sentence of the "
        "roles at the meeting (主持|出席|参加 + 会议|仪式|典礼|大会|座谈会: 吴曙参加仪式并致辞,…吴云飞介绍…情况), "
        "to the meeting of the article; TITLE NAME说 in a sentence after the article's one held meeting; "
        "TITLE NAME、TITLE NAME share it, and so does a sentence of titled names only joined by 、 and ， "
        "(国务院副总理丁薛祥、何立峰，国务委员王小洪作交流发言); NAME等 + 分别|先后|就|围绕 (the named one and "
        "others); none in a paragraph of what the meeting said (会议指出|强调|传达…)",
        (
            _ex(  # in one's own speech (在讲话中表示) after a tour: said at the 座谈会 held since the tour
                "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平30日上午在上海主持召开深入推进长三角一体化"
                "发展座谈会并发表重要讲话。\n"
                "中共中央政治局常委、国务院总理李强，中共中央政治局常委、中央办公厅主任蔡奇出席座谈会。\n"
                "习近平在上海调研期间专门召开这次座谈会。\n"
                "李强在讲话中表示，要认真学习领会、深入贯彻落实习近平总书记重要讲话精神。",
                "corpus/xwlb/20231130_01.txt",
                ("李强", "SPOKE_AT", "深入推进长三角一体化发展座谈会"),
            ),
            _ex(  # in one's own address (在致辞中表示) at the opening the article holds
                "央视网消息（新闻联播）：冰雪同梦绽放光芒，亚洲同心共谱华章。第九届亚洲冬季运动会7日晚在黑龙江省哈尔滨市隆重开幕。\n"
                "蔡奇、来自亚洲各地的领导人和贵宾等出席开幕式。\n"
                "哈尔滨亚冬会组委会主席、中国奥委会主席高志丹在致辞中表示，在习近平主席亲切关怀和坚强领导下，一届精彩纷呈的"
                "亚冬盛会即将拉开帷幕。",
                "corpus/xwlb/20250208_01.txt",
                ("高志丹", "SPOKE_AT", "第九届亚洲冬季运动会开幕式"),
            ),
            _ex(  # 介绍 in the sentence of the ceremony's roles: said there
                "1月25日上午,婺源縣百億重大招商項目集中簽約儀式在婺源賓館舉行。"
                "婺源縣委書記吳曙參加儀式並致辭,婺源縣委副書記、縣長吳雲飛介紹10個簽約項目情況,婺源縣委副書記董立新主持儀式。",
                "corpus/pool/p057.txt",
                ("吴云飞", "SPOKE_AT", "婺源县百亿重大招商项目集中签约仪式"),
            ),
            _ex(  # titled names joined by 、 and ，, nothing else before the verb: every name speaks
                "央视网消息（新闻联播）：12月3日，国务院以“深入推进以人为本的新型城镇化，着力构建城乡融合发展新格局”为主题，"
                "进行第十七次专题学习。中国城市和小城镇改革发展中心主任高国力作讲解。国务院副总理丁薛祥、何立峰，国务委员王小洪作交流发言。",
                "corpus/xwlb/20251203_02.txt",
                ("丁薛祥", "SPOKE_AT", "第十七次专题学习"),
                ("何立峰", "SPOKE_AT", "第十七次专题学习"),
            ),
            _ex(  # the presider's next clause, with no subject of its own: 主持会议，代表…作工作报告
                "中国科学技术协会第十一次全国代表大会第二次全体会议8日在人民大会堂举行。\n"
                "中国科协第十届全国委员会主席、大会主席团执行主席万钢主持会议，代表第十届全国委员会作工作报告。",
                "corpus/xwlb/20260708_04.txt",
                ("万钢", "SPOKE_AT", "中国科学技术协会第十一次全国代表大会第二次全体会议"),
            ),
            _ex(  # 等 + 分别就…: the named one is one of those who report
                "政协第十四届全国委员会常务委员会第十五次会议3月1日上午在北京开幕。\n"
                "全国政协副主席兼秘书长王东峰等分别就有关议题作报告和说明。",
                "corpus/xwlb/20260301_03.txt",
                ("王东峰", "SPOKE_AT", "全国政协十四届常委会第十五次会议"),
            ),
            _ex(  # 作的 + a report with a long subject (up to 40 characters between)
                "央视网消息（新闻联播）：十四届全国人大二次会议主席团常务主席第二次会议10日下午在北京人民大会堂举行。\n"
                "会议听取了全国人大宪法和法律委员会主任委员信春鹰作的全国人大宪法和法律委员会关于国务院组织法修订草案修改稿"
                "修改意见的报告，审议了国务院组织法修订草案表决稿。",
                "corpus/xwlb/20240310_04.txt",
                ("信春鹰", "SPOKE_AT", "十四届全国人大二次会议主席团常务主席第二次会议"),
            ),
            _ex(  # 作的关于…的汇报: a report heard, its subject opened by 关于 (a list of treaties in 《》)
                "央视网消息（新闻联播）：十三届全国人大常委会第一百二十七次委员长会议29日上午在北京人民大会堂举行。"
                "栗战书委员长主持会议。\n"
                "会议听取了全国人大外事委员会主任委员张业遂作的关于《中华人民共和国和肯尼亚共和国关于刑事司法协助的条"
                "约》《中华人民共和国和刚果共和国关于刑事司法协助的条约》《中华人民共和国和摩洛哥王国关于刑事司法协助"
                "的条约》《中华人民共和国和厄瓜多尔共和国关于刑事司法协助的条约》《制止与国际民用航空有关的非法行为的"
                "公约》审议情况的汇报，审议了关于批准条约的决定草案代拟稿。",
                "corpus/xwlb/20221029_03.txt",
                ("张业遂", "SPOKE_AT", "十三届全国人大常委会第一百二十七次委员长会议"),
            ),
            _ex(  # 作讲解 at a collective study
                "央视网消息（新闻联播）：4月20日，国务院以“统筹能源安全和绿色低碳转型，加快建设新型能源体系”为主题，"
                "进行第十九次专题学习。\n中国工程院院士、怀柔国家实验室主任汤广福作讲解。",
                "corpus/xwlb/20260420_03.txt",
                ("汤广福", "SPOKE_AT", "第十九次专题学习"),
            ),
            _ex(  # 在…(named meeting)上表示: said at the meeting of the sentence
                "徐和建在2日举行的北京市新冠肺炎疫情防控新闻发布会上表示,北京作为首都,疫情防控关系党和国家工作大局,"
                "关系全国疫情防控大局。",
                "corpus/pool/p052.txt",
                ("徐和建", "SPOKE_AT", "北京市新冠肺炎疫情防控新闻发布会"),
            ),
            _ex(  # a titled speaker's 说 after the article's one held meeting: said there
                "今天,以“百年风华正青春,决胜冬奥共成长”为主题的冬奥青年出征大会在首钢滑雪大跳台举行。\n"
                "北京冬奥组委人力资源部部长闫成说,冬奥会是全球规模最大的冬季综合性体育盛会。举办出征仪式旨在进一步凝聚青年力量。",
                "corpus/pool/p021.txt",
                ("闫成", "SPOKE_AT", "冬奥青年出征大会"),
            ),
            _ex(  # 介绍 at the talks of a visit (座谈会上): said there
                "11月1日上午,李凤亮一行来到西湖大学,与西湖大学领导班子展开座谈。座谈会上,施一公校长介绍了西湖大学创新发展情况,"
                "董清源书记介绍了学校党的建设情况。",
                "corpus/pool/p030.txt",
                ("施一公", "SPOKE_AT", "座谈会（2022-06-04）"),
            ),
            _ex(  # 在大会中表示
                "2月7日,我县三级干部大会在文体中心隆重举行。\n县委书记陈洪豪在大会中表示,今年是“十四五”规划收官之年。",
                "corpus/pool/p006.txt",
                ("陈洪豪", "SPOKE_AT", "三级干部大会"),
            ),
            _ex(
                "7月25日,政府县长李刚主持召开2022年重点建设项目推进会,县委常委、政府常务副县长张翠珍,政府副县长王尚赟"
                "分别对分管工作进行安排部署,部分乡镇、相关部门负责人参会。",
                W + "w21.txt",
                ("王尚赟", "SPOKE_AT", "2022年重点建设项目推进会"),
            ),
            _ex(
                "8月11日下午,广中路街道召开居民区党总支书记例会。\n"
                "街道党工委副书记姚正、办事处副主任张俐对近期工作进行了梳理总结,并下阶段工作进行部署。",
                "corpus/pool/p017.txt",
                ("姚正", "SPOKE_AT", "居民区党总支书记例会"),
                ("张俐", "SPOKE_AT", "居民区党总支书记例会"),
            ),
            # a topic quoting a name; ，-joined titled names before 分别 anywhere in the clause
            _ex(
                "6月28日晚上,西王镇召开村“两委”换届工作推进会。最后,镇组织委员周雷对村“两委”换届群众和党员推荐流程及"
                "工作要点进行培训。",
                W + "w26.txt",
                ("周雷", "SPOKE_AT", "村“两委”换届工作推进会"),
            ),
            _ex(
                "6月27日,九龙江集团召开党委理论学习中心组学习会。\n"
                "党委副书记、总经理何惠川,党委副书记、监事会主席魏育健结合工作实际分别发言。",
                W + "w35.txt",
                ("何惠川", "SPOKE_AT", "党委理论学习中心组学习会"),
            ),
            _ex(  # a title after the name before 传达
                "12月8日上午,林区中院召开2020年度审判执行工作推进会。党组书记、院长李景辉出席并讲话,唐开明副院长主持并传达了"
                "《最高人民法院办公厅关于进一步做好全国法院第四季度审判执行工作的通知》、《甘肃省高级人民法院关于对林区两级"
                "法院执法办案工作进行专项督办函》,张国华副院长传达了《2020年1-12月4日林区法院审判执行工作运行态势情况通报》。",
                "corpus/pool/p044.txt",
                ("张国华", "SPOKE_AT", "2020年度审判执行工作推进会"),
            ),
            _ex(  # a title after the name, then an adverb (吕志伟主任首先宣读); 通报 at the meeting
                "座谈会上,吕志伟主任首先宣读了中院领导深入联系点法院开展解放思想推动高质量发展大讨论材料,通报了我院落实绩效"
                "考核指标进展情况。王刚局长通报了我院执行工作各项指标落实情况,并提出当前基本解决执行难工作的重点和难点。",
                "corpus/pool/p043.txt",
                ("吕志伟", "SPOKE_AT", "座谈会（2022-06-04）"),
                ("王刚", "SPOKE_AT", "座谈会（2022-06-04）"),
            ),
            _ex(  # 在座谈中表示
                "每到一处,王学武都与企业负责人及其班子深入座谈,咨询企业去年经营状况和今年发展规划。王学武在座谈中表示,"
                "市委政府将一如既往地支持工业发展。",
                "corpus/pool/p014.txt",
                ("王学武", "SPOKE_AT", "座谈会（2022-06-04）"),
            ),
            _ex(  # a report named by its 《》 title
                "9月18日,区委党校举行2016年秋季开学典礼。\n开学典礼后,市委党校党史党建教研部副主任杨俊教授作《不忘初心,"
                "继续前进:习近平总书记七一讲话精神导读》专题辅导报告。",
                "corpus/pool/p036.txt",
                ("杨俊", "SPOKE_AT", "2016年秋季开学典礼"),
            ),
            _ex(  # the name and others (等), invited (应邀)
                "政协第十四届全国委员会第四十二次主席会议27日下午在京召开。全国政协副主席兼秘书长王东峰等就有关议题作说明。",
                "corpus/xwlb/20251027_11.txt",
                ("王东峰", "SPOKE_AT", "政协第十四届全国委员会第四十二次主席会议"),
            ),
            _ex(
                "主席会议举行2025年第二次集体学习，主题是“强化国家战略科技力量”。全国政协委员、科技部副部长龙腾应邀作报告。",
                "corpus/xwlb/20250528_06.txt",
                ("龙腾", "SPOKE_AT", "2025年第二次集体学习"),
            ),
            _ex(  # a group's discussion of the session, its name as long as a delegation's (在参加…小组讨论时说)
                "央视网消息（新闻联播）：参加全国政协十四届四次会议的委员们在分组讨论时认为，人民政协要坚持以习近平新时代"
                "中国特色社会主义思想为指导。\n"
                "全国政协副主席梁振英在参加特邀香港人士界委员小组讨论时说，在以习近平同志为核心的中共中央坚强领导下，"
                "中国式现代化建设取得新的重大成就。",
                "corpus/xwlb/20260306_11.txt",
                ("梁振英", "SPOKE_AT", "全国政协十四届四次会议"),
                date="2026-03-06",
            ),
        ),
        apply=roles.meeting_roles,
    ),
    Rule(
        "member_spoke.v1",
        ("SPOKE_AT",),
        "NAME (和 NAME) 常委 (发言|在…中) 建议|提出，: a standing committee member's proposal at the article's sitting "
        "(the pair joined by 和 speaks together)",
        (
            _ex(
                "政协第十四届全国委员会常务委员会第三次会议23日下午举行全体会议，13位常委作大会发言。"
                "王志刚和黄卫常委在联合发言中建议，持之以恒加强基础研究。黄润秋常委提出，坚持问题导向和应用导向。",
                "corpus/xwlb/20230823_06.txt",
                ("王志刚", "SPOKE_AT", "全国政协十四届常委会第三次会议"),
                ("黄卫", "SPOKE_AT", "全国政协十四届常委会第三次会议"),
                ("黄润秋", "SPOKE_AT", "全国政协十四届常委会第三次会议"),
            ),
            _ex(
                "政协第十四届全国委员会常务委员会第十二次会议24日下午举行全体会议，14位全国政协常委围绕“进一步深化经济体制"
                "改革，推进中国式现代化”作大会发言。徐晓兰常委发言建议，完善长效机制。易纲常委发言提出，深化金融体制改革。",
                "corpus/xwlb/20250624_09.txt",
                ("徐晓兰", "SPOKE_AT", "全国政协十四届常委会第十二次会议"),
                ("易纲", "SPOKE_AT", "全国政协十四届常委会第十二次会议"),
            ),
        ),
        apply=roles.meeting_roles,
    ),
    Rule(
        "attended.v1",
        ("ATTENDED",),
        "NAME list (…等) 出席|参加|列席|在主席台(前排)就座 (会议|活动|.) including list-only clauses before it; "
        "the sentence's subject "
        "NAME … 并出席 MEETING; a sentence of names only (NAME、NAME等) before 出席|参加 MEETING: each one; "
        "NAME 与|同 NAME 进行|举行座谈: only the names before 与|同 (those talked with are hosts, no attendees); "
        "the one person of the sentence is no attendee when the verb's clause has a group subject of its own "
        "(何立峰…陪同考察，…指导组负责同志参加汇报会); (上述)有关|相关活动 are those told before it, never a meeting "
        "named only after it; none in a paragraph a speaker opens (韩正表示，…习近平主席出席…会议开幕式: told, not "
        "held); 出席|参加|列席 X 的…(还)?有|是|包括： + a list: each person of the list attends X, or the last event "
        "held before (出席开幕式的国际贵宾有：…, 出席大会的还有：…), never two names run together (a name cut in two); "
        "a meeting named with its verb of holding but only cited (召开…座谈会以来) is no meeting the article holds",
        (
            _ex(
                _XC_HEADLINE,
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("马正兰", "ATTENDED", "全市领导干部会议暨创新驱动制造业高质量发展会议"),
            ),
            _ex(  # the meeting held, not the one cited between (召开…以来)
                "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平7日下午在黑龙江省哈尔滨市主持召开新时代"
                "推动东北全面振兴座谈会并发表重要讲话。\n"
                "听取大家发言后，习近平发表了重要讲话。他强调，2018年9月在沈阳召开深入推进东北振兴座谈会以来，东北三省及"
                "内蒙古在推动东北振兴方面取得新进展。\n"
                "李干杰、何立峰、穆虹、姜信治出席座谈会。",
                "corpus/xwlb/20230909_01.txt",
                ("李干杰", "ATTENDED", "新时代推动东北全面振兴座谈会"),
            ),
            _ex(  # a list after 出席…的还有：
                "9月3日上午，纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会在北京天安门广场隆重举行。\n"
                "出席大会的还有：马兴瑞、王毅、尹力、石泰峰、刘国中、李干杰、李书磊、李鸿忠、何立峰。",
                "corpus/xwlb/20250903_01.txt",
                ("马兴瑞", "ATTENDED", "纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会"),
                ("何立峰", "ATTENDED", "纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会"),
            ),
            _ex(  # a 、/和-list of bare names that 出席闭幕式: the closing the article holds
                "央视网消息（新闻联播）：21日晚，第十五届全运会闭幕式在深圳前海欢乐剧场举行。\n"
                "黄坤明、郑建邦、谌贻琴、朱永新和刘振立出席闭幕式。",
                "corpus/xwlb/20251122_04.txt",
                ("黄坤明", "ATTENDED", "第十五届全运会闭幕式"),
                ("刘振立", "ATTENDED", "第十五届全运会闭幕式"),
            ),
            _ex(  # 出席|参加 + a report meeting named by its head
                "11月6日上午，习近平在海南省三亚市听取海南自由贸易港建设工作汇报。\n"
                "中共中央政治局常委、中央办公厅主任蔡奇出席汇报会。\n"
                "何立峰及中央和国家机关有关部门、海南省负责同志参加汇报会。",
                "corpus/xwlb/20251106_01.txt",
                ("蔡奇", "ATTENDED", "汇报会"),
                ("何立峰", "ATTENDED", "汇报会"),
            ),
            # 出席仪式 after the sentence that holds the ceremony: the ceremony the article holds
            _ex(
                "1月25日上午,婺源县百亿重大招商项目集中签约仪式在婺源宾馆举行。"
                "上饶市委常委李瑞峰出席仪式并讲话,上饶市检察院检察长黄严宏出席仪式。",
                "corpus/pool/p057.txt",
                ("李瑞峰", "ATTENDED", "婺源县百亿重大招商项目集中签约仪式"),
                ("黄严宏", "ATTENDED", "婺源县百亿重大招商项目集中签约仪式"),
            ),
            # a list clause closed by 等 alone before the clause that attends (同…一起出席仪式)
            _ex(
                "烈士纪念日向人民英雄敬献花篮仪式在京隆重举行\n"
                "烈士纪念日向人民英雄敬献花篮仪式30日上午在北京天安门广场隆重举行。党和国家领导人习近平、李克强、栗战书、"
                "汪洋、王沪宁、赵乐际、韩正、王岐山等，同各界代表一起出席仪式。",
                "corpus/xwlb/20220930_01.txt",
                ("李克强", "ATTENDED", "烈士纪念日向人民英雄敬献花篮仪式"),
                ("王岐山", "ATTENDED", "烈士纪念日向人民英雄敬献花篮仪式"),
            ),
            # the sentence's subject goes on (并) to attend a named meeting
            _ex(
                "吕军拜会武汉市委书记王忠林并出席大悦城控股与武汉地铁集团、中粮粮谷与武汉市蔡甸区人民政府战略合作签约仪式",
                W + "w22.txt",
                ("吕军", "ATTENDED", "大悦城控股与武汉地铁集团、中粮粮谷与武汉市蔡甸区人民政府战略合作签约仪式"),
            ),
            # a sentence that only lists names before 参加 + the call: each one attends (a line opening with a name:
            # LAC reads it once the line break is split off)
            _ex(
                "央视网消息（新闻联播）：国务院总理李强8日在杭州会见来华出席第十九届亚运会闭幕式的乌兹别克斯坦总理阿里波夫。\n"
                "吴政隆、谌贻琴等参加会见。",
                "corpus/xwlb/20231008_02.txt",
                ("吴政隆", "ATTENDED", "会见（2022-06-04）"),
                ("谌贻琴", "ATTENDED", "会见（2022-06-04）"),
            ),
            # 与|同 … 进行座谈: those before 与 attend the talk, those after it (考察团一行) are talked with
            _ex(
                "市委书记邢国辉、市长侯亮与考察团一行就深化两地合作、加强区域协同发展进行座谈。",
                W + "w15.txt",
                ("邢国辉", "ATTENDED", "座谈会（2022-06-04）"),
                ("侯亮", "ATTENDED", "座谈会（2022-06-04）"),
            ),
        ),
        apply=roles.attendance,
    ),
    Rule(
        "said_at.v1",
        ("SPOKE_AT",),
        "NAME (TITLE) (在…上|中) 表示|说 ，: a person who presides over or attends a meeting held before speaks at it",
        (
            _ex(
                "9月16日下午,长宁区委统战部、区工商联召开“民营经济圆桌会”(第一期)。"
                "市委统战部副部长、市工商联党组书记王霄汉,长宁区委常委、统战部部长王罗清,区人民政府副区长翁华建出席会议,"
                "区委统战部副部长、区工商联党组书记张晓磊主持会议。\n"
                "王罗清表示,本次“民营经济圆桌会”的目的就是要帮助民营企业解决运行和发展中的困难瓶颈。",
                "corpus/pool/p059.txt",
                ("王罗清", "SPOKE_AT", "民营经济圆桌会"),
            ),
        ),
        apply=roles.said_at,
    ),
    Rule(
        "announced_opening.v1",
        ("SPOKE_AT",),
        "the one person of a sentence who 宣布…开幕|闭幕|开始|启动|开班 in it speaks at the meeting or ceremony the "
        "article holds (宣布大会开幕 is SPOKE_AT, as 宣读); a mark may follow 宣布 (宣布，…闭幕)",
        (
            _ex(
                "央视网消息（新闻联播）：2023年全国科技活动周暨北京科技周启动式5月20日在京举办。\n"
                "10时，丁薛祥前往主席台，宣布2023年全国科技活动周暨北京科技周启动。",
                "corpus/xwlb/20230520_04.txt",
                ("丁薛祥", "SPOKE_AT", "全国科技活动周暨北京科技周启动式"),
            ),
            _ex(
                "央视网消息（新闻联播）：21日晚，第十五届全运会闭幕式在深圳前海欢乐剧场举行。中共中央政治局常委、全国政协主席"
                "王沪宁宣布，中华人民共和国第十五届运动会闭幕。",
                "corpus/xwlb/20251122_04.txt",
                ("王沪宁", "SPOKE_AT", "第十五届全运会闭幕式"),
            ),
        ),
        apply=roles.announcers,
    ),
    Rule(
        "carried_subject.v1",
        ("PRESIDED", "ATTENDED", "SPOKE_AT"),
        "a clause with no subject of its own, opened by 主持召开|主持 (PRESIDED) or 出席|参加 (ATTENDED) and a meeting "
        "named right after the verb (not only cited, no 的 after it), takes the one person the whole sentence (to 。, "
        "across ；) names before it, those called on (会见|会晤|拜会|接见 + the guest) not counted; 并发表(重要|主旨)?"
        "讲话|演讲 or 并致辞 after the meeting is SPOKE_AT too",
        (
            _ex(  # the subject two clauses and a ； before: 赵乐际…；在市人大机关考察…，主持召开座谈会
                "在上海，赵乐际前往虹桥街道古北市民中心，了解全国人大常委会法工委基层立法联系点、虹桥街道全过程人民民主基层"
                "实践基地工作情况，并到企业调研；在市人大机关考察预算监督等工作，主持召开座谈会。",
                "corpus/xwlb/20240830_04.txt",
                ("赵乐际", "PRESIDED", "座谈会"),
            ),
            _ex(  # the one called on is no subject: 会见…穆罕默德，出席…大会并发表演讲
                "央视网消息（新闻联播）：当地时间10月28日至11月1日，应沙特政府邀请，国家副主席韩正访问沙特，在利雅得会见"
                "沙特王储兼首相穆罕默德，出席第九届未来投资倡议大会并发表演讲。",
                "corpus/xwlb/20251101_09.txt",
                ("韩正", "ATTENDED", "第九届未来投资倡议大会"),
                ("韩正", "SPOKE_AT", "第九届未来投资倡议大会"),
            ),
        ),
        apply=roles.carried_subjects,
    ),
    Rule(
        "said_by_pronoun.v1",
        ("SPOKE_AT",),
        "他|她 表示|强调|指出|说 ， opening a sentence right after one of its paragraph that names one person and, "
        "after the name, a meeting or talk held (not only cited): that person speaks there; a clause of what was heard "
        "first may open it ((在)听取…后，他说，)",
        (
            _ex(  # after a clause of what was heard: 听取委员发言后，他说，
                "央视网消息（新闻联播）：中共中央政治局常委、全国人大常委会委员长赵乐际参加了致公党、侨联、对外友好界委员联组会。"
                "听取委员发言后，他说，2024年，面对多重困难挑战，顺利完成经济社会发展主要目标任务。",
                "corpus/xwlb/20250306_06.txt",
                ("赵乐际", "SPOKE_AT", "致公党、侨联、对外友好界委员联组会"),
            ),
            _ex(  # a talk during a visit (座谈交流 closing its clause), then 他表示
                "丁薛祥来到中国汽车技术研究中心有限公司，了解企业自主创新等情况。在天开高教科创园，丁薛祥与创投机构、"
                "科创企业负责人座谈交流。他表示，引导金融资本投早、投小、投长期、投硬科技，政府和市场要共同发挥作用。",
                "corpus/xwlb/20240705_10.txt",
                ("丁薛祥", "SPOKE_AT", "座谈会（2022-06-04）"),
            ),
        ),
        apply=roles.pronoun_speakers,
    ),
    Rule(
        "said_at_call.v1",
        ("SPOKE_AT",),
        "NAME (TITLE) (在…中) 表示|说 ，: host or guest named in the sentence of a call (会见|会晤|拜会) speaks at it "
        "(never after another event since: 考察, 会谈, 调研 …; an event named in what a speaker says is none: "
        "王沪宁表示，今年5月，习近平主席同默茨总理通电话); an appraisal clause may come first (苏林积极评价越中两党"
        "两国关系，表示…, 阿里波夫祝贺中方成功举办杭州亚运会，表示…); where the article reports calls with different "
        "guests, at the call named last before the words (会见蒙特内格罗时，赵乐际表示…。蒙特内格罗表示); after a "
        "call word of a list (同阿希姆巴耶夫、科沙诺夫分别会谈时), a guest's words at their own call only, the "
        "host's at each",
        (
            _ex(  # a list of two talks: the host speaks at both, each guest at their own
                "标题：赵乐际对哈萨克斯坦进行正式友好访问\n"
                "央视网消息（新闻联播）：赵乐际在阿斯塔纳会见哈萨克斯坦总统托卡耶夫，同议会上院议长阿希姆巴耶夫、"
                "下院议长科沙诺夫分别举行会谈。\n"
                "同阿希姆巴耶夫、科沙诺夫分别会谈时，赵乐际表示，双方立法机构要全面落实两国元首重要共识。\n"
                "科沙诺夫表示，哈方坚定支持中方在台湾、涉疆、涉港和涉藏等问题上的立场。",
                "corpus/xwlb/20260527_03.txt",
                ("科沙诺夫", "SPOKE_AT", "同科沙诺夫会谈（2022-06-04）"),
                ("赵乐际", "SPOKE_AT", "同科沙诺夫会谈（2022-06-04）"),
            ),
            _ex(  # the guest's congratulation before 表示
                "央视网消息（新闻联播）：国务院总理李强8日在杭州会见来华出席第十九届亚运会闭幕式的乌兹别克斯坦总理阿里波夫。\n"
                "阿里波夫祝贺中方成功举办杭州亚运会，表示乌方恪守一个中国原则，坚定支持并积极参与共建“一带一路”。",
                "corpus/xwlb/20231008_02.txt",
                ("阿里波夫", "SPOKE_AT", "会见（2022-06-04）"),
            ),
            _ex(  # a phone call named in the host's remarks is no event between the call and the guest's words
                "央视网消息（新闻联播）：中共中央政治局常委、全国政协主席王沪宁18日在京会见德国社会民主党联合主席、"
                "联邦副总理兼财政部长克林拜尔率领的代表团。\n"
                "王沪宁表示，今年5月，习近平主席同默茨总理通电话，就深化中德交流合作达成重要共识。\n"
                "克林拜尔表示，中国是德国重要伙伴，两国对世界的未来都负有重要责任。",
                "corpus/xwlb/20251118_05.txt",
                ("克林拜尔", "SPOKE_AT", "会见（2022-06-04）"),
            ),
            _ex(  # traditional script: the guest (the host's 在會見中說 is spoke_in_clause.v1)
                "5日上午,中共山東省委書記姜異康會見了聯合國秘書長潘基文一行。\n"
                "姜異康在會見中說,秘書長閣下是中國人民的老朋友。\n"
                "潘基文表示,這次來山東訪問,登上了泰山,拜訪了孔子的誕生地曲阜,感到非常高興。",
                "corpus/pool/p055.txt",
                ("潘基文", "SPOKE_AT", "会见（2022-06-04）"),
            ),
        ),
        apply=roles.call_speakers,
    ),
    Rule(
        "issued.v1",
        ("ISSUED",),
        "ORG … (制定出台|印发|出台|发出|发布|下发|制定)…《DOC》 (the organizations before the last such verb)",
        (
            _ex(
                "省委办公厅、省政府办公厅印发《关于常态化开展扫黑除恶斗争的实施意见》。",
                "corpus/pages/p10_xiangzhou_20210510.txt",
                ("省委办公厅", "ISSUED", "关于常态化开展扫黑除恶斗争的实施意见"),
            ),
        ),
        apply=organizations.organization_relations,
        trigger="issue_verbs",
    ),
    Rule(
        "runs.v1",
        ("RUNS",),
        "ORG … 开展|实施|推进|启动|组织 … INITIATIVE in one sentence; the verb takes the whole item, never one "
        "named inside it (开展深入贯彻中央八项规定精神学习教育: no program 中央八项规定)",
        (
            _ex(
                "参加共青团禹州市委开展的“人人持证、技能河南”职业技能培训后。",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("共青团禹州市委", "RUNS", "“人人持证、技能河南”职业技能培训"),
            ),
            _ex(
                "党中央决定在全党开展深入贯彻中央八项规定精神学习教育，这是今年党建工作的重点任务。",
                "corpus/xwlb/20250318_01.txt",
                ("党中央", "RUNS", "深入贯彻中央八项规定精神学习教育"),
            ),
        ),
        apply=organizations.organization_relations,
        trigger="run_verbs",
    ),
    Rule(
        "organized.v1",
        ("ORGANIZED",),
        "ORG (组织)?召开|举办|举行 MEETING",
        (
            _ex(
                "许昌市新冠肺炎疫情防控指挥部召开第74次日例会。",
                "corpus/pages/p04_xuchang_20201204_yqfk.txt",
                ("许昌市新冠肺炎疫情防控指挥部", "ORGANIZED", "第74次日例会"),
            ),
        ),
        apply=organizations.organization_relations,
    ),
    Rule(
        "org_subunit.v1",
        ("Organization", "PART_OF"),
        "ORG + 团支部|党支部|党委|党组|团委|工会|办公室: the sub-unit is PART_OF the organization",
        (
            _ex(
                "参加培训的禹州市公交公司团支部书记丁宁说。",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("禹州市公交公司团支部", "PART_OF", "禹州市公交公司"),
            ),
        ),
        apply=organizations.organization_relations,
        find=R.find_organizations,
    ),
    Rule(
        "org_committee.v1",
        ("Organization", "PART_OF"),
        "全国人大|全国政协 + name run (和/与 and 经济 inside) + 委员会 (or 工委, its short form), and its 、-items "
        "(also after a committee read whole with its term, 政协第十四届全国委员会经济委员会、…): the committee "
        "is PART_OF the body; a model committee read from its 与|和 on, right after any congress, its standing "
        "committee, a CPPCC or a 、, takes back the part before (社会建设与|民宗外侨委员会) when that names no body",
        (
            _ex(  # a district congress's committee: LAC reads 社会建设与|民宗外侨委员会
                "同时,徐静的嘉兴市南湖区第十届人民代表大会社会建设与民宗外侨委员会副主任委员职务相应终止。",
                "corpus/pool/p008.txt",
                ("Organization", "社会建设与民宗外侨委员会"),
            ),
            _ex(  # a 、-list after a committee the model read whole; the last runs into what they report
                "听取政协第十四届全国委员会经济委员会、农业和农村委员会、人口资源环境委员会、教科卫体委员会、社会和法制委员会、"
                "民族和宗教委员会、港澳台侨委员会、外事委员会、文化文史和学习委员会2025年工作情况的汇报。",
                "corpus/xwlb/20260301_03.txt",
                ("Organization", "农业和农村委员会"),
                ("Organization", "文化文史和学习委员会"),
            ),
            _ex(
                "会议听取了全国人大宪法和法律委员会主任委员李飞作的关于妇女权益保障法修订草案修改意见的汇报，审议了相关草案修改稿。",
                "corpus/xwlb/20221029_03.txt",
                ("全国人大宪法和法律委员会", "PART_OF", "全国人大"),
            ),
            _ex(  # 工委: 工作委员会 written short
                "审议了全国人大常委会代表工委关于十四届全国人大二次会议期间代表对加强和改进人大工作的意见建议处理情况的报告。",
                "corpus/xwlb/20241213_05.txt",
                ("全国人大常委会代表工委", "PART_OF", "全国人大常委会"),
            ),
        ),
        apply=organizations.organization_relations,
        find=R.find_organizations,
    ),
    Rule(
        "visited.v1",
        ("VISITED",),
        "ORG 前往|赴|到|来到|深入 PLACE (考察|调研|看望|检查|学习)",
        (
            _ex(
                "许昌党政考察团前往新乡市考察学习。",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("许昌党政考察团", "VISITED", "新乡市"),
            ),
        ),
        apply=organizations.organization_relations,
        trigger="visit_verbs",
    ),
    Rule(
        "visited_by_person.v1",
        ("VISITED",),
        "NAME (TITLE) (在…陪同下) (一行)(先后) 到|赴|前往|来到|深入|莅临|走进|在 (…——) PLACE|BODY(、PLACE|BODY)* "
        "…调研|考察|督导|走访|视察 (a field visit, dated); names joined by 和|与|、 before it visit too; none when "
        "the sentence writes a year before the article's (2005年8月15日，时任…在…调研时: a past visit)",
        (
            _ex(
                "12月6日上午,市中院党组成员、政治部主任吕志伟和党组成员、执行局局长王刚一行深入到联系点——"
                "汤原县人民法院进行工作调研并督导检查开展解放思想推动高质量发展大讨论活动等工作落实情况。",
                "corpus/pool/p043.txt",
                ("吕志伟", "VISITED", "汤原县人民法院"),
                ("王刚", "VISITED", "汤原县人民法院"),
            ),
            _ex(
                "4月13日,省长陈润儿莅临禹州调研指导工作,就做好百城建设提质工程、水生态建设等工作提出明确要求。",
                "corpus/pages/p02_xuchang_20170719_ldhd.txt",
                ("陈润儿", "VISITED", "禹州"),
            ),
            # the companions between the visitor and the journey, and a 、-list of destinations
            _ex(
                "5月19日至20日，习近平在河南省委书记刘宁和省长王凯陪同下，先后到洛阳、郑州考察调研。",
                "corpus/xwlb/20250520_01.txt",
                ("习近平", "VISITED", "洛阳"),
                ("习近平", "VISITED", "郑州"),
            ),
        ),
        apply=visits.person_visits,
        trigger="visit_verbs",
    ),
    Rule(
        "participated_in.v1",
        ("PARTICIPATED_IN",),
        "参加…INITIATIVE…的 NAME (a trainee or participant)",
        (
            _ex(
                "6月1日,参加共青团禹州市委开展的“人人持证、技能河南”职业技能培训后,女学员石喜萍高兴地说。",
                "corpus/xuchang-daily/2022-06-04-p1.txt",
                ("石喜萍", "PARTICIPATED_IN", "“人人持证、技能河南”职业技能培训"),
            ),
        ),
        apply=roles.participants,
    ),
    Rule(
        "department_of.v1",
        ("PART_OF",),
        "X委|X政府 + 组织部|宣传部|政法委|办公室…: the department is PART_OF its committee or government",
        (
            _ex(
                "同日 省委常委、省委宣传部部长王战营到安阳市滑县调研。",
                "corpus/pages/p16_hndsfz_2024_371910.txt",
                ("省委宣传部", "PART_OF", "省委"),
            ),
        ),
        apply=organizations.departments,
    ),
)

BY_ID: dict[str, Rule] = {r.id: r for r in RULES}
RULE_IDS = frozenset(BY_ID)


def rule_functions(rules: tuple[Rule, ...] = RULES) -> Iterator[tuple[RuleFn, frozenset[str]]]:
    """Each relation rule function once, in registry order, with the ids it may emit."""
    seen: list[RuleFn] = []
    for rule in rules:
        if rule.apply is not None and rule.apply not in seen:
            seen.append(rule.apply)
            yield rule.apply, frozenset(r.id for r in rules if rule.apply in r.emitters())


_PLANS: dict[int, tuple[tuple[Rule, ...], tuple[tuple[RuleFn, frozenset[str]], ...]]] = {}


def _plan(rules: tuple[Rule, ...]) -> tuple[tuple[RuleFn, frozenset[str]], ...]:
    """``rule_functions(rules)``, worked out once per rules tuple instead of once per article."""
    cached = _PLANS.get(id(rules))
    if cached is None or cached[0] is not rules:
        cached = _PLANS[id(rules)] = (rules, tuple(rule_functions(rules)))
    return cached[1]


def run(ctx: RuleContext, rules: tuple[Rule, ...] = RULES) -> None:
    """The engine: run every relation rule of ``rules`` on ``ctx`` (relations collect in ``ctx``)."""
    for fn, ids in _plan(rules):
        ctx.allowed = ids
        fn(ctx)
    ctx.allowed = frozenset()


def describe(rules: tuple[Rule, ...] = RULES) -> str:
    """The registry as text for a reader: each rule's id, what it produces, pattern, trigger and examples."""
    lines: list[str] = []
    for r in rules:
        lines.append(f"{r.id}  →  {', '.join(r.produces)}")
        lines.append(f"    pattern: {r.pattern}")
        if r.trigger:
            lines.append(f"    trigger: word list {r.trigger} (kg/lexicon/{r.trigger}.txt)")
        lines.append(f"    function: {_qualname(r.apply or r.find)}")
        for x in r.examples:
            lines.append(f"    example: {x.text.strip().replace(chr(10), ' ⏎ ')}")
            lines.append(f"      gives: {'; '.join(' '.join(e) for e in x.expect)}")
    return "\n".join(lines)
