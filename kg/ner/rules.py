"""Domain rules that find what NER models miss: titles, organizations by suffix grammar,
meetings, initiatives, documents, bylines. Every finder reads ``Article.analysis_text`` and
returns Mentions whose text is sliced from ``Article.text``; ``source`` is ``rules:<id>.v1``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from kg import lexicon
from kg.model import Article, Mention
from kg.places import gazetteer
from kg.regions import LEVELS, is_division
from kg.text import SpanIndex, longest, starting_between

CJK = "\u4e00-\u9fff"
# Characters that end a title or organization name when reading leftwards (function words, verbs).
STOP = "".join(lexicon.words("stop_chars"))
NUM = "一二三四五六七八九十百千万两零〇"
# a clause's start: the text's or a line's, or right after a clause mark or a space
AT_CLAUSE_START = r"(?:^|(?<=[，,。；;：:\s]))"

# Title heads: the word a position ends with. Longest first so alternation prefers them.
TITLE_HEADS = sorted(lexicon.words("title_heads"), key=len, reverse=True)
TITLE_HEAD_ALT = "|".join(TITLE_HEADS)  # a regex alternation of the heads, longest first
TITLE_HEAD_TUPLE = tuple(TITLE_HEADS)  # for str.endswith/startswith: one call instead of one per head
_TITLE_HEAD_SET = frozenset(TITLE_HEADS)
_TITLE_HEAD_LENGTHS = sorted({len(h) for h in TITLE_HEADS}, reverse=True)
# 经济 and 财经 are words, though 经 ends a title elsewhere (经…批准): 全国经济普查领导小组组长, 中央财经委员会主任;
# so are 对外 and 对华 (对华合作国家委员会主席), and the 和 of the national bodies named with one
# (国家林业和草原局林草调查规划院原副院长, 人力资源和社会保障厅副厅长, 南京市规划和自然资源局总体规划处原处长,
# 北京市财政局自然资源和生态环境处副处长)
_AND_IN_BODY = (
    r"(?:林业|文化|住房|人力资源|工业|发展|规划|自然资源)和(?=草原|旅游|城乡|社会|信息|改革|自然资源|规划|生态环境)"
)
# 分管日常工作的 between a body and its deputy head (中央组织部分管日常工作的副部长): the deputy who runs the body
# day to day; a qualifier of the title, no part of the body (positions strips it)
DAILY_CHARGE = "分管日常工作的"
_NAMECHAR = rf"(?:经济|经开|财经|对外|对华|{_AND_IN_BODY}|{DAILY_CHARGE}|(?![{STOP}])[{CJK}])"
# a body's parenthesised part is inside the title: 中国人寿保险（集团）公司原党委书记
_TITLE_TOKEN = rf"(?:{_NAMECHAR}|[（(][{CJK}]{{2,4}}[）)]){{0,22}}?(?:{TITLE_HEAD_ALT})"
# A chain of titles that ends exactly where a name begins: 市委常委、市委秘书长|王志宏
# (a chain may also start after 代表: 签约企业代表|东莞市蜀江新能源科技有限公司总经理曾伟)
TITLE_CHAIN_END = re.compile(rf"(?:(?<![^{STOP}\W\d])|(?<=代表))(?:{_TITLE_TOKEN})(?:、(?:{_TITLE_TOKEN}))*$")
# the same without those two, for the windows that write neither (most): a cheaper pattern, the same chains
_PLAIN_TOKEN = rf"{_NAMECHAR}{{0,22}}?(?:{TITLE_HEAD_ALT})"
_PLAIN_CHAIN_END = re.compile(rf"(?<![^{STOP}\W\d])(?:{_PLAIN_TOKEN})(?:、(?:{_PLAIN_TOKEN}))*$")
_TOKEN_RE = re.compile(_TITLE_TOKEN)
TITLE_QUALIFIERS = ("常务副", "副", "常务", "代理", "代", "专职", "执行", "第一")

# Organization suffixes (suffix grammar); body parts that may follow an organization inside a title.
ORG_SUFFIXES = sorted(lexicon.words("org_suffixes"), key=len, reverse=True)
_ORG_SUFFIX = "|".join(ORG_SUFFIXES)
ORG_SUFFIX_END = re.compile(rf"(?:{_ORG_SUFFIX})$")
_NOT_ORG_LOOK = (
    r"(?<![格布大全开结当变战骗])(?<!中心城)(?<!(?<![财民邮市行])政(?=局))"
    # a government is 人民政府 or a place's: 项目|政府购买服务 names none
    r"(?:(?<=[民省市县区州乡镇旗])|(?!政府))"
)
SUBUNITS = ("团支部", "党支部", "党委", "党组", "团委", "工会", "办公室", "党总支")
# the discipline group a commission stations in a body, read by the model without its last word
# (中央纪委国家监委驻应急管理部|纪检监察组): the group is the body, the cut reading names none
STATIONED_GROUP = ("纪检监察组", "纪检组")
# An organization named from a place: 许昌市新冠肺炎疫情防控指挥部, 许昌党政考察团.
_ORG_RUN_VERBS = (
    "出席|参加|召开|举行|前往|会见|拜会|看望|慰问|宣读|签署|主持|访问|抵达|离开|考察|调研|视察"
    "|率|带领|围绕|继续|要(?!素)|就(?!业)"
)
# …never starts with 各 (北京市各级党委、政府部门: every level's committees, no one body) and never runs over an
# aspect mark, a second title, an inclusion or a rank (上海承担着建设…中心,
# 柬埔寨副首相兼内阁办公厅, 加沙地带包括…医院, 福建省第一位无双臂大学生): none of 着, 兼, 包括, 位 is in a body's name
ORG_AFTER_PLACE = re.compile(
    rf"(?!特色|各)(?:(?![{STOP}是着兼位]|包括|{_ORG_RUN_VERBS})[{CJK}]){{0,22}}?{_NOT_ORG_LOOK}(?:{_ORG_SUFFIX})"
    rf"(?![{CJK}]{{0,1}}(?:长|书记|城区)|界|(?<=局)[势面]|(?<=大学)生(?![物态产命]))"
)
ORG_BARE = re.compile(
    r"(?:共青团|团)?(?:中共)?(?:[省市县区州])(?:委(?:员会)?(?:办公室|组织部|宣传部|统战部|政法委|外宣办|网信办|编办)?"
    r"|人民政府|政府|人大常委会|政协|纪委|监委"
    rf"|(?:[{NUM}]+届)?纪律检查委员会)"
    r"(?:办公室|办公厅)?"
)
# The State Council's ministries and commissions whose long names the model misses (文化和旅游部关于…的报告), written in
# full and standing alone (、文化和旅游部关于…): never 自然资源部门 (a kind of department), the end of another name
# (能源和自然资源部), nor the start of a longer body or title (生态环境部环境工程评估中心, 生态环境部党组书记)
MINISTRY = re.compile(
    r"(?<![省市县区州和与])(?:文化和旅游部|住房和城乡建设部|人力资源和社会保障部|工业和信息化部|国家发展和改革委员会|农业农村部"
    r"|自然资源部|生态环境部|交通运输部|退役军人事务部|应急管理部|国家卫生健康委员会|国家民族事务委员会|科学技术部"
    # the regulators under the State Council, short as news writes them (市场监管总局今天…发布)
    r"|(?:国家)?市场监管总局|(?:国家)?金融监管总局|国家市场监督管理总局|国家金融监督管理总局|中国证监会|国家外汇管理局)"
    # …or before its officials (国家发展改革委、生态环境部主要负责同志…作了发言: the body they speak for), or before
    # the day or the act of the item (应急管理部今天…举行, 由应急管理部牵头, 市场监管总局出台《…》)
    rf"(?=[^{CJK}]|[{STOP}]|关于|联合|印发|发布|会同|(?:主要|有关)?负责(?:同志|人)|今天|今日|近日|日前|昨天|出台|批准"
    r"|牵头|也|获悉|$)"
)
# The central committees of the eight democratic parties, short as news writes them (邓蓉玲常委代表农工党中央发言,
# 卢国懿常委代表致公党中央发言), where the model misses one; the same guards as MINISTRY
PARTY_CENTRAL = re.compile(
    r"(?<![和与])(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)中央"
    rf"(?![委统]|[{CJK}]{{0,4}}(?:主席|副主席|委员|常委|秘书长))"
)
# A CPPCC of a term, its place or level captured (政协第十四届全国委员会: 全国, 政协第十届北京市委员会: 北京市): the
# body X政协 (全国政协); in a seat revoked (撤销…政协第十四届全国委员会委员资格) and a standing committee's sitting
CPPCC_OF_TERM = r"(?:中国人民政治协商会议|政协)第?[一二三四五六七八九十]+届([\u4e00-\u9fff]{2,8}?)委员会"
# A court named short at a clause's start: 林区中院, 佳市中院, 市中院 (中院: 中级人民法院)
COURT_SHORT = re.compile(rf"(?:^|(?<=[，,。；;：:\s、]))([{CJK}]{{0,2}}[市县区州]中院)(?!长)", re.M)
# A working group sent by a body: 省关工委调研组, 全国人大调研组 (after 由…组成的, 率, a clause start).
GROUP_UNITS = "巡察组|调研组|考察团|代表团|督导组|工作组|督查组|巡视组|检查组|调查组|指导组|工作队|宣讲团"
# a central leading group, named from 中央 (no place before it): 中央农村工作领导小组成员…参加会议,
# 中央区域协调发展领导小组
CENTRAL_GROUP = re.compile(rf"(?:中共)?中央(?:(?![{STOP}])[{CJK}]){{2,12}}?领导小组")
# a campaign's numbered central group, named from the clause start with the campaign before it:
# 主题教育中央第六指导组, 深入贯彻中央八项规定精神学习教育中央第二指导组 (负责同志参加汇报会)
CAMPAIGN_GROUP = re.compile(
    rf"{AT_CLAUSE_START}(?:(?![{STOP}])[{CJK}]){{2,20}}?中央第[一二三四五六七八九十]{{1,3}}(?:指导组|督导组|巡视组)"
)
# (a national body's own name starts a group after any word: 主持召开|全国人大常委会种子法执法检查组,
# 审议|全国人大常委会执法检查组…报告; not after a term: 十四届全国人大一次会议辽宁代表团 is the session's delegation)
GROUP_ORG = re.compile(
    rf"(?:(?:(?<=[{STOP}率，,。、：:\s\]])|(?<=召开))(?:全国人大|全国政协|中央|国务院|[省市县区])|(?<!届)(?:全国人大|全国政协|国务院))"
    rf"(?:(?![{STOP}率成派])[{CJK}]|[（(][{CJK}]{{2,4}}[）)]){{0,8}}?(?:{GROUP_UNITS})"
)
# a delegation a leader meets, named before 一行: 会见来川参访的|外国驻华使节代表团|一行 (two characters or more
# before the head: a bare 使节团 names no one body)
CALLED_GROUP = re.compile(
    rf"(?:会见|会晤|拜会|接见)了?(?:[^，。；,;]{{0,12}}?的)?((?:(?![{STOP}])[{CJK}]){{2,14}}?(?:代表团|使节团|访问团|考察团))"
    r"(?=一行)"
)
# A working group named by its head word alone as an actor (。调研组深入学习了…) or the one met, led or reported to
# (分别会见使节团, 率领|带领, 向|同): a body only where the article names no longer group of that head; never after
# 和|的 (驻村第一书记和工作队, 组成的考察团: a kind of group, or one described)
BARE_GROUP_UNITS = (*GROUP_UNITS.split("|"), "使节团")
BARE_GROUP = re.compile(rf"(?:(?<![{CJK}])|(?<=[见向同])|(?<=率领|带领))({'|'.join(BARE_GROUP_UNITS)})")
# a delegation's sub-group led by one of its leaders, named by the place it goes to: 带领|率领 + PLACE + 分团
# (李干杰带领阿里分团, 胡春华带领林芝分团: 林芝 is the place, never a person the model read)
LED_SUBGROUP = re.compile(rf"(?<=率领|带领)([{CJK}]{{2,4}}?)分团")
# a body whose officials a text names as a group, at a clause start: 党和国家功勋荣誉表彰工作委员会|有关领导同志
# (党和国家 opens the names of central bodies: 和 is no stop there); never bodies of a kind
# (区人大常委会各街道工作委员会, 全国政协有关专门委员会)
OFFICIALS_OF = re.compile(
    rf"(?:^|(?<=[，,、。：:；;\n]))((?:(?!有关|相关)(?![{STOP}各])[{CJK}]|(?<=党)和(?=国家)){{4,22}}?(?:委员会|领导小组|办公室|办公厅))"
    r"(?=(?:有关)?(?:领导同志|负责同志|负责人))",
    re.M,
)
# The presidium and secretariat of the session a text reports, named 大会主席团|大会秘书处 (作的大会秘书处关于…的报告):
# at a clause start or after a stop character (请, 了 among them), 作 or 、, never inside a longer word
SESSION_ORGANS = ("大会主席团", "大会秘书处")
SESSION_BODY = re.compile(rf"(?:(?<![{CJK}])|(?<=[{STOP}作、]))(?:{'|'.join(SESSION_ORGANS)})")
# A committee of a national body, its name joined by 和/与: 全国人大|宪法和法律委员会、农业与农村委员会; 经 of 经济
# is no stop there (财政经济委员会); 工委 is 工作委员会 written short (全国人大常委会|代表工委)
_COMMITTEE_RUN = (
    rf"(?!有关|相关|各)(?:经(?=济)|(?![{STOP}])[{CJK}]|(?<=[{CJK}])[和与](?=[{CJK}])){{2,12}}?"
    r"(?:工作委员会|委员会|工委)"
)
COMMITTEE_OF = re.compile(rf"(?:{_COMMITTEE_RUN})(?![{CJK}]{{0,1}}(?:长|书记))")
# an item of a 、-list of committees; the last one may run into what they report (…学习委员会2025年工作情况的汇报)
COMMITTEE_ITEM = re.compile(rf"、({_COMMITTEE_RUN})(?=[、，,。；;和及等的0-9]|分别|$)")
COMMITTEE_PARENTS = ("全国人大", "全国人大常委会", "全国政协", "政协全国委员会")
# a committee of any congress or CPPCC whose name the model read from its 与|和 on (人民代表大会社会建设与|
# 民宗外侨委员会): the part before it, right after the congress, its standing committee, the CPPCC or a 、, names
# no body by itself
JOINED_COMMITTEE_HEAD = re.compile(
    rf"(?:人民代表大会|人大|常委会|常务委员会|政协|、)((?:(?![{STOP}])[{CJK}]){{2,6}}?[与和])$"
)
# a national body's committee the model read whole, with its term (政协第十四届全国委员会经济委员会): a list's first
NATIONAL_COMMITTEE = re.compile(
    rf"(?:全国人大(?:常委会)?|全国政协|政协(?:第[{NUM}]+届)?全国委员会|[{NUM}]+届全国人大(?:常委会)?)"
    rf"(?:{_COMMITTEE_RUN})"
)
# A company named with a parenthesised part: 昌河飞机工业（集团）有限公司, 奥的斯电梯（中国）有限公司
# (found from the parenthesis, the name read back from it: one cheap scan per article)
PAREN_PART = re.compile(rf"[（(][{CJK}]{{2,4}}[）)](?:股份有限公司|有限责任公司|有限公司|公司|集团)")
_NAME_RUN_BEFORE = re.compile(rf"(?:(?![{STOP}])[{CJK}]){{2,12}}$")
# A 、-list closed by what its items are: 中央网信办、教育部、水利部等部门; 宇树科技、北京术锐、中信重工…等企业
CLOSED_LIST_END = re.compile(
    r"、[^、，,。；;：:\n]{2,18}等(?:[0-9一二三四五六七八九十]+[个家])?(?:职能)?(部门|单位|企业)"
)
_LIST_ITEM = re.compile(rf"(?:(?![{STOP}])[{CJK}]|(?<=[{CJK}])[与和](?=[{CJK}]))+$")
# kinds of body, not bodies: 企业、高校等单位; 国资国企系统等部门
_KIND_ITEM = re.compile(r"(?:企业|高校|单位|机构|部门|系统|组织|院校|学校|医院|行业)$")
# An item of a list of organizations, ending in a body suffix of the lexicon: 河南世纪香公司、鲜易控股公司,
# 渭南小学、陕西信合渭南审计中心, 全国人大常委会、国务院、最高人民法院
LIST_ORG = re.compile(
    rf"、((?:(?![{STOP}])[{CJK}]){{2,18}}?(?:{_ORG_SUFFIX}|合作社|厂))"
    rf"(?=[、，,。；;和及等]|$)"
)
# Parties by their last word: 中国共产党, 国民党, 致公党, 自民党, 朝鲜劳动党 (not 新时代党|的建设).
_PARTY = (
    r"(?:共产|国民|民主|自由|工|劳动|劳工|真主|自民|致公|社会|人民|革命"
    r"|保守|共和|绿|统一|进步|民族|复兴|正义|公正|农工)党"
)
# A model's organization is kept when its last word names a body: the suffixes above, or the
# short heads of abbreviations (新华社, 中宣部, 国家计委, 东盟, 妇联, 解放军, 中国共产党, 央行).
BODY_END = re.compile(
    r"(?:组织|集团|公司|大学|中心|联盟|银行|俱乐部|实验室|事务所|政府|议会|国会|内阁|电视台|电台|气象台|天文台"
    r"|[协学商工金进究理事议国员委总分谊合字促]会|[社院部委局办厅署所校馆团队军盟联处司组协厂室]|北约|^[工建农中交招]行"
    r"|央行|证券|.电信|海关|军区|战区|附中|附小|[男女][篮排足]"
    rf"|{_PARTY}(?:中央)?|[团革盟建进]中央|^联合国|^共产国际)$"
)
# …and is not a common word that ends like one: 政局, 全局, 大厅, 干部, 常委 (a title), 场所, 冠军, 苏联.
NOT_BODY_END = re.compile(
    r"(?:(?:^|[^财民邮市])政|[格布大全结时战骗变开残棋饭僵危赛终当])局$|[公结]社$|(?:[大餐客舞展歌门前]|OK|ＯＫ)厅$"
    r"|[庭寺住大合]院$|[干全内外局东西南北中头本总基首腹面警]部$|[常主政编]委$|[场住厕处]所$|[高母院全名本]校$"
    r"|[冠亚季将参从政]军$|[关串互并苏]联$|[加结]盟$|妥协$|[上官]司$|[好到各长短益难相]处$|[各全分改重]组$"
    r"|[车连梯插归]队$|[政全入]党$|[本开兼承查督停协]办$|[场展]馆$|[教卧浴居温密议]室$|[工药]厂$"
)


def is_body_name(name: str) -> bool:
    """True when ``name`` reads as the name of a body by its last word (新华社, 中国人民银行,
    北京大学, 东盟), not a place, a title (主委) or a word that only ends like a body (政局)."""
    if len(name) < 2 or not all(c.isalnum() or c == "·" for c in name):
        return False
    if name.endswith(TITLE_HEAD_TUPLE):
        return False
    return bool(ORG_SUFFIX_END.search(name) or BODY_END.search(name)) and not NOT_BODY_END.search(name)


# An assembly or conference that is a body as well (东盟各国议会间大会, 联合国贸易和发展会议, 俄罗斯国家安全会议,
# 委内瑞拉全国代表大会): a name of its own before 大会|会议, no session of one (no 第N次, 届, 次 nor a number) and no
# scope of a meeting (全国…, 全市…, 本次, 大会 alone); it is a body where it holds a chair or a secretary-general
ASSEMBLY_HEADS = ("副秘书长", "副总干事", "副主席", "秘书长", "总干事", "主席")
_ASSEMBLY = re.compile(rf"[{CJK}]{{2,14}}(?:大会|会议)")
SESSION_MARK = re.compile(rf"[第届次0-9{NUM}]")  # 第二次会议, 十三届, 43届年会: a session, never a standing body
_NOT_ASSEMBLY = re.compile(
    rf"{SESSION_MARK.pattern}|^(?:全国|全省|全市|全区|全县|全州|全镇|全乡|本次|此次|这次|该|本届|大会|会议)"
)


def is_assembly_body(name: str) -> bool:
    """True when ``name`` can name an assembly that is a body (东盟各国议会间大会), not a session (人民代表大会
    第二次会议) nor a meeting named by its scope (全市工作会议)."""
    return _ASSEMBLY.fullmatch(name) is not None and _NOT_ASSEMBLY.search(name) is None


def holds_assembly_title(text: str, pos: int) -> bool:
    """True when a chair's or a secretary-general's title starts at ``pos`` (主席, 副秘书长), not a presidium
    (主席团) nor a session's presiding chair (执行主席)."""
    head = next((h for h in ASSEMBLY_HEADS if text.startswith(h, pos)), None)
    return head is not None and not text.startswith("团", pos + len(head))


