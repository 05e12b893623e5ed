package org.preferencetrainer.report;

import java.util.List;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Question;
import org.preferencetrainer.content.QuizQuestion;
import org.preferencetrainer.content.Response;
import org.preferencetrainer.session.Choice;
import org.preferencetrainer.session.QuizScore;

/**
 * Builds the xAPI 1.0.3 statements of a lesson. Every statement carries a fresh UUID, a
 * timestamp with the learner's UTC offset, the actor and, where the launch gives one, the
 * registration. Statements about one comparison or quiz question have an activity of their own
 * (a {@code cmi.interaction} of type {@code choice}) whose parent is the lesson's activity.
 *
 * <p>In a cmi5 launch the context starts from the LMS's {@code contextTemplate}, and the
 * statements cmi5 defines (initialized, completed, passed, failed, terminated) carry the cmi5
 * category, with the moveOn category on completed, passed and failed.
 */
public final class StatementBuilder {
    public static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";
    static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
    static final String LESSON = "http://adlnet.gov/expapi/activities/lesson";
    static final String CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    static final String MOVE_ON_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    static final String MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

    private final Launch launch;
    private final LaunchData launchData;
    private final Pack pack;
    private final Stamps stamps;

    /** {@code launchData} is null outside cmi5 launches. */
    public StatementBuilder(Launch launch, LaunchData launchData, Pack pack, Stamps stamps) {
        this.launch = launch;
        this.launchData = launchData;
        this.pack = pack;
        this.stamps = stamps;
    }

    public Statement initialized() {
        return build("initialized", lesson(), null, true, false);
    }

    /** A new attempt at the lesson: the learner pressed Start or Restart. */
    public Statement attempted() {
        return build("attempted", lesson(), null, false, false);
    }

    /**
     * The learner preferred one response of a comparison: the question is the activity, the
     * two responses shown are its choices (A first), and the response is the preferred one's
     * id from the pack.
     */
    public Statement interacted(Choice choice) {
        return interacted(choice.pair().question(), choice.pair().responseA(),
                choice.pair().responseB(), choice.chosen());
    }

    /**
     * As {@link #interacted(Choice)}, from the indexes in the pack: of the question, of the
     * responses shown as A and B, and of the one preferred.
     */
    public Statement interacted(int questionIndex, int responseA, int responseB, int chosen) {
        Question question = pack.questions().get(questionIndex);
        Json choices = Json.array();
        choices.add(choice(question.responses().get(responseA)));
        choices.add(choice(question.responses().get(responseB)));
        Json definition = interaction(question.prompt()).put("choices", choices);
        Json object = activity(child("question/" + question.id()), definition);
        Json result = Json.object().put("response", question.responses().get(chosen).id());
        return build("interacted", object, result, false, false);
    }

    /** The learner answered quiz question {@code question} with choice {@code picked}. */
    public Statement answered(QuizQuestion question, int picked) {
        Json choices = Json.array();
        String correct = null;
        for (QuizQuestion.Choice option : question.choices()) {
            choices.add(Json.object().put("id", option.id())
                    .put("description", text(option.text())));
            if (option.correct()) {
                correct = option.id();
            }
        }
        Json definition = interaction(question.prompt()).put("choices", choices)
                .put("correctResponsesPattern", Json.array().add(correct));
        QuizQuestion.Choice answer = question.choices().get(picked);
        Json result = Json.object().put("response", answer.id())
                .put("success", answer.correct());
        return build("answered", activity(child("quiz/" + question.id()), definition), result,
                false, false);
    }

    /**
     * The lesson is done. With a quiz score, outside cmi5 the statement also carries the score
     * and, where a passing score applies, success; cmi5 keeps those for passed and failed.
     *
     * @param score the quiz's score; null for a pack without a quiz
     * @param durationMillis the time spent in this attempt
     */
    public Statement completed(QuizScore score, long durationMillis) {
        Json result = Json.object();
        if (score != null && !launch.isCmi5()) {
            result.put("score", score(score));
            if (passingScore(score) != null) {
                result.put("success", passes(score));
            }
        }
        result.put("completion", true).put("duration", IsoTime.duration(durationMillis));
        return build("completed", lesson(), result, true, true);
    }

    /** passed or failed, by {@link #passes}; only where {@link #passingScore} is not null. */
    public Statement judged(QuizScore score, long durationMillis) {
        boolean passed = passes(score);
        Json result = Json.object().put("score", score(score)).put("success", passed)
                .put("duration", IsoTime.duration(durationMillis));
        return build(passed ? "passed" : "failed", lesson(), result, true, true);
    }

