package cn.gongkai.check;

import cn.gongkai.cli.Main;
import cn.gongkai.data.JsonMapper;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gongkai check} through {@code Main.run}, on copies of the sample and of invalid content. */
class CheckCommandTest {
    static final String SAMPLE = "src/test/resources/content/sample";
    static final String INVALID = "src/test/resources/content/invalid/";

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void passesTheSampleContentAndPrintsItsWarningsWithFileAndLine() {
        Run r = run("check", "--content", SAMPLE);
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        assertEquals(List.of(
                SAMPLE + "/maying-zhen/2024.md:45: warning: key 'review_litigation': 第四部分“政府信息公开行政复议、行政诉讼情况”的表格缺失或无法读取：表中各项数字未知（不是 0） [table-missing]",
                SAMPLE + "/shandong/jining/jinxiang/buji-zhen/2021.md:28: warning: key 'applications.denied_third_party_rights': 第三部分有 18 行缺失或无法读取（未知，不是 0）：“（三）4.保护第三方合法权益”、“（三）5.属于三类内部事务信息”、“（三）6.属于四类过程性信息”、“（三）7.属于行政执法案卷”、“（三）8.属于行政查询事项”、“（四）1.本机关不掌握相关政府信息”、“（四）2.没有现成信息需要另行制作”、“（四）3.补正后申请内容仍不明确”、“（五）1.信访举报投诉类申请”、“（五）2.重复申请”、“（五）3.要求提供公开出版物”、“（五）4.无正当理由大量反复申请”、“（五）5.要求行政机关确认或重新出具…”、“（六）1.申请人无正当理由逾期不补正…”、“（六）2.申请人逾期未按收费通知要求…”、“（六）3.其他”、“（七）总计”、“四、结转下年度继续办理” [rows-unknown]",
                SAMPLE + "/shandong/jining/jinxiang/buji-zhen/2024.md:11: warning: key 'art20': 第二部分“主动公开政府信息情况”的表格缺失或无法读取：表中各项数字未知（不是 0） [table-missing]",
                SAMPLE + "/shandong/jining/jinxiang/buji-zhen/2024.md:12: warning: key 'applications': 第三部分“收到和处理政府信息公开申请情况”的表格缺失或无法读取：表中各项数字未知（不是 0） [table-missing]",
                SAMPLE + "/shandong/jining/jinxiang/buji-zhen/2024.md:13: warning: key 'review_litigation': 第四部分“政府信息公开行政复议、行政诉讼情况”的表格缺失或无法读取：表中各项数字未知（不是 0） [table-missing]",
                SAMPLE + "/shandong/jining/jinxiang/xiaoyun-zhen/2024.md:22: warning: key 'applications.granted': 第三部分有 23 行缺失或无法读取（未知，不是 0）：“（一）予以公开”、“（二）部分公开（区分处理的，只…”、“（三）1.属于国家秘密”、“（三）2.其他法律行政法规禁止公开”、“（三）3.危及“三安全一稳定””、“（三）4.保护第三方合法权益”、“（三）5.属于三类内部事务信息”、“（三）6.属于四类过程性信息”、“（三）7.属于行政执法案卷”、“（三）8.属于行政查询事项”、“（四）1.本机关不掌握相关政府信息”、“（四）2.没有现成信息需要另行制作”、“（四）3.补正后申请内容仍不明确”、“（五）1.信访举报投诉类申请”、“（五）2.重复申请”、“（五）3.要求提供公开出版物”、“（五）4.无正当理由大量反复申请”、“（五）5.要求行政机关确认或重新出具…”、“（六）1.申请人无正当理由逾期不补正…”、“（六）2.申请人逾期未按收费通知要求…”、“（六）3.其他”、“（七）总计”、“四、结转下年度继续办理” [rows-unknown]",
                "gongkai check: 载入 6 份报告、12 个地区；错误 0 个，警告 6 个，提示 0 条"), r.lines());
    }

    @Test
    void failsOnWarningsWithStrict() {
        assertEquals(Main.CONTENT_ERRORS, run("check", "--content", SAMPLE, "--strict").code());
    }

    @Test
    void failsOnContentErrorsAndStillChecksTheReportsThatLoaded() {
        Run r = run("check", "--content", INVALID + "negative-count/content");
        assertEquals(Main.CONTENT_ERRORS, r.code());
        assertTrue(r.out().contains(INVALID + "negative-count/content/jia-zhen/2024.md:7: error: key 'review_litigation.review.3': 数量不能为负数，实际是 -1 [negative-count]"),
                r.out());
        assertTrue(r.out().contains("jia-zhen/2023.md:1: warning: key 'art20'"), r.out());
        assertTrue(r.out().endsWith("gongkai check: 载入 1 份报告、1 个地区，1 份报告因错误未载入；错误 2 个，警告 3 个，提示 0 条\n"),
                r.out());
    }

    @Test
    void printsJsonWithFileLineKeySeverityCodeMessageAndReportId() throws Exception {
        Run r = run("check", "--content", INVALID + "year-mismatch/content", "--format", "json");
        assertEquals(Main.CONTENT_ERRORS, r.code());
        JsonNode a = JsonMapper.create().readTree(r.out());
        JsonNode first = a.get(0);
        assertEquals(INVALID + "year-mismatch/content/jia-zhen/2023.md", first.get("file").asText());
        JsonNode mismatch = a.get(a.size() - 1);
        assertEquals(3, mismatch.get("line").asInt());
        assertEquals("year", mismatch.get("key").asText());
        assertEquals("error", mismatch.get("severity").asText());
        assertEquals("year-file-mismatch", mismatch.get("code").asText());
        assertEquals("jia-zhen/2024", mismatch.get("report_id").asText());
        assertTrue(mismatch.get("message").asText().contains("文件名是 2024.md"));
        assertTrue(r.err().startsWith("gongkai check: 载入 1 份报告"), r.err());
    }

    @Test
    void exitsWithTwoWhenTheContentFolderIsMissing() {
        Run r = run("check", "--content", "src/test/resources/content/no-such-folder");
        assertEquals(Main.USAGE_OR_IO, r.code());
        assertEquals("gongkai check: 无法读取内容文件夹 src/test/resources/content/no-such-folder：文件夹不存在\n", r.err());
        assertEquals("", r.out());
    }
}
