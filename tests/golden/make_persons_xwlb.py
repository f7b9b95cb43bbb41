"""Person gold for 25 national-news items (../shared/corpus/xwlb), annotated by hand from the texts
BEFORE kg was run on them. Run to rewrite persons_xwlb.jsonl.

The items were drawn at random (seed 20260, 350-1500 characters) from xwlb items used nowhere else
in tests/ or kg/. Conventions follow ../shared/gold/make_dev_gold.py:
- every named person is listed as written (foreign names in their Chinese transliteration, with the
  middle dot when the text has it: 阿里·本·塔米姆); titles, bodies, parties, militias (哈马斯,
  卡桑旅), countries and country abbreviations are no persons.
- 习近平 named as a person (习近平主席, 习近平总书记, 习近平同志, 以习近平同志为核心) is required; a
  name only inside the name of a doctrine (习近平新时代中国特色社会主义思想) is optional.
- two people with one name (穆罕默德 the vice president and 穆罕默德 the president) are one name.
"""

import json
import pathlib

G: dict[str, dict[str, list[str]]] = {}


def g(doc_id: str, persons: list[str], optional: list[str] | None = None) -> None:
    G[doc_id] = {"persons": persons, "optional_persons": optional or []}


g("20230513_01", ["丁薛祥", "习近平", "陈吉宁"])
g("20230712_04", ["王沪宁", "习近平", "刘国中", "石泰峰"])
g("20231110_08", ["内塔尼亚胡", "阿什提耶"])
g("20231123_05", ["李强", "习近平", "莫迪", "吴政隆"])
g("20240122_03", ["习近平", "郑和鑑"])
g("20240310_04", ["赵乐际", "信春鹰", "刘奇", "刘俊臣"])
g("20240313_02", ["李强", "习近平", "尹力", "吴政隆"])
g("20240326_07", ["韩正", "习近平", "尹力"])
g("20240430_13", ["习近平", "阿里·本·塔米姆", "穆罕默德·阿里", "杜占元"])
g("20240510_04", ["习近平", "欧尔班", "蔡奇", "王毅"])
g("20240521_04", ["李强", "何立峰"], ["习近平"])
g("20240624_06", ["李强", "范明政", "习近平", "阮富仲", "苏林"])
g("20240912_05", ["穆罕默德", "李强", "哈勒敦", "张益明", "习近平", "卡斯比", "常华"])
g("20240912_06", ["尹力", "习近平", "丁薛祥", "达维塔什维利", "邓鸿森", "科尔曼"])
g("20241226_06", ["杨克宁", "杨子兴", "刘锋", "唐小平", "吴熙垚", "陈涛", "颜鹏"])
g("20250711_08", ["丁薛祥", "习近平", "妙吞乌", "叶尔梅克巴耶夫", "陈敏尔"])
g("20250731_03", ["李强", "习近平"])
g("20251013_06", ["丁薛祥", "习近平", "古特雷斯", "陈吉宁", "万钢", "谢胡"])
g("20251014_06", ["李强", "徐奇渊", "陈斌开", "杨赫", "张瑜", "李洪凤", "江鑫", "周宇翔", "叶国富", "习近平", "吴政隆"])
g("20251107_06", ["谌贻琴", "习近平", "姜信治", "沈春耀", "许昆林"])
g("20251122_05", ["丁薛祥", "习近平"])
g("20260305_09", ["王毅", "尹力", "习近平", "石泰峰", "刘国中", "李干杰"])
g("20260524_09", ["特朗普", "穆尼尔", "巴加埃", "内塔尼亚胡"])
g("20260527_03", ["科沙诺夫", "赵乐际", "托卡耶夫", "阿希姆巴耶夫", "习近平"])
g("20260623_05", ["王沪宁", "丁薛祥", "习近平", "王东峰"])

if __name__ == "__main__":
    out = pathlib.Path(__file__).with_name("persons_xwlb.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for doc_id, row in G.items():
            fh.write(json.dumps({"doc_id": doc_id, **row}, ensure_ascii=False) + "\n")
