package org.preferencetrainer.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared test corpus under src/test/resources/packs: {@code good/} holds valid packs,
 * {@code bad/} packs that break rules, each beside a {@code .expected} file listing its
 * problems as {@code PATH: MESSAGE} in English, and {@code broken/} files that are not JSON.
 * The JVM reader, the command line, the JSON Schema and both browser builds are all held to it.
 */
public final class Corpus {
    /** The corpus folder; the browser tests serve it as /packs/. */
    public static final Path ROOT = Path.of("src/test/resources/packs");

    private Corpus() {
    }

    public static List<Path> good() {
        return list("good");
    }

    public static List<Path> bad() {
        return list("bad");
    }

    public static List<Path> broken() {
        return list("broken");
    }

    /** The shipped packs: content/*.json. */
    public static List<Path> shipped() {
        try (Stream<Path> files = Files.list(Packs.contentDir())) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bad pack's problems as its .expected file lists them: {@code PATH: MESSAGE}. */
    public static List<String> expected(Path badPack) {
        String name = badPack.getFileName().toString().replace(".json", ".expected");
        try {
            return Files.readAllLines(badPack.resolveSibling(name), StandardCharsets.UTF_8)
                    .stream().filter(line -> !line.isBlank()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("No expectations for " + badPack, e);
        }
    }

    /** The file's path from the corpus root, with forward slashes: {@code bad/rounds-zero.json}. */
    public static String name(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }

    private static List<Path> list(String folder) {
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            List<Path> packs = files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList());
            if (packs.isEmpty()) {
                throw new IllegalStateException("The corpus folder " + folder + " is empty");
            }
            return packs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
