package cn.gongkai.cli;

import org.junit.jupiter.api.AfterEach;
import cn.gongkai.testing.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gongkai serve} as a clerk uses it: open pages, edit a report, see the page change. */
class ServePreviewTest {
    private static final String TOWNSHIP = "shandong/jining/jinxiang/huji-zhen/";

    @TempDir
    Path dir;
    private ServeCommand serve;
    private CompletableFuture<Integer> running;
    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    @BeforeEach
    void start() throws Exception {
        SiteFiles.write(dir, PortalSiteTest.content());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        serve = new ServeCommand();
        CommandLine cl = new CommandLine(serve);
        PrintWriter pw = new PrintWriter(log, true);
        cl.setOut(pw).setErr(pw);
        running = CompletableFuture.supplyAsync(() -> cl.execute("--port", Integer.toString(port),
                "--content", dir.resolve("content").toString()));
        base = "http://127.0.0.1:" + port + "/";
        long deadline = System.currentTimeMillis() + 60_000;
        while (!log.toString().contains("http://127.0.0.1:" + port)) {
            assertFalse(running.isDone(), "serve stopped: " + log);
            assertTrue(System.currentTimeMillis() < deadline, "serve did not start: " + log);
            Thread.sleep(50);
        }
    }

    @AfterEach
    void stop() throws Exception {
        serve.stop();
        assertEquals(Main.OK, running.get(30, TimeUnit.SECONDS));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(40)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesEveryKindOfFileWithTheReloadScript() throws Exception {
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("__gongkai/version"), "the page reloads itself");
        HttpResponse<String> report = get("reports/" + TOWNSHIP + "2024/");
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("data/reports/" + TOWNSHIP + "2024.json"), "links its data file");
        assertEquals(301, get("regions/shandong").statusCode());
        assertEquals(200, get("assets/style.css").statusCode());
        HttpResponse<String> csv = get("data/cells.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().replace("\uFEFF", "").startsWith("report_id,"), csv.body().substring(0, 40));
        assertTrue(get("data/").body().contains("cells.csv"), "the data page lists the files");
        assertEquals(200, get("search/index.json").statusCode());
        assertEquals(200, get("sitemap.xml").statusCode());
        assertEquals(404, get("reports/nowhere/2024/").statusCode());
        assertEquals(403, get("assets/%2E%2E/%2E%2E/etc/passwd").statusCode(), "nothing outside the site");
    }

    @Test
    void anEditedReportShowsAsSoonAsTheHeldVersionRequestReturns() throws Exception {
        String page = "reports/" + TOWNSHIP + "2024/";
        assertTrue(get(page).body().contains("胡集镇 2024 年主动公开信息。"));
        assertTrue(get("data/cells.csv").statusCode() == 200);
        String version = get("__gongkai/version").body();

        CompletableFuture<HttpResponse<String>> held = http.sendAsync(HttpRequest.newBuilder(
                URI.create(base + "__gongkai/version?since=" + version)).timeout(Duration.ofSeconds(40)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        assertFalse(held.isDone(), "the request waits for a change");
        Path report = dir.resolve("content/" + TOWNSHIP + "2024.md");
        Files.writeString(report, Files.readString(report).replace("胡集镇 2024 年主动公开信息。", "胡集镇预览中改过的文字。"));

        String next = held.get(30, TimeUnit.SECONDS).body();
        assertFalse(next.equals(version), "a new version after the edit");
        String after = get(page).body();
        assertTrue(after.contains("胡集镇预览中改过的文字。"), "the page shows the edit");
        assertFalse(after.contains("胡集镇 2024 年主动公开信息。"));
        assertTrue(get("data/reports/" + TOWNSHIP + "2024.json").body().contains("胡集镇预览中改过的文字。"),
                "the data files are made again for the new version");
    }

    @Test
    void aBrokenEditIsReportedAndTheOtherPagesStay() throws Exception {
        Path report = dir.resolve("content/" + TOWNSHIP + "2024.md");
        String version = get("__gongkai/version").body();
        CompletableFuture<HttpResponse<String>> held = http.sendAsync(HttpRequest.newBuilder(
                URI.create(base + "__gongkai/version?since=" + version)).timeout(Duration.ofSeconds(40)).build(),
                HttpResponse.BodyHandlers.ofString());
        Files.writeString(report, Files.readString(report).replace("issuer:", "isuer:"));
        held.get(30, TimeUnit.SECONDS);
        assertTrue(log.toString().contains("2024.md"), "the problem names the file: " + log);
        assertEquals(200, get("reports/shandong/jining/jinxiang/buji-zhen/2024/").statusCode());
    }

    @Test
    @Tag("browser")
    void anOpenPageReloadsItselfAfterAnEdit() throws Exception {
        Browser.requireInstalled();
        ChromeDriver driver = Browser.start(dir.resolve("browser-profile"));
        try {
            driver.get(base + "reports/" + TOWNSHIP + "2024/");
            assertTrue(driver.getPageSource().contains("胡集镇 2024 年主动公开信息。"));
            Thread.sleep(500);   // the page's script has asked for the next version
            Path report = dir.resolve("content/" + TOWNSHIP + "2024.md");
            Files.writeString(report, Files.readString(report).replace("胡集镇 2024 年主动公开信息。", "胡集镇在浏览器中看到的修改。"));
            long deadline = System.currentTimeMillis() + 20_000;
            while (!driver.getPageSource().contains("胡集镇在浏览器中看到的修改。")) {
                assertTrue(System.currentTimeMillis() < deadline, "the open page did not reload: " + log);
                Thread.sleep(50);
            }
        } finally {
            driver.quit();
        }
    }
}
