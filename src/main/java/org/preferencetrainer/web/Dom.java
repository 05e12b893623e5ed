package org.preferencetrainer.web;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Element building for the views. Text always goes in as text, never as markup. */
final class Dom {
    private Dom() {
    }

    /** A new element with a class, appended to {@code parent} when one is given. */
    static HTMLElement add(HTMLElement parent, String tag, String className) {
        HTMLElement element = HTMLDocument.current().createElement(tag);
        if (className != null) {
            element.setClassName(className);
        }
        if (parent != null) {
            parent.appendChild(element);
        }
        return element;
    }

    /** As {@link #add}, with text content. */
    static HTMLElement text(HTMLElement parent, String tag, String className, String text) {
        HTMLElement element = add(parent, tag, className);
        element.setTextContent(text);
        return element;
    }

    /** A button of type button, so a host page's form is never submitted by it. */
    static HTMLElement button(HTMLElement parent, String className, String label) {
        HTMLElement button = text(parent, "button", className, label);
        button.setAttribute("type", "button");
        return button;
    }

    /** Plain text with blank lines as paragraphs, into {@code parent}, replacing what was there. */
    static void paragraphs(HTMLElement parent, String text) {
        clear(parent);
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.trim().isEmpty()) {
                text(parent, "p", null, paragraph.trim());
            }
        }
    }

    static void clear(HTMLElement element) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
    }
}
