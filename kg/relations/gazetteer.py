"""Place names a person tagger must not return as people: the world's countries (common Chinese short
forms), their one-character abbreviations as written in news (中美, 俄乌, 马方), and China's
provincial-level divisions. Written from general knowledge, not from the corpus."""

from __future__ import annotations

from kg import lexicon


def words(block: str) -> frozenset[str]:
    """The whitespace-separated words of ``block``."""
    return frozenset(block.split())


COUNTRIES: frozenset[str] = words(
    """
    中国 阿富汗 阿尔巴尼亚 阿尔及利亚 安道尔 安哥拉 安提瓜和巴布达 阿根廷 亚美尼亚 澳大利亚 奥地利 阿塞拜疆 巴哈马 巴林
    孟加拉国 孟加拉 巴巴多斯 白俄罗斯 比利时 伯利兹 贝宁 不丹 玻利维亚 波斯尼亚和黑塞哥维那 波黑 博茨瓦纳 巴西 文莱
    保加利亚 布基纳法索 布隆迪 佛得角 柬埔寨 喀麦隆 加拿大 中非 乍得 智利 哥伦比亚 科摩罗 刚果 哥斯达黎加 科特迪瓦
    克罗地亚 古巴 塞浦路斯 捷克 丹麦 吉布提 多米尼克 多米尼加 厄瓜多尔 埃及 萨尔瓦多 赤道几内亚 厄立特里亚 爱沙尼亚
    斯威士兰 埃斯瓦蒂尼 埃塞俄比亚 斐济 芬兰 法国 加蓬 冈比亚 格鲁吉亚 德国 加纳 希腊 格林纳达 危地马拉
    几内亚 几内亚比绍
    圭亚那 海地 洪都拉斯 匈牙利 冰岛 印度 印度尼西亚 印尼 伊朗 伊拉克 爱尔兰 以色列 意大利 牙买加 日本 约旦 哈萨克斯坦
    肯尼亚 基里巴斯 朝鲜 韩国 科威特 吉尔吉斯斯坦 老挝 拉脱维亚 黎巴嫩 莱索托 利比里亚 利比亚 列支敦士登 立陶宛 卢森堡
    马达加斯加 马拉维 马来西亚 马尔代夫 马里 马耳他 马绍尔群岛 毛里塔尼亚 毛里求斯 墨西哥 密克罗尼西亚 摩尔多瓦 摩纳哥
    蒙古国 蒙古 黑山 摩洛哥 莫桑比克 缅甸 纳米比亚 瑙鲁 尼泊尔 荷兰 新西兰 尼加拉瓜 尼日尔 尼日利亚 北马其顿 挪威 阿曼
    巴基斯坦 帕劳 巴勒斯坦 巴拿马 巴布亚新几内亚 巴拉圭 秘鲁 菲律宾 波兰 葡萄牙 卡塔尔 罗马尼亚 俄罗斯 卢旺达
    圣基茨和尼维斯 圣卢西亚 圣文森特和格林纳丁斯 萨摩亚 圣马力诺 圣多美和普林西比 沙特阿拉伯 沙特 塞内加尔 塞尔维亚
    塞舌尔 塞拉利昂 新加坡 斯洛伐克 斯洛文尼亚 所罗门群岛 索马里 南非 南苏丹 西班牙 斯里兰卡 苏丹 苏里南 瑞典 瑞士
    叙利亚 塔吉克斯坦 坦桑尼亚 泰国 东帝汶 多哥 汤加 特立尼达和多巴哥 突尼斯 土耳其 土库曼斯坦 图瓦卢 乌干达 乌克兰
    阿联酋 阿拉伯联合酋长国 英国 美国 乌拉圭 乌兹别克斯坦 瓦努阿图 梵蒂冈 委内瑞拉 越南 也门 赞比亚 津巴布韦 欧盟
    """
)

# One-character country abbreviations as news writes them in pairs (中美, 俄乌, 中拉, 斯中) and sides (马方).
COUNTRY_ABBREV: frozenset[str] = frozenset(
    "中美俄乌伊以巴阿拉斯马日韩朝英法德意西葡希匈塞芬瑞挪丹荷比澳新印越老柬泰缅菲蒙哈吉塔土叙黎埃沙欧非亚"
)

PROVINCES: frozenset[str] = words(
    """
    北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南
    陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门
    """
)

# Capitals and large cities that news names next to their leaders (杜尚别市长鲁斯塔姆).
CAPITALS: frozenset[str] = words(
    """
    北京 东京 首尔 平壤 莫斯科 基辅 明斯克 华盛顿 纽约 伦敦 巴黎 柏林 罗马 马德里 里斯本 维也纳 布鲁塞尔
    阿姆斯特丹 日内瓦
    布达佩斯 华沙 布拉格 贝尔格莱德 雅典 安卡拉 伊斯坦布尔 德黑兰 巴格达 大马士革 贝鲁特 安曼 利雅得 吉达 多哈 迪拜
    阿布扎比 马斯喀特 萨那 开罗 亚的斯亚贝巴 内罗毕 比勒陀利亚 约翰内斯堡 拉各斯 阿布贾 达喀尔 新德里 伊斯兰堡 喀布尔
    达卡 加德满都 科伦坡 曼谷 河内 胡志明市 金边 万象 仰光 内比都 吉隆坡 雅加达 马尼拉 堪培拉 悉尼 惠灵顿 渥太华
    墨西哥城 哈瓦那 加拉加斯 波哥大 利马 圣地亚哥 布宜诺斯艾利斯 巴西利亚 里约热内卢 阿斯塔纳 阿拉木图 塔什干 比什凯克
    杜尚别 阿什哈巴德 巴库 埃里温 第比利斯 乌兰巴托 耶路撒冷 特拉维夫 加沙 拉姆安拉
    """
)

PLACES: frozenset[str] = COUNTRIES | PROVINCES | CAPITALS

# Single-character surnames, most frequent first (compound ones in kg.relations.persons).
SURNAMES = frozenset(lexicon.words("surnames"))
