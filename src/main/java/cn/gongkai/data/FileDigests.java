package cn.gongkai.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
    /**
     * The most bytes of file names (UTF-8) one process is given: the arguments stay far below the system's limit
     * (2 MB with the environment on Linux).
     */
    static final int BATCH_ARGUMENT_BYTES = 256 * 1024;
    private static final int BATCH_FILES = 8192;

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
        return sha256(files, null);
    }

    /**
     * Lowercase hex SHA-256 of each file, in the order given; {@code sizes} (bytes, by index; null when not known)
     * share the files out so that the processes, one per core, have about as many bytes each. Each process costs
     * some 3 ms to start, so there are no more than the cores, unless the names would not fit into their
     * arguments.
     */
    Map<Path, String> sha256(List<Path> files, long[] sizes) throws IOException {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<List<Path>> batches = batches(files, sizes, cores);
        Map<Path, String> found = new HashMap<>(files.size() * 2);
        List<Running> running = new ArrayList<>();
        for (int b = 0; b < batches.size() || !running.isEmpty(); ) {
            while (b < batches.size() && running.size() < cores) {
                running.add(start(batches.get(b++)));
            }
            found.putAll(running.remove(0).finish());
        }
        Map<Path, String> out = new LinkedHashMap<>(files.size() * 2);
        for (Path f : files) {
            out.put(f, found.get(f));
        }
        return out;
    }

    /**
     * The files in batches, at least one per core (when there are as many files), more when the names would not
     * fit into a process's arguments: largest file first, each to the batch with the fewest bytes that can take
     * its name. Files of a batch stay in the order given.
     */
    static List<List<Path>> batches(List<Path> files, long[] sizes, int cores) {
        int n = files.size();
        int[] nameBytes = new int[n];
        long allNameBytes = 0;
        for (int i = 0; i < n; i++) {
            nameBytes[i] = argumentBytes(files.get(i));
            allNameBytes += nameBytes[i];
        }
        long needed = Math.max((allNameBytes + BATCH_ARGUMENT_BYTES - 1) / BATCH_ARGUMENT_BYTES,
                (n + BATCH_FILES - 1) / BATCH_FILES);
        int count = (int) Math.min(n, Math.max(cores, needed));
        // largest first; a stable sort keeps ties in the order given
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (sizes != null) {
            Arrays.sort(order, java.util.Comparator.comparingLong((Integer i) -> -sizes[i]));
        }
        List<long[]> load = new ArrayList<>(); // per batch: bytes, name bytes, files
        for (int k = 0; k < count; k++) {
            load.add(new long[3]);
        }
        int[] batchOf = new int[n];
        for (int i : order) {
            int best = -1;
            for (int k = 0; k < load.size(); k++) {
                long[] l = load.get(k);
                boolean fits = l[2] == 0 || l[1] + nameBytes[i] <= BATCH_ARGUMENT_BYTES && l[2] < BATCH_FILES;
                if (fits && (best < 0 || l[0] < load.get(best)[0])) {
                    best = k;
                }
            }
            if (best < 0) {
                best = load.size();
                load.add(new long[3]);
            }
            long[] l = load.get(best);
            l[0] += sizes == null ? 1 : sizes[i];
            l[1] += nameBytes[i];
            l[2]++;
            batchOf[i] = best;
        }
        List<List<Path>> out = new ArrayList<>(load.size());
        for (long[] l : load) {
            out.add(new ArrayList<>((int) l[2]));
        }
        for (int i = 0; i < n; i++) {
            out.get(batchOf[i]).add(files.get(i));
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    /** The bytes a file's name takes among a process's arguments: UTF-8 and the terminating zero (at most). */
    static int argumentBytes(Path file) {
        return file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
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
