package cn.gongkai.content;

import com.fasterxml.jackson.core.JsonFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainRegionTest {
    private final JsonFactory yaml = ContentLoader.yamlMapper().getFactory();

    /** The full reading: the region, or null when it reports anything at all. */
    private RegionInfo full(String text, String path, RegionInfo parent) {
        FileProblems fp = new FileProblems("x/_region.yaml");
        RegionInfo info;
        try {
            LocatedYaml y = LocatedYaml.parse(() -> yaml, text.startsWith("\uFEFF") ? text.substring(1) : text, 1);
            info = y.root().isObject() ? RegionReader.read(new FieldReader(y, fp, 1), path, parent) : null;
        } catch (LocatedYaml.SyntaxException e) {
            return null;
        }
        return fp.list().isEmpty() ? info : null;
    }

    @Test
    void readsThePlainFormAsTheFullReadingDoes() {
        RegionInfo city = new RegionInfo("shandong/jining", "shandong", RegionLevel.CITY, "济宁市", null, 0, null);
        String[] texts = {
                "name: 山东省\nlevel: province\ncode: \"370000000000\"\norder: 1\n",
                "name: 马营镇\nlevel: township\nnote: 报告未说明所属县（区）\n",
                "level: county\nname: 金乡县\norder: 12",
                "name: 卜集镇\nlevel: township\ncode: \"370828105000\"\norder: 3\n"};
        for (String t : texts) {
            RegionInfo parent = t.contains("province") ? null : city;
            RegionInfo plain = PlainRegion.read(t, "shandong/jining/x", parent);
            assertNotNull(plain, t);
            assertEquals(full(t, "shandong/jining/x", parent), plain, t);
        }
    }

    @Test
    void leavesEverythingElseToTheFullReading() {
        String[] keys = {"name", "level", "code", "order", "note", "nam", "Name", " name", "name ", "kind"};
        String[] values = {"山东省", "山东 省", " 山东省", "山东省 ", "山东省（测试）", "\"山东省\"", "370000000000",
                "\"370000000000\"", "\"37000000000\"", "'370000000000'", "1", "01", "0", "-1", "123456", "1234567",
                "2147483648", "province", "city", "county", "township", "Province", "no", "null", "~", "", "山东省 # 注",
                "山东省\r", "山东·省", "济宁市", "\u3000山东省", "！？", "[1]", "{a: 1}", "|"};
        RegionInfo[] parents = {null, new RegionInfo("a", null, RegionLevel.PROVINCE, "山东省", null, 0, null),
                new RegionInfo("a", null, RegionLevel.COUNTY, "金乡县", null, 0, null)};
        Random random = new Random(7);
        int plain = 0;
        for (int round = 0; round < 20000; round++) {
            List<String> lines = new ArrayList<>();
            lines.add("name: " + (random.nextInt(3) == 0 ? values[random.nextInt(values.length)] : "卜集镇"));
            lines.add("level: " + (random.nextInt(3) == 0 ? values[random.nextInt(values.length)] : "township"));
            for (int k = random.nextInt(4); k > 0; k--) {
                lines.add(keys[random.nextInt(keys.length)] + (random.nextInt(8) == 0 ? ":" : ": ")
                        + values[random.nextInt(values.length)]);
            }
            if (random.nextInt(10) == 0) {
                lines.add(random.nextInt(lines.size() + 1), random.nextBoolean() ? "" : "# 注释");
            }
            java.util.Collections.shuffle(lines, random);
            String text = (random.nextInt(20) == 0 ? "\uFEFF" : "") + String.join("\n", lines)
                    + (random.nextBoolean() ? "\n" : "");
            RegionInfo parent = parents[random.nextInt(parents.length)];
            RegionInfo ours = PlainRegion.read(text, "a/b", parent);
            if (ours != null) {
                plain++;
                assertEquals(full(text, "a/b", parent), ours, text);
            }
        }
        assertTrue(plain > 1000, "plain regions read: " + plain);
    }
}
