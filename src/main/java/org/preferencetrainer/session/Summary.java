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

    private final RewardModel model;
    private final List<Integer> favoured;
    private final int question;
    private final boolean unseen;
    private final int originalAnswer;
    private final int trainedAnswer;

    private Summary(RewardModel model, List<Integer> favoured, int question, boolean unseen,
            int originalAnswer, int trainedAnswer) {
        this.model = model;
        this.favoured = List.copyOf(favoured);
        this.question = question;
        this.unseen = unseen;
        this.originalAnswer = originalAnswer;
        this.trainedAnswer = trainedAnswer;
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
                Policy.argmax(trained));
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
}
