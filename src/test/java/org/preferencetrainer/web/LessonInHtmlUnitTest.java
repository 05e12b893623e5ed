package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preferencetrainer.content.Packs;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.model.ModelSettings;
import org.preferencetrainer.session.Session;
import org.preferencetrainer.session.Side;

/**
 * The JavaScript build in HtmlUnit, a browser written in Java: no custom elements or shadow
 * DOM there, so the page calls PreferenceTrainer.mount directly into a plain element.
 */
class LessonInHtmlUnitTest {
    private static final Pack ENGLISH = Packs.shipped("en");
    private static final long SEED = 2026;

    private static DistServer server;
    private WebClient browser;
    private final List<String> alerts = new ArrayList<>();

    @BeforeAll
    static void serve() throws Exception {
        server = DistServer.startDist(Path.of("src/test/resources/site"));
    }

    @AfterAll
    static void stopServing() throws Exception {
        server.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = new WebClient(BrowserVersion.FIREFOX);
        browser.getOptions().setCssEnabled(true);
        browser.getOptions().setThrowExceptionOnScriptError(true);
        browser.setAlertHandler((page, message) -> alerts.add(message));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private HtmlPage open(String path) throws Exception {
        HtmlPage page = browser.getPage(server.url() + path);
        waitFor(page, "intro");
        return page;
    }

    private void waitFor(HtmlPage page, String phase) {
        for (int i = 0; i < 100; i++) {
            DomElement root = page.querySelector(".pt");
            if (root != null && phase.equals(root.getAttribute("data-phase"))) {
                return;
            }
            browser.waitForBackgroundJavaScript(100);
        }
        DomElement root = page.querySelector(".pt");
        throw new AssertionError("the widget never showed " + phase + "; it shows "
                + (root == null ? "nothing" : root.getAttribute("data-phase") + ": "
                + root.asNormalizedText()));
    }

    private static String attribute(HtmlPage page, String css, String name) {
        DomElement element = page.querySelector(css);
        return element.getAttribute(name);
    }

    private static String text(HtmlPage page, String css) {
        return page.querySelector(css).asNormalizedText();
    }

    @Test
    void theJavaScriptBuildPlaysEveryRoundThroughThePlainMountingCall() throws Exception {
        HtmlPage page = open("mount.html?seed=" + SEED);
        Session expected = Session.start(ENGLISH, ModelSettings.defaults(), SEED).begin();
        assertEquals("js", attribute(page, ".pt", "data-engine"));

        ((DomElement) page.querySelector(".pt-start")).click();
        waitFor(page, "round");
        for (int round = 1; round <= ENGLISH.rounds(); round++) {
            assertEquals("Round " + round + " / " + ENGLISH.rounds(),
                    text(page, ".pt-round-title"));
            assertEquals(expected.question().prompt(), text(page, ".pt-round .pt-prompt"));
            assertEquals(expected.gauge().name().toLowerCase(),
                    attribute(page, ".pt-gauge", "data-gauge"));
            String shownA = attribute(page, ".pt-response[data-side=A]", "data-response");
            assertEquals(expected.question().responses().get(expected.pair().responseA()).id(),
                    shownA);

            Side side = round % 3 == 0 ? Side.B : Side.A;
            ((DomElement) page.querySelector(".pt-prefer[data-side=" + side + "]")).click();
            browser.waitForBackgroundJavaScript(50);
            expected = expected.choose(side);
        }

        waitFor(page, "summary");
        String summary = text(page, ".pt-summary");
        assertTrue(summary.contains("What the model learned"), summary);
        assertTrue(summary.contains("The original model's answer"), summary);
        assertTrue(summary.contains("The trained model's answer"), summary);
        double[] weights = expected.model().weights();
        for (int k = 0; k < weights.length; k++) {
            String shown = attribute(page, ".pt-summary .pt-criterion[data-criterion="
                    + ENGLISH.criteria().get(k).id() + "]", "data-weight");
            assertEquals(weights[k], Double.parseDouble(shown), 1e-9);
        }
        assertEquals(List.of(), alerts);
    }
}
