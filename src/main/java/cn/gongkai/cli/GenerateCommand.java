package cn.gongkai.cli;

import cn.gongkai.content.generate.ContentGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code gongkai generate}: writes a synthetic content folder for benchmarks and tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic content folder for benchmarks: N reports over provinces, cities, counties "
                + "and townships, about five years (2020-2024) per township, narrative of real length and tables "
                + "that pass every check.",
                "The same N and seed always give byte-identical files. The reports are not real."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", required = true, paramLabel = "N", description = "Number of reports to write (at least 1).")
    int reports;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write; must be new or empty.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (reports < 1) {
            spec.commandLine().getErr().println("gongkai generate: --reports must be at least 1, not " + reports);
            return Main.USAGE_OR_IO;
        }
        long start = System.nanoTime();
        ContentGenerator.Summary s;
        try {
            s = new ContentGenerator(reports, seed).writeTo(out);
        } catch (IOException e) {
            spec.commandLine().getErr().println("gongkai generate: cannot write " + out + ": " + e.getMessage());
            return Main.USAGE_OR_IO;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("gongkai generate: " + e.getMessage());
            return Main.USAGE_OR_IO;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        spec.commandLine().getOut().printf(Locale.ROOT,
                "wrote %d reports of %d townships (%d region folders, %d source copies, %.1f MB) to %s in %d ms%n",
                s.reports(), s.townships(), s.regionFolders(), s.sourceFiles(), s.bytes() / 1e6, out, ms);
        return Main.OK;
    }
}
