package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preferencetrainer.content.Corpus;
import org.preferencetrainer.session.Side;

/**
 * author.html as an author uses it, in Chromium: paste a pack, read its problems with their
 * paths, jump from a path to its place in the text, and play the preview. The page carries a
 * Content Security Policy of script-src 'self', so this also shows it works under one.
 */
class AuthorPageInChromiumTest {
    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void startBrowser() throws Exception {
        server = DistServer.startDist(Path.of("src/test/resources/site"));
        chrome = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        Chromium.stop(chrome, server);
    }

    @BeforeEach
    void openPage() {
        Chromium.forgetSavedSessions(chrome, server);
        chrome.get(server.url() + "author.html");
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> (Boolean) chrome
                .executeScript("return !!(window.PreferenceTrainer"
                        + " && window.PreferenceTrainer.check);"));
    }

    /** Puts text in the editor as a paste does: the whole text at once, then an input event. */
    private void paste(String text) {
        WebElement editor = chrome.findElement(By.id("pack"));
        editor.click();
        chrome.executeScript("var editor = arguments[0]; editor.value = arguments[1];"
                + " editor.dispatchEvent(new Event('input', {bubbles: true}));", editor, text);
    }

    private String waitForStatus(String state) {
        WebElement status = chrome.findElement(By.id("status"));
        new WebDriverWait(chrome, Duration.ofSeconds(20))
                .until(d -> state.equals(status.getDomAttribute("data-state")));
        return status.getText();
    }

    private List<String> problems() {
        List<String> lines = new ArrayList<>();
        for (WebElement item : chrome.findElements(By.cssSelector("#problems li"))) {
            lines.add(item.getText());
        }
        return lines;
    }

    private LessonPage preview() {
        return new LessonPage(chrome, chrome.findElement(By.id("preview")));
    }

    @Test
    void aBadPackListsEveryProblemWithItsPathAndThePreviewSaysSoToo() throws Exception {
        Path file = Corpus.ROOT.resolve("bad/ten-problems.json");

        paste(Files.readString(file));

        assertEquals("10 problems to fix:", waitForStatus("invalid"));
        assertEquals(Corpus.expected(file), problems());
        LessonPage preview = preview().waitFor("error");
        assertEquals(10, preview.findAll(".pt-problem").size());
        assertTrue(preview.find("[role=alert]").getText().contains("has 10 problems"));
    }

    @Test
    void choosingAProblemsPathSelectsItsPlaceInThePack() throws Exception {
        paste(Files.readString(Corpus.ROOT.resolve("bad/ten-problems.json")));
        waitForStatus("invalid");

        clickPath("questions[0].responses[0].scores.clarity");
        assertEquals("2", selection());
        clickPath("rounds");
        assertEquals("5", selection());
        clickPath("criteria[1].label");
        assertEquals("\"<i>Warmth</i>\"", selection());
    }

    private void clickPath(String path) {
        chrome.findElement(By.cssSelector("#problems li[data-path='" + path + "'] button"))
                .click();
    }

    private String selection() {
        return (String) chrome.executeScript("var e = document.getElementById('pack');"
                + " return e.value.substring(e.selectionStart, e.selectionEnd);");
    }

    @Test
    void aGoodPackHasNoProblemsAndItsPreviewPlays() throws Exception {
        paste(Files.readString(Corpus.ROOT.resolve("good/tres-criterios-es.json")));

        assertEquals("No problems: 3 criteria, 4 questions, 3 rounds, 2 quiz questions.",
                waitForStatus("valid"));
        assertEquals(List.of(), problems());
        LessonPage preview = preview().waitFor("intro");
        assertEquals("js", preview.engine(), "the page's policy rules out WebAssembly");
        assertEquals("Comenzar", preview.find(".pt-start").getText());
        preview.start();
        assertEquals("Ronda 1 de 3", preview.roundTitle());
        preview.clickPrefer(Side.B);
        assertEquals("Ronda 2 de 3", preview.roundTitle());
        assertEquals(0L, chrome.executeScript("return Object.keys(window.localStorage)"
                + ".filter(function (k) { return k.indexOf('preference-trainer') === 0; })"
                + ".length;"), "the preview keeps no saved session");
    }

    @Test
    void fixingAPackClearsItsProblems() throws Exception {
        String good = Files.readString(Corpus.ROOT.resolve("good/minimal.json"));
        paste(good.replace("\"Clarity\"", "\"\""));
        waitForStatus("invalid");
        assertEquals(List.of("criteria[0].label: is empty"), problems());

        paste(good);

        waitForStatus("valid");
        assertEquals(List.of(), problems());
        preview().waitFor("intro");
    }

    @Test
    void textThatIsNotJsonSaysSo() {
        paste("{ \"schemaVersion\": 1, ");

        String status = waitForStatus("unreadable");

        assertTrue(status.startsWith("the lesson given to the page: this is not valid JSON ("),
                status);
        preview().waitFor("error");
    }

    @Test
    void aDroppedFileIsCheckedLikeAPastedOne() throws Exception {
        String text = Files.readString(Corpus.ROOT.resolve("bad/rounds-too-many.json"));

        chrome.executeScript("var data = new DataTransfer();"
                + " data.items.add(new File([arguments[0]], 'pack.json',"
                + " {type: 'application/json'}));"
                + " document.getElementById('pack').dispatchEvent(new DragEvent('drop',"
                + " {dataTransfer: data, bubbles: true, cancelable: true}));", text);

        waitForStatus("invalid");
        assertEquals(List.of("rounds: 3 is outside 1..2 (the number of questions)"),
                problems());
        assertEquals(text, chrome.findElement(By.id("pack")).getDomProperty("value"));
    }

    @Test
    void aShippedPackCanBeTheStartingPointAndProblemsCanBeReadInFrench() {
        new Select(chrome.findElement(By.id("example"))).selectByValue("content/fr.json");
        assertTrue(waitForStatus("valid").startsWith("No problems: 4 criteria, 12 questions,"
                + " 8 rounds"));
        assertEquals("Commencer", preview().waitFor("intro").find(".pt-start").getText());

        String text = (String) chrome.findElement(By.id("pack")).getDomProperty("value");
        new Select(chrome.findElement(By.id("language"))).selectByValue("fr");
        paste(text.replace("\"rounds\": 8", "\"rounds\": 80"));

        waitForStatus("invalid");
        assertEquals(List.of("rounds: 80 est hors de l'intervalle 1..12 (le nombre de"
                + " questions)"), problems());
    }
}
