package cn.gongkai.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrontMatterTest {
    @Test
    void whiteSpaceIsWhatCharacterIsWhitespaceSaysForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), FrontMatter.isWhitespace((char) c),
                    "U+" + Integer.toHexString(c));
        }
    }
}
