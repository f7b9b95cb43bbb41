"""Blind set G for texts/pool_p0{08,09,11,16,33,34,43,60}.txt: eight articles of ../shared/corpus/pool on people
and their posts — a district people's congress standing committee (免去, 接受辞去代表, a post ended with it), a city
congress's 任免 decisions (辞去市长, 代理市长), county party secretaries reshuffled (traditional script: 任, 不再兼任,
不再擔任, 任前公示), a mayor's 调研 of a town with a long 陪同 list, a CCDI weekly circular of named cases, a county
inspection group's feedback meeting in a town, an intermediate court's 调研督导 of a county court with a 座谈会, and
an executive deputy county head's pre-holiday 督导检查 (traditional script). Each pool file is whole (400–1300
characters, complete sentences). Annotated by hand from the texts, before kg was run on them, with the conventions
of ../shared/gold/README.md and ../shared/gold/wide/README.md. Run to rewrite blind_g.jsonl.

Decisions for cases those conventions do not show:
- A post that 相应终止 (ends with another one) is removed, as a post being removed.
- 擬任 / 拟任 (proposed in a 任前公示) is no post; 現任 / 现任 is held; 不再兼任 / 不再擔任…職務 is removed (as set E).
- 区人大常委会领导 before names is a label, not a post (as 市领导).
- A 座谈会 held during a 调研 is a meeting held (as sets E and F); 随后…听取了X…汇报 after 座谈会上 continues it: X is
  SPOKE_AT. 陪同调研, 视察, 督导检查 and what is said there (X指出, X要求) give no role.
- Three 领导干部会议 of three places, each 召开 and reported held, are three meetings; 宣布 by no named person gives
  no role.
- Persons in a discipline circular take the posts the circular gives them (they hold them as written).
Every body that is the organization of a gold position is an acceptable organization (as in the wide set).
"""

from make_heldout import P, _write, roles, with_position_bodies  # the held-out sets' layout and helpers

G: dict[str, dict] = {}

