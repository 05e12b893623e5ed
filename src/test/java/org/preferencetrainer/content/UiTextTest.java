package org.preferencetrainer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UiTextTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static Map<String, String> table(String[][] entries) {
        Map<String, String> map = new TreeMap<>();
        for (String[] entry : entries) {
            assertEquals(null, map.put(entry[0], entry[1]), "key given twice: " + entry[0]);
        }
        return map;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr"})
    void everyLanguageSaysEverythingWithTheSamePlaceholders(String language) {
        Map<String, String> english = table(EnglishText.TEXTS);
        Map<String, String> other = table(language.equals("es")
                ? SpanishText.TEXTS : FrenchText.TEXTS);

        // the singular forms follow each language's grammar, so only the others must match
        Set<String> englishKeys = new TreeSet<>(english.keySet());
        Set<String> otherKeys = new TreeSet<>(other.keySet());
        englishKeys.removeIf(key -> key.endsWith(".one"));
        otherKeys.removeIf(key -> key.endsWith(".one"));
        assertEquals(englishKeys, otherKeys);
        for (Map.Entry<String, String> entry : other.entrySet()) {
            String base = entry.getKey().replaceFirst("\\.one$", "");
            assertTrue(english.containsKey(base), entry.getKey() + " has no English form");
            assertEquals(placeholders(english.get(base)), placeholders(entry.getValue()),
                    language + " " + entry.getKey());
            assertFalse(entry.getValue().isBlank(), entry.getKey());
        }
    }

    @Test
    void aProblemIsSaidInTheLearnersLanguage() {
        PackProblem problem = new PackProblem("questions[2].responses[0].scores.clarity",
                "out-of-range", "1.7");

        assertEquals("questions[2].responses[0].scores.clarity: 1.7 is outside 0..1",
                problem.describe(UiText.forLanguage("en")));
        assertEquals("questions[2].responses[0].scores.clarity: 1.7 está fuera del intervalo"
                + " 0..1", problem.describe(UiText.forLanguage("es")));
        assertEquals("questions[2].responses[0].scores.clarity: 1.7 est hors de l'intervalle"
                + " 0..1", problem.describe(UiText.forLanguage("fr")));
    }

    @Test
    void aPhraseInsideAPhraseIsSaidInTheSameLanguage() {
        PackProblem problem = new PackProblem("title", "not-text",
                Phrase.of("found.number", "7"));

        assertEquals("must be text, not the number 7", problem.message());
        assertEquals("debe ser texto, no el número 7",
                problem.message(UiText.forLanguage("es")));
        assertEquals("doit être du texte, pas le nombre 7",
                problem.message(UiText.forLanguage("fr")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|1|has 1 criterion; a pack needs from 2 to 8",
        "en|0|has 0 criteria; a pack needs from 2 to 8",
        "es|1|tiene 1 criterio; un paquete necesita entre 2 y 8",
        "es|9|tiene 9 criterios; un paquete necesita entre 2 y 8",
        "fr|1|compte 1 critère\u00a0; un pack en demande de 2 à 8",
        "fr|0|compte 0 critère\u00a0; un pack en demande de 2 à 8",
        "fr|9|compte 9 critères\u00a0; un pack en demande de 2 à 8",
    })
    void countsTakeTheLanguagesSingularAndPlural(String language, int count, String expected) {
        PackProblem problem = new PackProblem("criteria", "criteria.count", count, 2, 8);

        assertEquals(expected, problem.message(UiText.forLanguage(language)));
    }

    @ParameterizedTest
    @CsvSource({"es,es", "es-MX,es", "FR-ca,fr", "fr,fr", "de,en", "pt-BR,en", "'',en"})
    void aLanguageTagPicksTheWidgetsLanguageByItsPrimarySubtag(String tag, String expected) {
        assertEquals(expected, UiText.forLanguage(tag).language());
    }

    @Test
    void noLanguageMeansEnglish() {
        assertEquals("en", UiText.forLanguage(null).language());
        assertEquals("Start", UiText.english().get("start"));
    }

    @Test
    void aPacksOverridesWinOverTheLanguagesDefaults() {
        Pack pack = Packs.pack(Corpus.ROOT.resolve("good/tres-criterios-es.json"));

        UiText text = UiText.forPack(pack);

        assertEquals("es", text.language());
        assertEquals("Comenzar", text.get("start"), "the pack's own word");
        assertEquals("Ronda 2 de 3", text.get("round", 2, 3), "the language's default");
        assertEquals("Comenzar", UiText.forPack(pack, "fr").get("start"));
        assertEquals("Tour 2 / 3", UiText.forPack(pack, "fr").get("round", 2, 3),
                "the host's language wins over the pack's");
    }

    @Test
    void argumentsAreFilledInOnceSoTheirOwnBracesStay() {
        UiText text = UiText.english();

        assertEquals("Round {1} / 8", text.get("round", "{1}", 8));
    }

    @Test
    void onlyLearnerFacingTextsCanBeOverridden() {
        assertTrue(UiText.isOverridable("start"));
        assertFalse(UiText.isOverridable("problem.missing"));
        assertFalse(UiText.isOverridable("error.title"));
        assertFalse(UiText.isOverridable("found.list"));
        assertFalse(UiText.isOverridable("error.pack.one"));
        assertFalse(UiText.isOverridable("no.such.key"));
    }

    @Test
    void anUnknownKeyIsAProgrammingMistake() {
        assertThrows(IllegalArgumentException.class, () -> UiText.english().get("no.such.key"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "fr    | es    | en-GB | fr",
        "null  | es    | fr    | es",
        "null  | null  | fr-CA | fr",
        "de    | null  | es-MX | es",
        "de    | pt-BR | ja    | en",
        "null  | null  | null  | en",
    })
    void theLearnersLanguageIsTheFirstSpokenOfLangPackAndBrowser(String lang, String pack,
            String browser, String expected) {
        assertEquals(expected, UiText.firstSpoken(java.util.Arrays.asList(lang, pack, browser)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | 0.734  | 73%",
        "en | 0.736  | 74%",
        "es | 0.5    | 50\u00a0%",
        "fr | 1      | 100\u00a0%",
        "fr | 0.004  | 0\u00a0%",
    })
    void aPercentageIsWrittenAsTheLanguageWritesIt(String language, double share,
            String expected) {
        assertEquals(expected, UiText.forLanguage(language).percent(share));
    }

    @Test
    void wordsHandedOverAsATableSpeakAsTheBundledOnesDo() {
        UiText handed = UiText.of("fr", UiText.bundled("fr"), Map.of("start", "Allons-y"));
        UiText bundled = UiText.forLanguage("fr");

        assertEquals("fr", handed.language());
        assertEquals(bundled.get("round", 3, 8), handed.get("round", 3, 8));
        assertEquals(bundled.percent(0.55), handed.percent(0.55));
        assertEquals("Allons-y", handed.get("start"));
    }

    @Test
    void aKeyTheHandedTableLacksKeepsItsEnglishWords() {
        UiText partial = UiText.of("es", new String[][] {{"start", "Empezar"}}, Map.of());

        assertEquals("Empezar", partial.get("start"));
        assertEquals(UiText.english().get("choose"), partial.get("choose"));
    }

    @Test
    void wordsInALanguageTheWidgetDoesNotSpeakAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> UiText.of("de", new String[0][], Map.of()));

        assertTrue(refused.getMessage().contains("\"de\""), refused.getMessage());
        assertEquals(null, UiText.bundled("en"));
    }
}
