package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.preferencetrainer.session.Side;

/**
 * A page with {@code default-src 'self'; script-src 'self'}: the JavaScript build runs there
 * without the policy blocking anything, and with {@code engine} left at {@code auto} the
 * widget falls back to it by itself, without a word in the console.
 */
class StrictCspInChromiumTest {
    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        server = DistServer.startDist(Path.of("src/test/resources/site"));
        chrome = Chromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Chromium.stop(chrome, server);
    }

    @BeforeEach
    void forgetSavedSessions() {
        Chromium.forgetSavedSessions(chrome, server);
        chrome.manage().logs().get(LogType.BROWSER);
    }

    private static List<String> warnings() {
        List<String> lines = new ArrayList<>();
        for (LogEntry entry : chrome.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Preference Trainer")) {
                lines.add(entry.getMessage());
            }
        }
        return lines;
    }

    @Test
    void theJavaScriptBuildRunsUnderTheStrictPolicyWithNothingBlocked() {
        chrome.get(server.url() + "csp-js.html");
        LessonPage page = LessonPage.first(chrome).waitFor("intro");

        assertEquals("js", page.engine());
        page.start();
        page.clickPrefer(Side.B);
        assertEquals("Round 2 / 8", page.roundTitle());
        assertEquals(List.of(), chrome.executeScript("return window.violations;"));
        assertEquals(List.of(), warnings());
    }

    @Test
    void autoFallsBackToJavaScriptByItselfAndSaysNothing() {
        chrome.get(server.url() + "csp.html");
        LessonPage page = LessonPage.first(chrome).waitFor("intro");

        assertEquals("js", page.engine());
        page.start();
        page.pressKey(Side.A);
        assertEquals("Round 2 / 8", page.roundTitle());
        assertTrue(warnings().isEmpty(), "no warning for a fallback nobody asked about: "
                + warnings());
    }
}
