package cn.gongkai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a whole small site from one text block, Hugo style: each file starts with a line
 * {@code -- path/inside/root --} and runs until the next such line.
 */
final class SiteFiles {
    private static final Pattern HEADER = Pattern.compile("(?m)^-- (\\S+) --$");

    private SiteFiles() {
    }

    static void write(Path root, String files) throws IOException {
        Matcher m = HEADER.matcher(files);
        String path = null;
        int bodyStart = 0;
        while (m.find()) {
            if (path != null) {
                put(root, path, files.substring(bodyStart, m.start()));
            }
            path = m.group(1);
            bodyStart = m.end() + 1;
        }
        if (path != null) {
            put(root, path, files.substring(Math.min(bodyStart, files.length())));
        }
    }

    private static void put(Path root, String path, String body) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, body, StandardCharsets.UTF_8);
    }

    /** A complete 2021-format report file; {@code n} varies the figures, {@code narrative} is part 一's text. */
    static String report2021(String issuer, int year, int n, String narrative) {
        int granted = n;
        int partial = 1;
        int notHeld = 2;
        int total = granted + partial + notHeld;
        return """
                ---
                issuer: %1$s
                year: %2$d
                format: "2021"
                published: %2$d-01-20
                proactive_total: %3$d
                art20:
                  rules: [0, 0, 0]
                  normative_documents: [1, 0, 7]
                  licensing_decisions: %4$d
                  punishment_decisions: /
                  coercion_decisions: 0
                  fee_income_10k_yuan: 0
                applications:
                  new_received: [%5$d, 0, 0, 0, 0, 0, %5$d]
                  carried_over: [0, 0, 0, 0, 0, 0, 0]
                  granted: [%6$d, 0, 0, 0, 0, 0, %6$d]
                  partially_granted: [1, 0, 0, 0, 0, 0, 1]
                  denied_state_secret: [0, 0, 0, 0, 0, 0, 0]
                  denied_prohibited_by_law: [0, 0, 0, 0, 0, 0, 0]
                  denied_three_securities_one_stability: [0, 0, 0, 0, 0, 0, 0]
                  denied_third_party_rights: [0, 0, 0, 0, 0, 0, 0]
                  denied_internal_affairs: [0, 0, 0, 0, 0, 0, 0]
                  denied_process_information: [0, 0, 0, 0, 0, 0, 0]
                  denied_enforcement_case_file: [0, 0, 0, 0, 0, 0, 0]
                  denied_administrative_query: [0, 0, 0, 0, 0, 0, 0]
                  unable_not_held: [2, 0, 0, 0, 0, 0, 2]
                  unable_needs_creation: [0, 0, 0, 0, 0, 0, 0]
                  unable_unclear_after_correction: [0, 0, 0, 0, 0, 0, 0]
                  not_processed_petition_complaint: [0, 0, 0, 0, 0, 0, 0]
                  not_processed_duplicate: [0, 0, 0, 0, 0, 0, 0]
                  not_processed_publication: [0, 0, 0, 0, 0, 0, 0]
                  not_processed_excessive: [0, 0, 0, 0, 0, 0, 0]
                  not_processed_confirm_or_reissue: [0, 0, 0, 0, 0, 0, 0]
                  other_no_correction: [0, 0, 0, 0, 0, 0, 0]
                  other_fee_unpaid: [0, 0, 0, 0, 0, 0, 0]
                  other_other: [0, 0, 0, 0, 0, 0, 0]
                  total_processed: [%5$d, 0, 0, 0, 0, 0, %5$d]
                  carried_forward: [0, 0, 0, 0, 0, 0, 0]
                review_litigation:
                  review: [1, 0, 0, 0, 1]
                  litigation_direct: [0, 0, 0, 0, 0]
                  litigation_after_review: [/, /, /, /, /]
                ---
                ## 一、总体情况
                %7$s

                ## 二、主动公开政府信息情况
                本年度主动公开政府信息 %3$d 条。

                ## 三、收到和处理政府信息公开申请情况
                本年度收到申请 %5$d 件。

                ## 四、政府信息公开行政复议、行政诉讼情况
                见下表。

                ## 五、存在的主要问题及改进情况
                公开内容还不够全面。

                ## 六、其他需要报告的事项
                无。
                """.formatted(issuer, year, 20 + n, 100 + n, total, granted, narrative);
    }
}
