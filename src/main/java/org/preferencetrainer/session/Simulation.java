package org.preferencetrainer.session;

import java.util.ArrayList;
import java.util.List;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Question;
import org.preferencetrainer.model.Gauge;
import org.preferencetrainer.model.ModelSettings;
import org.preferencetrainer.model.PairStrategy;
import org.preferencetrainer.model.RewardModel;
import org.preferencetrainer.model.SeededRandom;

/**
 * Simulated learners playing a lesson, to measure what a pair-selection strategy and the model's
 * settings are worth. Each learner plays a real {@link Session}, so the simulator measures the
 * lesson as it ships; only the learner is made up ({@link SimulatedLearner}).
 *
 * <p>After the rounds, three figures, each a mean over the learners:
 * <ul>
 *   <li><b>top1</b>: the share of learners whose dominant criterion the model ranks first;</li>
 *   <li><b>agreement</b>: over the held-out pairs (every pair of responses, with different
 *       hidden rewards, of the questions the learner did not play), the share where the learned
 *       reward ranks first the response the learner prefers; a tie counts one half;</li>
 *   <li><b>adaptation</b>: over every question of the pack, how much more probability the
 *       trained policy puts on the learner's top-half responses (the ⌊n/2⌋ responses with the
 *       highest hidden reward) than the original policy did.</li>
 * </ul>
 * Everything random comes from the seed: the same pack, settings, learners and seed give the
 * same figures.
 */
public final class Simulation {
    private final Pack pack;
    private final List<SimulatedLearner> learners;
    private final long[] sessionSeeds;

    private Simulation(Pack pack, List<SimulatedLearner> learners, long[] sessionSeeds) {
        this.pack = pack;
        this.learners = List.copyOf(learners);
        this.sessionSeeds = sessionSeeds;
    }

    /**
     * A simulation of {@code count} learners drawn from {@code seed}, each with its own session
     * seed, playing {@code rounds} rounds of the pack ({@link SimulatedLearner#draw} says what
     * {@code consistency} and {@code others} mean).
     *
     * @param rounds from 1 to one less than the number of questions, so that at least one
     *     question is left for the held-out pairs
     * @throws IllegalArgumentException if a number is out of range
     */
    public static Simulation of(Pack pack, int rounds, int count, double consistency,
            double others, long seed) {
        int questions = pack.questions().size();
        if (rounds < 1 || rounds >= questions) {
            throw new IllegalArgumentException("rounds must be from 1 to " + (questions - 1)
                    + " (this pack has " + questions + " questions and at least one is kept"
                    + " back to test on), not " + rounds);
        }
        if (count < 1) {
            throw new IllegalArgumentException("at least one learner is needed, not " + count);
        }
        SeededRandom random = new SeededRandom(seed);
        List<SimulatedLearner> learners = new ArrayList<>();
        long[] sessionSeeds = new long[count];
        for (int i = 0; i < count; i++) {
            learners.add(SimulatedLearner.draw(pack.criteria().size(), consistency, others,
                    random));
            sessionSeeds[i] = random.nextLong();
        }
        return new Simulation(pack.withRounds(rounds), learners, sessionSeeds);
    }

    /**
     * A simulation of given learners, each with the session seed at the same index, for tests
     * that build their learners by hand.
     */
    static Simulation of(Pack pack, List<SimulatedLearner> learners, long[] sessionSeeds) {
        return new Simulation(pack, learners, sessionSeeds.clone());
    }

    long sessionSeedFor(int i) {
        return sessionSeeds[i];
    }

    public List<SimulatedLearner> learners() {
        return learners;
    }

    /** The three figures for one strategy: {@code settings} with that strategy, every learner. */
    public Result run(ModelSettings settings, PairStrategy strategy) {
        ModelSettings used = settings.withPairStrategy(strategy);
        double top1 = 0;
        double agreement = 0;
        double adaptation = 0;
        double shown = 0;
        double strong = 0;
        for (int i = 0; i < learners.size(); i++) {
            SimulatedLearner learner = learners.get(i);
            double[] policyShown = new double[1];
            Session done = play(used, learner, sessionSeeds[i], policyShown);
            top1 += done.model().ranking()[0] == learner.dominant() ? 1 : 0;
            agreement += agreement(pack, played(done), done.model(), learner);
            adaptation += adaptation(pack, done.model(), used.beta(), learner);
            shown += policyShown[0] / done.choices().size();
            strong += done.gauge() == Gauge.STRONG ? 1 : 0;
        }
        int n = learners.size();
        return new Result(strategy, top1 / n, agreement / n, adaptation / n, shown / n,
                strong / n);
    }

