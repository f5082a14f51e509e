package cn.gongkai.content;

import cn.gongkai.model.Severity;

/**
 * A problem in {@code content/}, with its place: {@code file} relative to the working folder, {@code line}
 * (1-based, 0 when not known) and the front-matter {@code key} (dotted, may be null).
 */
public record ContentProblem(String file, int line, String key, Severity severity, String code, String message) {

    /** {@code content/a/2024.md:12: error: key 'applications.granted': message [code]}. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ").append(severity.key()).append(": ");
        if (key != null) {
            sb.append("key '").append(key).append("': ");
        }
        sb.append(message).append(" [").append(code).append(']');
        return sb.toString();
    }
}
