package cn.gongkai.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gongkai build}: the portal from {@code content/} into {@code site-output/}. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the portal from content/ into site-output/.",
                "The site is built in a staging folder beside the output and swapped in only when the build "
                        + "succeeds; a failed build leaves the previous output as it was.",
                "A report with errors is named (file, line, key) and left out; the others are built."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built and the content has no errors",
                "1:the content has errors (with --strict nothing was written; without, the other reports were built)",
                "2:bad usage, or a file could not be read or written (the previous output is kept)"})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-output",
            description = "The output folder, replaced as a whole (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The absolute URL the site is published at, for sitemap.xml and feed.xml "
                    + "(overrides base_url in site.yaml). Pages never depend on it.")
    String baseUrl;

    @Option(names = "--strict", description = "Write nothing when the content has any error.")
    boolean strict;

    @Option(names = "--verbose", description = "Print the time each build stage took.")
    boolean verbose;

    @Option(names = "--serial-stages", description = "Run the stages one after another instead of the data files "
            + "beside the pages, so that --verbose can tell each stage's CPU time (slower).")
    boolean serialStages;

    /** Where this build's mappers and Markdown parser come from; see {@link #prepareTools()}. */
    private BuildTools tools = BuildTools.whenAsked();

    /** Starts making the build's tools on another core now, while picocli is still reading the command line. */
    void prepareTools() {
        tools = BuildTools.inBackground();
    }

    @Override
    public Integer call() {
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s]+")) {
            spec.commandLine().getErr().println("gongkai build: --base-url 应是完整网址，例如 "
                    + "https://www.example.gov.cn/nianbao/（实际是“" + baseUrl + "”）");
            return Main.USAGE_OR_IO;
        }
        SiteBuild build = new SiteBuild(spec.commandLine().getOut(), spec.commandLine().getErr(), tools);
        SiteBuild.Result r = build.run(new SiteBuild.Options(content, out, themesBeside(content), baseUrl, strict,
                verbose, false, serialStages));
        if (r.exitCode() != Main.USAGE_OR_IO) {
            leaveRootsForLauncher(System.getenv("GONGKAI_QUICK"), build.launcherListing());
        }
        return r.exitCode();
    }

    /**
     * Tells the launcher which folders this build read and where it wrote (content, themes, output; one
     * absolute path a line), and, when the build could take it, the hash of the listing of the first two that
     * the launcher would otherwise take itself after Java exits; so that it can recognise an identical next build
     * without starting Java. The launcher passes the file in {@code GONGKAI_QUICK}; without it (tests,
     * {@code java -jar}) nothing is written. Losing it only costs the shortcut.
     */
    private void leaveRootsForLauncher(String file, String listing) {
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            java.nio.file.Files.writeString(Path.of(file), absolute(content) + "\n" + absolute(themesBeside(content))
                    + "\n" + absolute(out) + "\n" + (listing == null ? "" : listing + "\n"),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | RuntimeException ignored) {
            // the next build starts Java and finds out for itself
        }
    }

    private static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    /** {@code themes/} beside the content folder: the repository layout. */
    static Path themesBeside(Path content) {
        Path parent = content.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("themes") : parent.resolve("themes");
    }
}
