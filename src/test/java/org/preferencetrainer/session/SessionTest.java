package org.preferencetrainer.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.preferencetrainer.content.Packs;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.model.Gauge;
import org.preferencetrainer.model.ModelSettings;

class SessionTest {
    private static final Pack ENGLISH = Packs.shipped("en");
    private static final int CLARITY = 0;

    private static Session start(long seed) {
        return Session.start(ENGLISH, ModelSettings.defaults(), seed);
    }

    /** The side whose response scores higher on the criterion; A on a tie. */
    static Side preferring(Session session, int criterion) {
        double[][] scores = session.question().scoreMatrix();
        Pair pair = session.pair();
        return scores[pair.responseB()][criterion] > scores[pair.responseA()][criterion]
                ? Side.B : Side.A;
    }

    private static Session playPreferring(Session session, int criterion) {
        while (session.phase() == Session.Phase.ROUND) {
            session = session.choose(preferring(session, criterion));
        }
        return session;
    }

    @Test
    void startsAtTheIntroWithAnUntrainedModel() {
        Session session = start(1);

        assertEquals(Session.Phase.INTRO, session.phase());
        assertArrayEquals(new double[4], session.model().weights());
        assertEquals(Gauge.WEAK, session.gauge());
        assertNull(session.pair());
    }

    @Test
    void eachRoundShowsTwoResponsesThatScoreDifferentlyOnAQuestionNotYetShown() {
        Session session = start(7).begin();
        Set<Integer> questions = new HashSet<>();

        for (int round = 1; round <= ENGLISH.rounds(); round++) {
            assertEquals(round, session.round());
            Pair pair = session.pair();
            double[][] scores = session.question().scoreMatrix();
            assertFalse(Arrays.equals(scores[pair.responseA()], scores[pair.responseB()]));
            assertTrue(questions.add(pair.question()), "question repeated in round " + round);
            session = session.choose(Side.A);
        }

        assertEquals(Session.Phase.SUMMARY, session.phase());
        assertEquals(ENGLISH.rounds(), session.choices().size());
    }

    @Test
    void theSameSeedAndChoicesReplayTheSameSession() {
        Session played = start(99).begin().choose(Side.B).choose(Side.A).choose(Side.B);

        String saved = played.state().encode();
        Session replayed = Session.restore(ENGLISH, ModelSettings.defaults(),
                SessionState.decode(saved));

        assertEquals("1.99.r.BAB", saved);
        assertEquals(played.pair(), replayed.pair());
        assertEquals(played.model(), replayed.model());
        assertEquals(played.round(), replayed.round());
    }

