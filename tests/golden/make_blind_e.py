# ruff: noqa: RUF005  (hand-written annotation tables, laid out like make_blind_d.py)
"""Blind set E for texts/pool_p0{01,07,10,12,17,24,32,39}.txt: eight articles of ../shared/corpus/pool of the
wide set's genres (../shared/gold/wide/README.md) — a city standing committee (traditional script), a district
people's congress standing committee with 任命/免去/接受辞去, 任免 decisions of a city and a development zone
(traditional script), a CPPCC chairman's visit with a 座谈会, a subdistrict meeting, a women's congress, a
provincial discipline circular and a State Council executive meeting. Each pool file is whole (300–700
characters, complete sentences). Annotated by hand from the texts, before kg was run on them, with the
conventions of ../shared/gold/README.md and ../shared/gold/wide/README.md. Run to rewrite blind_e.jsonl.

Decisions for cases those conventions do not show:
- X同志任…委员、常委、书记 in an announced 任免决定 is appointed (each post its own title); 兼任 is appointed too;
  不再担任…职务 is removed. 提名为…候选人 is no post.
- A body written both short and in full in one text (区检察院, 虹口区人民检察院) is given its full name.
- 会后, X传达了…精神 is SPOKE_AT: the relay is made to the members just met.
- 习近平总书记 outside the name of a doctrine (发表重要讲话, 关于…的重要论述) is a person with the post 总书记.
- A title nested in a 《》 title (〈中国共产党重大事项请示报告条例〉) is part of that title, not a document of its own.
- 当选 (elected) is appointed, as the wide set's vice-chairs voted in.
Every body that is the organization of a gold position is an acceptable organization (as in the wide set).
"""

from make_heldout import P, _write, roles, with_position_bodies  # the held-out sets' layout and helpers

E: dict[str, dict] = {}

# pool_p001: traditional script; a city standing committee's 第九次擴大會議; the city is named only inside a customs
# office's name (商洛海關), so posts get no organization; two cited sessions (全國兩會); a 《》 title with a nested
# 〈〉 title; quoted political formulas (四個意識, 三大攻堅戰) only.
E["pool_p001"] = dict(
    persons=["李小龍", "陳俊", "習近平"],
    positions=[P("陳俊", "市委書記"), P("習近平", "總書記")],
    meeting_roles=roles("PRESIDED", "陳俊"),
    meetings=[["市委常委會第九次擴大會議", "市委常委會擴大會議", "第九次擴大會議", "市委常委會第九次擴大會"]],
    optional_meetings=["全國兩會", "兩會", "十三屆全國人大二次會議", "全國政協十三屆二次會議"],
    organizations=[],
    optional_orgs=["市委常委會", "市委", "中共中央", "商洛海關", "人大", "政協", "全國人大", "全國政協", "本報"],
    initiatives=[],
    optional_initiatives=["四個意識", "四個自信", "兩個維護", "三大攻堅戰"],
    documents=["關于印發〈中國共產黨重大事項請示報告條例〉的通知", "關于加強黨的政治建設的意見", "外商投資法"],
    reporters=["李小龍"],
)

