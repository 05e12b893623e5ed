package org.preferencetrainer.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Packs;
import org.preferencetrainer.model.Gauge;
import org.preferencetrainer.model.ModelSettings;
import org.preferencetrainer.model.SeededRandom;

/**
 * The gauge's thresholds against the lesson as it ships: the English pack, the default settings
 * and pair strategy, the real reference policy. A learner who always picks the clearer answer
 * should usually see Strong within the eight rounds; one who picks at random usually should not
 * (docs/model.md has the table behind {@link Gauge#STRONG_FROM}).
 */
class GaugeCalibrationTest {
    private static final Pack ENGLISH = Packs.shipped("en");
    private static final int SESSIONS = 200;

    @Test
    void consistentLearnersUsuallyReachStrongWithinTheRounds() {
        int reached = 0;

        for (int seed = 0; seed < SESSIONS; seed++) {
            if (reachesStrong(seed, true)) {
                reached++;
            }
        }

        // about four in five (155 of these 200)
        assertTrue(reached >= SESSIONS * 3 / 4, reached + " of " + SESSIONS);
    }

    @Test
    void randomLearnersMostlyDoNotReachStrong() {
        int reached = 0;

        for (int seed = 0; seed < SESSIONS; seed++) {
            if (reachesStrong(seed, false)) {
                reached++;
            }
        }

        // about one in three (61 of these 200): eight coin flips can look like a preference
        assertTrue(reached <= SESSIONS * 2 / 5, reached + " of " + SESSIONS);
    }

    /** Plays a session and says whether the gauge read Strong after any choice. */
    private static boolean reachesStrong(long seed, boolean prefersClarity) {
        Session session = Session.start(ENGLISH, ModelSettings.defaults(), seed).begin();
        SeededRandom coin = new SeededRandom(~seed);
        boolean reached = false;
        while (session.phase() == Session.Phase.ROUND) {
            Side side = prefersClarity ? SessionTest.preferring(session, 0)
                    : coin.nextBoolean() ? Side.A : Side.B;
            session = session.choose(side);
            reached |= session.gauge() == Gauge.STRONG;
        }
        return reached;
    }
}
