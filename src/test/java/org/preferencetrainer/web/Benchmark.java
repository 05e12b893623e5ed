package org.preferencetrainer.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The project's benchmark: sizes on the wire and timings in headless Chromium for the
 * JavaScript and the WebAssembly build, measured in the same run, interleaved, against two
 * anchors — the first screen as static HTML with no script (the floor) and H5P's standalone
 * player (by bytes). Prints one table and writes it to {@code target/benchmark.md}.
 *
 * <p>{@code mvn -B -DskipTests package exec:java@bench [-Dbench.runs=10]
 * [-Dbench.baseline=DIR]}
 *
 * <p>With {@code bench.baseline}, the folder of another build of the site (a copy of an earlier
 * {@code target/dist/}), each run measures that build too, right after this one, and a second
 * table gives its figures: a change is judged against figures taken under the same noise.
 *
 * <p>Timings are taken inside the page with {@code performance.now()}: time to interactive is
 * from navigation start to the widget's ready event (its first screen drawn, its button live);
 * a choice is from the click to the next round laid out (handler, style and layout; the paint
 * itself waits for the display and is left out). The heap is V8's, after a full session and a
 * garbage collection; WebAssembly GC objects live there too.
 */
public final class Benchmark {
    private static final int ROUNDS = 8;

    private final ChromeDriver chrome;
    /** The sites measured: this build's, then the baseline's where there is one. */
    private final List<Site> sites;

    /** One build of the site, served on its own port. */
    private record Site(String name, Path dist, DistServer server) {
    }

    private Benchmark(ChromeDriver chrome, List<Site> sites) {
        this.chrome = chrome;
        this.sites = sites;
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(System.getProperty("bench.runs", "10"));
        if (runs < 1) {
            throw new IllegalArgumentException("bench.runs must be at least 1, not " + runs);
        }
        Path dist = Path.of(System.getProperty("dist.dir", "target/dist"));
        String baseline = System.getProperty("bench.baseline", "");
        installAnchor();
        Path generated = Files.createTempDirectory("preference-trainer-bench");
        Files.writeString(generated.resolve("big.json"), bigPack(1000, 6));

        List<Site> sites = new ArrayList<>();
        try {
            sites.add(serve("this build", dist, generated));
            if (!baseline.isEmpty()) {
                sites.add(serve("baseline " + baseline, Path.of(baseline), generated));
            }
            ChromeDriver chrome = Chromium.start();
            try {
                String table = new Benchmark(chrome, sites).run(runs);
                System.out.println(table);
                Files.writeString(Path.of("target/benchmark.md"), table);
            } finally {
                chrome.quit();
            }
        } finally {
            for (Site site : sites) {
                site.server().close();
            }
        }
    }

    private static Site serve(String name, Path dist, Path generated) throws Exception {
        return new Site(name, dist, DistServer.start(0, dist, Path.of("src/test/resources/bench"),
                generated));
    }

    /** H5P's standalone player, from npm, pinned by bench/package-lock.json. */
    private static void installAnchor() throws IOException, InterruptedException {
        if (Files.isDirectory(Path.of("bench/node_modules/h5p-standalone"))) {
            return;
        }
        // its install script insists on yarn; the files measured need no script at all
        Process npm = new ProcessBuilder("npm", "ci", "--ignore-scripts", "--no-audit",
                "--no-fund").directory(Path.of("bench").toFile()).inheritIO().start();
        if (npm.waitFor() != 0) {
            System.err.println("npm ci in bench/ failed; the H5P anchor is left out");
        }
    }

