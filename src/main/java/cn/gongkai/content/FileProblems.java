package cn.gongkai.content;

import cn.gongkai.model.Severity;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file of {@code content/}; {@code file} is the path shown to the user. */
final class FileProblems {
    private final String file;
    private final List<ContentProblem> problems = new ArrayList<>();

    FileProblems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(int line, String key, String code, String message) {
        problems.add(new ContentProblem(file, line, key, Severity.ERROR, code, message));
    }

    void warning(int line, String key, String code, String message) {
        problems.add(new ContentProblem(file, line, key, Severity.WARNING, code, message));
    }

    boolean hasErrors() {
        return hasErrors(problems, 0);
    }

    /** True when one of {@code problems} from index {@code from} on is an error. */
    static boolean hasErrors(List<ContentProblem> problems, int from) {
        for (int i = from, n = problems.size(); i < n; i++) {
            if (problems.get(i).severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    List<ContentProblem> list() {
        return problems;
    }
}
