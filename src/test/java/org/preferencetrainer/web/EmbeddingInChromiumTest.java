package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preferencetrainer.session.Side;

/**
 * The widget where course authors put it: on hostile pages, several to a page, in an iframe
 * that must fit its content, and across reloads.
 */
class EmbeddingInChromiumTest {
    @TempDir
    static Path served;

    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void startBrowser() throws Exception {
        server = DistServer.startDist(Path.of("src/test/resources/site"), Path.of("embed"),
                served);
        chrome = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        Chromium.stop(chrome, server);
    }

    @BeforeEach
    void forgetSavedSessions() {
        chrome.manage().window().setSize(new Dimension(1280, 1000));
        Chromium.forgetSavedSessions(chrome, server);
    }

    private List<LessonPage> widgets() {
        List<LessonPage> pages = new ArrayList<>();
        new WebDriverWait(chrome, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.tagName("preference-trainer")).isEmpty());
        for (WebElement host : chrome.findElements(By.tagName("preference-trainer"))) {
            pages.add(new LessonPage(chrome, host));
        }
        return pages;
    }

    private BufferedImage shot(String page, boolean toRound) throws IOException {
        Chromium.forgetSavedSessions(chrome, server);
        chrome.get(server.url() + page);
        LessonPage lesson = LessonPage.first(chrome).waitFor("intro");
        if (toRound) {
            lesson.start();
            lesson.clickPrefer(Side.B);
        }
        // let the bars' transitions finish before the picture is taken
        chrome.executeAsyncScript("setTimeout(arguments[0], 600);");
        byte[] png = chrome.findElement(By.tagName("preference-trainer"))
                .getScreenshotAs(OutputType.BYTES);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The share of pixels that differ between two pictures of the same size. */
    private static double difference(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth(), "width");
        assertEquals(a.getHeight(), b.getHeight(), "height");
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return (double) differing / (a.getWidth() * a.getHeight());
    }

    @Test
    void aHostilePageNeitherChangesHowTheWidgetLooksNorHowItWorks() throws Exception {
        // an element's screenshot stops at the viewport: make room for the whole round screen
        chrome.manage().window().setSize(new Dimension(1280, 1400));
        for (boolean toRound : new boolean[] {false, true}) {
            BufferedImage bare = shot("bare.html", toRound);
            BufferedImage hostile = shot("hostile.html", toRound);

            assertTrue(bare.getHeight() > 150, "the widget has its size");
            double share = difference(bare, hostile);
            assertTrue(share < 0.001, (toRound ? "round" : "intro") + " screens differ in "
                    + share * 100 + "% of pixels");
        }
        assertEquals("Round 2 / 8", LessonPage.first(chrome).roundTitle());
    }

    @Test
    void threeWidgetsOnOnePageKeepTheirOwnStateThroughAReload() {
        chrome.get(server.url() + "three.html");
        List<LessonPage> lessons = widgets();
        for (LessonPage lesson : lessons) {
            lesson.waitFor("intro");
        }

        // the first plays two rounds, the second one, the third stays at its intro
        lessons.get(0).start();
        lessons.get(0).clickPrefer(Side.A);
        lessons.get(0).clickPrefer(Side.B);
        lessons.get(1).start();
        lessons.get(1).pressKey(Side.B);
        List<Map<String, double[]>> before = List.of(lessons.get(0).criteria(),
                lessons.get(1).criteria());

        assertEquals("Round 3 / 8", lessons.get(0).roundTitle());
        assertEquals("Round 2 / 8", lessons.get(1).roundTitle());
        assertEquals("intro", lessons.get(2).phase());
        assertEquals(List.of(3L, 2L), List.of(property(0, "round"), property(1, "round")));
        assertEquals("intro", property(2, "phase"));
        assertEquals(List.of("js", "wasm", "js"),
                List.of(property(0, "engine"), property(1, "engine"), property(2, "engine")));

        chrome.navigate().refresh();
        lessons = widgets();
        lessons.get(0).waitFor("round");
        lessons.get(1).waitFor("round");
        lessons.get(2).waitFor("intro");

        assertEquals("Round 3 / 8", lessons.get(0).roundTitle());
        assertEquals("Round 2 / 8", lessons.get(1).roundTitle());
        assertCriteriaEqual(before.get(0), lessons.get(0).criteria());
        assertCriteriaEqual(before.get(1), lessons.get(1).criteria());
    }

    @Test
    void theElementsStatePropertiesAreReadOnly() {
        chrome.get(server.url() + "three.html");
        LessonPage lesson = widgets().get(0).waitFor("intro");
        lesson.start();
        lesson.clickPrefer(Side.A);

        chrome.executeScript("var e = document.querySelector('preference-trainer');"
                + "try { e.round = 99; e.weights = null; } catch (ignored) {}");

        assertEquals(2L, property(0, "round"));
        assertEquals(8L, property(0, "rounds"));
        @SuppressWarnings("unchecked")
        Map<String, Number> weights = (Map<String, Number>) chrome.executeScript(
                "return document.querySelector('preference-trainer').weights;");
        assertEquals(lesson.criteria().get("clarity")[1], weights.get("clarity").doubleValue(),
                1e-12);
    }

    private Object property(int index, String name) {
        return chrome.executeScript("return document.querySelectorAll('preference-trainer')["
                + index + "]." + name + ";");
    }

    private static void assertCriteriaEqual(Map<String, double[]> expected,
            Map<String, double[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String criterion : expected.keySet()) {
            assertEquals(expected.get(criterion)[1], actual.get(criterion)[1], 1e-12, criterion);
        }
    }

    @Test
    void aChangedPackStartsAfreshAndSaysSoAQuizResumesAndRestartClearsTheSavedSession() throws Exception {
        Path pack = served.resolve("changing.json");
        String english = Files.readString(Path.of("content/en.json"));
        Files.writeString(pack, english);
        chrome.get(server.url() + "frame.html?engine=js&seed=5&src=changing.json");
        LessonPage lesson = LessonPage.first(chrome).waitFor("intro");
        lesson.start();
        lesson.clickPrefer(Side.A);

        // the same pack: the learner comes back to round 2
        chrome.navigate().refresh();
        lesson = LessonPage.first(chrome).waitFor("round");
        assertEquals("Round 2 / 8", lesson.roundTitle());

        // the author edits a response: the lesson starts afresh and says why
        Files.writeString(pack, english.replaceFirst("\"text\": \"", "\"text\": \"Well. "));
        chrome.navigate().refresh();
        lesson = LessonPage.first(chrome).waitFor("intro");
        assertTrue(lesson.find(".pt-notice").getText().contains("has changed"),
                lesson.text());

        // play to the quiz: a reload comes back to it, with the answers given so far
        lesson.start();
        for (int round = 1; round <= 8; round++) {
            lesson.clickPrefer(Side.B);
        }
        lesson.waitFor("summary");
        lesson.startQuiz();
        lesson.answer("adjusts-style");
        chrome.navigate().refresh();
        lesson = LessonPage.first(chrome).waitFor("quiz");
        assertEquals("quiz-comparison", lesson.quizQuestion());

        // finish it and restart: a reload shows the fresh first round, not the result
        for (String choice : new String[] {"comparison-rank", "hacking-yes", "kl-reference"}) {
            lesson.answer(choice);
        }
        lesson.waitFor("result");
        lesson.find(".pt-restart").click();
        lesson.waitFor("round");
        chrome.navigate().refresh();
        lesson = LessonPage.first(chrome).waitFor("round");
        assertEquals("Round 1 / 8", lesson.roundTitle());
    }

    @Test
    void theIframeGrowsAndShrinksWithItsContentWithinAFrame() {
        chrome.get(server.url() + "iframe-host.html");
        WebElement frame = chrome.findElement(By.id("lesson"));
        chrome.switchTo().frame(frame);
        LessonPage lesson = LessonPage.first(chrome).waitFor("intro");
        chrome.switchTo().defaultContent();
        long introHeight = fittedHeight();

        // grow: the round screen is taller than the intro
        chrome.switchTo().frame(frame);
        lesson.start();
        lesson.clickPrefer(Side.A);
        chrome.switchTo().defaultContent();
        long roundHeight = fittedHeight();
        assertTrue(roundHeight > introHeight, roundHeight + " > " + introHeight);

        // shrink: a wider window lets the text wrap less
        chrome.manage().window().setSize(new Dimension(1600, 1000));
        long wideHeight = fittedHeight();
        assertTrue(wideHeight < roundHeight, wideHeight + " < " + roundHeight);

        @SuppressWarnings("unchecked")
        Map<String, Number> watch = (Map<String, Number>) chrome.executeScript(
                "return window.resizeWatch;");
        assertTrue(watch.get("frames").longValue() > 10, "frames were watched: " + watch);
        assertTrue(watch.get("longestMismatch").longValue() <= 1,
                "the iframe lagged its content by more than one frame: " + watch);

        // no scroll bars inside the fitted frame
        chrome.switchTo().frame(frame);
        Boolean scrolls = (Boolean) chrome.executeScript("var e = document.documentElement;"
                + "return e.scrollHeight > e.clientHeight || e.scrollWidth > e.clientWidth;");
        String fitted = (String) chrome.executeScript(
                "return document.documentElement.className;");
        chrome.switchTo().defaultContent();
        assertEquals(false, scrolls);
        assertTrue(fitted.contains("pt-fitted"), fitted);
    }

    @Test
    void acrossOriginsTheFrameFitsByMessageAndIgnoresOtherOrigins() throws Exception {
        try (DistServer other = DistServer.startDist(Path.of("src/test/resources/site"))) {
            // the host page on this origin, the lesson on the other
            String lessonUrl = other.url() + "frame.html?seed=4&engine=js";
            Files.writeString(served.resolve("cross-origin.html"), "<!DOCTYPE html><html><head>"
                    + "<meta charset=\"utf-8\"><title>Cross-origin host</title></head><body>"
                    + "<iframe id=\"lesson\" src=\"" + lessonUrl + "\" title=\"Lesson\""
                    + " style=\"width: 100%; height: 300px; border: 0\"></iframe>"
                    + "<script src=\"" + other.url() + "preference-trainer-resizer.js\"></script>"
                    + "</body></html>");
            chrome.get(server.url() + "cross-origin.html");
            WebElement frame = chrome.findElement(By.id("lesson"));

            chrome.switchTo().frame(frame);
            LessonPage lesson = LessonPage.first(chrome).waitFor("intro");
            lesson.start();
            long content = (Long) chrome.executeScript(
                    "return Math.ceil(document.body.getBoundingClientRect().height);");
            chrome.switchTo().defaultContent();
            new WebDriverWait(chrome, Duration.ofSeconds(10))
                    .until(d -> Math.abs(frame.getSize().getHeight() - content) <= 1);
            long fitted = frame.getSize().getHeight();

            // the frame wanders off to a page of yet another origin, which claims 5 pixels
            chrome.switchTo().frame(frame);
            chrome.executeScript("window.location.href = arguments[0];",
                    server.url() + "evil.html");
            chrome.switchTo().defaultContent();
            chrome.executeAsyncScript("setTimeout(arguments[0], 500);");
            assertEquals(fitted, frame.getSize().getHeight(), "a message from another origin"
                    + " than the iframe's src was ignored");
        }
    }

    /** Waits until the iframe's height settles to its content's and returns it. */
    private long fittedHeight() {
        long[] last = {-1};
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> {
            @SuppressWarnings("unchecked")
            Map<String, Number> watch = (Map<String, Number>) chrome.executeScript(
                    "return window.resizeWatch;");
            if (watch.get("content") == null) {
                return false;
            }
            long content = watch.get("content").longValue();
            long shown = watch.get("shown").longValue();
            boolean settled = Math.abs(content - shown) <= 1 && content == last[0];
            last[0] = content;
            return settled;
        });
        return last[0];
    }

    @Test
    void theStaticSiteSnippetShowsTheLesson() {
        chrome.get(server.url() + "static-site.html");
        LessonPage lesson = LessonPage.first(chrome).waitFor("intro");

        lesson.start();
        assertEquals("Round 1 / 8", lesson.roundTitle());
    }

    @Test
    void theIframeSnippetFitsTheLessonOncePointedAtTheSite() throws Exception {
        String snippet = Files.readString(Path.of("embed/iframe.html"))
                .replace("https://example.org/preference-trainer/", server.url());
        Files.writeString(served.resolve("iframe-snippet.html"), "<!DOCTYPE html><html><head>"
                + "<meta charset=\"utf-8\"><title>Snippet</title></head><body>" + snippet
                + "</body></html>");
        chrome.get(server.url() + "iframe-snippet.html");
        WebElement frame = chrome.findElement(By.tagName("iframe"));

        new WebDriverWait(chrome, Duration.ofSeconds(20))
                .until(d -> frame.getSize().getHeight() != 760);
        long height = frame.getSize().getHeight();
        chrome.switchTo().frame(frame);
        long content = (Long) chrome.executeScript(
                "return Math.ceil(document.body.getBoundingClientRect().height);");
        chrome.switchTo().defaultContent();
        assertNotEquals(760, height);
        assertTrue(Math.abs(height - content) <= 1, height + " vs " + content);
    }
}
