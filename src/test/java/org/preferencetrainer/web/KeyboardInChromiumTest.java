package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Packs;
import org.preferencetrainer.content.QuizQuestion;

/**
 * A whole session with the keyboard alone, as a learner who cannot use a mouse plays it: real
 * key presses only (Tab, Shift+Tab, Enter, Space, arrows, A and B), never a click or a script
 * that presses a button. Every stop of the Tab key shows where the focus is, each new screen
 * takes the focus to its heading, and A and B typed into the host page's own fields stay there.
 */
class KeyboardInChromiumTest {
    private static final Pack ENGLISH = Packs.shipped("en");
    /** More Tab presses than any screen has stops: past this, a control cannot be reached. */
    private static final int MAX_TABS = 30;

    private static DistServer server;
    private static ChromeDriver chrome;

    private LessonPage page;
    private int keys;
    private int tabStops;

    @BeforeAll
    static void startBrowser() throws Exception {
        server = DistServer.startDist(Path.of("src/test/resources/site"));
        chrome = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        Chromium.stop(chrome, server);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aLearnerPlaysTheWholeLessonQuizAndRestartWithTheKeyboardAlone(String engine) {
        Chromium.forgetSavedSessions(chrome, server);
        chrome.get(server.url() + "learner.html?seed=8&engine=" + engine);
        page = LessonPage.first(chrome).waitFor("intro");
        assertEquals(engine, page.engine());

        // intro: Tab to Start, Enter
        tabTo(".pt-start");
        press(Keys.ENTER);
        page.waitFor("round");
        assertFocusOn(".pt-round-title");

        // round 1 by the A key, round 2 by Tab to "Prefer response B" and Enter
        press("a");
        waitForRound(2);
        assertTrue(page.note().startsWith("You preferred response A."), page.note());
        assertFocusOn(".pt-round-title");
        tabTo(".pt-prefer[data-side=B]");
        press(Keys.ENTER);
        waitForRound(3);
        assertTrue(page.note().startsWith("You preferred response B."), page.note());

        // round 3: open the "why" panel with Enter, then choose with B from its button
        tabTo(".pt-why-toggle");
        press(Keys.ENTER);
        assertEquals("true", page.find(".pt-why-toggle").getDomAttribute("aria-expanded"));
        assertTrue(page.find(".pt-why-panel").isDisplayed());
        press("b");
        waitForRound(4);

        // round 4: Space on "Prefer response A"
        tabTo(".pt-prefer[data-side=A]");
        press(Keys.SPACE);
        waitForRound(5);

        // round 5: A and B typed into the page's own fields are text, not choices
        WebElement note = tabToPage("note");
        press("a b A B");
        assertEquals("a b A B", note.getDomProperty("value"));
        WebElement essay = tabToPage("essay");
        press("Ab");
        assertEquals("Ab", essay.getDomProperty("value"));
        assertEquals("5", page.find(".pt").getDomAttribute("data-round"), "no choice was made");
        assertEquals("round", page.phase());

        // back into the widget with Shift+Tab, then B chooses again
        shiftTabTo(".pt-why-toggle");
        press("b");
        waitForRound(6);
        press("a");
        waitForRound(7);
        press("b");
        waitForRound(8);
        press("a");
        page.waitFor("summary");
        assertFocusOn(".pt-summary-title");

        // summary: A and B choose nothing here; the β slider moves with the arrow keys
        press("b");
        assertEquals("summary", page.phase());
        tabTo(".pt-beta-slider");
        String before = page.find(".pt-beta-value").getText();
        press(Keys.HOME);
        assertNotEquals(before, page.find(".pt-beta-value").getText());
        assertTrue(page.find(".pt-beta-value").getText().contains("∞"));
        tabTo(".pt-quiz-start");
        press(Keys.ENTER);
        page.waitFor("quiz");

        // the quiz: into the radio group, arrows to the right answer, Check, then Next
        for (int i = 0; i < ENGLISH.quiz().size(); i++) {
            assertFocusOn(".pt-quiz-title");
            answerByKeyboard(ENGLISH.quiz().get(i));
        }
        page.waitFor("result");
        assertFocusOn(".pt-result-title");
        String max = Integer.toString(ENGLISH.quiz().size());
        assertEquals(max, page.find(".pt-result").getDomAttribute("data-raw"), "all right");

        // restart: a fresh session at round 1, the focus on its heading
        tabTo(".pt-restart");
        press(Keys.ENTER);
        page.waitFor("round");
        assertEquals("Round 1 / " + ENGLISH.rounds(), page.roundTitle());
        assertFocusOn(".pt-round-title");

        System.out.println("keyboard session, " + engine + " build: " + keys + " key presses, "
                + tabStops + " Tab stops, each with a visible focus indicator");
    }

    /** Tabs into the radio group, moves to the right choice with the arrows, checks it. */
    private void answerByKeyboard(QuizQuestion question) {
        WebElement first = tabTo(".pt-quiz-choice input");
        String right = Tour.right(question);
        int target = 0;
        for (int i = 0; i < question.choices().size(); i++) {
            if (question.choices().get(i).id().equals(right)) {
                target = i;
            }
        }
        if (target == 0) {
            press(Keys.SPACE);
        }
        for (int i = 0; i < target; i++) {
            press(Keys.ARROW_DOWN);
        }
        WebElement chosen = page.focused();
        assertEquals("true", chosen.getDomProperty("checked"));
        assertEquals(Integer.toString(target), chosen.getDomProperty("value"));
        assertVisibleFocus(chosen, "quiz choice");
        assertTrue(first.isDisplayed());

        tabTo(".pt-quiz-check");
        press(Keys.ENTER);
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d ->
                page.find(".pt-feedback").getDomAttribute("data-correct") != null);
        assertEquals("true", page.find(".pt-feedback").getDomAttribute("data-correct"));
        // the verdict hands the focus to Next (or See your score)
        assertFocusOn(".pt-quiz-next");
        assertVisibleFocus(page.focused(), "next");
        press(Keys.ENTER);
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> "result".equals(page.phase())
                || !question.id().equals(page.quizQuestion()));
    }

    private void press(CharSequence key) {
        new Actions(chrome).sendKeys(key).perform();
        keys += key instanceof Keys ? 1 : key.length();
    }

    /** Presses Tab until the focus is on {@code css} in the widget; checks every stop shows. */
    private WebElement tabTo(String css) {
        return moveTo(css, Keys.TAB);
    }

    private WebElement shiftTabTo(String css) {
        return moveTo(css, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private WebElement moveTo(String css, CharSequence key) {
        for (int i = 0; i < MAX_TABS; i++) {
            new Actions(chrome).sendKeys(key).perform();
            keys++;
            tabStops++;
            WebElement focused = page.focused();
            if (!isInWidget(focused)) {
                continue; // the host page's own fields are styled by the host
            }
            assertVisibleFocus(focused, "Tab stop on the way to " + css);
            if (matches(focused, css)) {
                return focused;
            }
        }
        throw new AssertionError(css + " cannot be reached with the Tab key");
    }

    /** Tabs out of the widget to the host page's own field with the given id. */
    private WebElement tabToPage(String id) {
        WebElement field = chrome.findElement(By.id(id));
        for (int i = 0; i < MAX_TABS; i++) {
            press(Keys.TAB);
            tabStops++;
            WebElement focused = page.focused();
            if (focused.equals(field)) {
                return field;
            }
            if (isInWidget(focused)) {
                assertVisibleFocus(focused, "Tab stop on the way to #" + id);
            }
        }
        throw new AssertionError("#" + id + " cannot be reached with the Tab key");
    }

    private void waitForRound(int round) {
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d ->
                Integer.toString(round).equals(page.find(".pt").getDomAttribute("data-round")));
        assertEquals("Round " + round + " / " + ENGLISH.rounds(), page.roundTitle());
        assertFocusOn(".pt-round-title");
    }

    private void assertFocusOn(String css) {
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> matches(page.focused(), css));
    }

    private boolean isInWidget(WebElement element) {
        return Boolean.TRUE.equals(chrome.executeScript(
                "return arguments[0].getRootNode() instanceof ShadowRoot;", element));
    }

    private boolean matches(WebElement element, String css) {
        return element != null && Boolean.TRUE.equals(chrome.executeScript(
                "return arguments[0].matches(arguments[1]);", element, css));
    }

    /**
     * The focused element draws a focus indicator: an outline of some width, or a box shadow,
     * in a colour other than the background's.
     */
    @SuppressWarnings("unchecked")
    private void assertVisibleFocus(WebElement element, String where) {
        Map<String, Object> style = (Map<String, Object>) chrome.executeScript(
                "var s = getComputedStyle(arguments[0]);"
                + "return { tag: arguments[0].tagName, focusVisible:"
                + " arguments[0].matches(':focus-visible'), outline: s.outlineStyle,"
                + " width: parseFloat(s.outlineWidth) || 0, color: s.outlineColor,"
                + " shadow: s.boxShadow };", element);
        boolean outline = !"none".equals(style.get("outline"))
                && ((Number) style.get("width")).doubleValue() >= 2
                && !String.valueOf(style.get("color")).endsWith(", 0)");
        boolean shadow = !"none".equals(style.get("shadow"));
        assertTrue(Boolean.TRUE.equals(style.get("focusVisible")) && (outline || shadow),
                where + ": no visible focus on " + style);
    }
}
