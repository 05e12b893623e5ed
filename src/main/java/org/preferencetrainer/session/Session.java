package org.preferencetrainer.session;

import java.util.ArrayList;
import java.util.List;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Question;
import org.preferencetrainer.model.Gauge;
import org.preferencetrainer.model.ModelSettings;
import org.preferencetrainer.model.Policy;
import org.preferencetrainer.model.RewardModel;
import org.preferencetrainer.model.SeededRandom;

/**
 * One learner's way through a lesson: the intro, the rounds, what the model learned, and the
 * pack's quiz when it has one. A session is immutable; each step ({@link #begin()},
 * {@link #choose(Side)}, {@link #startQuiz()}, {@link #answer(int)}) returns the next one, so
 * the view always draws a consistent snapshot and a session can be replayed from its
 * {@link SessionState}.
 *
 * <p>Everything random — the order of the questions, the policy's draw, which response is
 * shown as A — comes from one generator seeded by the session's seed, so the same seed and the
 * same choices give the same session on the JVM, in JavaScript and in WebAssembly.
 */
public final class Session {
    /**
     * The screens of a session, in order. QUIZ and RESULT come only for a pack with a quiz:
     * QUIZ while questions are left, RESULT with the score.
     */
    public enum Phase { INTRO, ROUND, SUMMARY, QUIZ, RESULT }

    /**
     * How much more likely the original model is to give a question's first response than any
     * other: the pack lists first the answer an untrained model gives, and the reference
     * policy π_ref gives it this weight against 1 for each of the others.
     */
    static final double FIRST_RESPONSE_REFERENCE_WEIGHT = 2.0;

    private final Pack pack;
    private final ModelSettings settings;
    private final long seed;
    private final Phase phase;
    private final int[] order;
    private final int nextInOrder;
    private final RewardModel model;
    private final long randomState;
    private final Pair pair;
    private final List<Choice> choices;
    private final Quiz quiz;

    private Session(Pack pack, ModelSettings settings, long seed, Phase phase, int[] order,
            int nextInOrder, RewardModel model, long randomState, Pair pair, List<Choice> choices,
            Quiz quiz) {
        this.pack = pack;
        this.settings = settings;
        this.seed = seed;
        this.phase = phase;
        this.order = order;
        this.nextInOrder = nextInOrder;
        this.model = model;
        this.randomState = randomState;
        this.pair = pair;
        this.choices = choices;
        this.quiz = quiz;
    }

