"""The declarative rule table: every rule has a stable versioned id (recorded in Evidence.rule),
what it produces, the pattern it reads, and a real example sentence from ../shared/corpus."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One extraction rule."""

    id: str  # stable versioned id, e.g. "title_before_name.v1"
    produces: str  # relation type or mention label
    pattern: str  # what the rule reads, in words and regex fragments
    example: str  # a real sentence from the corpus the rule fires on


RULES: tuple[Rule, ...] = (
    Rule(
        "title_before_name.v1",
        "HOLDS_POSITION",
        "TITLE(、TITLE)* immediately before a person name; one relation per title",
        "市委常委、市委秘书长王志宏,副市长李海峰前往集中休养点",
    ),
    Rule(
        "shared_title_list.v1",
        "HOLDS_POSITION",
        "TITLE NAME、NAME、NAME: names after 、 share the title of the first",
        "县委常委张成群、陈迪、杨丽萍出席会议",
    ),
    Rule(
        "name_before_title.v1",
        "HOLDS_POSITION",
        "NAME 总书记|主席|总理 (the title after the name)",
        "深入学习贯彻习近平总书记关于科技创新的重要论述",
    ),
    Rule(
        "appointment.v1",
        "HOLDS_POSITION",
        "任命NAME为TITLE (appointed); 免去NAME的TITLE职务 (removed); 接受NAME辞去TITLE职务 (resigned)",
        "任命王勇为市人民政府副市长",
    ),
    Rule(
        "presided.v1",
        "PRESIDED",
        "NAME (在…)主持(召开|会议); not the principal in 受…委托",
        "市委书记史根治主持会议并讲话",
    ),
    Rule(
        "spoke_at.v1",
        "SPOKE_AT",
        "NAME (主持会议并|出席并|在…上)(讲话|强调|指出|要求|部署|作…报告|致辞), in an article with a meeting",
        "市长刘涛部署具体工作",
    ),
    Rule(
        "attended.v1",
        "ATTENDED",
        "NAME list (…等) 出席|参加|列席 (会议|活动|.) including list-only clauses before it",
        "市领导马正兰、王堃、刘保新、方婷和其他市领导参加会议",
    ),
    Rule(
        "meeting_name.v1",
        "Meeting",
        "scope (全市|X市|区委|第N次|党的…) + name run + meeting head (会议|大会|常委会|全会|例会|读书班…); 暨 joins",
        "6月3日,全市领导干部会议暨创新驱动制造业高质量发展会议召开",
    ),
    Rule(
        "quoted_initiative.v1",
        "Initiative",
        "“NAME” followed by a program head noun (改革|建设|活动|工作机制|体系|工作法|行动|工程…)",
        "深化“放管服效”改革,加强信用体系建设",
    ),
    Rule(
        "numbered_slogan.v1",
        "Initiative",
        "强化|推进|落实… “<numeral>…” (a numbered slogan, at most 8 chars)",
        "强化“五预联动”,坚决守住不发生群死群伤事故的金标准",
    ),
    Rule(
        "quoted_mechanism_list.v1",
        "Initiative",
        "“NAME”等…机制|模式|做法",
        "落实好专班推进、“周交办、月讲评”等行之有效的机制",
    ),
    Rule(
        "document_title.v1",
        "Document",
        "《TITLE》 where TITLE ends with a document type (方案|意见|通知|办法|规定…)",
        "制定出台了《共青团禹州市委贯彻落实“人人持证、技能河南”建设工作方案》",
    ),
    Rule(
        "issued.v1",
        "ISSUED",
        "ORG … (制定出台|印发|出台|发出|发布|下发|制定)…《DOC》 (nearest organization before the verb)",
        "省委办公厅、省政府办公厅印发《关于常态化开展扫黑除恶斗争的实施意见》的通知",
    ),
    Rule(
        "org_suffix.v1",
        "Organization",
        "PLACE + name run + organization suffix (指挥部|公司|学院|中心|考察团…)",
        "正因如此,本次会议召开前,许昌党政考察团前往新乡市考察学习",
    ),
    Rule(
        "org_subunit.v1",
        "PART_OF",
        "ORG + 团支部|党支部|党委|党组: the sub-unit is PART_OF the organization",
        "参加培训的禹州市公交公司团支部书记丁宁说",
    ),
    Rule(
        "org_committee.v1",
        "PART_OF",
        "全国人大|全国政协 + name run (和/与 inside) + 委员会, and its 、-items: the committee is PART_OF the body",
        "会议表决通过了全国人大宪法和法律委员会、农业与农村委员会分别提出的关于十三届全国人大五次会议主席团交付审议的"
        "代表提出的议案审议结果的报告",
    ),
    Rule(
        "org_bare.v1",
        "Organization",
        "市委|县政府|区人大常委会… resolved to the article's region",
        "市委、市政府连续召开重要会议",
    ),
    Rule(
        "located_in.v1",
        "LOCATED_IN",
        "an organization named from a place is LOCATED_IN it",
        "与禹州技师学院、禹州市盛田农业培训中心等专业培训机构紧密结合",
    ),
    Rule(
        "runs.v1",
        "RUNS",
        "ORG … 开展|实施|推进|启动|组织 … INITIATIVE in one sentence",
        "参加共青团禹州市委开展的“人人持证、技能河南”职业技能培训后",
    ),
    Rule(
        "organized.v1", "ORGANIZED", "ORG (组织)?召开|举办|举行 MEETING", "许昌市新冠肺炎疫情防控指挥部召开第74次日例会"
    ),
    Rule(
        "works_for.v1",
        "WORKS_FOR",
        "ORG + non-official title (讲师|教授|工程师|经理…) + NAME",
        "河南省谷励教育科技有限公司讲师、育婴师、早期教育指导师贾育哲",
    ),
    Rule(
        "visited.v1",
        "VISITED",
        "ORG|NAME 前往|赴|到|来到 PLACE|ORG (考察|调研|看望|检查)",
        "许昌党政考察团前往新乡市考察学习",
    ),
    Rule(
        "unquoted_initiative.v1",
        "Initiative",
        "实施|开展|推进|做好… + 4–12 name characters + 工程|行动|计划 (、-lists continue; not 一项/重大/各项…)",
        "就做好百城建设提质工程、水生态建设等工作提出明确要求",
    ),
    Rule(
        "org_group.v1",
        "Organization",
        "(全国人大|中央|省|市…) + name run + 调研组|考察团|代表团|督导组|工作组… after 的/率/a clause start",
        "赵正永率全国人大调研组莅许",
    ),
    Rule(
        "org_list.v1",
        "Organization",
        "ORG、NAME…公司|集团|银行|学院…: a further item of a list of organizations",
        "前往河南天和农业公司、河南世纪香公司、鲜易控股公司、五彩大地等地考察",
    ),
    Rule(
        "department_of.v1",
        "PART_OF",
        "X委|X政府 + 组织部|宣传部|政法委|办公室…: the department is PART_OF its committee or government",
        "省委常委、组织部部长孔昌生在许昌市建安区椹涧乡前宋村调研时强调",
    ),
    Rule(
        "speaker_name.v1",
        "Person",
        "的|，|。 + surname + 1–2 characters + 说|表示|告诉记者 (a speaker the model missed)",
        "参加培训的帖文峰说",
    ),
    Rule("participated_in.v1", "PARTICIPATED_IN", "参加…INITIATIVE…的 NAME / 参加培训的 NAME", "参加培训的帖文峰说"),
    Rule(
        "byline.v1",
        "REPORTED",
        "本报讯(记者 A B) / 本报记者 A 通讯员 B / 全媒体记者:A B",
        "本报记者 胡晨 通讯员 刘艳红 杨冀梁",
    ),
    Rule("photo_credit.v1", "PHOTOGRAPHED", "(本报记者)NAME摄", "本报记者牛书培摄"),
)

RULE_IDS = frozenset(r.id for r in RULES)
