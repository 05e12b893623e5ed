package org.preferencetrainer.web;

import java.util.ArrayList;
import java.util.List;
import org.preferencetrainer.content.Ascii;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.PackProblem;
import org.preferencetrainer.content.QuizQuestion;
import org.preferencetrainer.content.UiText;
import org.preferencetrainer.model.ModelSettings;
import org.preferencetrainer.session.Choice;
import org.preferencetrainer.session.QuizScore;
import org.preferencetrainer.session.Session;
import org.preferencetrainer.session.Side;
import org.preferencetrainer.session.Summary;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One widget on the page: loads its pack, holds its session, draws the screen for the session's
 * phase and tells the host page what happens through events. Widgets share nothing, so several
 * on one page never mix.
 */
final class Widget {
    private final HTMLElement root;
    private final JSObject host;
    private final JSObject options;
    private final String engine;
    private final long seed;
    private final String requestedSeed;
    private final String key;
    private final JSObject onState;
    /** The language the host asked for; null to follow the pack. */
    private final String language;
    private final HTMLElement live;
    private final HTMLElement stage;

    private Pack pack;
    private UiText text = UiText.english();
    private Session session;
    private SavedSession saved;
    private RoundView roundView;
    private QuizView quizView;
    private ReportingLink reporting;

    /**
     * @param options the mount options, for the LMS reporting settings among them
     * @param key names this widget among those on the page, for its saved session; null to
     *     keep none
     * @param requestedSeed the seed the host asked for, or null; {@code seed} is the one used
     * @param onState called with a snapshot of the state after each change; may be null
     * @param language the language of the widget's own text; null to follow the pack
     */
    Widget(HTMLElement root, JSObject host, JSObject options, String engine, long seed,
            String requestedSeed, String key, JSObject onState, String language) {
        this.root = root;
        this.host = host;
        this.options = options;
        this.engine = engine;
        this.seed = seed;
        this.requestedSeed = requestedSeed;
        this.key = key;
        this.onState = onState;
        this.language = language;

        root.setClassName("pt");
        root.setAttribute("data-engine", engine);
        live = Dom.add(root, "div", "pt-live");
        live.setAttribute("aria-live", "polite");
        live.setAttribute("role", "status");
        stage = Dom.add(root, "div", "pt-stage");
        root.addEventListener("keydown", event -> onKey((KeyboardEvent) event));
    }

    /**
     * Loads the pack at {@code src}, else the one in {@code packText}.
     *
     * @param builtIn whether {@code packText} is the built-in lesson, which the loader fetched
     * @param timeout seconds a fetch may take
     */
    void load(String src, String packText, boolean builtIn, double timeout) {
        root.setAttribute("data-phase", "loading");
        PackLoader.load(src, packText, builtIn, timeout, this::onPack, this::onFailure);
    }

    /**
     * @param declared the language the pack says it is in; null where it does not say
     * @param packText the pack's JSON text, for the reporting script where there is one
     */
    private void onPack(Pack loaded, String declared, String packText) {
        String spoken = learnersLanguage(language, declared);
        Words.need(spoken, Js.member(options, "words"),
                () -> start(loaded, declared, spoken, packText));
    }

    /** Starts the lesson once the words of the learner's language are here. */
    private void start(Pack loaded, String declared, String spoken, String packText) {
        pack = loaded;
        text = Words.forPack(pack, spoken);
        // the pack's own text is most of what is read out; without a language of its own,
        // it is in the widget's
        root.setAttribute("lang", declared != null ? declared : text.language());
        session = Session.start(pack, ModelSettings.defaults(), seed);
        reporting = ReportingLink.start(options, pack, packText, host);
        saved = key == null ? null : new SavedSession(key, pack, requestedSeed).load();
        resume();

        JSObject detail = Js.newObject();
        Js.setString(detail, "engine", engine);
        Js.setString(detail, "pack", pack.id());
        Js.setNumber(detail, "rounds", pack.rounds());
        Js.setString(detail, "seed", Long.toString(seed));
        Js.dispatch(host, "preference-trainer:ready", detail);
    }