# pool_p007: a district people's congress standing committee: presider, four vice-chairs sharing 副主任 (one of them,
# 王继聪, also removed from another post in the same text), 列席 list with titles between the names; 任命, 接受…辞去
# (two posts), 免去 (three posts each, twice); the district is named only in the 任免 formulas (虹口区); a relay after
# the meeting; a trailing bare-name byline; an unquoted named campaign.
E["pool_p007"] = dict(
    persons=["颜建平", "刘海军", "赵强", "王继聪", "谢榕榕", "高香", "沈品培", "潘建安"]
    + ["杨鼎忠", "邹震宇", "张占江", "曲姗姗"],
    positions=[
        P("颜建平", "区人大常委会主任", "虹口区人大常委会"),
        P("刘海军", "副主任", "虹口区人大常委会"),
        P("赵强", "副主任", "虹口区人大常委会"),
        P("王继聪", "副主任", "虹口区人大常委会"),
        P("谢榕榕", "副主任", "虹口区人大常委会"),
        P("高香", "区委常委", "虹口区委"),
        P("高香", "副区长", "虹口区人民政府"),
        P("沈品培", "区法院副院长", "虹口区人民法院"),
        P("潘建安", "区检察院副检察长", "虹口区人民检察院"),
        P("杨鼎忠", "主任", "虹口区人民政府办公室", "appointed"),
        P("杨鼎忠", "人大代表", "虹口区人大", "resigned"),
        P("杨鼎忠", "人事工作委员会委员", "人事工作委员会", "resigned"),
        P("王继聪", "主任", "虹口区人民政府办公室", "removed"),
    ]
    + [
        P(p, t, "虹口区人民检察院", "removed")
        for p in ["邹震宇", "张占江"]
        for t in ["副检察长", "检察委员会委员", "检察员"]
    ],
    meeting_roles=roles("PRESIDED", "颜建平")
    + roles("SPOKE_AT", "颜建平")
    + roles("ATTENDED", "刘海军", "赵强", "王继聪", "谢榕榕", "高香", "沈品培", "潘建安"),
    meetings=[
        [
            "区十五届人大常委会第二十八次会议",
            "十五届人大常委会第二十八次会议",
            "虹口区十五届人大常委会第二十八次会议",
            "区人大常委会第二十八次会议",
            "第二十八次会议",
        ]
    ],
    optional_meetings=["十二届全国人大三次会议", "区十五届人大七次会议"],
    organizations=[
        ["虹口区人民检察院", "区检察院", "虹口区检察院", "区人民检察院"],
        ["虹口区人民政府办公室", "区人民政府办公室", "虹口区政府办公室", "区政府办公室"],
    ],
    optional_orgs=[
        "区十五届人大常委会",
        "区人大常委会",
        "常委会",
        "区委",
        "区政府",
        "区人民政府",
        "区法院",
        "区人民法院",
        "区政府有关部门",
        "各代表组",
        "检察委员会",
        "虹口区人民检察院检察委员会",
        "全国人大",
        "区人大",
    ],
    initiatives=["群众路线教育实践活动"],
    optional_initiatives=["全面依法治国"],
    documents=["区人大常委会2015年度工作要点"],
    reporters=["曲姗姗"],
)

# pool_p010: traditional script; 任免 on one day in three bodies: a city people's congress (决定任命, 接受…辞去), a
# district (X同志任…委员、常委、书记; 不再擔任…職務) and a development zone (兼任 with the holder's current post before
# the name: 漳州市委常委沈志平兼任…); long body names (中共漳州市委古雷港經濟開發區工作委員會); four reporters in one
# bracket of two kinds; no meeting role.
_p010_gl = "中共漳州市委古雷港經濟開發區工作委員會"
_p010_gw = "漳州古雷港經濟開發區管委會"
_p010_xc = "中共漳州市薌城區委"
E["pool_p010"] = dict(
    persons=["張雄敏", "劉龍", "鄭文典", "薛敏靈", "侯為東", "沈志平", "胡棟良", "石振棋", "吳文團", "盧力"],
    positions=[
        P("侯為東", "副市長", "漳州市人民政府", "appointed"),
        P("沈志平", "副市長", "漳州市人民政府", "resigned"),
        P("胡棟良", "委員", _p010_xc, "appointed"),
        P("胡棟良", "常委", _p010_xc, "appointed"),
        P("胡棟良", "書記", _p010_xc, "appointed"),
        P("石振棋", "副書記", _p010_xc, "appointed"),
        P("侯為東", "書記", _p010_xc, "removed"),
        P("侯為東", "常委", _p010_xc, "removed"),
        P("侯為東", "委員", _p010_xc, "removed"),
        P("沈志平", "市委常委", "漳州市委"),
        P("沈志平", "委員", _p010_gl, "appointed"),
        P("沈志平", "書記", _p010_gl, "appointed"),
        P("侯為東", "委員", _p010_gl, "appointed"),
        P("侯為東", "副書記", _p010_gl, "appointed"),
        P("侯為東", "主任", _p010_gw, "appointed"),
        P("吳文團", "書記", _p010_gl, "removed"),
        P("吳文團", "委員", _p010_gl, "removed"),
        P("盧力", "黨組成員", "漳州市人民政府黨組", "removed"),
        P("盧力", "副書記", _p010_gl, "removed"),
        P("盧力", "委員", _p010_gl, "removed"),
        P("盧力", "主任", _p010_gw, "removed"),
    ],
    meeting_roles=[],
    meetings=[
        [
            "漳州市十六屆人大常委會第二十三次會議",
            "十六屆人大常委會第二十三次會議",
            "市十六屆人大常委會第二十三次會議",
            "第二十三次會議",
        ],
        ["區委常委會(擴大)會議", "薌城區委常委會(擴大)會議", "區委常委會擴大會議", "薌城區委常委會擴大會議"],
        ["全區領導干部大會", "薌城區領導干部大會", "薌城區全區領導干部大會"],
        ["古雷開發區領導干部大會", "領導干部大會", "開發區領導干部大會"],
    ],
    organizations=[],
    optional_orgs=[
        "臺海網",
        "海峽導報",
        "漳州市十六屆人大常委會",
        "漳州市人大常委會",
        "人大常委會",
        "薌城區",
        "薌城區委",
        "區委",
        "區委常委會",
        "漳州市薌城區人民政府",
        "薌城區人民政府",
        "古雷開發區",
        "開發區",
        "古雷港經濟開發區工作委員會",
        "古雷港經濟開發區管委會",
        "古雷開發區管委會",
        "中共漳州市委",
    ],
    initiatives=[],
    documents=[],
    reporters=["張雄敏", "劉龍", "鄭文典", "薛敏靈"],
)

