package cn.gongkai.source.places;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaceSlugsTest {
    private static final PlaceSlugs SLUGS = new PlaceSlugs(PinyinTable.load());

    @Test
    void divisionsAreNamedByThePinyinOfTheirPlaceWord() {
        assertEquals("shandong", SLUGS.division("山东省"));
        assertEquals("jining", SLUGS.division("济宁市"));
        assertEquals("jinxiang", SLUGS.division("金乡县"));
        assertEquals("guangxi", SLUGS.division("广西壮族自治区"));
        assertEquals("changbai", SLUGS.division("长白朝鲜族自治县"));
        assertEquals("shaanxi", SLUGS.division("陕西省"), "the customary spelling that tells it from 山西 (shanxi)");
        assertEquals("peixian", SLUGS.division("沛县"), "a one-character place word keeps its level word");
    }

    @Test
    void townshipsAreNamedByPlaceWordAndKind() {
        assertEquals("buji-zhen", SLUGS.township("卜集镇"));
        assertEquals("tuofenglu-jiedao", SLUGS.township("驼峰路街道"));
        assertEquals("liansheng-xiang", SLUGS.township("连生乡"));
        assertEquals("bayinwulan-sumu", SLUGS.township("巴音乌兰苏木"));
    }

    @Test
    void otherCharactersAreWrittenAsCodePointsAndLettersKept() {
        assertEquals("a1-u3400-zhen", SLUGS.township("A1㐀镇"));
        assertEquals("pingtanzongheshiyanqu", SLUGS.name("平潭综合实验区"));
        assertEquals("unnamed", SLUGS.name("（）"));
    }
}
