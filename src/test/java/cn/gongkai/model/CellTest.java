package cn.gongkai.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellTest {

    @Test
    void notApplicableAndUnknownAreNeverZero() {
        Cell zero = Cell.of(0);
        assertNotEquals(zero, Cell.notApplicable());
        assertNotEquals(zero, Cell.UNKNOWN);
        assertNotEquals(Cell.notApplicable(), Cell.UNKNOWN);
        assertNull(Cell.notApplicable().numberOrNull());
        assertNull(Cell.UNKNOWN.numberOrNull());
        assertEquals(BigDecimal.ZERO, zero.numberOrNull());
    }

    @Test
    void eachStateShowsDistinctly() {
        assertEquals("0", Cell.of(0).display());
        assertEquals("/", Cell.notApplicable().display());
        assertEquals("?", Cell.UNKNOWN.display());
    }

    @Test
    void decimalsKeepTheirDigitsAndWholeNumbersLoseTrailingZeros() {
        assertEquals("5949.088667", Cell.of(new BigDecimal("5949.088667")).display());
        assertEquals("26.55", Cell.of(new BigDecimal("26.550")).display());
        assertEquals("100", Cell.of(new BigDecimal("100")).display());
        assertEquals("100", Cell.of(new BigDecimal("1E+2")).display());
        assertTrue(((Cell.Num) Cell.of(new BigDecimal("12.0"))).isWhole());
        assertFalse(((Cell.Num) Cell.of(new BigDecimal("12.5"))).isWhole());
    }

    @Test
    void rawKeepsWhatWasWritten() {
        assertEquals("—", new Cell.NotApplicable("—").raw());
        assertEquals("+19", new Cell.Num(new BigDecimal("19"), "+19").raw());
        assertEquals("", Cell.UNKNOWN.raw());
        assertEquals("7", Cell.of(7).raw());
    }

    @Test
    void smallNumbersAndUsualMarksAreSharedValuesEqualToNewOnes() {
        assertTrue(Cell.of(7) == Cell.of(7));
        assertTrue(Cell.of(new BigDecimal("7")) == Cell.of(7));
        assertEquals(new Cell.Num(new BigDecimal("7"), "7"), Cell.of(7));
        assertEquals(new Cell.Num(new BigDecimal("123456"), null), Cell.of(123456));
        assertTrue(Cell.notApplicable("—") == Cell.notApplicable("—"));
        assertEquals(new Cell.NotApplicable("—"), Cell.notApplicable("—"));
        assertEquals("xx", ((Cell.NotApplicable) Cell.notApplicable("xx")).raw());
    }

    @Test
    void aNumberKeepsHowItWasWritten() {
        Cell written = Cell.of(new BigDecimal("7.0"), "7.0");
        assertEquals("7.0", written.raw());
        assertEquals(new BigDecimal("7"), written.numberOrNull());
        assertEquals("7", Cell.of(new BigDecimal("7"), "7").raw());
        assertEquals(new BigDecimal("-417"), Cell.of(-417).numberOrNull());
        assertEquals(new BigDecimal("100"), new Cell.Num(new BigDecimal("1E+2"), null).numberOrNull());
    }

    @Test
    void numbersAreEqualWhenValueAndWritingAreEqual() {
        Cell a = new Cell.Num(new BigDecimal("19"), "+19");
        assertEquals(a, new Cell.Num(new BigDecimal("19"), "+19"));
        assertEquals(a.hashCode(), new Cell.Num(new BigDecimal("19"), "+19").hashCode());
        assertNotEquals(a, new Cell.Num(new BigDecimal("19"), "19"));
        assertNotEquals(a, new Cell.Num(new BigDecimal("20"), "+19"));
        assertNotEquals(Cell.of(0), Cell.notApplicable());
        assertNotEquals(Cell.of(0), null);
    }
}
