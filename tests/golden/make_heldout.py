# ruff: noqa: RUF005  (hand-written annotation tables, laid out like ../shared/gold/make_dev_gold.py)
"""Held-out gold for texts/*.txt (real articles NOT in ../shared/gold), annotated by hand from the
texts with the conventions of ../shared/gold/README.md and make_dev_gold.py. Run to rewrite
heldout.jsonl.

Conventions kept from the dev gold, and decisions taken for cases it does not show:
- 市领导/区领导 X is no title; 陪同, 参加调研, 调研 are no meeting roles (a visit is no meeting).
- A title is written as in the text (省委常委, 组织部部长); its organization is the body it names or
  implies (region of the site: 许昌 for xuchang.gov.cn, 河南 for the Henan chronicle); null where the
  region is nowhere named (区委书记 on a district site).
- Party/government bodies that occur only inside titles are optional organizations; companies,
  delegations and bodies named on their own are required.
- A ceremony (仪式) is no Meeting (ONTOLOGY: meeting, congress, conference), so roles at a ceremony
  are not annotated; referenced meetings (传达…会议精神, 落实…大会要求) are optional meetings.
- A deceased person's former posts in an obituary predicate (X同志是…委员,…副委员长) are not positions.
"""

import json
import pathlib

G = {}
G["p02_xuchang_20170719_ldhd"] = dict(
    persons=[
        "张德广",
        "李中央",
        "申武装",
        "王堃",
        "史战芳",
        "唐聚圈",
        "袁根波",
        "孔昌生",
        "陈润儿",
        "乌兰",
        "赵素萍",
        "武国定",
        "赵正永",
        "莫文秀",
        "朱鸿斌",
        "张国臣",
        "王忠梅",
        "石克生",
        "赵振宏",
        "韩玉芬",
        "张桂平",
    ],
    positions=[
        ["张德广", "省人大常委会副主任", "河南省人大常委会", "held"],
        ["张德广", "省关工委常务副主任", "河南省关工委", "held"],
        ["张德广", "秘书长", "河南省关工委", "held"],
        ["李中央", "十届省人大常委会副主任", "河南省人大常委会", "held"],
        ["李中央", "省关工委常务副主任", "河南省关工委", "held"],
        ["唐聚圈", "市关工委主任", "许昌市关工委", "held"],
        ["袁根波", "市关工委常务副主任", "许昌市关工委", "held"],
        ["孔昌生", "省委常委", "河南省委", "held"],
        ["孔昌生", "组织部部长", "河南省委组织部", "held"],
        ["陈润儿", "省长", "河南省人民政府", "held"],
        ["乌兰", "湖南省委副书记", "湖南省委", "held"],
        ["赵素萍", "省委常委", "河南省委", "held"],
        ["赵素萍", "宣传部部长", "河南省委宣传部", "held"],
        ["武国定", "市委书记", "许昌市委", "held"],
        ["王堃", "市委常委", "许昌市委", "held"],
        ["王堃", "市委秘书长", "许昌市委", "held"],
        ["赵正永", "中共十八届中央委员", "中共中央", "held"],
        ["赵正永", "全国人大内务司法委副主任委员", "全国人大内务司法委", "held"],
        ["莫文秀", "全国人大常委会委员", "全国人大常委会", "held"],
        ["莫文秀", "内务司法委员会委员", "内务司法委员会", "held"],
        ["朱鸿斌", "全国人大内务司法委司法室副主任", "全国人大内务司法委司法室", "held"],
        ["张国臣", "省人大常委会委员", "河南省人大常委会", "held"],
        ["张国臣", "内务司法委主任委员", "内务司法委", "held"],
        ["韩玉芬", "市中级人民法院院长", "许昌市中级人民法院", "held"],
        ["张桂平", "市人民检察院检察长", "许昌市人民检察院", "held"],
    ],
    meeting_roles=[],
    meetings=[],
    organizations=[
        ["省关工委调研组", "河南省关工委调研组"],
        ["全国人大调研组"],
        ["河南天和农业公司"],
        ["河南世纪香公司"],
        ["鲜易控股公司"],
    ],
    optional_orgs=[
        "省关工委",
        "河南省关工委",
        "市关工委",
        "许昌市关工委",
        "省委组织部",
        "河南省委组织部",
        "省委宣传部",
        "河南省委宣传部",
        "全国人大内务司法委",
        "全国人大内务司法委司法室",
        "内务司法委员会",
        "内务司法委",
        "全国人大",
        "市中级人民法院",
        "许昌市中级人民法院",
        "市人民检察院",
        "许昌市人民检察院",
        "五彩大地",
        "中共中央",
        "省人大常委会",
        "河南省人大常委会",
        "该省农委",
        "湖南省农委",
        "调研组",
    ],
    initiatives=["一编三定", "百城建设提质"],
    optional_initiatives=["水生态建设"],
    documents=[],
    reporters=[],
)
_p08_att = ["于晓东", "于晓光", "张海平", "尹振山", "王志", "魏守磊", "刘永胜", "郑磊", "王海刚", "邹伟"]
G["p08_huancui_20241023"] = dict(
    persons=["习近平", "张刚", "孙军", "孙青松"] + _p08_att,
    positions=[["习近平", "总书记", None, "held"], ["张刚", "区委书记", None, "held"]],
    meeting_roles=[["张刚", "PRESIDED"], ["张刚", "SPOKE_AT"]]
    + [[p, "ATTENDED"] for p in _p08_att + ["孙军", "孙青松"]],
    meetings=[["区委常委会第138次(扩大)会议", "第138次(扩大)会议", "区委常委会第138次会议", "第138次会议"]],
    organizations=[],
    optional_orgs=["区委常委会", "环翠区委常委会", "中共中央"],
    initiatives=[],
    optional_initiatives=["十五五"],
    documents=["关于全面深化党组织领导下的社区运营机制 加强党建引领基层治理的指导意见"],
    reporters=[],
)
G["p11_ctxww_20241207"] = dict(
    persons=["习近平", "尤宇川", "周俊雄", "叶水山"],
    positions=[
        ["习近平", "总书记", None, "held"],
        ["尤宇川", "区委副书记", None, "held"],
        ["尤宇川", "区长", None, "held"],
        ["周俊雄", "区人大常委会主任", None, "held"],
        ["叶水山", "区政协主席", None, "held"],
    ],
    meeting_roles=[["尤宇川", "PRESIDED"], ["尤宇川", "SPOKE_AT"], ["周俊雄", "ATTENDED"], ["叶水山", "ATTENDED"]],
    meetings=[["区委常委会(扩大)会议", "区委常委会扩大会议"]],
    optional_meetings=[
        "省委十一届七次全体会议",
        "省管主要领导干部学习贯彻习近平总书记在福建考察时的重要讲话精神专题研讨班",
        "市委常委会(扩大)会议",
        "十一届七次全体会议",
    ],
    organizations=[],
    optional_orgs=["区四套班子", "区直有关单位", "中共中央"],
    initiatives=[],
    documents=[],
    reporters=[],
)
G["p12_wmxa_201603_309306"] = dict(
    persons=["杨建强"],
    positions=[["杨建强", "区委书记", None, "held"]],
    meeting_roles=[["杨建强", "PRESIDED"], ["杨建强", "SPOKE_AT"]],
    meetings=[["区委常委会"], ["区十七届人大五次会议"], ["区政协十三届五次会议"]],
    optional_meetings=["两会"],
    organizations=[],
    optional_orgs=["区人大常委会党组", "区政协党组", "区委"],
    initiatives=[],
    documents=["中国共产党地方委员会工作条例", "中国共产党统一战线工作条例(试行)"],
    reporters=[],
)
G["p16_hndsfz_2024_371910"] = dict(
    persons=["王凯", "孔昌生", "孙守刚", "习近平", "张巍", "王战营", "王刚", "吕家进"],
    positions=[
        ["王凯", "省长", "河南省人民政府", "held"],
        ["孔昌生", "省政协主席", "河南省政协", "held"],
        ["孔昌生", "党组书记", "河南省政协党组", "held"],
        ["孙守刚", "省委常委", "河南省委", "held"],
        ["孙守刚", "常务副省长", "河南省人民政府", "held"],
        ["习近平", "总书记", None, "held"],
        ["张巍", "省委常委", "河南省委", "held"],
        ["张巍", "省纪委书记", "河南省纪委", "held"],
        ["张巍", "省监委主任", "河南省监委", "held"],
        ["王战营", "省委常委", "河南省委", "held"],
        ["王战营", "省委宣传部部长", "河南省委宣传部", "held"],
        ["王刚", "省委常委", "河南省委", "held"],
        ["王刚", "省委组织部部长", "河南省委组织部", "held"],
        ["吕家进", "董事长", "兴业银行", "held"],
    ],
    meeting_roles=[
        ["孔昌生", "ATTENDED"],
        ["孔昌生", "SPOKE_AT"],
        ["张巍", "PRESIDED"],
        ["张巍", "SPOKE_AT"],
        ["王凯", "PRESIDED"],
    ],
    meetings=[
        ["庆七一暨“两优一先”表彰会", "省政协机关庆七一暨“两优一先”表彰会"],
        ["省纪委常委会(扩大)会议", "常委会(扩大)会议", "省纪委常委会扩大会议"],
        ["全省防汛视频会议"],
    ],
    optional_meetings=[
        "全国科技大会",
        "国家科学技术奖励大会",
        "两院院士大会",
        "全省科技大会",
        "郑州国际陆港启用暨专用铁路通车仪式",
    ],
    organizations=[["河南滑丰种业科技有限公司"], ["兴业银行"]],
    optional_orgs=[
        "省政协机关",
        "省纪委",
        "河南省纪委",
        "省监委",
        "省政府",
        "河南省人民政府",
        "省委宣传部",
        "省委组织部",
        "郑州航空港经济综合实验区",
        "郑州航空港区",
        "锦和街道新时代文明实践所",
        "新时代文明实践所",
        "郑州国际陆港",
        "河南省政协",
        "省政协",
        "中共中央",
    ],
    initiatives=[],
    optional_initiatives=["两优一先", "林长制", "巡河", "巡林"],
    documents=[],
    reporters=[],
)
G["20260228_02"] = dict(
    persons=["李锡铭", "赵乐际", "尹力", "王东明"],
    positions=[
        ["赵乐际", "中共中央政治局常委", "中共中央政治局", "held"],
        ["赵乐际", "全国人大常委会委员长", "全国人大常委会", "held"],
        ["尹力", "中共中央政治局委员", "中共中央政治局", "held"],
        ["尹力", "北京市委书记", "北京市委", "held"],
        ["王东明", "全国人大常委会副委员长", "全国人大常委会", "held"],
    ],
    meeting_roles=[["赵乐际", "ATTENDED"], ["尹力", "SPOKE_AT"], ["王东明", "PRESIDED"]],
    meetings=[["纪念李锡铭同志诞辰100周年座谈会"]],
    organizations=[],
    optional_orgs=[
        "中共中央政治局",
        "中央政治局",
        "全国人大常委会",
        "北京市委",
        "中共北京市委",
        "中国共产党",
        "第十三届中央政治局",
        "第八届全国人民代表大会常务委员会",
        "全国人民代表大会常务委员会",
    ],
    initiatives=[],
    documents=[],
    reporters=[],
)
G["20250312_09"] = dict(
    persons=["孙中山", "王勇", "郑建邦", "陈旭", "孙硕", "王红", "何报翔"],
    positions=[
        ["王勇", "全国政协副主席", "全国政协", "held"],
        ["郑建邦", "全国人大常委会副委员长", "全国人大常委会", "held"],
        ["郑建邦", "民革中央主席", "民革中央", "held"],
        ["陈旭", "中央统战部副部长", "中央统战部", "held"],
        ["孙硕", "北京市副市长", "北京市人民政府", "held"],
        ["王红", "民革中央副主席", "民革中央", "held"],
        ["王红", "民革北京市委会主委", "民革北京市委会", "held"],
        ["何报翔", "全国政协副主席", "全国政协", "held"],
        ["何报翔", "民革中央常务副主席", "民革中央", "held"],
    ],
    meeting_roles=[],
    meetings=[],
    optional_meetings=["纪念仪式", "仪式"],
    organizations=[
        ["中国人民政治协商会议全国委员会", "全国政协"],
        ["中国国民党革命委员会中央委员会", "民革中央"],
        ["中共中央统战部", "中央统战部"],
        ["中国国民党革命委员会北京市委员会", "民革北京市委会"],
    ],
    optional_orgs=[
        "全国人大常委会",
        "民革中央",
        "民革北京市委会",
        "北京市政府",
        "北京市人民政府",
        "全国政协",
        "中山公园中山堂",
        "北京中山公园中山堂",
        "中国国民党革命委员会",
    ],
    initiatives=[],
    documents=[],
    reporters=[],
)

