package org.preferencetrainer.web;

import org.preferencetrainer.content.DefaultPack;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        register();
    }

    @JSExport
    public static void mount(HTMLElement root, JSObject options) {
        HTMLElement p = HTMLDocument.current().createElement("p");
        p.setTextContent(DefaultPack.JSON);
        root.appendChild(p);
    }

    @JSBody(script = "return 0;")
    private static native int register();
}
