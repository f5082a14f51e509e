package cn.gongkai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@code gongkai}: builds a portal of 政府信息公开工作年度报告 from {@code content/}. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "Publishes 政府信息公开工作年度报告 as a static portal: pages, comparisons, search and data.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the content or input has errors", "2:bad usage or a file could not be read or written"})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE_OR_IO = 2;

    /** The subcommands, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("build", BuildCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("check", CheckCommand::new);
        m.put("parse", ParseCommand::new);
        m.put("import", ImportCommand::new);
        m.put("generate", GenerateCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code. Used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // picocli reads every registered command's annotations up front (a tenth of a second for all of them):
        // a line that starts with a subcommand's name only needs that one; anything else (help, --version, a
        // misspelt name) gets them all, for the listing and the suggestions.
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
        Object only = named == null ? null : named.get();
        if (only instanceof BuildCommand build) {
            build.prepareTools();   // on another core, while picocli reads the line (a tenth of a second)
        }
        CommandLine cl = new CommandLine(new Main());
        if (only != null) {
            cl.addSubcommand(args[0], only);
        } else {
            SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE_OR_IO);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Never a stack trace for the user: say what failed in one line.
            commandLine.getErr().println("gongkai: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            if (System.getenv("GONGKAI_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return USAGE_OR_IO;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // An Error escapes picocli's handler: say what to do instead of printing a stack trace.
            err.println("gongkai: Java ran out of memory (" + e.getMessage() + "). Give it more, e.g. "
                    + "GONGKAI_JAVA_OPTS=\"-XX:+UseParallelGC -Xmx4g\" ./gongkai " + String.join(" ", args));
            code = USAGE_OR_IO;
        }
        out.flush();
        err.flush();
        return code;
    }
}
