package cn.gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void diagnosticsAreEqualWhenEveryPartIsEqual() {
        Diagnostic d = Diagnostic.warning("sum", "合计不符", "applications.total_processed.total");
        Diagnostic same = Diagnostic.warning("sum", "合计不符", "applications.total_processed.total");
        assertEquals(d, same);
        assertEquals(d.hashCode(), same.hashCode());
        assertNotEquals(d, Diagnostic.error("sum", "合计不符", "applications.total_processed.total"));
        assertNotEquals(d, Diagnostic.warning("sums", "合计不符", "applications.total_processed.total"));
        assertNotEquals(d, Diagnostic.warning("sum", "合计相符", "applications.total_processed.total"));
        assertNotEquals(d, Diagnostic.warning("sum", "合计不符", null));
        assertEquals(Diagnostic.info("x", "m", null), Diagnostic.info("x", "m", null));
        assertNotEquals(d, null);
    }
}
