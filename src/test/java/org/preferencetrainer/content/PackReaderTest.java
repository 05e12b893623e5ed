package org.preferencetrainer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackReaderTest {
    /** A small valid pack; the tests break one thing in it at a time. */
    private static final String GOOD = "{'schemaVersion': 1, 'id': 'tiny', 'title': 'Tiny',"
            + " 'rounds': 1,"
            + " 'criteria': [{'id': 'clarity', 'label': 'Clarity'},"
            + "              {'id': 'warmth', 'label': 'Warmth'}],"
            + " 'questions': [{'id': 'q', 'prompt': 'Why?', 'responses': ["
            + "   {'id': 'q-1', 'text': 'Because.', 'scores': {'clarity': 0.2, 'warmth': 0.5}},"
            + "   {'id': 'q-2', 'text': 'Since.', 'scores': {'clarity': 0.9, 'warmth': 0.1}}]}]}";

    private static PackResult read(String json) {
        return PackReader.read(Packs.json(json.replace('\'', '"')));
    }

    private static List<String> problems(String json) {
        return read(json).problems().stream().map(PackProblem::toString)
                .collect(Collectors.toList());
    }

    @Test
    void smallValidPackIsRead() {
        PackResult result = read(GOOD);

        assertTrue(result.isValid(), result.problems().toString());
        Pack pack = result.pack();
        assertEquals("tiny", pack.id());
        assertEquals("en", pack.language());
        assertEquals(List.of("clarity", "warmth"),
                pack.criteria().stream().map(Criterion::id).collect(Collectors.toList()));
        assertEquals(0.9, pack.questions().get(0).responses().get(1).scores()[0]);
        assertEquals(1, pack.rounds());
    }

    @Test
    void shippedEnglishPackIsValidAndRich() {
        Pack pack = Packs.shipped("en");

        assertEquals(4, pack.criteria().size());
        assertTrue(pack.questions().size() >= 10, "at least 10 questions");
        for (Question question : pack.questions()) {
            assertTrue(question.responses().size() >= 4, question.id() + " has 4 responses");
        }
        assertTrue(pack.rounds() < pack.questions().size(),
                "a question is left unseen for the summary");
    }

    @Test
    void scoreOutsideRangeIsReportedWithItsPath() {
        List<String> problems = problems(GOOD.replace("'clarity': 0.9", "'clarity': 1.7"));

        assertEquals(List.of("questions[0].responses[1].scores.clarity: 1.7 is outside 0..1"),
                problems);
    }

    @Test
    void aScoreBeyondTheDoubleRangeIsNamedAsInfinity() {
        List<String> problems = problems(GOOD.replace("'clarity': 0.9", "'clarity': 1e400")
                .replace("'warmth': 0.1", "'warmth': -1e400"));

        assertEquals(List.of("questions[0].responses[1].scores.clarity: Infinity is outside 0..1",
                "questions[0].responses[1].scores.warmth: -Infinity is outside 0..1"), problems);
    }

    @Test
    void aLongSampleIsCutBeforeAnEmojiNotThroughIt() {
        String id = "x".repeat(36) + "\uD83D\uDE00 and more after it";

        List<String> problems = problems(GOOD.replace("'id': 'tiny'", "'id': '" + id + "'"));

        assertEquals(List.of("id: \"" + "x".repeat(36) + "...\" is not a valid id: use lowercase"
                + " letters, digits and hyphens, starting with a letter or digit, at most 64"
                + " characters"), problems);
    }

    @Test
    void everyProblemIsCollectedNotJustTheFirst() {
        String broken = GOOD.replace("'id': 'tiny'", "'id': 'Not An Id'")
                .replace("'clarity': 0.9, ", "")
                .replace("'text': 'Since.'", "'text': 7")
                .replace("'rounds': 1", "'rounds': 5");

        List<String> problems = problems(broken);

        assertEquals(List.of(
                "id: \"Not An Id\" is not a valid id: use lowercase letters, digits and hyphens,"
                        + " starting with a letter or digit, at most 64 characters",
                "questions[0].responses[1].text: must be text, not the number 7",
                "questions[0].responses[1].scores.clarity: is missing; every response scores"
                        + " every criterion",
                "rounds: 5 is outside 1..1 (the number of questions)"), problems);
        assertNull(read(broken).pack());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'id': 'q-2'|'id': 'q-1'|questions[0].responses[1].id: \"q-1\" is used more than once;"
                + " ids must be unique in a pack",
        "'schemaVersion': 1|'schemaVersion': 2|schemaVersion: version 2 is newer than this widget"
                + " knows (1); use a newer Preference Trainer",
        "'title': 'Tiny'|'title': ''|title: is empty",
        "'warmth': 0.1}|'warmth': 0.1, 'charm': 1}|questions[0].responses[1].scores.charm: is not"
                + " one of the pack's criteria",
    })
    void eachRuleNamesWhatAndWhere(String from, String to, String expected) {
        List<String> problems = problems(GOOD.replace(from, to));

        assertEquals(List.of(expected), problems);
    }

    @Test
    void packWithOneCriterionIsRefused() {
        String one = GOOD.replaceAll(",\\s*\\{'id': 'warmth', 'label': 'Warmth'}", "")
                .replace(", 'warmth': 0.5", "").replace(", 'warmth': 0.1", "");

        assertEquals(List.of("criteria: has 1 criterion; a pack needs from 2 to 8"), problems(one));
    }

    @Test
    void responsesThatAllScoreAlikeAreRefused() {
        String alike = GOOD.replace("'clarity': 0.9, 'warmth': 0.1", "'clarity': 0.2, 'warmth': 0.5");

        assertEquals(List.of("questions[0].responses: all responses have the same scores, so no"
                + " choice between them can teach the model anything"), problems(alike));
    }

    @Test
    void notAnObjectIsRefusedPlainly() {
        assertEquals(List.of("a pack must be a JSON object, not a list"), problems("[1, 2]"));
        assertFalse(read("[]").isValid());
    }

    @Test
    void roundsDefaultToEightOrTheNumberOfQuestions() {
        assertEquals(1, read(GOOD.replace("'rounds': 1,", "")).pack().rounds());
        assertEquals(8, Packs.shipped("en").rounds());
    }
}
