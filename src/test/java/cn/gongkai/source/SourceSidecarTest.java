package cn.gongkai.source;

import cn.gongkai.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SourceSidecarTest {
    private static final Path WEB_027 = Path.of("src/test/resources/source/corpus/web/027.txt");

    @Test
    void theUrlIsTheFirstWordOfTheSidecarsUrl(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("a.html");
        Files.writeString(source, "<p>x</p>");
        Files.writeString(dir.resolve("a.source.json"),
                "{\"complete\": true, \"notes\": {\"x\": [1]}, \"url\": \" https://www.pingtan.gov.cn/a/ (平潭) \"}");
        assertEquals("https://www.pingtan.gov.cn/a/", SourceSidecar.url(source));
    }

    @Test
    void aMissingOrBrokenSidecarMeansNoUrl(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("b.txt");
        Files.writeString(source, "x");
        assertNull(SourceSidecar.url(source));
        Files.writeString(dir.resolve("b.txt.source.json"), "{\"url\": ");
        assertNull(SourceSidecar.url(source));
    }

    @Test
    void theParsedReportCarriesTheUrlAndItsCounty() throws Exception {
        Report r = new SourceParser(x -> x).parse(WEB_027);
        assertEquals("http://www.yuyang.gov.cn/zwgk/zfxxgknb/jdbsc/elnnb/1355046492463177730.html", r.source().url());
        assertEquals("榆阳区", r.region().county());
    }
}
