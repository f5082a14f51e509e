package cn.gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code gongkai generate}. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Writes a synthetic content folder for benchmarks.")
public final class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("gongkai generate: not built yet");
        return Main.USAGE_OR_IO;
    }
}
