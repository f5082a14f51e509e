package cn.gongkai.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Hashing written files with the {@code openssl} program gives Java's digests, or falls back to Java's. */
class FileDigestsTest {

    /** Files of several sizes, an empty one, names with spaces and Chinese; more than one batch of them. */
    private static Path[] files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.createDirectories(dir.resolve("带 空格"));
        out.add(Files.write(dir.resolve("empty.json"), new byte[0]));
        byte[] large = new byte[3 * 1024 * 1024 + 7];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31 + (i >> 11));
        }
        out.add(Files.write(dir.resolve("带 空格/cells.csv"), large));
        for (int i = 0; i < 450; i++) {
            out.add(Files.write(dir.resolve("r" + i + ".json"),
                    ("{\"id\":" + i + ",\"issuer\":\"卜集镇人民政府\"}\n").getBytes(StandardCharsets.UTF_8)));
        }
        return out.toArray(new Path[0]);
    }

    @Test
    void opensslGivesJavasDigestsForEveryFileInOrder(@TempDir Path dir) throws IOException {
        FileDigests openssl = FileDigests.onPath();
        assumeTrue(openssl != null, "no openssl on the PATH: the data stage hashes in Java");
        Path[] files = files(dir);
        String[] got = openssl.sha256(files, sizes(files));
        assertArrayEquals(inJava(files), got);
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", got[0], "SHA-256 of no bytes");
        assertArrayEquals(got, openssl.sha256(files, null), "without sizes: the same digests");
    }

    @Test
    void aProgramThatFailsLeavesTheHashingToJava(@TempDir Path dir) throws IOException {
        Path[] files = files(dir.resolve("files"));
        Path failing = script(dir, "fails", "echo 'dgst: cannot' >&2\nexit 1\n");
        assertArrayEquals(inJava(files), new FileDigests(failing).sha256(files, sizes(files)));
    }

    @Test
    void anAnswerNamingOtherFilesIsNotTrusted(@TempDir Path dir) throws IOException {
        Path[] files = files(dir.resolve("files"));
        // one well-formed line per file, every digest zero and every name wrong
        Path lying = script(dir, "lies", "for f in \"$@\"; do echo \"" + "0".repeat(64) + " *x$f\"; done\n");
        assertArrayEquals(inJava(files), new FileDigests(lying).sha256(files, sizes(files)));
    }

    @Test
    void aMissingProgramLeavesTheHashingToJava(@TempDir Path dir) throws IOException {
        Path[] files = files(dir.resolve("files"));
        assertArrayEquals(inJava(files), new FileDigests(dir.resolve("no-such-program")).sha256(files, null));
    }

    /** Each file's digest computed in Java, one by one. */
    private static String[] inJava(Path[] files) throws IOException {
        String[] out = new String[files.length];
        for (int i = 0; i < files.length; i++) {
            out[i] = FileDigests.inJava(files[i], new byte[4096]);
        }
        return out;
    }

    private static long[] sizes(Path[] files) throws IOException {
        long[] out = new long[files.length];
        for (int i = 0; i < files.length; i++) {
            out[i] = Files.size(files[i]);
        }
        return out;
    }

    @Test
    void sharesTheFilesOutByBytesOneBatchPerCoreWhileTheNamesFit() {
        List<Path> files = new ArrayList<>();
        long[] sizes = new long[1001];
        for (int i = 0; i < sizes.length; i++) {
            files.add(Path.of("/site/data/reports/r" + i + ".json"));
            sizes[i] = i == 1 ? 70_000_000 : 60_000;
        }
        List<List<Path>> batches = batches(files, sizes, 2);
        assertEquals(List.of(List.of(files.get(1)), files.stream().filter(f -> f != files.get(1)).toList()), batches,
                "the large file alone, the rest in order");
        assertEquals(4, batches(files, null, 4).size());
        assertEquals(List.of(250, 250, 250, 251), batches(files, null, 4).stream().map(List::size).sorted()
                .toList());
        assertEquals(List.of(List.of(files.get(0))), batches(files.subList(0, 1), sizes, 8));
        assertEquals(List.of(), batches(List.of(), new long[0], 2));

        // names too long for two processes' arguments (some 900 bytes each in UTF-8): more batches, each within the
        // limit, every file once
        List<Path> long_ = new ArrayList<>();
        String dir = "/" + "长路径".repeat(100) + "/";
        for (int i = 0; i < 1000; i++) {
            long_.add(Path.of(dir + i + ".json"));
        }
        List<List<Path>> split = batches(long_, null, 2);
        assertTrue(split.size() > 2, split.size() + " batches");
        for (List<Path> b : split) {
            assertTrue(b.stream().mapToInt(p -> p.toString().getBytes(StandardCharsets.UTF_8).length + 1).sum()
                    <= FileDigests.BATCH_ARGUMENT_BYTES);
        }
        assertEquals(new java.util.HashSet<>(long_), split.stream().flatMap(List::stream)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(1000, split.stream().mapToInt(List::size).sum());
    }

    /** {@link FileDigests#batches} of the files' names, as lists of the files. */
    private static List<List<Path>> batches(List<Path> files, long[] sizes, int cores) {
        byte[][] names = new byte[files.size()][];
        for (int i = 0; i < names.length; i++) {
            names[i] = files.get(i).toString().getBytes(StandardCharsets.UTF_8);
        }
        List<List<Path>> out = new ArrayList<>();
        for (int[] batch : FileDigests.batches(names, sizes, cores)) {
            out.add(java.util.Arrays.stream(batch).mapToObj(files::get).toList());
        }
        return out;
    }

    @Test
    void putsLargerFilesFirstAndKeepsTheOrderOfEqualOnes() {
        assertEquals(List.of(1, 3, 0, 2, 4), java.util.Arrays.stream(FileDigests.largestFirst(
                new long[]{5, 70_000_000, 5, 9, 0}, 5)).boxed().toList());
        assertEquals(List.of(0, 1, 2), java.util.Arrays.stream(FileDigests.largestFirst(null, 3)).boxed().toList());
        assertEquals(List.of(0, 1, 2), java.util.Arrays.stream(FileDigests.largestFirst(
                new long[]{1L << 41, Long.MAX_VALUE, 3}, 3)).boxed().toList(), "beyond 1 TB: equal, in order");
    }

    private static Path script(Path dir, String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }
}