    /** The end of this visit; the duration runs from initialized. */
    public Statement terminated(long durationMillis) {
        Json result = Json.object().put("duration", IsoTime.duration(durationMillis));
        return build("terminated", lesson(), result, true, false);
    }

    /** The passing score in force: cmi5's mastery score where the LMS sets one, else the pack's. */
    public Double passingScore(QuizScore score) {
        if (launchData != null && launchData.masteryScore() != null) {
            return launchData.masteryScore();
        }
        return score.passingScore();
    }

    /** Whether the score reaches {@link #passingScore}. */
    public boolean passes(QuizScore score) {
        Double passing = passingScore(score);
        return passing != null && score.scaled() >= passing - 1e-9;
    }

    private static Json score(QuizScore score) {
        return Json.object().put("raw", score.raw()).put("min", 0).put("max", score.max())
                .put("scaled", score.scaled());
    }

    private Statement build(String verb, Json object, Json result, boolean cmi5Defined,
            boolean moveOn) {
        String id = stamps.newId();
        Json statement = Json.object()
                .put("id", id)
                .put("actor", launch.actor())
                .put("verb", Json.object().put("id", ADL_VERBS + verb)
                        .put("display", Json.object().put("en-US", verb)))
                .put("object", object);
        if (result != null) {
            statement.put("result", result);
        }
        statement.put("context", context(object, cmi5Defined, moveOn,
                verb.equals("passed") || verb.equals("failed")));
        statement.put("timestamp", IsoTime.timestamp(stamps.now(), stamps.offsetMinutes()));
        return new Statement(id, verb, statement.toString());
    }

    private Json context(Json object, boolean cmi5Defined, boolean moveOn, boolean judged) {
        Json context = launchData == null ? Json.object()
                : (Json) Json.copyOf(launchData.contextTemplate());
        if (launch.registration() != null) {
            context.put("registration", launch.registration());
        }
        if (context.get("language") == null) {
            context.put("language", pack.language());
        }
        if (!launch.activityId().equals(object.get("id"))) {
            context.objectAt("contextActivities").arrayAt("parent")
                    .add(Json.object().put("id", launch.activityId()));
        }
        if (launch.isCmi5() && cmi5Defined) {
            Json category = context.objectAt("contextActivities").arrayAt("category");
            category.add(Json.object().put("id", CMI5_CATEGORY));
            if (moveOn) {
                category.add(Json.object().put("id", MOVE_ON_CATEGORY));
                if (judged && launchData != null && launchData.masteryScore() != null) {
                    context.objectAt("extensions").put(MASTERY_SCORE,
                            launchData.masteryScore());
                }
            }
        }
        return context;
    }

    /** The lesson's own activity; outside cmi5 with its name and type (cmi5's LMS has them). */
    private Json lesson() {
        Json definition = launch.isCmi5() ? null : Json.object()
                .put("name", text(pack.title())).put("type", LESSON);
        return activity(launch.activityId(), definition);
    }

    private static Json activity(String id, Json definition) {
        Json activity = Json.object().put("objectType", "Activity").put("id", id);
        if (definition != null) {
            activity.put("definition", definition);
        }
        return activity;
    }

    private Json interaction(String prompt) {
        return Json.object().put("description", text(prompt)).put("type", INTERACTION)
                .put("interactionType", "choice");
    }

    private Json choice(Response response) {
        return Json.object().put("id", response.id()).put("description", text(response.text()));
    }

    /** A language map in the pack's language. */
    private Json text(String value) {
        return Json.object().put(pack.language(), value);
    }

    /**
     * The id of a part of the lesson: the lesson's id with {@code path} added as a path
     * segment, or as a fragment when the id already has a query or fragment.
     */
    String child(String path) {
        String base = launch.activityId();
        if (base.indexOf('#') >= 0) {
            return base + "/" + path;
        }
        if (base.indexOf('?') >= 0) {
            return base + "#" + path;
        }
        return (base.endsWith("/") ? base : base + "/") + path;
    }

    /** The verbs this builder uses, in the order a whole lesson sends them. */
    public static List<String> verbs() {
        return List.of("initialized", "attempted", "interacted", "answered", "completed",
                "passed", "failed", "terminated");
    }
}
