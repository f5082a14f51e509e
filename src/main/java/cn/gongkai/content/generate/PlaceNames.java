package cn.gongkai.content.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Syllables that Chinese place names are made of, each with its pinyin, and the real provinces with their
 * two-digit codes. Names are composed from the syllables, slugs from their pinyin (卜集镇 → {@code buji-zhen}).
 */
final class PlaceNames {

    /** One written syllable and its toneless pinyin. */
    record Syllable(String hanzi, String pinyin) {
    }

    /** A real province: name, slug and the first two digits of its codes. */
    record Province(String name, String slug, int code) {
    }

    /** A composed name: the characters and the pinyin slug stem (without the level suffix). */
    record Name(String hanzi, String pinyin) {
    }

    static final List<Province> PROVINCES = List.of(
            new Province("山东省", "shandong", 37), new Province("河南省", "henan", 41),
            new Province("江苏省", "jiangsu", 32), new Province("河北省", "hebei", 13),
            new Province("安徽省", "anhui", 34), new Province("湖北省", "hubei", 42),
            new Province("湖南省", "hunan", 43), new Province("四川省", "sichuan", 51),
            new Province("浙江省", "zhejiang", 33), new Province("江西省", "jiangxi", 36),
            new Province("福建省", "fujian", 35), new Province("广东省", "guangdong", 44),
            new Province("山西省", "shanxi", 14), new Province("陕西省", "shaanxi", 61),
            new Province("辽宁省", "liaoning", 21), new Province("吉林省", "jilin", 22),
            new Province("黑龙江省", "heilongjiang", 23), new Province("云南省", "yunnan", 53),
            new Province("贵州省", "guizhou", 52), new Province("甘肃省", "gansu", 62));

    /** First syllables: directions, colours, surnames, landforms. */
    private static final List<Syllable> FIRST = syllables(
            "卜bu 马ma 上shang 下xia 东dong 西xi 南nan 北bei 金jin 银yin 石shi 白bai 黄huang 青qing 红hong 龙long "
            + "凤feng 安an 长chang 高gao 新xin 大da 小xiao 古gu 王wang 李li 张zhang 刘liu 陈chen 杨yang 赵zhao "
            + "周zhou 吴wu 孙sun 胡hu 朱zhu 林lin 何he 罗luo 梁liang 宋song 郑zheng 谢xie 韩han 唐tang 冯feng "
            + "于yu 董dong 程cheng 曹cao 袁yuan 邓deng 许xu 傅fu 沈shen 曾zeng 彭peng 吕lv 苏su 卢lu 蒋jiang "
            + "蔡cai 贾jia 丁ding 魏wei 薛xue 叶ye 阎yan 余yu 潘pan 杜du 戴dai 夏xia 钟zhong 汪wang 田tian 任ren "
            + "姜jiang 范fan 方fang 双shuang 三san 五wu 八ba 万wan 千qian 桃tao 杏xing 柳liu 杨yang 松song 竹zhu "
            + "梅mei 兰lan 荷he 花hua 山shan 河he 湖hu 海hai 泉quan 溪xi 沙sha 田tian 平ping 宁ning 兴xing 隆long "
            + "太tai 永yong 福fu 寿shou 丰feng 仁ren 义yi 礼li 孝xiao 和he 顺shun 吉ji 庆qing");

    /** Second syllables: settlement words. */
    private static final List<Syllable> SECOND = syllables(
            "集ji 口kou 营ying 庄zhuang 店dian 桥qiao 堡bao 屯tun 寨zhai 楼lou 庙miao 铺pu 岗gang 坡po 湾wan "
            + "河he 山shan 坝ba 沟gou 塘tang 港gang 渡du 关guan 城cheng 家jia 园yuan 泉quan 湖hu "
            + "林lin 亭ting 阁ge 岭ling 峪yu 台tai 坪ping 溪xi 滩tan 洲zhou 阳yang 安an 平ping 宁ning 丰feng "
            + "兴xing 昌chang 盛sheng 元yuan 德de 华hua 明ming 清qing 祥xiang 庄zhuang 集ji 店dian");

    /** Middle syllables of three-syllable names such as 卜塔集. */
    private static final List<Syllable> MIDDLE = syllables(
            "塔ta 家jia 王wang 李li 张zhang 马ma 石shi 柳liu 花hua 杨yang 沙sha 里li 水shui 桥qiao 庄zhuang "
            + "河he 坡po 岗gang 湾wan 土tu 木mu 官guan 老lao 新xin");

    private PlaceNames() {
    }

    private static List<Syllable> syllables(String spec) {
        return java.util.Arrays.stream(spec.trim().split("\\s+"))
                .map(s -> new Syllable(s.substring(0, 1), s.substring(1)))
                .toList();
    }

    /** A two-syllable name (most places), sometimes three syllables. */
    static Name compose(SplittableRandom random, boolean allowThree) {
        Syllable a = FIRST.get(random.nextInt(FIRST.size()));
        Syllable c = SECOND.get(random.nextInt(SECOND.size()));
        if (allowThree && random.nextInt(100) < 15) {
            Syllable b = MIDDLE.get(random.nextInt(MIDDLE.size()));
            return new Name(a.hanzi() + b.hanzi() + c.hanzi(), a.pinyin() + b.pinyin() + c.pinyin());
        }
        return new Name(a.hanzi() + c.hanzi(), a.pinyin() + c.pinyin());
    }
}
