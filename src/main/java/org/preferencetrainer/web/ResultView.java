package org.preferencetrainer.web;

import org.preferencetrainer.content.UiText;
import org.preferencetrainer.session.QuizScore;
import org.teavm.jso.dom.html.HTMLElement;

/** The quiz's result: the score, passed or not where the pack sets a passing score, Restart. */
final class ResultView {
    private final HTMLElement heading;

    ResultView(HTMLElement parent, QuizScore score, UiText text, Runnable onRestart) {
        HTMLElement screen = Dom.add(parent, "section", "pt-screen pt-result");
        screen.setAttribute("data-raw", Integer.toString(score.raw()));
        screen.setAttribute("data-max", Integer.toString(score.max()));
        heading = Dom.text(screen, "h2", "pt-result-title", text.get("result.title"));
        heading.setTabIndex(-1);
        Dom.text(screen, "p", "pt-result-score", text.get("result.score", score.raw(),
                score.max(), text.percent(score.scaled())));
        if (score.graded()) {
            screen.setAttribute("data-passed", Boolean.toString(score.passed()));
            String needed = text.percent(score.passingScore());
            Dom.text(screen, "p", "pt-result-verdict", score.passed()
                    ? text.get("result.passed", needed) : text.get("result.failed", needed));
        }
        HTMLElement restart = Dom.button(screen, "pt-primary pt-restart", text.get("restart"));
        restart.addEventListener("click", event -> onRestart.run());
    }

    void focus() {
        heading.focus();
    }
}
