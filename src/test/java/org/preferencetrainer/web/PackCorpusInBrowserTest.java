package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preferencetrainer.cli.PackFile;
import org.preferencetrainer.content.Corpus;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.PackProblem;

/**
 * The shared corpus in Chromium, in both builds: the browser reads each pack with its own
 * {@code JSON.parse} and must give what the JVM gives with Jackson. Every bad pack shows the
 * learner exactly the problems the JVM finds, with their paths; every good and shipped pack
 * is read to the same object, compared as the JSON each side writes it out to.
 */
class PackCorpusInBrowserTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Numbers compare by value: the browser writes 1 where Jackson writes 1.0. */
    private static final Comparator<JsonNode> SAME = (a, b) -> a.isNumber() && b.isNumber()
            ? Double.compare(a.doubleValue(), b.doubleValue()) : a.equals(b) ? 0 : 1;

    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void startBrowser() throws Exception {
        server = DistServer.startDist(Path.of("src/test/resources/site"),
                Path.of("src/test/resources"));
        chrome = Chromium.start();
    }

    /** Each test starts with no saved sessions, as a first-time learner would. */
    @BeforeEach
    void forgetSavedSessions() {
        Chromium.forgetSavedSessions(chrome, server);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        Chromium.stop(chrome, server);
    }

    /** A file's URL on the test server: packs/bad/x.json, or content/en.json as shipped. */
    private static String url(Path file) {
        return file.startsWith(Corpus.ROOT) ? "packs/" + Corpus.name(file)
                : "content/" + file.getFileName();
    }

    /** Mounts one widget a file, all on one page, and waits until each has said something. */
    private void mountAll(List<Path> files, String engine) {
        chrome.get(server.url() + "widgets.html");
        for (int i = 0; i < files.size(); i++) {
            chrome.executeScript("mountWidget(arguments[0], {src: arguments[1], engine:"
                    + " arguments[2], lang: 'en', seed: 1});", "w" + i, url(files.get(i)),
                    engine);
        }
        new WebDriverWait(chrome, Duration.ofSeconds(60)).until(d -> (Boolean) chrome
                .executeScript("return Object.keys(widgetEvents).every(function (id) {"
                        + " return widgetEvents[id].length > 0; });"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> firstEvent(int widget) {
        List<Map<String, Object>> events = (List<Map<String, Object>>) chrome.executeScript(
                "return widgetEvents['w" + widget + "'];");
        return events.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void eachBadPackShowsTheLearnerTheProblemsTheJvmFinds(String engine) {
        List<Path> files = Corpus.bad();

        mountAll(files, engine);

        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = Corpus.name(file);
            WebElement root = chrome.findElement(By.cssSelector("#w" + i + " .pt"));
            assertEquals(engine, root.getDomAttribute("data-engine"), name);
            assertEquals("error", root.getDomAttribute("data-phase"), name);

            // what the learner reads: the same lines as the JVM's, path first
            List<PackProblem> jvm = PackFile.read(file).result().problems();
            List<String> shown = new ArrayList<>();
            for (WebElement item : root.findElements(By.cssSelector(".pt-problem"))) {
                shown.add(item.getText());
            }
            assertEquals(Corpus.expected(file), shown, name);
            String reason = root.findElement(By.cssSelector(".pt-error-reason")).getText();
            assertTrue(reason.startsWith("packs/" + name + ": the lesson has " + jvm.size()
                    + " problem"), reason);
            assertTrue(root.findElement(By.cssSelector("[role=alert]")).isDisplayed());

            // what the host page gets: the same paths, codes and messages
            Map<String, Object> event = firstEvent(i);
            assertEquals("error", event.get("type"), name);
            @SuppressWarnings("unchecked")
            List<Map<String, String>> problems = (List<Map<String, String>>)
                    ((Map<String, Object>) event.get("detail")).get("problems");
            assertEquals(jvm.size(), problems.size(), name);
            for (int p = 0; p < jvm.size(); p++) {
                assertEquals(jvm.get(p).path(), problems.get(p).get("path"), name);
                assertEquals(jvm.get(p).code(), problems.get(p).get("code"), name);
                assertEquals(jvm.get(p).message(), problems.get(p).get("message"), name);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void eachValidPackIsReadToTheObjectTheJvmReads(String engine) throws Exception {
        List<Path> files = new ArrayList<>(Corpus.good());
        files.addAll(Corpus.shipped());

        mountAll(files, engine);

        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Pack jvm = PackFile.read(file).pack();
            WebElement root = chrome.findElement(By.cssSelector("#w" + i + " .pt"));
            assertEquals(engine, root.getDomAttribute("data-engine"));
            assertEquals("intro", root.getDomAttribute("data-phase"), file.toString());
            assertEquals(jvm.title(), root.findElement(By.cssSelector(".pt-intro-title"))
                    .getText());
            assertEquals("ready", firstEvent(i).get("type"));

            String report = (String) chrome.executeAsyncScript("checkFile(arguments[0],"
                    + " {engine: arguments[1]}, arguments[arguments.length - 1]);",
                    url(file), engine);
            JsonNode browser = MAPPER.readTree(report);
            assertTrue(browser.get("valid").booleanValue(), report);
            assertEquals(0, browser.get("problems").size());
            JsonNode expected = MAPPER.valueToTree(jvm);
            assertTrue(expected.equals(SAME, browser.get("pack")), file + ": the JVM reads "
                    + expected + "\nbut the browser reads " + browser.get("pack"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void filesThatAreNotJsonAreRefusedAsSuch(String engine) {
        List<Path> files = Corpus.broken();

        mountAll(files, engine);

        for (int i = 0; i < files.size(); i++) {
            String name = Corpus.name(files.get(i));
            WebElement root = chrome.findElement(By.cssSelector("#w" + i + " .pt"));
            assertEquals("error", root.getDomAttribute("data-phase"), name);
            String reason = root.findElement(By.cssSelector(".pt-error-reason")).getText();
            assertTrue(reason.startsWith("packs/" + name + ": this is not valid JSON ("),
                    reason);
            assertTrue(PackFile.read(files.get(i)).result() == null, "the JVM refuses " + name);
        }
    }
}
