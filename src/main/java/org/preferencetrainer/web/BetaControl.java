package org.preferencetrainer.web;

import org.preferencetrainer.content.Question;
import org.preferencetrainer.content.Response;
import org.preferencetrainer.content.UiText;
import org.preferencetrainer.session.Summary;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The summary's β control: a slider from β = ∞ (the original model) down to a β so small that
 * the policy chases the learned reward almost alone, with the payoff question's answer at each
 * setting, and the warning that the reward's favourite is not always the best answer.
 */
final class BetaControl {
    private final UiText text;
    private final Summary summary;
    private final Question question;
    private final double[] steps;
    private final HTMLInputElement slider;
    private final HTMLElement value;
    private final HTMLElement card;
    private final HTMLElement caption;
    private final HTMLElement answer;

    BetaControl(HTMLElement parent, Summary summary, Question question, UiText text) {
        this.text = text;
        this.summary = summary;
        this.question = question;
        this.steps = summary.betaSteps();

        HTMLElement section = Dom.add(parent, "section", "pt-beta");
        Dom.text(section, "h3", "pt-label", text.get("beta.title"));
        HTMLElement label = Dom.text(section, "label", "pt-beta-label", text.get("beta.label"));
        slider = (HTMLInputElement) Dom.add(section, "input", "pt-beta-slider");
        slider.setType("range");
        slider.setAttribute("min", "0");
        slider.setAttribute("max", Integer.toString(steps.length - 1));
        slider.setAttribute("step", "1");
        slider.setId(Ids.next("pt-beta"));
        label.setAttribute("for", slider.getId());
        value = Dom.add(section, "p", "pt-beta-value");
        value.setAttribute("aria-live", "polite");
        card = Dom.add(section, "article", "pt-response pt-beta-answer");
        caption = Dom.add(card, "h4", "pt-response-label");
        answer = Dom.add(card, "div", "pt-response-text");

        // over-optimising: the answer the learned reward likes best is not always the best one
        HTMLElement hacking = Dom.add(section, "div", "pt-hacking");
        Dom.text(hacking, "h4", "pt-label", text.get("hacking.title"));
        Dom.text(hacking, "p", "pt-hacking-text", text.get("hacking.text"));

        slider.setValue(Integer.toString(summary.playedBetaStep()));
        slider.addEventListener("input", event -> show());
        slider.addEventListener("change", event -> show());
        show();
    }

    /** Shows the answer at the slider's setting. */
    private void show() {
        int step = Js.wholeNumber(slider.getValue());
        double beta = steps[step];
        String setting = beta == Double.POSITIVE_INFINITY ? text.get("beta.infinite")
                : step == summary.playedBetaStep()
                ? text.get("beta.played", text.decimal(Js.numberText(beta)))
                : text.get("beta.value", text.decimal(Js.numberText(beta)));
        value.setTextContent(setting);
        slider.setAttribute("aria-valuetext", setting);

        int index = summary.answerAt(beta);
        Response response = question.responses().get(index);
        card.setAttribute("data-response", response.id());
        card.setAttribute("data-beta", Js.numberText(beta));
        caption.setTextContent(text.get("beta.answer", text.percent(summary.probabilityAt(beta)),
                words(response.text())));
        Dom.paragraphs(answer, response.text());
    }

    /** The number of words, counting runs of non-space characters. */
    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
