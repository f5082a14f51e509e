package cn.gongkai.cli;

import cn.gongkai.content.ContentLoader;
import cn.gongkai.data.JsonMapper;
import cn.gongkai.render.Markdown;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The parts of a build that are made once and reused by every build of a process: the JSON mapper of the data
 * files, the YAML mapper of the content and the Markdown parser. Making them loads and links a few thousand
 * classes (Jackson, SnakeYAML, flexmark), ~50 ms; {@link #inBackground()} does that on another core while the
 * command line is still being read.
 */
record BuildTools(ObjectMapper json, ObjectMapper yaml, Markdown markdown) {

    static BuildTools make() {
        return new BuildTools(JsonMapper.create(), ContentLoader.yamlMapper(), new Markdown());
    }

    /** Made here, when first asked for. */
    static Supplier<BuildTools> whenAsked() {
        return new Supplier<>() {
            private BuildTools made;

            @Override
            public synchronized BuildTools get() {
                if (made == null) {
                    made = make();
                }
                return made;
            }
        };
    }

    /** Started now on a thread of its own; asking waits for it (and throws what making them threw). */
    static Supplier<BuildTools> inBackground() {
        FutureTask<BuildTools> task = new FutureTask<>(BuildTools::make);
        Thread t = new Thread(task, "gongkai-tools");
        t.setDaemon(true);
        t.start();
        return () -> {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the build's tools were being made", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        };
    }
}
