package cn.gongkai.source.places;

import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Region;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionResolverTest {
    private static final RegionResolver RESOLVER = new RegionResolver(Gazetteer.load(), PinyinTable.load());

    private static Region county(String name) {
        return new Region(null, null, name, null, null);
    }

    private static boolean noted(RegionResolver.Resolution r, String code) {
        return r.notes().stream().map(Diagnostic::code).anyMatch(code::equals);
    }

    @Test
    void aStatedCountyGetsItsCityAndProvinceWithANote() {
        RegionResolver.Resolution r = RESOLVER.resolve(new Region(null, null, "金乡县", "卜集镇", null),
                List.of("金乡县", "卜集镇"), "", null);
        assertEquals(new Region("山东省", "济宁市", "金乡县", "卜集镇", null), r.region(),
                "a township report gets no code: the township's code is not in the bundled data");
        assertTrue(noted(r, "region-from-gazetteer"));
    }

    @Test
    void aCountyReportGetsTheCountysCode() {
        assertEquals(new Region("河北省", "保定市", "易县", null, "130633000000"),
                RESOLVER.resolve(county("易县"), List.of("易县"), "", null).region());
    }

    @Test
    void aBareCountyLevelCityIsACountyAndAPrefectureCityIsACity() {
        assertEquals(new Region("黑龙江省", "佳木斯市", "抚远市", null, "230883000000"),
                RESOLVER.resolve(Region.NONE, List.of("抚远市"), "", null).region());
        assertEquals(new Region("江苏省", "淮安市", null, null, "320800000000"),
                RESOLVER.resolve(Region.NONE, List.of("淮安市"), "", null).region());
    }

    @Test
    void aNameOfSeveralCountiesIsLeftOpenUnlessTheTextNamesTheProvince() {
        RegionResolver.Resolution open = RESOLVER.resolve(county("朝阳区"), List.of("朝阳区"), "", null);
        assertEquals(county("朝阳区"), open.region());
        assertTrue(noted(open, "region-ambiguous"));
        RegionResolver.Resolution inJilin = RESOLVER.resolve(county("朝阳区"), List.of("朝阳区"), "吉林省长春市", null);
        assertEquals("长春市", inJilin.region().city());
        RegionResolver.Resolution inBeijing = RESOLVER.resolve(new Region("北京市", null, "朝阳区", null, null),
                List.of("北京市", "朝阳区"), "", null);
        assertEquals(new Region("北京市", null, "朝阳区", null, "110105000000"), inBeijing.region(),
                "a municipality's district has no city");
    }

    @Test
    void aZoneIsInACountyOnlyWhenOneCountyCarriesItsPlaceName() {
        assertEquals(new Region("福建省", "福州市", "平潭县", null, "350128000000"),
                RESOLVER.resolve(Region.NONE, List.of("平潭综合实验区"), "", null).region());
        assertEquals(Region.NONE, RESOLVER.resolve(Region.NONE, List.of("雄安新区"), "", null).region(),
                "no county is named 雄安: nothing is invented");
        assertEquals("滨海新区", RESOLVER.resolve(Region.NONE, List.of("滨海新区"), "", null).region().county(),
                "a zone the data lists at county level is that county");
    }

    @Test
    void theWebsiteNamesTheCountyOnlyWhenItsPinyinIsOneCounty() {
        Region township = new Region(null, null, null, "驼峰路街道", null);
        Region r = RESOLVER.resolve(township, List.of("驼峰路街道"), "",
                "http://www.yuyang.gov.cn/zwgk/zfxxgknb/1355046492463177730.html").region();
        assertEquals(new Region("陕西省", "榆林市", "榆阳区", "驼峰路街道", null), r);
        assertEquals(township, RESOLVER.resolve(township, List.of(), "", "http://www.bidaway.com.cn/x.html").region(),
                "a copy on a site outside .gov.cn says nothing");
        assertEquals(township, RESOLVER.resolve(township, List.of(), "", "http://www.yulin.gov.cn/").region(),
                "a city's portal does not name the county");
        assertEquals(township, RESOLVER.resolve(township, List.of(), "", "http://www.chaoyang.gov.cn/").region(),
                "chaoyang spells several counties");
    }

    @Test
    void aGovernmentAddressInTheTextCountsWhenThereIsNoSourceUrl() {
        Region township = new Region(null, null, null, "谢塘镇", null);
        assertEquals("上虞区", RESOLVER.resolve(township, List.of(), "网址:http://www.shangyu.gov.cn/art/1.html",
                null).region().county());
        assertNull(RESOLVER.resolve(township, List.of(), "详见www.shangyu.gov.cn和www.yuyang.gov.cn", null)
                .region().county(), "two counties' sites: neither");
    }

    @Test
    void aStatedCountyIsNeverReplacedByTheWebsite() {
        Region stated = new Region(null, null, "金乡县", "卜集镇", null);
        assertEquals("金乡县", RESOLVER.resolve(stated, List.of(), "", "http://www.yuyang.gov.cn/").region().county());
    }
}
