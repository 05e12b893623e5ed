package org.preferencetrainer.web;

import java.util.List;
import org.preferencetrainer.content.PackProblem;
import org.preferencetrainer.content.UiText;
import org.teavm.jso.dom.html.HTMLElement;

/** The intro and error screens: a heading, some text, and for the intro a Start button. */
final class MessageView {
    private MessageView() {
    }

    /** The intro: what is about to happen, and Start; with a notice when there is one. */
    static HTMLElement intro(HTMLElement parent, String title, UiText text, int rounds,
            String notice, Runnable onStart) {
        HTMLElement screen = Dom.add(parent, "section", "pt-screen pt-intro");
        Dom.text(screen, "h2", "pt-intro-title", title);
        if (notice != null) {
            Dom.text(screen, "p", "pt-notice", notice);
        }
        Dom.text(screen, "p", "pt-intro-text", text.get("intro.text", rounds));
        HTMLElement start = Dom.button(screen, "pt-primary pt-start", text.get("start"));
        start.addEventListener("click", event -> onStart.run());
        return start;
    }

    /** What went wrong and where, in an alert so assistive technology reads it at once. */
    static void error(HTMLElement parent, UiText text, String headline,
            List<PackProblem> problems) {
        HTMLElement screen = Dom.add(parent, "section", "pt-screen pt-error");
        screen.setAttribute("role", "alert");
        Dom.text(screen, "h2", "pt-error-title", text.get("error.title"));
        Dom.text(screen, "p", "pt-error-reason", headline);
        if (!problems.isEmpty()) {
            HTMLElement list = Dom.add(screen, "ul", "pt-problems");
            for (PackProblem problem : problems) {
                HTMLElement item = Dom.add(list, "li", "pt-problem");
                item.setAttribute("data-path", problem.path());
                item.setAttribute("data-code", problem.code());
                if (!problem.path().isEmpty()) {
                    Dom.text(item, "code", "pt-problem-path", problem.path());
                    Dom.text(item, "span", null, ": ");
                }
                Dom.text(item, "span", "pt-problem-message", problem.message(text));
            }
        }
    }
}
