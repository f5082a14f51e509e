package cn.gongkai.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Page texts are found by path and key only, survive being copied into the next file, and a broken file is none. */
class PageTextsTest {
    @Test
    void aTextIsFoundOnlyUnderItsPathAndKey(@TempDir Path dir) throws IOException {
        Path file = PageTexts.fileFor(dir.resolve("site"));
        assertEquals(dir.resolve("site.state/page-text.bin"), file);
        try (PageTexts.Writer w = PageTexts.Writer.create(file)) {
            w.put("reports/a/2024/index.html", "k1", "卜集镇 2024", "本机关不掌握相关政府信息".toCharArray());
            w.put("regions/a/index.html", "k2", "", new char[0]);
            w.finish();
        }
        try (PageTexts.Reader r = PageTexts.Reader.open(file)) {
            assertNotNull(r);
            PageTexts.Text t = r.get("reports/a/2024/index.html", "k1");
            assertEquals("卜集镇 2024", t.title());
            assertArrayEquals("本机关不掌握相关政府信息".toCharArray(), t.text());
            assertNull(r.get("reports/a/2024/index.html", "k2"), "another key: made from other inputs");
            assertNull(r.get("reports/b/2024/index.html", "k1"));
            assertEquals(0, r.get("regions/a/index.html", "k2").text().length);

            // copied as read into the next build's file
            Path next = dir.resolve("next/page-text.bin");
            try (PageTexts.Writer w = PageTexts.Writer.create(next)) {
                w.put("reports/a/2024/index.html", "k1", t.title(), t.text());
                w.finish();
            }
            try (PageTexts.Reader r2 = PageTexts.Reader.open(next)) {
                PageTexts.Text again = r2.get("reports/a/2024/index.html", "k1");
                assertEquals(t.title(), again.title());
                assertArrayEquals(t.text(), again.text());
                assertNull(r2.get("regions/a/index.html", "k2"));
            }
        }
    }

    @Test
    void anUnfinishedOrCutFileIsNone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("page-text.bin");
        assertNull(PageTexts.Reader.open(file));
        PageTexts.Writer w = PageTexts.Writer.create(file);
        w.put("p.html", "k", "t", "正文".toCharArray());
        w.close();   // a failed build: never finished
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(dir.resolve("page-text.bin.tmp")));
        try (PageTexts.Writer done = PageTexts.Writer.create(file)) {
            done.put("p.html", "k", "t", "正文".toCharArray());
            done.finish();
        }
        byte[] all = Files.readAllBytes(file);
        for (int cut : new int[] {0, 5, all.length / 2, all.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(all, cut));
            assertNull(PageTexts.Reader.open(file), "cut at " + cut);
        }
    }
}
