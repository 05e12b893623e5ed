package org.preferencetrainer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.preferencetrainer.content.Packs;

class OutboxTest {
    private static Statement statement(int n) {
        return new Statement("id-" + n, "interacted", "{\"n\":" + n + ",\"text\":\"a \\\"b\\\"\"}");
    }

    @ParameterizedTest
    @CsvSource({
        "200, DELIVERED", "204, DELIVERED", "409, DELIVERED",
        "0, RETRY", "408, RETRY", "429, RETRY", "500, RETRY", "502, RETRY", "503, RETRY",
        "401, REFUSED", "403, REFUSED",
        "400, REJECTED", "404, REJECTED", "413, REJECTED",
    })
    void eachAnswerOfTheLrsMeansOneThing(int status, Outbox.Outcome outcome) {
        assertEquals(outcome, Outbox.classify(status));
    }

    @Test
    void statementsGoOutOldestFirstAndLeaveOnlyWhenDelivered() {
        Outbox outbox = new Outbox();
        outbox.add(statement(1));
        outbox.add(statement(2));

        assertEquals("id-1", outbox.next().id());
        outbox.settle("id-1", 0);
        outbox.settle("id-1", 503);
        outbox.settle("id-1", 401);
        assertEquals("id-1", outbox.next().id(), "kept through failures and refusals");
        outbox.settle("id-1", 204);
        assertEquals("id-2", outbox.next().id());
        outbox.settle("id-2", 409);
        assertNull(outbox.next());
        assertTrue(outbox.isEmpty());
    }

    @Test
    void retriesBackOffFromOneSecondDoublingToAMinute() {
        Outbox outbox = new Outbox();
        outbox.add(statement(1));
        long[] expected = {1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000};

        for (long delay : expected) {
            outbox.settle("id-1", 0);
            assertEquals(delay, outbox.retryDelay());
        }
        outbox.settle("id-1", 204);
        assertEquals(0, outbox.failures(), "a delivery resets the back-off");
    }

    @Test
    void theQueueSurvivesEncodingWithWhatTheRegistrationRecorded() {
        Outbox outbox = new Outbox();
        outbox.add(statement(1));
        outbox.add(statement(2));
        outbox.record("completed");

        Outbox decoded = Outbox.decode(Packs.json(outbox.encode()));

        assertEquals(List.of("id-1", "id-2"),
                decoded.pending().stream().map(Statement::id).toList());
        assertEquals(statement(2).json(), decoded.pending().get(1).json());
        assertTrue(decoded.recorded("completed"));
        assertFalse(decoded.recorded("passed"));
    }

    @Test
    void aQueueFromAnotherVersionIsRefusedWithAReason() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Outbox.decode(Packs.json("{\"version\":7,\"pending\":[]}")));

        assertEquals("the stored statement queue is not of version 1", error.getMessage());
    }
}
