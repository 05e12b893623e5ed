package org.preferencetrainer.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.QuizQuestion;
import org.preferencetrainer.report.Launch;
import org.preferencetrainer.report.LaunchData;
import org.preferencetrainer.report.QueryString;
import org.preferencetrainer.report.ScormReport;
import org.preferencetrainer.report.StatementBuilder;
import org.preferencetrainer.report.XapiSession;
import org.preferencetrainer.session.QuizScore;
import org.teavm.jso.JSObject;

/**
 * One widget's reporting to an LMS: xAPI when the element's attributes or the page's launch
 * parameters name an LRS, SCORM 1.2 when the page sits inside an LMS that offers the
 * {@code API} object, both, or neither (then every call here does nothing). The widget tells
 * it what the learner does, through {@link ReportingModule}; {@code report} decides what that
 * means as statements and values. Part of the reporting script, not of the engines.
 */
final class Reporting {
    /** The element attributes that configure xAPI, by their mount option names. */
    private static final String[][] ATTRIBUTES = {
        {"endpoint", "endpoint"}, {"auth", "auth"}, {"actor", "actor"},
        {"registration", "registration"}, {"activityId", "activity-id"},
    };

    private final Pack pack;
    private final JSObject host;
    private final BrowserStamps stamps = new BrowserStamps();

    private XapiSession xapi;
    private XapiSender sender;
    /** Lesson events that come while a cmi5 launch is still starting; null once settled. */
    private List<Consumer<XapiSession>> waiting;

    private ScormApi scorm;
    private final ScormReport scormReport = new ScormReport();
    private long scormStart;

    private Reporting(Pack pack, JSObject host) {
        this.pack = pack;
        this.host = host;
    }

    /** Reads the settings and starts whatever reporting they and the page allow. */
    static Reporting start(JSObject options, Pack pack, JSObject host) {
        Reporting reporting = new Reporting(pack, host);
        reporting.startXapi(options);
        reporting.startScorm();
        Page.onHidden(reporting::hidden);
        Page.onLeave(reporting::left);
        return reporting;
    }

    private void startXapi(JSObject options) {
        Map<String, String> attributes = new HashMap<>();
        for (String[] names : ATTRIBUTES) {
            String value = Js.string(options, names[0]);
            if (value != null) {
                attributes.put(names[1], value);
            }
        }
        Launch.Result result;
        try {
            result = Launch.read(attributes, QueryString.parse(Page.search()), JsJson::parse,
                    Page.address());
        } catch (IllegalArgumentException e) {
            Js.warn("xAPI reporting is off: " + e.getMessage());
            return;
        }
        if (!result.problems().isEmpty()) {
            Js.warn("xAPI reporting is off: " + String.join("; ", result.problems()));
            return;
        }
        Launch launch = result.launch();
        if (launch == null) {
            return;
        }
        if (!launch.isCmi5()) {
            ready(launch, null);
            return;
        }
        waiting = new ArrayList<>();
        Cmi5Start.start(launch, this::ready, (status, message) -> {
            waiting = null;
            Js.warn("xAPI reporting is off: " + message);
            JSObject detail = Js.newObject();
            Js.setNumber(detail, "status", status);
            Js.setString(detail, "endpoint", launch.endpoint());
            Js.setString(detail, "message", message);
            Js.dispatch(host, "preference-trainer:lrs-refused", detail);
        });
    }

    private void ready(Launch launch, LaunchData data) {
        sender = new XapiSender(launch, XapiSender.restore(launch), host);
        xapi = new XapiSession(new StatementBuilder(launch, data, pack, stamps),
                sender.outbox(), stamps, launch, data);
        List<Consumer<XapiSession>> queued = waiting;
        waiting = null;
        xapi.initialize();
        if (queued != null) {
            for (Consumer<XapiSession> event : queued) {
                event.accept(xapi);
            }
        }
        sender.changed();
    }

    private void startScorm() {
        scorm = ScormApi.find();
        if (scorm == null) {
            return;
        }
        if (!scorm.initialize()) {
            scorm = null;
            return;
        }
        scormStart = stamps.now();
        scorm.setAll(scormReport.begin(scorm.get(ScormReport.STATUS)));
    }

    /** Sends an event's statements now, or once a starting cmi5 launch is ready. */
    private void xapi(Consumer<XapiSession> event) {
        if (xapi != null) {
            event.accept(xapi);
            sender.changed();
        } else if (waiting != null) {
            waiting.add(event);
        }
    }

    /** The learner starts an attempt: Start, or Restart. */
    void attempted() {
        xapi(XapiSession::attempt);
    }

    /** The learner preferred {@code chosen}; the indexes are the pack's (see StatementBuilder). */
    void chose(int question, int responseA, int responseB, int chosen) {
        xapi(session -> session.interacted(question, responseA, responseB, chosen));
    }

    void answered(QuizQuestion question, int picked) {
        xapi(session -> session.answered(question, picked));
    }

    /** The lesson is done; {@code score} is null for a pack without a quiz. */
    void finished(QuizScore score) {
        xapi(session -> session.finish(score));
        if (scorm != null) {
            scorm.setAll(scormReport.finish(score));
        }
    }

    private void hidden() {
        if (sender != null) {
            sender.flush();
        }
    }

    /** The page is left: the visit ends for both the LRS and the SCORM LMS. */
    private void left() {
        if (xapi != null) {
            xapi.terminate();
            sender.flush();
        }
        if (scorm != null) {
            scorm.setAll(scormReport.end(stamps.now() - scormStart));
            scorm.finish();
            scorm = null;
        }
    }
}
