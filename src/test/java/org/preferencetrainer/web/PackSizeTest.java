package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The 2 MB limit on a pack counts its bytes in UTF-8, as the file has them on disk. */
class PackSizeTest {
    private static final int MAX = PackLoader.MAX_BYTES;

    @Test
    void plainTextIsMeasuredByItsLength() {
        assertFalse(PackLoader.tooLarge(""));
        assertFalse(PackLoader.tooLarge("x".repeat(MAX)));
        assertTrue(PackLoader.tooLarge("x".repeat(MAX + 1)));
    }

    @Test
    void shortTextIsNeverTooLargeWhateverItsCharacters() {
        assertFalse(PackLoader.tooLarge("€".repeat(MAX / 3)));
        assertFalse(PackLoader.tooLarge("😀".repeat(MAX / 6)));
    }

    @Test
    void charactersBeyondAsciiCountTwoThreeOrFourBytes() {
        assertFalse(PackLoader.tooLarge("é".repeat(MAX / 2)));
        assertTrue(PackLoader.tooLarge("é".repeat(MAX / 2) + "x"));
        assertFalse(PackLoader.tooLarge("€".repeat(MAX / 3) + "x".repeat(MAX % 3)));
        assertTrue(PackLoader.tooLarge("€".repeat(MAX / 3 + 1)));
        // an emoji is two chars and four bytes: as long in chars as in bytes halved
        assertFalse(PackLoader.tooLarge("😀".repeat(MAX / 4)));
        assertTrue(PackLoader.tooLarge("😀".repeat(MAX / 4) + "x"));
        // a lone surrogate is written as three bytes (a replacement character)
        assertTrue(PackLoader.tooLarge("\ud800".repeat(MAX / 3) + "xxx"));
        assertFalse(PackLoader.tooLarge("\ud800".repeat(MAX / 3) + "xx"));
    }
}
