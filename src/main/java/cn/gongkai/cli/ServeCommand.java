package cn.gongkai.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code gongkai serve}: builds the portal into a temporary folder, serves it on 127.0.0.1 with the JDK's HTTP
 * server, watches {@code content/} and {@code themes/}, rebuilds on change and makes open pages reload (the
 * pages poll {@code __gongkai/version}; the script is added only here, never by {@code build}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a preview on 127.0.0.1 that rebuilds on change and reloads the browser.",
                "The preview is built in a temporary folder; site-output/ is not touched."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the first build failed because of content errors (with --strict)",
                "2:bad usage, the port is taken, or a file could not be read or written"})
public final class ServeCommand implements Callable<Integer> {
    static final String VERSION_PATH = "/__gongkai/version";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("pdf", "application/pdf"));

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--strict", description = "Do not replace the preview while the content has errors.")
    boolean strict;

    @Option(names = "--verbose", description = "Print the time each build stage took.")
    boolean verbose;

    private final AtomicLong version = new AtomicLong(1);

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("gongkai-serve");
        Path site = work.resolve("site");
        Path themes = BuildCommand.themesBeside(content);
        SiteBuild.Options options = new SiteBuild.Options(content, site, themes, null, strict, verbose, true);
        SiteBuild.Result first = new SiteBuild(out, err).run(options);
        if (!Files.isDirectory(site)) {
            return first.exitCode() == Main.OK ? Main.USAGE_OR_IO : first.exitCode();
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (BindException e) {
            err.println("gongkai serve: 端口 " + port + " 已被占用；请用 --port 指定其他端口");
            return Main.USAGE_OR_IO;
        }
        server.createContext("/", exchange -> handle(exchange, site));
        server.start();
        out.println("gongkai serve: http://127.0.0.1:" + port + "/ （修改 content/ 或 themes/ 后自动重建；Ctrl-C 停止）");
        out.flush();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            register(watcher, content);
            if (Files.isDirectory(themes)) {
                register(watcher, themes);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop(0);
                try {
                    SiteBuild.deleteTree(work);
                } catch (IOException ignored) {
                    // a temporary folder; the system cleans it up eventually
                }
            }));
            watch(watcher, options, out, err);
        } catch (ClosedWatchServiceException stopped) {
            return Main.OK;
        }
        return Main.OK;
    }

    /** Waits for changes; a burst of events (an editor saving) gives one rebuild. */
    private void watch(WatchService watcher, SiteBuild.Options options, PrintWriter out, PrintWriter err)
            throws InterruptedException, IOException {
        while (true) {
            WatchKey key = watcher.take();
            boolean changed = drain(watcher, key);
            WatchKey more;
            while ((more = watcher.poll(120, TimeUnit.MILLISECONDS)) != null) {
                changed |= drain(watcher, more);
            }
            if (!changed) {
                continue;
            }
            SiteBuild.Result r = new SiteBuild(out, err).run(options);
            if (r.pages() > 0) {
                version.incrementAndGet();
            }
            out.flush();
        }
    }

    private static boolean drain(WatchService watcher, WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        boolean changed = false;
        for (var event : key.pollEvents()) {
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path p
                    && Files.isDirectory(dir.resolve(p))) {
                register(watcher, dir.resolve(p));
            }
        }
        key.reset();
        return changed;
    }

    private static void register(WatchService watcher, Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void handle(HttpExchange ex, Path site) throws IOException {
        try (ex) {
            String path = URLDecoder.decode(URI.create(ex.getRequestURI().getRawPath()).getRawPath(),
                    StandardCharsets.UTF_8);
            if (path.endsWith(VERSION_PATH)) {
                send(ex, 200, "text/plain; charset=utf-8", Long.toString(version.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = site.resolve(path.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(site)) {
                send(ex, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath() + "/");
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                Path notFound = site.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                        : "404".getBytes(StandardCharsets.UTF_8);
                send(ex, 404, TYPES.get("html"), body);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }
}
