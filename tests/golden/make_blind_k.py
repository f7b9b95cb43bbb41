"""Blind set K for texts/pool_p0{42,48,51,52,54,55}.txt: six articles of ../shared/corpus/pool none of the other sets
used, of the genres foreign visits, flood control and press conferences — a foreign ministry's "驻华使节地方行" tour
with two provincial leaders meeting the envoys, a provincial water resources department's flood consultation meeting
(traditional script), a city party committee and government's press conference on leaders' news coverage
(traditional script, a reporter's byline), the 100th epidemic press conference of a municipality (a news agency's
byline), a provincial secretary and governor meeting a delegation of foreign envoys (traditional script) and a
provincial secretary meeting the UN Secretary-General (traditional script, with a few garbled characters of the
source page kept as they are). Each pool file is whole. Annotated by hand from the texts, before kg was run on them,
with the conventions of ../shared/gold/README.md and ../shared/gold/wide/README.md. Run to rewrite blind_k.jsonl.

Decisions for cases those conventions do not show (and the earlier sets' choices followed):
- 会见 (a call of or on a delegation) is an event held, unnamed (会见 is an optional meeting, as in set D and the wide
  set's w22); the verb 会见 itself gives no role to the host (set I: too vague, as w15's 参加座谈), but remarks made
  at it (在会见中说, 会见中…表示欢迎…介绍, the guest's 表示 / 说) are SPOKE_AT, for host and guest (set D's p053, w22).
- What a speaker says happened elsewhere (您…出席了…纪念活动, 我刚参加了…纪念活动) gives no role: the commemoration
  is only cited (optional meeting).
- A ministry's tour of the provinces for foreign envoys (举办“驻华使节地方行”活动, 考察, 查勘项目) is a field
  activity, no meeting; 参加有关活动 there gives no role. Its quoted name is a programme (required initiative), its
  quoted themes are slogans (optional). The envoys' group the leaders meet (使节团, 外国驻华使节代表团) is a
  delegation (required organization).
- A foreign or international official's post takes the body named in the title (联合国秘书长: 联合国); a title with
  its ministry (外交部外事管理司司长) keeps the department as its organization; a vice-governor's post takes the
  province's government.
- 习近平主席 / 习近平总书记 name him with a post written after the name (主席 / 总书记, organization null, as the
  other sets write 总书记).
- A press conference held by a city's party committee and government (市委、市政府召开新闻发布会) is a meeting;
  the offices in whose name it publishes (以市委外宣办、市政府新闻办的名义联合向社会发布) are issuers (required).
  The series and the day's conference (连续召开100场…新闻发布会, 2日举行的…新闻发布会) are one meeting. (Set D's p050 is
  the precedent; the wide set's w24 leaves a briefing mentioned in passing, 在20日新闻发布上回应表示, optional.)
- 会商会 (a flood consultation meeting, 主持召开会商会) is the meeting, its name as written; meetings whose 精神 is
  relayed are optional; the ministry whose 工作要求 is followed (水利部) is only cited (optional, as set D's
  最高人民法院办公厅).
- National strategies and foreign-policy formulas (西部大开发战略, 全球发展倡议, “南南合作”, 新发展理念) are optional
  initiatives, as the other sets make 创新驱动发展战略 and 长江大保护; a quoted national campaign
  (“不忘初心、牢记使命”主题教育活动) is required, as 群众路线教育实践活动.
Every body that is the organization of a gold position is an acceptable organization (as in the wide set).

Scored blind (kg at 2c5e57f, LAC): macro 0.598 — person .966 (P .933), position .909 (P 1.0, R .833), meeting role 0
(R 0 of 6), meeting 0 (5 false, 3 missed), organization .714 (P .833, R .625), initiative 1.0, position with
organization .867, reporter 1.0.
One correction after the blind scoring: 孔子 (拜訪了孔子的誕生地曲阜, p055) is a named person, which the conventions
require and the annotation had missed (kg found him; with him the blind figure is macro 0.604, person 1.0).
"""

from make_heldout import P, _write, roles, with_position_bodies  # the held-out sets' layout and helpers

SET_K: dict[str, dict] = {}

