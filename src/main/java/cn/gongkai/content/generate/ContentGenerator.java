package cn.gongkai.content.generate;

import cn.gongkai.model.SourceRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Writes a synthetic {@code content/} folder of exactly N reports: {@code site.yaml}, one folder with
 * {@code _region.yaml} per province, city, county and township, and one {@code <year>.md} per report; about 3 in
 * 100 reports also get a {@code <year>.source.txt} copy named in their front matter. The bytes depend only on
 * N and the seed; townships are written in parallel, each from its own random stream.
 */
public final class ContentGenerator {

    /** What was written. */
    public record Summary(int reports, int townships, int regionFolders, int sourceFiles, long bytes) {
    }

    /** Percent of years whose narrative is copied from the year before (the copied-text check must see it). */
    private static final int COPY_PERCENT = 12;

    static final String SITE_YAML = """
            title: 政府信息公开工作年度报告（合成数据）
            description: 由 gongkai generate 生成的合成数据，用于测试和性能基准，不是真实的报告。
            theme: default
            licence: 合成数据，可自由使用。
            publisher: gongkai 基准测试
            """;

    private final int reports;
    private final long seed;

    /** A generator of {@code reports} reports (at least 1) from {@code seed}. */
    public ContentGenerator(int reports, long seed) {
        if (reports < 1) {
            throw new IllegalArgumentException("the number of reports must be at least 1, not " + reports);
        }
        this.reports = reports;
        this.seed = seed;
    }

    /** Writes the folder; {@code out} must not exist or be empty. */
    public Summary writeTo(Path out) throws IOException {
        requireEmpty(out);
        RegionPlan plan = RegionPlanner.plan(reports, seed);
        Files.createDirectories(out);
        LongAdder bytes = new LongAdder();
        LongAdder sources = new LongAdder();
        write(out.resolve("site.yaml"), SITE_YAML, bytes);
        try {
            plan.regions().parallelStream().forEach(r -> writeRegion(out, r, bytes));
            plan.townships().parallelStream().forEach(t -> writeTownship(out, t, bytes, sources));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Summary(plan.reportCount(), plan.townships().size(), plan.regions().size(), sources.intValue(),
                bytes.sum());
    }

    private static void requireEmpty(Path out) throws IOException {
        if (Files.isRegularFile(out)) {
            throw new IOException(out + " is a file; give a new or empty folder");
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new IOException(out + " is not empty; give a new or empty folder");
                }
            }
        }
    }

    private static void writeRegion(Path out, PlannedRegion r, LongAdder bytes) {
        StringBuilder sb = new StringBuilder();
        sb.append("name: ").append(r.name()).append('\n');
        sb.append("level: ").append(r.level().key()).append('\n');
        if (r.code() != null) {
            sb.append("code: \"").append(r.code()).append("\"\n");
        }
        sb.append("order: ").append(r.order()).append('\n');
        if (r.note() != null) {
            sb.append("note: ").append(r.note()).append('\n');
        }
        Path dir = out.resolve(r.path());
        try {
            Files.createDirectories(dir);
            write(dir.resolve("_region.yaml"), sb.toString(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTownship(Path out, PlannedTownship t, LongAdder bytes, LongAdder sources) {
        SplittableRandom random = new SplittableRandom(t.seed());
        List<YearFigures> years = FigureGenerator.forYears(t.years(), random.split());
        long narrativeBase = random.nextLong();
        long narrativeSeed = 0;
        Path dir = out.resolve(t.region().path());
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < years.size(); i++) {
                YearFigures f = years.get(i);
                boolean copied = i > 0 && random.nextInt(100) < COPY_PERCENT;
                narrativeSeed = copied ? narrativeSeed : narrativeBase + 0x9E3779B97F4A7C15L * f.year();
                String body = NarrativeWriter.write(t, f, new SplittableRandom(narrativeSeed));
                LocalDate published = random.nextInt(10) == 0 ? null
                        : LocalDate.of(f.year() + 1, 1 + random.nextInt(3), 1 + random.nextInt(28));
                SourceRef source = null;
                if (random.nextInt(100) < 3) {
                    String name = f.year() + ".source.txt";
                    byte[] text = sourceText(t, f, body).getBytes(StandardCharsets.UTF_8);
                    Files.write(dir.resolve(name), text);
                    bytes.add(text.length);
                    sources.increment();
                    source = new SourceRef("text", name, sha256(text), null);
                }
                write(dir.resolve(f.year() + ".md"), ReportFileWriter.write(t.issuer(), f, published, source, body),
                        bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as a plain text file, the way a portal publishes it: title, then the body without Markdown. */
    private static String sourceText(PlannedTownship t, YearFigures f, String body) {
        return t.issuer() + " " + f.year() + " 年政府信息公开工作年度报告\n\n" + body.replace("## ", "");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void write(Path file, String text, LongAdder bytes) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, b);
        bytes.add(b.length);
    }
}
