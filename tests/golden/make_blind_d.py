# ruff: noqa: RUF005  (hand-written annotation tables, laid out like make_heldout.py)
"""Blind set D for texts/pool_*.txt: six articles of ../shared/corpus/pool of genres the wide set
(../shared/gold/wide) lacks — a court's work meeting, a procuratorate's hearing of deputies, a
flood-control meeting, a party press conference, a foreign-affairs visit and a united-front forum.
Annotated by hand from the texts, before kg was run on them, with the conventions of
../shared/gold/README.md and ../shared/gold/wide/README.md. Run to rewrite blind_d.jsonl.

Decisions for cases those conventions do not show:
- A court or procuratorate named only as 市/区 (市检察院, 区检察院) is still the body named: it is
  the organization of its officers' posts and a required organization when it hosts or employs.
- 会见 and an activity's 开幕式 are events held: 陪同会见 and 出席…开幕式 are ATTENDED, the host's
  remarks (万勇说) and the guest's (佐藤树一郎表示) SPOKE_AT; their meetings are unnamed (optional).
- A title over a list (13位新闻发言人分别是: …) is each listed person's post, with the department
  written before the name as its organization; "新闻发言人…分别介绍…" is SPOKE_AT for each of them.
- Departments named only inside titles are optional organizations; departments that host or act
  (长宁区委统战部 convenes, 区发改委 talks with entrepreneurs) are required.
"""

from make_heldout import P, _write, roles  # the held-out sets' layout and helpers

D: dict[str, dict] = {}

