package cn.gongkai.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * SHA-256 of files already on disk, by the {@code openssl} program. The launcher runs Java with the quick
 * compiler only, under which Java's SHA-256 cannot use the processor's SHA instructions and hashes about
 * 100 MB/s: the 120 MB of data files of 2,000 reports took 1.2 s of CPU, the largest cost of the data stage.
 * OpenSSL uses those instructions and takes about 0.1 s for the same files.
 *
 * <p>{@link #onPath()} finds the program; without one the data stage hashes in Java while it writes (the same
 * digests). Files are hashed a batch per process, a few processes at a time. Every answer is checked: a batch
 * whose process fails, or whose output is not one well-formed line per file naming that file, is hashed in Java
 * instead, so a broken or unusual {@code openssl} costs time, never a wrong digest.
 */
final class FileDigests {
    /** Files per process; the arguments stay far below the system's limit. */
    private static final int BATCH_FILES = 400;
    private static final int BATCH_ARGUMENT_CHARS = 64 * 1024;

    private final Path openssl;

    /** Hashes with the program at {@code openssl}. */
    FileDigests(Path openssl) {
        this.openssl = openssl;
    }

    /** The {@code openssl} program on the {@code PATH}, or null when there is none. */
    static FileDigests onPath() {
        String path = System.getenv("PATH");
        if (path == null || System.getenv("GONGKAI_JAVA_SHA256") != null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            try {
                Path p = Path.of(dir, "openssl");
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return new FileDigests(p);
                }
            } catch (RuntimeException ignored) {
                // an entry that is no path: look further
            }
        }
        return null;
    }

    /** Lowercase hex SHA-256 of each file, in the order given. */
    Map<Path, String> sha256(List<Path> files) throws IOException {
        List<List<Path>> batches = batches(files);
        int window = Math.max(1, Runtime.getRuntime().availableProcessors());
        Map<Path, String> out = new LinkedHashMap<>();
        List<Running> running = new ArrayList<>();
        for (int b = 0; b < batches.size() || !running.isEmpty(); ) {
            while (b < batches.size() && running.size() < window) {
                running.add(start(batches.get(b++)));
            }
            out.putAll(running.remove(0).finish());
        }
        return out;
    }

    private static List<List<Path>> batches(List<Path> files) {
        List<List<Path>> out = new ArrayList<>();
        List<Path> batch = new ArrayList<>();
        int chars = 0;
        for (Path f : files) {
            int len = f.toString().length() + 1;
            if (!batch.isEmpty() && (batch.size() == BATCH_FILES || chars + len > BATCH_ARGUMENT_CHARS)) {
                out.add(batch);
                batch = new ArrayList<>();
                chars = 0;
            }
            batch.add(f);
            chars += len;
        }
        if (!batch.isEmpty()) {
            out.add(batch);
        }
        return out;
    }

    /** One {@code openssl} process hashing a batch, or null when it could not be started. */
    private record Running(List<Path> files, Process process) {
        Map<Path, String> finish() throws IOException {
            Map<Path, String> parsed = process == null ? null : parse(files, process);
            return parsed != null ? parsed : inJava(files);
        }
    }

    private Running start(List<Path> files) {
        List<String> command = new ArrayList<>(files.size() + 4);
        command.add(openssl.toString());
        command.add("dgst");
        command.add("-sha256");
        command.add("-r");
        for (Path f : files) {
            command.add(f.toString());
        }
        try {
            return new Running(files, new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start());
        } catch (IOException | RuntimeException e) {
            return new Running(files, null);
        }
    }

    /** The digests the process printed, or null when its answer is not exactly one good line per file. */
    private static Map<Path, String> parse(List<Path> files, Process process) {
        try {
            process.getOutputStream().close();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            Map<Path, String> out = new LinkedHashMap<>();
            int at = 0;
            for (Path f : files) {
                int end = at;
                while (end < output.length && output[end] != '\n') {
                    end++;
                }
                String digest = digest(output, at, end, f);
                if (digest == null) {
                    return null;
                }
                out.put(f, digest);
                at = end + 1;
            }
            return at == output.length ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            process.destroy();
        }
    }

    /**
     * The digest on the line {@code output[from, to)} as {@code openssl dgst -r} writes it: 64 lowercase hex
     * digits, a space, a star (binary mode), the file's name; null when the line is not that.
     */
    private static String digest(byte[] output, int from, int to, Path file) {
        byte[] name = file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (to - from != 66 + name.length || output[from + 64] != ' ' || output[from + 65] != '*'
                || !Arrays.equals(output, from + 66, to, name, 0, name.length)) {
            return null;
        }
        for (int i = from; i < from + 64; i++) {
            byte b = output[i];
            if ((b < '0' || b > '9') && (b < 'a' || b > 'f')) {
                return null;
            }
        }
        return new String(output, from, 64, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The same digests computed in Java. */
    static Map<Path, String> inJava(List<Path> files) throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            MessageDigest sha = HashingOutputStream.newSha256();
            try (InputStream in = Files.newInputStream(f)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
            out.put(f, HexFormat.of().formatHex(sha.digest()));
        }
        return out;
    }
}
