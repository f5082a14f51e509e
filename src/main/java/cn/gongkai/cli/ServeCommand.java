package cn.gongkai.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code gongkai serve}. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves a preview on 127.0.0.1 that rebuilds on change.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("gongkai serve: not built yet");
        return Main.USAGE_OR_IO;
    }
}
