package org.preferencetrainer.content;

import java.util.HashMap;
import java.util.Map;

/**
 * The widget's own words: the locale's defaults, overridden key by key by a pack's {@code ui}
 * block. View code takes every learner-facing string from here. Placeholders are written
 * {@code {0}}, {@code {1}}, ...
 */
public final class UiText {
    private static final String[][] ENGLISH = {
        {"intro.title", "Teach the model your taste"},
        {"intro.text", "You will see a question and two answers the model could give. Pick the"
                + " one you prefer. After each choice the model's reward model adjusts its"
                + " weights, and over {0} rounds its answers drift toward your style. Watch"
                + " what it learns: not new facts, but which kinds of answers you like."},
        {"start", "Start"},
        {"resume.changed", "This lesson has changed since your last visit, so it starts"
                + " afresh."},
        {"round", "Round {0} / {1}"},
        {"gauge.label", "Internal model"},
        {"gauge.weak", "Weak"},
        {"gauge.neutral", "Neutral"},
        {"gauge.strong", "Strong"},
        {"criteria.title", "Reinforced criteria"},
        {"criteria.weight", "weight {0} ± {1}"},
        {"question.label", "User question"},
        {"responses.label", "Generated responses"},
        {"choose", "Choose the response you prefer:"},
        {"choose.hint", "Click, tap, or press A or B."},
        {"response.label", "Response {0}"},
        {"prefer", "Prefer {0}"},
        {"prefer.aria", "Prefer response {0}"},
        {"note.chosen", "You preferred response {0}."},
        {"note.changes", "Reinforced: {0}."},
        {"note.nothing", "These two answers score alike, so nothing changed."},
        {"note.predicted", "The model had predicted this ({0})."},
        {"note.surprised", "The model did not expect this: it gave it {0}."},
        {"note.unsure", "The model had no prediction yet (50%)."},
        {"why.toggle", "Why these two? What does the model predict?"},
        {"why.prediction", "The model predicts you will pick A with probability {0}, and B with"
                + " {1}."},
        {"why.start", "Before your first choice every weight is 0, so the model cannot tell"
                + " yet: it is a coin flip."},
        {"why.how", "How it gets there: for each criterion, the difference in score between A"
                + " and B times the weight the model has learned for it."},
        {"why.row", "{0}: A scores {1}, B scores {2}; weight {3}, so {4} toward {5}."},
        {"why.row.same", "{0}: A and B score the same ({1}), so it plays no part here."},
        {"why.total", "Together: {0} toward {1}. The larger the total, the surer the"
                + " prediction; 0 would be a coin flip."},
        {"why.pair", "Why these two: the model would now give A with probability {0} and B"
                + " with {1}, out of this question's {2} answers. One shows what the model"
                + " would say now; the pair was chosen because your answer tells the model the"
                + " most about which criterion you value most."},
        {"summary.title", "What the model learned"},
        {"summary.weights", "Learned weights"},
        {"summary.favoured", "It now favours answers with more {0}."},
        {"summary.none", "Your choices did not settle on a clear preference yet."},
        {"summary.payoff", "A question you have not seen"},
        {"summary.payoff.seen", "A question from the lesson"},
        {"summary.before", "The original model's answer"},
        {"summary.after", "The trained model's answer"},
        {"summary.same", "Your preferences agree with what the original model already did."},
        {"summary.point", "The model learned no new fact: both answers say the same things."
                + " It learned which kind of answer you prefer."},
        {"beta.title", "How far may the trained model move from the original?"},
        {"beta.label", "The brake, β: high keeps the original answer, low follows the learned"
                + " reward"},
        {"beta.value", "β = {0}"},
        {"beta.infinite", "β = ∞: the original model"},
        {"beta.played", "β = {0}: the setting of this lesson"},
        {"beta.answer", "The answer at this setting (the model gives it with probability {0},"
                + " {1} words):"},
        {"hacking.title", "Too much of a good thing"},
        {"hacking.text", "At the lowest setting the model gives whatever answer the learned"
                + " reward scores highest. That is not always the best answer. A reward model"
                + " knows only the few comparisons it was shown, and real ones pick up"
                + " shortcuts: longer answers, or more flattering ones, can score higher without"
                + " being better. Chasing the learned reward too hard is called reward hacking;"
                + " β is the brake that stops it."},
        {"chart.title", "Learning curve"},
        {"chart.confidence", "Confidence"},
        {"chart.agreement", "Agreement with your choices"},
        {"chart.round", "Round"},
        {"chart.summary", "Over {0} rounds the model's confidence went from 50% to {1}, and it"
                + " had predicted {2} of your {0} choices."},
        {"restart", "Restart"},
        {"quiz.start", "Check your understanding"},
        {"quiz.title", "Check your understanding"},
        {"quiz.progress", "Question {0} / {1}"},
        {"quiz.check", "Check"},
        {"quiz.next", "Next question"},
        {"quiz.finish", "See your score"},
        {"quiz.correct", "Correct."},
        {"quiz.wrong", "Not quite. The answer is: {0}"},
        {"result.title", "Your score"},
        {"result.score", "You answered {0} of {1} questions correctly ({2})."},
        {"result.passed", "You passed: {0} was needed."},
        {"result.failed", "Not passed yet: {0} is needed. Restart to try again."},
        {"and", "and"},
        {"error.title", "This lesson could not be loaded"},
        {"error.fetch", "Could not load the lesson from {0}: {1}"},
        {"error.json", "The lesson at {0} is not valid JSON: {1}"},
        {"error.pack", "The lesson at {0} has {1} problem(s):"},
        {"error.builtin", "the built-in lesson"},
    };

    private final Map<String, String> texts = new HashMap<>();

    private UiText(Map<String, String> overrides) {
        for (String[] entry : ENGLISH) {
            texts.put(entry[0], entry[1]);
        }
        texts.putAll(overrides);
    }

    /** The defaults alone, for screens shown before a pack is read (such as errors). */
    public static UiText defaults() {
        return new UiText(Map.of());
    }

    /** The defaults with the pack's {@code ui} overrides. */
    public static UiText forPack(Pack pack) {
        return new UiText(pack.ui());
    }

    /** The text for {@code key}, with {@code {i}} replaced by {@code args[i]}. */
    public String get(String key, Object... args) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No UI text has the key \"" + key + "\"");
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