    /** A new session at its intro, with a fresh model and the question order drawn from seed. */
    public static Session start(Pack pack, ModelSettings settings, long seed) {
        SeededRandom random = new SeededRandom(seed);
        int[] order = new int[pack.questions().size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        random.shuffle(order);
        RewardModel model = RewardModel.initial(pack.criteria().size(), settings.priorPrecision());
        return new Session(pack, settings, seed, Phase.INTRO, order, 0, model, random.state(),
                null, List.of(), null);
    }

    /** Replays a saved session: the same seed and choices give the same session. */
    public static Session restore(Pack pack, ModelSettings settings, SessionState state) {
        Session session = start(pack, settings, state.seed());
        if (state.started()) {
            session = session.begin();
        }
        for (Side side : state.sides()) {
            if (session.phase != Phase.ROUND) {
                throw new IllegalArgumentException("The saved session has more choices than the"
                        + " lesson has rounds (" + state.sides().size() + ")");
            }
            session = session.choose(side);
        }
        if (state.quizStarted()) {
            if (session.phase != Phase.SUMMARY || !session.hasQuiz()) {
                throw new IllegalArgumentException("The saved session has quiz answers but"
                        + (session.hasQuiz() ? " not every round played" : " the lesson has no"
                        + " quiz"));
            }
            session = session.startQuiz();
            for (int answer : state.answers()) {
                if (session.phase != Phase.QUIZ) {
                    throw new IllegalArgumentException("The saved session has more quiz answers"
                            + " than the quiz has questions (" + state.answers().size() + ")");
                }
                session = session.answer(answer);
            }
        }
        return session;
    }

    /** Leaves the intro for the first round. */
    public Session begin() {
        requirePhase(Phase.INTRO, "begin");
        return withNextRound(model, randomState, choices);
    }

    /**
     * The learner prefers the response shown on {@code side}: one online step of the reward
     * model, then the next round, or the summary after the last.
     */
    public Session choose(Side side) {
        requirePhase(Phase.ROUND, "choose");
        double[][] scores = question().scoreMatrix();
        double[] chosen = scores[pair.response(side)];
        double[] rejected = scores[pair.response(side.other())];
        double[] change = new double[chosen.length];
        for (int k = 0; k < change.length; k++) {
            change[k] = chosen[k] - rejected[k];
        }
        double predicted = model.probabilityPrefers(chosen, rejected);

        RewardModel updated = model.afterChoice(chosen, rejected, settings.learningRate());
        List<Choice> made = new ArrayList<>(choices);
        made.add(new Choice(round(), pair, side, change, predicted,
                Gauge.confidence(updated)));
        return withNextRound(updated, randomState, List.copyOf(made));
    }

    /** Leaves what the model learned for the first question of the pack's quiz. */
    public Session startQuiz() {
        requirePhase(Phase.SUMMARY, "start the quiz of");
        if (!hasQuiz()) {
            throw new IllegalStateException("The pack " + pack.id() + " has no quiz");
        }
        return withQuiz(Phase.QUIZ, Quiz.start(pack.quiz(), pack.passingScore()));
    }

    /**
     * The learner answers the current quiz question with choice {@code choice} (an index into
     * its choices); after the last question the session shows the result.
     */
    public Session answer(int choice) {
        requirePhase(Phase.QUIZ, "answer");
        Quiz answered = quiz.answer(choice);
        return withQuiz(answered.done() ? Phase.RESULT : Phase.QUIZ, answered);
    }

    private Session withQuiz(Phase next, Quiz quiz) {
        return new Session(pack, settings, seed, next, order, nextInOrder, model, randomState,
                null, choices, quiz);
    }

    /** A fresh session, straight to its first round, with a new seed drawn from this one's. */
    public Session restart() {
        long fresh = SeededRandom.fromState(randomState).nextLong();
        return start(pack, settings, fresh).begin();
    }

    /**
     * The next round after {@code done} choices: the next question in the shuffled order whose
     * responses can form a pair, one response drawn from the current policy and one chosen for
     * what it would teach the model, shown in a random order.
     */
    private Session withNextRound(RewardModel model, long state, List<Choice> done) {
        if (done.size() >= rounds()) {
            return new Session(pack, settings, seed, Phase.SUMMARY, order, nextInOrder, model,
                    state, null, done, null);
        }
        SeededRandom random = SeededRandom.fromState(state);
        for (int next = nextInOrder; next < order.length; next++) {
            int q = order[next];
            double[][] scores = pack.questions().get(q).scoreMatrix();
            double[] policy = policy(model, scores, settings.beta());
            int[] picked = settings.pairStrategy().choose(model, scores, policy, random,
                    settings);
            if (picked == null) {
                continue;
            }
            boolean firstIsA = random.nextBoolean();
            Pair shown = firstIsA ? new Pair(q, picked[0], picked[1])
                    : new Pair(q, picked[1], picked[0]);
            return new Session(pack, settings, seed, Phase.ROUND, order, next + 1, model,
                    random.state(), shown, done, null);
        }
        // the pack reader rejects packs where this can happen; end gracefully all the same
        return new Session(pack, settings, seed, Phase.SUMMARY, order, order.length, model,
                random.state(), null, done, null);
    }

    /**
     * π over a question's responses: π(y) ∝ π_ref(y)·exp(r(y)/β), with r the current reward
     * model and π_ref favouring the first response (see FIRST_RESPONSE_REFERENCE_WEIGHT).
     */
    static double[] policy(RewardModel model, double[][] scores, double beta) {
        double[] rewards = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            rewards[i] = model.reward(scores[i]);
        }
        return Policy.distribution(rewards, reference(scores.length), beta);
    }

