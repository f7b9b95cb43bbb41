# ruff: noqa: E501, RUF005  (hand-written annotation tables, laid out like ../shared/gold/make_dev_gold.py)
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
    persons=["张德广", "李中央", "申武装", "王堃", "史战芳", "唐聚圈", "袁根波", "孔昌生", "陈润儿", "乌兰",
             "赵素萍", "武国定", "赵正永", "莫文秀", "朱鸿斌", "张国臣", "王忠梅", "石克生", "赵振宏", "韩玉芬",
             "张桂平"],
    positions=[["张德广", "省人大常委会副主任", "河南省人大常委会", "held"],
               ["张德广", "省关工委常务副主任", "河南省关工委", "held"],
               ["张德广", "秘书长", "河南省关工委", "held"],
               ["李中央", "十届省人大常委会副主任", "河南省人大常委会", "held"],
               ["李中央", "省关工委常务副主任", "河南省关工委", "held"],
               ["唐聚圈", "市关工委主任", "许昌市关工委", "held"],
               ["袁根波", "市关工委常务副主任", "许昌市关工委", "held"],
               ["孔昌生", "省委常委", "河南省委", "held"], ["孔昌生", "组织部部长", "河南省委组织部", "held"],
               ["陈润儿", "省长", "河南省人民政府", "held"],
               ["乌兰", "湖南省委副书记", "湖南省委", "held"],
               ["赵素萍", "省委常委", "河南省委", "held"], ["赵素萍", "宣传部部长", "河南省委宣传部", "held"],
               ["武国定", "市委书记", "许昌市委", "held"],
               ["王堃", "市委常委", "许昌市委", "held"], ["王堃", "市委秘书长", "许昌市委", "held"],
               ["赵正永", "中共十八届中央委员", "中共中央", "held"],
               ["赵正永", "全国人大内务司法委副主任委员", "全国人大内务司法委", "held"],
               ["莫文秀", "全国人大常委会委员", "全国人大常委会", "held"],
               ["莫文秀", "内务司法委员会委员", "内务司法委员会", "held"],
               ["朱鸿斌", "全国人大内务司法委司法室副主任", "全国人大内务司法委司法室", "held"],
               ["张国臣", "省人大常委会委员", "河南省人大常委会", "held"],
               ["张国臣", "内务司法委主任委员", "内务司法委", "held"],
               ["韩玉芬", "市中级人民法院院长", "许昌市中级人民法院", "held"],
               ["张桂平", "市人民检察院检察长", "许昌市人民检察院", "held"]],
    meeting_roles=[], meetings=[],
    organizations=[["省关工委调研组", "河南省关工委调研组"], ["全国人大调研组"], ["河南天和农业公司"],
                   ["河南世纪香公司"], ["鲜易控股公司"]],
    optional_orgs=["省关工委", "河南省关工委", "市关工委", "许昌市关工委", "省委组织部", "河南省委组织部", "省委宣传部",
                   "河南省委宣传部", "全国人大内务司法委", "全国人大内务司法委司法室", "内务司法委员会", "内务司法委",
                   "全国人大", "市中级人民法院", "许昌市中级人民法院", "市人民检察院", "许昌市人民检察院", "五彩大地",
                   "中共中央", "省人大常委会", "河南省人大常委会", "该省农委", "调研组"],
    initiatives=["一编三定", "百城建设提质"], optional_initiatives=["水生态建设"],
    documents=[], reporters=[])
_p08_att = ["于晓东", "于晓光", "张海平", "尹振山", "王志", "魏守磊", "刘永胜", "郑磊", "王海刚", "邹伟"]
G["p08_huancui_20241023"] = dict(
    persons=["习近平", "张刚", "孙军", "孙青松"] + _p08_att,
    positions=[["习近平", "总书记", None, "held"], ["张刚", "区委书记", None, "held"]],
    meeting_roles=[["张刚", "PRESIDED"], ["张刚", "SPOKE_AT"]] + [[p, "ATTENDED"] for p in _p08_att + ["孙军", "孙青松"]],
    meetings=[["区委常委会第138次(扩大)会议", "第138次(扩大)会议", "区委常委会第138次会议", "第138次会议"]],
    organizations=[], optional_orgs=["区委常委会", "环翠区委常委会", "中共中央"],
    initiatives=[], optional_initiatives=["十五五"],
    documents=["关于全面深化党组织领导下的社区运营机制 加强党建引领基层治理的指导意见"], reporters=[])
G["p11_ctxww_20241207"] = dict(
    persons=["习近平", "尤宇川", "周俊雄", "叶水山"],
    positions=[["习近平", "总书记", None, "held"], ["尤宇川", "区委副书记", None, "held"], ["尤宇川", "区长", None, "held"],
               ["周俊雄", "区人大常委会主任", None, "held"], ["叶水山", "区政协主席", None, "held"]],
    meeting_roles=[["尤宇川", "PRESIDED"], ["尤宇川", "SPOKE_AT"], ["周俊雄", "ATTENDED"], ["叶水山", "ATTENDED"]],
    meetings=[["区委常委会(扩大)会议", "区委常委会扩大会议"]],
    optional_meetings=["省委十一届七次全体会议", "省管主要领导干部学习贯彻习近平总书记在福建考察时的重要讲话精神专题研讨班",
                       "市委常委会(扩大)会议", "十一届七次全体会议"],
    organizations=[], optional_orgs=["区四套班子", "区直有关单位", "中共中央"],
    initiatives=[], documents=[], reporters=[])
