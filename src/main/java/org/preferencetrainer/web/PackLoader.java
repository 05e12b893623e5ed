package org.preferencetrainer.web;

import java.util.List;
import java.util.function.Consumer;
import org.preferencetrainer.content.JsonValue;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.PackProblem;
import org.preferencetrainer.content.PackReader;
import org.preferencetrainer.content.PackResult;
import org.preferencetrainer.content.Phrase;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.ajax.XMLHttpRequest;

/**
 * Gets a pack: the built-in one when the host names none, the JSON text the host gives, or the
 * file at a URL (relative to the page). Reports either a pack or a {@link LoadFailure} that says
 * what went wrong and where; never throws at the caller.
 *
 * <p>A fetch has a time limit and a size limit, and each way it can fail has its own message:
 * no answer, an answer too slow, a 404 or another status, a file over 2 MB (told by its
 * Content-Length where the server sends one, else while it arrives), a web page where JSON was
 * expected, text that is not JSON, and a pack that breaks the format's rules.
 */
final class PackLoader {
    /** Packs are small; a bigger file is a mistake or not a pack. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    /** How long a fetch may take, in seconds, when the host does not say. */
    static final double DEFAULT_TIMEOUT = 15;

    /** Receives a pack that passed every check. */
    interface Loaded {
        /**
         * @param declared the language the pack says it is in; null where it does not say
         * @param text the pack's JSON text, as read
         */
        void loaded(Pack pack, String declared, String text);
    }

    /** Why a pack could not be used: a headline and, for a bad pack, its problems. */
    static final class LoadFailure {
        /** The pack's URL; null for the built-in pack or one given as text. */
        final String url;
        /** What went wrong, with where as its first argument. */
        final Phrase headline;
        final List<PackProblem> problems;
        /** The language the pack says it is in, when it got as far as saying; else null. */
        final String language;

        LoadFailure(String url, Phrase headline, List<PackProblem> problems, String language) {
            this.url = url;
            this.headline = headline;
            this.problems = problems;
            this.language = language;
        }
    }

    private PackLoader() {
    }

    /**
     * Loads a pack from {@code src} (a URL), else from {@code text} (JSON), and calls back
     * exactly once. The built-in lesson comes as text too: the loader fetches it only for
     * widgets that need it, so the engines do not carry it.
     *
     * @param builtIn whether {@code text} is the built-in lesson, for the messages
     * @param timeout seconds a fetch may take
     * @param onPack given the pack, the language it declares (null where it declares none) and
     *     its text
     */
    static void load(String src, String text, boolean builtIn, double timeout,
            Loaded onPack, Consumer<LoadFailure> onFailure) {
        if (src != null) {
            fetch(src, timeout, body -> read(body, src, src, onPack, onFailure), onFailure);
        } else if (text != null) {
            Object where = Phrase.of(builtIn ? "error.builtin" : "error.given");
            if (tooLarge(text)) {
                onFailure.accept(failure(null, Phrase.of("error.too-large", where)));
            } else {
                read(text, null, where, onPack, onFailure);
            }
        } else {
            onFailure.accept(failure(null, Phrase.of("error.no-lesson")));
        }
    }

    private static void fetch(String src, double timeout, Consumer<String> onBody,
            Consumer<LoadFailure> onFailure) {
        XMLHttpRequest request = XMLHttpRequest.create();
        boolean[] settled = {false};
        Consumer<Phrase> fail = headline -> {
            if (!settled[0]) {
                settled[0] = true;
                request.abort();
                onFailure.accept(failure(src, headline));
            }
        };

        request.open("GET", src);
        setTimeout(request, (int) Math.floor(timeout * 1000 + 0.5));

        // refuse a file too large as soon as its announced length or its arrival shows it
        request.onReadyStateChange(event -> {
            if (request.getReadyState() == XMLHttpRequest.HEADERS_RECEIVED
                    && isSuccess(request.getStatus())
                    && announcedLength(request) > MAX_BYTES) {
                fail.accept(Phrase.of("error.too-large", src));
            }
        });
        request.onProgress(event -> {
            if (event.getLoaded() > MAX_BYTES) {
                fail.accept(Phrase.of("error.too-large", src));
            }
        });
        // a whole number of seconds is a count, so the message can say "1 second"
        Object seconds = timeout == Math.rint(timeout) ? (Object) (int) timeout
                : Format.fixed(timeout, 1);
        request.onTimeout(event -> fail.accept(Phrase.of("error.timeout", src, seconds)));
        request.onError(event -> fail.accept(Phrase.of("error.network", src)));
        request.onLoad(event -> {
            if (settled[0]) {
                return;
            }
            Phrase problem = checkAnswer(request, src);
            if (problem != null) {
                fail.accept(problem);
                return;
            }
            settled[0] = true;
            onBody.accept(request.getResponseText());
        });
        request.send();
    }

