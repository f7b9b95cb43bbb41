"""Blind set V for texts/{20230908_09,20240911_06,20241118_03,20231229_03,20231130_01,20240822_01}.txt: six national
news items of ../shared/corpus/xwlb (央视《新闻联播》文字稿) none of the other sets used, of the genres nearest the
hidden gold's and least present in the sets — a games' torch-relay launch ceremony (启动仪式: a Standing Committee
member attends and announces the start, a governor presides, two officials 发表致辞), the premier's arrival abroad to
co-chair a joint committee's coming session (airport welcome, foreign posts, the session only announced), the
premier's 参观调研 of an exhibition with a companion (吴政隆陪同), the general secretary's 接见 of the envoys of a
work conference (a call-like event: his speech, two leaders 参加接见, one of them speaking at the conference), the
general secretary's 座谈会 on the Yangtze delta (he presides and speaks, two attend, five titled speakers 先后发言, the
premier speaks, five bare names 出席), and the party centre's commemorative 座谈会 for 邓小平's 120th birthday (a
speech, a presider who speaks, five attendees, three titled speakers 先后发言). Each file is whole (title, date and
source lines, then the text). Annotated by hand from the texts, before kg was run on them, with the conventions of
../shared/gold/README.md and ../shared/gold/wide/README.md. Run to rewrite blind_v.jsonl.

Decisions for cases those conventions do not show (and the earlier sets' choices followed):
- National posts take the body they name (中共中央政治局常委 / 委员: 中共中央政治局, 国务院总理 / 副总理: 国务院,
  中央办公厅主任: 中央办公厅, 国家发展改革委主任: 国家发展改革委, 外交部部长: 外交部, 国家体育总局局长: 国家体育总局,
  中央军委委员: 中央军委, 中央军委政治工作部主任: 中央军委政治工作部, 中央党史和文献研究院院长: that institute, as sets
  L, M, O, S, T, U); 中共中央总书记、国家主席、中央军委主席 gives three posts, 国家主席 and 国家副主席 with no body, and
  then 习近平总书记 adds none (sets O, Q, S); 习近平总书记 alone is 总书记 with no body and 习近平主席 alone (an item of
  foreign affairs) 主席 with no body (sets K, N, U); a provincial secretary's post is its committee's (上海市委书记:
  上海市委), a governor's its government's (浙江省省长: 浙江省人民政府, set U's 广东省省长); a shared title before a
  、-list (中共中央政治局常委赵乐际、王沪宁、丁薛祥、李希) is each name's post (set T).
- Foreign posts as set N: 沙特王储兼首相穆罕默德 王储 and 首相 with no body; 利雅得省副省长穆罕默德亲王 副省长 of
  利雅得省政府 (set N's 麦加省副省长: 麦加省政府), 亲王 after the name no post; the two 穆罕默德 are one name to the
  scorer. 沙特商务大臣卡斯比 商务大臣 with no body (the ministry is not named); 中国驻沙特大使常华 中国驻沙特大使 with
  no body (the held-out set's 中国驻印尼大使陆慷).
- A games' torch-relay launch ceremony (…火炬传递启动仪式…举行) is an event held (set M's 启动式 and 启动仪式, set U's
  闭幕式): named as written, 杭州第19届亚运会… (the form of its second sentence) and 火炬传递启动仪式 / 启动仪式 as
  variants; 出席仪式 ATTENDED and 宣布…开始 SPOKE_AT (set M's 宣布…启动, set U's 宣布…闭幕); 启动仪式由…主持 PRESIDED;
  发表致辞 SPOKE_AT for both names of the 和-pair; 易炼红点燃火种盆 and the torchbearer's run no role (no 出席 written);
  第1棒火炬手 and 游泳冠军 of 罗雪娟 are no posts. The organizing committee (杭州亚运会组委会, the body of two 主席
  posts) and 亚洲奥林匹克理事会 (of a 副主席) are bodies of speakers' posts: acceptable, not required (set O); the games
  themselves and the 2004 Olympics are cited (optional); the show and the song in 《》 (《诗画江南》, 《同爱同在》) are
  no documents (sets O and U); the relay's quoted theme optional.
- A leader's arrival abroad (抵达…机场, 到机场迎接) holds no meeting and gives no role; what he 指出 / 表示 there is
  said on arrival. The joint committee's session he 将主持召开 is a coming session (optional, the conventions' "coming
  sessions"), as are the summits cited; the committee (中国—沙特高级别联合委员会) is named only inside that session's
  name (optional), the airport a site.
- A leader's 参观调研 of an exhibition (set U's 调研) holds no meeting and gives no role: 强调 / 指出 / 表示 at the
  exhibition none; the exhibition (中国建筑科技展, an event with a quoted theme) optional as a meeting name; 吴政隆陪同
  a person with no post written (sets R, U); 习近平总书记 of the instructions relayed 总书记 with no body; the projects
  shown (上海建国东路…城市更新工程, 桦皮厂胡同8号) are sites and the quoted product names (“房—车—网”, “原拆原建”,
  “有没有”) optional.
- A 接见 of a conference's participants (no precedent) is read as a call (会见, sets K, N, P, T): an event held whose
  name is optional (接见); 发表重要讲话 there SPOKE_AT, 参加接见 ATTENDED for both leaders; the conference whose envoys
  are received (2023年度驻外使节工作会议) is held (the foreign minister 在…会议上讲话: SPOKE_AT), so it is the required
  meeting; the central foreign-affairs conference 刚刚召开 and the party congress are cited (optional). Formulas
  (人类命运共同体, 中国特色大国外交, 全面从严治党, 统一战线 …) optional.
- The general secretary's 座谈会 as set L's: 主持召开…并发表重要讲话 PRESIDED and SPOKE_AT, 强调 / 指出 SPOKE_AT;
  出席座谈会 after titled names ATTENDED; the titled 、-list 先后发言 SPOKE_AT for each; 李强在讲话中表示 SPOKE_AT; the
  bare 、-list 出席座谈会 ATTENDED (no post written). The leading group named as the body whose 统筹协调职能 is to be
  used (中央区域协调发展领导小组) is a body (required, set P's 中央农村工作领导小组); zones, pilots and the 三省一市 are
  places or sites (optional). The quoted programme and ban named as tasks (上海“五个中心”建设, 长江“十年禁渔”) are
  required, as set R's “两重” and set S's “人工智能+” (set U left such tasks optional; here the quoted name is a
  programme, not a slogan); the unquoted strategies, pilots and mechanisms written as tasks (自由贸易试验区提升战略,
  浦东新区综合改革试点, 强链补链行动, 生态产品价值实现机制 …), 共建“一带一路” (set N) and the bare 第二批主题教育 (sets
  M, O) optional.
- The commemorative 座谈会 as sets O, S and T: named by its headline (纪念邓小平同志诞辰120周年座谈会); 发表重要讲话 /
  指出 / 强调 SPOKE_AT; 主持座谈会 PRESIDED and 在主持会议时说 SPOKE_AT; 出席座谈会 ATTENDED for the four names after
  the shared title and for 国家副主席韩正; 先后发言 SPOKE_AT for each of the three titled names; 邓小平 (commemorated)
  and 毛泽东 (named in 毛泽东、邓小平等老一辈革命家) are persons with no post and no role; 马克思 and 列宁 only inside
  doctrine names (马克思主义, 马克思列宁主义) optional. The groups that 出席 / 参加座谈会 unnamed
  (在京中共中央政治局委员, 中央党政军群有关部门, 各民主党派中央, 全国工商联 …) are labels of the audience (optional);
  the scholars' symposium whose delegates attend (“全国纪念邓小平同志诞辰120周年学术研讨会”) is cited (optional).
  Formulas (“五位一体”, “四个全面”, “一国两制”, “九二共识”, 全球发展倡议 …) optional.
- The outlet of the source line (央视, 央视网, 新闻联播) is optional; no item has a byline.
Every body that is the organization of a gold position is an acceptable organization (as in the wide set).

Scored blind (kg at 6522885, LAC): macro 0.904 — person 1.0, position .990 (P 1.0, R .980: 沙特商务大臣卡斯比 gives
no post, 大臣 being no title head), position with organization 1.0, meeting role .909 (P .968, R .857: 李强指出 on
arrival given SPOKE_AT at the joint committee's session he 将主持召开, a coming session; the 接见 no event, so
蔡奇参加接见, 王毅参加接见 and 王毅…在…会议上讲话 lost; 高志丹 of the 和-pair 高志丹和…宋鲁增发表致辞 lost, only the
last name kept; 李强在讲话中表示 at the 座谈会 lost), meeting .857 (P 1.0, R .750: the launch ceremony was found as
杭州第19届亚洲运动会火炬传递启动仪式, but the scorer drops a predicted name that contains an optional one, and the
games, 杭州第19届亚洲运动会, are listed as cited: a gold/scorer interaction as set F's, left as annotated; without
the games among the optional meetings the figure would be 1.0 and the macro 0.928), organization 1.0, initiative .667
(P 1.0, R .500: 长江“十年禁渔” missed), document and reporter empty. The commemoration, the 座谈会's speakers and
attendees, the launch ceremony's presider and announcer, the 参观调研 and the arrival's posts came out whole. No
annotation was corrected after the blind scoring.

Now (general fixes, with their sentences in the registry and tests/test_relations_setv.py): macro 0.909, meeting role
.939 (P 1.0, R .886), every metric's precision 1.0 — what is said after a meeting named only as the purpose of an
arrival or a journey (抵达|赴…出席|主持召开|举行 + the meeting) is said on arrival (-3 wrong speeches over the corpus:
this item's 李强指出 and two airport written speeches, 20221208_01 and 20240702_02), and a tour between an attendance
and 在讲话中表示 no longer bars the speech when the meeting is held after the tour (+3 over the corpus: 李强 here,
李强 and 丁薛祥 at 20260323_01's 座谈会); a meeting named after a body of two parties joined by a dash keeps both
(中国—沙特高级别联合委员会第四次会议, optional here; 3 names made whole over the corpus); 长江“十年禁渔”
(quoted_program.v1, initiative 1.0); two titled names joined by 和 before one verb both take it (高志丹和…宋鲁增发表
致辞 here, 陈吉宁 of 20251013_06's 陈吉宁和…万钢、…谢胡出席开幕式并致辞: +2 speeches over the corpus, both right):
macro 0.967, meeting role .955 (P 1.0). Left, written so in one text of the corpus only (so no rule): the 接见 as
an event (参加接见, 参加接见并在…会议上讲话), a cited meeting run over 精神和 (党的二十大精神和中央外事工作会议);
沙特商务大臣 (大臣 as a title head gave posts to a cut name, 翁赛 of 翁赛维索, and still none to 卡斯比: dropped); the
meeting's figure is the gold/scorer interaction told above.
"""

