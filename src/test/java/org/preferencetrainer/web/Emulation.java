package org.preferencetrainer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a learner's device and settings look like to a page, set through the DevTools protocol
 * of the running Chromium: the colour scheme, reduced motion, forced colours, the viewport's
 * width and the browser's default text size. Each change applies at once, without a reload.
 */
final class Emulation {
    /** The browser's default text size, in CSS pixels: what 100% text means. */
    static final int DEFAULT_TEXT = 16;

    private final ChromeDriver chrome;

    Emulation(ChromeDriver chrome) {
        this.chrome = chrome;
    }

    /**
     * Sets the media features the page sees; null leaves one at the browser's own value.
     *
     * @param scheme {@code light} or {@code dark}
     * @param motion {@code reduce} or {@code no-preference}
     * @param forcedColors {@code active} or {@code none}
     */
    void media(String scheme, String motion, String forcedColors) {
        List<Map<String, String>> features = new ArrayList<>();
        features.add(Map.of("name", "prefers-color-scheme", "value", orEmpty(scheme)));
        features.add(Map.of("name", "prefers-reduced-motion", "value", orEmpty(motion)));
        features.add(Map.of("name", "forced-colors", "value", orEmpty(forcedColors)));
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", features));
    }

    void scheme(String scheme) {
        media(scheme, null, null);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A viewport of {@code width} × {@code height} CSS pixels at one device pixel each. */
    void viewport(int width, int height) {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * The browser's default text size in percent, as a reader sets it in the browser's settings
     * (text zoom, not page zoom): what {@code font-size: medium} comes to.
     */
    void textSize(int percent) {
        int standard = DEFAULT_TEXT * percent / 100;
        chrome.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes",
                Map.of("standard", standard, "fixed", standard * 13 / 16)));
    }

    /** The languages the browser says its user reads, first preferred first. */
    void languages(String acceptLanguage) {
        String agent = (String) chrome.executeScript("return navigator.userAgent;");
        chrome.executeCdpCommand("Emulation.setUserAgentOverride",
                Map.of("userAgent", agent, "acceptLanguage", acceptLanguage));
    }

    /** Back to the browser's own settings. */
    void reset() {
        media(null, null, null);
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        textSize(100);
    }
}
