package cn.gongkai.search;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Serves a built site from 127.0.0.1 on a free port under a sub-path, as a static host would. */
final class SubPathServer implements AutoCloseable {
    private final HttpServer server;
    private final String base;

    SubPathServer(Path site, String subPath) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(subPath, exchange -> {
            String rel = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring(subPath.length()),
                    StandardCharsets.UTF_8);
            Path file = site.resolve(rel).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type(file.getFileName().toString()));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + subPath;
    }

    /** The site's root URL, ending in {@code /}. */
    String base() {
        return base;
    }

    private static String type(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (name.endsWith(".json")) {
            return "application/json";
        } else if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
