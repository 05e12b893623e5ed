package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Every screen from a 320 px phone to a 1440 px desktop, in light and dark: nothing wider than
 * the screen, the two responses side by side where there is room and stacked where there is
 * not, alike in size and style so that neither looks preferred, and nothing lost at 200% text.
 * Writes a picture of each screen at 360, 768 and 1280 px in both schemes to
 * {@code target/screenshots/SCREEN-WIDTH-SCHEME-ENGINE.png}.
 */
class LayoutInChromiumTest {
    private static final int[] WIDTHS = {320, 360, 768, 1280, 1440};
    private static final List<Integer> PICTURED = List.of(360, 768, 1280);
    private static final List<String> SCHEMES = List.of("light", "dark");
    /** Widths at which text is also shown at 200%, as a reader's browser setting makes it. */
    private static final List<Integer> LARGE_TEXT = List.of(360, 1280);
    /** Properties that must be the same on both responses, and on both their buttons. */
    private static final List<String> LOOKS = List.of("background-color", "color",
            "border-top-color", "border-top-width", "border-top-style", "border-radius",
            "box-shadow", "font-size", "font-weight", "padding-top", "padding-left", "opacity",
            "outline-style");
    private static final Path PICTURES = Path.of("target", "screenshots");

    private static DistServer server;
    private static ChromeDriver chrome;
    private static Emulation emulation;

    @BeforeAll
    static void startBrowser() throws Exception {
        server = DistServer.startDist(Path.of("src/test/resources/site"));
        chrome = Chromium.start();
        emulation = new Emulation(chrome);
        Files.createDirectories(PICTURES);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        Chromium.stop(chrome, server);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void everyScreenFitsEveryWidthInBothSchemesAndIsPictured(String engine) throws Exception {
        List<String> pictures = new ArrayList<>();
        emulation.reset();

        Tour.walk(chrome, server, engine, (screen, page) -> {
            // the pointer rests off the widget, as after a tap, so that no hover shows
            new Actions(chrome).moveToLocation(0, 0).perform();
            for (int width : WIDTHS) {
                for (String scheme : SCHEMES) {
                    emulation.media(scheme, "reduce", null);
                    emulation.viewport(width, 900);
                    String where = screen + " at " + width + " px in " + scheme;
                    assertFits(page, where);
                    if (screen.startsWith("round")) {
                        assertResponsesAlike(page, width, where);
                    }
                    if (PICTURED.contains(width)) {
                        pictures.add(picture(screen + "-" + width + "-" + scheme + "-" + engine,
                                width));
                    }
                }
            }
            for (int width : LARGE_TEXT) {
                emulation.media("light", "reduce", null);
                emulation.viewport(width, 900);
                String before = page.find(".pt").getText();
                emulation.textSize(200);
                String where = screen + " at " + width + " px with 200% text";
                assertEquals("32px", page.find(".pt").getCssValue("font-size"), where);
                assertFits(page, where);
                assertEquals(before, page.find(".pt").getText(), where + ": the same text");
                pictures.add(picture(screen + "-" + width + "-light-" + engine + "-text200",
                        width));
                emulation.textSize(100);
            }
        });
        emulation.reset();

        System.out.println("screenshots, " + engine + " build: " + pictures.size() + " in "
                + PICTURES.toAbsolutePath());
        assertEquals(Tour.SCREENS.size() * (PICTURED.size() * SCHEMES.size()
                + LARGE_TEXT.size()), pictures.size());
    }

    /**
     * Nothing wider than the screen, nothing outside the widget's box, and nothing cut off by a
     * box too small for it.
     */
    @SuppressWarnings("unchecked")
    private static void assertFits(LessonPage page, String where) {
        WebElement root = page.find(".pt");
        List<String> problems = (List<String>) chrome.executeScript(
                "var root = arguments[0], problems = [];"
                + "var page = document.documentElement;"
                + "if (page.scrollWidth > window.innerWidth) {"
                + "  problems.push('the page scrolls sideways: ' + page.scrollWidth + ' > '"
                + "    + window.innerWidth); }"
                + "if (root.scrollWidth > root.clientWidth) {"
                + "  problems.push('the widget scrolls sideways: ' + root.scrollWidth + ' > '"
                + "    + root.clientWidth); }"
                + "var box = root.getBoundingClientRect();"
                + "function name(e) { return e.tagName.toLowerCase() + '.'"
                + "  + String(e.getAttribute('class') || '').split(' ').join('.'); }"
                + "root.querySelectorAll('*').forEach(function (e) {"
                + "  if (e.closest('.pt-live') || e.getClientRects().length === 0) return;"
                + "  var r = e.getBoundingClientRect(), s = getComputedStyle(e);"
                + "  if (r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1)) {"
                + "    problems.push(name(e) + ' sticks out: ' + Math.round(r.left) + '..'"
                + "      + Math.round(r.right) + ' of ' + Math.round(box.left) + '..'"
                + "      + Math.round(box.right)); }"
                + "  var clipsX = s.overflowX === 'hidden' || s.overflowX === 'clip';"
                + "  var clipsY = s.overflowY === 'hidden' || s.overflowY === 'clip';"
                + "  if ((clipsX && e.scrollWidth > e.clientWidth + 1)"
                + "      || (clipsY && e.scrollHeight > e.clientHeight + 1)) {"
                + "    problems.push(name(e) + ' cuts off its content'); }"
                + "});"
                + "return problems;", root);
        assertTrue(problems.isEmpty(), where + ": " + problems);
    }

    /**
     * The two responses: side by side from 768 px, one above the other at phone widths; the
     * same width (and height, side by side), and the same look, they and their buttons.
     */
    private static void assertResponsesAlike(LessonPage page, int width, String where) {
        WebElement a = page.find(".pt-response[data-side=A]");
        WebElement b = page.find(".pt-response[data-side=B]");
        var ra = a.getRect();
        var rb = b.getRect();
        assertTrue(Math.abs(ra.getWidth() - rb.getWidth()) <= 1, where + ": widths "
                + ra.getWidth() + " and " + rb.getWidth());
        if (width >= 768) {
            assertEquals(ra.getY(), rb.getY(), where + ": side by side");
            assertTrue(ra.getX() + ra.getWidth() <= rb.getX(), where + ": A left of B");
            assertEquals(ra.getHeight(), rb.getHeight(), where + ": the same height");
        } else if (width <= 360) {
            assertEquals(ra.getX(), rb.getX(), where + ": one above the other");
            assertTrue(ra.getY() + ra.getHeight() <= rb.getY(), where + ": A above B");
        }
        WebElement buttonA = page.find(".pt-prefer[data-side=A]");
        WebElement buttonB = page.find(".pt-prefer[data-side=B]");
        for (String property : LOOKS) {
            assertEquals(a.getCssValue(property), b.getCssValue(property),
                    where + ": the responses' " + property);
            assertEquals(buttonA.getCssValue(property), buttonB.getCssValue(property),
                    where + ": the buttons' " + property);
        }
        assertEquals(buttonA.getRect().getWidth(), buttonB.getRect().getWidth(),
                where + ": the buttons' width");
    }

    /** Pictures the whole page at {@code width}; returns the file's name. */
    private static String picture(String name, int width) throws Exception {
        Number height = (Number) chrome.executeScript(
                "return Math.ceil(document.documentElement.scrollHeight);");
        emulation.viewport(width, Math.min(8000, height.intValue()));
        byte[] png = chrome.getScreenshotAs(OutputType.BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth(), name);
        Files.write(PICTURES.resolve(name + ".png"), png);
        emulation.viewport(width, 900);
        return name + ".png";
    }
}
