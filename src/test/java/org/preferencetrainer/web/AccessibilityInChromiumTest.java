package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.preferencetrainer.session.Side;

/**
 * The lesson as assistive technology and a learner's display settings meet it: axe-core on
 * every screen in light and dark, in both builds; what Chromium's accessibility tree names;
 * what the live region says after a choice; forced colours and reduced motion.
 */
class AccessibilityInChromiumTest {
    private static final List<String> SCHEMES = List.of("light", "dark");

    private static DistServer server;
    private static ChromeDriver chrome;
    private static Emulation emulation;

    @BeforeAll
    static void startBrowser() throws Exception {
        server = DistServer.startDist(Path.of("src/test/resources/site"));
        chrome = Chromium.start();
        emulation = new Emulation(chrome);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        Chromium.stop(chrome, server);
    }

    @BeforeEach
    @AfterEach
    void plainSettings() {
        emulation.reset();
        emulation.viewport(1280, 1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void everyScreenPassesAxeInLightAndDark(String engine) throws Exception {
        List<String> serious = new ArrayList<>();
        List<String> lesser = new ArrayList<>();
        int[] runs = {0};
        int[] rulesKept = {0};

        Tour.walk(chrome, server, engine, (screen, page) -> {
            for (String scheme : SCHEMES) {
                emulation.scheme(scheme);
                // the scheme really applies: the widget's own background follows it
                double luminance = luminance(page.find(".pt"), "background-color");
                assertTrue(scheme.equals("dark") ? luminance < 0.1 : luminance > 0.8,
                        screen + " in " + scheme + ": background luminance " + luminance);

                Axe.Result result = Axe.check(chrome);
                runs[0]++;
                rulesKept[0] += result.passed();
                for (Axe.Violation violation : result.violations()) {
                    (violation.seriousOrWorse() ? serious : lesser)
                            .add(screen + " (" + scheme + "): " + violation);
                }
            }
        });

        System.out.println("axe, " + engine + " build: " + runs[0] + " runs, " + rulesKept[0]
                + " rule checks kept, " + serious.size() + " serious or critical, "
                + lesser.size() + " moderate or minor" + (lesser.isEmpty() ? ""
                : ":\n  " + String.join("\n  ", lesser)));
        assertEquals(Tour.SCREENS.size() * SCHEMES.size(), runs[0], "every screen, both schemes");
        assertTrue(serious.isEmpty(), String.join("\n", serious));
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "frame.html", "author.html"})
    void theShippedPagesPassAxeInLightAndDark(String shipped) throws Exception {
        List<String> serious = new ArrayList<>();

        chrome.get(server.url() + shipped);
        if (!shipped.equals("author.html")) {
            LessonPage.first(chrome).waitFor("intro");
        }
        for (String scheme : SCHEMES) {
            emulation.scheme(scheme);
            for (Axe.Violation violation : Axe.check(chrome).serious()) {
                serious.add(scheme + ": " + violation);
            }
        }

        assertTrue(serious.isEmpty(), String.join("\n", serious));
    }

    @Test
    void theAccessibilityTreeNamesTheResponsesTheirButtonsAndTheGauge() {
        LessonPage page = open("js");
        page.start();

        List<String> nodes = accessibilityTree();

        assertTrue(nodes.contains("group: Generated responses"), nodes.toString());
        assertTrue(nodes.contains("article: Response A"), nodes.toString());
        assertTrue(nodes.contains("article: Response B"), nodes.toString());
        assertTrue(nodes.contains("button: Prefer response A"), nodes.toString());
        assertTrue(nodes.contains("button: Prefer response B"), nodes.toString());
        assertTrue(nodes.contains("image: Internal model: Weak"), nodes.toString());
        assertTrue(nodes.contains("heading: Round 1 / 8"), nodes.toString());
        assertTrue(nodes.contains("region: Reinforced criteria"), nodes.toString());
        assertTrue(nodes.contains("status"), "the live region: " + nodes);
        assertEquals("Round 1 / 8", page.find(".pt-live").getDomProperty("textContent"));
    }

    @Test
    void axeLooksInsideTheWidgetsShadowRoot() throws Exception {
        LessonPage page = open("js");
        page.start();

        // a control with no name, put where only a check of the shadow root would find it
        chrome.executeScript("var b = document.createElement('button');"
                + "b.className = 'unnamed-probe';"
                + "arguments[0].appendChild(b);", page.find(".pt-main"));
        Axe.Result result = Axe.check(chrome);

        assertTrue(result.serious().stream().anyMatch(v -> v.rule().equals("button-name")
                && v.nodes().toString().contains("unnamed-probe")), result.violations().toString());
    }

    @Test
    void aChoiceIsAnnouncedPolitelyWithWhatTheModelTookFromIt() {
        LessonPage page = open("wasm");
        page.start();

        page.clickPrefer(Side.A);

        String said = page.find(".pt-live").getDomProperty("textContent");
        assertEquals("polite", page.find(".pt-live").getDomAttribute("aria-live"));
        assertTrue(said.startsWith(page.note() + " Internal model: "), said);
        assertTrue(said.endsWith(". Round 2 / 8"), said);
        assertTrue(said.contains("Internal model: " + page.find(".pt-gauge-step.pt-on").getText()),
                said);
        assertEquals(page.find(".pt-round-title"), page.focused(), "focus on the new round");
    }

    @Test
    void inForcedColoursTheGaugeAndTheBarsStillShowAndAxeFindsNothingSerious() throws Exception {
        LessonPage page = open("js");
        page.start();
        page.clickPrefer(Side.B);
        page.clickPrefer(Side.B);
        emulation.media(null, null, "active");

        // the gauge's current step stands out from the others; a bar's fill from its track
        String on = page.find(".pt-gauge-step.pt-on").getCssValue("background-color");
        String off = page.find(".pt-gauge-step:not(.pt-on)").getCssValue("background-color");
        assertNotEquals(off, on, "the gauge's step");
        for (WebElement row : page.findAll(".pt-criterion")) {
            double weight = Double.parseDouble(row.getDomAttribute("data-weight"));
            if (Math.abs(weight) < 0.1) {
                continue;
            }
            String fill = page.find(".pt-criterion[data-criterion="
                    + row.getDomAttribute("data-criterion") + "] .pt-bar-fill")
                    .getCssValue("background-color");
            String track = page.find(".pt-bar").getCssValue("background-color");
            assertNotEquals(track, fill, row.getDomAttribute("data-criterion"));
        }
        assertTrue(Axe.check(chrome).serious().isEmpty());
    }

    @Test
    void aCheckedQuizAnswerIsMarkedInWordsNotByColourAlone() throws Exception {
        List<String> marks = new ArrayList<>();

        Tour.walk(chrome, server, "js", (screen, page) -> {
            if (screen.equals("quiz-checked")) {
                for (WebElement mark : page.findAll(".pt-quiz-choice .pt-quiz-mark")) {
                    WebElement label = (WebElement) chrome.executeScript(
                            "return arguments[0].parentNode;", mark);
                    marks.add(label.getDomAttribute("class") + ": " + mark.getText());
                }
            }
        });

        // the tour answers the first question wrongly
        assertEquals(List.of("pt-quiz-choice pt-right: Right answer",
                "pt-quiz-choice pt-wrong: Your answer"), marks.stream().sorted().toList());
    }

    @Test
    void withReducedMotionTheBarsJumpInsteadOfSliding() {
        LessonPage page = open("js");
        page.start();

        emulation.media(null, "no-preference", null);
        String moving = page.find(".pt-bar-fill").getCssValue("transition-duration");
        emulation.media(null, "reduce", null);
        String still = page.find(".pt-bar-fill").getCssValue("transition-duration");

        assertNotEquals("0s", moving.split(",")[0].trim());
        assertEquals("0s", still.split(",")[0].trim());
    }

    private LessonPage open(String engine) {
        Chromium.forgetSavedSessions(chrome, server);
        chrome.get(server.url() + "learner.html?seed=5&engine=" + engine);
        return LessonPage.first(chrome).waitFor("intro");
    }

    /** Chromium's accessibility tree as "role: name" lines, or "role" for a node without one. */
    @SuppressWarnings("unchecked")
    private static List<String> accessibilityTree() {
        Map<String, Object> tree = chrome.executeCdpCommand("Accessibility.getFullAXTree",
                Map.of());
        List<String> named = new ArrayList<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
            Map<String, Object> role = (Map<String, Object>) node.get("role");
            Map<String, Object> name = (Map<String, Object>) node.get("name");
            if (role == null) {
                continue;
            }
            boolean hasName = name != null && name.get("value") != null
                    && !"".equals(name.get("value"));
            named.add(role.get("value") + (hasName ? ": " + name.get("value") : ""));
        }
        return named;
    }

    /** The relative luminance (0 black, 1 white) of an element's colour property. */
    static double luminance(WebElement element, String property) {
        String[] parts = element.getCssValue(property).replaceAll("[^0-9.,]", "").split(",");
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