G["p12_wmxa_201603_309306"] = dict(
    persons=["杨建强"],
    positions=[["杨建强", "区委书记", None, "held"]],
    meeting_roles=[["杨建强", "PRESIDED"], ["杨建强", "SPOKE_AT"]],
    meetings=[["区委常委会"], ["区十七届人大五次会议"], ["区政协十三届五次会议"]],
    optional_meetings=["两会"],
    organizations=[], optional_orgs=["区人大常委会党组", "区政协党组", "区委"],
    initiatives=[], documents=["中国共产党地方委员会工作条例", "中国共产党统一战线工作条例(试行)"], reporters=[])
G["p16_hndsfz_2024_371910"] = dict(
    persons=["王凯", "孔昌生", "孙守刚", "习近平", "张巍", "王战营", "王刚", "吕家进"],
    positions=[["王凯", "省长", "河南省人民政府", "held"],
               ["孔昌生", "省政协主席", "河南省政协", "held"], ["孔昌生", "党组书记", "河南省政协党组", "held"],
               ["孙守刚", "省委常委", "河南省委", "held"], ["孙守刚", "常务副省长", "河南省人民政府", "held"],
               ["习近平", "总书记", None, "held"],
               ["张巍", "省委常委", "河南省委", "held"], ["张巍", "省纪委书记", "河南省纪委", "held"],
               ["张巍", "省监委主任", "河南省监委", "held"],
               ["王战营", "省委常委", "河南省委", "held"], ["王战营", "省委宣传部部长", "河南省委宣传部", "held"],
               ["王刚", "省委常委", "河南省委", "held"], ["王刚", "省委组织部部长", "河南省委组织部", "held"],
               ["吕家进", "董事长", "兴业银行", "held"]],
    meeting_roles=[["孔昌生", "ATTENDED"], ["孔昌生", "SPOKE_AT"], ["张巍", "PRESIDED"], ["张巍", "SPOKE_AT"],
                   ["王凯", "PRESIDED"]],
    meetings=[["庆七一暨“两优一先”表彰会", "省政协机关庆七一暨“两优一先”表彰会"],
              ["省纪委常委会(扩大)会议", "常委会(扩大)会议", "省纪委常委会扩大会议"], ["全省防汛视频会议"]],
    optional_meetings=["全国科技大会", "国家科学技术奖励大会", "两院院士大会", "全省科技大会",
                       "郑州国际陆港启用暨专用铁路通车仪式"],
    organizations=[["河南滑丰种业科技有限公司"], ["兴业银行"]],
    optional_orgs=["省政协机关", "省纪委", "河南省纪委", "省监委", "省政府", "河南省人民政府", "省委宣传部", "省委组织部",
                   "郑州航空港经济综合实验区", "郑州航空港区", "锦和街道新时代文明实践所", "新时代文明实践所",
                   "郑州国际陆港", "河南省政协", "省政协", "中共中央"],
    initiatives=[], optional_initiatives=["两优一先", "林长制", "巡河", "巡林"],
    documents=[], reporters=[])
G["20260228_02"] = dict(
    persons=["李锡铭", "赵乐际", "尹力", "王东明"],
    positions=[["赵乐际", "中共中央政治局常委", "中共中央政治局", "held"],
               ["赵乐际", "全国人大常委会委员长", "全国人大常委会", "held"],
               ["尹力", "中共中央政治局委员", "中共中央政治局", "held"], ["尹力", "北京市委书记", "北京市委", "held"],
               ["王东明", "全国人大常委会副委员长", "全国人大常委会", "held"]],
    meeting_roles=[["赵乐际", "ATTENDED"], ["尹力", "SPOKE_AT"], ["王东明", "PRESIDED"]],
    meetings=[["纪念李锡铭同志诞辰100周年座谈会"]],
    organizations=[],
    optional_orgs=["中共中央政治局", "中央政治局", "全国人大常委会", "北京市委", "中共北京市委", "中国共产党", "第十三届中央政治局",
                   "第八届全国人民代表大会常务委员会", "全国人民代表大会常务委员会"],
    initiatives=[], documents=[], reporters=[])
