package cn.gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code gongkai import}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Parses source reports into content files for review.")
public final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("gongkai import: not built yet");
        return Main.USAGE_OR_IO;
    }
}
