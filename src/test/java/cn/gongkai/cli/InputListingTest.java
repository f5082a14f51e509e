package cn.gongkai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InputListingTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryFileOnceSortedWithSizeAndTime() throws IOException {
        Path content = dir.resolve("content");
        write(content.resolve("b/2024.md"), "二〇二四");
        write(content.resolve("a/_region.yaml"), "name: 甲\n");
        write(content.resolve("site.yaml"), "");
        InputListing l = InputListing.of(content);
        assertEquals(List.of("a/_region.yaml", "b/2024.md", "site.yaml"),
                l.files().stream().map(InputListing.Entry::path).toList());
        assertEquals(12, l.files().get(1).size());
        assertEquals(List.of("absent " + dir.resolve("none")), InputListing.of(dir.resolve("none")).lines());
    }

    /** The launcher compares this hash with its own `find` listing: one differing byte and the shortcut is lost. */
    @Test
    void launcherHashIsWhatFindSortAndSha256sumGive() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/find")) && Files.isExecutable(Path.of("/usr/bin/sha256sum")),
                "needs GNU find and sha256sum, as the launcher does");
        Path content = dir.resolve("content");
        Path themes = dir.resolve("themes");
        write(content.resolve("shandong/jinxiang/buji-zhen/2024.md"), "卜集镇");
        write(content.resolve("shandong/jinxiang/buji-zhen/2024.source.txt"), "原件");
        write(content.resolve("shandong/jinxiang/buji zhen b/2023.md"), "名字里有空格");
        write(content.resolve("shandong/jinxiang/buji-zhen-2/2023.md"), "x");   // '-' sorts before '/'
        write(content.resolve("卜集/2022.md"), "");
        write(themes.resolve("default/templates/report.ftlh"), "<p>");
        Files.setLastModifiedTime(content.resolve("卜集/2022.md"), FileTime.fromMillis(1_704_067_200_000L));
        Files.setLastModifiedTime(content.resolve("shandong/jinxiang/buji-zhen/2024.md"),
                FileTime.from(java.time.Instant.ofEpochSecond(1_704_067_200L, 1_000)));

        String ours = InputListing.launcherHash(List.of(InputListing.of(content), InputListing.of(themes)));
        assertEquals(findListing(content, themes), ours);

        write(content.resolve("shandong/jinxiang/buji-zhen/2024.md"), "卜集镇。");
        assertNotEquals(ours, InputListing.launcherHash(List.of(InputListing.of(content), InputListing.of(themes))));
    }

    @Test
    void launcherHashSkipsAMissingFolderAsFindDoes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/find")) && Files.isExecutable(Path.of("/usr/bin/sha256sum")),
                "needs GNU find and sha256sum, as the launcher does");
        Path content = dir.resolve("content");
        write(content.resolve("a/2024.md"), "甲");
        Path themes = dir.resolve("themes");
        assertEquals(findListing(content, themes),
                InputListing.launcherHash(List.of(InputListing.of(content), InputListing.of(themes))));
    }

    /** The launcher's own listing (the `listing` function of ./gongkai). */
    private static String findListing(Path content, Path themes) throws Exception {
        Process p = new ProcessBuilder("bash", "-c",
                "find \"$1\" \"$2\" -type f -printf '%p\\t%s\\t%T@\\n' 2>/dev/null | LC_ALL=C sort | sha256sum | cut -c1-64",
                "listing", content.toAbsolutePath().normalize().toString(),
                themes.toAbsolutePath().normalize().toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
