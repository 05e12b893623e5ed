package org.preferencetrainer.web;

import java.util.List;
import java.util.function.Consumer;
import org.preferencetrainer.content.Criterion;
import org.preferencetrainer.content.Question;
import org.preferencetrainer.content.UiText;
import org.preferencetrainer.model.Gauge;
import org.preferencetrainer.session.Choice;
import org.preferencetrainer.session.Session;
import org.preferencetrainer.session.Side;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The round screen: the header with the round and the internal-model gauge, the criteria panel,
 * the note on the last choice, the question and the two responses. Built once a session and
 * updated in place, so a choice repaints only what changed.
 */
final class RoundView {
    private static final Gauge[] GAUGE_STEPS = {Gauge.WEAK, Gauge.NEUTRAL, Gauge.STRONG};

    private final UiText text;
    private final List<Criterion> criteria;
    private final HTMLElement screen;
    private final HTMLElement heading;
    private final HTMLElement gauge;
    private final HTMLElement[] gaugeSteps = new HTMLElement[GAUGE_STEPS.length];
    private final CriteriaPanel panel;
    private final HTMLElement note;
    private final HTMLElement prompt;
    private final HTMLElement[] responseTexts = new HTMLElement[2];
    private final HTMLElement[] cards = new HTMLElement[2];
    private final WhyPanel why;

    RoundView(HTMLElement parent, Session session, UiText text, Consumer<Side> onChoice) {
        this.text = text;
        this.criteria = session.pack().criteria();
        screen = Dom.add(parent, "section", "pt-screen pt-round");

        // header: round and gauge
        HTMLElement header = Dom.add(screen, "header", "pt-header");
        heading = Dom.add(header, "h2", "pt-round-title");
        heading.setTabIndex(-1);
        gauge = Dom.add(header, "div", "pt-gauge");
        gauge.setAttribute("role", "img");
        Dom.text(gauge, "span", "pt-gauge-label", text.get("gauge.label"));
        HTMLElement steps = Dom.add(gauge, "span", "pt-gauge-steps");
        steps.setAttribute("aria-hidden", "true");
        for (int i = 0; i < GAUGE_STEPS.length; i++) {
            gaugeSteps[i] = Dom.text(steps, "span", "pt-gauge-step",
                    text.get("gauge." + Names.of(GAUGE_STEPS[i])));
        }

        HTMLElement body = Dom.add(screen, "div", "pt-body");
        panel = new CriteriaPanel(body, criteria, text);

        // the question and the two responses
        HTMLElement main = Dom.add(body, "div", "pt-main");
        note = Dom.add(main, "p", "pt-note");
        HTMLElement question = Dom.add(main, "div", "pt-question");
        Dom.text(question, "span", "pt-label", text.get("question.label"));
        prompt = Dom.add(question, "p", "pt-prompt");
        Dom.text(main, "p", "pt-choose", text.get("choose"));
        HTMLElement responses = Dom.add(main, "div", "pt-responses");
        responses.setAttribute("role", "group");
        responses.setAttribute("aria-label", text.get("responses.label"));
        for (Side side : Side.values()) {
            int i = side.ordinal();
            HTMLElement card = Dom.add(responses, "article", "pt-response");
            card.setAttribute("data-side", side.name());
            HTMLElement label = Dom.text(card, "h3", "pt-response-label",
                    text.get("response.label", side.name()));
            label.setId(Ids.next("pt-response"));
            card.setAttribute("aria-labelledby", label.getId());
            responseTexts[i] = Dom.add(card, "div", "pt-response-text");
            HTMLElement button = Dom.button(card, "pt-prefer", text.get("prefer", side.name()));
            button.setAttribute("aria-label", text.get("prefer.aria", side.name()));
            button.setAttribute("data-side", side.name());
            // a click anywhere on the card chooses it; the button's click bubbles up to here
            card.addEventListener("click", event -> onChoice.accept(side));
            cards[i] = card;
        }
        Dom.text(main, "p", "pt-hint", text.get("choose.hint"));
        why = new WhyPanel(main, criteria, text);
    }

    /** Shows the session's current round. */
    void update(Session session) {
        heading.setTextContent(text.get("round", session.round(), session.rounds()));

        Gauge current = session.gauge();
        gauge.setAttribute("data-gauge", Names.of(current));
        gauge.setAttribute("aria-label", gaugeText(text, current));
        for (int i = 0; i < GAUGE_STEPS.length; i++) {
            gaugeSteps[i].setClassName(GAUGE_STEPS[i] == current
                    ? "pt-gauge-step pt-on" : "pt-gauge-step");
        }

        panel.update(session.model());
        note.setTextContent(noteOn(session.lastChoice()));

        Question question = session.question();
        prompt.setTextContent(question.prompt());
        for (Side side : Side.values()) {
            int response = session.pair().response(side);
            Dom.paragraphs(responseTexts[side.ordinal()],
                    question.responses().get(response).text());
            cards[side.ordinal()].setAttribute("data-response",
                    question.responses().get(response).id());
        }
        why.update(session);
    }

    /** The gauge in words, as assistive technology reads it: "Internal model: Neutral". */
    static String gaugeText(UiText text, Gauge gauge) {
        return text.get("gauge.label") + ": " + text.get("gauge." + Names.of(gauge));
    }

    /** Moves focus to the round's heading, so keyboard and screen-reader users follow along. */
    void focus() {
        heading.focus();
    }

    /**
     * The short note on what a choice reinforced and whether the model saw it coming: "You
     * preferred response B. Reinforced: Clarity +0.6, Warmth +0.4, Conciseness −0.3. The model
     * had predicted this (64%)." Changes smaller than 0.05 are left out.
     */
    String noteOn(Choice choice) {
        if (choice == null) {
            return "";
        }
        StringBuilder changes = new StringBuilder();
        double[] change = choice.change();
        for (int k = 0; k < change.length; k++) {
            if (Math.abs(change[k]) >= 0.05) {
                if (changes.length() > 0) {
                    changes.append(", ");
                }
                changes.append(criteria.get(k).label()).append(' ')
                        .append(text.decimal(Format.signed(change[k], 1)));
            }
        }
        String chosen = text.get("note.chosen", choice.side().name());
        String reinforced = changes.length() == 0 ? text.get("note.nothing")
                : text.get("note.changes", changes.toString());
        return chosen + " " + reinforced + " " + prediction(choice);
    }

    /** Whether the model had expected the choice, with the probability it gave it. */
    private String prediction(Choice choice) {
        double predicted = choice.predicted();
        if (predicted == 0.5) {
            return text.get("note.unsure");
        }
        return text.get(predicted > 0.5 ? "note.predicted" : "note.surprised",
                text.percent(predicted));
    }
}
