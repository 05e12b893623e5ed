package org.preferencetrainer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionStateTest {
    @Test
    void encodeAndDecodeRoundTrip() {
        SessionState state = new SessionState(-12345678901L, true, List.of(Side.A, Side.B));

        SessionState back = SessionState.decode(state.encode());

        assertEquals("1.-12345678901.r.AB", state.encode());
        assertEquals(state, back);
    }

    @Test
    void aSessionAtItsIntroHasNoChoices() {
        assertEquals("1.5.i.", new SessionState(5, false, List.of()).encode());
        assertThrows(IllegalArgumentException.class,
                () -> new SessionState(5, false, List.of(Side.A)));
    }

    @Test
    void quizAnswersRoundTripAfterTheSides() {
        SessionState state = new SessionState(42, true, List.of(Side.A, Side.B), true,
                List.of(0, 2, 11));

        assertEquals("1.42.r.AB.q0-2-11", state.encode());
        assertEquals(state, SessionState.decode(state.encode()));
        assertEquals(List.of(0, 2, 11), SessionState.decode("1.42.r.AB.q0-2-11").answers());
        assertTrue(SessionState.decode("1.42.r.AB.q").quizStarted());
        assertFalse(SessionState.decode("1.42.r.AB").quizStarted());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.5.r.AB|\"2.5.r.AB\" is not a saved session of version 1",
        "1.five.r.AB|The saved session's seed \"five\" is not a whole number",
        "1.5.x.AB|The saved session's phase \"x\" is neither i nor r",
        "1.5.r.AC|The saved session's choices \"AC\" may hold only A and B",
        "1.5.r.AB.x1|The saved session's quiz field \"x1\" does not start with q",
        "1.5.r.AB.q1--2|The saved session's quiz answers \"1--2\" must be choice numbers joined by -",
        "1.5.r.AB.q1-|The saved session's quiz answers \"1-\" must be choice numbers joined by -",
        "1.5.r.AB.q1.2|\"1.5.r.AB.q1.2\" is not a saved session of version 1",
    })
    void textThatIsNotAStateIsRefusedWithAReason(String text, String message) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SessionState.decode(text));

        assertEquals(message, error.getMessage());
    }
}