    /**
     * Shows what went wrong and where, in the language the host asked for, else the one the
     * pack says it is in, else the page's, else the browser's; tells the host page through an
     * event and the console (in English, for its developer).
     */
    private void onFailure(PackLoader.LoadFailure failure) {
        String spoken = learnersLanguage(language, failure.language, Js.pageLanguage(host));
        Words.need(spoken, Js.member(options, "words"), () -> report(failure, spoken));
    }

    private void report(PackLoader.LoadFailure failure, String spoken) {
        text = Words.forLanguage(spoken);
        String headline = text.render(failure.headline);
        show("error");
        root.setAttribute("lang", text.language());
        MessageView.error(stage, text, headline, failure.problems);
        Js.warn(UiText.english().render(failure.headline)
                + (failure.problems.isEmpty() ? "" : "\n  " + joined(failure)));

        JSObject detail = Js.newObject();
        Js.setString(detail, "message", headline);
        if (failure.url != null) {
            Js.setString(detail, "url", failure.url);
        }
        JSObject problems = Js.newArray();
        for (PackProblem problem : failure.problems) {
            Js.push(problems, problemObject(problem, text));
        }
        Js.set(detail, "problems", problems);
        Js.dispatch(host, "preference-trainer:error", detail);
    }

    /**
     * The language of the widget's own words: the first of {@code preferred} (null where not
     * given) that the widget speaks, else the first of the browser's languages that it speaks,
     * else English.
     */
    private static String learnersLanguage(String... preferred) {
        List<String> tags = new ArrayList<>();
        for (String tag : preferred) {
            tags.add(tag);
        }
        int i = 0;
        for (String tag = Js.browserLanguage(i); tag != null; tag = Js.browserLanguage(++i)) {
            tags.add(tag);
        }
        return UiText.firstSpoken(tags);
    }

    /** A problem for the page: {@code {path, code, message}}, the message in {@code words}. */
    static JSObject problemObject(PackProblem problem, UiText words) {
        JSObject item = Js.newObject();
        Js.setString(item, "path", problem.path());
        Js.setString(item, "code", problem.code());
        Js.setString(item, "message", problem.message(words));
        return item;
    }

    private static String joined(PackLoader.LoadFailure failure) {
        StringBuilder lines = new StringBuilder();
        for (PackProblem problem : failure.problems) {
            if (lines.length() > 0) {
                lines.append("\n  ");
            }
            lines.append(problem);
        }
        return lines.toString();
    }

    /** Saves the session where this widget keeps one. */
    private void remember() {
        if (saved != null) {
            saved.save(session.state());
        }
    }

    /** Comes back to a saved session where there is one that fits, else shows the intro. */
    private void resume() {
        SavedSession.Found found = saved == null ? SavedSession.Found.NOTHING : saved.found();
        if (found == SavedSession.Found.SESSION) {
            try {
                session = Session.restore(pack, ModelSettings.defaults(), saved.state());
            } catch (IllegalArgumentException e) {
                Js.warn("the saved session does not fit this lesson (" + e.getMessage()
                        + "); starting afresh");
                saved.clear();
            }
        }
        if (session.phase() == Session.Phase.ROUND) {
            showRound();
        } else if (session.phase() == Session.Phase.SUMMARY) {
            showSummary();
        } else if (session.phase() == Session.Phase.QUIZ) {
            showQuestion();
        } else if (session.phase() == Session.Phase.RESULT) {
            showResult();
        } else {
            showIntro(found == SavedSession.Found.STALE ? text.get("resume.changed")
                    : null);
        }
    }

    private void showIntro(String notice) {
        show("intro");
        MessageView.intro(stage, pack.title(), text, pack.rounds(), notice, this::begin);
        publish();
    }

