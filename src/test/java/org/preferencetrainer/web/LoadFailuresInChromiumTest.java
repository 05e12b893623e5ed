package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preferencetrainer.content.Corpus;
import org.preferencetrainer.session.Side;

/**
 * Packs that cannot be used, each in its own widget on one page: every widget says what went
 * wrong and where, in an alert, and tells the page through an error event; and a good widget
 * beside them keeps working.
 */
class LoadFailuresInChromiumTest {
    @TempDir
    static Path large;

    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void startBrowser() throws Exception {
        // a 3 MB pack, served by the static server with its Content-Length
        StringBuilder pack = new StringBuilder("{\"schemaVersion\": 1, \"id\": \"huge\","
                + " \"title\": \"");
        pack.append("x".repeat(3 * 1024 * 1024));
        pack.append("\"}");
        Files.writeString(large.resolve("large.json"), pack, StandardCharsets.UTF_8);

        server = DistServer.startDist(new AwkwardAnswers(), Path.of("src/test/resources/site"),
                Path.of("src/test/resources"), large);
        chrome = Chromium.start();
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

    private void add(String id, String... attributes) {
        StringBuilder map = new StringBuilder("{");
        for (int i = 0; i < attributes.length; i += 2) {
            map.append(i == 0 ? "" : ",").append('"').append(attributes[i]).append("\": \"")
                    .append(attributes[i + 1]).append('"');
        }
        chrome.executeScript("addWidget(arguments[0], " + map + "});", id);
    }

    private LessonPage widget(String id) {
        return new LessonPage(chrome, chrome.findElement(By.id(id)));
    }

    /** The error screen's text, once the widget shows it. */
    private String alert(String id) {
        LessonPage page = widget(id).waitFor("error");
        return page.find("[role=alert]").getText();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> errorEvent(String id) {
        new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> (Boolean) chrome
                .executeScript("return widgetEvents[arguments[0]].length > 0;", id));
        List<Map<String, Object>> events = (List<Map<String, Object>>) chrome.executeScript(
                "return widgetEvents[arguments[0]];", id);
        assertEquals("error", events.get(0).get("type"), id);
        return (Map<String, Object>) events.get(0).get("detail");
    }

    @Test
    void eachBadPackSaysWhatAndWhereWhileAGoodWidgetBesideItKeepsWorking() {
        add("missing", "src", "packs/nowhere.json", "engine", "js");
        add("large", "src", "large.json", "engine", "js");
        add("endless", "src", "awkward/endless.json", "engine", "js");
        add("html", "src", "index.html", "engine", "js");
        add("ten", "src", "packs/bad/ten-problems.json", "engine", "js");
        add("slow", "src", "awkward/slow.json", "engine", "js", "timeout", "1");
        add("not-json", "src", "packs/broken/trailing-comma.json", "engine", "js");
        add("good", "src", "content/en.json", "engine", "js", "seed", "5");

        String missing = alert("missing");
        assertTrue(missing.contains("This lesson could not be loaded"), missing);
        assertTrue(missing.contains("packs/nowhere.json: there is no file at this address (the"
                + " server answered 404 Not Found)"), missing);
        assertTrue(alert("large").contains("large.json: the lesson is larger than 2 MB"));
        assertTrue(alert("endless").contains("awkward/endless.json: the lesson is larger than"
                + " 2 MB"));
        assertTrue(alert("html").contains("index.html: the server sent a web page (text/html),"
                + " not a lesson in JSON"), alert("html"));
        assertTrue(alert("slow").contains("awkward/slow.json: the lesson did not arrive within"
                + " 1 second."), alert("slow"));
        assertTrue(alert("not-json").contains("packs/broken/trailing-comma.json: this is not"
                + " valid JSON ("), alert("not-json"));

        // ten problems, each with its path, in the order of the file
        String ten = alert("ten");
        assertTrue(ten.contains("packs/bad/ten-problems.json: the lesson has 10 problems:"),
                ten);
        List<String> expected = Corpus.expected(Corpus.ROOT.resolve("bad/ten-problems.json"));
        assertEquals(10, expected.size());
        List<String> shown = new java.util.ArrayList<>();
        widget("ten").findAll(".pt-problem").forEach(item -> shown.add(item.getText()));
        assertEquals(expected, shown);

        // the host page hears of each failure, with the URL and the same message
        for (String id : List.of("missing", "large", "endless", "html", "slow", "not-json",
                "ten")) {
            Map<String, Object> detail = errorEvent(id);
            String url = (String) detail.get("url");
            assertTrue(alert(id).contains((String) detail.get("message")), id);
            assertTrue(((String) detail.get("message")).startsWith(url + ": "), id);
        }
        assertEquals(10, ((List<?>) errorEvent("ten").get("problems")).size());

        // the good widget on the same page plays on
        LessonPage good = widget("good").waitFor("intro");
        good.start();
        good.clickPrefer(Side.A);
        assertEquals("Round 2 / 8", good.roundTitle());
        good.pressKey(Side.B);
        assertEquals("Round 3 / 8", good.roundTitle());
    }

    @Test
    void failuresAreToldInTheLanguageAskedForOrThePacksOrThePages() {
        add("french", "src", "packs/nowhere.json", "engine", "wasm", "lang", "fr");
        add("spanish-pack", "src", "packs/bad/ten-problems.json", "engine", "wasm", "lang",
                "es");
        chrome.executeScript("document.documentElement.lang = 'es';");
        add("page-language", "src", "packs/nowhere.json", "engine", "wasm");

        String french = alert("french");
        assertTrue(french.contains("Impossible de charger cette leçon"), french);
        // WebDriver reads French's no-break space before the colon as a space
        assertTrue(french.contains("packs/nowhere.json : aucun fichier à cette adresse"),
                french);
        assertEquals("wasm", widget("french").engine());
        String spanish = alert("spanish-pack");
        assertTrue(spanish.contains("la lección tiene 10 problemas:"), spanish);
        assertTrue(spanish.contains("rounds: 5 está fuera del intervalo 1..2 (el número de"
                + " preguntas)"), spanish);
        String page = alert("page-language");
        assertTrue(page.contains("No se ha podido cargar esta lección"), page);
        assertEquals("es", widget("page-language").find(".pt").getDomAttribute("lang"));
    }
}