NATIONAL_BODIES = frozenset(
    [
        "党中央",
        "中共中央",
        "国务院",
        "全国人大",
        "全国人大常委会",
        "全国政协",
        "中央军委",
        "团中央",
        "中央政治局",
        "中共中央政治局",
        "中纪委",
        "中央纪委",
        "国家监委",
    ]
)

# Meetings: a scope word, a run of name characters, and a meeting head noun.
MEETING_HEADS = sorted(lexicon.words("meeting_heads"), key=len, reverse=True)
MEETING_HEAD_TUPLE = tuple(MEETING_HEADS)  # for str.endswith/startswith, as TITLE_HEAD_TUPLE
# not after 人大 or 其, tested after each head (h(?<!人大h)): a pattern that starts with a head lets the
# regex engine skip to the heads' first characters instead of trying the lookbehinds everywhere
_MHEAD_NOT_AFTER = "|".join(f"{h}(?<!人大{h})(?<!其{h})" for h in map(re.escape, MEETING_HEADS))
# …nor a kind of activity (一般性会议活动, 协商议政会议活动: meetings in general, none held)
MEETING_HEAD = re.compile(rf"(?:{_MHEAD_NOT_AFTER})(?:(?<=会)议)?(?![室厅楼中心程]|常务委员会|常委会|代表|活动)")
MEETING_SCOPE = re.compile(
    rf"中国人民政治协商会议|全国|全省|全市|全区|全县|全州|全镇|全乡|全行业|党的|中共|中央|国务院|第[0-9{NUM}]+[次届]|新一届|[0-9{NUM}]+届"
    rf"|(?:[{CJK}]{{1,4}}?[省市])?(?:(?![{STOP}])[{CJK}]){{1,4}}?[省市县区州](?:级|委|政府|人大|政协|[0-9{NUM}]+[届次])"
    rf"|[省市县区州](?:委|政府|人大|政协|[0-9{NUM}]+[届次])"
    # a body of two parties joined by a dash keeps both: 中国—沙特高级别联合委员会, 中国－海湾阿拉伯国家合作委员会
    rf"|[{CJK}]{{0,10}}(?:[—－][{CJK}]{{1,10}})?(?:指挥部|委员会|领导小组)|常委会"
)
SCOPE_WORD = re.compile(r"全国|全省|全市|全区|全县|省|市|县|区")
SCOPE_LIST = re.compile(r"(?:全国|全省|全市|全区|全县)(?:、(?:全国|全省|全市|全区|全县))+")
MEETING_RUN_STOP = '、和在与了并于愿向把。，,；;：:！？!?\n“”"《》()（）[]【】 '
# 作 of 作…报告 before a numbered meeting ends what runs before it: 县委副书记唐山原作|第十次党代会筹备工作报告
MEETING_VERBS = re.compile(
    r"(?:召开|举行|举办|传达|贯彻落实|落实|参加|出席|主持|迎接|来到|列席|学习了|审议|听取|筹备|祝贺|通过|决定)好?|开好"
    r"|(?<![工合协动创制操])作(?=第[0-9一二三四五六七八九十]+[次届])"
)
# A meeting named by its holding verb: 举行庆七一暨“两优一先”表彰会 / 纪念…座谈会28日在京举行.
HOLD_BEFORE = re.compile(r"(?:召开|举行|举办)$")
# 召开传达学习…精神暨妇女表彰大会: after a verb of holding, a verb of reading begins the name
READ_AFTER_HOLD = re.compile(r"(?:召开|举行|举办)(传达|学习|贯彻)")
# 第七届人民代表大会 (a term, 届) is the congress as a body: its sessions are 第N次会议
TERM_CONGRESS = re.compile(r"届(?:全国)?人民代表大会$")
HOLD_AFTER = re.compile(
    rf"于?(?:[0-9{NUM}]{{1,2}}月)?(?:[0-9{NUM}]{{1,3}}日)?(?:[上下]午)?(?:在[{CJK}0-9]{{1,16}}?)?(?:隆重|正式|顺利)?(?:召开|举行|举办|开幕|闭幕|开班|开营)"
)
# a meeting named by a verb of holding or taking part: 出席两市发展座谈会, 出席…与…、…签约仪式
VERB_NAMES_MEETING = re.compile(r"召开|举行|举办|出席|参加|列席")
VERB_LE_BEFORE = re.compile(rf"(?:{VERB_NAMES_MEETING.pattern})了$")  # 召开了, 出席了
BACK_REFERENCE = re.compile(r"此次|本次|这次|该次|上次")
THEME_AFTER_VERB = re.compile(r"以[^，。；,;]{1,40}?为主题的")
HELD_WITH_THEME = re.compile(rf"(?:召开|举行|举办)了?{THEME_AFTER_VERB.pattern}$")
# a theme opening the clause of a name the verb after it holds (a quoted theme may hold a comma):
# 以“百年风华正青春,决胜冬奥共成长”为主题的冬奥青年出征大会在首钢滑雪大跳台举行
THEME_OPENS_CLAUSE = re.compile(rf"{AT_CLAUSE_START}以(?:“[^”\n]{{1,40}}”|[^，。；,;“”\n]{{1,40}}?)为主题的", re.M)
ATTEND_BEFORE = re.compile(r"(?:出席|参加|列席)$")
# 中共中央政治局常务委员会1月7日全天召开会议: a committee that holds an unnamed 会议 names it
BODY_HOLDS_MEETING = re.compile(
    rf"{AT_CLAUSE_START}((?:中共)?[{CJK}]{{2,16}}?(?:常务委员会|常委会|党组|党委|党工委|领导小组|管委会))"
    rf"(?:[0-9{NUM}]{{1,2}}月)?(?:[0-9{NUM}]{{1,3}}日)?(?:上午|下午|晚上|晚|全天)?(?:召开|举行)了?会议(?![{CJK}])",
    re.M,
)
# an unnamed talk the article reports as held: 与考察团一行就…进行座谈, 座谈会上, 在座谈时
UNNAMED_EVENT = re.compile(
    r"(?:进行|举行|参加|出席)了?(座谈)(?!会)|(?:^|(?<=[，,。；;\s])|(?<=召开的|举行的))(座谈会)上|在(座谈)[时中]"
    # a talk closing its clause: 丁薛祥与创投机构、科创企业负责人座谈交流。
    r"|(?<=[\u4e00-\u9fff])(座谈)(?:交流)?(?=[。；;\n])"
    # a lecture given (中央宣讲团成员…在合肥作宣讲报告): the lecture meeting it is given at
    r"|作(宣讲报告)(?![会团])"
    # …or a lecture on a day at a place (谌贻琴11月6日在人力资源社会保障部宣讲党的二十届四中全会精神)
    r"|(?:今天|[0-9]{1,2}日)(?:（[^）\n]{1,10}）)?在[^，。；,;\n]{1,20}?(宣讲)(?=[^，。；,;\n]{0,24}精神)",
    re.M,
)
UNNAMED_HEAD = {"座谈": "座谈会", "座谈会": "座谈会", "宣讲报告": "宣讲报告会", "宣讲": "宣讲报告会"}
# the outlet's own 我校/我县 before a name: no part of it (我校2025年度…述职评议会议)
OWN_PREFIX = re.compile(r"我[校院县市区镇局委司]")
# (扩大) inside a meeting name: 区委常委会(扩大)会议
ENLARGED = ("(扩大)", "（扩大）")
PARTY_CONGRESS = re.compile(rf"(?:党的)?(?:[{NUM}]+届[{NUM}]中全会|[{NUM}]+大)(?![{CJK}]{{0,1}}(?:代表|以来|精神))")
PARTY_CONGRESS_STRICT = re.compile(rf"党的[{NUM}]+大|党的[{NUM}]+届[{NUM}]中全会|[{NUM}]+届[{NUM}]中全会")

