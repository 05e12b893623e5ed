package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built-in lesson is a script of its own, which the loader fetches only for widgets that
 * have neither a src nor a pack: once for any number of them, never for a page that brings its
 * own lesson, and with a clear message when it cannot be had.
 */
class BuiltInLessonInChromiumTest {
    private static final String LESSON = "preference-trainer-lesson.js";

    /** Whether the server pretends the built-in lesson is missing. */
    private static volatile boolean lessonMissing;

    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void startBrowser() throws Exception {
        server = DistServer.startDist(DistServer.notFoundWhile(() -> lessonMissing, LESSON),
                Path.of("src/test/resources/site"), Path.of("src/test/resources"));
        chrome = Chromium.start();
        // each test counts its own fetches, and one test needs the lesson to be missing
        Chromium.withoutCache(chrome);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        Chromium.stop(chrome, server);
    }

    @BeforeEach
    void openPage() {
        Chromium.forgetSavedSessions(chrome, server);
        chrome.get(server.url() + "widgets.html");
    }

    @AfterEach
    void serveTheLessonAgain() {
        lessonMissing = false;
    }

    private void add(String id, String engine, String src) {
        chrome.executeScript("addWidget(arguments[0], arguments[2] ? {engine: arguments[1],"
                + " src: arguments[2]} : {engine: arguments[1]});", id, engine, src);
    }

    private LessonPage widget(String id) {
        return new LessonPage(chrome, chrome.findElement(By.id(id)));
    }

    /** How many times the page fetched the built-in lesson's script. */
    private long lessonFetches() {
        return Chromium.fetches(chrome, LESSON);
    }

    @Test
    void aPageWithItsOwnLessonNeverFetchesTheBuiltInOne() {
        add("js", "js", "content/es.json");
        add("wasm", "wasm", "content/fr.json");
        assertEquals("intro", widget("js").waitFor("intro").phase());
        assertEquals("intro", widget("wasm").waitFor("intro").phase());
        assertEquals(0, lessonFetches());
    }

    @Test
    void widgetsWithoutASourceShareOneFetchOfTheBuiltInLesson() {
        add("first", "js", null);
        add("second", "wasm", null);
        add("third", "js", null);
        for (String id : List.of("first", "second", "third")) {
            LessonPage page = widget(id).waitFor("intro");
            assertEquals("When machines learn from our preferences",
                    page.find(".pt-intro-title").getText(), id);
        }
        assertEquals(1, lessonFetches());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBuiltInLessonThatCannotBeFetchedIsToldOnScreenAndToThePage() {
        lessonMissing = true;
        add("lost", "js", null);
        LessonPage page = widget("lost");
        new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> !page.findAll("[role=alert]")
                .isEmpty());
        String message = page.find("[role=alert]").getText();
        assertTrue(message.contains("the built-in lesson did not load"), message);
        assertTrue(message.contains(LESSON), message);

        new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> (Boolean) chrome
                .executeScript("return widgetEvents.lost.length > 0;"));
        Map<String, Object> event = ((List<Map<String, Object>>) chrome.executeScript(
                "return widgetEvents.lost;")).get(0);
        assertEquals("error", event.get("type"));
    }
}
