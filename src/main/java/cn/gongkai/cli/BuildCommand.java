package cn.gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code gongkai build}. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the portal from content/ into site-output/.")
public final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("gongkai build: not built yet");
        return Main.USAGE_OR_IO;
    }
}