# Initiatives: a quoted name followed by a program head noun, or a numbered slogan after an action verb.
INITIATIVE_HEADS = sorted(lexicon.words("program_heads"), key=len, reverse=True)
_IHEAD = "|".join(INITIATIVE_HEADS)
QUOTE = re.compile(r"“([^“”\n]{1,30})”")
QUOTE_HEAD = re.compile(rf"{_NAMECHAR}{{0,10}}?(?:{_IHEAD})")
ACTION_VERBS = ("推进", "实施", "开展", "强化", "深化", "推动", "打造", "构建", "启动", "抓好", "落实", "聚焦", "健全",
                "完善", "深入开展", "持续推进", "全面推进", "建立", "坚持", "按照", "围绕", "用好", "做好")  # fmt: skip
NUMBERED = re.compile(rf"^[0-9{NUM}]")
# Unquoted program names after an action verb: 做好百城建设提质工程、…; 深入实施城市更新行动
UNQUOTED_VERB = re.compile(r"(?:实施|开展|推进|启动|推动|抓好|做好|深化|打造)好?了?")
_UNQUOTED_CHAR = rf"(?:(?![{STOP}好])[{CJK}])"
_UNQUOTED_HEAD = r"(?:专项行动|提升行动|行动计划|工程|行动|计划|大讨论活动|大讨论)"
UNQUOTED_NAME = re.compile(
    rf"((?:{_UNQUOTED_CHAR}{{4,12}}?|{_UNQUOTED_CHAR}{{2,12}}?[和与及]{_UNQUOTED_CHAR}{{2,10}}?){_UNQUOTED_HEAD})"
    rf"(?=[、，,。；;和及等\s]|$)"
    rf"|({_UNQUOTED_CHAR}{{2,8}}?)(?=系列活动)"
)
# an unquoted programme as the subject of its progress, opening a clause (after 我国|全国|全省…): 我国新一轮找矿突破
# 战略行动取得重要进展, …意见》印发以来,常态化驻村工作机制不断健全
SUBJECT_PROGRAM = re.compile(
    rf"{AT_CLAUSE_START}(?:我国|全国|全省|全市|全县|全区|各地)?"
    rf"({_UNQUOTED_CHAR}{{4,14}}?(?:行动|工程|计划|工作机制))"
    r"(?=取得了?(?:重要|重大|明显|显著|积极|阶段性)?(?:进展|成效|成果|突破)|不断(?:健全|完善|深化)"
    r"|(?:深入|扎实|稳步|顺利)(?:实施|推进))"
)
# a party-wide study campaign named after 全党: 全党树立和践行正确政绩观学习教育开展以来, 正在全党开展的党纪学习教育
# (and 和 inside its name)
_STOP_BUT_HE = STOP.replace("和", "")
STUDY_CAMPAIGN = re.compile(rf"全党(?:开展的?)?((?:(?![{_STOP_BUT_HE}好])[{CJK}]){{2,16}}?学习教育)")
# a party study campaign named without 全党, by the forms such campaigns take: 党 + its topic (党纪学习教育,
# 推进党纪学习教育常态化长效化) and 贯彻…精神|思想 / 践行…观 (深入贯彻中央八项规定精神学习教育, 服务保障树立和践行正确
# 政绩观学习教育, 学习贯彻习近平新时代中国特色社会主义思想主题教育) + 学习教育|主题教育, and the 群众路线教育实践活动
# (深化和巩固群众路线教育实践活动成果); not 党员…学习教育 (a body's members studying), not the bare 主题教育, and not a
# campaign named as the stage a meeting is held in (在深入开展党史学习教育重要阶段召开的…会议: the meeting's time)
_CAMPAIGN_STEM = rf"(?:(?![{_STOP_BUT_HE}好])[{CJK}])"
PARTY_STUDY = re.compile(
    rf"(?:(?:党(?![员内的])[{CJK}]|(?:深入)?(?:学习)?贯彻{_CAMPAIGN_STEM}{{2,14}}?(?:精神|思想)"
    rf"|(?:树立和)?践行{_CAMPAIGN_STEM}{{2,10}}?观)(?:学习|主题)教育|(?:党的)?群众路线教育实践活动)(?!(?:重要|关键)?阶段)"
)
# the national trade-in programme, unquoted: 消费品以旧换新政策, 大规模设备更新和消费品以旧换新行动, 以旧换新政策的延续
TRADE_IN = re.compile(r"(?:大规模设备更新和)?(?:消费品|汽车|家电)?以旧换新(?:政策|行动)?")
# a named week, unquoted, of a scope (全国, a place) opening its name after a year, 暨 or a clause mark:
# 2023年全国科技活动周暨北京科技周启动式 (not a bare 科技周, 一起观看科技周活动宣传节目)
NAMED_WEEK = re.compile(
    rf"(?<=[年暨，,。、\n])(?:全国|国家|(?:(?![{STOP}])[{CJK}]){{2,6}}?)(?:科技活动|科普|科技|宣传|活动)周"
)
COORD = re.compile(r"(?:和|与|及|、|暨)“")
# verbs whose quoted object is a programme being carried out: 打好“八场硬仗”, 创建“四强县”, 落实“三区三线”
PROGRAM_VERBS = lexicon.words("program_verbs")
# …with the scope the programme runs in between (全省, 本市, a great river, an administrative division), the quote
# closing the verb's object: 要持续推进长江“十年禁渔”，加强联合执法 (not 推进黄河“几字弯”宁夏攻坚战, where the quote
# qualifies the noun after it)
SCOPED_PROGRAM = re.compile(rf"(?=(?:{'|'.join(PROGRAM_VERBS)})好?((?:(?![{STOP}])[{CJK}]){{2,8}})$)")
PROGRAM_SCOPES = re.compile(r"(?:全|本)[省市县区镇乡]|全国|长江|黄河|珠江|淮河")
OBJECT_CLOSED = re.compile(r"[，,。；;：:、！？!?\n]|[等和与及]|$")
# 结合“NAME” + a verb setting people or work going: the programme the work is done through (结合“青年三进”发动在职党员…;
# not 结合“三农”特点, 结合“十五五”发展规划, whose quote qualifies the noun 结合 takes)
MEANS_THEN_VERB = re.compile(r"(?:发动|动员|组织|开展|推动|带动|引导)")
# a quoted name + 活动 held (where or when in between) is an event, no programme: 2026“世界市长对话·西安”活动在陕西
# 西安举行, “世界市长对话·哈尔滨”活动昨天（1月6日）举行
EVENT_HELD = re.compile(r"[^，,。；;“”\n]{0,16}?(?:举行|开幕|闭幕)")
# a quoted campaign year or month: “项目攻坚年”, “作风建设年”
CAMPAIGN_PERIOD = re.compile(rf"^[{CJK}]{{2,8}}(?<![0-9{NUM}])[年月]$")
# a quote that holds its own head: “千万工程”, “八八战略”, “十大伙伴行动”, “国优计划”, “寒假促就业暖心行动”; not a
# characterisation by rank (“一号工程”, “头号工程”) or with 的 (“文明的战略”), not words said (“…采取单独行动”), and
# not what is done wrong, by force or so called (劳民伤财的“形象工程”、“政绩工程”, 采取“冒险行动”, 停止…“挑衅行动”,
# 所谓“…”)
HEADED_QUOTE = re.compile(
    rf"^(?![一头首]号|(?:政绩|形象|面子|豆腐渣)工程$|.*(?:的|采取))[0-9{CJK}]{{2,20}}(?:工程|行动|计划|战略|活动)$"
)
NOT_PROGRAM_BEFORE = re.compile(r"搞(?!好)|采取|停止|所谓")
# before a quote and its head: what is stopped or so called (停止在黎巴嫩的所谓“代理人”行动); 搞“…”活动 and 采取“…”措施
# are also said of programmes run (搞好“三下乡”活动)
NOT_HEADED_PROGRAM_BEFORE = re.compile(r"停止|所谓")
# a quote the work is framed by, 以…“NAME”…为主线|抓手|载体|契机: 以强化党建引领“三驾马车”为主线, 以“百日攻坚行动”为抓手
FRAME_AFTER = re.compile(r"[^，。；;,“”\n]{0,4}?为(?:主线|抓手|载体|契机|牵引|突破口)")
# a numbered set of rules, quoted or not: 八项规定, 中央八项规定, 六项禁令
RULE_SET = re.compile(rf"(?:中央)?[{NUM}]+项(?:规定|禁令)")
# what a run of quotes closed by 等 must be to be programmes: 等8大版块, 等系列活动, 等多项举措, 等诸多服务机制
# (not 等名义, 等论调, 等红色横幅, 等展陈, 等调研情况的报告)
QUOTED_LIST_KIND = re.compile(
    r"[^，。；,;：:“”\n]{0,8}?(?:版块|板块|活动|举措|机制|模式|做法|项目|行动|工程|计划|品牌|平台|服务|工作|系列)"
)
# what follows a quote that is a meeting or speech cited or a festival, no programme
NOT_PROGRAM_AFTER = ("精神", "重要讲话", "节")
CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?]")
CLAUSE_START = ("", "，", ",", "。", "；", ";", "\n")  # what a clause's first character follows

# Documents: 《…》 whose title ends with a document-type noun (a song or book title does not).
DOC = re.compile(r"《([^《》\n]{2,80})》")
DOC_TYPES = re.compile(
    r"(?:方案|意见|通知|办法|规定|条例|决定|规划|纲要|计划|报告|细则|指引|指南|公告|通告|决议|章程|法|准则|标准|"
    r"制度|措施|清单|白皮书|要点|建议|批复|函|令|协议|备忘录|宣言|公报|倡议书|守则|通报|纪要|大纲|政策|目录)"
    r"(?:[（(](?:试行|草案|暂行|修订|征求意见稿)[）)])?$"
)
# 《》 around a newspaper, a journal, a broadcast or a work of art names no document: 《法制晚报》, 《新闻联播》,
# 《义勇军进行曲》.
# a verb of playing or singing (with a few words between) before a title: the title is a piece of music
MUSIC_BEFORE = re.compile(r"(?:奏响|吹响|奏起|高唱|演唱|唱起|唱响|齐唱|合唱|奏唱)[^，。；,;：:《》“”\n]{0,10}$")
# …or a word of music after it: 在雄壮的《向祖国英雄致敬》乐曲声中, 在《和平——命运共同体》的乐曲声中, 《国际歌》声中
MUSIC_AFTER = re.compile(r"的?(?:乐曲|歌曲|歌声|乐声|旋律|曲调|交响)|声中")
# a broadcast, a film or a programme before a title, or a season, an episode or a part after it: 推出纪录片《奇迹中国》
# （第一季）, 融媒体报道《先生》, 特别节目《追光的你》, 《三餐四季》浙江篇, a column after it (《高端访谈》栏目) — a
# work, no document
BROADCAST_BEFORE = re.compile(
    r"(?:纪录片|专题片|宣传片|节目|栏目|电视剧|电视片|视频|动画片|电影|影片|报道|晚会|直播|表演|演出|歌曲|第[一二三四五六七八九十0-9]{1,3}[集期])$"
)
BROADCAST_AFTER = re.compile(
    r"[（(]第[一二三四五六七八九十0-9]{1,3}[季集部][）)]|[\u4e00-\u9fff]{1,4}篇(?![章幅])|栏目|节目"
)
PUBLICATION_TITLE = re.compile(
    r"(?:报|刊|杂志|联播|新闻|频道|节目|电视台|电台|网|时报|周报|文摘|画报|月刊|学报|曲|歌|之歌|颂|谣|诗|剧|戏|电影)$"
)


