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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code gongkai serve}: a preview on 127.0.0.1 with the JDK's HTTP server. Pages are rendered from the loaded
 * content as they are asked for ({@link PreviewSite}); {@code content/} and {@code themes/} are watched, an
 * edited report is read again on its own, and open pages reload at once: their script holds a request on
 * {@code __gongkai/version?since=N}, answered as soon as the version changes (the script is added only here,
 * never by {@code build}).
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

    private volatile HttpServer server;
    private volatile WatchService watcher;

    /** Stops a running {@link #call()}: closes the server and the watcher, after which it returns 0. */
    void stop() throws IOException {
        HttpServer s = server;
        if (s != null) {
            s.stop(0);
        }
        WatchService w = watcher;
        if (w != null) {
            w.close();
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("gongkai-serve");
        Path themes = BuildCommand.themesBeside(content);
        SiteBuild.Options options = new SiteBuild.Options(content, work.resolve("site"), themes, null, strict,
                verbose, true);
        PreviewSite site = new PreviewSite(options, work, out, err);
        if (!site.loadAll()) {
            SiteBuild.deleteTree(work);
            return strict ? Main.CONTENT_ERRORS : Main.USAGE_OR_IO;
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (BindException e) {
            err.println("gongkai serve: 端口 " + port + " 已被占用；请用 --port 指定其他端口");
            SiteBuild.deleteTree(work);
            return Main.USAGE_OR_IO;
        }
        // Pages wait for the next version on a held request, so the server needs a thread per open page.
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gongkai-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> handle(exchange, site));
        server.start();
        this.server = server;
        out.println("gongkai serve: http://127.0.0.1:" + port + "/ （修改 content/ 或 themes/ 后自动更新；Ctrl-C 停止）");
        out.flush();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            this.watcher = watcher;
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
            watch(watcher, site);
        } catch (ClosedWatchServiceException stopped) {
            return Main.OK;
        } finally {
            server.stop(0);
            threads.shutdownNow();
            try {
                SiteBuild.deleteTree(work);
            } catch (IOException ignored) {
                // as above
            }
        }
        return Main.OK;
    }

    /**
     * Waits for changes; the events of one save (an editor writes, renames, touches) arrive within a few
     * milliseconds, so a short quiet period gathers them into one update.
     */
    private void watch(WatchService watcher, PreviewSite site) throws InterruptedException, IOException {
        while (true) {
            WatchKey key = watcher.take();
            Set<Path> changed = new TreeSet<>();
            drain(watcher, key, changed);
            WatchKey more;
            while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                drain(watcher, more, changed);
            }
            if (changed.isEmpty()) {
                continue;
            }
            long before = site.version();
            site.changed(changed);
            if (site.version() != before) {
                synchronized (this) {
                    notifyAll();
                }
            }
        }
    }

    /** Quiet period that ends a burst of file events. */
    private static final long QUIET_MILLIS = 15;

    private static void drain(WatchService watcher, WatchKey key, Set<Path> changed) throws IOException {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path p) {
                Path file = dir.resolve(p);
                changed.add(file);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                    register(watcher, file);
                }
            } else {
                changed.add(dir);   // overflow: something below dir changed
            }
        }
        key.reset();
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

    private void handle(HttpExchange ex, PreviewSite site) throws IOException {
        try (ex) {
            String raw = ex.getRequestURI().getRawPath();
            String path = URLDecoder.decode(raw, StandardCharsets.UTF_8);
            if (path.endsWith(VERSION_PATH)) {
                String since = query(ex.getRequestURI().getRawQuery(), "since");
                long version = since == null ? site.version() : awaitVersionAfter(site, since);
                send(ex, 200, "text/plain; charset=utf-8", Long.toString(version).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String relative = path.replaceFirst("^/+", "");
            if (relative.contains("..") || relative.contains("\\")) {
                send(ex, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!relative.isEmpty() && !relative.endsWith("/") && site.isFolder(relative)) {
                ex.getResponseHeaders().set("Location", raw + "/");
                send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            if (relative.isEmpty() || relative.endsWith("/")) {
                relative += "index.html";
            }
            PreviewSite.Response r;
            try {
                r = site.get(relative);
            } catch (RuntimeException e) {
                String message = "页面生成出错：" + e.getMessage();
                send(ex, 500, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = r.name();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            send(ex, r.status(), TYPES.getOrDefault(ext, "application/octet-stream"), r.body());
        }
    }

    /** Holds the request until the version differs from {@code since} (at most 25 s), then answers it. */
    private long awaitVersionAfter(PreviewSite site, String since) {
        long deadline = System.currentTimeMillis() + 25_000;
        synchronized (this) {
            while (Long.toString(site.version()).equals(since)) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return site.version();
    }

    private static String query(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String part : rawQuery.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).equals(name)) {
                return URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
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