    /**
     * One learner's session, played from the intro to the summary. Adds to
     * {@code policyShown[0]}, round by round, the probability the policy of that round gave
     * the two responses shown.
     */
    Session play(ModelSettings settings, SimulatedLearner learner, long sessionSeed,
            double[] policyShown) {
        Session session = Session.start(pack, settings, sessionSeed).begin();
        SeededRandom slips = learner.slips();
        while (session.phase() == Session.Phase.ROUND) {
            double[] policy = Session.policy(session.model(), session.question().scoreMatrix(),
                    settings.beta());
            policyShown[0] += policy[session.pair().responseA()]
                    + policy[session.pair().responseB()];
            session = session.choose(learner.choose(session, slips));
        }
        return session;
    }

    /**
     * The share of held-out pairs on which the learned reward ranks first the response the
     * learner prefers: pairs of responses, with different hidden rewards, of the questions not
     * {@code played}. A pair the model cannot tell apart (equal learned rewards) counts one
     * half. 1 if there is no such pair.
     */
    static double agreement(Pack pack, boolean[] played, RewardModel model,
            SimulatedLearner learner) {
        double agreed = 0;
        int pairs = 0;
        for (int q = 0; q < played.length; q++) {
            if (played[q]) {
                continue;
            }
            double[][] scores = pack.questions().get(q).scoreMatrix();
            for (int i = 0; i < scores.length; i++) {
                for (int j = i + 1; j < scores.length; j++) {
                    double hidden = learner.reward(scores[i]) - learner.reward(scores[j]);
                    if (hidden == 0) {
                        continue;
                    }
                    double learned = model.reward(scores[i]) - model.reward(scores[j]);
                    agreed += learned == 0 ? 0.5 : (learned > 0) == (hidden > 0) ? 1 : 0;
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 1.0 : agreed / pairs;
    }

    /** Which of the pack's questions a finished session played, by index. */
    private boolean[] played(Session done) {
        boolean[] played = new boolean[pack.questions().size()];
        for (Choice choice : done.choices()) {
            played[choice.pair().question()] = true;
        }
        return played;
    }

    /**
     * The mean, over the pack's questions, of the probability the trained policy gives the
     * learner's top-half responses minus the probability the original policy gave them.
     */
    static double adaptation(Pack pack, RewardModel trained, double beta,
            SimulatedLearner learner) {
        RewardModel untrained = RewardModel.initial(trained.dimension(), 1.0);
        double sum = 0;
        for (Question question : pack.questions()) {
            double[][] scores = question.scoreMatrix();
            double[] hidden = new double[scores.length];
            for (int i = 0; i < scores.length; i++) {
                hidden[i] = learner.reward(scores[i]);
            }
            sum += topHalfMass(Session.policy(trained, scores, beta), hidden)
                    - topHalfMass(Session.policy(untrained, scores, beta), hidden);
        }
        return sum / pack.questions().size();
    }

    /**
     * The probability a policy puts on the ⌊n/2⌋ responses (at least one) with the highest
     * hidden reward; equal rewards keep index order.
     */
    static double topHalfMass(double[] policy, double[] hidden) {
        int n = hidden.length;
        int top = Math.max(1, n / 2);
        double mass = 0;
        for (int i = 0; i < n; i++) {
            // i is in the top half when fewer than `top` responses come before it
            int before = 0;
            for (int j = 0; j < n; j++) {
                if (hidden[j] > hidden[i] || (hidden[j] == hidden[i] && j < i)) {
                    before++;
                }
            }
            if (before < top) {
                mass += policy[i];
            }
        }
        return mass;
    }

    /** One strategy's figures. */
    public static final class Result {
        private final PairStrategy strategy;
        private final double top1;
        private final double agreement;
        private final double adaptation;
        private final double shown;
        private final double strong;

        Result(PairStrategy strategy, double top1, double agreement, double adaptation,
                double shown, double strong) {
            this.strategy = strategy;
            this.top1 = top1;
            this.agreement = agreement;
            this.adaptation = adaptation;
            this.shown = shown;
            this.strong = strong;
        }

        public PairStrategy strategy() {
            return strategy;
        }

        /** The share of learners whose dominant criterion the model ranks first. */
        public double top1() {
            return top1;
        }

        /** The mean share of held-out pairs on which the model agrees with the learner. */
        public double agreement() {
            return agreement;
        }

        /** The mean gain of probability on the learner's top-half responses. */
        public double adaptation() {
            return adaptation;
        }

        /**
         * The mean, over learners and rounds, of the probability the round's policy gave the
         * two responses shown: how much of what the learner saw was what the model would say.
         */
        public double shown() {
            return shown;
        }

        /** The share of learners whose gauge reads Strong after the last round. */
        public double strong() {
            return strong;
        }
    }
}
