package cn.gongkai.check;

import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Severity;

import java.util.List;

/** How many errors, warnings and notes a report (or a region's reports) has. */
public record CheckCounts(int errors, int warnings, int infos) {
    public static final CheckCounts NONE = new CheckCounts(0, 0, 0);

    public static CheckCounts of(List<Diagnostic> diagnostics) {
        int e = 0;
        int w = 0;
        int i = 0;
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                e++;
            } else if (d.severity() == Severity.WARNING) {
                w++;
            } else {
                i++;
            }
        }
        return new CheckCounts(e, w, i);
    }

    public CheckCounts plus(CheckCounts o) {
        return new CheckCounts(errors + o.errors, warnings + o.warnings, infos + o.infos);
    }

    public boolean isClean() {
        return errors == 0 && warnings == 0;
    }
}
