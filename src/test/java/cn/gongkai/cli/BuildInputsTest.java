package cn.gongkai.cli;

import cn.gongkai.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The content hashes taken from the loader's bytes are those of reading every file again. */
class BuildInputsTest {
    static final Path SAMPLE = Path.of("src/test/resources/content/sample");
    static final List<String> SCOPES = List.of("", "shandong", "shandong/jining", "shandong/jining/jinxiang",
            "shandong/jining/jinxiang/buji-zhen", "henan/xinyang/huangchuan", "maying-zhen", "jiangsu", ".drafts");

    @TempDir
    Path dir;

    @Test
    void keysFromTheLoadersBytesAreTheKeysOfReadingEveryFile() throws IOException {
        Path content = copy(SAMPLE, dir.resolve("content"));
        SiteBuild.Options o = options(content);
        assertSameKeys(BuildInputs.read(o, BuildStamp.Listings.of(o)), fromLoader(o));
    }

    @Test
    void aListedFileTheLoaderDoesNotReadIsHashedAllTheSame() throws IOException {
        Path content = copy(SAMPLE, dir.resolve("content"));
        write(content.resolve(".drafts/2025.md"), "草稿");   // hidden: listed, never loaded
        write(content.resolve("broken/_region.yaml"), "name: [\n");   // its report is not read
        write(content.resolve("broken/2024.md"), "---\nissuer: 甲\n---\n");
        SiteBuild.Options o = options(content);
        BuildInputs before = fromLoader(o);
        assertSameKeys(BuildInputs.read(o, BuildStamp.Listings.of(o)), before);

        write(content.resolve(".drafts/2025.md"), "草稿二");
        write(content.resolve("broken/2024.md"), "---\nissuer: 乙\n---\n");
        BuildInputs after = fromLoader(o);
        assertSameKeys(BuildInputs.read(o, BuildStamp.Listings.of(o)), after);
        assertNotEquals(before.key(""), after.key(""));
        assertNotEquals(before.key(".drafts"), after.key(".drafts"));
        assertEquals(before.key("shandong"), after.key("shandong"));
    }

    @Test
    void anEditedReportChangesTheKeysOfTheFoldersHoldingItOnly() throws IOException {
        Path content = copy(SAMPLE, dir.resolve("content"));
        SiteBuild.Options o = options(content);
        BuildInputs before = fromLoader(o);
        Path report = content.resolve("shandong/jining/jinxiang/buji-zhen/2024.md");
        Files.writeString(report, Files.readString(report).replace("卜集镇", "卜集镇 "));
        BuildInputs after = fromLoader(o);
        assertEquals(before.global(), after.global());
        for (String scope : SCOPES) {
            boolean holds = scope.isEmpty() || "shandong/jining/jinxiang/buji-zhen".startsWith(scope);
            assertEquals(holds, !before.key(scope).equals(after.key(scope)), scope);
        }
    }

    private static BuildInputs fromLoader(SiteBuild.Options o) throws IOException {
        BuildInputs.Prepared prepared = BuildInputs.prepare(o, BuildStamp.Listings.of(o));
        BuildInputs.LoadedFiles loaded = new BuildInputs.LoadedFiles();
        new ContentLoader(ContentLoader.yamlMapper()).load(o.content(), loaded);
        return prepared.with(loaded);
    }

    private static void assertSameKeys(BuildInputs expected, BuildInputs actual) {
        assertEquals(expected.global(), actual.global());
        for (String scope : SCOPES) {
            assertEquals(expected.key(scope), actual.key(scope), scope);
        }
    }

    private SiteBuild.Options options(Path content) {
        return new SiteBuild.Options(content, dir.resolve("out"), dir.resolve("themes"), null, false, false, false);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        return to;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
