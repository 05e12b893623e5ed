package org.preferencetrainer.web;

import java.util.Map;
import org.preferencetrainer.content.Criterion;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Question;
import org.preferencetrainer.content.QuizQuestion;
import org.preferencetrainer.content.Response;
import org.teavm.jso.JSObject;

/**
 * A pack written out as a plain JavaScript object, with its defaults filled in: what
 * {@code PreferenceTrainer.check} hands the page. It has the shape that Jackson gives the same
 * pack on the JVM through the annotations on the pack classes, field for field; a browser test
 * holds the two to that.
 */
final class PackJs {
    private PackJs() {
    }

    static JSObject of(Pack pack) {
        JSObject object = Js.newObject();
        Js.setNumber(object, "schemaVersion", pack.schemaVersion());
        Js.setString(object, "id", pack.id());
        Js.setString(object, "title", pack.title());
        Js.setString(object, "language", pack.language());
        Js.setNumber(object, "rounds", pack.rounds());

        JSObject criteria = Js.newArray();
        for (Criterion criterion : pack.criteria()) {
            JSObject item = Js.newObject();
            Js.setString(item, "id", criterion.id());
            Js.setString(item, "label", criterion.label());
            if (!criterion.description().isEmpty()) {
                Js.setString(item, "description", criterion.description());
            }
            Js.push(criteria, item);
        }
        Js.set(object, "criteria", criteria);

        JSObject questions = Js.newArray();
        for (Question question : pack.questions()) {
            Js.push(questions, question(question));
        }
        Js.set(object, "questions", questions);

        if (!pack.quiz().isEmpty()) {
            JSObject quiz = Js.newArray();
            for (QuizQuestion question : pack.quiz()) {
                Js.push(quiz, quizQuestion(question));
            }
            Js.set(object, "quiz", quiz);
        }
        if (pack.passingScore() != null) {
            Js.setNumber(object, "passingScore", pack.passingScore());
        }
        if (!pack.ui().isEmpty()) {
            JSObject ui = Js.newObject();
            for (Map.Entry<String, String> entry : pack.ui().entrySet()) {
                Js.setString(ui, entry.getKey(), entry.getValue());
            }
            Js.set(object, "ui", ui);
        }
        return object;
    }

    private static JSObject question(Question question) {
        JSObject item = Js.newObject();
        Js.setString(item, "id", question.id());
        Js.setString(item, "prompt", question.prompt());
        JSObject responses = Js.newArray();
        for (Response response : question.responses()) {
            JSObject answer = Js.newObject();
            Js.setString(answer, "id", response.id());
            Js.setString(answer, "text", response.text());
            JSObject scores = Js.newObject();
            String[] criteria = response.criteria();
            double[] values = response.scores();
            for (int k = 0; k < criteria.length; k++) {
                Js.setNumber(scores, criteria[k], values[k]);
            }
            Js.set(answer, "scores", scores);
            Js.push(responses, answer);
        }
        Js.set(item, "responses", responses);
        return item;
    }

    private static JSObject quizQuestion(QuizQuestion question) {
        JSObject item = Js.newObject();
        Js.setString(item, "id", question.id());
        Js.setString(item, "prompt", question.prompt());
        JSObject choices = Js.newArray();
        for (QuizQuestion.Choice choice : question.choices()) {
            JSObject option = Js.newObject();
            Js.setString(option, "id", choice.id());
            Js.setString(option, "text", choice.text());
            Js.setBoolean(option, "correct", choice.correct());
            Js.push(choices, option);
        }
        Js.set(item, "choices", choices);
        return item;
    }
}