G["20250312_09"] = dict(
    persons=["孙中山", "王勇", "郑建邦", "陈旭", "孙硕", "王红", "何报翔"],
    positions=[["王勇", "全国政协副主席", "全国政协", "held"],
               ["郑建邦", "全国人大常委会副委员长", "全国人大常委会", "held"],
               ["郑建邦", "民革中央主席", "民革中央", "held"],
               ["陈旭", "中央统战部副部长", "中央统战部", "held"],
               ["孙硕", "北京市副市长", "北京市人民政府", "held"],
               ["王红", "民革中央副主席", "民革中央", "held"], ["王红", "民革北京市委会主委", "民革北京市委会", "held"],
               ["何报翔", "全国政协副主席", "全国政协", "held"], ["何报翔", "民革中央常务副主席", "民革中央", "held"]],
    meeting_roles=[], meetings=[], optional_meetings=["纪念仪式", "仪式"],
    organizations=[["中国人民政治协商会议全国委员会", "全国政协"], ["中国国民党革命委员会中央委员会", "民革中央"],
                   ["中共中央统战部", "中央统战部"], ["中国国民党革命委员会北京市委员会", "民革北京市委会"]],
    optional_orgs=["全国人大常委会", "民革中央", "民革北京市委会", "北京市政府", "北京市人民政府", "全国政协",
                   "中山公园中山堂", "北京中山公园中山堂", "中国国民党革命委员会"],
    initiatives=[], documents=[], reporters=[])

# Set B: annotated after the fixes that set A (above) drove, and scored blind before any fix from it.
B = {}
B["p15_rdfzl_8123"] = dict(
    persons=["王凯", "楼阳生", "习近平"],
    positions=[["王凯", "省长", "河南省人民政府", "held"], ["王凯", "省政府党组书记", "河南省政府党组", "held"],
               ["习近平", "总书记", None, "held"]],
    meeting_roles=[["王凯", "PRESIDED"]],
    meetings=[["省政府党组会议"]], optional_meetings=["省委工作会议", "省第十一次党代会", "第十一次党代会"],
    organizations=[], optional_orgs=["省政府党组", "河南省政府党组", "省委", "省政府", "中共中央"],
    initiatives=["十大战略"], optional_initiatives=["两个确保", "七一", "起高峰", "建高地", "成高原", "十四五"],
    documents=[], reporters=[])
B["p05_xcrb_20181123_c437406"] = dict(
    persons=["许廷合", "刘春良"],
    positions=[["刘春良", "市委书记", "许昌市委", "held"]],
    meeting_roles=[["刘春良", "SPOKE_AT"]],
    meetings=[["市委四届五次全会", "许昌市委四届五次全会"]],
    organizations=[], optional_orgs=["市委", "许昌市委"],
    initiatives=[], optional_initiatives=["市区一盘棋", "四区一城两基地", "三产", "十五", "四区", "高速挡", "满堂彩",
                                          "冲锋号", "工业强市"],
    documents=["关于加快市区经济发展的若干意见"], reporters=["许廷合"])
B["20251222_01"] = dict(
    persons=["习近平", "张又侠", "张升民", "杨志斌", "韩胜延", "刘振立"],
    positions=[["习近平", "中央军委主席", "中央军委", "held"], ["张又侠", "中央军委副主席", "中央军委", "held"],
               ["张升民", "中央军委副主席", "中央军委", "held"], ["杨志斌", "东部战区司令员", "东部战区", "held"],
               ["韩胜延", "中部战区司令员", "中部战区", "held"], ["刘振立", "中央军委委员", "中央军委", "held"]],
    meeting_roles=[], meetings=[], optional_meetings=["中央军委晋升上将军衔仪式", "晋衔仪式"],
    organizations=[], optional_orgs=["中央军委", "军委机关", "东部战区", "中部战区", "中国人民解放军", "八一大楼"],
    initiatives=[], documents=[], reporters=[])
B["20221114_01"] = dict(
    persons=["习近平", "彭丽媛", "丁薛祥", "王毅", "何立峰", "卢胡特", "科斯特", "陆慷"],
    positions=[["习近平", "国家主席", None, "held"],
               ["丁薛祥", "中共中央政治局常委", "中共中央政治局", "held"], ["丁薛祥", "中央办公厅主任", "中央办公厅", "held"],
               ["王毅", "中共中央政治局委员", "中共中央政治局", "held"], ["王毅", "国务委员", "国务院", "held"],
               ["何立峰", "中共中央政治局委员", "中共中央政治局", "held"], ["何立峰", "全国政协副主席", "全国政协", "held"],
               ["卢胡特", "海洋与投资统筹部部长", None, "held"], ["科斯特", "巴厘省省长", None, "held"],
               ["陆慷", "中国驻印尼大使", None, "held"]],
    meeting_roles=[["习近平", "ATTENDED"]],
    meetings=[["二十国集团领导人第十七次峰会"]],
    organizations=[], optional_orgs=["中央办公厅", "中共中央政治局", "全国政协", "国务院", "海洋与投资统筹部", "二十国集团", "中国驻印尼大使馆", "中华人民共和国"],
    initiatives=[], documents=[], reporters=[])


def _write(name: str, docs: dict) -> None:
    out = pathlib.Path(__file__).with_name(name)
    with out.open("w", encoding="utf-8") as f:
        for k in sorted(docs):
            d = {"doc_id": k, "optional_persons": [], "optional_meetings": [], "optional_initiatives": [], **docs[k]}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", out, len(docs))


_write("heldout.jsonl", G)
_write("heldout_b.jsonl", B)
