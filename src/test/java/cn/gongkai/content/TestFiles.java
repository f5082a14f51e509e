package cn.gongkai.content;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where tests may write files: the build folder ({@code -Dgongkai.buildDir}, default {@code target/}). */
final class TestFiles {
    private TestFiles() {
    }

    static Path buildDir() {
        try {
            // test-classes/ sits directly in the build folder.
            return Path.of(TestFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
