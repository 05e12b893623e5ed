package org.preferencetrainer.web;

import org.preferencetrainer.content.JsonValue;
import org.preferencetrainer.report.Launch;
import org.preferencetrainer.report.LaunchData;
import org.teavm.jso.JSObject;

/**
 * The start of a cmi5 launch: one POST to the fetch URL for the auth token (the LMS answers it
 * once per launch), then the {@code LMS.LaunchData} state document from the LRS. The token
 * lives in memory only.
 */
final class Cmi5Start {
    private Cmi5Start() {
    }

    interface Ready {
        void ready(Launch launch, LaunchData data);
    }

    interface Failed {
        /** {@code status} is the HTTP status, or 0 where none came or the answer was wrong. */
        void failed(int status, String message);
    }

    static void start(Launch launch, Ready ready, Failed failed) {
        Http.send("POST", launch.fetchUrl(), Js.newObject(), null, false, (status, body) -> {
            String token = status == 200 ? token(body) : null;
            if (token == null) {
                failed.failed(status, "the cmi5 fetch URL gave no auth token (" + status + ": "
                        + describe(body) + ")");
                return;
            }
            Launch authorised = launch.withAuth("Basic " + token);
            readLaunchData(authorised, ready, failed);
        });
    }

    private static void readLaunchData(Launch launch, Ready ready, Failed failed) {
        String url = launch.endpoint() + "activities/state?stateId=LMS.LaunchData"
                + "&activityId=" + Http.encode(launch.activityId())
                + "&agent=" + Http.encode(launch.actor().toString())
                + "&registration=" + Http.encode(launch.registration());
        JSObject headers = Http.xapiHeaders(launch.auth());
        Http.send("GET", url, headers, null, false, (status, body) -> {
            if (status != 200) {
                failed.failed(status, "LMS.LaunchData could not be read from the LRS at "
                        + launch.endpoint() + " (" + status + ")");
                return;
            }
            try {
                ready.ready(launch, LaunchData.read(JsJson.parse(body)));
            } catch (IllegalArgumentException e) {
                failed.failed(0, e.getMessage());
            }
        });
    }

    /** The {@code auth-token} of the fetch URL's answer, or null. */
    private static String token(String body) {
        try {
            JsonValue answer = JsJson.parse(body);
            JsonValue token = answer.kind() == JsonValue.Kind.OBJECT ? answer.get("auth-token")
                    : null;
            return token != null && token.kind() == JsonValue.Kind.STRING ? token.asString()
                    : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The LMS's error text where it gave one (cmi5's error-text), else the body, clipped. */
    private static String describe(String body) {
        try {
            JsonValue answer = JsJson.parse(body);
            JsonValue text = answer.kind() == JsonValue.Kind.OBJECT ? answer.get("error-text")
                    : null;
            if (text != null && text.kind() == JsonValue.Kind.STRING) {
                return text.asString();
            }
        } catch (IllegalArgumentException e) {
            // not JSON: show the text itself
        }
        return body == null ? "" : body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
