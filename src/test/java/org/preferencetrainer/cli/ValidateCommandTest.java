package org.preferencetrainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.preferencetrainer.content.Corpus;

/** The command line run in-process: what it prints and the code it exits with. */
class ValidateCommandTest {
    /** What a run printed and returned. */
    private static final class Run {
        final int exit;
        final List<String> out;
        final String err;

        Run(int exit, List<String> out, String err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        return new Run(exit, printed.isEmpty() ? List.of() : Arrays.asList(printed.split("\n")),
                err.toString(StandardCharsets.UTF_8));
    }

    static Stream<Path> badPacks() {
        return Corpus.bad().stream();
    }

    @ParameterizedTest
    @MethodSource("badPacks")
    void eachBadPackIsRejectedWithFilePathAndMessage(Path file) {
        Run run = run("validate", file.toString());

        assertEquals(1, run.exit);
        List<String> expected = Corpus.expected(file).stream().map(line -> file + ": " + line)
                .collect(Collectors.toList());
        assertEquals(expected, run.out);
    }

    @Test
    void everyShippedAndGoodPackIsAcceptedWithExitZero() {
        List<String> files = new ArrayList<>();
        Corpus.shipped().forEach(f -> files.add(f.toString()));
        Corpus.good().forEach(f -> files.add(f.toString()));
        files.add(0, "validate");

        Run run = run(files.toArray(new String[0]));

        assertEquals(0, run.exit, run.out.toString());
        for (String file : files.subList(1, files.size())) {
            assertTrue(run.out.stream().anyMatch(l -> l.startsWith(file + ": valid (")), file);
        }
        int packs = files.size() - 1;
        assertEquals(packs + " of " + packs + " files are valid packs",
                run.out.get(run.out.size() - 1));
    }

    @Test
    void oneBadFileAmongGoodOnesMakesTheExitCodeOne() {
        Path good = Corpus.good().get(0);
        Path bad = Corpus.bad().get(0);

        Run run = run("validate", good.toString(), bad.toString());

        assertEquals(1, run.exit);
        assertEquals("1 of 2 files are valid packs", run.out.get(run.out.size() - 1));
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumn() {
        Path file = Corpus.ROOT.resolve("broken/trailing-comma.json");

        Run run = run("validate", file.toString());

        assertEquals(1, run.exit);
        assertEquals(1, run.out.size(), run.out.toString());
        assertTrue(run.out.get(0).startsWith(file + ": line 4, column 1: not valid JSON: "),
                run.out.get(0));
    }

    @Test
    void anEmptyFileAndTrailingContentAreNotPacks() {
        Path empty = Corpus.ROOT.resolve("broken/empty.json");
        Path two = Corpus.ROOT.resolve("broken/two-values.json");

        Run run = run("validate", empty.toString(), two.toString());

        assertEquals(1, run.exit);
        assertEquals(empty + ": is empty; a pack is a JSON object {...}", run.out.get(0));
        assertTrue(run.out.get(1).startsWith(two + ": line 1, column "), run.out.get(1));
        assertTrue(run.out.get(1).contains("not valid JSON"), run.out.get(1));
    }

    @Test
    void aMissingFileAFolderAndATooLargeFileEachSaySo(@TempDir Path folder) throws Exception {
        Path large = folder.resolve("large.json");
        Files.write(large, new byte[3 * 1024 * 1024]);
        Path latin1 = folder.resolve("latin1.json");
        Files.write(latin1, "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = folder.resolve("missing.json");

        Run run = run("validate", missing.toString(), folder.toString(), large.toString(),
                latin1.toString());

        assertEquals(1, run.exit);
        assertEquals(List.of(missing + ": no such file",
                folder + ": is a folder, not a pack file",
                large + ": is 3.0 MB; a pack is at most 2 MB",
                latin1 + ": is not UTF-8 text; save it as UTF-8",
                "0 of 4 files are valid packs"), run.out);
    }

    @Test
    void problemsCanBePrintedInSpanishOrFrench() {
        Path file = Corpus.ROOT.resolve("bad/rounds-too-many.json");

        Run spanish = run("validate", "--lang", "es", file.toString());
        Run french = run("validate", "--lang", "fr", file.toString());

        assertEquals(List.of(file + ": rounds: 3 está fuera del intervalo 1..2 (el número de"
                + " preguntas)"), spanish.out);
        assertEquals(List.of(file + ": rounds: 3 est hors de l'intervalle 1..2 (le nombre de"
                + " questions)"), french.out);
    }

    @Test
    void aCommandLineThatCannotBeUnderstoodExitsTwoWithUsage() {
        Run none = run();
        Run unknown = run("simulate-everything");
        Run noFiles = run("validate");
        Run badOption = run("validate", "--strict", "x.json");

        assertEquals(2, none.exit);
        assertTrue(none.err.contains("validate"), none.err);
        assertEquals(2, unknown.exit);
        assertTrue(unknown.err.startsWith("Unknown command \"simulate-everything\"."));
        assertEquals(2, noFiles.exit);
        assertEquals(2, badOption.exit);
        assertTrue(badOption.err.contains("--strict"), badOption.err);
    }

    @Test
    void helpListsTheCommandsAndSucceeds() {
        Run help = run("help");

        assertEquals(0, help.exit);
        assertTrue(help.out.stream().anyMatch(l -> l.trim().startsWith("validate ")), help.out
                .toString());
    }
}