# pool_p008: a district people's congress standing committee: chair and three vice-chairs 参加, a 列席 list opened
# by a label (区人大常委会领导) and a vice district head; 免去X的…副区长职务 with a Uyghur name (·);
# 接受甲、乙、丙辞去…代表职务; one of them loses a committee post with it (相应终止); two 《》 decisions written back
# to back; the coming session is only cited (headline, 决定…召开); the byline after ■记者.
_p008_rd = "南湖区人大常委会"
_p008_present = ["吴健", "黄敏", "张建华", "沈金华", "曹建弟", "张晖", "杨玲珠", "傅政霖"]
G["pool_p008"] = dict(
    persons=["钟鑫媛", *_p008_present, "阿卜杜吉力力·阿卜来提", "金静", "夏峰", "徐静"],
    positions=[
        P("吴健", "区人大常委会主任", _p008_rd),
        P("黄敏", "副主任", _p008_rd),
        P("张建华", "副主任", _p008_rd),
        P("沈金华", "副主任", _p008_rd),
        P("傅政霖", "区政府副区长", "南湖区人民政府"),
        P("阿卜杜吉力力·阿卜来提", "副区长", "嘉兴市南湖区人民政府", "removed"),
        P("金静", "人大代表", "南湖区第十届人大", "resigned"),
        P("夏峰", "人大代表", "南湖区第十届人大", "resigned"),
        P("徐静", "人大代表", "南湖区第十届人大", "resigned"),
        P(
            "徐静",
            "社会建设与民宗外侨委员会副主任委员",
            "嘉兴市南湖区第十届人民代表大会社会建设与民宗外侨委员会",
            "removed",
        ),
    ],
    meeting_roles=roles("ATTENDED", *_p008_present),
    meetings=[
        [
            "嘉兴市南湖区十届人大常委会第二十四次会议",
            "南湖区十届人大常委会第二十四次会议",
            "区十届人大常委会第二十四次会议",
            "十届人大常委会第二十四次会议",
            "人大常委会第二十四次会议",
            "第二十四次会议",
        ]
    ],
    optional_meetings=[
        "区十届人大四次会议",
        "十届人大四次会议",
        "嘉兴市南湖区第十届人民代表大会第四次会议",
        "南湖区第十届人民代表大会第四次会议",
        "第十届人民代表大会第四次会议",
        "嘉兴市南湖区人民代表大会下次会议",
        "下次会议",
    ],
    organizations=[],
    optional_orgs=[
        "嘉兴市南湖区十届人大常委会",
        "南湖区十届人大常委会",
        "区人大常委会",
        "嘉兴市南湖区人民代表大会常务委员会",
        "嘉兴市南湖区人民代表大会",
        "嘉兴市南湖区第十届人民代表大会",
        "南湖区第十届人大",
        "嘉兴市南湖区人大",
        "南湖区人大",
        "区监委",
        "区法院",
        "区检察院",
        "区政府",
        "嘉兴市南湖区人民政府",
        "社会建设与民宗外侨委员会",
        "区人大常委会全体机关干部",
        "区人大常委会机关",
        "本报",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[
        "嘉兴市南湖区人民代表大会常务委员会关于召开嘉兴市南湖区第十届人民代表大会第四次会议的决定",
        "嘉兴市南湖区人民代表大会常务委员会关于补选南湖区第十届人大代表的决定",
    ],
    reporters=["钟鑫媛"],
)

# pool_p009: a city congress standing committee's session (召开, no named participant) and its two decisions printed
# in full under unbracketed titles (no documents): 接受X同志辞去…市长职务的请求 (resigned), 决定任命X同志为…代理市长
# and X同志代理…市长 (代理市长, appointed); the headline 张宏义任济源市代理市长 restates it; one 《》 law cited twice.
_p009_gov = "济源市人民政府"
G["pool_p009"] = dict(
    persons=["张宏义", "庄建球"],
    positions=[P("庄建球", "市长", _p009_gov, "resigned"), P("张宏义", "代理市长", _p009_gov, "appointed")],
    meeting_roles=[],
    meetings=[
        [
            "济源市第十五届人民代表大会常务委员会第七次会议",
            "第十五届人民代表大会常务委员会第七次会议",
            "人民代表大会常务委员会第七次会议",
            "常务委员会第七次会议",
            "第七次会议",
            "济源市十五届人大常委会第七次会议",
        ]
    ],
    optional_meetings=["济源市第十五届人民代表大会", "第十五届人民代表大会"],
    organizations=[],
    optional_orgs=[
        "济源市人民代表大会常务委员会",
        "济源市第十五届人民代表大会常务委员会",
        "济源市第十五届人民代表大会",
        "济源市人民代表大会",
        "济源市人民政府",
        "济源市",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=["中华人民共和国地方各级人民代表大会和地方各级人民政府组织法"],
    reporters=[],
)

# pool_p011: traditional script; three county-level party secretaries appointed (X同志任中共…委書記), one predecessor
# and one mayor's post ended (不再兼任…職務, 不再擔任…職務); three 领导干部会议 held (召开) where the decisions were
# announced by nobody named; a 任前公示 list with titles before the names (壽光市市長趙緒春, 現任肥城市委書記常緒擴, two
# posts of one person joined by 、) and posts only proposed (擬任: none); the provincial organisation department
# issues the lists.
G["pool_p011"] = dict(
    persons=["姚秀霞", "滕海強", "朱正林", "張安民", "趙緒春", "滕雙興", "張繼爭", "任剛", "常緒擴"],
    positions=[
        P("姚秀霞", "市委書記", "中共棲霞市委", "appointed"),
        P("滕海強", "市委書記", "中共禹城市委", "appointed"),
        P("張安民", "市委書記", "中共禹城市委", "removed"),
        P("滕海強", "市長", "禹城市人民政府", "removed"),
        P("朱正林", "區委書記", "中共臨淄區委", "appointed"),
        P("趙緒春", "市長", "壽光市人民政府"),
        P("滕雙興", "縣長", "齊河縣人民政府"),
        P("張繼爭", "縣長", "東明縣人民政府"),
        P("任剛", "市委常委", "臨沂市委"),
        P("任剛", "縣委書記", "蘭陵縣委"),
        P("常緒擴", "市委書記", "肥城市委"),
    ],
    meeting_roles=[],
    meetings=[
        ["全市領導干部會議", "棲霞市全市領導干部會議", "棲霞市領導干部會議"],
        ["德州全市領導干部會議", "德州市全市領導干部會議", "德州市領導干部會議"],
        ["臨淄區領導干部會議", "淄博市臨淄區領導干部會議", "區領導干部會議"],
    ],
    organizations=[["山東省委組織部", "省委組織部", "山东省委组织部", "省委组织部"]],
    optional_orgs=[
        "省委",
        "山東省委",
        "煙台市委",
        "德州市委",
        "棲霞市委",
        "中共棲霞市委",
        "禹城市委",
        "中共禹城市委",
        "臨淄區委",
        "中共臨淄區委",
        "禹城市人民政府",
        "禹城市政府",
        "壽光市人民政府",
        "齊河縣人民政府",
        "東明縣人民政府",
        "臨沂市委",
        "蘭陵縣委",
        "肥城市委",
        "棲霞市",
        "德州",
        "淄博市臨淄區",
        "齊魯政情",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[],
    reporters=[],
)

# pool_p016: a mayor's 调研 of a town (a field activity: no meeting, no role, 陪同 gives none) with a long 陪同 list
# in one clause: titles between the names, two posts each joined by 、 or by a leading 副市长、 before a bureau post,
# a group (市直有关单位负责人) inside the list, a county secretary at the end before 等领导; a town secretary who
# 介绍/汇报 at the town government (no meeting); the mayor's words (卓志强指出) on the visit give no role.
_p016_sw, _p016_gov = "云浮市委", "云浮市人民政府"
G["pool_p016"] = dict(
    persons=["卓志强", "陈子季", "杨东来", "毛海明", "黄泽寰", "冯友强"],
    positions=[
        P("卓志强", "市委副书记", _p016_sw),
        P("卓志强", "市长", _p016_gov),
        P("陈子季", "市委常委", _p016_sw),
        P("陈子季", "常务副市长", _p016_gov),
        P("杨东来", "副市长", _p016_gov),
        P("杨东来", "市公安局局长", "云浮市公安局"),
        P("毛海明", "市政府秘书长", _p016_gov),
        P("黄泽寰", "县委书记", "云安县委"),
        P("黄泽寰", "县人大常委会主任", "云安县人大常委会"),
        P("冯友强", "镇委书记", "六都镇委"),
        P("冯友强", "镇人大主席", "六都镇人大"),
    ],
    meeting_roles=[],
    meetings=[],
    organizations=[],
    optional_orgs=[
        "云浮市委",
        "市委",
        "云浮市人民政府",
        "云浮市政府",
        "市政府",
        "市公安局",
        "市直有关单位",
        "云安县委",
        "县人大常委会",
        "六都镇",
        "六都镇政府",
        "六都镇人民政府",
        "镇人大",
        "云安县利机石材有限公司",
        "利机石材有限公司",
        "冬城村",
        "六都镇冬城村",
        "云安县",
        "云浮市",
        "新区",
    ],
    initiatives=[],
    optional_initiatives=["撤县设区", "云安撤县设区"],
    documents=[],
    reporters=[],
)

# pool_p033: a CCDI weekly circular retold by a provincial site: four named cases, each a title before the name with
# long bodies (鞍山市中级人民法院办公室主任陈坪, 锦州市滨海新区娘娘宫镇文教卫生助理太顺, 营口盖州市综合执法局西城一中队
# 中队长魏建宏, 山东省滨州市海河管理局党支部委员、副局长刘红心); a city discipline commission punishes; a 《》 title of
# a web column; 中央八项规定 unquoted (required), a quoted column name and a quoted dinner (optional); 记者 unnamed.
G["pool_p033"] = dict(
    persons=["陈坪", "太顺", "魏建宏", "刘红心"],
    positions=[
        P("陈坪", "办公室主任", "鞍山市中级人民法院"),
        P("太顺", "文教卫生助理", "锦州市滨海新区娘娘宫镇"),
        P("魏建宏", "中队长", "营口盖州市综合执法局西城一中队"),
        P("刘红心", "党支部委员", "滨州市海河管理局党支部"),
        P("刘红心", "副局长", "滨州市海河管理局"),
    ],
    meeting_roles=[],
    meetings=[],
    organizations=[
        ["滨州市纪委"],
        ["鞍山市中级人民法院", "鞍山市中级人民法院办公室", "鞍山市中院"],
        ["营口盖州市综合执法局西城一中队", "营口盖州市综合执法局", "盖州市综合执法局", "盖州市综合执法局西城一中队"],
        ["山东省滨州市海河管理局", "滨州市海河管理局", "滨州市海河管理局党支部"],
    ],
    optional_orgs=[
        "中央纪委",
        "监察部",
        "中央纪委监察部",
        "中央纪委监察部网站",
        "各级纪检监察机关",
        "纪检监察机关",
        "锦州市滨海新区娘娘宫镇",
        "娘娘宫镇",
        "滨海新区",
        "锦州市滨海新区",
        "西城一中队",
        "综合执法局",
        "海河管理局",
        "山东省滨州市海河管理局党支部",
        "单位",
    ],
    initiatives=["八项规定"],
    optional_initiatives=["每周通报", "满月宴"],
    documents=["五一端午期间违反中央八项规定精神问题监督举报曝光专区"],
    reporters=[],
)

# pool_p034: a county inspection group's feedback meeting in a town (巡察“回头看”情况反馈大会, a quoted word inside
# the name): the presider in a passive clause (会议由…主持), the group leader who 反馈 and later 指出 (王孝国组长: a
# title after the name), a deputy director who 出席会议并讲话, the town secretary's 做表态发言, attendees only by group;
# 巡察“回头看” is the campaign (required); the political formulas in quotes (optional).
G["pool_p034"] = dict(
    persons=["戴旱萍", "王孝国", "何凡", "孙丰云"],
    positions=[
        P("戴旱萍", "镇党委副书记", "籍山镇党委"),
        P("王孝国", "县委第二巡察组组长", "县委第二巡察组"),
        P("何凡", "县委巡察办副主任", "县委巡察办"),
        P("孙丰云", "镇党委书记", "籍山镇党委"),
    ],
    meeting_roles=roles("PRESIDED", "戴旱萍")
    + roles("SPOKE_AT", "王孝国", "何凡", "孙丰云")
    + roles("ATTENDED", "何凡"),
    meetings=[
        [
            "巡察“回头看”情况反馈大会",
            "巡察回头看情况反馈大会",
            "“回头看”情况反馈大会",
            "情况反馈大会",
            "县委第二巡察组巡察“回头看”情况反馈大会",
        ]
    ],
    organizations=[["县委第二巡察组", "第二巡察组"], ["县委巡察办"]],
    optional_orgs=[
        "县委",
        "籍山镇",
        "籍山镇党委",
        "镇党委",
        "籍山镇会议中心",
        "籍山镇梅园社区",
        "梅园社区",
        "大港村",
        "官洲村",
        "巡察组",
        "镇联系村班子",
        "相关部门",
        "监督委员会",
        "党中央",
        "党组织",
        "基层党组织",
        "两委",
    ],
    initiatives=["回头看"],
    optional_initiatives=["四个意识", "四个自信", "两个维护", "两委", "全面从严治党"],
    documents=[],
    reporters=[],
)

# pool_p043: an intermediate court's two officials (佳市中院, its 党组 and two departments) 调研 and 督导 a county court
# (我院 = 汤原县人民法院); a 陪同 list of the host court with titles shared by two names (副院长滕东明、张启涛) and a
# 党组成员 and a bureau head side by side; an unnamed 座谈会 held there: the visitors 宣读/通报 (SPOKE_AT, later written
# 吕志伟主任, 王刚局长), the host president 汇报 and 表示; an unquoted named campaign (required).
_p043_zy, _p043_ty = "佳市中院", "汤原县人民法院"
G["pool_p043"] = dict(
    persons=["吕志伟", "王刚", "郑成章", "滕东明", "张启涛", "计忱", "林杉"],
    positions=[
        P("吕志伟", "党组成员", _p043_zy + "党组"),
        P("吕志伟", "政治部主任", _p043_zy + "政治部"),
        P("王刚", "党组成员", _p043_zy + "党组"),
        P("王刚", "执行局局长", _p043_zy + "执行局"),
        P("郑成章", "党组书记", _p043_ty + "党组"),
        P("郑成章", "院长", _p043_ty),
        P("滕东明", "副院长", _p043_ty),
        P("张启涛", "副院长", _p043_ty),
        P("计忱", "党组成员", _p043_ty + "党组"),
        P("林杉", "执行局局长", _p043_ty + "执行局"),
    ],
    meeting_roles=roles("SPOKE_AT", "吕志伟", "王刚", "郑成章"),
    meetings=[["座谈会"]],
    organizations=[
        ["佳市中院", "佳市中院党组", "市中院", "市中院党组", "佳木斯市中级人民法院"],
        ["汤原县人民法院", "汤原法院", "汤原县法院"],
    ],
    optional_orgs=[
        "中院",
        "我院",
        "院班子",
        "上级法院",
        "政治部",
        "执行局",
        "联系点法院",
        "汤原县",
        "佳市中院政治部",
        "佳市中院执行局",
        "汤原县人民法院党组",
        "汤原县人民法院执行局",
    ],
    initiatives=["解放思想推动高质量发展大讨论"],
    optional_initiatives=["基本解决执行难", "庭审直播", "公众开放日", "绩效考核"],
    documents=[],
    reporters=[],
)

# pool_p060: traditional script; an executive deputy county head leads a pre-holiday 督导檢查 (a field activity: no
# meeting, no role; 李延海要求 there gives none) of companies and a mine (sites: optional); the county is never named
# (posts get no organization); "端午" a quoted holiday (optional).
G["pool_p060"] = dict(
    persons=["李延海"],
    positions=[P("李延海", "縣委常委"), P("李延海", "常務副縣長")],
    meeting_roles=[],
    meetings=[],
    organizations=[],
    optional_orgs=[
        "縣委",
        "縣政府",
        "高陂鎮",
        "高陂鎮洋子湖井坑尾瓷土礦",
        "洋子湖井坑尾瓷土礦",
        "廣東欣紅陶瓷股份有限公司",
        "欣紅陶瓷股份有限公司",
        "大興木業",
        "各責任單位",
    ],
    initiatives=[],
    optional_initiatives=["端午"],
    documents=[],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_g.jsonl", with_position_bodies(G))
