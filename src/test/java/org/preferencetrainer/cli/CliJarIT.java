package org.preferencetrainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.preferencetrainer.content.Corpus;

/**
 * The packaged command line as an author runs it: {@code java -jar
 * target/preference-trainer-cli.jar validate FILE...}, in a process of its own.
 */
class CliJarIT {
    private static final Path JAR = Path.of(System.getProperty("cli.jar",
            "target/preference-trainer-cli.jar"));

    /** Runs the jar; returns its exit code and its output, both streams together. */
    private static Object[] java(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by mvn package");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar finished");
        return new Object[] {process.exitValue(), output};
    }

    @Test
    void theJarAcceptsTheShippedPacks() throws Exception {
        List<String> args = new ArrayList<>(List.of("validate"));
        Corpus.shipped().forEach(f -> args.add(f.toString()));

        Object[] run = java(args.toArray(new String[0]));

        assertEquals(0, run[0], (String) run[1]);
        assertTrue(((String) run[1]).contains("en.json: valid ("), (String) run[1]);
    }

    @Test
    void theJarRejectsABadPackWithFilePathAndMessage() throws Exception {
        Path bad = Corpus.ROOT.resolve("bad/scores-out-of-range.json");

        Object[] run = java("validate", bad.toString());

        assertEquals(1, run[0]);
        assertEquals(bad + ": questions[0].responses[1].scores.clarity: 1.7 is outside 0..1\n"
                + bad + ": questions[1].responses[0].scores.warmth: -0.2 is outside 0..1\n",
                run[1]);
    }
}
