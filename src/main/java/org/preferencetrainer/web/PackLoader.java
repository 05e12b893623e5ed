package org.preferencetrainer.web;

import java.util.List;
import java.util.function.Consumer;
import org.preferencetrainer.content.DefaultPack;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.PackProblem;
import org.preferencetrainer.content.PackReader;
import org.preferencetrainer.content.PackResult;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.ajax.XMLHttpRequest;

/**
 * Gets a pack: the built-in one when the host names no {@code src}, else the file at that URL
 * (relative to the page). Reports either a pack or a {@link LoadFailure} that says what went
 * wrong and where; never throws at the caller.
 */
final class PackLoader {
    /** Packs are small; a bigger file is a mistake or not a pack. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    /** How long a fetch may take before the learner is told. */
    static final int TIMEOUT_MS = 15_000;

    /** Why a pack could not be used: a headline and, for a bad pack, its problems. */
    static final class LoadFailure {
        final String url;
        final String reason;
        final List<PackProblem> problems;

        LoadFailure(String url, String reason, List<PackProblem> problems) {
            this.url = url;
            this.reason = reason;
            this.problems = problems;
        }
    }

    private PackLoader() {
    }

    static void load(String src, Consumer<Pack> onPack, Consumer<LoadFailure> onFailure) {
        if (src == null) {
            read(DefaultPack.JSON, null, onPack, onFailure);
            return;
        }

        XMLHttpRequest request = XMLHttpRequest.create();
        request.open("GET", src);
        setTimeout(request, TIMEOUT_MS);
        request.onComplete(() -> {
            int status = request.getStatus();
            if (status == 0) {
                onFailure.accept(new LoadFailure(src, "the server could not be reached, took"
                        + " too long, or refused to share the file with this page", List.of()));
            } else if (status < 200 || status >= 300) {
                onFailure.accept(new LoadFailure(src, "the server answered " + status + " "
                        + request.getStatusText(), List.of()));
            } else {
                String text = request.getResponseText();
                if (text.length() > MAX_BYTES) {
                    onFailure.accept(new LoadFailure(src, "the file is larger than 2 MB",
                            List.of()));
                } else {
                    read(text, src, onPack, onFailure);
                }
            }
        });
        request.send();
    }

    private static void read(String text, String url, Consumer<Pack> onPack,
            Consumer<LoadFailure> onFailure) {
        JSObject parsed = Js.parseJson(text);
        String error = Js.string(parsed, "error");
        if (error != null) {
            onFailure.accept(new LoadFailure(url, "it is not valid JSON (" + error + ")",
                    List.of()));
            return;
        }
        PackResult result = PackReader.read(new JsJson(Js.member(parsed, "value")));
        if (result.isValid()) {
            onPack.accept(result.pack());
        } else {
            onFailure.accept(new LoadFailure(url, "it has " + result.problems().size()
                    + (result.problems().size() == 1 ? " problem" : " problems"),
                    result.problems()));
        }
    }

    @JSBody(params = {"request", "ms"}, script = "request.timeout = ms;")
    private static native void setTimeout(XMLHttpRequest request, int ms);
}
