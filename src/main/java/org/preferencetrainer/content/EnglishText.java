package org.preferencetrainer.content;

/**
 * The widget's own words in English, the language every other table is checked against. Keys
 * under {@code problem.} say what is wrong with a pack, {@code found.} name a JSON value in those
 * messages, and {@code error.} head the screen shown when a pack cannot be used. A key ending in
 * {@code .one} is the singular form of the key before it, used when its first argument is one.
 */
final class EnglishText {
    static final String[][] TEXTS = {
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
        {"prefer", "Prefer response {0}"},
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
        {"quiz.mark.right", "Right answer"},
        {"quiz.mark.wrong", "Your answer"},
        {"result.title", "Your score"},
        {"result.score", "You answered {0} of {1} questions correctly ({2})."},
        {"result.passed", "You passed: {0} was needed."},
        {"result.failed", "Not passed yet: {0} is needed. Restart to try again."},
        {"and", "and"},
        {"number.decimal", "."},
        {"number.percent", "{0}%"},

        {"error.title", "This lesson could not be loaded"},
        {"error.builtin", "the built-in lesson"},
        {"error.given", "the lesson given to the page"},
        {"error.no-lesson", "No lesson was given: neither an address (src) nor the"
                + " lesson's text (pack)."},
        {"error.not-found", "{0}: there is no file at this address (the server answered 404 Not"
                + " Found). Check the lesson's URL."},
        {"error.status", "{0}: the server answered {1} instead of sending the lesson."},
        {"error.timeout", "{0}: the lesson did not arrive within {1} seconds. Try again later."},
        {"error.timeout.one", "{0}: the lesson did not arrive within {1} second. Try again"
                + " later."},
        {"error.network", "{0}: the lesson could not be fetched. The server could not be"
                + " reached, or it does not share the file with this page (CORS)."},
        {"error.too-large", "{0}: the lesson is larger than 2 MB, the most a lesson may be."},
        {"error.html", "{0}: the server sent a web page ({1}), not a lesson in JSON. Check the"
                + " lesson's URL."},
        {"error.json", "{0}: this is not valid JSON ({1})."},
        {"error.pack", "{0}: the lesson has {1} problems:"},
        {"error.pack.one", "{0}: the lesson has {1} problem:"},

        {"found.object", "an object"},
        {"found.list", "a list"},
        {"found.text", "the text \"{0}\""},
        {"found.number", "the number {0}"},
        {"found.true", "true"},
        {"found.false", "false"},
        {"found.null", "null"},

        {"problem.pack.not-object", "a pack must be a JSON object, not {0}"},
        {"problem.version.missing", "is missing; this widget reads version {0}"},
        {"problem.version.invalid", "must be a whole number such as 1, not {0}"},
        {"problem.version.newer", "version {0} is newer than this widget knows ({1}); use a"
                + " newer Preference Trainer"},
        {"problem.missing", "is missing"},
        {"problem.empty", "is empty"},
        {"problem.not-text", "must be text, not {0}"},
        {"problem.not-list", "must be a list [...], not {0}"},
        {"problem.not-object", "must be an object {...}, not {0}"},
        {"problem.not-boolean", "must be true or false, not {0}"},
        {"problem.not-score", "must be a number from 0 to 1, not {0}"},
        {"problem.out-of-range", "{0} is outside 0..1"},
        {"problem.unknown-field", "is not a field a pack has here; check its spelling"},
        {"problem.id.invalid", "\"{0}\" is not a valid id: use lowercase letters, digits and"
                + " hyphens, starting with a letter or digit, at most 64 characters"},
        {"problem.id.duplicate", "\"{0}\" is used more than once; ids must be unique in a pack"},
        {"problem.language.invalid", "\"{0}\" is not a language tag such as en, es or pt-BR"},
        {"problem.html", "looks like HTML ({0}); write plain text, with a blank line between"
                + " paragraphs"},
        {"problem.criteria.count", "has {0} criteria; a pack needs from {1} to {2}"},
        {"problem.criteria.count.one", "has {0} criterion; a pack needs from {1} to {2}"},
        {"problem.questions.empty", "is empty; a pack needs at least one question"},
        {"problem.responses.count", "has {0} responses; a question needs at least 2 to"
                + " compare"},
        {"problem.responses.count.one", "has {0} response; a question needs at least 2 to"
                + " compare"},
        {"problem.responses.alike", "all responses have the same scores, so no choice between"
                + " them can teach the model anything"},
        {"problem.scores.missing", "is missing; every response scores every criterion from 0"
                + " to 1"},
        {"problem.score.missing", "is missing; every response scores every criterion"},
        {"problem.score.unknown", "is not one of the pack's criteria"},
        {"problem.rounds.invalid", "must be a whole number, not {0}"},
        {"problem.rounds.minimum", "must be at least 1, not {0}"},
        {"problem.rounds.range", "{0} is outside 1..{1} (the number of questions)"},
        {"problem.choices.count", "has {0} choices; a quiz question needs at least 2"},
        {"problem.choices.count.one", "has {0} choice; a quiz question needs at least 2"},
        {"problem.choices.correct", "has {0} correct choices; mark exactly one with"
                + " \"correct\": true"},
        {"problem.passing-score.no-quiz", "is set, but the pack has no quiz to score"},
        {"problem.ui.unknown", "is not a text the widget shows; the authoring guide lists"
                + " them"},
    };

    private EnglishText() {
    }
}
