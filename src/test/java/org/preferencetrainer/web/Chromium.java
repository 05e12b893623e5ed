package org.preferencetrainer.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests: Debian's chromium and chromium-driver, at the paths
 * the build passes in, so that Selenium never looks for a driver to download. Each browser
 * gets a fresh profile folder and no network beyond the test's own loopback servers.
 */
final class Chromium {
    private Chromium() {
    }

    static ChromeDriver start() {
        File driver = new File(System.getProperty("chromedriver.path", "/usr/bin/chromedriver"));
        File browser = new File(System.getProperty("chromium.path", "/usr/bin/chromium"));
        if (!driver.canExecute() || !browser.canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium and its driver at "
                    + browser + " and " + driver + " (Debian: apt-get install chromium"
                    + " chromium-driver), or -Dchromium.path and -Dchromedriver.path");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("preference-trainer-chromium");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot make a Chromium profile folder", e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        // the console, for tests that check what the widget logs
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return chrome;
    }

    /**
     * Turns the browser's cache off, for tests that count what a page fetches or serve a file
     * differently from one test to the next.
     */
    static void withoutCache(ChromeDriver chrome) {
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    }

    /** How many times the open page has fetched {@code file}, to the end of its answer. */
    static long fetches(ChromeDriver chrome, String file) {
        return (Long) chrome.executeScript("var file = '/' + arguments[0];"
                + "return performance.getEntriesByType('resource').filter(function (e) {"
                + " return e.name.slice(-file.length) === file; }).length;", file);
    }

    /** Clears the test server origin's localStorage, where widgets save their sessions. */
    static void forgetSavedSessions(ChromeDriver chrome, DistServer server) {
        chrome.get(server.url() + "blank.html");
        chrome.executeScript("window.localStorage.clear();");
    }

    /**
     * Quits the browser and closes the servers and other parts a test class started, whichever
     * of them did start: each is tried, and the first failure is thrown once all have been.
     */
    static void stop(ChromeDriver chrome, AutoCloseable... parts) throws Exception {
        Exception first = null;
        if (chrome != null) {
            try {
                chrome.quit();
            } catch (RuntimeException e) {
                first = e;
            }
        }
        for (AutoCloseable part : parts) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
