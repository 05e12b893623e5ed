package org.preferencetrainer.web;

import org.preferencetrainer.content.UiText;
import org.preferencetrainer.session.Summary;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The learning curve on the summary: the model's confidence (from ½ before the first choice)
 * and its running agreement with the learner's choices, round by round, as an SVG chart built
 * with DOM calls. A caption says the same in words for those who cannot see it.
 */
final class LearningCurve {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 170;
    private static final int LEFT = 40;
    private static final int RIGHT = 310;
    private static final int TOP = 12;
    private static final int BOTTOM = 140;

    private LearningCurve() {
    }

    static void add(HTMLElement parent, Summary summary, UiText text) {
        double[] confidence = summary.confidences();
        double[] agreement = summary.agreement();
        int rounds = confidence.length;

        HTMLElement figure = Dom.add(parent, "figure", "pt-curve");
        Dom.text(figure, "h3", "pt-label", text.get("chart.title"));
        String caption = caption(summary, text);
        HTMLElement svg = Js.svg("svg");
        svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        svg.setAttribute("class", "pt-curve-chart");
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", caption);
        figure.appendChild(svg);

        // axes: 0%, 50% and 100%, and the rounds
        for (int percent = 0; percent <= 100; percent += 50) {
            double y = y(percent / 100.0);
            line(svg, LEFT, y, RIGHT, y, percent == 0 ? "pt-curve-axis" : "pt-curve-grid");
            label(svg, LEFT - 6, y + 4, text.percent(percent / 100.0), "end");
        }
        for (int round = 0; round <= rounds; round++) {
            label(svg, x(round, rounds), BOTTOM + 16, Integer.toString(round), "middle");
        }
        label(svg, (LEFT + RIGHT) / 2.0, HEIGHT - 2, text.get("chart.round"), "middle");

        // the confidence starts at ½ before any choice; agreement exists from round 1
        double[] withStart = new double[rounds + 1];
        withStart[0] = 0.5;
        System.arraycopy(confidence, 0, withStart, 1, rounds);
        curve(svg, withStart, 0, rounds, "pt-curve-confidence");
        curve(svg, agreement, 1, rounds, "pt-curve-agreement");

        // the legend, in words
        HTMLElement legend = Dom.add(figure, "ul", "pt-curve-legend");
        Dom.text(legend, "li", "pt-curve-key-confidence", text.get("chart.confidence"));
        Dom.text(legend, "li", "pt-curve-key-agreement", text.get("chart.agreement"));
        Dom.text(figure, "figcaption", "pt-curve-caption", caption);
    }

    /** "Over 8 rounds the model's confidence went from 50% to 86%, and it had predicted 6 …" */
    private static String caption(Summary summary, UiText text) {
        double[] confidence = summary.confidences();
        int rounds = confidence.length;
        String last = text.percent(rounds == 0 ? 0.5 : confidence[rounds - 1]);
        return text.get("chart.summary", rounds, last, summary.predictedChoices());
    }

    /** A polyline through the values, the first at round {@code first}, with a dot on each. */
    private static void curve(HTMLElement svg, double[] values, int first, int rounds,
            String className) {
        StringBuilder points = new StringBuilder();
        HTMLElement group = Js.svg("g");
        group.setAttribute("class", className);
        svg.appendChild(group);
        HTMLElement polyline = Js.svg("polyline");
        group.appendChild(polyline);
        for (int i = 0; i < values.length; i++) {
            double x = x(first + i, rounds);
            double y = y(values[i]);
            points.append(points.length() > 0 ? " " : "").append(Format.fixed(x, 1)).append(',')
                    .append(Format.fixed(y, 1));
            HTMLElement dot = Js.svg("circle");
            dot.setAttribute("cx", Format.fixed(x, 1));
            dot.setAttribute("cy", Format.fixed(y, 1));
            dot.setAttribute("r", "3");
            dot.setAttribute("data-round", Integer.toString(first + i));
            dot.setAttribute("data-value", Js.numberText(values[i]));
            group.appendChild(dot);
        }
        polyline.setAttribute("points", points.toString());
    }

    private static void line(HTMLElement svg, double x1, double y1, double x2, double y2,
            String className) {
        HTMLElement line = Js.svg("line");
        line.setAttribute("x1", Format.fixed(x1, 1));
        line.setAttribute("y1", Format.fixed(y1, 1));
        line.setAttribute("x2", Format.fixed(x2, 1));
        line.setAttribute("y2", Format.fixed(y2, 1));
        line.setAttribute("class", className);
        svg.appendChild(line);
    }

    private static void label(HTMLElement svg, double x, double y, String content,
            String anchor) {
        HTMLElement label = Js.svg("text");
        label.setAttribute("x", Format.fixed(x, 1));
        label.setAttribute("y", Format.fixed(y, 1));
        label.setAttribute("text-anchor", anchor);
        label.setAttribute("class", "pt-curve-text");
        label.setTextContent(content);
        svg.appendChild(label);
    }

    private static double x(int round, int rounds) {
        return LEFT + (RIGHT - LEFT) * (double) round / Math.max(1, rounds);
    }

    private static double y(double share) {
        return BOTTOM - (BOTTOM - TOP) * share;
    }
}
