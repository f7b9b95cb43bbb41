"""Blind set F for texts/pool_p0{03,14,19,20,27,29,36,40}.txt: eight articles of ../shared/corpus/pool of the
wide set's genres (../shared/gold/wide/README.md), chosen among those set E lacks or has once — a county
government party-group and executive meeting, a city party secretary's 调研 of companies, a township work meeting,
a youth-league volunteer activity, an SOE's party-congress mobilisation meeting, an SOE party study session
(traditional script), a district party school's term opening (training class) and the State Council's plenary
meeting (traditional script). Each pool file is whole (200–500 characters, complete sentences). Annotated by hand
from the texts, before kg was run on them, with the conventions of ../shared/gold/README.md and
../shared/gold/wide/README.md. Run to rewrite blind_f.jsonl.

Decisions for cases those conventions do not show:
- Two meetings convened in one clause (主持召开A和B) are two meetings; the presider presides both.
- A volunteer service activity (主题志愿服务活动) is a field activity, not a meeting: 出席活动 gives no role; its
  quoted name is a programme (as the wide set's quoted 活动), the quoted spirit and slogans around it are optional.
- 座谈 held during a 调研 (王学武在座谈中表示) is a meeting held: the speaker is SPOKE_AT (as set E's pool_p012);
  参加调研 and 陪同调研 give none.
- A person named only inside a 《》 title or in the formula 以…同志为核心的党中央 is optional.
- A company's party posts take the company as their organization (as the wide set's w35).
- A lecture given after a ceremony of the class (开学典礼后…作…专题辅导报告) is SPOKE_AT: it is part of the class.
- 委托 (受…委托) is no meeting role of the one who entrusts.
Every body that is the organization of a gold position is an acceptable organization (as in the wide set).
"""

from make_heldout import P, _write, roles, with_position_bodies  # the held-out sets' layout and helpers

F: dict[str, dict] = {}

# pool_p003: a county head presides over two meetings named in one clause (县政府党组(扩大)会议和县十六届第9次政府
# 常务会议); the county is never named (posts get no organization); attendees and 列席 named only by group; one
# 《》 title twice, once with (修改稿) after the bracket.
F["pool_p003"] = dict(
    persons=["房志荣"],
    positions=[P("房志荣", "县委副书记"), P("房志荣", "县长")],
    meeting_roles=roles("PRESIDED", "房志荣"),
    meetings=[
        ["县政府党组(扩大)会议", "县政府党组扩大会议", "县政府党组(扩大)会", "政府党组(扩大)会议"],
        [
            "县十六届第9次政府常务会议",
            "十六届第9次政府常务会议",
            "第9次政府常务会议",
            "县政府第9次常务会议",
            "县政府常务会议",
            "政府常务会议",
        ],
    ],
    organizations=[],
    optional_orgs=["县政府党组", "县委", "县政府", "县人大", "县政协", "县直有关部门", "各镇", "县政府党组成员"],
    initiatives=[],
    optional_initiatives=[],
    documents=["政府工作报告"],
    reporters=[],
)

