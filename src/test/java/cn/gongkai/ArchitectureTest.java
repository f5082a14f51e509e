package cn.gongkai;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline's boundaries: each library only in its stage, and the model free of I/O. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/cn/gongkai");

    /** Library import prefix → the only package folder (below cn/gongkai) allowed to use it. */
    private static final Map<String, String> LIBRARY_HOME = Map.of(
            "org.apache.pdfbox", "source/pdf",
            "org.jsoup", "source/html",
            "freemarker", "render",
            "com.vladsch.flexmark", "render",
            "picocli", "cli");

    @Test
    void librariesAreUsedOnlyInTheirOwnStage() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles()) {
            String rel = MAIN.relativize(file).toString().replace('\\', '/');
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.startsWith("import ")) {
                    continue;
                }
                LIBRARY_HOME.forEach((prefix, home) -> {
                    if (line.startsWith("import " + prefix + ".") && !rel.startsWith(home + "/")) {
                        offences.add(rel + " imports " + prefix + " (allowed only in " + home + ")");
                    }
                });
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void modelDoesNoIoAndDependsOnNoOtherStage() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles()) {
            String rel = MAIN.relativize(file).toString().replace('\\', '/');
            if (!rel.startsWith("model/")) {
                continue;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("import java.io.") || line.startsWith("import java.nio.file.")
                        || (line.startsWith("import cn.gongkai.") && !line.startsWith("import cn.gongkai.model."))
                        || (line.startsWith("import ") && !line.startsWith("import java.")
                        && !line.startsWith("import cn.gongkai.model."))) {
                    offences.add(rel + ": " + line);
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> files = Files.list(dir)) {
                    hasJava = files.anyMatch(p -> p.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(dir.resolve("package-info.java"))) {
                    missing.add(MAIN.relativize(dir).toString());
                }
            }
        }
        assertEquals(List.of(), missing, "packages without package-info.java");
    }

    private static List<Path> javaFiles() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the project root");
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