# the held-out sets' layout and helpers, and the national items' conventions
from make_heldout import OUTLET, PB, PBM, PSC, STATE, XI_TOP, P, _write, roles, with_position_bodies

SET_V: dict[str, dict] = {}

_OUTLET = [*OUTLET, "央视网消息"]

# 20230908_09: the Asian Games torch-relay launch ceremony: a Standing Committee member attends and announces the start
# (宣布…开始), the governor presides, two officials 发表致辞; the lighting of the cauldron and the first torchbearer no
# role; the show and the song in 《》 no documents (see the module docstring).
SET_V["20230908_09"] = dict(
    persons=["丁薛祥", "易炼红", "罗雪娟", "王浩", "高志丹", "宋鲁增"],
    positions=[
        P("丁薛祥", PSC, PB),
        P("丁薛祥", "国务院副总理", "国务院"),
        P("易炼红", "浙江省委书记", "浙江省委"),
        P("王浩", "浙江省省长", "浙江省人民政府"),
        P("王浩", "杭州亚运会组委会主席", "杭州亚运会组委会"),
        P("高志丹", "国家体育总局局长", "国家体育总局"),
        P("高志丹", "杭州亚运会组委会主席", "杭州亚运会组委会"),
        P("宋鲁增", "亚洲奥林匹克理事会副主席", "亚洲奥林匹克理事会"),
    ],
    meeting_roles=roles("PRESIDED", "王浩")
    + roles("SPOKE_AT", "丁薛祥", "高志丹", "宋鲁增")
    + roles("ATTENDED", "丁薛祥"),
    meetings=[
        [
            "杭州第19届亚洲运动会火炬传递启动仪式",
            "杭州第19届亚运会火炬传递启动仪式",
            "第19届亚洲运动会火炬传递启动仪式",
            "火炬传递启动仪式",
            "启动仪式",
        ]
    ],
    optional_meetings=[
        "杭州第19届亚洲运动会",
        "杭州第19届亚运会",
        "第19届亚洲运动会",
        "杭州亚运会",
        "亚运会",
        "2004年雅典奥运会",
        "雅典奥运会",
        "火炬传递",
    ],
    organizations=[],
    optional_orgs=[
        *_OUTLET,
        *STATE,
        "杭州亚运会组委会",
        "亚洲奥林匹克理事会",
        "国家体育总局",
        "浙江省委",
        "中共浙江省委",
        "浙江省人民政府",
        "浙江省政府",
        "浙江省",
        "浙江",
        "杭州市",
        "杭州",
        "涌金公园",
        "涌金公园广场",
        "杭州涌金公园广场",
        "杭州涌金公园",
        "中央和国家机关有关部门",
        "中央和国家机关",
        "中华人民共和国",
        "仪仗队",
    ],
    initiatives=[],
    optional_initiatives=["心心相融，爱达未来", "心心相融", "爱达未来"],
    documents=[],
    reporters=[],
)

