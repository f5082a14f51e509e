package cn.gongkai.cli;

import cn.gongkai.content.ContentLoader;
import cn.gongkai.data.JsonMapper;
import cn.gongkai.render.Markdown;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The parts of a build that are made once and reused by every build of a process: the YAML mapper of the content,
 * the JSON mapper of the data files and the Markdown parser. Making them loads and links a few thousand classes
 * (Jackson, SnakeYAML, flexmark), tens of milliseconds each; {@link #inBackground()} makes the Markdown parser on
 * another core while the command line is still being read, and the mappers only if a file needs them.
 */
final class BuildTools {
    private final Supplier<ObjectMapper> yaml;
    private final Supplier<ObjectMapper> json;
    private final Supplier<Markdown> markdown;

    private BuildTools(Supplier<ObjectMapper> yaml, Supplier<ObjectMapper> json, Supplier<Markdown> markdown) {
        this.yaml = yaml;
        this.json = json;
        this.markdown = markdown;
    }

    ObjectMapper yaml() {
        return yaml.get();
    }

    ObjectMapper json() {
        return json.get();
    }

    Markdown markdown() {
        return markdown.get();
    }

    /** Each made here, when first asked for. */
    static BuildTools whenAsked() {
        return new BuildTools(once(ContentLoader::yamlMapper), once(JsonMapper::create), once(Markdown::new));
    }

    /**
     * The Markdown parser made now, on a thread of their own; the mappers when first asked for (plain content and
     * the data files never ask: only a file the plain readers cannot read, or {@code parse --json}, needs Jackson).
     */
    static BuildTools inBackground() {
        FutureTask<Markdown> markdown = new FutureTask<>(Markdown::new);
        Thread t = new Thread(markdown, "gongkai-tools");
        t.setDaemon(true);
        t.start();
        return new BuildTools(once(ContentLoader::yamlMapper), once(JsonMapper::create), () -> await(markdown));
    }

    private static <T> Supplier<T> once(Callable<T> make) {
        FutureTask<T> task = new FutureTask<>(make);
        return () -> {
            task.run();   // makes it on the first call only
            return await(task);
        };
    }

    /** The task's result, or what making it threw. */
    private static <T> T await(FutureTask<T> task) {
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
    }
}
