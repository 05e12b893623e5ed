package org.preferencetrainer.web;

import java.util.List;
import org.preferencetrainer.content.Criterion;
import org.preferencetrainer.content.UiText;
import org.preferencetrainer.session.Session;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * "Why these two? What does the model predict?": a disclosure under the responses. Its button
 * opens a panel with the model's probability that the learner picks A, each criterion's part in
 * it (w_k·(φ_k(A) − φ_k(B))), and why this pair was shown. Closed at first; it stays as the
 * learner left it from round to round. While closed it only remembers the round it was given,
 * and writes it out when opened: most learners never open it, and a choice then costs less.
 */
final class WhyPanel {
    private final UiText text;
    private final List<Criterion> criteria;
    private final HTMLElement button;
    private final HTMLElement panel;
    private final HTMLElement prediction;
    private final HTMLElement rows;
    private final HTMLElement total;
    private final HTMLElement pair;
    /** The round to explain, not yet written into the panel: set while the panel is closed. */
    private Session pending;
    private boolean open;

    WhyPanel(HTMLElement parent, List<Criterion> criteria, UiText text) {
        this.text = text;
        this.criteria = criteria;
        HTMLElement why = Dom.add(parent, "section", "pt-why");
        button = Dom.button(why, "pt-why-toggle", text.get("why.toggle"));
        panel = Dom.add(why, "div", "pt-why-panel");
        panel.setId(Ids.next("pt-why"));
        button.setAttribute("aria-controls", panel.getId());
        prediction = Dom.add(panel, "p", "pt-why-prediction");
        Dom.text(panel, "p", "pt-why-how", text.get("why.how"));
        rows = Dom.add(panel, "ul", "pt-why-rows");
        total = Dom.add(panel, "p", "pt-why-total");
        pair = Dom.add(panel, "p", "pt-why-pair");
        setOpen(false);
        button.addEventListener("click", event -> toggle());
    }

    private void toggle() {
        setOpen(!open);
    }

    private void setOpen(boolean open) {
        this.open = open;
        button.setAttribute("aria-expanded", open ? "true" : "false");
        if (open) {
            if (pending != null) {
                show(pending);
                pending = null;
            }
            panel.removeAttribute("hidden");
        } else {
            panel.setAttribute("hidden", "");
        }
    }

    /** Explains the session's current round, now if the panel is open, else once it opens. */
    void update(Session session) {
        if (open) {
            show(session);
            pending = null;
        } else {
            pending = session;
        }
    }

    private void show(Session session) {
        double[][] scores = session.question().scoreMatrix();
        double[] a = scores[session.pair().responseA()];
        double[] b = scores[session.pair().responseB()];
        double[] weights = session.model().weights();

        // P(A ≻ B), in numbers for scripts and in words for people
        double probabilityA = session.probabilityA();
        prediction.setAttribute("data-probability", Js.numberText(probabilityA));
        prediction.setTextContent(session.model().comparisons() == 0 ? text.get("why.start")
                : text.get("why.prediction", text.percent(probabilityA),
                        text.percent(1 - probabilityA)));

        // each criterion's contribution w_k·Δφ_k to the total w·(φA − φB)
        Dom.clear(rows);
        double sum = 0;
        for (int k = 0; k < criteria.size(); k++) {
            double contribution = weights[k] * (a[k] - b[k]);
            sum += contribution;
            String label = criteria.get(k).label();
            HTMLElement row = Dom.text(rows, "li", "pt-why-row", a[k] == b[k]
                    ? text.get("why.row.same", label, number(a[k]))
                    : text.get("why.row", label, number(a[k]), number(b[k]),
                            number(weights[k]), number(Math.abs(contribution)),
                            contribution < 0 ? "B" : "A"));
            row.setAttribute("data-criterion", criteria.get(k).id());
            row.setAttribute("data-contribution", Js.numberText(contribution));
        }
        total.setTextContent(text.get("why.total", number(Math.abs(sum)),
                sum < 0 ? "B" : "A"));

        // why this pair: what the policy would say, and what the pair teaches
        double[] policy = session.policyNow();
        pair.setTextContent(text.get("why.pair",
                text.percent(policy[session.pair().responseA()]),
                text.percent(policy[session.pair().responseB()]), policy.length));
    }

    /** A score, weight or part as the learner reads it: two decimals, their language's mark. */
    private String number(double value) {
        return text.decimal(Format.fixed(value, 2));
    }
}