    /** What is wrong with a complete answer, or null when its body may be a pack. */
    private static Phrase checkAnswer(XMLHttpRequest request, String where) {
        int status = request.getStatus();
        String body = request.getResponseText();
        if (status == 404) {
            return Phrase.of("error.not-found", where);
        }
        // status 0 with a body is a file:// page's answer in the browsers that allow it
        if (!isSuccess(status) && !(status == 0 && body != null && !body.isEmpty())) {
            return status == 0 ? Phrase.of("error.network", where)
                    : Phrase.of("error.status", where, status + " " + request.getStatusText());
        }
        String type = request.getResponseHeader("Content-Type");
        String mediaType = mediaType(type);
        if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
            return Phrase.of("error.html", where, mediaType);
        }
        if (body == null || tooLarge(body)) {
            return Phrase.of("error.too-large", where);
        }
        return null;
    }

    /** Parses and checks pack text; {@code url} is null for the built-in or given pack. */
    private static void read(String text, String url, Object where,
            Loaded onPack, Consumer<LoadFailure> onFailure) {
        Outcome outcome = check(text);
        if (outcome.jsonError != null) {
            onFailure.accept(failure(url, Phrase.of("error.json", where, outcome.jsonError)));
        } else if (outcome.result.isValid()) {
            onPack.loaded(outcome.result.pack(), outcome.language, text);
        } else {
            List<PackProblem> problems = outcome.result.problems();
            onFailure.accept(new LoadFailure(url, Phrase.of("error.pack", where, problems.size()),
                    problems, outcome.language));
        }
    }

    /** What checking pack text gave: the parser's complaint, or the reader's result. */
    static final class Outcome {
        final String jsonError;
        final PackResult result;
        final String language;

        private Outcome(String jsonError, PackResult result, String language) {
            this.jsonError = jsonError;
            this.result = result;
            this.language = language;
        }
    }

    /** Parses {@code text} with the browser's own parser and reads it as a pack. */
    static Outcome check(String text) {
        JSObject parsed = Js.parseJson(text);
        String error = Js.string(parsed, "error");
        if (error != null) {
            return new Outcome(error, null, null);
        }
        JsonValue root = new JsJson(Js.member(parsed, "value"));
        return new Outcome(null, PackReader.read(root), PackReader.declaredLanguage(root));
    }

    private static LoadFailure failure(String url, Phrase headline) {
        return new LoadFailure(url, headline, List.of(), null);
    }

    /** {@code text/html} for {@code Text/HTML; charset=utf-8}; empty where there is none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int end = contentType.indexOf(';');
        String type = (end < 0 ? contentType : contentType.substring(0, end)).trim();
        StringBuilder lower = new StringBuilder(type.length());
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** The Content-Length the server announced, or -1 where it gave none. */
    private static double announcedLength(XMLHttpRequest request) {
        String length = request.getResponseHeader("Content-Length");
        return length == null ? -1 : byteCount(length);
    }

    /**
     * A header's number, or -1 where it is not one. Read by the browser: Java's
     * Double.parseDouble would add about 10 KB (gzip) to the JavaScript engine.
     */
    @JSBody(params = "text", script = "var n = Number(text);"
            + " return text === '' || isNaN(n) || n < 0 ? -1 : n;")
    private static native double byteCount(String text);

    /** Whether {@code text} takes more than {@link #MAX_BYTES} in UTF-8, as it would on disk. */
    static boolean tooLarge(String text) {
        // every character takes one to three bytes (a surrogate pair four for the two), so most
        // texts are settled by their length alone, without counting
        if (text.length() > MAX_BYTES) {
            return true;
        }
        if (text.length() <= MAX_BYTES / 3) {
            return false;
        }
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes > MAX_BYTES;
    }

    @JSBody(params = {"request", "ms"}, script = "request.timeout = ms;")
    private static native void setTimeout(XMLHttpRequest request, int ms);
}