# pool_p042: the foreign ministry's tour (see the module docstring); two provincial leaders 分别会见 the envoys (no
# role); the ministry's department head 参加有关活动 of the tour (no role); 习近平主席 in the envoys' praise.
SET_K["pool_p042"] = dict(
    persons=["易炼红", "方伟", "陈立", "习近平"],
    positions=[
        P("易炼红", "省委书记", "浙江省委"),
        P("易炼红", "省人大常委会主任", "浙江省人大常委会"),
        P("方伟", "副省长", "江苏省人民政府"),
        P("陈立", "外交部外事管理司司长", "外交部外事管理司"),
        P("习近平", "主席"),
    ],
    meeting_roles=[],
    meetings=[],
    optional_meetings=["会见"],
    organizations=[
        ["外交部"],
        ["外交部外事管理司", "外事管理司"],
        ["使节团", "驻华使节团"],
    ],
    optional_orgs=["浙江", "江苏", "浙江省", "江苏省", "江苏省政府", "中国", "中国各地方"],
    initiatives=["驻华使节地方行"],
    optional_initiatives=[
        "品味浙里精彩蝶变,共襄杭州亚运盛会",
        "品味浙里精彩蝶变",
        "共襄杭州亚运盛会",
        "科创江苏 零碳未来",
        "科创江苏",
        "零碳未来",
        "新发展理念",
        "新发展格局",
        "高质量发展",
        "杭州亚运",
    ],
    documents=[],
    reporters=[],
)

# pool_p048: traditional script; a provincial department's head presides over a flood consultation meeting and
# speaks (強調, 指出, 要求); a national meeting's 精神 relayed (optional); 習近平總書記 named once (twice with 等).
SET_K["pool_p048"] = dict(
    persons=["周漢奎", "習近平"],
    positions=[
        P("周漢奎", "黨組書記", "湖北省水利廳"),
        P("周漢奎", "廳長", "湖北省水利廳"),
        P("習近平", "總書記"),
    ],
    meeting_roles=roles("PRESIDED", "周漢奎") + roles("SPOKE_AT", "周漢奎"),
    meetings=[
        [
            "會商會",
            "会商会",
            "防汛會商會",
            "水旱災害防御會商會",
            "湖北省水利廳會商會",
            "省水利廳會商會",
            "水利廳會商會",
        ]
    ],
    optional_meetings=["全國重點地區防汛抗旱工作會議", "重點地區防汛抗旱工作會議", "防汛抗旱工作會議"],
    organizations=[["湖北省水利廳", "省水利廳", "水利廳", "湖北省水利厅"]],
    optional_orgs=[
        "水利部",
        "省委省政府",
        "省委",
        "省政府",
        "中央",
        "全廳",
        "湖北省水利廳黨組",
        "水利部門",
        "有關市、縣部門",
    ],
    initiatives=["不忘初心、牢記使命"],
    optional_initiatives=["以防為主", "防", "一盤棋", "24小時值班值守制度", "值班值守制度"],
    documents=[],
    reporters=[],
)

