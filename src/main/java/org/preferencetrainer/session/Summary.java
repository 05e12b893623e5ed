package org.preferencetrainer.session;

import java.util.ArrayList;
import java.util.List;
import org.preferencetrainer.model.Policy;
import org.preferencetrainer.model.RewardModel;

/**
 * What the model learned in a session: its weights, the criteria it now favours, and the payoff
 * — for a question the learner has not seen, the answer the original model gives (the most
 * likely under π_ref) beside the answer the trained policy now gives (the most likely under π).
 */
public final class Summary {
    /**
     * A criterion is favoured when its weight is positive, at least this large, and at least
     * half the top weight: small weights are noise after a handful of choices.
     */
    static final double FAVOURED_MINIMUM = 0.25;

    /**
     * The settings of the summary's β control, from the original model (β = ∞: no move at all)
     * down to a policy that chases the learned reward almost alone. The lesson plays at
     * {@link org.preferencetrainer.model.ModelSettings#defaults()}' β, 0.5, which is among them.
     */
    private static final double[] BETA_STEPS = {
        Double.POSITIVE_INFINITY, 4, 2, 1, 0.5, 0.25, 0.1, 0.03,
    };

    private final RewardModel model;
    private final List<Integer> favoured;
    private final int question;
    private final boolean unseen;
    private final int originalAnswer;
    private final int trainedAnswer;
    private final double[][] scores;
    private final double beta;
    private final List<Choice> choices;

    private Summary(RewardModel model, List<Integer> favoured, int question, boolean unseen,
            int originalAnswer, int trainedAnswer, double[][] scores, double beta,
            List<Choice> choices) {
        this.model = model;
        this.favoured = List.copyOf(favoured);
        this.question = question;
        this.unseen = unseen;
        this.originalAnswer = originalAnswer;
        this.trainedAnswer = trainedAnswer;
        this.scores = scores;
        this.beta = beta;
        this.choices = List.copyOf(choices);
    }

    static Summary of(Session session) {
        RewardModel model = session.model();

        // favoured criteria, strongest first
        List<Integer> favoured = new ArrayList<>();
        int[] ranking = model.ranking();
        double top = model.weight(ranking[0]);
        for (int k : ranking) {
            double w = model.weight(k);
            if (w >= FAVOURED_MINIMUM && w >= top / 2) {
                favoured.add(k);
            }
        }

        // the payoff question: the next unused one in the session's order, if any is left
        int[] order = session.order();
        boolean unseen = session.used() < order.length;
        int question = unseen ? order[session.used()] : order[0];

        double[][] scores = session.pack().questions().get(question).scoreMatrix();
        double[] reference = Session.reference(scores.length);
        double[] trained = Session.policy(model, scores, session.settings().beta());
        return new Summary(model, favoured, question, unseen, Policy.argmax(reference),
                Policy.argmax(trained), scores, session.settings().beta(), session.choices());
    }

    public RewardModel model() {
        return model;
    }

    /** Indices of the criteria the model now favours, strongest first; may be empty. */
    public List<Integer> favoured() {
        return favoured;
    }

    /** The payoff question's index in the pack. */
    public int question() {
        return question;
    }

    /** Whether the learner never saw the payoff question (false only when rounds used all). */
    public boolean unseen() {
        return unseen;
    }

    /** The original model's answer: the response π_ref makes most likely. */
    public int originalAnswer() {
        return originalAnswer;
    }

    /** The trained model's answer: the response π makes most likely. */
    public int trainedAnswer() {
        return trainedAnswer;
    }

    /** The settings of the β control, highest (the original model) first. */
    public double[] betaSteps() {
        return BETA_STEPS.clone();
    }

    /** The index in {@link #betaSteps()} of the β the lesson played with (or the closest). */
    public int playedBetaStep() {
        int closest = 0;
        for (int i = 1; i < BETA_STEPS.length; i++) {
            if (Math.abs(BETA_STEPS[i] - beta) < Math.abs(BETA_STEPS[closest] - beta)) {
                closest = i;
            }
        }
        return closest;
    }

    /**
     * The payoff question's answer the trained policy gives at a β: the response that
     * π(y) ∝ π_ref(y)·exp(r(y)/β) makes most likely. β = ∞ gives the original answer.
     */
    public int answerAt(double beta) {
        return Policy.argmax(Session.policy(model, scores, beta));
    }

    /** How likely the policy at a β is to give its answer, π(answerAt(β)). */
    public double probabilityAt(double beta) {
        double[] policy = Session.policy(model, scores, beta);
        return policy[Policy.argmax(policy)];
    }

    /**
     * The payoff answer with the highest learned reward r(y) = w·φ(y): what the policy gives
     * as β → 0, when nothing holds it near the original model.
     */
    public int rewardMaximiser() {
        double[] rewards = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            rewards[i] = model.reward(scores[i]);
        }
        return Policy.argmax(rewards);
    }

    /** The model's confidence after each round, round 1 first. */
    public double[] confidences() {
        double[] confidence = new double[choices.size()];
        for (int i = 0; i < confidence.length; i++) {
            confidence[i] = choices.get(i).confidence();
        }
        return confidence;
    }

    /**
     * After each round, the share of the choices so far that the model had predicted
     * ({@link Choice#agreed()}): its running agreement with the learner.
     */
    public double[] agreement() {
        double[] agreement = new double[choices.size()];
        double agreed = 0;
        for (int i = 0; i < agreement.length; i++) {
            agreed += choices.get(i).agreed();
            agreement[i] = agreed / (i + 1);
        }
        return agreement;
    }

    /** How many choices the model had predicted, giving the chosen response more than ½. */
    public int predictedChoices() {
        int predicted = 0;
        for (Choice choice : choices) {
            predicted += choice.agreed() == 1.0 ? 1 : 0;
        }
        return predicted;
    }
}
