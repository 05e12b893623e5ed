package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.preferencetrainer.session.Side;

/**
 * The widget's own words in the learner's language: the host's {@code lang} first, then the
 * language the pack declares, then the browser's languages in order, else English; and numbers
 * written as the browser's own formatter writes them in that language.
 */
class LanguagesInChromiumTest {
    @TempDir
    static Path served;

    private static DistServer server;
    private static ChromeDriver chrome;
    private static Emulation emulation;

    @BeforeAll
    static void startBrowser() throws Exception {
        // the smallest pack, declaring no language, and the same in German, which the
        // widget has no words for
        String minimal = Files.readString(
                Path.of("src/test/resources/packs/good/minimal.json"), StandardCharsets.UTF_8);
        Files.writeString(served.resolve("undeclared.json"), minimal);
        Files.writeString(served.resolve("german.json"), minimal.replace("\"id\": \"minimal\",",
                "\"id\": \"minimal-de\", \"language\": \"de\","));
        server = DistServer.startDist(Path.of("src/test/resources/site"), served);
        chrome = Chromium.start();
        emulation = new Emulation(chrome);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        Chromium.stop(chrome, server);
    }

    @BeforeEach
    void forgetSavedSessions() {
        Chromium.forgetSavedSessions(chrome, server);
    }

    @AfterEach
    void englishBrowser() {
        emulation.languages("en-US,en");
    }

    /** Opens learner.html with a browser that reads {@code browser} (Accept-Language form). */
    private LessonPage open(String browser, String query) {
        emulation.languages(browser);
        chrome.get(server.url() + "learner.html?seed=4&engine=js&" + query);
        @SuppressWarnings("unchecked")
        List<String> languages = (List<String>) chrome.executeScript(
                "return Array.prototype.slice.call(navigator.languages);");
        assertEquals(List.of(browser.split(",")), languages, "the browser's languages");
        return LessonPage.first(chrome).waitFor("intro");
    }

    @ParameterizedTest(name = "browser {0}, {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // the host's lang beats the pack's language and the browser's
        "es       | lang=fr                          | Commencer | en",
        "es       | lang=fr-CA&src=content/es.json   | Commencer | es",
        // the pack's declared language beats the browser's
        "fr       | src=content/es.json              | Empezar   | es",
        "es       |                                  | Start     | en",
        // a pack that does not say: the browser's first language the widget speaks
        "fr-CA,en | src=undeclared.json              | Commencer | fr",
        "de,es-MX | src=undeclared.json              | Empezar   | es",
        // a pack in a language the widget has no words for: the same
        "de-DE,es | src=german.json                  | Empezar   | de",
        "de       | src=german.json                  | Start     | de",
        "pt-BR,ja | src=undeclared.json              | Start     | en",
    })
    void theWidgetSpeaksTheFirstLanguageItCanFromLangThePackAndTheBrowser(String browser,
            String query, String start, String contentLanguage) {
        LessonPage page = open(browser.trim(), query == null ? "" : query.trim());

        assertEquals(start.trim(), page.find(".pt-start").getText());
        // the lang attribute names the language of the pack's own text, the most of what is read
        assertEquals(contentLanguage.trim(), page.find(".pt").getDomAttribute("lang"));
    }

    @ParameterizedTest(name = "browser {0}, page {1}: {2}")
    @CsvSource({
        "fr-FR, '', Impossible de charger cette leçon",
        "fr-FR, es, No se ha podido cargar esta lección",
        "ja, '', This lesson could not be loaded",
    })
    void aPackThatCannotBeFoundIsReportedInThePagesLanguageElseTheBrowsers(String browser,
            String pageLanguage, String title) {
        emulation.languages(browser);
        chrome.get(server.url() + "learner.html?engine=js&src=missing.json&pagelang="
                + pageLanguage);
        LessonPage page = LessonPage.first(chrome).waitFor("error");

        assertEquals(title, page.find(".pt-error-title").getText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"es, content/es.json", "fr, content/fr.json", "en, content/en.json"})
    void numbersAreWrittenAsTheBrowsersFormatterWritesThemInThatLanguage(String language,
            String src) {
        LessonPage page = open("en-US,en", "src=" + src);
        page.start();
        page.clickPrefer(Side.A);
        page.clickPrefer(Side.B);
        page.openWhy();

        // percentages: the prediction of the "why" panel
        double probabilityA = page.whyProbability();
        String prediction = page.find(".pt-why-prediction").getDomProperty("textContent");
        assertTrue(prediction.contains(percent(language, probabilityA)),
                prediction + " lacks " + percent(language, probabilityA));
        assertTrue(prediction.contains(percent(language, 1 - probabilityA)), prediction);

        // decimals: each criterion's standard deviation, with two digits
        for (WebElement row : page.findAll(".pt-criterion")) {
            double sd = Double.parseDouble(row.getDomAttribute("data-sd"));
            String weight = row.getText();
            assertTrue(weight.contains("± " + decimal(language, sd, 2)), weight);
        }

        // β on the summary
        for (int round = 3; round <= 8; round++) {
            page.clickPrefer(Side.A);
        }
        page.waitFor("summary");
        String beta = page.betaAnswer()[1];
        String shown = page.find(".pt-beta-value").getDomProperty("textContent");
        assertTrue(shown.startsWith("β = " + decimal(language, Double.parseDouble(beta), 6)),
                shown);
    }

    /** {@code share} as the browser writes a whole percentage in {@code language}. */
    private static String percent(String language, double share) {
        return (String) chrome.executeScript("return new Intl.NumberFormat(arguments[0],"
                + " { style: 'percent', maximumFractionDigits: 0 }).format(arguments[1]);",
                language, share);
    }

    /** {@code value} as the browser writes it in {@code language}, rounded to the digits. */
    private static String decimal(String language, double value, int digits) {
        return (String) chrome.executeScript("return new Intl.NumberFormat(arguments[0],"
                + " { minimumFractionDigits: arguments[2] > 2 ? 0 : arguments[2],"
                + " maximumFractionDigits: arguments[2], useGrouping: false })"
                + ".format(arguments[1]);", language, value, digits);
    }
}
