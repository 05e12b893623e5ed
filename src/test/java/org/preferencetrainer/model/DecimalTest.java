package org.preferencetrainer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalTest {
    @Test
    void wholeNumbersHaveNoFraction() {
        assertEquals("0", Decimal.text(0));
        assertEquals("0", Decimal.text(-0.0));
        assertEquals("3", Decimal.text(3));
        assertEquals("-12", Decimal.text(-12));
        assertEquals("100", Decimal.text(100));
        assertEquals("999999999999999", Decimal.text(999_999_999_999_999.0));
    }

    @Test
    void fractionsKeepFifteenSignificantDigits() {
        assertEquals("0.3", Decimal.text(0.1 + 0.2));
        assertEquals("0.75", Decimal.text(0.75));
        assertEquals("-1.5", Decimal.text(-1.5));
        assertEquals("0.000001", Decimal.text(1e-6));
        assertEquals("3.14159265358979", Decimal.text(Math.PI));
        assertEquals("1000", Decimal.text(999.9999999999999));
        assertEquals("123456.789", Decimal.text(123456.789));
        assertEquals("0.1", Decimal.text(0.1));
    }

    @Test
    void exponentsOnlyForTheVeryLargeAndTheVerySmall() {
        assertEquals("1e15", Decimal.text(1e15));
        assertEquals("1.5e-7", Decimal.text(1.5e-7));
        assertEquals("-2.5e300", Decimal.text(-2.5e300));
        assertEquals("1.79769313486232e308", Decimal.text(Double.MAX_VALUE));
        assertEquals("4.94065645841247e-324", Decimal.text(Double.MIN_VALUE));
        assertEquals("1e-300", Decimal.text(1e-300));
    }

    @Test
    void notNumbersAreNamed() {
        assertEquals("NaN", Decimal.text(Double.NaN));
        assertEquals("Infinity", Decimal.text(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Decimal.text(Double.NEGATIVE_INFINITY));
    }

    @Test
    void readsBackWithinFifteenDigits() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-320, 308));
            double back = Double.parseDouble(Decimal.text(value));
            double tolerance = Math.abs(value) * 1e-14 + Double.MIN_VALUE * 16;
            assertEquals(value, back, tolerance, () -> value + " printed as " + Decimal.text(value));
        }
    }

    @Test
    void wholeNumbersReadAsLongParseLongReadsThem() {
        String[] texts = {"0", "-0", "+7", "42", "-42", "9223372036854775807",
            "-9223372036854775808", "007", "1234567890123456789"};
        for (String text : texts) {
            assertEquals(Long.parseLong(text), Decimal.parseWhole(text), text);
        }
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            long value = random.nextLong() >> random.nextInt(64);
            assertEquals(value, Decimal.parseWhole(Long.toString(value)));
        }
    }

    @Test
    void textThatIsNotAWholeNumberIsRefused() {
        for (String text : new String[] {"", "-", "+", "1.5", "1e3", " 1", "12a", "--1",
            "9223372036854775808", "-9223372036854775809", "99999999999999999999",
            "18446744073709551616"}) {
            org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class,
                    () -> Decimal.parseWhole(text), text);
        }
    }
}
