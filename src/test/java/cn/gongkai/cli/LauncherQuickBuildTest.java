package cn.gongkai.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's shortcut for a build with nothing changed: it must answer without Java only when the very
 * same build would write the very same output, and build for real after any change a user can make.
 * The launcher runs a jar made here whose class path is this test's (so no Maven build happens inside the test).
 */
class LauncherQuickBuildTest {
    private static final String REUSED = "沿用上次的输出";

    @TempDir
    Path dir;
    private Path launcher;
    private Path buildDir;
    private Path content;

    @BeforeEach
    void setUp() throws IOException {
        launcher = Path.of("gongkai").toAbsolutePath();
        buildDir = dir.resolve("build");
        Files.createDirectories(buildDir);
        Path jar = buildDir.resolve("gongkai.jar");
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        List<String> entries = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(p).toAbsolutePath().toUri().toString());
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", entries));
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(os, m)) {
            j.flush();
        }
        // newer than every source, so the launcher does not try to rebuild it with Maven
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
        SiteFiles.write(dir, PortalSiteTest.content());
        content = dir.resolve("content");
    }

    private record Run(int exit, String out, String err) {
    }

    private Run gongkai(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("GONGKAI_BUILD_DIR", buildDir.toString());
        pb.environment().remove("GONGKAI_NO_QUICK");
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run build(String... extra) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("build", "--content", "content", "--out", "site"));
        args.addAll(List.of(extra));
        return gongkai(args.toArray(String[]::new));
    }

    @Test
    void repeatsAnUnchangedBuildWithItsMessagesAndExitCode() throws Exception {
        Run first = build();
        assertEquals(Main.CONTENT_ERRORS, first.exit(), first.err());   // the sample has one broken report
        assertFalse(first.out().contains(REUSED));
        Path page = dir.resolve("site/index.html");
        long written = Files.getLastModifiedTime(page).toMillis();

        Run second = build();
        assertEquals(first.exit(), second.exit());
        assertTrue(second.out().contains(REUSED), second.out());
        assertTrue(second.err().contains("broken-zhen"), "the content errors are repeated: " + second.err());
        assertEquals(written, Files.getLastModifiedTime(page).toMillis(), "nothing was rewritten");
    }

    @Test
    void buildsAgainAfterAnEditedAddedOrRemovedFile() throws Exception {
        build();
        Path report = content.resolve("shandong/jining/jinxiang/huji-zhen/2024.md");
        Files.writeString(report, Files.readString(report).replace("胡集镇 2024 年主动公开信息。", "胡集镇改过的文字。"));
        Run edited = build();
        assertFalse(edited.out().contains(REUSED), edited.out());
        assertTrue(Files.readString(dir.resolve("site/reports/shandong/jining/jinxiang/huji-zhen/2024/index.html"))
                .contains("胡集镇改过的文字"));
        assertTrue(build().out().contains(REUSED));

        Files.writeString(content.resolve("shandong/jining/jinxiang/huji-zhen/notes.txt"), "备注");
        assertFalse(build().out().contains(REUSED), "an added file");
        Files.delete(content.resolve("shandong/jining/jinxiang/huji-zhen/notes.txt"));
        assertFalse(build().out().contains(REUSED), "a removed file");
    }

    @Test
    void buildsAgainWhenTheOutputIsGoneOrWasMadeByAnotherBuild() throws Exception {
        build();
        SiteBuild.deleteTree(dir.resolve("site"));
        assertFalse(build().out().contains(REUSED), "the output was deleted");
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));

        Run other = build("--base-url", "https://example.gov.cn/nianbao/");
        assertFalse(other.out().contains(REUSED), "other options");
        Run back = build();
        assertFalse(back.out().contains(REUSED), "the output now holds the other build's files");
        assertFalse(Files.readString(dir.resolve("site/sitemap.xml")).contains("example.gov.cn"));
    }

    @Test
    void theSwitchTurnsTheShortcutOffAndOtherCommandsAlwaysRunJava() throws Exception {
        build("--verbose");
        // the shortcut answers without Java: no stage timings
        Run quick = build("--verbose");
        assertTrue(quick.out().contains(REUSED), quick.out());
        assertFalse(quick.out().contains("stamp"), quick.out());

        List<String> cmd = List.of("bash", launcher.toString(), "build", "--content", "content", "--out", "site",
                "--verbose");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("GONGKAI_BUILD_DIR", buildDir.toString());
        pb.environment().put("GONGKAI_NO_QUICK", "1");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        // Java's own fingerprint still skips the work, and prints the time that took
        assertTrue(out.contains(REUSED) && out.contains("stamp"), out);

        assertTrue(gongkai("check", "--content", "content").out().contains("broken-zhen")
                || gongkai("check", "--content", "content").err().contains("broken-zhen"));
    }
}
