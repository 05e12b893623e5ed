package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.preferencetrainer.cli.PackFile;
import org.preferencetrainer.content.PackProblem;
import org.preferencetrainer.content.UiText;

/**
 * The widget's words beyond English come as scripts of their own, fetched the first time a
 * widget on the page speaks their language: a page in English fetches none, widgets in one
 * language share one fetch, and a widget whose words cannot be had speaks English and says so
 * to the page's developer. {@code PreferenceTrainer.check} fetches them too.
 */
class WordsOnDemandInChromiumTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether the server pretends the Spanish words are missing. */
    private static volatile boolean spanishMissing;

    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void startBrowser() throws Exception {
        server = DistServer.startDist(
                DistServer.notFoundWhile(() -> spanishMissing, "preference-trainer-words-es.js"),
                Path.of("src/test/resources/site"),
                Path.of("src/test/resources"));
        chrome = Chromium.start();
        // each test counts its own fetches, so nothing may come from the cache
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
        chrome.manage().logs().get(LogType.BROWSER);
    }

    @AfterEach
    void serveTheWordsAgain() {
        spanishMissing = false;
    }

    private void add(String id, Map<String, String> attributes) {
        chrome.executeScript("addWidget(arguments[0], arguments[1]);", id, attributes);
    }

    private LessonPage widget(String id) {
        return new LessonPage(chrome, chrome.findElement(By.id(id)));
    }

    /** How many times the page fetched the words script of {@code language}. */
    private long wordsFetches(String language) {
        return Chromium.fetches(chrome, "preference-trainer-words-" + language + ".js");
    }

    /** How many words scripts the page fetched, in whatever language. */
    private long anyWordsFetches() {
        return (Long) chrome.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return /preference-trainer-words-/.test(e.name); })"
                + ".length;");
    }

    @Test
    void aPageInEnglishFetchesNoWords() {
        add("js", Map.of("engine", "js", "src", "content/en.json"));
        add("wasm", Map.of("engine", "wasm", "src", "content/en.json"));
        add("built-in", Map.of("engine", "js"));

        for (String id : List.of("js", "wasm", "built-in")) {
            assertEquals("Start", widget(id).waitFor("intro").find(".pt-start").getText(), id);
        }
        assertEquals(0, anyWordsFetches());
    }

    @Test
    void widgetsInOneLanguageShareOneFetchOfItsWords() {
        add("es-js", Map.of("engine", "js", "src", "content/es.json"));
        add("es-wasm", Map.of("engine", "wasm", "src", "content/es.json", "seed", "3"));
        add("es-lang", Map.of("engine", "js", "src", "content/en.json", "lang", "es-MX"));
        add("fr-wasm", Map.of("engine", "wasm", "src", "content/fr.json"));

        for (String id : List.of("es-js", "es-wasm", "es-lang")) {
            assertEquals("Empezar", widget(id).waitFor("intro").find(".pt-start").getText(), id);
        }
        LessonPage french = widget("fr-wasm").waitFor("intro");
        assertEquals("Commencer", french.find(".pt-start").getText());
        assertEquals(1, wordsFetches("es"));
        assertEquals(1, wordsFetches("fr"));

        // the words stay with the widget through the lesson
        french.start();
        assertEquals("Tour 1 / 8", french.find(".pt-round-title").getText());
    }

    @Test
    void withoutItsWordsAWidgetSpeaksEnglishPlaysOnAndTellsTheDeveloperOnce() {
        spanishMissing = true;
        add("first", Map.of("engine", "js", "src", "content/es.json"));
        add("second", Map.of("engine", "js", "src", "content/es.json", "seed", "9"));

        for (String id : List.of("first", "second")) {
            LessonPage page = widget(id).waitFor("intro");
            assertEquals("Start", page.find(".pt-start").getText(), id);
            // the pack's own text is still Spanish, and marked so
            assertEquals("es", page.find(".pt").getDomAttribute("lang"), id);
        }
        widget("first").start();
        assertEquals("Round 1 / 8", widget("first").find(".pt-round-title").getText());

        List<String> warnings = new ArrayList<>();
        for (LogEntry entry : chrome.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("words (preference-trainer-words-es.js) could not")) {
                warnings.add(entry.getMessage());
            }
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("the widget speaks English"), warnings.get(0));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"js, es", "js, fr", "wasm, es", "wasm, fr"})
    void checkWritesItsMessagesInTheLanguageAskedFor(String engine, String language)
            throws Exception {
        Path file = Path.of("src/test/resources/packs/bad/ten-problems.json");

        Object report = chrome.executeAsyncScript("checkFile(arguments[0],"
                + " {engine: arguments[1], lang: arguments[2]}, arguments[arguments.length - 1]);",
                "packs/bad/ten-problems.json", engine, language);

        JsonNode problems = JSON.readTree((String) report).get("problems");
        List<PackProblem> jvm = PackFile.read(file).result().problems();
        assertEquals(jvm.size(), problems.size());
        UiText words = UiText.forLanguage(language);
        int inEnglish = 0;
        for (int i = 0; i < jvm.size(); i++) {
            String message = problems.get(i).get("message").asText();
            assertEquals(jvm.get(i).message(words), message);
            inEnglish += message.equals(jvm.get(i).message()) ? 1 : 0;
        }
        assertTrue(inEnglish < jvm.size(), "the messages are not all in English");
        assertEquals(1, wordsFetches(language));
    }
}
