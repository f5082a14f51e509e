package cn.gongkai.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
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

    /**
     * Lowercase hex SHA-256 of each file, by index; {@code sizes} (bytes, by index; null when not known) share the
     * files out so that the processes, one per core, have about as many bytes each. Each process costs some 3 ms to
     * start, so there are no more than the cores, unless the names would not fit into their arguments. By index
     * rather than in a map: a build hashes thousands of files, and their paths would be hashed and compared again.
     */
    String[] sha256(Path[] files, long[] sizes) throws IOException {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        // each name is encoded once: it sizes the batches and checks the program's answer
        byte[][] names = new byte[files.length][];
        for (int i = 0; i < files.length; i++) {
            names[i] = files[i].toString().getBytes(StandardCharsets.UTF_8);
        }
        List<int[]> batches = batches(names, sizes, cores);
        String[] out = new String[files.length];
        List<Running> running = new ArrayList<>();
        for (int b = 0; b < batches.size() || !running.isEmpty(); ) {
            while (b < batches.size() && running.size() < cores) {
                running.add(start(files, batches.get(b++)));
            }
            running.remove(0).finish(files, names, out);
        }
        return out;
    }

    /**
     * The files (by index) in batches, at least one per core (when there are as many files), more when the names
     * would not fit into a process's arguments: largest file first, each to the batch with the fewest bytes that can
     * take its name. Files of a batch stay in the order given.
     *
     * @param names each file's name, UTF-8
     */
    static List<int[]> batches(byte[][] names, long[] sizes, int cores) {
        int n = names.length;
        long allNameBytes = 0;
        for (byte[] name : names) {
            allNameBytes += name.length + 1;
        }
        long needed = Math.max((allNameBytes + BATCH_ARGUMENT_BYTES - 1) / BATCH_ARGUMENT_BYTES,
                (n + BATCH_FILES - 1) / BATCH_FILES);
        int count = (int) Math.min(n, Math.max(cores, needed));
        long[][] load = new long[count][]; // per batch: bytes, name bytes, files
        int batchCount = count;
        for (int k = 0; k < count; k++) {
            load[k] = new long[3];
        }
        int[] batchOf = new int[n];
        for (int i : largestFirst(sizes, n)) {
            int nameBytes = names[i].length + 1;
            int best = -1;
            for (int k = 0; k < batchCount; k++) {
                long[] l = load[k];
                boolean fits = l[2] == 0 || l[1] + nameBytes <= BATCH_ARGUMENT_BYTES && l[2] < BATCH_FILES;
                if (fits && (best < 0 || l[0] < load[best][0])) {
                    best = k;
                }
            }
            if (best < 0) {
                if (batchCount == load.length) {
                    load = Arrays.copyOf(load, 2 * batchCount);
                }
                best = batchCount++;
                load[best] = new long[3];
            }
            long[] l = load[best];
            l[0] += sizes == null ? 1 : sizes[i];
            l[1] += nameBytes;
            l[2]++;
            batchOf[i] = best;
        }
        int[][] members = new int[batchCount][];
        int[] filled = new int[batchCount];
        for (int k = 0; k < batchCount; k++) {
            members[k] = new int[(int) load[k][2]];
        }
        for (int i = 0; i < n; i++) {
            int k = batchOf[i];
            members[k][filled[k]++] = i;
        }
        List<int[]> out = new ArrayList<>(batchCount);
        for (int[] m : members) {
            if (m.length > 0) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The indexes {@code 0..n-1}, largest size first, ties in the order given (all in order when there are no
     * sizes, or more files than a sort key's index holds: the order only balances the processes' work). Sorted as numbers, each the size's complement above the index, not as boxed indexes with a comparator.
     */
    static int[] largestFirst(long[] sizes, int n) {
        int[] order = new int[n];
        if (sizes == null || n >= 1 << INDEX_BITS) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return order;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (MAX_SORTED_SIZE - Math.min(sizes[i], MAX_SORTED_SIZE)) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & (1 << INDEX_BITS) - 1);
        }
        return order;
    }

    /** Bits of an index in a sort key: 8 million files. */
    private static final int INDEX_BITS = 23;
    /** Sizes above this (1 TB) sort as equal. */
    private static final long MAX_SORTED_SIZE = (1L << 40) - 1;

    /** One {@code openssl} process hashing a batch (file indexes), or null when it could not be started. */
    private record Running(int[] batch, Process process) {
        /** Puts the batch's digests into {@code out}: the process's answer, or Java's when it is not trusted. */
        void finish(Path[] files, byte[][] names, String[] out) throws IOException {
            if (process == null || !parse(batch, names, process, out)) {
                byte[] buffer = new byte[1 << 16];
                for (int i : batch) {
                    out[i] = inJava(files[i], buffer);
                }
            }
        }
    }

    private Running start(Path[] files, int[] batch) {
        List<String> command = new ArrayList<>(batch.length + 4);
        command.add(openssl.toString());
        command.add("dgst");
        command.add("-sha256");
        command.add("-r");
        for (int i : batch) {
            command.add(files[i].toString());
        }
        try {
            return new Running(batch, new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start());
        } catch (IOException | RuntimeException e) {
            return new Running(batch, null);
        }
    }

    /**
     * Puts the digests the process printed into {@code out} and says true, or false when its answer is not exactly
     * one good line per file of the batch (then {@code out} may hold some of them, to be written over).
     */
    private static boolean parse(int[] batch, byte[][] names, Process process, String[] out) {
        try {
            process.getOutputStream().close();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return false;
            }
            int at = 0;
            for (int i : batch) {
                int end = at;
                while (end < output.length && output[end] != '\n') {
                    end++;
                }
                String digest = digest(output, at, end, names[i]);
                if (digest == null) {
                    return false;
                }
                out[i] = digest;
                at = end + 1;
            }
            return at == output.length;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            process.destroy();
        }
    }

    /**
     * The digest on the line {@code output[from, to)} as {@code openssl dgst -r} writes it: 64 lowercase hex
     * digits, a space, a star (binary mode), the file's name ({@code name}, UTF-8); null when the line is not that.
     */
    private static String digest(byte[] output, int from, int to, byte[] name) {
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
        return new String(output, from, 64, StandardCharsets.US_ASCII);
    }

    /** The digest computed in Java ({@code buffer}: any size, for reading). */
    static String inJava(Path file, byte[] buffer) throws IOException {
        MessageDigest sha = HashingOutputStream.newSha256();
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
