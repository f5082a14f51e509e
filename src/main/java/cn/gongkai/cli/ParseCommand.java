package cn.gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code gongkai parse}. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Reads one source report (PDF, HTML, text) and prints it.")
public final class ParseCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("gongkai parse: not built yet");
        return Main.USAGE_OR_IO;
    }
}