# pool_p044: an intermediate court's work meeting; "唐开明副院长主持并传达了《…》" (title after the name
# of the presider, who also relays two documents); 林区 is the court's region; three 《》 titles, one with
# digits and a hyphen; "林区各基层法院院长作表态发言" names nobody.
D["pool_p044"] = dict(
    persons=["李景辉", "唐开明", "张国华"],
    positions=[
        P("李景辉", "党组书记", "林区中院"),
        P("李景辉", "院长", "林区中院"),
        P("唐开明", "副院长", "林区中院"),
        P("张国华", "副院长", "林区中院"),
    ],
    meeting_roles=roles("ATTENDED", "李景辉")
    + roles("SPOKE_AT", "李景辉", "唐开明", "张国华")
    + roles("PRESIDED", "唐开明"),
    meetings=[
        [
            "2020年度审判执行工作推进会",
            "林区中院2020年度审判执行工作推进会",
            "审判执行工作推进会",
            "2020年度审判执行推进会",
        ]
    ],
    organizations=[["林区中院", "林区中级人民法院"]],
    optional_orgs=[
        "最高人民法院办公厅",
        "最高人民法院",
        "甘肃省高级人民法院",
        "林区法院",
        "林区两级法院",
        "两级法院",
        "基层法院",
        "各基层法院",
        "林区各基层法院",
        "院机关",
        "林区中院党组",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[
        "最高人民法院办公厅关于进一步做好全国法院第四季度审判执行工作的通知",
        "甘肃省高级人民法院关于对林区两级法院执法办案工作进行专项督办函",
        "2020年1-12月4日林区法院审判执行工作运行态势情况通报",
    ],
    reporters=[],
)

# pool_p046: a procuratorate's forum with city deputies; the long meeting name carries 、; the presider
# comes last in a passive clause (座谈会由…主持); the city and district are never named; the speaker is
# named with the title after the name (张野副检察长…表示).
D["pool_p046"] = dict(
    persons=["张野", "陈儒"],
    positions=[
        P("张野", "党组成员", "市检察院"),
        P("张野", "副检察长", "市检察院"),
        P("陈儒", "党组书记", "区检察院"),
        P("陈儒", "检察长", "区检察院"),
    ],
    meeting_roles=roles("ATTENDED", "张野") + roles("SPOKE_AT", "张野") + roles("PRESIDED", "陈儒"),
    meetings=[
        [
            "市检察院征求市人大代表、市政协委员意见建议座谈会",
            "征求市人大代表、市政协委员意见建议座谈会",
            "征求人大代表、政协委员意见建议座谈会",
            "意见建议座谈会",
        ]
    ],
    organizations=[["市检察院", "市人民检察院"], ["区检察院", "区人民检察院"]],
    optional_orgs=["我院", "市人大", "市政协", "市检察院党组", "区检察院党组"],
    initiatives=["一号检察建议"],
    optional_initiatives=[],
    documents=["检察工作报告征求意见稿"],
    reporters=[],
)

# pool_p049: a reservoir's flood-control meeting; the city is never named (副市长, org null); a headquarters
# whose member units speak; a quoted characterisation (“一盘棋”); a trailing bare-name byline (文红玲).
D["pool_p049"] = dict(
    persons=["李文波", "文红玲"],
    positions=[P("李文波", "副市长")],
    meeting_roles=roles("ATTENDED", "李文波") + roles("SPOKE_AT", "李文波"),
    meetings=[["富水水库2023年防汛抗旱指挥长会议", "2023年防汛抗旱指挥长会议", "防汛抗旱指挥长会议"]],
    organizations=[["富水水库管理局"], ["富水水库防汛抗旱指挥部", "防汛抗旱指挥部"]],
    optional_orgs=["富水水库", "成员单位", "各成员单位"],
    initiatives=[],
    optional_initiatives=["一盘棋"],
    documents=[],
    reporters=["文红玲"],
)

# pool_p050: a city party committee's press conference; a title over a ;-separated list of 13 spokespeople,
# each with a department before the name and a second name sharing it (市委组织部秘书长冯伟、副巡视员王小宝);
# three posts before the presider's name; the departments occur only inside titles (optional).
_p050 = {
    "黄建平": "上海市纪委",
    "冯伟": "上海市委组织部",
    "王小宝": "上海市委组织部",
    "马春雷": "上海市委宣传部",
    "严军": "上海市委统战部",
    "徐力": "上海市委统战部",
    "王教生": "上海市委政法委",
    "李雷鸣": "上海市委台湾工作办公室",
    "杨俊一": "上海市委党校",
    "朱华": "上海市委党校",
    "严爱云": "上海市委党史研究室",
    "杨智敏": "上海市档案局",
    "程绣明": "上海市档案局",
}
D["pool_p050"] = dict(
    persons=["裘新"] + list(_p050),
    positions=[
        P("裘新", "宣传部副部长", "上海市委宣传部"),
        P("裘新", "市委对外宣传办公室主任", "上海市委对外宣传办公室"),
        P("裘新", "市委新闻发言人", "上海市委"),
        P("黄建平", "市纪委常委", "上海市纪委"),
        P("冯伟", "市委组织部秘书长", "上海市委组织部"),
        P("王小宝", "副巡视员", "上海市委组织部"),
        P("马春雷", "市委宣传部副部长", "上海市委宣传部"),
        P("严军", "市委统战部机关党委书记", "上海市委统战部"),
        P("徐力", "秘书长", "上海市委统战部"),
        P("王教生", "市委政法委副书记", "上海市委政法委"),
        P("李雷鸣", "市委台湾工作办公室副主任", "上海市委台湾工作办公室"),
        P("杨俊一", "市委党校副校长", "上海市委党校"),
        P("朱华", "教育长", "上海市委党校"),
        P("严爱云", "市委党史研究室副主任", "上海市委党史研究室"),
        P("杨智敏", "市档案局副局长", "上海市档案局"),
        P("程绣明", "副局长", "上海市档案局"),
    ]
    + [P(p, "新闻发言人", org) for p, org in _p050.items()],
    meeting_roles=roles("PRESIDED", "裘新") + roles("ATTENDED", *_p050) + roles("SPOKE_AT", *_p050),
    meetings=[
        [
            "中共上海市委新闻发言人记者见面会暨首场新闻发布会",
            "上海市委新闻发言人记者见面会暨首场新闻发布会",
            "市委新闻发言人记者见面会暨首场新闻发布会",
            "新闻发言人记者见面会暨首场新闻发布会",
            "见面会",
            "记者见面会",
        ]
    ],
    optional_meetings=["党的十七届四中全会", "十七届四中全会"],
    organizations=[],
    optional_orgs=sorted(set(_p050.values()))
    + [
        "上海市委",
        "中共上海市委",
        "上海市委宣传部",
        "上海市委对外宣传办公室",
        "市委对外宣传办公室",
        "市纪委",
        "市委组织部",
        "市委宣传部",
        "市委统战部",
        "市委统战部机关党委",
        "市委政法委",
        "市委台湾工作办公室",
        "市委党校",
        "市委党史研究室",
        "市档案局",
        "中国共产党",
        "党委",
    ],
    initiatives=[],
    optional_initiatives=["党委新闻发言人制度", "党委新闻发布制度", "上海新闻发布制度", "新闻发布制度", "科学发展观"],
    documents=[],
    reporters=[],
)

# pool_p053: a foreign sister city's mayor and delegation; Japanese name of five characters; 会见 and an
# activity's 开幕式 (see the module docstring); a quoted named activity week; a development zone that talks
# with the delegation (actor).
D["pool_p053"] = dict(
    persons=["佐藤树一郎", "万勇", "程用文"],
    positions=[
        P("佐藤树一郎", "市长", "大分市"),
        P("万勇", "市长", "武汉市人民政府"),
        P("程用文", "副市长", "武汉市人民政府"),
    ],
    meeting_roles=roles("SPOKE_AT", "万勇", "佐藤树一郎") + roles("ATTENDED", "程用文", "佐藤树一郎"),
    meetings=[],
    optional_meetings=["会见", "开幕式", "“日本大分周”开幕式", "座谈"],
    organizations=[
        ["大分市政府代表团", "政府代表团", "日本大分市政府代表团", "大分市代表团", "代表团"],
        ["武汉经济技术开发区", "武汉经开区"],
    ],
    optional_orgs=["大分市", "日本大分市", "武汉市", "大分市人民政府", "武汉市人民政府", "市民之家"],
    initiatives=["日本大分周"],
    optional_initiatives=["复兴大武汉"],
    documents=[],
    reporters=[],
)

# pool_p059: a district united-front forum named in quotes with an ordinal (“民营经济圆桌会”(第一期)); two
# hosts that are departments; a presider after three attendees; a quoted mechanism (required) and a quoted
# characterisation (娘家人, optional); the city is never named, the district (长宁区) is.
D["pool_p059"] = dict(
    persons=["王霄汉", "王罗清", "翁华建", "张晓磊"],
    positions=[
        P("王霄汉", "市委统战部副部长"),
        P("王霄汉", "市工商联党组书记"),
        P("王罗清", "区委常委", "长宁区委"),
        P("王罗清", "统战部部长", "长宁区委统战部"),
        P("翁华建", "区人民政府副区长", "长宁区人民政府"),
        P("张晓磊", "区委统战部副部长", "长宁区委统战部"),
        P("张晓磊", "区工商联党组书记", "长宁区工商联"),
    ],
    meeting_roles=roles("ATTENDED", "王霄汉", "王罗清", "翁华建")
    + roles("SPOKE_AT", "王霄汉", "王罗清")
    + roles("PRESIDED", "张晓磊"),
    meetings=[
        [
            "“民营经济圆桌会”(第一期)",
            "民营经济圆桌会",
            "“民营经济圆桌会”",
            "民营经济圆桌会(第一期)",
            "长宁区首场民营经济圆桌会",
            "首场民营经济圆桌会",
            "长宁区第一期民营经济圆桌会",
            "第一期民营经济圆桌会",
        ]
    ],
    optional_meetings=["中央和市委统战工作会议", "统战工作会议", "中央统战工作会议", "市委统战工作会议"],
    organizations=[
        ["长宁区委统战部", "区委统战部"],
        ["长宁区工商联", "区工商联"],
        ["区发改委", "长宁区发改委"],
        ["区商务委", "长宁区商务委"],
        ["区人社局", "长宁区人社局"],
    ],
    optional_orgs=[
        "市委统战部",
        "市工商联",
        "长宁区委",
        "区委",
        "长宁区人民政府",
        "区人民政府",
        "市委",
        "商会",
        "民营经济人士之家",
        "长宁区工商联党组",
        "区工商联党组",
        "市工商联党组",
    ],
    initiatives=["政企互动、市区联动、商会协同"],
    optional_initiatives=["民营经济圆桌会", "娘家人"],
    documents=[],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_d.jsonl", D)
