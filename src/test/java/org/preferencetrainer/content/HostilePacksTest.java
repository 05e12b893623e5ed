package org.preferencetrainer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preferencetrainer.Gen;
import org.preferencetrainer.Tries;
import org.preferencetrainer.cli.PackFile;

/**
 * Hostile packs on the JVM reader (Jackson, then PackReader): generated ones by the thousand,
 * and hand-made ones for each way a file can go wrong. None makes it throw or hang; each is
 * either a valid pack, a file refused with a reason, or a list of problems each of which names
 * a place that is really in the file and says what is wrong in all three languages.
 */
class HostilePacksTest {
    /** Reads files back as PackFile does: any depth, any length of name. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1 << 21)
                    .maxNameLength(1 << 21).build()).build());
    private static final List<JsonNode> BASES = HostilePacks.bases();
    /** Codes for something absent: their path names where it should be, not a value. */
    private static final Set<String> ABSENT = Set.of("missing", "scores.missing",
            "score.missing", "version.missing");
    private static final Path NAME = Path.of("hostile.json");

    private static Gen<List<HostilePacks.Mutation>> mutations() {
        Gen<Integer> targets = Gen.ints(0, 100_000);
        Gen<HostilePacks.Damage> damages = Gen.enumValues(HostilePacks.Damage.class);
        Gen<Integer> variants = Gen.ints(0, 999);
        Gen<HostilePacks.Mutation> mutation = random -> new HostilePacks.Mutation(
                targets.next(random), damages.next(random), variants.next(random));
        return mutation.list(1, 5);
    }

    @Test
    void everyGeneratedPackIsReadToAPackOrToProblemsThatEachNameARealPlace() {
        Tries.forAll(1500, Gen.ints(0, 99), mutations(),
                Gen.enumValues(HostilePacks.TextDamage.class), Gen.ints(0, 100_000),
                (base, mutations, textDamage, textVariant) -> {
            HostilePacks.Hostile hostile = HostilePacks.make(BASES.get(base % BASES.size()),
                    mutations, textDamage, textVariant);

            PackFile read = PackFile.parse(NAME, hostile.bytes());

            assertReadSensibly(read, hostile);
        });
    }

    /** What every hostile file must give: a pack, a reason, or problems that name places. */
    static void assertReadSensibly(PackFile read, HostilePacks.Hostile hostile)
            throws Exception {
        List<String> report = read.report(UiText.forLanguage("en"));
        if (read.result() == null) {
            assertEquals(1, report.size(), hostile.description());
            assertTrue(report.get(0).startsWith(NAME + ": ")
                    && report.get(0).length() > NAME.toString().length() + 10, report.get(0));
            return;
        }
        if (read.isValid()) {
            assertNotNull(read.pack());
            assertTrue(report.isEmpty());
            return;
        }
        List<PackProblem> problems = read.result().problems();
        assertFalse(problems.isEmpty(), hostile.description());
        JsonNode root = MAPPER.readTree(hostile.bytes());
        for (PackProblem problem : problems) {
            String where = hostile.description() + " -> " + problem;
            for (String language : List.of("en", "es", "fr")) {
                String message = problem.message(UiText.forLanguage(language));
                assertFalse(message.isBlank(), where);
            }
            List<Object> steps = ProblemPaths.steps(problem.path());
            JsonNode parent = ProblemPaths.resolve(root, steps.subList(0, Math.max(0,
                    steps.size() - 1)));
            assertNotNull(parent, "the parent of the path is in the file: " + where);
            if (!ABSENT.contains(problem.code())) {
                assertNotNull(ProblemPaths.resolve(root, steps), "the path is in the file: "
                        + where);
            }
        }
    }

