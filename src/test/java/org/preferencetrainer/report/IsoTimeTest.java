package org.preferencetrainer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoTimeTest {
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "1767225600000, 60",
        "951782400000, -300",
        "4107542399999, 330",
        "-86400001, 0",
        "1709164800123, -570",
    })
    void timestampsAgreeWithJavaTimeIncludingTheOffset(long millis, int offset) {
        String expected = OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis),
                ZoneOffset.ofTotalSeconds(offset * 60)).format(ISO);

        assertEquals(expected, IsoTime.timestamp(millis, offset));
    }

    @ParameterizedTest
    @CsvSource({
        "0, PT0S",
        "9, PT0S",
        "1500, PT1.5S",
        "61250, PT1M1.25S",
        "3600000, PT1H",
        "3723040, PT1H2M3.04S",
        "-5, PT0S",
    })
    void durationsAreIsoToTheHundredth(long millis, String text) {
        assertEquals(text, IsoTime.duration(millis));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 00:00:00.00",
        "83456, 00:01:23.45",
        "36000000000, 9999:00:00.00",
    })
    void scormTimespansHaveTwoToFourHourDigits(long millis, String text) {
        assertEquals(text, IsoTime.scormTimespan(millis));
    }
}
