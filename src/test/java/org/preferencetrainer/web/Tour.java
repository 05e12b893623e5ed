package org.preferencetrainer.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Packs;
import org.preferencetrainer.content.QuizQuestion;
import org.preferencetrainer.session.Side;

/**
 * A learner's way through every screen of the built-in lesson on {@code learner.html}, in one
 * build: the intro, the first round, a later round with its note and the "why" panel open, the
 * summary, a quiz question before and after it is checked, the result, and the screen a pack
 * that cannot be found gives. At each, a test looks at what is shown.
 */
final class Tour {
    /** The screens, in the order a learner meets them; the error screen last. */
    static final List<String> SCREENS = List.of("intro", "round", "round-why", "summary", "quiz",
            "quiz-checked", "result", "error");

    private static final Pack ENGLISH = Packs.shipped("en");

    /** What a test does on each screen. */
    interface Visit {
        void at(String screen, LessonPage page) throws Exception;
    }

    private Tour() {
    }

    /** Walks through every screen with the given build, calling {@code visit} at each. */
    static void walk(ChromeDriver chrome, DistServer server, String engine, Visit visit)
            throws Exception {
        Chromium.forgetSavedSessions(chrome, server);
        chrome.get(server.url() + "learner.html?seed=5&engine=" + engine);
        LessonPage page = LessonPage.first(chrome).waitFor("intro");
        if (!engine.equals(page.engine())) {
            throw new AssertionError("asked for the " + engine + " build, got " + page.engine());
        }
        visit.at("intro", page);

        page.start();
        visit.at("round", page);
        page.clickPrefer(Side.B);
        page.openWhy();
        visit.at("round-why", page);
        for (int round = 2; round <= ENGLISH.rounds(); round++) {
            page.clickPrefer(round % 2 == 0 ? Side.A : Side.B);
        }
        page.waitFor("summary");
        visit.at("summary", page);

        page.startQuiz();
        for (int i = 0; i < ENGLISH.quiz().size(); i++) {
            QuizQuestion question = ENGLISH.quiz().get(i);
            if (i > 0) {
                page.answer(right(question));
                continue;
            }
            visit.at("quiz", page);
            page.find(".pt-quiz-choice[data-choice=" + wrong(question) + "] input").click();
            page.find(".pt-quiz-check").click();
            new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d ->
                    page.find(".pt-feedback").getDomAttribute("data-correct") != null);
            visit.at("quiz-checked", page);
            WebElement next = page.find(".pt-quiz-next");
            next.click();
            new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d ->
                    !question.id().equals(page.quizQuestion()) || "result".equals(page.phase()));
        }
        page.waitFor("result");
        visit.at("result", page);

        chrome.get(server.url() + "learner.html?src=content/missing.json&engine=" + engine);
        visit.at("error", LessonPage.first(chrome).waitFor("error"));
    }

    /** The id of a question's right choice. */
    static String right(QuizQuestion question) {
        for (QuizQuestion.Choice choice : question.choices()) {
            if (choice.correct()) {
                return choice.id();
            }
        }
        throw new IllegalArgumentException(question.id() + " has no right choice");
    }

    private static String wrong(QuizQuestion question) {
        for (QuizQuestion.Choice choice : question.choices()) {
            if (!choice.correct()) {
                return choice.id();
            }
        }
        throw new IllegalArgumentException(question.id() + " has no wrong choice");
    }
}
