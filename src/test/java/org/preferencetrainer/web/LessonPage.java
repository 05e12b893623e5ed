package org.preferencetrainer.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preferencetrainer.session.Side;

/**
 * A widget on a page in Chromium, seen as a learner sees it: the screen it shows, the round
 * header, the gauge, the criteria panel and the two responses. Reads through the element's
 * open shadow root.
 */
final class LessonPage {
    private final WebDriver driver;
    private final WebElement host;

    LessonPage(WebDriver driver, WebElement host) {
        this.driver = driver;
        this.host = host;
    }

    /** The first {@code <preference-trainer>} on the current page. */
    static LessonPage first(WebDriver driver) {
        return new LessonPage(driver, new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.tagName("preference-trainer"))));
    }

    private SearchContext shadow() {
        return host.getShadowRoot();
    }

    WebElement find(String css) {
        return shadow().findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return shadow().findElements(By.cssSelector(css));
    }

    /** Waits until the widget shows the screen of the given phase (intro, round, ...). */
    LessonPage waitFor(String phase) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            List<WebElement> roots = findAll(".pt");
            return !roots.isEmpty() && phase.equals(roots.get(0).getDomAttribute("data-phase"));
        });
        return this;
    }

    /**
     * The element that has the keyboard's focus, looking into shadow roots: what a learner
     * pressing a key is on.
     */
    WebElement focused() {
        return (WebElement) ((JavascriptExecutor) driver).executeScript(
                "var a = document.activeElement;"
                + "while (a && a.shadowRoot && a.shadowRoot.activeElement) {"
                + " a = a.shadowRoot.activeElement; }"
                + "return a;");
    }

    String phase() {
        return find(".pt").getDomAttribute("data-phase");
    }

    /** The build that runs the widget: js or wasm. */
    String engine() {
        return find(".pt").getDomAttribute("data-engine");
    }

    void start() {
        find(".pt-start").click();
        waitFor("round");
    }

    String roundTitle() {
        return find(".pt-round-title").getText();
    }

    /** weak, neutral or strong, as the gauge shows it. */
    String gauge() {
        WebElement gauge = find(".pt-gauge");
        String highlighted = find(".pt-gauge-step.pt-on").getText();
        String spoken = gauge.getDomAttribute("aria-label");
        if (!spoken.endsWith(": " + highlighted)) {
            throw new AssertionError("gauge shows " + highlighted + " but says " + spoken);
        }
        return gauge.getDomAttribute("data-gauge");
    }

    /** Criterion id to {count, weight, sd}, as the panel holds them. */
    Map<String, double[]> criteria() {
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (WebElement row : findAll(".pt-criterion")) {
            rows.put(row.getDomAttribute("data-criterion"), new double[] {
                Double.parseDouble(row.getDomAttribute("data-count")),
                Double.parseDouble(row.getDomAttribute("data-weight")),
                Double.parseDouble(row.getDomAttribute("data-sd"))});
        }
        return rows;
    }

    /** The visible label and count of each criterion, such as "Clarity +0.6". */
    List<String> criteriaText() {
        return findAll(".pt-criterion").stream()
                .map(row -> row.findElement(By.cssSelector(".pt-criterion-label")).getText() + " "
                        + row.findElement(By.cssSelector(".pt-count")).getText())
                .collect(java.util.stream.Collectors.toList());
    }

    String prompt() {
        return find(".pt-round .pt-prompt").getText();
    }

    /** The id of the response shown on a side. */
    String response(Side side) {
        return find(".pt-response[data-side=" + side + "]").getDomAttribute("data-response");
    }

    String responseText(Side side) {
        return find(".pt-response[data-side=" + side + "] .pt-response-text").getText();
    }

    String note() {
        return find(".pt-note").getText();
    }

    /** Chooses by clicking the side's button and waits for the next screen. */
    void clickPrefer(Side side) {
        int before = round();
        find(".pt-prefer[data-side=" + side + "]").click();
        waitForRoundAfter(before);
    }

    /** Chooses by pressing the side's key and waits for the next screen. */
    void pressKey(Side side) {
        int before = round();
        new Actions(driver).sendKeys(side.name().toLowerCase()).perform();
        waitForRoundAfter(before);
    }

    private int round() {
        return Integer.parseInt(find(".pt").getDomAttribute("data-round"));
    }

    private void waitForRoundAfter(int before) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "summary".equals(phase()) || round() > before);
    }

    String summaryResponse(String which) {
        return find(".pt-summary .pt-" + which).getDomAttribute("data-response");
    }

    /** Plays every round choosing {@code side}; returns the response id chosen in each. */
    List<String> playRounds(int rounds, Side side) {
        List<String> chosen = new java.util.ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            chosen.add(response(side));
            clickPrefer(side);
        }
        return chosen;
    }

    /** From the summary, starts the quiz and waits for its first question. */
    void startQuiz() {
        find(".pt-quiz-start").click();
        waitFor("quiz");
    }

    /** The id of the quiz question shown. */
    String quizQuestion() {
        return find(".pt-quiz").getDomAttribute("data-question");
    }

    /** Picks a choice by id, checks it, reads the verdict, and goes on to what comes next. */
    boolean answer(String choiceId) {
        String question = quizQuestion();
        find(".pt-quiz-choice[data-choice=" + choiceId + "] input").click();
        find(".pt-quiz-check").click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> find(".pt-feedback").getDomAttribute("data-correct") != null);
        boolean correct = Boolean.parseBoolean(find(".pt-feedback").getDomAttribute("data-correct"));
        find(".pt-quiz-next").click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "result".equals(phase())
                || !question.equals(quizQuestion()));
        return correct;
    }

    String text() {
        return find(".pt").getText();
    }

    /** Opens the "why" panel if it is closed; returns its button. */
    WebElement openWhy() {
        WebElement toggle = find(".pt-why-toggle");
        if (!"true".equals(toggle.getDomAttribute("aria-expanded"))) {
            toggle.click();
        }
        return toggle;
    }

    /** P(A ≻ B) as the open "why" panel holds it. */
    double whyProbability() {
        return Double.parseDouble(find(".pt-why-prediction").getDomAttribute("data-probability"));
    }

    /** Criterion id to its contribution w_k·Δφ_k, as the "why" panel lists them. */
    Map<String, Double> whyContributions() {
        Map<String, Double> rows = new LinkedHashMap<>();
        for (WebElement row : findAll(".pt-why-row")) {
            rows.put(row.getDomAttribute("data-criterion"),
                    Double.parseDouble(row.getDomAttribute("data-contribution")));
        }
        return rows;
    }

    /** The β control's slider on the summary. */
    WebElement betaSlider() {
        return find(".pt-beta-slider");
    }

    /** The response id and β of the answer the β control shows. */
    String[] betaAnswer() {
        WebElement card = find(".pt-beta-answer");
        return new String[] {card.getDomAttribute("data-response"),
            card.getDomAttribute("data-beta")};
    }

    /** The values of one curve of the learning-curve chart, by data-round. */
    Map<Integer, Double> curve(String which) {
        Map<Integer, Double> points = new LinkedHashMap<>();
        for (WebElement dot : findAll(".pt-curve-" + which + " circle")) {
            points.put(Integer.parseInt(dot.getDomAttribute("data-round")),
                    Double.parseDouble(dot.getDomAttribute("data-value")));
        }
        return points;
    }
}
