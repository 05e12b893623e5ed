package org.preferencetrainer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.preferencetrainer.cli.PackFile;

/**
 * The published JSON Schema, run by a real validator, against the Java rules: on every shipped
 * pack and every corpus pack the schema accepts exactly what Java accepts, except where the
 * only problems are those no schema can state (they need one part of the pack compared with
 * another); and it names the same fields and UI keys the Java code knows.
 */
class PackSchemaTest {
    static final Path SCHEMA = Packs.contentDir().resolve("schema/content-pack.schema.json");

    /** Rules a JSON Schema cannot state: each compares one part of a pack with another. */
    static final Set<String> BEYOND_SCHEMA = Set.of("id.duplicate", "score.missing",
            "score.unknown", "rounds.range", "responses.alike");

    private static final Schema VALIDATOR = load();

    private static Schema load() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Path> packs() {
        return Stream.of(Corpus.shipped(), Corpus.good(), Corpus.bad())
                .flatMap(List::stream);
    }

    private static List<Error> validate(Path file) throws Exception {
        return VALIDATOR.validate(Files.readString(file), InputFormat.JSON);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void theSchemaAndTheJavaRulesGiveTheSameVerdict(Path file) throws Exception {
        PackFile read = PackFile.read(file);
        List<Error> errors = validate(file);

        List<PackProblem> problems = read.result().problems();
        boolean schemaCanSee = problems.stream().anyMatch(p -> !BEYOND_SCHEMA.contains(p.code()));
        assertEquals(schemaCanSee, !errors.isEmpty(), file + ": Java finds " + problems
                + "; the schema finds " + errors);
        if (read.isValid()) {
            assertEquals(List.of(), errors);
        }
    }

    @ParameterizedTest
    @MethodSource("packs")
    void whereTheSchemaObjectsJavaFindsAProblemThereOrInside(Path file) throws Exception {
        List<PackProblem> problems = PackFile.read(file).result().problems();
        List<String> javaPaths = problems.stream().map(PackProblem::path)
                .collect(Collectors.toList());
        // a newer version is reported alone: what its other fields mean is not this format's
        boolean newer = problems.stream().anyMatch(p -> p.code().equals("version.newer"));

        for (Error error : newer ? List.<Error>of() : validate(file)) {
            String at = path(error.getInstanceLocation().toString());
            assertTrue(javaPaths.stream().anyMatch(p -> p.equals(at) || p.startsWith(at + ".")
                    || p.startsWith(at + "[") || at.isEmpty()),
                    file + ": the schema objects at \"" + at + "\" (" + error.getMessage()
                            + ") but Java's problems are at " + javaPaths);
        }
    }

    /** The validator's JSON Pointer, {@code /questions/0/id}, as a problem's path. */
    private static String path(String pointer) {
        String path = "";
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String key = segment.replace("~1", "/").replace("~0", "~");
            path = key.matches("\\d+") ? path + "[" + key + "]" : PackReader.member(path, key);
        }
        return path;
    }

    @Test
    void theSchemaNamesTheFieldsTheReaderKnows() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        JsonNode defs = schema.get("$defs");

        assertEquals(PackReader.PACK_FIELDS, names(schema));
        assertEquals(PackReader.CRITERION_FIELDS, names(defs.get("criterion")));
        assertEquals(PackReader.QUESTION_FIELDS, names(defs.get("question")));
        assertEquals(PackReader.RESPONSE_FIELDS, names(defs.get("response")));
        assertEquals(PackReader.QUIZ_FIELDS, names(defs.get("quizQuestion")));
        assertEquals(PackReader.CHOICE_FIELDS, names(defs.get("choice")));
        assertEquals(UiText.overridableKeys(), names(schema.get("properties").get("ui")));
        assertEquals(PackReader.MIN_CRITERIA,
                schema.get("properties").get("criteria").get("minItems").intValue());
        assertEquals(PackReader.MAX_CRITERIA,
                schema.get("properties").get("criteria").get("maxItems").intValue());
        assertEquals(Pack.SCHEMA_VERSION,
                schema.get("properties").get("schemaVersion").get("const").intValue());
    }

    private static List<String> names(JsonNode objectSchema) {
        List<String> names = new ArrayList<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