# 20240911_06: the premier's arrival in Riyadh: the joint committee's session he will co-chair is coming (optional), the
# airport welcome gives no role; the hosts' and the ambassador's posts; 习近平主席 主席 with no body.
SET_V["20240911_06"] = dict(
    persons=["穆罕默德", "李强", "卡斯比", "常华", "习近平"],
    positions=[
        P("穆罕默德", "王储"),
        P("穆罕默德", "首相"),
        P("李强", "国务院总理", "国务院"),
        P("穆罕默德", "副省长", "利雅得省政府"),
        P("卡斯比", "商务大臣"),
        P("常华", "中国驻沙特大使"),
        P("习近平", "主席"),
    ],
    meeting_roles=[],
    meetings=[],
    optional_meetings=[
        "中国—沙特高级别联合委员会第四次会议",
        "中沙高级别联合委员会第四次会议",
        "高级别联合委员会第四次会议",
        "第四次会议",
        "首届中阿、中海峰会",
        "中阿、中海峰会",
        "中阿峰会",
        "中海峰会",
        "峰会",
    ],
    organizations=[],
    optional_orgs=[
        *_OUTLET,
        *STATE,
        "中国—沙特高级别联合委员会",
        "中沙高级别联合委员会",
        "高级别联合委员会",
        "沙特",
        "沙特阿拉伯",
        "利雅得",
        "利雅得省",
        "利雅得省政府",
        "哈立德国王国际机场",
        "中国驻沙特大使馆",
        "沙特商务部",
        "中阿",
        "中海",
    ],
    initiatives=[],
    optional_initiatives=["中沙全面战略伙伴关系", "全面战略伙伴关系"],
    documents=[],
    reporters=[],
)

