package cn.gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code gongkai check}. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Loads and validates content/ and prints every problem; writes nothing.")
public final class CheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("gongkai check: not built yet");
        return Main.USAGE_OR_IO;
    }
}