# pool_p051: traditional script; a city's party committee and government hold a press conference (a meeting; the
# coming ones have the same name); no person but the reporter is named; the offices it publishes in the name of are
# issuers (see the module docstring).
SET_K["pool_p051"] = dict(
    persons=["張娜"],
    positions=[],
    meeting_roles=[],
    meetings=[
        [
            "新聞發布會",
            "濟南市委、市政府新聞發布會",
            "濟南市委市政府新聞發布會",
            "市委、市政府新聞發布會",
            "發布會",
        ]
    ],
    optional_meetings=["全市重要會議"],
    organizations=[["市委外宣辦", "濟南市委外宣辦"], ["市政府新聞辦", "濟南市政府新聞辦"]],
    optional_orgs=[
        "濟南市委",
        "濟南市政府",
        "濟南市人民政府",
        "濟南市委、市政府",
        "市委",
        "市政府",
        "大眾網",
        "市幾套班子",
        "新聞媒體",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[],
    reporters=["張娜"],
)

# pool_p052: a municipality's 100th epidemic press conference; its spokesman (three posts before the name) speaks at
# it (今天表示, 在…新闻发布会上表示, 谈到); the series and the day's conference are one meeting; a news agency's byline;
# the bodies are named only inside his titles (optional).
SET_K["pool_p052"] = dict(
    persons=["杜燕", "徐和建"],
    positions=[
        P("徐和建", "市委宣传部副部长", "北京市委宣传部"),
        P("徐和建", "市人民政府新闻办公室主任", "北京市人民政府新闻办公室"),
        P("徐和建", "市人民政府新闻发言人", "北京市人民政府"),
    ],
    meeting_roles=roles("SPOKE_AT", "徐和建"),
    meetings=[
        [
            "北京市新冠肺炎疫情防控新闻发布会",
            "新冠肺炎疫情防控新闻发布会",
            "北京市新冠肺炎疫情防控工作新闻发布会",
            "新冠肺炎疫情防控工作新闻发布会",
            "疫情防控新闻发布会",
            "新闻发布会",
            "发布会",
        ]
    ],
    organizations=[],
    optional_orgs=[
        "中新网",
        "北京市",
        "北京市委",
        "北京市人民政府",
        "北京市各部门",
        "北京市各级党委、政府部门",
        "各级党委",
        "政府部门",
    ],
    initiatives=[],
    optional_initiatives=[
        "压舱石",
        "从未缺席",
        "第一新闻发言人",
        "新闻发布和新闻发言人制度",
        "新闻发言人制度",
        "新闻发布制度",
    ],
    documents=[],
    reporters=["杜燕"],
)

# pool_p054: traditional script; a province's secretary and governor meet a delegation of foreign envoys (会见: see
# the module docstring); the secretary's remarks at it are SPOKE_AT, the governor says nothing; the province is named
# (四川, 來川), so its bodies are the posts' organizations; 習近平總書記 in the remarks.
SET_K["pool_p054"] = dict(
    persons=["王曉暉", "黃強", "習近平"],
    positions=[
        P("王曉暉", "省委書記", "四川省委"),
        P("王曉暉", "省人大常委會主任", "四川省人大常委會"),
        P("黃強", "省委副書記", "四川省委"),
        P("黃強", "省長", "四川省人民政府"),
        P("習近平", "總書記"),
    ],
    meeting_roles=roles("SPOKE_AT", "王曉暉"),
    meetings=[],
    optional_meetings=["會見"],
    organizations=[["外國駐華使節代表團", "駐華使節代表團", "使節代表團", "代表團"]],
    optional_orgs=["省委", "省政府", "省委、省政府", "四川省政府", "黨中央", "國際組織", "各國際組織", "四川", "成都"],
    initiatives=[],
    optional_initiatives=[
        "天府之國",
        "西部大開發",
        "西部大開發戰略",
        "請進來",
        "走出去",
        "全球發展倡議",
        "全球安全倡議",
        "全球文明倡議",
        "向西開放戰略高地",
        "參與國際競爭新基地",
    ],
    documents=[],
    reporters=[],
)

# pool_p055: traditional script with a few garbled characters of the source (當?shù)孛襟w); a province's party secretary
# meets the UN Secretary-General (会见: see the module docstring); both speak at it (在會見中說, 表示, 說); 秘書長閣下
# is an alias; the commemoration they speak of is cited (optional meeting, no role); 聯合國 acts through its agencies.
SET_K["pool_p055"] = dict(
    persons=["姜異康", "潘基文", "孔子"],
    positions=[P("姜異康", "省委書記", "山東省委"), P("潘基文", "秘書長", "聯合國")],
    meeting_roles=roles("SPOKE_AT", "姜異康", "潘基文"),
    meetings=[],
    optional_meetings=[
        "會見",
        "中國人民抗日戰爭暨世界反法西斯戰爭勝利70周年紀念活動",
        "世界反法西斯戰爭勝利70周年紀念活動",
        "紀念活動",
    ],
    organizations=[["聯合國", "聯合國各機構"]],
    optional_orgs=["中共山東省委", "山東省", "山東", "國際組織", "韓國各行政區", "中韓自貿區"],
    initiatives=[],
    optional_initiatives=["南南合作", "抗戰精神", "中韓自貿區", "中韓自貿區協定"],
    documents=[],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_k.jsonl", with_position_bodies(SET_K))
