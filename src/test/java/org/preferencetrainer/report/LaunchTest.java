package org.preferencetrainer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.preferencetrainer.content.JsonValue;
import org.preferencetrainer.content.Packs;

class LaunchTest {
    static final String REGISTRATION = "9f2f1a52-3d0b-4c7e-9f57-4b1c2d3e4f50";
    static final String ACTOR = "{\"name\":\"Ada\",\"mbox\":\"mailto:ada@example.org\"}";

    static JsonValue parse(String text) {
        try {
            return Packs.json(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unexpected character", e);
        }
    }

    static Map<String, String> tinCan() {
        Map<String, String> query = new HashMap<>();
        query.put("endpoint", "http://127.0.0.1:8081/xAPI");
        query.put("auth", "Basic a2V5OnNlY3JldA==");
        query.put("actor", ACTOR);
        query.put("registration", REGISTRATION.toUpperCase());
        query.put("activity_id", "https://example.org/activities/rlhf");
        return query;
    }

    private static Launch.Result read(Map<String, String> attributes, Map<String, String> query) {
        return Launch.read(attributes, query, LaunchTest::parse, "https://example.org/page");
    }

    @Test
    void aTinCanLaunchGivesEndpointAuthActorRegistrationAndActivity() {
        Launch launch = read(Map.of(), tinCan()).launch();

        assertEquals(Launch.Source.TINCAN, launch.source());
        assertEquals("http://127.0.0.1:8081/xAPI/", launch.endpoint());
        assertEquals("http://127.0.0.1:8081/xAPI/statements", launch.statementsUrl());
        assertEquals("Basic a2V5OnNlY3JldA==", launch.auth());
        assertEquals("{\"objectType\":\"Agent\",\"name\":\"Ada\",\"mbox\":\"mailto:ada@example.org\"}",
                launch.actor().toString());
        assertEquals(REGISTRATION, launch.registration(), "registrations are kept in lower case");
        assertEquals("https://example.org/activities/rlhf", launch.activityId());
        assertFalse(launch.isCmi5());
    }

    @Test
    void aCmi5LaunchHasAFetchUrlAndNoAuthYet() {
        Map<String, String> query = tinCan();
        query.remove("auth");
        query.remove("activity_id");
        query.put("fetch", "http://127.0.0.1:9000/fetch?token=1");
        query.put("activityId", "https://example.org/au/1");

        Launch launch = read(Map.of(), query).launch();

        assertTrue(launch.isCmi5());
        assertEquals("http://127.0.0.1:9000/fetch?token=1", launch.fetchUrl());
        assertNull(launch.auth());
        assertEquals("https://example.org/au/1", launch.activityId());
        assertEquals("Basic abc", launch.withAuth("Basic abc").auth());
    }

    @Test
    void attributesWinOverTheLaunchAndDefaultTheActivityId() {
        Map<String, String> attributes = Map.of("endpoint", "https://lrs.example.org/data/xAPI/",
                "actor", "{\"account\":{\"homePage\":\"https://lms.example.org\",\"name\":\"42\"}}");

        Launch launch = read(attributes, tinCan()).launch();

        assertEquals(Launch.Source.ATTRIBUTES, launch.source());
        assertEquals("https://lrs.example.org/data/xAPI/", launch.endpoint());
        assertNull(launch.auth());
        assertNull(launch.registration());
        assertEquals("https://example.org/page", launch.activityId());
        assertEquals("{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lms.example.org\","
                + "\"name\":\"42\"}}", launch.actor().toString());
    }

    @Test
    void anOldTinCanActorWithArraysIsRead() {
        Map<String, String> query = tinCan();
        query.put("actor", "{\"name\":[\"Ada\"],\"account\":[{\"accountServiceHomePage\":"
                + "\"https://lms.example.org\",\"accountName\":\"7\"}],\"objectType\":\"Agent\"}");

        Launch launch = read(Map.of(), query).launch();

        assertEquals("{\"objectType\":\"Agent\",\"name\":\"Ada\",\"account\":{\"homePage\":"
                + "\"https://lms.example.org\",\"name\":\"7\"}}", launch.actor().toString());
    }

    @Test
    void withoutAnEndpointNothingIsReported() {
        Launch.Result result = read(Map.of(), Map.of("seed", "4"));

        assertNull(result.launch());
        assertTrue(result.problems().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "endpoint|ftp://lrs|launch parameter endpoint (the page's TinCan launch parameters)"
                + " \"ftp://lrs\" is not an http or https URL",
        "actor|{\"name\":\"Ada\"}|launch parameter actor (the page's TinCan launch parameters)"
                + " names no learner: it needs mbox, mbox_sha1sum, openid or account",
        "actor|{oops|launch parameter actor (the page's TinCan launch parameters) is not JSON:"
                + " unexpected character",
        "actor|[1]|launch parameter actor (the page's TinCan launch parameters) must be a JSON"
                + " object, such as {\"mbox\": \"mailto:learner@example.org\"}",
        "registration|42|launch parameter registration (the page's TinCan launch parameters)"
                + " \"42\" is not a UUID",
        "activity_id|rlhf lesson|launch parameter activity_id (the page's TinCan launch"
                + " parameters) \"rlhf lesson\" is not an IRI such as"
                + " https://example.org/activities/rlhf",
    })
    void badSettingsAreNamedWithWhereTheyCameFrom(String key, String value, String problem) {
        Map<String, String> query = tinCan();
        query.put(key, value);

        Launch.Result result = read(Map.of(), query);

        assertNull(result.launch());
        assertEquals(List.of(problem), result.problems());
    }

    @Test
    void theCredentialNeverAppearsInTheLaunchsText() {
        Launch launch = read(Map.of(), tinCan()).launch();

        assertFalse(launch.toString().contains("a2V5OnNlY3JldA"), launch.toString());
        assertFalse(launch.queueKey().contains("a2V5OnNlY3JldA"), launch.queueKey());
        assertEquals("preference-trainer.xapi.https://example.org/activities/rlhf." + REGISTRATION,
                launch.queueKey());
    }
}