def _m(article: Article, start: int, end: int, label: str, rule: str, **attrs: str) -> Mention:
    return Mention(start, end, article.analysis_text[start:end], label, f"rules:{rule}", tuple(sorted(attrs.items())))


def split_title(token: str) -> tuple[str, str]:
    """(body, head) of a title as written: 市委副书记 → (市委, 副书记); 讲师 → ('', 讲师)."""
    # the longest head it ends with, looked up by length (of one length only one can end it)
    head = next((token[-n:] for n in _TITLE_HEAD_LENGTHS if n <= len(token) and token[-n:] in _TITLE_HEAD_SET), None)
    if head is None:
        head = next(h for h in TITLE_HEADS if token.endswith(h))  # none: StopIteration, as ever
    body = token[: -len(head)]
    if head == "党组书记" and body:  # 省政府党组书记: the 党组 of the 省政府
        return body + "党组", "书记"
    for q in TITLE_QUALIFIERS:
        if body.endswith(q):
            return body[: -len(q)], q + head
    return body, head


_REPRESENTATIVE = re.compile(r"代表(?![团处室会大资工委人])")
CALL_VERBS = ("拜会", "会见", "会晤", "看望", "拜访", "接见", "陪同", "带领", "率领")


def title_chain(text: str, end: int) -> list[tuple[int, int]]:
    """Title spans of the chain that ends at ``end`` (the start of a name), left to right."""
    lo = max(0, end - 60)
    # the chain ends in a title head at ``end`` (or before a newline there, where $ also matches): most
    # names have none, and this test is far cheaper than the search
    if not text.endswith(TITLE_HEAD_TUPLE, lo, end) and not (
        text[end - 1 : end] == "\n" and text.endswith(TITLE_HEAD_TUPLE, lo, end - 1)
    ):
        return []
    window = text[lo:end]
    wide = "代表" in window or "）" in window or ")" in window
    m = (TITLE_CHAIN_END if wide else _PLAIN_CHAIN_END).search(text, lo, end)
    if not m:
        return []
    spans = []
    pos = m.start()
    for part in text[m.start() : end].split("、"):
        cut = len(part) - len(part.removeprefix("时任").removeprefix("现任").removeprefix("原任"))
        # 中共 begins a body: what runs before it is no part of the title (…工作报告|中共中央总书记)
        party = part.rfind("中共", cut + 1)
        if party > cut:
            cut = party
        # …and so does a representative's 代表 (签约企业代表|东莞市蜀江新能源科技有限公司总经理曾伟), not 代表团
        rep = max((m.end() for m in _REPRESENTATIVE.finditer(part, cut)), default=-1)
        if rep > cut and any(part.endswith(h) and len(h) <= len(part) - rep for h in TITLE_HEADS):
            cut = rep
        # a verb of calling on someone ends what runs before the title: 在武汉拜会|湖北省委常委、武汉市委书记王忠林
        call = max((part.rfind(v, cut) + len(v) for v in CALL_VERBS if part.rfind(v, cut) >= 0), default=-1)
        if call > cut and call < len(part):
            cut = call
        if part[cut:]:
            spans.append((pos + cut, pos + len(part)))
        pos += len(part) + 1
    # a chain ending before a newline (省长|王凯, a print line broken there) ends at the title
    if spans and text[spans[-1][1] - 1] == "\n":
        spans[-1] = (spans[-1][0], spans[-1][1] - 1)
        if spans[-1][0] == spans[-1][1]:
            spans.pop()
    return spans