    private void begin() {
        session = session.begin();
        remember();
        reporting.attempted();
        showRound();
    }

    private void showRound() {
        show("round");
        roundView = new RoundView(stage, session, text, this::choose);
        roundView.update(session);
        announce(text.get("round", session.round(), session.rounds()));
        roundView.focus();
        publish();
    }

    private void choose(Side side) {
        if (session.phase() != Session.Phase.ROUND) {
            return;
        }
        session = session.choose(side);
        remember();
        Choice choice = session.lastChoice();
        reporting.chose(choice);
        emitChoice(choice);

        if (session.phase() == Session.Phase.ROUND) {
            root.setAttribute("data-round", Integer.toString(session.round()));
            roundView.update(session);
            // the note says what the model took from the choice; the gauge, how settled it is
            announce(roundView.noteOn(choice) + " " + RoundView.gaugeText(text, session.gauge())
                    + ". " + text.get("round", session.round(), session.rounds()));
            roundView.focus();
            publish();
        } else {
            String note = roundView.noteOn(choice);
            showSummary();
            announce(note + " " + text.get("summary.title"));
            if (session.finished()) {
                reporting.finished(null);
            }
        }
    }

    private void showSummary() {
        show("summary");
        roundView = null;
        SummaryView view = new SummaryView(stage, session, text,
                session.hasQuiz() ? this::startQuiz : this::restart);
        view.focus();
        emitComplete(session.summary());
        publish();
    }

    private void startQuiz() {
        session = session.startQuiz();
        remember();
        showQuestion();
    }

    private void showQuestion() {
        show("quiz");
        quizView = new QuizView(stage, session.quiz().question(), session.quiz().current(),
                session.quiz().size(), text, this::answer, this::afterAnswer);
        quizView.focus();
        announce(text.get("quiz.progress", session.quiz().current() + 1, session.quiz().size()));
        publish();
    }

    /** The learner checks an answer: the session moves on; the view shows the verdict. */
    private void answer(int picked) {
        if (session.phase() != Session.Phase.QUIZ) {
            return;
        }
        QuizQuestion question = session.quiz().question();
        session = session.answer(picked);
        remember();
        quizView.showAnswer(picked);
        reporting.answered(question, picked);
        if (session.finished()) {
            QuizScore score = session.quiz().score();
            reporting.finished(score);
            emitScore(score);
        }
        publish();
    }

    private void afterAnswer() {
        if (session.phase() == Session.Phase.QUIZ) {
            showQuestion();
        } else {
            showResult();
        }
    }

    private void showResult() {
        show("result");
        quizView = null;
        ResultView view = new ResultView(stage, session.quiz().score(), text, this::restart);
        view.focus();
        announce(text.get("result.title"));
        publish();
    }

    private void restart() {
        session = session.restart();
        remember();
        reporting.attempted();
        showRound();
    }

    /**
     * Hands the host a snapshot of where the learner is: {@code phase}, {@code round},
     * {@code rounds}, {@code weights}, {@code gauge}, {@code pack}, {@code engine} and, once
     * the quiz is done, {@code score} ({@code raw}, {@code max}, {@code scaled}, and
     * {@code passed} where the pack sets a passing score). The element exposes it as read-only
     * properties.
     */
    private void publish() {
        if (onState == null) {
            return;
        }
        JSObject state = Js.newObject();
        Js.setString(state, "phase", Names.of(session.phase()));
        Js.setNumber(state, "round", session.round());
        Js.setNumber(state, "rounds", session.rounds());
        Js.set(state, "weights", weights());
        Js.setString(state, "gauge", Names.of(session.gauge()));
        Js.setString(state, "pack", pack.id());
        Js.setString(state, "engine", engine);
        if (session.phase() == Session.Phase.RESULT) {
            QuizScore score = session.quiz().score();
            JSObject detail = Js.newObject();
            Js.setNumber(detail, "raw", score.raw());
            Js.setNumber(detail, "max", score.max());
            Js.setNumber(detail, "scaled", score.scaled());
            if (score.graded()) {
                Js.setBoolean(detail, "passed", score.passed());
            }
            Js.set(state, "score", detail);
        }
        Js.call(onState, state);
    }

