package org.preferencetrainer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.preferencetrainer.content.Ascii;
import org.preferencetrainer.content.JsonValue;

/**
 * Where and as whom to report: the LRS endpoint, its Authorization header, the learner (the
 * xAPI actor), the registration and the activity id. It comes from one of three places, read
 * by {@link #read}: the element's attributes, a TinCan launch (query parameters {@code endpoint},
 * {@code auth}, {@code actor}, {@code registration}, {@code activity_id}), or a cmi5 launch
 * ({@code endpoint}, {@code fetch}, {@code actor}, {@code registration}, {@code activityId}),
 * whose Authorization comes later from the fetch URL.
 *
 * <p>The Authorization header is a credential: {@link #toString()} leaves it out, and nothing
 * in this package writes it anywhere.
 */
public final class Launch {
    /** Where the settings came from. */
    public enum Source {
        ATTRIBUTES("the element's attributes"),
        TINCAN("the page's TinCan launch parameters"),
        CMI5("the page's cmi5 launch parameters");

        private final String description;

        Source(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Source source;
    private final String endpoint;
    private final String auth;
    private final Json actor;
    private final String registration;
    private final String activityId;
    private final String fetchUrl;

    private Launch(Source source, String endpoint, String auth, Json actor, String registration,
            String activityId, String fetchUrl) {
        this.source = source;
        this.endpoint = endpoint;
        this.auth = auth;
        this.actor = actor;
        this.registration = registration;
        this.activityId = activityId;
        this.fetchUrl = fetchUrl;
    }

    /** A launch read, or the problems that stopped it, each naming the setting and source. */
    public static final class Result {
        private final Launch launch;
        private final List<String> problems;

        Result(Launch launch, List<String> problems) {
            this.launch = launch;
            this.problems = List.copyOf(problems);
        }

        /** The launch; null when there is nothing to report to, or when problems stopped it. */
        public Launch launch() {
            return launch;
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * Reads the settings: the element's attributes when they name an endpoint, otherwise the
     * page's launch parameters (cmi5 when they hold {@code fetch}). No endpoint anywhere gives
     * an empty result: the widget then reports nothing.
     *
     * @param attributes the element's settings: endpoint, auth, actor, registration,
     *     activity-id (missing ones absent or null)
     * @param query the page's decoded query parameters
     * @param parse parses JSON text (the actor), throwing IllegalArgumentException with the
     *     parser's message for bad text
     * @param defaultActivityId the activity id where the attributes give none
     */
    public static Result read(Map<String, String> attributes, Map<String, String> query,
            Function<String, JsonValue> parse, String defaultActivityId) {
        if (present(attributes.get("endpoint"))) {
            return new Reader(Source.ATTRIBUTES, attributes, parse).read("activity-id",
                    defaultActivityId);
        }
        if (present(query.get("endpoint"))) {
            boolean cmi5 = query.containsKey("fetch");
            return new Reader(cmi5 ? Source.CMI5 : Source.TINCAN, query, parse)
                    .read(cmi5 ? "activityId" : "activity_id", null);
        }
        return new Result(null, List.of());
    }

    private static boolean present(String value) {
        return value != null && !value.trim().isEmpty();
    }

    /** One source's settings being checked; collects every problem before giving up. */
    private static final class Reader {
        private final Source source;
        private final Map<String, String> values;
        private final Function<String, JsonValue> parse;
        private final List<String> problems = new ArrayList<>();

        Reader(Source source, Map<String, String> values, Function<String, JsonValue> parse) {
            this.source = source;
            this.values = values;
            this.parse = parse;
        }

        Result read(String activityKey, String defaultActivityId) {
            String endpoint = url("endpoint", values.get("endpoint"));
            String fetchUrl = source == Source.CMI5 ? url("fetch", values.get("fetch")) : null;
            String auth = source == Source.CMI5 ? null : blankToNull(values.get("auth"));
            Json actor = actor(values.get("actor"));
            String registration = registration(values.get("registration"));
            String activityId = blankToNull(values.get(activityKey));
            if (activityId == null) {
                activityId = defaultActivityId;
            }
            if (activityId == null) {
                problem(activityKey, "is missing; it names the activity in every statement");
            } else if (!isIri(activityId)) {
                problem(activityKey, "\"" + activityId + "\" is not an IRI such as"
                        + " https://example.org/activities/rlhf");
            }
            if (source == Source.CMI5 && registration == null && problems.isEmpty()) {
                problem("registration", "is missing; a cmi5 launch always gives one");
            }
            if (!problems.isEmpty()) {
                return new Result(null, problems);
            }
            return new Result(new Launch(source, endpoint, auth, actor, registration, activityId,
                    fetchUrl), List.of());
        }

        private void problem(String key, String message) {
            problems.add(source == Source.ATTRIBUTES
                    ? "attribute " + key + " " + message
                    : "launch parameter " + key + " (" + source.description() + ") " + message);
        }

        /** An absolute http(s) URL; the endpoint gets a trailing slash. */
        private String url(String key, String value) {
            String url = blankToNull(value);
            if (url == null) {
                problem(key, "is missing");
                return null;
            }
            String lower = Ascii.lower(url);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                problem(key, "\"" + url + "\" is not an http or https URL");
                return null;
            }
            return key.equals("endpoint") && !url.endsWith("/") ? url + "/" : url;
        }

        private String registration(String value) {
            String registration = blankToNull(value);
            if (registration != null && !Uuid.isUuid(registration)) {
                problem("registration", "\"" + registration + "\" is not a UUID");
                return null;
            }
            return registration == null ? null : Ascii.lower(registration);
        }

        /**
         * The actor as an xAPI Agent. TinCan launches from older systems write each property
         * as a one-item array ({@code "mbox": ["mailto:..."]}, {@code "account":
         * [{"accountServiceHomePage": ..., "accountName": ...}]}); those are read too.
         */
        private Json actor(String text) {
            if (blankToNull(text) == null) {
                problem("actor", "is missing; it says who the learner is");
                return null;
            }
            JsonValue parsed;
            try {
                parsed = parse.apply(text);
            } catch (IllegalArgumentException e) {
                problem("actor", "is not JSON: " + e.getMessage());
                return null;
            }
            if (parsed.kind() != JsonValue.Kind.OBJECT) {
                problem("actor", "must be a JSON object, such as {\"mbox\":"
                        + " \"mailto:learner@example.org\"}");
                return null;
            }
            Json agent = Json.object().put("objectType", "Agent");
            String name = first(parsed.get("name"));
            if (name != null) {
                agent.put("name", name);
            }
            String mbox = first(parsed.get("mbox"));
            String sha1 = first(parsed.get("mbox_sha1sum"));
            String openid = first(parsed.get("openid"));
            JsonValue account = parsed.get("account");
            if (account != null && account.kind() == JsonValue.Kind.ARRAY && account.size() > 0) {
                account = account.at(0);
            }
            if (mbox != null) {
                agent.put("mbox", mbox.startsWith("mailto:") ? mbox : "mailto:" + mbox);
            } else if (sha1 != null) {
                agent.put("mbox_sha1sum", sha1);
            } else if (openid != null) {
                agent.put("openid", openid);
            } else if (account != null && account.kind() == JsonValue.Kind.OBJECT) {
                String home = first(account.get("homePage"));
                String accountName = first(account.get("name"));
                if (home == null) {
                    home = first(account.get("accountServiceHomePage"));
                    accountName = first(account.get("accountName"));
                }
                if (home == null || accountName == null) {
                    problem("actor", "has an account without both homePage and name");
                    return null;
                }
                agent.put("account", Json.object().put("homePage", home)
                        .put("name", accountName));
            } else {
                problem("actor", "names no learner: it needs mbox, mbox_sha1sum, openid or"
                        + " account");
                return null;
            }
            return agent;
        }

        /** A string, or the first item of an array of strings; null otherwise. */
        private static String first(JsonValue value) {
            if (value != null && value.kind() == JsonValue.Kind.ARRAY && value.size() > 0) {
                value = value.at(0);
            }
            return value != null && value.kind() == JsonValue.Kind.STRING
                    ? blankToNull(value.asString()) : null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    /** An IRI needs a scheme: letters, then a colon, then something. */
    static boolean isIri(String text) {
        int colon = text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1 || text.indexOf(' ') >= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The same launch with the Authorization header a cmi5 fetch URL handed out. */
    public Launch withAuth(String authToken) {
        return new Launch(source, endpoint, authToken, actor, registration, activityId, fetchUrl);
    }

    public Source source() {
        return source;
    }

    public boolean isCmi5() {
        return source == Source.CMI5;
    }

    /** The LRS's base URL, ending in a slash. */
    public String endpoint() {
        return endpoint;
    }

    /** The Authorization header value; null when there is none (yet). Never log it. */
    public String auth() {
        return auth;
    }

    /** The learner as an xAPI Agent. */
    public Json actor() {
        return actor;
    }

    /** The registration UUID, in lower case; null when the launch gives none. */
    public String registration() {
        return registration;
    }

    public String activityId() {
        return activityId;
    }

    /** The cmi5 fetch URL; null for other launches. */
    public String fetchUrl() {
        return fetchUrl;
    }

    /** The statements URL of the LRS. */
    public String statementsUrl() {
        return endpoint + "statements";
    }

    /**
     * The key of the statement queue in storage: one queue an activity and registration, so a
     * relaunch of the same registration sends what an earlier visit left behind.
     */
    public String queueKey() {
        return "preference-trainer.xapi." + activityId + "."
                + (registration == null ? "none" : registration);
    }

    @Override
    public String toString() {
        // no credentials here: this may end up in a log
        return "Launch[" + source + " " + endpoint + " activity " + activityId + " registration "
                + registration + (auth == null ? "" : " with auth") + "]";
    }
}