# 20241118_03: the premier's 参观调研 of an exhibition: no meeting, no role; 吴政隆陪同 no role and no post written; the
# general secretary of the instructions 总书记 with no body (see the module docstring).
SET_V["20241118_03"] = dict(
    persons=["李强", "习近平", "吴政隆"],
    positions=[
        P("李强", PSC, PB),
        P("李强", "国务院总理", "国务院"),
        P("习近平", "总书记"),
    ],
    meeting_roles=[],
    meetings=[],
    optional_meetings=["中国建筑科技展", "建筑科技展"],
    organizations=[],
    optional_orgs=[
        *_OUTLET,
        *STATE,
        "北京",
        "上海",
        "上海建国东路",
        "建国东路",
        "北京桦皮厂胡同8号",
        "桦皮厂胡同8号",
        "桦皮厂胡同",
        "上海建国东路历史风貌保护及城市更新工程",
    ],
    initiatives=[],
    optional_initiatives=[
        "科技赋能美好生活 创新引领中国建造",
        "房—车—网",
        "原拆原建",
        "有没有",
        "好不好",
        "好房子",
        "中国建造",
        "房地产发展新模式",
        "城市更新",
        "和美乡居",
    ],
    documents=[],
    reporters=[],
)

# 20231229_03: the general secretary's 接见 of the envoys of the 2023 envoys' conference, read as a call: his speech
# SPOKE_AT, 参加接见 ATTENDED for 蔡奇 and 王毅; 王毅 also speaks at the conference (the required meeting).
SET_V["20231229_03"] = dict(
    persons=["习近平", "蔡奇", "王毅"],
    positions=[
        *XI_TOP,
        P("蔡奇", PSC, PB),
        P("蔡奇", "中央办公厅主任", "中央办公厅"),
        P("王毅", PBM, PB),
        P("王毅", "外交部部长", "外交部"),
    ],
    meeting_roles=roles("SPOKE_AT", "习近平", "王毅") + roles("ATTENDED", "蔡奇", "王毅"),
    meetings=[["2023年度驻外使节工作会议", "驻外使节工作会议"]],
    optional_meetings=[
        "接见",
        "会见",
        "中央外事工作会议",
        "党的二十大",
        "二十大",
    ],
    organizations=[],
    optional_orgs=[
        *_OUTLET,
        *STATE,
        "中央办公厅",
        "中共中央办公厅",
        "外交部",
        "人民大会堂",
        "人民大会堂北大厅",
        "北京人民大会堂",
        "外交战线",
        "外交铁军",
        "北京",
    ],
    initiatives=[],
    optional_initiatives=[
        "人类命运共同体",
        "构建人类命运共同体",
        "中国特色大国外交",
        "新时代中国特色社会主义思想",
        "新时代中国特色社会主义外交思想",
        "中国式现代化",
        "外交为民",
        "节杖",
        "统一战线",
        "全面从严治党",
        "自我革命",
        "习近平外交思想",
    ],
    documents=[],
    reporters=[],
)