    /** A or B chooses while a round is shown; keys typed into fields are left alone. */
    private void onKey(KeyboardEvent event) {
        if (session == null || session.phase() != Session.Phase.ROUND || event.isCtrlKey()
                || event.isMetaKey() || event.isAltKey() || isTyping(event)) {
            return;
        }
        String key = Ascii.lower(event.getKey());
        if ("a".equals(key)) {
            event.preventDefault();
            choose(Side.A);
        } else if ("b".equals(key)) {
            event.preventDefault();
            choose(Side.B);
        }
    }

    private static boolean isTyping(KeyboardEvent event) {
        HTMLElement target = (HTMLElement) event.getTarget();
        String tag = Ascii.lower(target.getTagName());
        return tag.equals("input") || tag.equals("textarea") || tag.equals("select")
                || "true".equals(target.getAttribute("contenteditable"));
    }

    /** Clears the stage for the screen of the given phase. */
    private void show(String phase) {
        Dom.clear(stage);
        root.setAttribute("data-phase", phase);
        root.setAttribute("data-round", session == null ? "0" : Integer.toString(session.round()));
    }

    private void announce(String message) {
        live.setTextContent(message);
    }

    private void emitChoice(Choice choice) {
        JSObject detail = Js.newObject();
        Js.setNumber(detail, "round", choice.round());
        Js.setString(detail, "question", pack.questions().get(choice.pair().question()).id());
        Js.setString(detail, "side", choice.side().name());
        Js.setString(detail, "chosen", responseId(choice, choice.chosen()));
        Js.setString(detail, "rejected", responseId(choice, choice.rejected()));
        Js.setNumber(detail, "predicted", choice.predicted());
        Js.set(detail, "weights", weights());
        Js.setString(detail, "gauge", Names.of(session.gauge()));
        Js.dispatch(host, "preference-trainer:choice", detail);
    }

    private void emitComplete(Summary summary) {
        JSObject detail = Js.newObject();
        Js.setNumber(detail, "rounds", session.choices().size());
        Js.set(detail, "weights", weights());
        JSObject favoured = Js.newArray();
        for (int k : summary.favoured()) {
            Js.pushString(favoured, pack.criteria().get(k).id());
        }
        Js.set(detail, "favoured", favoured);
        String[] ids = {"original", "trained"};
        int[] answers = {summary.originalAnswer(), summary.trainedAnswer()};
        for (int i = 0; i < ids.length; i++) {
            Js.setString(detail, ids[i], pack.questions().get(summary.question()).responses()
                    .get(answers[i]).id());
        }
        Js.dispatch(host, "preference-trainer:complete", detail);
    }

    private void emitScore(QuizScore score) {
        JSObject detail = Js.newObject();
        Js.setNumber(detail, "raw", score.raw());
        Js.setNumber(detail, "max", score.max());
        Js.setNumber(detail, "scaled", score.scaled());
        if (score.graded()) {
            Js.setNumber(detail, "passingScore", score.passingScore());
            Js.setBoolean(detail, "passed", score.passed());
        }
        Js.dispatch(host, "preference-trainer:score", detail);
    }

    private String responseId(Choice choice, int response) {
        return pack.questions().get(choice.pair().question()).responses().get(response).id();
    }

    /** The weights as {criterion id: weight}. */
    private JSObject weights() {
        JSObject weights = Js.newObject();
        double[] w = session.model().weights();
        for (int k = 0; k < w.length; k++) {
            Js.setNumber(weights, pack.criteria().get(k).id(), w[k]);
        }
        return weights;
    }
}