    /** π_ref over n responses, unnormalised: the first one weighs more. */
    static double[] reference(int n) {
        double[] reference = new double[n];
        for (int i = 0; i < n; i++) {
            reference[i] = i == 0 ? FIRST_RESPONSE_REFERENCE_WEIGHT : 1.0;
        }
        return reference;
    }

    /**
     * π over the current question's responses under the current model: how likely the model
     * is, now, to give each of them. Only during a round.
     */
    public double[] policyNow() {
        requirePhase(Phase.ROUND, "read the policy of");
        return policy(model, question().scoreMatrix(), settings.beta());
    }

    /**
     * P(A ≻ B): the model's probability, now, that the learner prefers the response shown as A.
     * Only during a round.
     */
    public double probabilityA() {
        requirePhase(Phase.ROUND, "predict");
        double[][] scores = question().scoreMatrix();
        return model.probabilityPrefers(scores[pair.responseA()], scores[pair.responseB()]);
    }

    /** What the model learned, for the summary screen; only after the last round. */
    public Summary summary() {
        if (phase == Phase.INTRO || phase == Phase.ROUND) {
            requirePhase(Phase.SUMMARY, "summarise");
        }
        return Summary.of(this);
    }

    /** Whether the pack has a quiz to follow the summary. */
    public boolean hasQuiz() {
        return !pack.quiz().isEmpty();
    }

    /** The quiz so far; null before it starts. */
    public Quiz quiz() {
        return quiz;
    }

    /**
     * Whether the learner has done the whole lesson: the quiz's result is shown or, for a pack
     * without a quiz, what the model learned.
     */
    public boolean finished() {
        return phase == Phase.RESULT || (phase == Phase.SUMMARY && !hasQuiz());
    }

    private void requirePhase(Phase expected, String action) {
        if (phase != expected) {
            throw new IllegalStateException("Cannot " + action + " a session in phase " + phase
                    + "; expected " + expected);
        }
    }

    public Pack pack() {
        return pack;
    }

    public ModelSettings settings() {
        return settings;
    }

    public long seed() {
        return seed;
    }

    public Phase phase() {
        return phase;
    }

    /** How many rounds this session plays. */
    public int rounds() {
        return pack.rounds();
    }

    /** The current round from 1; in the summary, the number of rounds played. */
    public int round() {
        return phase == Phase.ROUND ? choices.size() + 1 : choices.size();
    }

    /** The pair shown in the current round; null outside the rounds. */
    public Pair pair() {
        return pair;
    }

    /** The question of the current round; null outside the rounds. */
    public Question question() {
        return pair == null ? null : pack.questions().get(pair.question());
    }

    public RewardModel model() {
        return model;
    }

    /** The internal-model gauge: how settled the learned preference is. */
    public Gauge gauge() {
        return Gauge.of(model);
    }

    /** Every choice so far, in order. */
    public List<Choice> choices() {
        return choices;
    }

    /** The last choice made, or null before the first. */
    public Choice lastChoice() {
        return choices.isEmpty() ? null : choices.get(choices.size() - 1);
    }

    /** The questions in the order this session uses them. */
    int[] order() {
        return order.clone();
    }

    /** How far into {@link #order()} the rounds have gone. */
    int used() {
        return nextInOrder;
    }

    /** The plain state to save: enough to {@link #restore} this session. */
    public SessionState state() {
        List<Side> sides = new ArrayList<>();
        for (Choice choice : choices) {
            sides.add(choice.side());
        }
        return new SessionState(seed, phase != Phase.INTRO, sides, quiz != null,
                quiz == null ? List.of() : quiz.answers());
    }
}
