package org.preferencetrainer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.PackReader;
import org.preferencetrainer.content.PackResult;
import org.preferencetrainer.content.Packs;
import org.preferencetrainer.model.ModelSettings;
import org.preferencetrainer.model.PairStrategy;
import org.preferencetrainer.model.RewardModel;
import org.preferencetrainer.model.SeededRandom;

class SimulationTest {
    private static final Pack ENGLISH = Packs.shipped("en");

    /**
     * Two criteria, three questions, one round. Question "a" has responses scoring (1, 0),
     * (0, 1) and (0.5, 0.5); "b" has (1, 0) and (0, 0); "c" has (0, 1) and (0, 0).
     */
    private static final Pack TINY = tiny();

    private static Pack tiny() {
        String json = "{\"schemaVersion\": 1, \"id\": \"tiny\", \"title\": \"Tiny\","
                + " \"rounds\": 1, \"criteria\": ["
                + "{\"id\": \"x\", \"label\": \"X\"}, {\"id\": \"y\", \"label\": \"Y\"}],"
                + " \"questions\": ["
                + question("a", new double[][] {{1, 0}, {0, 1}, {0.5, 0.5}}) + ","
                + question("b", new double[][] {{1, 0}, {0, 0}}) + ","
                + question("c", new double[][] {{0, 1}, {0, 0}}) + "]}";
        PackResult result = PackReader.read(Packs.json(json));
        assertTrue(result.isValid(), result.problems().toString());
        return result.pack();
    }

