package cn.gongkai.render;

import cn.gongkai.site.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One rendered report page, byte for byte. Rewrite the golden file only on purpose:
 * {@code mvn test -Dtest=ReportPageGoldenTest -Dgongkai.updateGoldens=true} (never on CI).
 */
class ReportPageGoldenTest {
    private static final String GOLDEN = "render/golden/report-huji-zhen-2024.html";

    @Test
    void reportPageMatchesGolden() throws IOException {
        PageRenderer r = RenderFixtures.renderer(null, "default");
        Page page = RenderFixtures.plan().pages().stream()
                .filter(p -> p.path().equals("reports/shandong/jining/jinxiang/huji-zhen/2024/index.html"))
                .findFirst().orElseThrow();
        String actual = r.render(page);
        if (Boolean.getBoolean("gongkai.updateGoldens")) {
            Path src = Path.of("src/test/resources").resolve(GOLDEN);
            Files.createDirectories(src.getParent());
            Files.writeString(src, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GOLDEN)) {
            if (in == null) {
                fail("golden file " + GOLDEN + " is missing; create it with -Dgongkai.updateGoldens=true");
                return;
            }
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!expected.equals(actual)) {
            Path out = RenderFixtures.buildFolder().resolve("golden-mismatch/" + GOLDEN);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            Path diff = out.resolveSibling(out.getFileName() + ".diff");
            Files.writeString(diff, firstDifference(expected, actual), StandardCharsets.UTF_8);
            fail("rendered page differs from src/test/resources/" + GOLDEN + "; actual: " + out + ", diff: " + diff);
        }
        assertEquals(expected, actual);
    }

    private static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String el = i < e.size() ? e.get(i) : "<end>";
            String al = i < a.size() ? a.get(i) : "<end>";
            if (!el.equals(al)) {
                sb.append("line ").append(i + 1).append('\n').append("- ").append(el).append('\n')
                        .append("+ ").append(al).append('\n');
                if (sb.length() > 4000) {
                    break;
                }
            }
        }
        return sb.toString();
    }
}
