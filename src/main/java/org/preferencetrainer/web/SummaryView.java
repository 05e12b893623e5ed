package org.preferencetrainer.web;

import java.util.List;
import org.preferencetrainer.content.Criterion;
import org.preferencetrainer.content.Question;
import org.preferencetrainer.content.UiText;
import org.preferencetrainer.session.Session;
import org.preferencetrainer.session.Summary;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * "What the model learned": the final weights, the criteria the model now favours, and the
 * payoff — an unseen question answered by the original model and by the trained one — with
 * the point that no fact was learned. Ends with the quiz's button, or Restart without one.
 */
final class SummaryView {
    private final HTMLElement heading;
    private final HTMLElement next;

    /**
     * @param onNext what the closing button does: start the quiz where the pack has one,
     *     restart otherwise
     */
    SummaryView(HTMLElement parent, Session session, UiText text, Runnable onNext) {
        Summary summary = session.summary();
        List<Criterion> criteria = session.pack().criteria();
        HTMLElement screen = Dom.add(parent, "section", "pt-screen pt-summary");
        heading = Dom.text(screen, "h2", "pt-summary-title", text.get("summary.title"));
        heading.setTabIndex(-1);

        // weights and the favoured criteria
        HTMLElement body = Dom.add(screen, "div", "pt-body");
        CriteriaPanel panel = new CriteriaPanel(body, criteria, text);
        panel.update(summary.model());
        HTMLElement main = Dom.add(body, "div", "pt-main");
        Dom.text(main, "p", "pt-favoured", favoured(summary, criteria, text));

        // the payoff: the same question, answered before and after training
        Question question = session.pack().questions().get(summary.question());
        HTMLElement payoff = Dom.add(main, "section", "pt-payoff");
        Dom.text(payoff, "h3", "pt-label",
                text.get(summary.unseen() ? "summary.payoff" : "summary.payoff.seen"));
        Dom.text(payoff, "p", "pt-prompt", question.prompt());
        HTMLElement answers = Dom.add(payoff, "div", "pt-responses");
        answer(answers, "pt-original", text.get("summary.before"),
                question, summary.originalAnswer());
        answer(answers, "pt-trained", text.get("summary.after"), question, summary.trainedAnswer());
        if (summary.originalAnswer() == summary.trainedAnswer()) {
            Dom.text(payoff, "p", "pt-same", text.get("summary.same"));
        }
        Dom.text(main, "p", "pt-point", text.get("summary.point"));
        new BetaControl(main, summary, question, text);
        LearningCurve.add(main, summary, text);

        next = session.hasQuiz()
                ? Dom.button(main, "pt-primary pt-quiz-start", text.get("quiz.start"))
                : Dom.button(main, "pt-primary pt-restart", text.get("restart"));
        next.addEventListener("click", event -> onNext.run());
    }

    private static void answer(HTMLElement parent, String className, String title,
            Question question, int response) {
        HTMLElement card = Dom.add(parent, "article", "pt-response " + className);
        card.setAttribute("data-response", question.responses().get(response).id());
        Dom.text(card, "h4", "pt-response-label", title);
        Dom.paragraphs(Dom.add(card, "div", "pt-response-text"),
                question.responses().get(response).text());
    }

    /** "It now favours answers with more Clarity and Warmth." */
    private static String favoured(Summary summary, List<Criterion> criteria, UiText text) {
        List<Integer> favoured = summary.favoured();
        if (favoured.isEmpty()) {
            return text.get("summary.none");
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < favoured.size(); i++) {
            if (i > 0) {
                names.append(i == favoured.size() - 1 ? " " + text.get("and") + " " : ", ");
            }
            names.append(criteria.get(favoured.get(i)).label());
        }
        return text.get("summary.favoured", names.toString());
    }

    void focus() {
        heading.focus();
    }
}