# 20231130_01: the general secretary's 座谈会 on the Yangtze delta in Shanghai: he presides and speaks; two Standing
# Committee members 出席 (the premier also 在讲话中表示); five titled speakers 先后发言; five bare names 出席座谈会; the
# leading group named as a body; two quoted programmes required (see the module docstring).
_v1130_speakers = ["郑栅洁", "陈吉宁", "信长星", "易炼红", "韩俊"]
_v1130_bare = ["李干杰", "何立峰", "吴政隆", "穆虹", "姜信治"]
SET_V["20231130_01"] = dict(
    persons=["习近平", "李强", "蔡奇", *_v1130_speakers, *_v1130_bare],
    positions=[
        *XI_TOP,
        P("李强", PSC, PB),
        P("李强", "国务院总理", "国务院"),
        P("蔡奇", PSC, PB),
        P("蔡奇", "中央办公厅主任", "中央办公厅"),
        P("郑栅洁", "国家发展改革委主任", "国家发展改革委"),
        P("陈吉宁", "上海市委书记", "上海市委"),
        P("信长星", "江苏省委书记", "江苏省委"),
        P("易炼红", "浙江省委书记", "浙江省委"),
        P("韩俊", "安徽省委书记", "安徽省委"),
    ],
    meeting_roles=roles("PRESIDED", "习近平")
    + roles("SPOKE_AT", "习近平", "李强", *_v1130_speakers)
    + roles("ATTENDED", "李强", "蔡奇", *_v1130_bare),
    meetings=[
        [
            "深入推进长三角一体化发展座谈会",
            "推进长三角一体化发展座谈会",
            "长三角一体化发展座谈会",
            "座谈会",
        ]
    ],
    optional_meetings=[],
    organizations=[["中央区域协调发展领导小组"]],
    optional_orgs=[
        *_OUTLET,
        *STATE,
        "中央办公厅",
        "中共中央办公厅",
        "国家发展改革委",
        "国家发展和改革委员会",
        "国家发改委",
        "上海市委",
        "江苏省委",
        "浙江省委",
        "安徽省委",
        "上海",
        "上海市",
        "江苏",
        "浙江",
        "安徽",
        "长三角",
        "三省一市",
        "浦东新区",
        "虹桥国际开放枢纽",
        "上海自由贸易试验区临港新片区",
        "上海自由贸易试验区",
        "临港新片区",
        "长三角生态绿色一体化发展示范区",
        "示范区",
        "长江经济带",
        "中央和国家机关有关部门",
        "中央和国家机关",
        "有关地方",
        "有关企业",
        "各级党组织",
    ],
    initiatives=["五个中心", "十年禁渔"],
    optional_initiatives=[
        "长三角一体化发展",
        "长三角一体化发展战略",
        "一带一路",
        "共建“一带一路”",
        "走出去",
        "主题教育",
        "第二批主题教育",
        "自由贸易试验区提升战略",
        "浦东新区综合改革试点",
        "强链补链行动",
        "生态产品价值实现机制",
        "跨区域排污权交易制度",
        "全国统一大市场",
        "新发展格局",
        "新发展理念",
        "中国式现代化",
        "共同富裕",
        "全面从严治党",
        "总体国家安全观",
        "碳达峰碳中和",
        "人民城市人民建",
        "高质量发展",
        "中华民族现代文明",
    ],
    documents=[],
    reporters=[],
)

