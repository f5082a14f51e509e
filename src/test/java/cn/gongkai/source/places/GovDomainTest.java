package cn.gongkai.source.places;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GovDomainTest {
    @Test
    void placeLabelsAreThoseBeforeGovCnNearestFirst() {
        assertEquals(List.of("yuyang"), GovDomain.labels("http://www.yuyang.gov.cn/zwgk/x.html"));
        assertEquals(List.of("yulin", "yuyang"), GovDomain.labels("https://zwgk.yuyang.yulin.gov.cn:8080/a"));
        assertEquals(List.of(), GovDomain.labels("http://www.bidaway.com.cn/govinfo/1.html"));
        assertEquals(List.of(), GovDomain.labels("http://www.gov.cn/"));
    }

    @Test
    void hostsAreFoundInText() {
        assertEquals(List.of("www.shangyu.gov.cn", "xxgk.yuyang.gov.cn"),
                GovDomain.hostsIn("网站(www.shangyu.gov.cn)及 HTTP://xxgk.yuyang.gov.cn/a 与 www.shangyu.gov.cn"));
    }
}