def find_meetings(article: Article, avoid: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Named meetings: scope + name run + head noun (…会议暨…会议 kept whole), and party congresses."""
    text = article.analysis_text
    found: list[tuple[int, int]] = []
    for h in MEETING_HEAD.finditer(text):
        end = h.end()
        # 区委常委会召开…: a 常委会 that holds a meeting is the organizer, not the meeting; what was founded
        # (全国人民代表大会成立70周年) is a body
        if (text.startswith("常委会", h.start()) and HOLD_AFTER.match(text, end)) or text.startswith("成立", end):
            continue
        lo = _run_start(text, end)
        # after a verb of holding or taking part the name runs back to the verb over 与 and 、:
        # 出席大悦城控股与武汉地铁集团、中粮粮谷与…战略合作签约仪式
        wide = _run_start(text, end, named_by_verb=True, resume=lo)
        verbs = list(VERB_NAMES_MEETING.finditer(text, wide, h.start())) if wide < lo else []
        if verbs and verbs[-1].end() < lo and "的" not in text[verbs[-1].end() : h.start()]:
            found.append((verbs[-1].end(), end))
            continue
        # …and so it does after the verb and 了: 参加了致公党、侨联、对外友好界委员联组会
        if VERB_LE_BEFORE.search(text, max(0, wide - 3), wide) and _is_name_run(text[wide : h.start()]):
            found.append((wide, end))
            continue
        # a theme between the verb and the name: 举行以“青春有你”为主题的一把手与青年面对面暨…主题团日活动
        theme = _theme_before(text, h.start())
        if theme is None and HOLD_AFTER.match(text, end):
            theme = _theme_opening(text, h.start())
        if theme is not None:
            found.append((theme, end))
            continue
        # a clause's subject held by the verb after it keeps its 、 and 与 too:
        # 市检察院征求市人大代表、市政协委员意见建议座谈会于12月12日在我院召开
        if (
            wide < lo
            and text[wide - 1 : wide] in CLAUSE_START
            and HOLD_AFTER.match(text, end)
            and not MEETING_VERBS.search(text, wide, h.start())
            and "的" not in text[wide : h.start()]
        ):
            found.append((wide, end))
            continue
        window = text[lo : h.start()]
        last_verb = 0
        for v in MEETING_VERBS.finditer(window):
            last_verb = v.end()
        scope = MEETING_SCOPE.search(window, last_verb)
        if scope:
            start = lo + scope.start()
            # 二十国集团领导人第十七次峰会: a numbered meeting keeps the body that numbers it
            # (not a verb of holding before it: 国务院…，进行|第十九次专题学习; …进行|第二十次集体学习)
            if text.startswith("第", start) and start - (lo + last_verb) >= 2:
                start = lo + last_verb
                if text.startswith("进行", start) and text.startswith("第", start + 2):
                    start += 2
        elif (
            _named_by_verb(text, window, last_verb, end)
            or _named_by_two(text, window, last_verb, end)
            or _named_by_head(text, window, last_verb, h.start(), end)
        ):
            start = lo + last_verb  # named by the verb that holds it
        elif _held_with_de(window, last_verb):
            start = lo + last_verb + 1  # 在2日举行的北京市新冠肺炎疫情防控新闻发布会上: the name after 举行的
        elif held_with_le(text, lo) and _is_name_run(window):
            start = lo  # 召开了社区党建工作联合会第二季度全体会议: 了 between the verb and the name
        elif (
            lo > 0
            and text[lo - 1] == "“"
            and (HOLD_BEFORE.search(text, max(0, lo - 3), lo - 1) or ATTEND_BEFORE.search(text, max(0, lo - 3), lo - 1))
        ):
            start = lo  # a quoted name held or attended: 召开“民营经济圆桌会”
        elif (
            lo > 0
            and text[lo - 1] == "和"
            and _ends_meeting_head(text, lo - 1)
            and h.start() - lo >= 2
            and not MEETING_HEAD.search(text, lo, h.start())
        ):
            start = lo  # 市委四届二次全会和经济工作会: a meeting coordinated with a named one
        else:
            continue
        # 召开传达学习…暨…大会: the reading verb after 召开 is the start of the name
        held = READ_AFTER_HOLD.search(text, max(0, start - 6), start + 2)
        if held and held.start(1) <= start < held.end(1) + 2:
            start = held.start(1)
        # 备受全市人民瞩目的|中国共产党…代表大会: a name never starts with a clause closed by 的
        # (党的十九届六中全会, 在福建考察时的重要讲话精神 keep theirs)
        cut = max((i + 1 for i in range(start, h.start()) if text[i] == "的" and text[i - 1] not in "党时"), default=0)
        if cut and h.start() - cut >= 4:
            start = cut
        while start >= 3 and text[start - 1] == "、" and SCOPE_WORD.fullmatch(text, start - 3, start - 1):
            start -= 3
        # 暨 joins two meeting names into one: extend over "暨…<head>".
        while text.startswith("暨", end):
            nxt = MEETING_HEAD.search(text, end + 1, min(len(text), end + 50))
            if not nxt or any(c in MEETING_RUN_STOP for c in text[end : nxt.start()]):
                break
            end = nxt.end()
        if OWN_PREFIX.match(text, start) and end - start > 6:
            start += 2
        # 市委将以此次全会为契机: a meeting referred back to by 此次|本次 is no new name
        if BACK_REFERENCE.search(text, start, h.start()):
            continue
        # 读书班会议 is the meeting of the 读书班.
        if text.startswith("会议", end - 2) and end - 2 > start and text[end - 3] in "班会":
            end -= 2
        found.append((start, end))
    # a head alone (举行座谈会，纪念…) is the article's named meeting of that head when it names one (the
    # headline's 纪念毛泽东同志诞辰130周年座谈会): no second meeting
    found = [
        (s, e)
        for s, e in found
        if not (
            text[s:e] in MEETING_HEAD_TUPLE and any(b - a > e - s and text.endswith(text[s:e], a, b) for a, b in found)
        )
    ]
    # a day is no part of a name: (2023年5月31日|济源市第十五届人民代表大会常务委员会第七次会议通过)
    found = [(d.end(), e) if (d := DAY_PREFIX.match(text, s)) and e - d.end() >= 4 else (s, e) for s, e in found]
    # …nor a count of the meetings held (连续召开100场|新冠肺炎疫情防控新闻发布会)
    found = [(c.end(), e) if (c := COUNT_PREFIX.match(text, s)) and e - c.end() >= 4 else (s, e) for s, e in found]
    for m in PARTY_CONGRESS_STRICT.finditer(text):
        found.append((m.start(), m.end()))
    named: dict[tuple[int, int], str] = {}
    for m in BODY_HOLDS_MEETING.finditer(text):
        if not any(m.start(1) < b and a < m.end(1) for a, b in avoid):
            found.append((m.start(1), m.end()))
            named[(m.start(1), m.end())] = text[m.start(1) : m.end(1)] + "会议"
    out: list[Mention] = []
    out.extend(_unnamed_events(article, found))
    # a meeting never crosses a name, except a commemoration (纪念李锡铭同志诞辰100周年座谈会) or names inside the
    # quoted theme that opens it (“把雷锋精神代代传承下去——纪念毛泽东等…为雷锋同志题词六十周年”座谈会)
    avoided = SpanIndex(avoid)
    kept = [
        (s, e)
        for s, e in found
        if text.startswith("纪念", s)
        or not avoided.overlaps(s, e)
        or (text.startswith("“", s) and (q := text.find("”", s, e)) > 0 and not avoided.overlaps(q, e))
    ]
    kept = [(s, e) for s, e in kept if not TERM_CONGRESS.search(text, s, e)]
    kept += _named_again(text, kept, avoided)
    parts = _parts_named(text, longest(kept))
    kept = [(s, e) for s, e in kept if parts.get((s, e), "") is not None]
    # the report of the event opened or closed names it too, with the day it was held (第十九届亚洲运动会23日晚在…
    # 隆重开幕): a mention of the bare part's meeting
    for name in {n for (s, e), n in parts.items() if n and BARE_PART.fullmatch(text, s, e) and n not in OPENING_PARTS}:
        for opened in OPENED.finditer(text):
            if opened.group(1) + opened.group(2) + "幕式" == name and not avoided.overlaps(*opened.span(1)):
                kept.append(opened.span(1))
                parts[opened.span(1)] = name
    for s, e in longest(kept):
        # 全国、全省稳住经济大盘电视电话会议 names one meeting per coordinated scope
        lst = SCOPE_LIST.match(text, s, e)
        if (s, e) in parts:
            out.append(_m(article, s, e, "Meeting", "meeting_name.v1", name=parts[(s, e)] or text[s:e]))
        elif lst:
            rest = text[lst.end() : e]
            for each in lst.group(0).split("、"):
                out.append(_m(article, s, e, "Meeting", "meeting_name.v1", name=each + rest))
        elif (s, e) in named:
            out.append(_m(article, s, e, "Meeting", BODY_MEETING_SOURCE.removeprefix("rules:"), name=named[(s, e)]))
        else:
            out.append(_m(article, s, e, "Meeting", "meeting_name.v1"))
    # a guest's purpose (会见来华出席…峰会的…总统) is no meeting of the article's: the call is its event
    lead_end = _lead_end(text)
    if all(guest_purpose(text, s, e) or s >= lead_end for s, e in kept):
        out.extend(_call_events(article, avoid))
    out.extend(_deliberations(article, out))
    out.extend(_audiences(article, out))
    return out


_NAMED_AGAIN_MIN = 8  # a name this long written again is the same meeting (…在2023年度驻外使节工作会议上讲话)
# …when the name ends there (not 村级建制村民大会|工作部署会, a longer name)
_NAME_ENDS = re.compile(r"[上中前后的，,。；;、和与暨召举已将期]|$|[^\u4e00-\u9fff]")


def _named_again(text: str, found: Sequence[tuple[int, int]], avoided: SpanIndex) -> list[tuple[int, int]]:
    """meeting_name.v1: a long meeting name the article has found, written again after it where no scope or verb
    marks it (接见参加2023年度驻外使节工作会议的全体使节 … 王毅…并在2023年度驻外使节工作会议上讲话): a mention of it
    too, unless it lies in or across a span found (a longer name, a person) or the name goes on there."""
    spans = SpanIndex(found)
    first: dict[str, int] = {}
    for s, e in found:
        if e - s >= _NAMED_AGAIN_MIN:
            first[text[s:e]] = min(s, first.get(text[s:e], s))
    out = []
    for name, at in first.items():
        for m in re.compile(re.escape(name)).finditer(text, at + len(name)):
            s, e = m.span()
            if not spans.overlaps(s, e) and not avoided.overlaps(s, e) and _NAME_ENDS.match(text, e):
                out.append((s, e))
    return out


# an opening or closing (开幕式, 闭幕式) is a part of the event it opens or closes
OPENING_PARTS = ("开幕式", "闭幕式")
# a part named alone, or of a generic head (大会闭幕式, 开幕式、闭幕式): a part of the event the article holds
BARE_PART = re.compile(r"(?:大会|会议)?[开闭]幕式(?:、[开闭]幕式)*")
# the event the article reports opened or closed, opening its clause: 第十九届亚洲运动会23日晚在浙江省杭州市隆重开幕
OPENED = re.compile(
    rf"(?:^|(?<=[：:，,。\s]))((?:(?![{STOP}])[{CJK}]|[0-9]){{4,30}}?)(?:[0-9]{{1,2}}日)?(?:[上下]午|晚上|晚)?"
    rf"(?:在[^，。；,;\s]{{1,16}}?)?(?:隆重|正式|胜利|圆满)?([开闭])幕(?![式会])",
    re.M,
)


def _parts_named(text: str, spans: Sequence[tuple[int, int]]) -> dict[tuple[int, int], str | None]:
    """The meeting each opening or closing among ``spans`` (kept names, no overlaps) is a part of, by span: the event
    named before it when that is a meeting (2024年世界互联网大会乌镇峰会|开幕式: the summit; the games' 第十五届全运会
    闭幕式 is named whole, games being no meeting); a bare part (开幕式, 大会闭幕式) is None, no meeting of its own,
    when the article names another event that is not only cited (the congress that 胜利闭幕, the forum that 在京开幕:
    the roles at its opening are roles at it), else the event the article reports opened or closed (第十九届亚洲
    运动会…隆重开幕 … 出席开幕式: 第十九届亚洲运动会开幕式), else the part as written."""
    out: dict[tuple[int, int], str | None] = {}
    for s, e in spans:
        if not text.endswith(OPENING_PARTS, s, e):
            continue
        if not BARE_PART.fullmatch(text, s, e):
            inner = text[s : e - 3]
            out[(s, e)] = inner if _ends_meeting_head(text, e - 3) and inner not in _GENERIC_HEADS else text[s:e]
            continue
        others = [
            (a, b)
            for a, b in spans
            if not BARE_PART.fullmatch(text, a, b) and not is_cited(text, a, b) and not text.startswith("的", b)
        ]
        if others:
            out[(s, e)] = None
            continue
        opened = opened_event(text, text[e - 3 : e])
        out[(s, e)] = opened.group(1) + text[e - 3 : e] if opened else text[s:e]
    return out


def opened_event(text: str, part: str) -> re.Match[str] | None:
    """The article's first report of an event opened (part 开幕式) or closed (闭幕式): group 1 its name."""
    return next((m for m in OPENED.finditer(text) if m.group(2) == part[0]), None)


# a deputy taking part in the deliberation of a delegation of a people's congress session: 马兴瑞在参加新疆代表团审议
# 时说, 李鸿忠在参加甘肃团审议时说; 韩正…来到他所在的山东代表团，同代表们一起审议政府工作报告 (each delegation's
# sitting one event); a delegation named (not 我参加代表团审议的第一站)
DELIBERATION = re.compile(
    rf"(?:参加|来到(?=[他她]所在的))(?:[他她]所在的)?((?!代表团)(?:[{CJK}0-9]{{0,16}}?)[{CJK}]{{2,8}}?(?:代表)?团)"
    r"(?:的?审议(?!的)|[，,]同代表们一起审议)"
)
DELIBERATION_SOURCE = "rules:delegation_deliberation.v1"  # a delegation's deliberation: attended, for roles.py
AUDIENCE_SOURCE = "rules:audience_event.v1"  # a 接见 whose attendance the text writes: an event, for roles.py
_AUDIENCE = re.compile(r"接见(?![厅室场])")
_AUDIENCE_ATTENDED = re.compile(r"(?:参加|陪同)接见")


def _audiences(article: Article, found: Sequence[Mention]) -> list[Mention]:
    """audience_event.v1: a 接见 (a leader receiving a conference's envoys, a garrison's officers) in an article that
    writes its attendance (蔡奇参加接见, 张又侠陪同接见) is an event held, unnamed: every 接见 of the article one
    mention of 接见（article date or id）, where no meeting found overlaps it."""
    text = article.analysis_text
    if not _AUDIENCE_ATTENDED.search(text):
        return []
    taken = SpanIndex([(m.start, m.end) for m in found])
    name = f"接见（{article.date or article.id}）"
    return [
        _m(article, m.start(), m.end(), "Meeting", AUDIENCE_SOURCE.removeprefix("rules:"), name=name)
        for m in _AUDIENCE.finditer(text)
        if not taken.overlaps(m.start(), m.end())
    ]


def _deliberations(article: Article, found: Sequence[Mention]) -> list[Mention]:
    """delegation_deliberation.v1: 参加X代表团审议 / 来到…X代表团，同代表们一起审议 → the meeting X代表团审议, one per
    delegation, where no named meeting overlaps it."""
    text = article.analysis_text
    if "团" not in text:
        return []
    taken = SpanIndex([(m.start, m.end) for m in found])
    out = []
    for m in DELIBERATION.finditer(text):
        s, e = m.start(1), m.end()
        if taken.overlaps(s, e):
            continue
        out.append(_m(article, s, e, "Meeting", DELIBERATION_SOURCE.removeprefix("rules:"), name=m.group(1) + "审议"))
    return out


# a guest's purpose in coming, in the clause of the one called on (会见来华出席2025年上海合作组织峰会和纪念…活动的
# 塔吉克斯坦总统拉赫蒙): the meeting is the guest's, held elsewhere in the guest's visit, no event of the article
_GUEST_PURPOSE = re.compile(r"(?:来华|来京|访华)(?:出席|参加)")
# …or the guests a host honours for coming to it: 为出席哈尔滨第九届亚洲冬季运动会开幕式的国际贵宾举行欢迎宴会
_FOR_GUESTS = re.compile(r"为(?:出席|参加)")
_GUESTS_AFTER = re.compile(r"的[^，。；,;\n]{0,4}?(?:贵宾|嘉宾|外宾)")


def guest_purpose(text: str, start: int, end: int) -> bool:
    """True when the meeting at ``start``..``end`` is named in a clause 来华|来京|访华 + 出席|参加 … 的 (the
    guest's purpose in coming, 会见来华出席…峰会的…总统), no clause mark between, or 为出席|为参加 + it + 的 + guests
    (为出席…开幕式的国际贵宾举行欢迎宴会: the guests honoured came for it)."""
    lo = max(text.rfind(c, 0, start) for c in "，,。；;\n") + 1
    hi = min((i for i in (text.find(c, end) for c in "，,。；;\n") if i >= 0), default=len(text))
    if _FOR_GUESTS.search(text, lo, start) and _GUESTS_AFTER.match(text, end):
        return True
    return bool(_GUEST_PURPOSE.search(text, lo, start)) and "的" in text[end:hi]


CITED_AFTER = re.compile(r"(?:胜利召开)?(?:以来|精神|要求|部署|决策部署|重大决策|提出的|确定的|作出的)")
CITED_BEFORE = ("贯彻", "落实", "学习", "迎接", "喜迎", "宣传", "领会", "践行")


def is_cited(text: str, start: int, end: int) -> bool:
    """True when the meeting at ``start``..``end`` is only referred to (党的十八大以来, 学习贯彻党的二十大精神) or is a
    guest's purpose in coming (会见来华出席…峰会的…总统), not an event of the article."""
    return (
        bool(CITED_AFTER.match(text, end))
        or text[max(0, start - 4) : start].endswith(CITED_BEFORE)
        or guest_purpose(text, start, end)
    )


# a call (会见, 会晤, 拜会, 会谈) the article reports as its event, in an article that names no meeting
# (王晓晖…在成都会见…代表团一行。会见中,王晓晖…表示欢迎); not the room (会见厅)
CALL_EVENT = re.compile(r"(?:会见|会晤|拜会|会谈)(?![厅室场])")
BODY_MEETING_SOURCE = "rules:meeting_of_body.v1"  # a meeting a body holds (BODY召开会议): held, for roles.py
CALL_SOURCE = "rules:call_meeting.v1"  # the source of a call event's mentions (what roles.py looks for)
UNNAMED_SOURCE = "rules:unnamed_meeting.v1"  # an unnamed event's mentions (宣讲, 座谈): no session of a sitting
_CALL_VERB = re.compile(r"(?:会见|会晤|拜会|会谈)(?![厅室场时中后前])")
_HEADER_LINE = re.compile(r"(?:日期|来源)[：:]")


def _lead(text: str) -> str:
    """The headline and the first sentence of the body: the first sentence of each of the first two lines that
    are no page header (日期：, 来源：)."""
    lines = [ln for ln in text.split("\n") if ln.strip() and not _HEADER_LINE.match(ln)][:2]
    return "\n".join(ln.split("。", 1)[0] for ln in lines)


def _lead_end(text: str) -> int:
    """Where the lead of ``_lead`` ends: the end of the first sentence of the second line that is no page header."""
    pos, seen = 0, 0
    for ln in text.split("\n"):
        if ln.strip() and not _HEADER_LINE.match(ln):
            seen += 1
            if seen == 2:
                cut = ln.find("。")
                return pos + (cut + 1 if cut >= 0 else len(ln))
        pos += len(ln) + 1
    return len(text)


# the clause of a call: the guest named after 会见|会晤|拜会 (会见德索萨时), or after 同|与 before the verb
# (同阿吉亚尔-布兰科会谈时, 同议长阿吉亚尔-布兰科举行会谈)
_CLAUSE_END = re.compile(r"[，。；,;：:\n]|时|后")
_WITH = re.compile(r"[同与]")
_CLAUSE_MARK = re.compile(r"[，。；,;：:\n]")


_PRESS = re.compile(r"(?:中外)?记者")  # 会见记者: a press meeting, the journalists its guests


def _call_guest(text: str, call: re.Match[str], persons: Sequence[tuple[int, int]]) -> tuple[str, str] | None:
    """(guest, the call as written with that guest) of one call word: the first person named after
    会见|会晤|拜会 in its clause (会见|德索萨, 分别会见葡萄牙总统|德索萨、总理蒙特内格罗: the first), else the
    first after 同|与 before the word (同|阿吉亚尔-布兰科|会谈); None when no person is named there (会见后,
    参加会见, 会见来川参访的…代表团)."""
    verb = call.group(0)
    if verb == "会见" and _PRESS.match(text, call.end()):
        return "记者", "会见记者"  # 会谈后共同会见记者: the press, no guest of the talks; the event after them
    if verb != "会谈":
        end = _CLAUSE_END.search(text, call.end())
        named = _persons_in(text, persons, call.end(), end.start() if end else len(text))
        if named:
            return named[0], verb + named[0]
    with_ = _last_with(text, call.start(), 40)
    named = _persons_in(text, persons, with_.end(), call.start()) if with_ else []
    return (named[0], with_.group(0) + named[0] + verb) if with_ and named else None


def _persons_in(text: str, persons: Sequence[tuple[int, int]], lo: int, hi: int) -> list[str]:
    """The names of ``persons`` (sorted spans) lying within ``lo``..``hi``, in order."""
    starts = [s for s, _e in persons]
    return [text[persons[i][0] : persons[i][1]] for i in starting_between(starts, lo, hi) if persons[i][1] <= hi]


def _last_with(text: str, call_start: int, reach: int) -> re.Match[str] | None:
    """The last 同|与 of the call's clause before the call word (同|阿吉亚尔-布兰科举行会谈), looking back at most
    ``reach`` characters."""
    lo = max(0, call_start - reach)
    clause = max((m.end() for m in _CLAUSE_MARK.finditer(text, lo, call_start)), default=lo)
    withs = list(_WITH.finditer(text, clause, call_start))
    return withs[-1] if withs else None


# a call word of a list of guests, each its own call (分别会见甲、乙和丙; 同甲、乙分别举行会谈); the items of a list
_EACH = re.compile(r"分别(?:举行)?$")
_LIST_ITEM_MARK = re.compile(r"[、和]")
_INVITES = re.compile(r"[^，。；,;\n]{0,8}?邀请")  # 应葡萄牙议长阿吉亚尔-布兰科邀请: the inviter, no host


def _call_list(
    text: str, call: re.Match[str], persons: Sequence[tuple[int, int]]
) -> tuple[list[str], list[str]] | None:
    """(the guests found, the items as written) of a call word after 分别 (分别会见几内亚总理乌里·巴、哈萨克斯坦
    总理别克捷诺夫: the persons of its clause; 同阿希姆巴耶夫、科沙诺夫分别举行会谈: the persons between 同|与 and
    分别), the items split at 、|和; None for a call word of no list."""
    if not _EACH.search(text, max(0, call.start() - 4), call.start()):
        return None
    if call.group(0) == "会谈":
        with_ = _last_with(text, call.start(), 60)
        if not with_:
            return None
        lo, hi = with_.end(), text.rfind("分别", 0, call.start())
    else:
        # 甲、乙分别会见丙、丁: two hosts, each with a guest, which one cannot be told: no list of one host's calls
        sentence = max(text.rfind(c, 0, call.start()) for c in "。；;\n") + 1
        hosts = [p for p in persons if sentence <= p[0] and p[1] <= call.start() and not _INVITES.match(text, p[1])]
        if len(hosts) > 1:
            return None
        end = _CLAUSE_END.search(text, call.end())
        lo, hi = call.end(), end.start() if end else len(text)
    return _persons_in(text, persons, lo, hi), [x for x in _LIST_ITEM_MARK.split(text[lo:hi]) if x]


def _call_events(article: Article, persons: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """call_meeting.v1: a call (会见|会晤|拜会|会谈 as a verb) in the headline or the first sentence of an article that
    names no meeting is the article's event: every 会见|会晤|拜会 of it is one unnamed event, named by the first
    such word and the article's date (or id): 会见（2024-04-08）, one entity per article. A call mentioned later
    or in a speech (在金砖国家领导人第十四次会晤时指出; 活动开始前，韩正集体会见…) is none. Calls with different
    guests are different events (分别会见葡萄牙总统德索萨、总理蒙特内格罗，同议长阿吉亚尔-布兰科举行会谈): each is
    named by the call as the text writes it with its guest (会见德索萨（2024-11-24）, 同阿吉亚尔-布兰科会谈
    （2024-11-24）), a call word naming no guest (会见后, 参加会见) is the event of the call before it. A call word
    of a list (分别会见甲、乙和丙) is one mention of each guest's call, with the guest in ``guest``; a later call
    word whose guest is no person found (在会见别克捷诺夫时) names the guest of the list item it ends (哈萨克斯坦总理
    别克捷诺夫); a list naming no person (the headline's 分别会见几内亚总理、哈萨克斯坦总理…) is every guest's call when
    its items are as many as the guests."""
    text = article.analysis_text
    if not _CALL_VERB.search(_lead(text)):
        return []
    calls = list(CALL_EVENT.finditer(text))
    if not calls:
        return []
    mark = article.date or article.id
    spans = sorted(persons)
    lists = [_call_list(text, m, spans) for m in calls]
    items = [x for lst in lists if lst and lst[0] for x in lst[1]]  # of lists naming persons
    guests: list[list[tuple[str, str]] | None] = []
    for m, lst in zip(calls, lists, strict=True):
        if lst and len(lst[0]) > 1:
            verb = m.group(0)
            guests.append([(g, f"同{g}会谈" if verb == "会谈" else verb + g) for g in lst[0]])
            continue
        g = _call_guest(text, m, spans)
        if g is None and not _CLAUSE_END.match(text, m.end()):
            end = _CLAUSE_END.search(text, m.end())
            said = text[m.end() : end.start()] if end else ""
            # 在会见别克捷诺夫时: the name the model missed, as the end of an item of a list of the article's; never a
            # title (在会见总理时)
            titled = said.endswith(TITLE_HEAD_TUPLE)
            if 2 <= len(said) <= 8 and not titled and any(x.endswith(said) and x != said for x in items):
                g = (said, m.group(0) + said)
        guests.append([g] if g is not None else None)
    written: dict[str, str] = {}  # guest → the call as first written with them
    for named in (x for x in guests if x is not None):
        for j, g in enumerate(named):
            # one guest written in part (扎帕罗夫, 帕罗夫: a name the model cut) is the same guest
            same = next((x for x in written if g[0] in x or x in g[0]), None)
            if same is None:
                written[g[0]] = g[1]
            else:  # named by the whole name
                written[same] = g[1] if len(g[0]) > len(same) else written[same]
                named[j] = (same, written[same])
    # an item of a list whose person the model missed (蒙古国总理乌其尔勒) is the call of the guest it ends with,
    # named by a call of their own later (在会见乌其尔勒时)
    for lst, gs in zip(lists, guests, strict=True):
        if lst and lst[0] and gs is not None:
            have = {x[0] for x in gs}
            for item in lst[1]:
                tail = next((w for w in written if w not in have and item.endswith(w)), None)
                if tail and not any(p in item for p in lst[0]):
                    gs.append((tail, written[tail]))
                    have.add(tail)
    # a list naming nobody (the headline's 分别会见几内亚总理、哈萨克斯坦总理…) is every guest's call when it has as
    # many items as the article has guests
    for k, lst in enumerate(lists):
        if guests[k] is None and lst and not lst[0] and len(lst[1]) == len(written) > 1:
            guests[k] = list(written.items())
    # a call word with words after it but no person found there (在会见别克捷诺夫时, a name the model missed) may be
    # another guest's call: which one cannot be told, so the article's calls stay one event
    unsure = any(g is None and not _CLAUSE_END.match(text, m.end()) for m, g in zip(calls, guests, strict=True))
    if len(written) < 2 or unsure:
        name = f"{calls[0].group(0)}（{mark}）"
        return [_m(article, m.start(), m.end(), "Meeting", "call_meeting.v1", name=name) for m in calls]
    out, current = [], [next(iter(written))]
    for m, gs in zip(calls, guests, strict=True):
        current = [x[0] for x in gs] if gs is not None else current
        for guest in current:
            name = f"{written[guest]}（{mark}）"
            attrs = {"guest": guest} if len(current) > 1 else {}
            out.append(_m(article, m.start(), m.end(), "Meeting", "call_meeting.v1", name=name, **attrs))
    return out


# what follows a meeting named by two characters only: the end of the clause (召开干部大会，…)
HOLD_AFTER_CLAUSE = re.compile(r"[，,。；;]")
COUNT_PREFIX = re.compile(r"[0-9一二三四五六七八九十百千两]+场")
DAY_PREFIX = re.compile(r"(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日(?:[上下]午)?")
# two characters that say which meeting, not what it is (召开重要会议, 举行全体会议 of a session named before);
# a press conference held is an event (济南市委、市政府召开新闻发布会, as set D's 首场新闻发布会)
NOT_A_NAME = frozenset({"重要", "全体", "相关", "有关", "专门", "各类", "多次", "两次", "这次", "此次", "本次"})
# heads that say what a meeting is on their own, held with no name before them (主持召开会商会，, 举行座谈会，);
# not the generic ones (召开会议, 召开大会, 全会, 常委会: which meeting needs the body or a name)
_GENERIC_HEADS = frozenset({"会议", "大会", "全会", "常委会", "会", "工作会", "视频会"})


_BRACKETED = re.compile(rf"[（(][{CJK}]{{1,4}}[）)]$")


def _bracket_inside_run(text: str, close_end: int) -> int | None:
    """Where a bracket of one to four characters that ends at ``close_end`` opens, when the name runs on
    before it (a character that is no stop); else None."""
    m = _BRACKETED.search(text, max(0, close_end - 6), close_end)
    if m and m.start() > 0 and text[m.start() - 1] not in MEETING_RUN_STOP:
        return m.start()
    return None


def _theme_before(text: str, head: int) -> int | None:
    """Where a name starts after 召开|举行|举办 + 以…为主题的 in the clause of a meeting head at ``head``
    (three characters or more, no 的, no clause end between); else None."""
    if "为主题的" not in text[max(0, head - 70) : head]:
        return None
    for v in reversed(list(VERB_NAMES_MEETING.finditer(text, max(0, head - 70), head))):
        theme = THEME_AFTER_VERB.match(text, v.end())
        if theme and head - theme.end() >= 3:
            between = text[theme.end() : head]
            return None if "的" in between or any(c in "，。；,;\n" for c in between) else theme.end()
    return None


def _theme_opening(text: str, head: int) -> int | None:
    """Where a name starts after a theme that opens its clause (以…为主题的 after a mark) before a meeting head
    at ``head`` (three characters or more, no 的, no mark between); else None."""
    themes = list(THEME_OPENS_CLAUSE.finditer(text, max(0, head - 70), head))
    if not themes or head - themes[-1].end() < 3:
        return None
    between = text[themes[-1].end() : head]
    return None if "的" in between or any(c in "，。；,;、“”\n" for c in between) else themes[-1].end()


def held_with_le(text: str, lo: int) -> bool:
    """True when 召开了|举行了|举办了 ends just before ``lo``."""
    return text.startswith("了", lo - 1) and bool(HOLD_BEFORE.search(text, max(0, lo - 3), lo - 1))


def _is_name_run(run: str) -> bool:
    """Three characters or more before a meeting head, no 的, no determiner first: a name, not 这次|此次…"""
    return len(run) >= 3 and "的" not in run and run[0] not in "一这本此该"


def _named_by_verb(text: str, window: str, last_verb: int, end: int) -> bool:
    """True when the run after the last verb of ``window`` (``_is_name_run``) is a name held or attended
    by that verb, or held by one after the head (…调度会在…召开)."""
    run = window[last_verb:]
    if not _is_name_run(run):
        return False
    if last_verb:
        return bool(HOLD_BEFORE.search(window, 0, last_verb) or ATTEND_BEFORE.search(window, 0, last_verb))
    return bool(HOLD_AFTER.match(text, end))


def _named_by_two(text: str, window: str, last_verb: int, end: int) -> bool:
    """True when two characters between 召开|举行 and a meeting head, closing the clause, name the meeting:
    召开干部大会，…, 召开汛情调度会，…; not a determiner (召开重要会议)."""
    run = window[last_verb:]
    return (
        bool(last_verb and HOLD_BEFORE.search(window, 0, last_verb))
        and len(run) == 2
        and run not in NOT_A_NAME
        and bool(HOLD_AFTER_CLAUSE.match(text, end))
    )


def _held_with_de(window: str, last_verb: int) -> bool:
    """True when the run after the last verb of ``window`` is 的 + a name run and that verb is 召开 or 举行:
    (2日)举行的|北京市新冠肺炎疫情防控新闻发布会(上). Not 举办的, which hosts classes and activities as well
    (在4月27日举办的|婴幼儿护理…培训班上, a class the dev gold does not list)."""
    return (
        bool(last_verb)
        and window.startswith("的", last_verb)
        and window.endswith(("召开", "举行"), 0, last_verb)
        and _is_name_run(window[last_verb + 1 :])
    )


def _named_by_head(text: str, window: str, last_verb: int, head: int, end: int) -> bool:
    """True when a head that says what the meeting is (会商会, 座谈会, 推进会) follows 召开|举行|举办 (了) with no
    name between and closes the clause: 周汉奎主持召开会商会，… is a meeting named by its head."""
    return (
        bool(last_verb)
        and window[last_verb:] in ("", "了")
        and (
            bool(HOLD_BEFORE.search(window, 0, last_verb) or ATTEND_BEFORE.search(window, 0, last_verb))
            or held_with_le(text, head)
        )
        and text[head:end] not in _GENERIC_HEADS
        and bool(HOLD_AFTER_CLAUSE.match(text, end))
    )


def _ends_meeting_head(text: str, end: int) -> bool:
    """True when a meeting head (全会, 会议, 大会…) ends at ``end``."""
    return text.endswith(MEETING_HEAD_TUPLE, 0, end)


def _unnamed_events(article: Article, found: Sequence[tuple[int, int]]) -> list[Mention]:
    """unnamed_meeting.v1: a 座谈 the article reports as held but does not name, when no named 座谈会 is
    in the article (座谈会上 then refers to it). Named by its head and the article's date (or id):
    座谈会（2017-05-10）, one entity per article."""
    text = article.analysis_text
    if not any(word in text for word in UNNAMED_HEAD):  # every match holds one: skip the slow scan
        return []
    named_heads = {h for s, e in found for h in UNNAMED_HEAD.values() if text.endswith(h, s, e)}
    out = []
    for m in UNNAMED_EVENT.finditer(text):
        g = next(i for i in range(1, 7) if m.group(i))
        head = UNNAMED_HEAD[m.group(g)]
        if head in named_heads:
            continue
        when = article.date or article.id
        out.append(_m(article, m.start(g), m.end(g), "Meeting", "unnamed_meeting.v1", name=f"{head}（{when}）"))
    return out


_CONGRESS_BEFORE = re.compile(rf"[{NUM}]+大$")


# 向 + whom + a verb of paying tribute, inside a ceremony's name: 向人民英雄敬献花篮仪式, 向烈士献花仪式
_TRIBUTE = re.compile(rf"[{CJK}]{{2,10}}?(?:敬献|献)(?:花篮|花圈|鲜花)(?:仪式|典礼)")


def _run_start(text: str, end: int, named_by_verb: bool = False, resume: int | None = None) -> int:
    """Start of the run of name characters that ends at ``end``: quoted parts (“两优一先”) and
    (扩大) are inside the run, and 和 joining two topics of one name (疫情防控和当前重点工作调度会, not
    全会和经济工作会: no head just before it); with ``named_by_verb`` 与 and 、 too. Other stop
    characters end it. ``resume``: where the walk without ``named_by_verb`` stopped; up to there both
    walks take the same steps, so this one goes on from there."""
    lo = end if resume is None else resume
    while lo > 0 and end - lo < 60:
        c = text[lo - 1]
        if c == "”":
            q = text.rfind("“", max(0, lo - 16), lo - 1)
            # a longer quoted theme right after the verb that holds it:
            # 召开“统筹城乡融合发展，全面推进乡村振兴”专题协商会
            far = text.rfind("“", max(0, lo - 28), lo - 1) if q < 0 else -1
            if far > 0 and HOLD_BEFORE.search(text, max(0, far - 2), far):
                q = far
            # …and a quoted theme opening the clause of a name held by the verb after it: “把雷锋精神代代传承下去——
            # 纪念…题词六十周年”座谈会2月23日在京召开
            opening = text.rfind("“", max(0, lo - 62), lo - 1)
            if (
                opening >= 0
                and (q < 0 or q == opening)
                and text[opening - 1 : opening] in CLAUSE_START
                and not any(c in "。；;\n”" for c in text[opening : lo - 1])
                and HOLD_AFTER.match(text, end)
            ):
                q = opening
                if lo < end:
                    lo = q
                    continue
            # a quote opening the name after 召开了|出席了 is inside it: 召开了“街社吹哨、部门报道”工作落实暨…全体会议,
            # 出席了“日本大分周”开幕式
            after_le = VERB_LE_BEFORE.search(text, max(0, q - 3), q) if q > 0 else None
            if q > 0 and lo < end and (text[q - 1] not in MEETING_RUN_STOP or after_le):
                lo = q
                continue
        if c == "》":
            d = text.rfind("《", max(0, lo - 30), lo - 1)
            # a title inside a name: 国务院“十五五”规划《纲要草案》编制工作领导小组会议 (never a list of titles
            # before 等: …以及《关于加强党的政治建设的意见》等重要会议文件精神)
            if d > 0 and lo < end and text[d - 1] not in MEETING_RUN_STOP + "及" and text[lo] != "等":
                lo = d
                continue
        if c in ")）" and text.endswith(ENLARGED, 0, lo):
            lo -= 4
            continue
        # a bracketed qualifier inside a name: 市委第五提级(交叉)巡察组…专题民主生活会
        if c in ")）" and lo < end and (opened := _bracket_inside_run(text, lo)) is not None:
            lo = opened
            continue
        if (
            (c == "和" or (named_by_verb and c in "与、"))
            and lo < end
            and not MEETING_HEAD.search(text, max(0, lo - 12), lo - 1)
            and not _CONGRESS_BEFORE.search(text, max(0, lo - 6), lo - 1)  # 党的二十大|和二十届三中全会: two
        ):
            lo -= 1
            continue
        # a ceremony of paying tribute names whom it is paid to: 出席向人民英雄敬献花篮仪式 (a verb's name only)
        if named_by_verb and c == "向" and lo < end and _TRIBUTE.match(text, lo):
            lo -= 1
            continue
        if c == "愿" and text[lo - 2 : lo - 1] == "志":  # 志愿服务表扬会: 愿 of 志愿 is no verb
            lo -= 1
            continue
        if c in MEETING_RUN_STOP or text.startswith("——", lo - 2):  # a headline's ——, not 中国—东盟
            break
        lo -= 1
    return lo


def _clause_before(text: str, pos: int, reach: int = 12) -> str:
    """What stands before ``pos`` in its clause, at most ``reach`` characters."""
    lo = max(0, pos - reach)
    marks = [m.end() for m in CLAUSE_MARK.finditer(text, lo, pos)]
    return text[marks[-1] if marks else lo : pos]


def _event_held(text: str, head: re.Match[str]) -> bool:
    """“NAME”活动 followed by where it is held (在…举行, 开幕): an event, no programme."""
    return head.group() == "活动" and EVENT_HELD.match(text, head.end()) is not None


def _scoped_program(text: str, q: re.Match[str]) -> bool:
    """A verb of doing, the scope the programme runs in and the quote closing the object: 推进长江“十年禁渔”，."""
    if not OBJECT_CLOSED.match(text, q.end()):
        return False
    scopes = (s.group(1) for s in SCOPED_PROGRAM.finditer(_clause_before(text, q.start())))
    return any(PROGRAM_SCOPES.fullmatch(x) or gazetteer().lookup(x) for x in scopes)


def find_initiatives(article: Article) -> list[Mention]:
    """Quoted program names with their head noun (“放管服效”改革), coordinated quotes sharing a head,
    numbered slogans after an action verb (强化“五预联动”) and “…”等…机制."""
    text = article.analysis_text
    quotes = list(QUOTE.finditer(text))
    out: list[Mention] = []
    heads: dict[int, int] = {}
    for q in quotes:
        h = QUOTE_HEAD.match(text, q.end())
        if h and not text.startswith(("工作中", "建设者"), q.end()) and not _event_held(text, h):
            heads[q.start()] = h.end()
    # a quote coordinated with a following headed quote, or right before it, shares its head: “三化三制”和“管委会+公司”
    # 改革, 做好“煤改气”“煤改电”后续工作
    for a, b in itertools.pairwise(quotes):
        if a.start() not in heads and b.start() in heads and (COORD.match(text, a.end()) or a.end() == b.start()):
            heads[a.start()] = a.end()
    for q in quotes:
        inner = q.group(1)
        if q.start() in heads:
            if not NOT_HEADED_PROGRAM_BEFORE.search(_clause_before(text, q.start())):
                out.append(_m(article, q.start(), heads[q.start()], "Initiative", "quoted_initiative.v1", core=inner))
            continue
        before = text[max(0, q.start() - 4) : q.start()]
        after = text[q.end() : q.end() + 14]
        if after.startswith(NOT_PROGRAM_AFTER):  # 落实“两会”精神, “端午”节前
            continue
        if NUMBERED.match(inner) and len(inner) <= 8 and before.endswith(ACTION_VERBS):
            out.append(_m(article, q.start(), q.end(), "Initiative", "numbered_slogan.v1", core=inner))
        elif re.match(r"[^，。；,;“]{0,4}等[^，。；,;]{0,10}(?:机制|模式|做法|举措|活动|项目|工作|版块|品牌)", after):
            out.append(_m(article, q.start(), q.end(), "Initiative", "quoted_mechanism_list.v1", core=inner))
        elif (
            (
                before.endswith(PROGRAM_VERBS)
                or _scoped_program(text, q)
                or (before.endswith("结合") and MEANS_THEN_VERB.match(text, q.end()))
            )
            and len(inner) <= 12
            and not CLAUSE_MARK.search(inner)
        ):
            out.append(_m(article, q.start(), q.end(), "Initiative", "quoted_program.v1", core=inner))
        elif CAMPAIGN_PERIOD.match(inner):
            out.append(_m(article, q.start(), q.end(), "Initiative", "campaign_period.v1", core=inner))
        elif (
            len(inner) <= 12
            and not CLAUSE_MARK.search(inner)
            and "以" in _clause_before(text, q.start(), 10)
            and FRAME_AFTER.match(text, q.end())
        ):
            out.append(_m(article, q.start(), q.end(), "Initiative", "framed_quote.v1", core=inner))
        elif HEADED_QUOTE.match(inner) and not NOT_PROGRAM_BEFORE.search(_clause_before(text, q.start())):
            out.append(_m(article, q.start(), q.end(), "Initiative", "headed_quote.v1", core=inner))
    # a run of quotes closed by 等 (“青力北外滩”“青柠赛场”…等8大版块): each is a programme of the list
    runs: list[list[re.Match[str]]] = []
    for q in quotes:
        if runs and text[runs[-1][-1].end() : q.start()] in ("", "、"):
            runs[-1].append(q)
        else:
            runs.append([q])
    done = {m.start for m in out}
    for run in runs:
        if len(run) >= 2 and text.startswith("等", run[-1].end()) and QUOTED_LIST_KIND.match(text, run[-1].end() + 1):
            for q in run:
                if q.start() not in done and not CLAUSE_MARK.search(q.group(1)):
                    out.append(_m(article, q.start(), q.end(), "Initiative", "quoted_list.v1", core=q.group(1)))
    quoted = SpanIndex([(m.start, m.end) for m in out] + [(q.start(), q.end()) for q in quotes])
    for rs in RULE_SET.finditer(text):
        if not quoted.overlaps(rs.start(), rs.end()):
            out.append(_m(article, rs.start(), rs.end(), "Initiative", "rule_set.v1"))
    taken = SpanIndex([(m.start, m.end) for m in out] + [(q.start(), q.end()) for q in quotes])
    for c in STUDY_CAMPAIGN.finditer(text):
        if not taken.overlaps(c.start(1), c.end(1)):
            out.append(_m(article, c.start(1), c.end(1), "Initiative", "study_campaign.v1"))
    # a campaign may hold a rule set (深入贯彻中央八项规定精神学习教育 holds 中央八项规定): those do not block it
    taken = SpanIndex([(m.start, m.end) for m in out if m.source != "rules:rule_set.v1"] + [q.span() for q in quotes])
    for c in PARTY_STUDY.finditer(text):
        if not taken.overlaps(c.start(), c.end()):
            out.append(_m(article, c.start(), c.end(), "Initiative", "party_study_campaign.v1"))
    for c in itertools.chain(TRADE_IN.finditer(text), NAMED_WEEK.finditer(text)):
        if not taken.overlaps(c.start(), c.end()):
            rule = "trade_in_programme.v1" if "以旧换新" in c.group() else "named_week.v1"
            out.append(_m(article, c.start(), c.end(), "Initiative", rule))
    taken = SpanIndex([(m.start, m.end) for m in out] + [(q.start(), q.end()) for q in quotes])
    read_to = 0  # the end of the last name read: a verb inside it (解放思想|推动|高质量发展大讨论) opens none
    for v in UNQUOTED_VERB.finditer(text):
        if v.start() < read_to:
            continue
        pos = v.end()
        # a 、-list after the verb whose first items (at most three) have no head: the first item with one is read
        # from there (配套实施河湖连通、大型灌区续建改造工程); an item opening with a verb of its own is left to it
        for _ in range(3):
            if UNQUOTED_NAME.match(text, pos) or not (item := LIST_ITEM.match(text, pos)):
                break
            pos = item.end()
        if pos != v.end() and UNQUOTED_VERB.match(text, pos):
            continue
        while (m := UNQUOTED_NAME.match(text, pos)) and not taken.overlaps(m.start(), m.end()):
            g = 1 if m.group(1) else 2  # 2: a name before 系列活动 (深化巾帼建功系列活动)
            if not text.startswith(UNQUOTED_NOT, m.start()) and not any(w in m.group(g) for w in ("各项", "各类")):
                out.append(_m(article, m.start(g), m.end(g), "Initiative", "unquoted_initiative.v1"))
                read_to = m.end(g)
            if not text.startswith("、", m.end()):
                break
            pos = m.end() + 1
    # a subject's name holds no verb of doing (深入实施…行动取得: a clause, no name)
    taken = SpanIndex([(m.start, m.end) for m in out] + [(q.start(), q.end()) for q in quotes])
    for c in SUBJECT_PROGRAM.finditer(text):
        name = c.group(1)
        if not (taken.overlaps(c.start(1), c.end(1)) or name.startswith(UNQUOTED_NOT) or UNQUOTED_VERB.search(name)):
            out.append(_m(article, c.start(1), c.end(1), "Initiative", "subject_programme.v1"))
    return out


# an item of a 、-list with no programme head, and its 、
LIST_ITEM = re.compile(rf"[{CJK}]{{2,10}}、")
UNQUOTED_NOT = ("一项", "这项", "该项", "各项", "一批", "重大", "重点", "系列", "有关", "相关")


def find_documents(article: Article) -> list[Mention]:
    """《…》 titles: document_title.v1 when the title ends with a document-type noun, else
    document_any_title.v1 (a report's own title, 《党章》, 《报告》) unless it names a publication."""
    text = article.analysis_text
    titles = list(DOC.finditer(text))
    # a title the text writes once as a broadcast (总台央视新闻频道《高端访谈》栏目) is one in its headline too
    broadcasts = {
        d.group(1)
        for d in titles
        if BROADCAST_BEFORE.search(text, max(0, d.start() - 6), d.start()) or BROADCAST_AFTER.match(text, d.end())
    }
    out = []
    for d in titles:
        title = d.group(1)
        if MUSIC_BEFORE.search(text, max(0, d.start() - 14), d.start()) or MUSIC_AFTER.match(text, d.end()):
            continue  # 吹响深沉悠远的《烈士纪念日号角》, 高唱《我们是共产主义接班人》: a piece of music
        if DOC_TYPES.search(title):
            out.append(_m(article, d.start(1), d.end(1), "Document", "document_title.v1"))
        elif not (PUBLICATION_TITLE.search(title) or title in broadcasts):
            out.append(_m(article, d.start(1), d.end(1), "Document", "document_any_title.v1"))
    return out


def _closed_list_items(
    article: Article, places: Sequence[Mention], orgs: Sequence[Mention], avoided: SpanIndex
) -> list[Mention]:
    """org_closed_list.v1: the items of a 、-list closed by 等…部门|单位 that read as bodies (教育部, 质评办,
    纪检监察与审计部), and those of a list closed by 等…企业 that are no place and no kind (宇树科技, 中信重工).
    The first item is a model body ending there (…解除|国防部), or a short run right after a clause mark."""
    text = article.analysis_text
    place_spans = {(p.start, p.end) for p in places}
    model_start = {o.end: o.start for o in orgs}
    out = []
    for end_m in CLOSED_LIST_END.finditer(text):
        companies = end_m.group(1) == "企业"
        close = text.index("等", end_m.start() + 1)
        items: list[tuple[int, int]] = []
        pos = close
        while True:  # walk back over the items: …、B、C等
            run = _LIST_ITEM.search(text, max(0, pos - 18), pos)
            if not run:
                break
            start = _after_verb(text, run.start(), pos)
            if start == run.start() and text[start - 1 : start] == "、":
                items.append((start, pos))
                pos = start - 1
                continue
            if pos in model_start:
                items.append((model_start[pos], pos))
            elif pos - start <= 8 and (text[start - 1 : start] in CLAUSE_START or start != run.start()):
                items.append((start, pos))
            break
        if len(items) < 2:
            continue
        for s, e in items:
            name = text[s:e]
            if (s, e) in place_spans or avoided.overlaps(s, e) or _KIND_ITEM.search(name) or not 2 <= len(name) <= 16:
                continue
            if "与" in name or "和" in name:  # 纪检监察与审计部 is one body, 教育部和水利部 two
                left = re.split("[与和]", name)[0]
                if is_body_name(left):
                    continue
            if is_body_name(name) or (companies and len(name) >= 3):
                out.append(_m(article, s, e, "Organization", "org_closed_list.v1"))
    return out


def _sharing_places(article: Article, bodies: Sequence[Mention], places: Sequence[Mention]) -> list[Mention]:
    """org_shared_ending.v1: the places listed right before a division's body by their bare names, each a
    division of the body's level, share its ending (江西、云南省委统战部: 江西省委统战部 too); each is a mention
    of the place's span, named by the whole body (its ``name``)."""
    text = article.analysis_text
    place_at_end = {p.end: p for p in places}
    out = []
    for b in bodies:
        if text[b.start - 1 : b.start] != "、" or b.start - 1 not in place_at_end:
            continue
        # the body's own division: a stem of two to four characters and its level (云南|省|委统战部)
        rest = next(
            (b.text[k:] for k in (2, 3, 4) if b.text[k : k + 1] in LEVELS and is_division(b.text[:k], b.text[k])),
            "",
        )
        at = b.start - 1
        while rest and text[at : at + 1] == "、" and (q := place_at_end.get(at)) and is_division(q.text, rest[0]):
            out.append(_m(article, q.start, q.end, "Organization", "org_shared_ending.v1", name=q.text + rest))
            at = q.start - 1
    return out


def _after_verb(text: str, start: int, end: int) -> int:
    """Where a body name begins in a run that may start with a verb of going or calling (来到|前往|走进…):
    习近平来到|昌河飞机工业（集团）有限公司."""
    cut = max((v.end() for v in ORG_RUN_VERB.finditer(text, start, end)), default=start)
    return cut


ORG_RUN_VERB = re.compile(rf"来到|前往|走进|走访|深入|{_ORG_RUN_VERBS}")


# a committee or government and the offices named right after it (市委|台湾工作办公室, 市政府|研究室)
_OFFICE_OF = ("市委", "省委", "县委", "区委", "州委", "市政府", "省政府", "县政府", "区政府")
_OFFICE_HEADS = ("办公室", "研究室", "工作委员会", "工作部")
_NOT_NAME = ("", "，", ",", "。", "；", ";", "、", "：", ":", "\n", " ")  # what may stand before the level body
# a place's party committee (北京市委, 禹州市委), and 团 after a mark before it: the place's youth league
PLACE_COMMITTEE = re.compile(rf"[{CJK}]{{2,8}}?[省市县区州]委")
_LEVEL_COMMITTEE = re.compile(r"[省市县区州]?委(?![员会])")
_LEAGUE_BEFORE = (*(x + "团" for x in _NOT_NAME if len(x) == 1), "团")


def _free_matches(
    article: Article, pattern: re.Pattern[str], rule: str, avoided: SpanIndex, group: int = 0
) -> list[Mention]:
    """Body mentions of ``rule``: the matches of ``pattern`` (their group ``group``) that overlap no span avoided."""
    spans = (m.span(group) for m in pattern.finditer(article.analysis_text))
    return [_m(article, s, e, "Organization", rule) for s, e in spans if not avoided.overlaps(s, e)]


def find_organizations(
    article: Article,
    places: Sequence[Mention],
    orgs: Sequence[Mention],
    avoid: Sequence[tuple[int, int]] = (),
    meetings: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    """Organizations by suffix grammar: a place followed by a name run and an organization suffix,
    a model organization extended by a sub-unit (…公司团支部), and bare bodies (市委, 县政府). No body
    overlaps ``avoid`` (persons) or ``meetings``, but a working group may be named inside a meeting's name
    (全国人大常委会种子法执法检查组|第一次全体会议: the group that holds it)."""
    text = article.analysis_text
    avoided = SpanIndex([*avoid, *meetings])
    persons_ix, meetings_ix = SpanIndex(avoid), SpanIndex(meetings)

    def group_free(s: int, e: int) -> bool:
        return not avoided.overlaps(s, e) or (meetings_ix.inside(s, e) and not persons_ix.overlaps(s, e))

    found: list[Mention] = []
    for p in places:
        m = ORG_AFTER_PLACE.match(text, p.end)
        if m and not avoided.overlaps(p.start, m.end()):
            # 中国共产党许昌市第八届委员会: the party prefix belongs to the body
            pre = next((x for x in ("中国共产党", "中共") if text.startswith(x, p.start - len(x))), "")
            found.append(_m(article, p.start - len(pre), m.end(), "Organization", "org_suffix.v1"))
    for o in orgs:
        for pre in ("共青团", "中共"):  # 共青团|禹州市委 read as one body
            if text.startswith(pre, o.start - len(pre)) and not o.text.startswith(pre):
                found.append(_m(article, o.start - len(pre), o.end, "Organization", "org_bare.v1"))
        for sub in SUBUNITS:
            if text.startswith(sub, o.end):
                found.append(_m(article, o.start, o.end + len(sub), "Organization", "org_subunit.v1"))
                break
        if "驻" in o.text and (grp := next((g for g in STATIONED_GROUP if text.startswith(g, o.end)), "")):
            found.append(_m(article, o.start, o.end + len(grp), "Organization", "org_stationed_group.v1"))
    for o in orgs:  # 市委|台湾工作办公室 read as two: the office of the committee before it
        pre = next((x for x in _OFFICE_OF if text.startswith(x, o.start - len(x))), "")
        if pre and o.text.endswith(_OFFICE_HEADS) and text[o.start - len(pre) - 1 : o.start - len(pre)] in _NOT_NAME:
            found.append(_m(article, o.start - len(pre), o.end, "Organization", "org_office_join.v1"))
    for p in places:  # 团|北京|市委书记: 团 before a place's party committee names the place's youth league
        m = _LEVEL_COMMITTEE.match(text, p.end)
        if (
            m
            and text[max(0, p.start - 2) : p.start] in _LEAGUE_BEFORE
            and PLACE_COMMITTEE.fullmatch(text, p.start, m.end())
        ):
            found.append(_m(article, p.start - 1, m.end(), "Organization", "org_youth_league.v1"))
    for o in orgs:
        m = COMMITTEE_OF.match(text, o.end) if o.text in COMMITTEE_PARENTS else None
        if m and not avoided.overlaps(o.start, m.end()):
            found.append(_m(article, o.start, m.end(), "Organization", "org_committee.v1"))
            last = m.end()
        elif NATIONAL_COMMITTEE.fullmatch(text, o.start, o.end):
            last = o.end  # 政协第十四届全国委员会经济委员会、农业和农村委员会、…
        else:
            continue
        while item := COMMITTEE_ITEM.match(text, last):  # 、农业与农村委员会 of the same body
            found.append(_m(article, item.start(1), item.end(1), "Organization", "org_committee.v1"))
            last = item.end(1)
    for o in orgs:
        head = JOINED_COMMITTEE_HEAD.search(text, max(0, o.start - 12), o.start) if o.text.endswith("委员会") else None
        if head and not is_body_name(head.group(1)[:-1]) and not avoided.overlaps(head.start(1), o.end):
            found.append(_m(article, head.start(1), o.end, "Organization", "org_committee.v1"))
    for m in ORG_BARE.finditer(text):
        if m.end() - m.start() >= 2:
            found.append(_m(article, m.start(), m.end(), "Organization", "org_bare.v1"))
    # a ministry or the party centre where no person, meeting nor model body lies (the model's longer body stands:
    # 生态环境部党组)
    model_too = SpanIndex([*avoid, *meetings, *((o.start, o.end) for o in orgs)])
    if any(w in text for w in ("部", "委员会", "局", "证监会")):
        found += _free_matches(article, MINISTRY, "org_ministry.v1", model_too)
    if "中央" in text:
        found += _free_matches(article, PARTY_CENTRAL, "org_party_central.v1", model_too)
    model_ends = {o.end for o in orgs}
    for m in COURT_SHORT.finditer(text) if "中院" in text else ():  # where the model read the court, its reading stands
        if m.end(1) not in model_ends and not avoided.overlaps(m.start(1), m.end(1)):
            found.append(_m(article, m.start(1), m.end(1), "Organization", "org_court_short.v1"))
    for m in PAREN_PART.finditer(text):
        run = _NAME_RUN_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if not run:
            continue
        start = _after_verb(text, run.start(), m.end())
        # 奥的斯电梯（中国）有限公司: a run cut at 的 may have lost its beginning
        if m.end() - start >= 6 and text[start - 1 : start] != "的" and not avoided.overlaps(start, m.end()):
            found.append(_m(article, start, m.end(), "Organization", "org_parenthesis.v1"))
    found += _closed_list_items(article, places, orgs, avoided)
    for m in GROUP_ORG.finditer(text):
        if group_free(m.start(), m.end()):
            found.append(_m(article, m.start(), m.end(), "Organization", "org_group.v1"))
    if "中央第" in text:
        found += _free_matches(article, CAMPAIGN_GROUP, "org_group.v1", avoided)
    if "领导小组" in text:
        found += _free_matches(article, CENTRAL_GROUP, "org_group.v1", avoided)
    found += _free_matches(article, CALLED_GROUP, "org_group.v1", avoided, group=1)
    if "同志" in text or "负责人" in text:
        found += _free_matches(article, OFFICIALS_OF, "org_officials_of.v1", avoided, group=1)
    for m in LED_SUBGROUP.finditer(text) if "分团" in text else ():
        if gazetteer().lookup(m.group(1)) and not meetings_ix.overlaps(m.start(), m.end()):
            found.append(_m(article, m.start(1), m.end(), "Organization", "org_group.v1"))
    if "大会" in text:
        found += _free_matches(article, SESSION_BODY, "org_session_body.v1", avoided)
    named = [o.text for o in [*found, *orgs]]
    for m in BARE_GROUP.finditer(text):
        unit = m.group(1)
        if not avoided.overlaps(m.start(1), m.end(1)) and not any(n.endswith(unit) and n != unit for n in named):
            found.append(_m(article, m.start(1), m.end(1), "Organization", "org_group.v1"))
    found += _sharing_places(article, [*found, *orgs], places)
    ends = sorted({o.end for o in [*found, *orgs]})
    while ends:
        nxt: list[int] = []
        for e in ends:
            m = LIST_ORG.match(text, e)
            if m and not avoided.overlaps(m.start(1), m.end(1)):
                found.append(_m(article, m.start(1), m.end(1), "Organization", "org_list.v1"))
                nxt.append(m.end(1))
        ends = nxt
    return found
