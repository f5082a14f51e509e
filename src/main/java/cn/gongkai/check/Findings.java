package cn.gongkai.check;

import cn.gongkai.content.Content;
import cn.gongkai.content.ContentProblem;
import cn.gongkai.content.ReportFile;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import cn.gongkai.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Everything {@code gongkai check} reports: the content problems and every report's diagnostics, in file order. */
public final class Findings {
    private static final Pattern REPORT_FILE = Pattern.compile("(.+/[0-9]{4})\\.md");

    private final List<Finding> all;

    private Findings(List<Finding> all) {
        this.all = List.copyOf(all);
    }

    /**
     * @param content   what the loader returned
     * @param checked   its reports after {@link Checker#checkAll}
     * @param shownRoot the content folder as files are named in problems ({@code ContentLoader.shownRoot})
     */
    public static Findings of(Content content, List<Report> checked, String shownRoot) {
        List<Finding> out = new ArrayList<>();
        String prefix = shownRoot.equals(".") ? "" : shownRoot + "/";
        for (ContentProblem p : content.problems()) {
            out.add(new Finding(p.file(), p.line(), p.key(), p.severity(), p.code(), p.message(),
                    reportIdOf(p.file(), prefix)));
        }
        for (Report r : checked) {
            ReportFile f = r.id() == null ? null : content.files().get(r.id());
            String file = f == null ? (r.id() == null ? "?" : prefix + r.id() + ".md") : f.file();
            for (Diagnostic d : r.diagnostics()) {
                // A key the file does not have (e.g. a missing table) points at the front matter's first line.
                int line = f == null ? 0 : Math.max(1, f.lineOf(d.location()));
                out.add(new Finding(file, line, d.location(), d.severity(), d.code(), d.message(), r.id()));
            }
        }
        out.sort(Finding.ORDER);
        return new Findings(out);
    }

    private static String reportIdOf(String file, String prefix) {
        if (!file.startsWith(prefix)) {
            return null;
        }
        Matcher m = REPORT_FILE.matcher(file.substring(prefix.length()));
        return m.matches() ? m.group(1) : null;
    }

    public List<Finding> all() {
        return all;
    }

    public long count(Severity s) {
        return all.stream().filter(f -> f.severity() == s).count();
    }

    /** Findings that fail {@code check}: errors, and with {@code strict} warnings too. */
    public boolean fails(boolean strict) {
        return all.stream().anyMatch(f -> f.severity() == Severity.ERROR
                || (strict && f.severity() == Severity.WARNING));
    }
}
