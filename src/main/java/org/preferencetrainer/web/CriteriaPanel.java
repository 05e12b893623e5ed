package org.preferencetrainer.web;

import java.util.List;
import org.preferencetrainer.content.Criterion;
import org.preferencetrainer.content.UiText;
import org.preferencetrainer.model.RewardModel;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The reinforced-criteria panel: a row a criterion with its reinforcement count and its learned
 * weight as a bar around zero, with a band of one standard deviation either side. Built once,
 * then updated in place after each choice.
 */
final class CriteriaPanel {
    /** Weights beyond ±SCALE are drawn at the end of the bar. */
    private static final double SCALE = 3.0;

    private final UiText text;
    private final HTMLElement[] counts;
    private final HTMLElement[] fills;
    private final HTMLElement[] bands;
    private final HTMLElement[] values;
    private final HTMLElement[] rows;

    CriteriaPanel(HTMLElement parent, List<Criterion> criteria, UiText text) {
        this.text = text;
        int k = criteria.size();
        counts = new HTMLElement[k];
        fills = new HTMLElement[k];
        bands = new HTMLElement[k];
        values = new HTMLElement[k];
        rows = new HTMLElement[k];

        HTMLElement panel = Dom.add(parent, "section", "pt-criteria");
        HTMLElement heading = Dom.text(panel, "h3", "pt-criteria-title", text.get("criteria.title"));
        heading.setId(Ids.next("pt-criteria"));
        panel.setAttribute("aria-labelledby", heading.getId());
        HTMLElement list = Dom.add(panel, "ul", "pt-criteria-list");
        for (int i = 0; i < k; i++) {
            Criterion criterion = criteria.get(i);
            HTMLElement row = Dom.add(list, "li", "pt-criterion");
            row.setAttribute("data-criterion", criterion.id());
            HTMLElement label = Dom.text(row, "span", "pt-criterion-label", criterion.label());
            if (!criterion.description().isEmpty()) {
                label.setTitle(criterion.description());
            }
            counts[i] = Dom.text(row, "span", "pt-count", "0");
            HTMLElement bar = Dom.add(row, "span", "pt-bar");
            bar.setAttribute("aria-hidden", "true");
            bands[i] = Dom.add(bar, "span", "pt-bar-band");
            fills[i] = Dom.add(bar, "span", "pt-bar-fill");
            values[i] = Dom.add(row, "span", "pt-weight");
            rows[i] = row;
        }
    }

    /** Shows the model's counts, weights and uncertainty. */
    void update(RewardModel model) {
        double[] weights = model.weights();
        double[] deviations = model.standardDeviations();
        double[] reinforcement = model.counts();
        for (int i = 0; i < rows.length; i++) {
            double w = weights[i];
            double sd = deviations[i];
            rows[i].setAttribute("data-weight", Js.numberText(w));
            rows[i].setAttribute("data-sd", Js.numberText(sd));
            rows[i].setAttribute("data-count", Js.numberText(reinforcement[i]));
            counts[i].setTextContent(text.decimal(Format.signed(reinforcement[i], 1)));
            values[i].setTextContent(text.get("criteria.weight",
                    text.decimal(Format.fixed(w, 2)), text.decimal(Format.fixed(sd, 2))));

            // the fill runs from zero to w; the band spans w ± sd
            place(fills[i], Math.min(0, w), Math.max(0, w));
            place(bands[i], w - sd, w + sd);
            fills[i].setClassName(w < 0 ? "pt-bar-fill pt-negative" : "pt-bar-fill");
        }
    }

    private static void place(HTMLElement element, double from, double to) {
        double left = position(from);
        double right = position(to);
        Js.style(element, "left", Js.numberText(left) + "%");
        Js.style(element, "width", Js.numberText(Math.max(0.5, right - left)) + "%");
    }

    /** Where a weight sits on the bar, in percent of its width. */
    private static double position(double weight) {
        double clamped = Math.max(-SCALE, Math.min(SCALE, weight));
        return Math.floor((50 + 50 * clamped / SCALE) * 100 + 0.5) / 100.0;
    }
}