# pool_p014: a city (津市, a county-level city) party secretary visits companies (调研: no meeting) and talks with
# them (王学武在座谈中表示: SPOKE_AT at an unnamed 座谈); two officials 参加调研 (no role); a headline before the
# dateline; "(通讯员 王雷)" after the outlet; companies visited by short name (sites: optional).
F["pool_p014"] = dict(
    persons=["王学武", "周功表", "黄杰", "王雷"],
    positions=[
        P("王学武", "市委书记", "津市市委"),
        P("周功表", "市委常委", "津市市委"),
        P("周功表", "市委办主任", "津市市委办"),
        P("黄杰", "市政府副市长", "津市市政府"),
    ],
    meeting_roles=roles("SPOKE_AT", "王学武"),
    meetings=[],
    optional_meetings=["座谈"],
    organizations=[],
    optional_orgs=[
        "红网",
        "红网津市站",
        "津市站",
        "湘澧盐化",
        "天盛电化",
        "中联重科",
        "市委办",
        "市委",
        "市政府",
        "市委政府",
        "工业集中区",
        "工信局",
        "津市",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[],
    reporters=["王雷"],
)

# pool_p019: a township work meeting (大川镇召开…工作部署会); attendees only by group; two speakers with titles
# before the names (副镇长…就…进行安排部署, 镇党委书记…指出); the village assemblies of the next day are only planned
# (optional); the reform is a general term (optional).
F["pool_p019"] = dict(
    persons=["单忠武", "覃正顺"],
    positions=[P("单忠武", "副镇长", "大川镇人民政府"), P("覃正顺", "镇党委书记", "大川镇党委")],
    meeting_roles=roles("SPOKE_AT", "单忠武", "覃正顺"),
    meetings=[["村级建制村民大会工作部署会", "大川镇村级建制村民大会工作部署会"]],
    optional_meetings=["村级建制村民大会", "杨开、三江村级建制村民大会", "三江村级建制村民大会"],
    organizations=[],
    optional_orgs=[
        "大川镇",
        "大川镇党委",
        "大川镇人民政府",
        "大川镇政府",
        "镇党委",
        "三江村",
        "杨开村",
        "全体班子成员",
        "镇村组",
    ],
    initiatives=[],
    optional_initiatives=["村级建制改革", "村级建制调整改革"],
    documents=[],
    reporters=[],
)

# pool_p020: a youth league, a propaganda department and a volunteers' association hold a volunteer activity (no
# meeting: 出席活动 gives no role); four officials with titles before the names in one 、-run, one with two posts
# and one whose body is a long name (市纪委监委派驻第十纪检组组长); a quoted activity name (required) beside a quoted
# spirit and a quoted slogan (optional); 雷锋 only in 雷锋精神 / the slogan (optional).
F["pool_p020"] = dict(
    persons=["张宪常", "曹广", "赵鑫", "安国华"],
    optional_persons=["雷锋"],
    positions=[
        P("张宪常", "市委副秘书长", "济宁市委"),
        P("张宪常", "市直机关工委书记", "济宁市直机关工委"),
        P("曹广", "市委宣传部副部长", "中共济宁市委宣传部"),
        P("赵鑫", "团市委书记", "共青团济宁市委"),
        P("安国华", "市纪委监委派驻第十纪检组组长", "济宁市纪委监委派驻第十纪检组"),
    ],
    meeting_roles=[],
    meetings=[],
    optional_meetings=[
        "“青春志愿行 共创文明城”主题志愿服务活动",
        "青春志愿行 共创文明城主题志愿服务活动",
        "主题志愿服务活动",
    ],
    organizations=[
        ["中共济宁市委宣传部", "济宁市委宣传部", "市委宣传部"],
        ["共青团济宁市委", "团市委", "济宁团市委", "团济宁市委"],
        ["济宁市青年志愿者协会", "青年志愿者协会", "市青年志愿者协会"],
    ],
    optional_orgs=[
        "中共济宁市委",
        "济宁市委",
        "市委",
        "市直机关工委",
        "市纪委监委",
        "市纪委监委派驻第十纪检组",
        "第十纪检组",
        "团市委班子",
        "市直相关部门",
        "各行业系统",
        "高校",
        "青年社会组织",
    ],
    initiatives=["青春志愿行 共创文明城"],
    optional_initiatives=[
        "奉献、友爱、互助、进步",
        "人人学雷锋、天天学雷锋、时时有雷锋",
        "全国文明城市创建",
        "雷锋精神",
    ],
    documents=[],
    reporters=[],
)

# pool_p027: an SOE (安徽省徽商集团有限公司, written 集团 and 徽商集团) mobilises for its party congress; four group
# leaders 出席 by name after the label 集团领导; the presider in a passive clause with three posts (会议由党委书记、
# 董事长、总经理潘友华主持); three speakers with titles before the names (宣读, 传达并解读, 强调), one of them relaying
# three 《》 titles joined by 、; the byline is a department only (no reporter).
_p027 = "徽商集团"
F["pool_p027"] = dict(
    persons=["潘友华", "陈琼", "余保山", "郑洪国"],
    positions=[
        P("潘友华", "党委书记", _p027),
        P("潘友华", "董事长", _p027),
        P("潘友华", "总经理", _p027),
        P("余保山", "党委委员", _p027),
        P("余保山", "副总经理", _p027),
        P("陈琼", "党委副书记", _p027),
        P("郑洪国", "党委委员", _p027),
        P("郑洪国", "纪委书记", _p027),
    ],
    meeting_roles=roles("ATTENDED", "潘友华", "陈琼", "余保山", "郑洪国")
    + roles("PRESIDED", "潘友华")
    + roles("SPOKE_AT", "潘友华", "陈琼", "余保山", "郑洪国"),
    meetings=[
        [
            "第三次党代会动员部署工作会议",
            "集团第三次党代会动员部署工作会议",
            "徽商集团第三次党代会动员部署工作会议",
            "党代会动员部署工作会议",
        ]
    ],
    optional_meetings=[
        "第三次党代会",
        "中共安徽省徽商集团有限公司第三次代表大会",
        "第三次代表大会",
        "党代会",
    ],
    organizations=[
        ["安徽省徽商集团有限公司", "徽商集团", "集团", "中共安徽省徽商集团有限公司"],
        ["省国资委党委", "省国资委"],
    ],
    optional_orgs=[
        "徽商集团党委",
        "集团党委",
        "党委",
        "纪委",
        "集团纪委",
        "集团总部各部门",
        "各直属(控股)公司",
        "集团总部",
        "党群工作部",
        "各级党组织",
        "中共安徽省徽商集团有限公司党委",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[
        "中共安徽省徽商集团有限公司第三次代表大会筹备工作方案",
        "关于中共安徽省徽商集团有限公司第三次代表大会代表选举工作的通知",
        "关于中共安徽省徽商集团有限公司党委委员和纪委委员推荐工作的通知",
    ],
    reporters=[],
)

# pool_p029: traditional script; an SOE party study session presided on behalf of the chairman (受…委托: the
# chairman has no role); the group is never named (posts get no organization); 習近平總書記 in 關于…的重要論述
# (a person with the post 總書記, as set E decided); two cited plenums (optional); two quoted attitudes (optional).
F["pool_p029"] = dict(
    persons=["周正雄", "周旭東", "習近平"],
    positions=[
        P("周正雄", "黨委書記"),
        P("周正雄", "董事長"),
        P("周旭東", "黨委委員"),
        P("周旭東", "紀委書記"),
        P("習近平", "總書記"),
    ],
    meeting_roles=roles("PRESIDED", "周旭東"),
    meetings=[
        [
            "集團黨委理論學習中心組學習會議",
            "黨委理論學習中心組學習會議",
            "理論學習中心組學習會議",
            "集團黨委理論學習中心組學習會",
        ]
    ],
    optional_meetings=["省委十四屆四次全會", "市委八屆五次全會", "十四屆四次全會", "八屆五次全會"],
    organizations=[],
    optional_orgs=[
        "集團",
        "集團黨委",
        "集團黨委理論學習中心組",
        "集團領導班子",
        "集團機關部門",
        "集團紀委",
        "省委",
        "市委",
        "黨委",
    ],
    initiatives=[],
    optional_initiatives=["敢為奮進", "勇挑大梁"],
    documents=[],
    reporters=[],
)

# pool_p036: a district party school's autumn term opening (a class ceremony counts as a meeting): the speaker
# (作动员讲话) and the presider (主持开学典礼) with titles before the names; the district is never named; a lecture
# after the ceremony by a city party school's department head (作《…》专题辅导报告), the title with , and :; 习近平
# only inside that title (optional).
F["pool_p036"] = dict(
    persons=["周金林", "董依雯", "杨俊"],
    optional_persons=["习近平"],
    positions=[
        P("周金林", "区委副书记"),
        P("董依雯", "区委常委"),
        P("董依雯", "组织部部长"),
        P("杨俊", "市委党校党史党建教研部副主任", "市委党校党史党建教研部"),
    ],
    meeting_roles=roles("SPOKE_AT", "周金林", "杨俊") + roles("PRESIDED", "董依雯"),
    meetings=[["2016年秋季开学典礼", "区委党校2016年秋季开学典礼", "秋季开学典礼", "开学典礼"]],
    optional_meetings=["党校秋季班", "秋季班", "新任领导培训班", "专题辅导报告"],
    organizations=[["区委党校"], ["市委党校党史党建教研部", "市委党校"]],
    optional_orgs=["区委", "组织部", "区委组织部", "党校"],
    initiatives=[],
    optional_initiatives=[],
    documents=["不忘初心,继续前进:习近平总书记七一讲话精神导读"],
    reporters=[],
)

# pool_p040: traditional script; the new State Council's first plenary meeting (Xinhua): the premier presides and
# speaks (李強強調, 李強指出); 習近平 only in 以習近平同志為核心的黨中央 (optional); the party congress only cited.
F["pool_p040"] = dict(
    persons=["李強"],
    optional_persons=["習近平"],
    positions=[P("李強", "國務院總理", "國務院")],
    meeting_roles=roles("PRESIDED", "李強") + roles("SPOKE_AT", "李強"),
    meetings=[
        [
            "新一屆國務院第一次全體會議",
            "國務院第一次全體會議",
            "第一次全體會議",
            "新一届国务院第一次全体会议",
            "国务院第一次全体会议",
        ]
    ],
    optional_meetings=["黨的二十大", "党的二十大"],
    organizations=[],
    optional_orgs=["國務院", "新一屆國務院", "新華社", "黨中央", "国务院", "新华社", "党中央"],
    initiatives=[],
    optional_initiatives=[],
    documents=["國務院工作規則"],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_f.jsonl", with_position_bodies(F))
