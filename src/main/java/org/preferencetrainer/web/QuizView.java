package org.preferencetrainer.web;

import java.util.List;
import java.util.function.IntConsumer;
import org.preferencetrainer.content.QuizQuestion;
import org.preferencetrainer.content.UiText;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * One question of the "check your understanding" quiz: the prompt, its choices as a radio
 * group, and Check. Once checked, the choices lock, the right one is marked, and a note says
 * whether the learner had it; then Next (or See your score after the last question).
 */
final class QuizView {
    private final UiText text;
    private final QuizQuestion question;
    private final HTMLElement heading;
    private final HTMLInputElement[] inputs;
    private final HTMLElement[] labels;
    private final HTMLElement check;
    private final HTMLElement feedback;
    private final HTMLElement next;

    QuizView(HTMLElement parent, QuizQuestion question, int index, int total, UiText text,
            IntConsumer onAnswer, Runnable onNext) {
        this.text = text;
        this.question = question;
        HTMLElement screen = Dom.add(parent, "section", "pt-screen pt-quiz");
        screen.setAttribute("data-question", question.id());
        Dom.text(screen, "p", "pt-label", text.get("quiz.title"));
        heading = Dom.text(screen, "h2", "pt-quiz-title",
                text.get("quiz.progress", index + 1, total));
        heading.setTabIndex(-1);

        // the choices, as one radio group named for this question
        HTMLElement group = Dom.add(screen, "fieldset", "pt-quiz-choices");
        Dom.text(group, "legend", "pt-prompt", question.prompt());
        String name = Ids.next("pt-quiz");
        List<QuizQuestion.Choice> choices = question.choices();
        inputs = new HTMLInputElement[choices.size()];
        labels = new HTMLElement[choices.size()];
        for (int i = 0; i < choices.size(); i++) {
            HTMLElement label = Dom.add(group, "label", "pt-quiz-choice");
            label.setAttribute("data-choice", choices.get(i).id());
            HTMLInputElement input = (HTMLInputElement) Dom.add(label, "input", null);
            input.setType("radio");
            input.setName(name);
            input.setValue(Integer.toString(i));
            input.addEventListener("change", event -> enableCheck());
            Dom.text(label, "span", null, choices.get(i).text());
            inputs[i] = input;
            labels[i] = label;
        }

        check = Dom.button(screen, "pt-primary pt-quiz-check", text.get("quiz.check"));
        check.setAttribute("disabled", "");
        check.addEventListener("click", event -> {
            int picked = picked();
            if (picked >= 0) {
                onAnswer.accept(picked);
            }
        });
        feedback = Dom.add(screen, "p", "pt-feedback");
        feedback.setAttribute("role", "status");
        next = Dom.button(screen, "pt-primary pt-quiz-next",
                text.get(index + 1 < total ? "quiz.next" : "quiz.finish"));
        next.setHidden(true);
        next.addEventListener("click", event -> onNext.run());
    }

    private void enableCheck() {
        check.removeAttribute("disabled");
    }

    /** The index of the choice selected, or -1. */
    private int picked() {
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].isChecked()) {
                return i;
            }
        }
        return -1;
    }

    /** Locks the answer, marks the right choice and says whether {@code picked} was it. */
    void showAnswer(int picked) {
        String right = null;
        for (int i = 0; i < inputs.length; i++) {
            inputs[i].setDisabled(true);
            QuizQuestion.Choice choice = question.choices().get(i);
            // a word on each marked choice as well as its colour, for those who cannot tell
            // the colours apart
            if (choice.correct()) {
                right = choice.text();
                labels[i].setClassName("pt-quiz-choice pt-right");
                Dom.text(labels[i], "span", "pt-quiz-mark", text.get("quiz.mark.right"));
            } else if (i == picked) {
                labels[i].setClassName("pt-quiz-choice pt-wrong");
                Dom.text(labels[i], "span", "pt-quiz-mark", text.get("quiz.mark.wrong"));
            }
        }
        boolean correct = question.choices().get(picked).correct();
        feedback.setTextContent(correct ? text.get("quiz.correct") : text.get("quiz.wrong", right));
        feedback.setClassName(correct ? "pt-feedback pt-right" : "pt-feedback pt-wrong");
        feedback.setAttribute("data-correct", Boolean.toString(correct));
        check.setHidden(true);
        next.setHidden(false);
        next.focus();
    }

    void focus() {
        heading.focus();
    }
}