    @Test
    void differentSeedsShowDifferentSessions() {
        assertNotEquals(start(1).begin().pair(), start(2).begin().pair());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void alwaysPreferringClearerAnswersMakesClarityTheTopWeight(long seed) {
        Session done = playPreferring(start(seed).begin(), CLARITY);

        Summary summary = done.summary();
        assertEquals(CLARITY, done.model().ranking()[0]);
        assertEquals(CLARITY, (int) summary.favoured().get(0));
        assertTrue(summary.unseen());
    }

    /*
     * Not for every seed: the payoff question's original answer has twice the reference weight,
     * and a pair chosen to settle which criterion comes first can leave the weights too small
     * to overturn that (seed 2: clarity leads with 1.17, but the clearest answer's reward is
     * only 0.22 above the original's). Over 200 seeds it fails in about 3.
     */
    @Test
    void alwaysPreferringClearerAnswersAlmostAlwaysMakesThePayoffAnswerClearer() {
        int clearer = 0;

        for (int seed = 0; seed < 200; seed++) {
            Summary summary = playPreferring(start(seed).begin(), CLARITY).summary();
            double[][] scores = ENGLISH.questions().get(summary.question()).scoreMatrix();
            if (scores[summary.trainedAnswer()][CLARITY]
                    > scores[summary.originalAnswer()][CLARITY]) {
                clearer++;
            }
        }

        assertTrue(clearer >= 190, clearer + " of 200");
    }

    @Test
    void theBetaControlRunsFromTheOriginalAnswerToTheRewardsFavourite() {
        Summary summary = playPreferring(start(42).begin(), CLARITY).summary();
        double[] steps = summary.betaSteps();

        assertEquals(Double.POSITIVE_INFINITY, steps[0]);
        assertEquals(summary.originalAnswer(), summary.answerAt(steps[0]));
        assertEquals(0.5, steps[summary.playedBetaStep()]);
        assertEquals(summary.trainedAnswer(), summary.answerAt(0.5));
        assertEquals(summary.rewardMaximiser(), summary.answerAt(steps[steps.length - 1]));
        for (int i = 1; i < steps.length; i++) {
            assertTrue(steps[i] < steps[i - 1], "from high β to low");
        }
    }

    @Test
    void theLearningCurveHoldsEachRoundsConfidenceAndTheRunningAgreement() {
        Session done = start(8).begin().choose(Side.A).choose(Side.B).choose(Side.A);
        while (done.phase() == Session.Phase.ROUND) {
            done = done.choose(preferring(done, CLARITY));
        }

        Summary summary = done.summary();
        double[] confidence = summary.confidences();
        double[] agreement = summary.agreement();

        assertEquals(ENGLISH.rounds(), confidence.length);
        double agreed = 0;
        int predicted = 0;
        for (int i = 0; i < confidence.length; i++) {
            Choice choice = done.choices().get(i);
            assertEquals(Gauge.confidence(Session.restore(ENGLISH, ModelSettings.defaults(),
                    new SessionState(8, true, done.state().sides().subList(0, i + 1)))
                    .model()), confidence[i], 1e-15);
            agreed += choice.predicted() > 0.5 ? 1 : choice.predicted() < 0.5 ? 0 : 0.5;
            predicted += choice.predicted() > 0.5 ? 1 : 0;
            assertEquals(agreed / (i + 1), agreement[i], 1e-15);
        }
        assertEquals(0.5, done.choices().get(0).agreed(), "nothing to predict with at first");
        assertEquals(predicted, summary.predictedChoices());
    }

    @Test
    void duringARoundTheSessionGivesThePredictionAndThePolicy() {
        Session session = start(3).begin().choose(Side.B);
        double[][] scores = session.question().scoreMatrix();

        double probabilityA = session.probabilityA();
        double[] policy = session.policyNow();

        assertEquals(session.model().probabilityPrefers(scores[session.pair().responseA()],
                scores[session.pair().responseB()]), probabilityA);
        assertEquals(scores.length, policy.length);
        assertThrows(IllegalStateException.class, () -> start(3).probabilityA());
    }

    @Test
    void theSummaryQuestionWasNotPlayed() {
        Session done = playPreferring(start(5).begin(), CLARITY);

        int payoff = done.summary().question();

        for (Choice choice : done.choices()) {
            assertNotEquals(payoff, choice.pair().question());
        }
    }

    @Test
    void aConsistentLearnerLeavesTheGaugeAboveWeak() {
        Session done = playPreferring(start(11).begin(), CLARITY);

        assertNotEquals(Gauge.WEAK, done.gauge());
    }

    @Test
    void everyChoiceRecordsItsChangeAndWhatTheModelPredicted() {
        Session session = start(3).begin();
        Pair pair = session.pair();

        Session after = session.choose(Side.B);

        Choice choice = after.lastChoice();
        double[][] scores = ENGLISH.questions().get(pair.question()).scoreMatrix();
        assertEquals(scores[pair.responseB()][1] - scores[pair.responseA()][1],
                choice.change()[1], 1e-12);
        assertEquals(0.5, choice.predicted(), 1e-12, "an untrained model predicts a coin toss");
        assertArrayEquals(choice.change(), after.model().counts(), 1e-12);
    }

    @Test
    void restartBeginsAFreshSessionAtRoundOne() {
        Session done = playPreferring(start(8).begin(), CLARITY);

        Session again = done.restart();

        assertEquals(Session.Phase.ROUND, again.phase());
        assertEquals(1, again.round());
        assertArrayEquals(new double[4], again.model().weights());
        assertNotEquals(done.seed(), again.seed());
    }

    @Test
    void choosingOutsideARoundIsAProgrammingError() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> start(1).choose(Side.A));

        assertEquals("Cannot choose a session in phase INTRO; expected ROUND", error.getMessage());
    }
}