# pool_p012: a city CPPCC chairman's 调研 of a county CPPCC (the county is only 丹, the city never named: posts get no
# organization, as in the wide set's w18); 参加调研 and 陪同调研 are no meeting roles; the 座谈会 held during the
# visit is unnamed (optional) and gives the roles; a quoted platform (required) and a quoted characterisation.
E["pool_p012"] = dict(
    persons=["黄剑东", "熊英", "胡建辉", "郭红", "杨华", "赵强", "杨世龙"],
    positions=[
        P("黄剑东", "市政协主席"),
        P("黄剑东", "党组书记"),
        P("熊英", "市政协副主席"),
        P("胡建辉", "市政协秘书长"),
        P("郭红", "县委书记"),
        P("杨华", "县政协主席"),
        P("杨华", "党组书记"),
        P("赵强", "县委副书记"),
        P("杨世龙", "县政协副主席"),
    ],
    meeting_roles=roles("SPOKE_AT", "黄剑东") + roles("ATTENDED", "杨世龙"),
    meetings=[],
    optional_meetings=["座谈会"],
    organizations=[],
    optional_orgs=[
        "市政协",
        "县政协",
        "县委",
        "市政协党组",
        "县政协党组",
        "中共中央",
        "齐乐镇",
        "龙鹄村",
        "齐乐镇龙鹄村",
        "人民政协",
        "市县政协",
        "市、县政协相关委室",
        "专门协商机构",
    ],
    initiatives=["有事来协商"],
    optional_initiatives=["两个薄弱"],
    documents=["关于加强和改进新时代市县政协工作的意见"],
    reporters=[],
)

# pool_p017: a subdistrict's regular meeting of residential-area party secretaries; the presider in a passive
# clause (会议由…主持), later named with his post and a bare 书记 (杨静书记指出); two officers with titles before the
# names in one clause giving 部署 (SPOKE_AT); attendees named only by group; two quoted mechanisms (required) and
# quoted targets and labels (optional).
E["pool_p017"] = dict(
    persons=["杨静", "姚正", "张俐"],
    positions=[
        P("杨静", "街道党工委书记", "广中路街道党工委"),
        P("姚正", "街道党工委副书记", "广中路街道党工委"),
        P("张俐", "办事处副主任", "广中路街道办事处"),
    ],
    meeting_roles=roles("PRESIDED", "杨静") + roles("SPOKE_AT", "杨静", "姚正", "张俐"),
    meetings=[["居民区党总支书记例会", "广中路街道居民区党总支书记例会", "虹口区广中路街道居民区党总支书记例会"]],
    organizations=[],
    optional_orgs=[
        "广中路街道",
        "虹口区广中路街道",
        "街道党工委",
        "办事处",
        "居民区党总支",
        "各居民区党总支",
        "居委",
        "业委会",
        "相关科室",
        "各职能科室",
        "区委",
        "街道领导班子",
    ],
    initiatives=["三驾马车", "青年三进"],
    optional_initiatives=["减负增能", "两新"],
    documents=[],
    reporters=[],
)

