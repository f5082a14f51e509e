package cn.gongkai.cli;

import cn.gongkai.check.Checker;
import cn.gongkai.check.Finding;
import cn.gongkai.check.Findings;
import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.data.JsonMapper;
import cn.gongkai.model.Report;
import cn.gongkai.model.Severity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code gongkai check}: loads and validates content/, runs the checks, prints every finding; writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Loads and validates content/, runs the checks of every report and prints every problem with "
                + "file and line; writes nothing.",
                "Errors: the content cannot be read as written (unknown key, wrong type, negative count, duplicate "
                        + "report, file outside the layout…) or a report contradicts itself (its table footnote, "
                        + "row or column totals). Warnings: missing tables or rows, 结转 differing between years, "
                        + "narrative vs tables, text copied from the previous year, year mismatch."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed unless --strict)", "1:errors found (with --strict: errors or warnings)",
                "2:bad usage, or the content folder could not be read"})
public final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text (one finding per line) or json (an array). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--strict", description = "Warnings fail the check too (exit 1).")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper json = JsonMapper.create();
        Content loaded;
        try {
            loaded = new ContentLoader(ContentLoader.yamlMapper()).load(content);
        } catch (IOException e) {
            err.println("gongkai check: 无法读取内容文件夹 " + content + "：" + describe(e));
            return Main.USAGE_OR_IO;
        }
        List<Report> checked = new Checker().checkAll(loaded.reports());
        Findings findings = Findings.of(loaded, checked, ContentLoader.shownRoot(content));
        if (format == Format.json) {
            out.print(toJson(json, findings));
        } else {
            for (Finding f : findings.all()) {
                out.println(f.format());
            }
        }
        String summary = summary(loaded, findings);
        (format == Format.json ? err : out).println(summary);
        return findings.fails(strict) ? Main.CONTENT_ERRORS : Main.OK;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "文件夹不存在";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "这不是文件夹";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static String summary(Content loaded, Findings findings) {
        Set<String> leftOut = new HashSet<>();
        for (Finding f : findings.all()) {
            if (f.severity() == Severity.ERROR && f.reportId() != null && !loaded.files().containsKey(f.reportId())) {
                leftOut.add(f.reportId());
            }
        }
        return "gongkai check: 载入 " + loaded.reports().size() + " 份报告、" + loaded.regions().size() + " 个地区"
                + (leftOut.isEmpty() ? "" : "，" + leftOut.size() + " 份报告因错误未载入") + "；错误 "
                + findings.count(Severity.ERROR) + " 个，警告 " + findings.count(Severity.WARNING) + " 个，提示 "
                + findings.count(Severity.INFO) + " 条";
    }

    private static String toJson(ObjectMapper mapper, Findings findings) {
        ArrayNode a = mapper.createArrayNode();
        for (Finding f : findings.all()) {
            ObjectNode o = a.addObject();
            o.put("file", f.file());
            o.put("line", f.line());
            o.put("key", f.key());
            o.put("severity", f.severity().key());
            o.put("code", f.code());
            o.put("message", f.message());
            o.put("report_id", f.reportId());
        }
        try {
            return JsonMapper.prettyWriter(mapper).writeValueAsString(a) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
