package org.preferencetrainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    private static final Path ENGLISH = Path.of(System.getProperty("content.dir", "content"),
            "en.json");

    /** Runs the command line; returns {exit code, standard output, standard error}. */
    private static Object[] cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Object[] {code, out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void printsOneLinePerStrategyInTheDocumentedForm() {
        Object[] run = cli("simulate", "--learners", "30", "--seed", "4");

        assertEquals(0, run[0], (String) run[2]);
        List<String> lines = ((String) run[1]).lines().toList();
        assertEquals(4, lines.size(), (String) run[1]);
        String[] names = {"random", "policy-then-gain", "most-informative", "balanced"};
        for (int i = 0; i < names.length; i++) {
            String line = lines.get(i);
            assertTrue(line.startsWith("strategy=" + names[i] + " top1="), line);
            String[] fields = line.split(" ");
            assertEquals(4, fields.length, line);
            for (int f = 1; f < 4; f++) {
                double value = Double.parseDouble(fields[f].substring(fields[f].indexOf('=') + 1));
                assertTrue(value >= -1 && value <= 1, line);
            }
        }
    }

    @Test
    void theSameSeedPrintsTheSameLinesAndTheFileGivesWhatTheBuiltInPackGives() {
        Object[] first = cli("simulate", "--learners=40", "--seed=9", "--strategies=balanced");
        Object[] again = cli("simulate", "--learners", "40", "--seed", "9", "--strategies",
                "balanced", "--pack", ENGLISH.toString());
        Object[] other = cli("simulate", "--learners=40", "--seed=10", "--strategies=balanced");

        assertEquals(first[1], again[1]);
        assertTrue(!first[1].equals(other[1]), "another seed, other learners");
    }

    @Test
    void detailsAddThePolicyShareShownAndTheShareEndingStrong() {
        Object[] run = cli("simulate", "--learners=20", "--strategies=random", "--details");

        String line = ((String) run[1]).trim();
        assertTrue(line.matches("strategy=random top1=\\S+ agreement=\\S+ adaptation=\\S+"
                + " shown=\\S+ strong=\\S+"), line);
    }

    @Test
    void badOptionsSayWhichAndWhyWithTheUsage() {
        assertBad("--learners: \"many\" is not a whole number of learners, at least 1",
                "--learners", "many");
        assertBad("--learners: 0 is not a whole number of learners, at least 1",
                "--learners", "0");
        assertBad("--consistency: 1.5 is not a probability from 0 to 1", "--consistency", "1.5");
        assertBad("--rounds: rounds must be from 1 to 11", "--rounds", "12");
        assertBad("--strategies: no strategy is called \"best\"", "--strategies", "random,best");
        assertBad("unknown option \"--speed\"", "--speed", "2");
        assertBad("--seed needs a whole number", "--seed");
        assertBad("--beta: -1.0 is not a positive number", "--beta", "-1");
    }

    private static void assertBad(String expected, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "simulate";
        System.arraycopy(args, 0, full, 1, args.length);

        Object[] run = cli(full);

        assertEquals(Cli.USAGE, run[0]);
        String err = (String) run[2];
        assertTrue(err.startsWith("simulate: ") && err.contains(expected), err);
        assertTrue(err.contains("Usage: java -jar preference-trainer-cli.jar simulate"), err);
        assertEquals("", run[1]);
    }

    @Test
    void aPackThatBreaksTheRulesIsReportedWithItsPaths(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"id\": \"x\", \"title\": \"X\"}");

        Object[] run = cli("simulate", "--pack", bad.toString());

        assertEquals(1, run[0]);
        assertTrue(((String) run[2]).contains(bad + ": criteria: "), (String) run[2]);
    }

    @Test
    void aMissingPackFileIsReported() {
        Object[] run = cli("simulate", "--pack", "no/such/pack.json");

        assertEquals(1, run[0]);
        assertEquals("simulate: " + Path.of("no/such/pack.json") + ": no such file\n", run[2]);
    }
}
