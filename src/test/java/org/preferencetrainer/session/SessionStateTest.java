package org.preferencetrainer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.5.r.AB|\"2.5.r.AB\" is not a saved session of version 1",
        "1.five.r.AB|The saved session's seed \"five\" is not a whole number",
        "1.5.x.AB|The saved session's phase \"x\" is neither i nor r",
        "1.5.r.AC|The saved session's choices \"AC\" may hold only A and B",
    })
    void textThatIsNotAStateIsRefusedWithAReason(String text, String message) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SessionState.decode(text));

        assertEquals(message, error.getMessage());
    }
}