# Set B: annotated after the fixes that set A (above) drove, and scored blind before any fix from it.
B = {}
B["p15_rdfzl_8123"] = dict(
    persons=["王凯", "楼阳生", "习近平"],
    positions=[
        ["王凯", "省长", "河南省人民政府", "held"],
        ["王凯", "省政府党组书记", "河南省政府党组", "held"],
        ["习近平", "总书记", None, "held"],
    ],
    meeting_roles=[["王凯", "PRESIDED"]],
    meetings=[["省政府党组会议"]],
    optional_meetings=["省委工作会议", "省第十一次党代会", "第十一次党代会"],
    organizations=[],
    optional_orgs=["省政府党组", "河南省政府党组", "省委", "省政府", "中共中央"],
    initiatives=["十大战略"],
    optional_initiatives=["两个确保", "七一", "起高峰", "建高地", "成高原", "十四五"],
    documents=[],
    reporters=[],
)
B["p05_xcrb_20181123_c437406"] = dict(
    persons=["许廷合", "刘春良"],
    positions=[["刘春良", "市委书记", "许昌市委", "held"]],
    meeting_roles=[["刘春良", "SPOKE_AT"]],
    meetings=[["市委四届五次全会", "许昌市委四届五次全会"]],
    organizations=[],
    optional_orgs=["市委", "许昌市委"],
    initiatives=[],
    optional_initiatives=[
        "市区一盘棋",
        "四区一城两基地",
        "三产",
        "十五",
        "四区",
        "高速挡",
        "满堂彩",
        "冲锋号",
        "工业强市",
    ],
    documents=["关于加快市区经济发展的若干意见"],
    reporters=["许廷合"],
)
B["20251222_01"] = dict(
    persons=["习近平", "张又侠", "张升民", "杨志斌", "韩胜延", "刘振立"],
    positions=[
        ["习近平", "中央军委主席", "中央军委", "held"],
        ["张又侠", "中央军委副主席", "中央军委", "held"],
        ["张升民", "中央军委副主席", "中央军委", "held"],
        ["杨志斌", "东部战区司令员", "东部战区", "held"],
        ["韩胜延", "中部战区司令员", "中部战区", "held"],
        ["刘振立", "中央军委委员", "中央军委", "held"],
    ],
    meeting_roles=[],
    meetings=[],
    optional_meetings=["中央军委晋升上将军衔仪式", "晋衔仪式"],
    organizations=[],
    optional_orgs=["中央军委", "军委机关", "东部战区", "中部战区", "中国人民解放军", "八一大楼"],
    initiatives=[],
    documents=[],
    reporters=[],
)
B["20221114_01"] = dict(
    persons=["习近平", "彭丽媛", "丁薛祥", "王毅", "何立峰", "卢胡特", "科斯特", "陆慷"],
    positions=[
        ["习近平", "国家主席", None, "held"],
        ["丁薛祥", "中共中央政治局常委", "中共中央政治局", "held"],
        ["丁薛祥", "中央办公厅主任", "中央办公厅", "held"],
        ["王毅", "中共中央政治局委员", "中共中央政治局", "held"],
        ["王毅", "国务委员", "国务院", "held"],
        ["何立峰", "中共中央政治局委员", "中共中央政治局", "held"],
        ["何立峰", "全国政协副主席", "全国政协", "held"],
        ["卢胡特", "海洋与投资统筹部部长", None, "held"],
        ["科斯特", "巴厘省省长", None, "held"],
        ["陆慷", "中国驻印尼大使", None, "held"],
    ],
    meeting_roles=[["习近平", "ATTENDED"]],
    meetings=[["二十国集团领导人第十七次峰会"]],
    organizations=[],
    optional_orgs=[
        "中央办公厅",
        "中共中央政治局",
        "全国政协",
        "国务院",
        "海洋与投资统筹部",
        "二十国集团",
        "中国驻印尼大使馆",
        "中华人民共和国",
    ],
    initiatives=[],
    documents=[],
    reporters=[],
)