    private static PackFile read(String text) {
        return PackFile.parse(NAME, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String minimal() throws Exception {
        return MAPPER.writeValueAsString(MAPPER.readTree(Corpus.ROOT.resolve("good/minimal.json")
                .toFile()));
    }

    private static String report(PackFile read) {
        return String.join("\n", read.report(UiText.forLanguage("en")));
    }

    @Test
    void aFileCutShortAnywhereIsRefusedAsNotJsonWithWhereItEnds() throws Exception {
        String pack = minimal();
        for (int end = 0; end < pack.length(); end++) {
            PackFile read = read(pack.substring(0, end));

            assertFalse(read.isValid(), "cut at " + end);
            String line = report(read);
            assertTrue(line.startsWith("hostile.json: ") && (line.contains("not valid JSON")
                    || line.contains("is empty")), line);
        }
    }

    @Test
    void aByteOrderMarkIsSkippedAsTheBrowserSkipsIt() throws Exception {
        byte[] text = ("\ufeff" + minimal()).getBytes(StandardCharsets.UTF_8);

        PackFile read = PackFile.parse(NAME, text);

        assertTrue(read.isValid(), report(read));
    }

    @Test
    void nestingAMillionLevelsDeepIsAProblemWithItsPlaceNotAStackOverflow() {
        // 2 MB of brackets: the deepest a pack within the size limit can nest
        String deep = HostilePacks.nested(1_000_000 - 10);
        String pack = "{\"schemaVersion\": 1, \"id\": \"deep\", \"title\": \"Deep\","
                + " \"criteria\": " + deep + "}";

        PackFile read = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(pack));

        // the same as the browser says: criteria is a list holding one list, not criteria
        assertEquals(List.of("hostile.json: criteria: has 1 criterion; a pack needs from 2 to 8",
                "hostile.json: criteria[0]: must be an object {...}, not a list",
                "hostile.json: questions: is missing"), read.report(UiText.forLanguage("en")));
    }

    @Test
    void aNumberLongerThanAThousandCharactersIsRefusedSayingWhy() {
        PackFile read = read("{\"schemaVersion\": 1,\n \"rounds\": " + "7".repeat(1001) + "}");

        assertEquals(List.of("hostile.json: a number longer than 1000"
                + " characters; no pack needs one so long"), read.report(UiText.forLanguage("en")));
    }

    @Test
    void aHugeTextAndHugeNumbersAreNamedWithShortSamples() {
        String pack = "{\"schemaVersion\": 1, \"id\": \"huge\", \"title\": \""
                + "é".repeat(900_000) + "\", \"rounds\": " + "9".repeat(400) + ","
                + " \"criteria\": [], \"questions\": [], \"passingScore\": 1e400}";

        PackFile read = read(pack);

        String report = report(read);
        assertTrue(report.contains("hostile.json: rounds: must be a whole number of at least 1,"
                + " not 1.0E400") || report.contains("hostile.json: rounds: "), report);
        assertTrue(report.contains("passingScore: "), report);
        assertTrue(report.length() < 2000, "no line repeats the huge values: " + report.length());
    }

    @Test
    void wrongTypesEverywhereEachGetTheirOwnProblem() throws Exception {
        String pack = "{\"schemaVersion\": \"1\", \"id\": 7, \"title\": [], \"language\": {},"
                + " \"rounds\": \"8\", \"criteria\": {}, \"questions\": \"none\", \"quiz\": 1,"
                + " \"passingScore\": \"half\", \"ui\": []}";

        PackFile read = read(pack);

        List<PackProblem> problems = read.result().problems();
        List<String> paths = problems.stream().map(PackProblem::path).toList();
        assertEquals(List.of("schemaVersion", "id", "title", "language", "criteria",
                "questions", "rounds", "quiz", "passingScore", "ui"), paths, report(read));
    }

    @Test
    void duplicateIdsAndUnknownFieldsWithAwkwardNamesAreEachNamed() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(minimal());
        for (String key : HostilePacks.AWKWARD_KEYS) {
            root.put(key, 1);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.at("/questions/0/responses/1"))
                .put("id", root.at("/questions/0/responses/0/id").asText());

        PackFile read = read(mapper.writeValueAsString(root));

        HostilePacks.Hostile hostile = new HostilePacks.Hostile("awkward keys",
                mapper.writeValueAsBytes(root));
        assertReadSensibly(read, hostile);
        long unknown = read.result().problems().stream()
                .filter(p -> p.code().equals("unknown-field")).count();
        assertEquals(HostilePacks.AWKWARD_KEYS.size(), unknown, report(read));
        assertTrue(read.result().problems().stream().anyMatch(p -> p.code()
                .equals("id.duplicate")), report(read));
    }

    @Test
    void fieldNamesThatAreNumbersComeFirstAsInTheBrowser() throws Exception {
        String pack = minimal();
        pack = pack.substring(0, pack.length() - 1) + ", \"zzz\": 1, \"12\": 2, \"b\": 3,"
                + " \"3\": 4, \"007\": 5, \"4294967295\": 6}";

        PackFile read = read(pack);

        List<String> paths = read.result().problems().stream().map(PackProblem::path).toList();
        // JavaScript's own order: array indexes ascending, then the rest as written
        assertEquals(List.of("3", "12", "zzz", "b", "007", "4294967295"), paths);
    }
}
