import cn.gongkai.source.SourceParser;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Warm parse time per source in one JVM: every file is parsed WARMUP times (JIT warm-up), then ROUNDS more
 * times, timed one by one (wall and thread CPU). Prints per file the median of its rounds, then the median over
 * files. Run with the program's class path:
 *   java -cp "gongkai.jar:lib/*" src/bench/import/ParseTimes.java [--warmup N] [--rounds N] FILE...
 * The checks are not run (as in {@code ParserScoreTest}); they cost well under a millisecond.
 */
public final class ParseTimes {
    public static void main(String[] args) throws Exception {
        int warmup = 5;
        int rounds = 10;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        SourceParser parser = new SourceParser(r -> r);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int w = 0; w < warmup; w++) {
            for (Path f : files) {
                parser.parse(f);
            }
        }
        double[] wallMedians = new double[files.size()];
        double[] cpuMedians = new double[files.size()];
        double[][] wall = new double[files.size()][rounds];
        double[][] cpu = new double[files.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < files.size(); i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                parser.parse(files.get(i));
                wall[i][r] = (System.nanoTime() - t0) / 1e6;
                cpu[i][r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        for (int i = 0; i < files.size(); i++) {
            wallMedians[i] = median(wall[i]);
            cpuMedians[i] = median(cpu[i]);
            System.out.printf("%-28s warm %7.1f ms wall %7.1f ms CPU%n", files.get(i).getFileName(), wallMedians[i],
                    cpuMedians[i]);
        }
        System.out.printf("warm median over %d files: %.1f ms wall, %.1f ms CPU (warm-up %d, rounds %d)%n",
                files.size(), median(wallMedians), median(cpuMedians), warmup, rounds);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