# Set C: annotated by reading, before kg ran on these texts (third shift); scored blind before any fix from it.
# Decisions for cases A/B do not show: a draft or decided 任免 (免去/任命…职务) is a position with status
# removed/appointed; a credit line (本版制图 X) is a byline; a name only inside a doctrine's name
# (习近平新时代…思想) is an optional person; 宣布大会开幕 is no role (only 主持 is PRESIDED);
# 致词/致贺词/作报告/作了发言 are SPOKE_AT; 到会祝贺 is ATTENDED; a lecture (专题讲座) is no meeting.
C = {}
C["p03_xuchang_20211103_ddh"] = dict(
    persons=[],
    positions=[],
    meeting_roles=[],
    meetings=[["中国共产党许昌市第八次代表大会", "市八次党代会", "许昌市第八次党代会", "许昌市第八次代表大会"]],
    organizations=[
        ["中国共产党许昌市第八届委员会", "中共许昌市委员会", "中共许昌市委", "许昌市委"],
        ["市八届纪律检查委员会", "许昌市八届纪律检查委员会", "许昌市纪律检查委员会", "市纪律检查委员会", "许昌市纪委"],
    ],
    optional_orgs=[
        "中国共产党许昌市第七届委员会",
        "市七届纪律检查委员会",
        "许昌市七届纪律检查委员会",
        "市委",
        "新一届市委",
        "中国共产党",
    ],
    initiatives=[],
    optional_initiatives=["两个一百年", "三期", "十四五", "积极推进城乡融合共同"],
    documents=[],
    reporters=[],
)
C["p06_xcrb_20190326_c9486"] = dict(
    persons=["王国生", "陈润儿", "李梦源"],
    optional_persons=["习近平"],
    positions=[["王国生", "省委书记", "河南省委", "held"], ["陈润儿", "省长", "河南省人民政府", "held"]],
    meeting_roles=[],
    meetings=[],
    optional_meetings=["两会", "2019两会"],
    organizations=[],
    optional_orgs=["省委", "省政府", "河南省委", "河南省人民政府"],
    initiatives=[],
    documents=["政府工作报告"],
    reporters=["李梦源"],
)
C["20221230_08"] = dict(
    persons=["栗战书", "王毅", "秦刚", "周祖翼", "王晓萍", "王晨", "习近平", "程东方", "刘立根", "张进", "黄益平"],
    positions=[
        ["栗战书", "委员长", "全国人大常委会", "held"],
        ["王晨", "副委员长", "全国人大常委会", "held"],
        ["王毅", "外交部部长", "外交部", "removed"],
        ["秦刚", "外交部部长", "外交部", "appointed"],
        ["周祖翼", "人力资源和社会保障部部长", "人力资源和社会保障部", "removed"],
        ["王晓萍", "人力资源和社会保障部部长", "人力资源和社会保障部", "appointed"],
        ["王晓萍", "国家监察委员会委员", "国家监察委员会", "removed"],
        ["程东方", "中国人民解放军军事检察院检察长", "中国人民解放军军事检察院", "removed"],
        ["张进", "中国人民解放军军事检察院检察长", "中国人民解放军军事检察院", "appointed"],
        ["刘立根", "中国人民解放军军事法院院长", "中国人民解放军军事法院", "removed"],
        ["程东方", "中国人民解放军军事法院院长", "中国人民解放军军事法院", "appointed"],
        ["习近平", "总书记", None, "held"],
        ["黄益平", "北京大学国家发展研究院副院长", "北京大学国家发展研究院", "held"],
        ["黄益平", "北京大学数字金融研究中心主任", "北京大学数字金融研究中心", "held"],
    ],
    meeting_roles=[["栗战书", "PRESIDED"], ["栗战书", "SPOKE_AT"]],
    meetings=[["十三届全国人大常委会第三十八次会议", "全国人大常委会第三十八次会议", "第三十八次会议"]],
    optional_meetings=[
        "十四届全国人大一次会议",
        "十三届全国人大五次会议",
        "党的二十大",
        "二十大",
        "中央重要会议",
        "闭幕会",
        "专题讲座",
        "第三十一讲专题讲座",
    ],
    organizations=[
        ["中国人民解放军选举委员会"],
        ["全国人大宪法和法律委员会", "宪法和法律委员会"],
        ["农业与农村委员会", "全国人大农业与农村委员会"],
        ["全国人大常委会代表资格审查委员会", "代表资格审查委员会"],
    ],
    optional_orgs=[
        "外交部",
        "人力资源和社会保障部",
        "国家监察委员会",
        "中国人民解放军军事检察院",
        "中国人民解放军军事法院",
        "北京大学国家发展研究院",
        "北京大学数字金融研究中心",
        "北京大学",
        "党中央",
        "全国人大",
        "主席团",
        "十三届全国人大五次会议主席团",
        "北京人民大会堂",
        "人民大会堂",
        "中国人民解放军",
        "全国人大常委会",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[
        "数字经济的发展与治理",
        "中华人民共和国和刚果共和国引渡条约",
        "中华人民共和国和亚美尼亚共和国引渡条约",
        "中华人民共和国和肯尼亚共和国引渡条约",
        "中华人民共和国和乌拉圭东岸共和国引渡条约",
        "〈关于持久性有机污染物的斯德哥尔摩公约〉列入多氯萘等三种类持久性有机污染物修正案",
        "〈关于持久性有机污染物的斯德哥尔摩公约〉列入短链氯化石蜡等三种类持久性有机污染物修正案",
    ],
    reporters=[],
)
C["20240626_10"] = dict(
    persons=["王沪宁", "习近平", "吴英杰", "王东峰", "朱永新", "杨震"],
    positions=[
        ["王沪宁", "中共中央政治局常委", "中共中央政治局", "held"],
        ["王沪宁", "全国政协主席", "全国政协", "held"],
        ["习近平", "总书记", None, "held"],
        ["吴英杰", "政协第十四届全国委员会常务委员", "全国政协", "removed"],
        ["吴英杰", "文化文史和学习委员会主任", "全国政协文化文史和学习委员会", "removed"],
        ["王东峰", "全国政协副主席", "全国政协", "held"],
        ["朱永新", "全国政协副主席", "全国政协", "held"],
        ["杨震", "全国政协副主席", "全国政协", "held"],
    ],
    meeting_roles=[
        ["王沪宁", "PRESIDED"],
        ["王沪宁", "SPOKE_AT"],
        ["王东峰", "SPOKE_AT"],
        ["朱永新", "SPOKE_AT"],
        ["杨震", "SPOKE_AT"],
    ],
    meetings=[["政协第十四届全国委员会第二十一次主席会议", "全国政协主席会议", "第二十一次主席会议"]],
    optional_meetings=["全国科技大会", "国家科学技术奖励大会", "两院院士大会", "全国政协十四届常委会第八次会议"],
    organizations=[],
    optional_orgs=[
        "全国政协",
        "政协全国委员会",
        "政协第十四届全国委员会",
        "中共中央政治局",
        "文化文史和学习委员会",
        "全国政协文化文史和学习委员会",
        "黄埔军校",
        "黄埔军校同学会",
        "全国政协十四届常委会",
        "中共中央",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=["政协全国委员会关于政协委员违反政协章程的处理工作规定"],
    reporters=[],
)
C["20231015_03"] = dict(
    persons=["丁薛祥", "习近平", "黄坤明"],
    positions=[
        ["丁薛祥", "中共中央政治局常委", "中共中央政治局", "held"],
        ["丁薛祥", "国务院副总理", "国务院", "held"],
        ["习近平", "总书记", None, "held"],
        ["黄坤明", "中共中央政治局委员", "中共中央政治局", "held"],
        ["黄坤明", "广东省委书记", "广东省委", "held"],
    ],
    meeting_roles=[],
    meetings=[],
    optional_meetings=["党的二十大", "二十大"],
    organizations=[["大疆创新科技有限公司"], ["鹏城实验室"], ["深圳职业技术大学"]],
    optional_orgs=[
        "河套深港科技创新合作区",
        "河套深港科技创新合作区展示交流中心",
        "粤港澳大湾区国际科技创新中心",
        "国务院",
        "中共中央政治局",
        "广东省委",
        "中共中央",
    ],
    initiatives=[],
    optional_initiatives=["创新驱动发展战略"],
    documents=[],
    reporters=[],
)
_c9_att = ["习近平", "赵乐际", "王沪宁", "丁薛祥", "李希"]
C["20231009_01"] = dict(
    persons=_c9_att + ["蔡奇", "王东明", "阿东", "苗华"],
    positions=[
        ["习近平", "中共中央总书记", "中共中央", "held"],
        ["习近平", "国家主席", None, "held"],
        ["习近平", "中央军委主席", "中央军委", "held"],
        ["王东明", "大会主席团常务主席", None, "held"],
        ["阿东", "共青团中央书记处第一书记", "共青团中央书记处", "held"],
        ["苗华", "中央军委委员", "中央军委", "held"],
        ["苗华", "中央军委政治工作部主任", "中央军委政治工作部", "held"],
    ],
    meeting_roles=[[p, "ATTENDED"] for p in _c9_att]
    + [["蔡奇", "SPOKE_AT"], ["王东明", "SPOKE_AT"], ["阿东", "SPOKE_AT"], ["苗华", "SPOKE_AT"]],
    meetings=[["中国工会第十八次全国代表大会", "中国工会十八大"]],
    optional_meetings=["党的二十大", "党的十八大", "中国工会十七大", "开幕式", "二十大", "十八大"],
    organizations=[["中华全国总工会第十七届执行委员会", "中华全国总工会"]],
    optional_orgs=[
        "党中央",
        "中国工会",
        "共青团中央书记处",
        "共青团中央",
        "中央军委政治工作部",
        "中央军委",
        "武警部队",
        "解放军",
        "全国工商联",
        "全国人大常委会",
        "国务院",
        "全国政协",
        "中华全国总工会第十七届经费审查委员会",
        "人民大会堂",
        "中共中央书记处",
        "中共中央",
        "大会主席团",
        "主席团",
    ],
    initiatives=[],
    optional_initiatives=["坚持以习近平新时代中国特色社会主义思想为指导"],
    documents=[
        "奋力书写我国工人阶级投身强国建设民族复兴的壮丽篇章",
        "以习近平新时代中国特色社会主义思想为指导 组织动员亿万职工为强国建设民族复兴团结奋斗",
        "中国工会章程(修正案)",
        "中华全国总工会第十七届执行委员会财务工作报告",
        "中华全国总工会第十七届经费审查委员会工作报告",
    ],
    reporters=[],
)
C["20230707_04"] = dict(
    persons=["丁薛祥"],
    optional_persons=["习近平"],
    optional_meetings=["党的二十大", "二十大"],
    positions=[
        ["丁薛祥", "中共中央政治局常委", "中共中央政治局", "held"],
        ["丁薛祥", "国务院副总理", "国务院", "held"],
        ["丁薛祥", "第五次全国经济普查领导小组组长", "第五次全国经济普查领导小组", "held"],
    ],
    meeting_roles=[["丁薛祥", "ATTENDED"], ["丁薛祥", "SPOKE_AT"], ["丁薛祥", "PRESIDED"]],
    meetings=[["第五次全国经济普查电视电话会议"], ["第五次全国经济普查领导小组第一次全体会议"]],
    organizations=[],
    optional_orgs=["党中央", "国务院", "中共中央政治局", "第五次全国经济普查领导小组", "普查机构"],
    initiatives=[],
    optional_initiatives=["全国统一领导、部门分工协作、地方分级负责、各方共同参与", "主题教育"],
    documents=[],
    reporters=[],
)


def P(person: str, title: str, org: str | None = None, status: str = "held") -> list:
    """One HOLDS_POSITION: [person, title as written, organization or None, status]."""
    return [person, title, org, status]


# The national items' conventions (sets L … W, ../shared/corpus/xwlb): the source line's outlet, the party centre and
# the state bodies (optional bodies of every national item), the Politburo and its Standing Committee as the bodies of
# their members' posts, the general secretary's three top posts, the discipline commission's names.
OUTLET = ["央视", "央视网", "新闻联播", "央视《新闻联播》", "中央广播电视总台"]
STATE = ["中共中央", "党中央", "中共中央政治局", "国务院", "中央军委", "全国人大常委会", "全国政协", "全国人大"]
PSC = "中共中央政治局常委"
PB = "中共中央政治局"
PBM = "中共中央政治局委员"
XI_TOP = [
    P("习近平", "中共中央总书记", "中共中央"),
    P("习近平", "国家主席"),
    P("习近平", "中央军委主席", "中央军委"),
]
CCDI = ["中央纪委", "中央纪委国家监委", "国家监委", "中央纪律检查委员会"]


def roles(role: str, *people: str) -> list:
    return [[p, role] for p in people]


def with_position_bodies(docs: dict[str, dict]) -> dict[str, dict]:
    """A body named as a gold position's organization is an acceptable Organization prediction."""
    out = {}
    for k, d in docs.items():
        listed = {x for o in d["organizations"] for x in o} | set(d["optional_orgs"])
        extra = sorted({o for _p, _t, o, _s in d["positions"] if o and o not in listed})
        out[k] = {**d, "optional_orgs": d["optional_orgs"] + extra}
    return out


def _write(name: str, docs: dict) -> None:
    out = pathlib.Path(__file__).with_name(name)
    with out.open("w", encoding="utf-8") as f:
        for k in sorted(docs):
            d = {"doc_id": k, "optional_persons": [], "optional_meetings": [], "optional_initiatives": [], **docs[k]}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", out, len(docs))


if __name__ == "__main__":
    _write("heldout.jsonl", G)
    _write("heldout_b.jsonl", B)
    _write("heldout_c.jsonl", C)