    private String run(int runs) throws Exception {
        Map<String, List<Double>> samples = new LinkedHashMap<>();

        // interleaved: each run measures the floor and both builds of each site in turn; with a
        // baseline, the sites take turns to go first, as the first after a run's big pack
        // meets a busier browser
        for (int run = 0; run < runs; run++) {
            List<Site> order = new ArrayList<>(sites);
            if (run % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (Site site : order) {
                add(samples, site.name() + ".floor.tti", floor(site));
                for (String engine : new String[] {"js", "wasm"}) {
                    String key = site.name() + "." + engine;
                    double[] session = session(site, engine, 1000 + run);
                    add(samples, key + ".tti", session[0]);
                    add(samples, key + ".choice", session[1]);
                    add(samples, key + ".heap", session[2]);
                    add(samples, key + ".big", bigPackReady(site, engine));
                }
            }
        }
        StringBuilder tables = new StringBuilder();
        tables.append("Preference Trainer benchmark: ").append(runs)
                .append(" runs, interleaved; median [min, max]\n");
        for (Site site : sites) {
            tables.append(sites.size() > 1 ? "\n" + site.name() + ":\n" : "")
                    .append(table(site, samples));
        }
        return tables.toString();
    }

    private static void add(Map<String, List<Double>> samples, String key, double value) {
        samples.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private void fresh(Site site, String path) {
        chrome.get(site.server().url() + "floor.html");
        chrome.executeScript("window.localStorage.clear();");
        chrome.get(site.server().url() + path);
    }

    /** The static first screen: from navigation start to the end of its load event. */
    private double floor(Site site) {
        fresh(site, "floor.html");
        new WebDriverWait(chrome, java.time.Duration.ofSeconds(10)).until(d -> (Boolean)
                chrome.executeScript("return performance.getEntriesByType('navigation')[0]"
                        + ".loadEventEnd > 0;"));
        return number(chrome.executeScript(
                "return performance.getEntriesByType('navigation')[0].loadEventEnd;"));
    }

    /**
     * One whole session: {time to interactive, median choice time, heap bytes after}.
     */
    private double[] session(Site site, String engine, int seed) {
        fresh(site, "bench.html?engine=" + engine + "&seed=" + seed);
        LessonPage page = LessonPage.first(chrome).waitFor("intro");
        if (!engine.equals(page.engine())) {
            throw new IllegalStateException("asked for the " + engine + " build but "
                    + page.engine() + " runs");
        }
        double tti = number(chrome.executeScript("return window.bench.ready;"));

        page.start();
        for (int round = 0; round < ROUNDS; round++) {
            page.find(".pt-prefer[data-side=" + (round % 2 == 0 ? "A" : "B") + "]").click();
            page.waitFor(round == ROUNDS - 1 ? "summary" : "round");
        }
        List<Double> choices = times("window.bench.choices");

        chrome.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        Map<String, Object> heap = chrome.executeCdpCommand("Runtime.getHeapUsage", Map.of());
        return new double[] {tti, median(choices), number(heap.get("usedSize"))};
    }

    /** A list of times the bench page recorded, in ms. */
    private List<Double> times(String expression) {
        @SuppressWarnings("unchecked")
        List<Number> recorded = (List<Number>) chrome.executeScript("return " + expression + ";");
        List<Double> times = new ArrayList<>();
        for (Number time : recorded) {
            times.add(time.doubleValue());
        }
        return times;
    }

    /** The 1,000-question pack: from the start of its fetch to the widget's first screen. */
    private double bigPackReady(Site site, String engine) {
        fresh(site, "bench.html?engine=" + engine + "&seed=1&src=big.json");
        LessonPage.first(chrome).waitFor("intro");
        return number(chrome.executeScript("var fetched = performance.getEntriesByType("
                + "'resource').filter(function (e) { return /big\\.json$/.test(e.name); })[0];"
                + "return window.bench.ready - fetched.startTime;"));
    }

    private static String table(Site site, Map<String, List<Double>> all) throws IOException {
        Path dist = site.dist();
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        all.forEach((key, values) -> {
            if (key.startsWith(site.name() + ".")) {
                samples.put(key.substring(site.name().length() + 1), values);
            }
        });
        StringBuilder out = new StringBuilder("\n");

        // bytes on the wire
        long[] loader = sizes(dist, "preference-trainer.js", "preference-trainer.css");
        long[] js = plus(loader, sizes(dist, "preference-trainer-engine.js"));
        long[] wasm = plus(loader, sizes(dist, "preference-trainer-engine.wasm-runtime.js",
                "preference-trainer-engine.wasm"));
        long[] pack = sizes(dist, "preference-trainer-lesson.js");
        // an earlier build, measured as a baseline, may have no reporting script of its own
        long[] reporting = Files.exists(dist.resolve("preference-trainer-reporting.js"))
                ? sizes(dist, "preference-trainer-reporting.js") : null;
        Path h5p = Path.of("bench/node_modules/h5p-standalone/dist");
        long[] anchor = Files.isDirectory(h5p) ? sizes(h5p, "main.bundle.js", "frame.bundle.js",
                "styles/h5p.css") : null;
        long[] floor = sizes(Path.of("src/test/resources/bench"), "floor.html");
        floor = plus(floor, sizes(dist, "preference-trainer.css"));

        out.append("| what | JavaScript build | WebAssembly build | floor (static HTML) |"
                + " H5P standalone |\n|---|---|---|---|---|\n");
        out.append(row("bytes, raw (loader + engine + stylesheet)", kb(js[0]), kb(wasm[0]),
                kb(floor[0]), anchor == null ? "not installed" : kb(anchor[0])));
        out.append(row("bytes, gzip", kb(js[1]), kb(wasm[1]), kb(floor[1]),
                anchor == null ? "not installed" : kb(anchor[1])));
        out.append(row("the built-in lesson apart (its own script; raw / gzip)",
                kb(pack[0]) + " / " + kb(pack[1]), "same", "", ""));
        out.append(row("the reporting script apart (only where a widget reports to an LMS;"
                + " raw / gzip)", reporting == null ? "none (in the engines)"
                : kb(reporting[0]) + " / " + kb(reporting[1]), "same", "", ""));
        out.append(row("time to interactive, ms", stats(samples.get("js.tti")),
                stats(samples.get("wasm.tti")), stats(samples.get("floor.tti")), ""));
        out.append(row("choice to next round laid out, ms (median of 8 a run)",
                stats(samples.get("js.choice")), stats(samples.get("wasm.choice")), "", ""));
        out.append(row("JS heap after a session, KB", heap(samples.get("js.heap")),
                heap(samples.get("wasm.heap")), "", ""));
        out.append(row("1,000-question pack: fetch, check, first screen, ms",
                stats(samples.get("js.big")), stats(samples.get("wasm.big")), "", ""));

        // ratios against the anchors
        double floorTti = median(samples.get("floor.tti"));
        out.append("\nRatios: time to interactive / floor: JavaScript ")
                .append(ratio(median(samples.get("js.tti")), floorTti)).append(", WebAssembly ")
                .append(ratio(median(samples.get("wasm.tti")), floorTti)).append(".");
        if (anchor != null) {
            out.append(" Gzip bytes / H5P standalone: JavaScript ")
                    .append(ratio(js[1], anchor[1])).append(", WebAssembly ")
                    .append(ratio(wasm[1], anchor[1])).append(".");
        }
        out.append("\n");
        return out.toString();
    }

    private static String row(String what, String js, String wasm, String floor, String h5p) {
        return "| " + what + " | " + js + " | " + wasm + " | " + floor + " | " + h5p + " |\n";
    }

    /** Raw and gzip (level 9) bytes of some files, added up. */
    private static long[] sizes(Path folder, String... names) throws IOException {
        long raw = 0;
        long gzip = 0;
        for (String name : names) {
            byte[] bytes = Files.readAllBytes(folder.resolve(name));
            raw += bytes.length;
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(packed) {
                {
                    def.setLevel(9);
                }
            }) {
                out.write(bytes);
            }
            gzip += packed.size();
        }
        return new long[] {raw, gzip};
    }

    private static long[] plus(long[] a, long[] b) {
        return new long[] {a[0] + b[0], a[1] + b[1]};
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static String stats(List<Double> values) {
        return String.format(Locale.ROOT, "%.1f [%.1f, %.1f]", median(values),
                Collections.min(values), Collections.max(values));
    }

    private static String heap(List<Double> values) {
        List<Double> kilobytes = new ArrayList<>();
        for (double value : values) {
            kilobytes.add(value / 1024);
        }
        return String.format(Locale.ROOT, "%.0f [%.0f, %.0f]", median(kilobytes),
                Collections.min(kilobytes), Collections.max(kilobytes));
    }

    private static String ratio(double a, double b) {
        return String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** A valid pack of {@code questions} questions with {@code responses} responses each. */
    static String bigPack(int questions, int responses) {
        String[] criteria = {"clarity", "prudence", "conciseness", "warmth"};
        StringBuilder json = new StringBuilder();
        json.append("{\"schemaVersion\": 1, \"id\": \"bench-big\", \"title\": \"A big pack\",")
                .append(" \"rounds\": 8, \"criteria\": [");
        for (int k = 0; k < criteria.length; k++) {
            json.append(k == 0 ? "" : ", ").append("{\"id\": \"").append(criteria[k])
                    .append("\", \"label\": \"").append(criteria[k]).append("\"}");
        }
        json.append("], \"questions\": [");
        long state = 12345;
        for (int q = 0; q < questions; q++) {
            json.append(q == 0 ? "" : ",").append("\n{\"id\": \"q").append(q)
                    .append("\", \"prompt\": \"Question number ").append(q)
                    .append(": how should I go about it?\", \"responses\": [");
            for (int r = 0; r < responses; r++) {
                json.append(r == 0 ? "" : ", ").append("{\"id\": \"q").append(q).append("-")
                        .append(r).append("\", \"text\": \"Answer ").append(r)
                        .append(" to question ").append(q).append(", written in a style of its"
                        + " own, with the same facts as the others.\", \"scores\": {");
                for (int k = 0; k < criteria.length; k++) {
                    state = state * 6364136223846793005L + 1442695040888963407L;
                    int score = (int) ((state >>> 33) % 101);
                    json.append(k == 0 ? "" : ", ").append('"').append(criteria[k])
                            .append("\": ").append(score / 100.0);
                }
                json.append("}}");
            }
            json.append("]}");
        }
        json.append("]}\n");
        return json.toString();
    }
}