    private static String question(String id, double[][] scores) {
        StringBuilder text = new StringBuilder("{\"id\": \"" + id + "\", \"prompt\": \"Q " + id
                + "?\", \"responses\": [");
        for (int i = 0; i < scores.length; i++) {
            text.append(i > 0 ? ", " : "").append("{\"id\": \"").append(id).append('-').append(i)
                    .append("\", \"text\": \"Answer ").append(i).append(".\", \"scores\": {\"x\": ")
                    .append(scores[i][0]).append(", \"y\": ").append(scores[i][1]).append("}}");
        }
        return text.append("]}").toString();
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() {
        Simulation first = Simulation.of(ENGLISH, 8, 60, 0.95, 0.3, 7);
        Simulation again = Simulation.of(ENGLISH, 8, 60, 0.95, 0.3, 7);
        Simulation other = Simulation.of(ENGLISH, 8, 60, 0.95, 0.3, 8);

        for (PairStrategy strategy : PairStrategy.values()) {
            Simulation.Result a = first.run(ModelSettings.defaults(), strategy);
            Simulation.Result b = again.run(ModelSettings.defaults(), strategy);
            assertEquals(a.top1(), b.top1(), strategy.id());
            assertEquals(a.agreement(), b.agreement(), strategy.id());
            assertEquals(a.adaptation(), b.adaptation(), strategy.id());
        }
        Simulation.Result a = first.run(ModelSettings.defaults(), PairStrategy.RANDOM);
        Simulation.Result c = other.run(ModelSettings.defaults(), PairStrategy.RANDOM);
        assertNotEquals(a.agreement(), c.agreement());
    }

    @Test
    void drawnLearnersHaveOneDominantCriterionAndSmallOthers() {
        SeededRandom random = new SeededRandom(11);
        int[] dominant = new int[4];

        for (int i = 0; i < 400; i++) {
            SimulatedLearner learner = SimulatedLearner.draw(4, 0.95, 0.3, random);
            double[] w = learner.weights();
            dominant[learner.dominant()]++;
            assertEquals(1.0, w[learner.dominant()]);
            for (int k = 0; k < 4; k++) {
                assertTrue(k == learner.dominant() || Math.abs(w[k]) <= 0.3, "weight " + w[k]);
            }
        }

        for (int count : dominant) {
            assertTrue(count > 60, "each criterion dominates about a quarter of the time");
        }
    }

    @Test
    void aLearnerPicksTheirPreferredResponseAtTheGivenRate() {
        SimulatedLearner learner = new SimulatedLearner(new double[] {1, 0}, 0.9, 5);
        Session session = Session.start(TINY, ModelSettings.defaults(), 1).begin();
        Side preferred = learner.reward(scoresShown(session, Side.A))
                > learner.reward(scoresShown(session, Side.B)) ? Side.A : Side.B;
        SeededRandom slips = learner.slips();

        int kept = 0;
        for (int i = 0; i < 2000; i++) {
            kept += learner.choose(session, slips) == preferred ? 1 : 0;
        }

        assertEquals(0.9, kept / 2000.0, 0.02);
    }

    private static double[] scoresShown(Session session, Side side) {
        return session.question().scoreMatrix()[session.pair().response(side)];
    }

    @Test
    void agreementCountsTheHeldOutPairsTheLearnedRewardOrdersAsTheLearnerDoes() {
        // the model has learned w = (1, 0); the learner values y; question a was played
        SimulatedLearner likesY = new SimulatedLearner(new double[] {0, 1}, 1.0, 1);
        RewardModel model = modelWithWeights(1, 0);

        double agreement = Simulation.agreement(TINY, new boolean[] {true, false, false}, model,
                likesY);

        // held out: b (1,0) vs (0,0): the learner cannot tell them apart → skipped;
        // c (0,1) vs (0,0): the model is indifferent (w_y = 0) → one half
        assertEquals(0.5, agreement, 1e-15);
    }

    @Test
    void agreementIsOneWhenTheModelOrdersEveryHeldOutPairRightAndZeroWhenItOrdersThemWrong() {
        SimulatedLearner likesBoth = new SimulatedLearner(new double[] {1, 0.2}, 1.0, 1);
        boolean[] played = {true, false, false};

        assertEquals(1.0, Simulation.agreement(TINY, played, modelWithWeights(1, 0.5),
                likesBoth), 1e-15);
        assertEquals(0.0, Simulation.agreement(TINY, played, modelWithWeights(-1, -0.5),
                likesBoth), 1e-15);
    }

    @Test
    void agreementOnQuestionAAloneComparesAllThreeOfItsPairs() {
        // learner: x > mixed > y; model w = (1, 0.5): x 1, y 0.5, mixed 0.75 → agrees on all
        SimulatedLearner likesX = new SimulatedLearner(new double[] {1, 0}, 1.0, 1);
        boolean[] played = {false, true, true};

        assertEquals(1.0, Simulation.agreement(TINY, played, modelWithWeights(1, 0.5), likesX),
                1e-15);
        // w = (0, 1) orders all three the wrong way round
        assertEquals(0.0, Simulation.agreement(TINY, played, modelWithWeights(0, 1), likesX),
                1e-15);
    }

    /** A two-criterion model whose weights are (a, b): one step of η = 2 from w = 0. */
    private static RewardModel modelWithWeights(double a, double b) {
        RewardModel model = RewardModel.initial(2, 1.0)
                .afterChoice(new double[] {a, b}, new double[] {0, 0}, 2.0);
        assertEquals(a, model.weight(0), 1e-15);
        assertEquals(b, model.weight(1), 1e-15);
        return model;
    }

    @Test
    void topHalfMassTakesTheBestFloorHalfOfTheResponses() {
        double[] policy = {0.1, 0.2, 0.3, 0.4};
        double[] hidden = {5, 1, 3, 2};

        // top half of four: responses 0 and 2
        assertEquals(0.4, Simulation.topHalfMass(policy, hidden), 1e-15);
        // of five: two; of three: one; of one: that one
        assertEquals(0.4, Simulation.topHalfMass(new double[] {0.1, 0.2, 0.3, 0.15, 0.25},
                new double[] {0, 1, 2, 3, 4}), 1e-15);
        // a tie keeps index order
        assertEquals(0.1, Simulation.topHalfMass(new double[] {0.1, 0.9},
                new double[] {2, 2}), 1e-15);
        assertEquals(0.7, Simulation.topHalfMass(new double[] {0.7, 0.2, 0.1},
                new double[] {9, 1, 1}), 1e-15);
        assertEquals(1.0, Simulation.topHalfMass(new double[] {1.0}, new double[] {0}));
    }

    @Test
    void adaptationIsTheMeanGainOfTopHalfMassOverThePacksQuestions() {
        SimulatedLearner likesX = new SimulatedLearner(new double[] {1, -0.5}, 1.0, 1);
        RewardModel trained = RewardModel.initial(2, 1.0)
                .afterChoice(new double[] {1, 0}, new double[] {0, 1}, 2.0);   // w = (1, −1)
        double beta = 0.5;

        double adaptation = Simulation.adaptation(TINY, trained, beta, likesX);

        // by hand: per question, π(top half) after minus before, with π_ref = (2, 1, 1, ...)
        double expected = 0;
        double[][][] questions = {{{1, 0}, {0, 1}, {0.5, 0.5}}, {{1, 0}, {0, 0}}, {{0, 1}, {0, 0}}};
        int[] top = {0, 0, 1};   // the learner's best response in each: x, x, and (0, 0)
        for (int q = 0; q < 3; q++) {
            double[][] scores = questions[q];
            double sum = 0;
            double[] weight = new double[scores.length];
            for (int i = 0; i < scores.length; i++) {
                double reward = scores[i][0] - scores[i][1];
                weight[i] = (i == 0 ? 2 : 1) * Math.exp(reward / beta);
                sum += weight[i];
            }
            double before = (top[q] == 0 ? 2.0 : 1.0) / (scores.length + 1);
            expected += weight[top[q]] / sum - before;
        }
        assertEquals(expected / 3, adaptation, 1e-12);
        assertTrue(adaptation > 0);
    }

    @Test
    void aHeldOutQuestionMustRemainAndALearnerMustExist() {
        assertThrows(IllegalArgumentException.class,
                () -> Simulation.of(ENGLISH, 12, 10, 0.95, 0.3, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Simulation.of(ENGLISH, 0, 10, 0.95, 0.3, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Simulation.of(ENGLISH, 8, 0, 0.95, 0.3, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Simulation.of(ENGLISH, 8, 10, 1.5, 0.3, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Simulation.of(ENGLISH, 8, 10, 0.95, 1.0, 1));
    }

    @Test
    void onTheShippedPackTheDefaultBeatsRandomAndTheGoalHolds() {
        Simulation simulation = Simulation.of(ENGLISH, 8, 400, 0.95, 0.3, 1);

        Simulation.Result random = simulation.run(ModelSettings.defaults(), PairStrategy.RANDOM);
        Simulation.Result shipped = simulation.run(ModelSettings.defaults(),
                ModelSettings.defaults().pairStrategy());

        assertTrue(shipped.top1() >= 0.85, "top1 " + shipped.top1());
        assertTrue(shipped.top1() > random.top1() + 0.05,
                shipped.top1() + " vs random " + random.top1());
        assertTrue(shipped.adaptation() > 0.2, "adaptation " + shipped.adaptation());
    }
}
