package org.preferencetrainer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.preferencetrainer.cli.JacksonJson;
import org.preferencetrainer.cli.PackFile;

/**
 * The corpus on the JVM: every bad pack gives exactly the problems its .expected file lists,
 * every good and shipped pack is read, and Jackson, through the pack classes' annotations,
 * reads the same packs to equal objects and writes them back to what PackReader reads again.
 */
class PackCorpusTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Path> badPacks() {
        return Corpus.bad().stream();
    }

    static Stream<Path> validPacks() {
        return Stream.concat(Corpus.good().stream(), Corpus.shipped().stream());
    }

    @ParameterizedTest
    @MethodSource("badPacks")
    void eachBadPackGivesTheProblemsItsExpectationsList(Path file) {
        PackFile read = PackFile.read(file);

        assertFalse(read.isValid());
        assertNull(read.pack());
        List<String> problems = read.result().problems().stream().map(PackProblem::toString)
                .collect(Collectors.toList());
        assertEquals(Corpus.expected(file), problems, Corpus.name(file));
    }

    @ParameterizedTest
    @MethodSource("validPacks")
    void jacksonReadsEachValidPackToTheObjectPackReaderGives(Path file) throws Exception {
        Pack read = Packs.pack(file);

        Pack bound = MAPPER.readValue(file.toFile(), Pack.class);

        assertEquals(read, bound, file.toString());
        assertEquals(read.hashCode(), bound.hashCode());
    }

    @ParameterizedTest
    @MethodSource("validPacks")
    void aPackWrittenOutByJacksonReadsBackEqual(Path file) throws Exception {
        Pack pack = Packs.pack(file);

        JsonNode written = MAPPER.valueToTree(pack);
        PackResult again = PackReader.read(new JacksonJson(written));

        assertTrue(again.isValid(), again.problems().toString());
        assertEquals(pack, again.pack());
        assertEquals(Pack.SCHEMA_VERSION, written.get("schemaVersion").intValue());
        assertEquals(pack.rounds(), written.get("rounds").intValue(), "defaults are written");
    }

    @ParameterizedTest
    @MethodSource("badPacks")
    void everyProblemIsCollectedWithAPathAndAMessage(Path file) throws Exception {
        PackResult result = PackFile.read(file).result();

        for (PackProblem problem : result.problems()) {
            assertFalse(problem.message().isBlank(), problem.code());
            assertFalse(problem.message().matches(".*\\{\\d+}.*"),
                    "a placeholder was left: " + problem);
            boolean wholePack = problem.code().equals("pack.not-object");
            assertEquals(wholePack, problem.path().isEmpty(), problem.toString());
        }
        assertTrue(Files.readString(file).length() > 0);
    }
}