# pool_p024: a city women's congress closing; 市领导 + four names (no post) who 出席闭幕式; the first of them speaks
# (表示祝贺, 他要求); a chairwoman elected (当选); a byline name with a space (陈 赛); 习近平总书记 outside a doctrine's
# name; a quoted 行动 (required) and quoted slogans (optional).
E["pool_p024"] = dict(
    persons=["陈赛", "苗伟伦", "陈美萍", "杨玲玲", "陈金华", "姚君丹", "习近平"],
    positions=[P("姚君丹", "市妇联主席", "台州市妇联", "appointed"), P("习近平", "总书记")],
    meeting_roles=roles("ATTENDED", "苗伟伦", "陈美萍", "杨玲玲", "陈金华") + roles("SPOKE_AT", "苗伟伦"),
    meetings=[["台州市第六次妇女代表大会", "市第六次妇女代表大会", "第六次妇女代表大会"]],
    optional_meetings=["闭幕式"],
    organizations=[["台州市妇联", "市妇联", "台州市妇女联合会"]],
    optional_orgs=[
        "市四套班子",
        "各级妇联组织",
        "全市各级妇联组织",
        "妇联",
        "党委政府",
        "市妇联第六届执行委员会",
        "台州市妇联第五届执行委员会",
        "市妇联第五届执行委员会",
        "市妇联新一届领导班子",
        "本报",
    ],
    initiatives=["巾帼五共"],
    optional_initiatives=["半边天", "三条路径", "三高三新", "娘家人"],
    documents=["关于台州市妇联第五届执行委员会工作报告的决议"],
    reporters=["陈赛"],
)

# pool_p032: a provincial discipline commission's circular (Xinhua): punished officials keep their posts (as in the
# wide set's w24); "党组书记、局长庞国荣" after the body's name ending the clause before (湘阴县民政局中秋节…,); a
# park's party and management posts; a named policy (八项规定); a trailing (记者 name) byline.
E["pool_p032"] = dict(
    persons=["庞国荣", "左重", "吴军", "陈文广"],
    positions=[
        P("庞国荣", "党组书记", "湘阴县民政局党组"),
        P("庞国荣", "局长", "湘阴县民政局"),
        P("左重", "党组成员", "湘阴县民政局党组"),
        P("左重", "副局长", "湘阴县民政局"),
        P("吴军", "党委副书记", "湖南烈士公园党委"),
        P("吴军", "管理处主任", "湖南烈士公园管理处"),
    ],
    meeting_roles=[],
    meetings=[],
    organizations=[["湖南省纪委"], ["湘阴县民政局", "县民政局"], ["湖南烈士公园", "湖南烈士公园管理处"]],
    optional_orgs=[
        "新华网",
        "新华网湖南频道",
        "湖南各级纪检监察机关",
        "各级纪检监察机关",
        "纪检监察机关",
        "一县民政局",
        "湖南一县民政局",
        "民政局",
        "中央",
    ],
    initiatives=["八项规定"],
    optional_initiatives=["两节"],
    documents=[],
    reporters=["陈文广"],
)

# pool_p039: a State Council executive meeting (Xinhua) under a headline block restating its 《》 titles; titles with
# (2024-2030年) and (修订草案); an unquoted named 行动 (required); quoted characterisations (optional); the NPC
# session is only cited.
E["pool_p039"] = dict(
    persons=["李强"],
    positions=[P("李强", "国务院总理", "国务院")],
    meeting_roles=roles("PRESIDED", "李强"),
    meetings=[["国务院常务会议"]],
    optional_meetings=["十四届全国人大二次会议"],
    organizations=[],
    optional_orgs=["国务院", "新华社", "党中央", "各部门", "各单位", "牵头部门", "参与部门"],
    initiatives=["千亿斤粮食产能提升行动"],
    optional_initiatives=["时时放心不下", "事事心中有底", "藏粮于地", "藏粮于技", "高标准农田建设", "种业振兴"],
    documents=[
        "国务院2024年重点工作分工方案",
        "新一轮千亿斤粮食产能提升行动方案(2024-2030年)",
        "以标准升级助力经济高质量发展工作方案",
        "军人抚恤优待条例(修订草案)",
        "政府工作报告",
    ],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_e.jsonl", with_position_bodies(E))