# 20240822_01: the party centre's commemorative 座谈会 for 邓小平's 120th birthday: the general secretary speaks, a
# Standing Committee member presides and speaks (在主持会议时说), four Standing Committee members and the vice-president
# 出席, three titled speakers 先后发言; 邓小平 and 毛泽东 no role (see the module docstring).
_v0822_attended = ["赵乐际", "王沪宁", "丁薛祥", "李希", "韩正"]
_v0822_speakers = ["曲青山", "苗华", "王晓晖"]
SET_V["20240822_01"] = dict(
    persons=["习近平", "邓小平", "毛泽东", "蔡奇", *_v0822_attended, *_v0822_speakers],
    optional_persons=["马克思", "列宁", "马克思列宁"],
    positions=[
        *XI_TOP,
        P("赵乐际", PSC, PB),
        P("王沪宁", PSC, PB),
        P("丁薛祥", PSC, PB),
        P("李希", PSC, PB),
        P("韩正", "国家副主席"),
        P("蔡奇", PSC, PB),
        P("曲青山", "中央党史和文献研究院院长", "中央党史和文献研究院"),
        P("苗华", "中央军委委员", "中央军委"),
        P("苗华", "中央军委政治工作部主任", "中央军委政治工作部"),
        P("王晓晖", "四川省委书记", "四川省委"),
    ],
    meeting_roles=roles("PRESIDED", "蔡奇")
    + roles("SPOKE_AT", "习近平", "蔡奇", *_v0822_speakers)
    + roles("ATTENDED", *_v0822_attended),
    meetings=[
        [
            "纪念邓小平同志诞辰120周年座谈会",
            "邓小平同志诞辰120周年座谈会",
            "诞辰120周年座谈会",
            "座谈会",
        ]
    ],
    optional_meetings=["全国纪念邓小平同志诞辰120周年学术研讨会", "学术研讨会", "研讨会"],
    organizations=[],
    optional_orgs=[
        *_OUTLET,
        *STATE,
        "中国共产党",
        "中央党史和文献研究院",
        "中央军委政治工作部",
        "四川省委",
        "中共四川省委",
        "四川省",
        "四川",
        "北京市",
        "北京",
        "人民大会堂",
        "中央书记处",
        "中央党政军群有关部门",
        "各民主党派中央",
        "民主党派中央",
        "全国工商联",
        "无党派人士",
        "全党",
        "全军",
        "党的第二代中央领导集体",
        "新中国",
        "香港",
        "澳门",
        "台湾",
    ],
    initiatives=[],
    optional_initiatives=[
        "五位一体",
        "四个全面",
        "“五位一体”总体布局",
        "“四个全面”战略布局",
        "三个代表",
        "一国两制",
        "港人治港",
        "澳人治澳",
        "九二共识",
        "台独",
        "文化大革命",
        "一带一路",
        "全球发展倡议",
        "全球安全倡议",
        "全球文明倡议",
        "中国式现代化",
        "中国特色社会主义",
        "改革开放",
        "全过程人民民主",
        "全面从严治党",
        "一个中国原则",
        "人类命运共同体",
        "马克思主义中国化",
        "高质量发展",
        "新发展理念",
    ],
    documents=[],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_v.jsonl", with_position_bodies(SET_V))
