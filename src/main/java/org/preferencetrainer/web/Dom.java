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

    /**
     * Plain text with blank lines as paragraphs, into {@code parent}, replacing what was there.
     * A line holding only spaces counts as blank.
     */
    static void paragraphs(HTMLElement parent, String text) {
        clear(parent);
        StringBuilder paragraph = new StringBuilder();
        String all = text.replace("\r\n", "\n");
        for (int start = 0, end; start <= all.length(); start = end + 1) {
            end = all.indexOf('\n', start);
            if (end < 0) {
                end = all.length();
            }
            String line = all.substring(start, end);
            if (line.trim().isEmpty()) {
                flush(parent, paragraph);
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append('\n');
                }
                paragraph.append(line);
            }
        }
        flush(parent, paragraph);
    }

    private static void flush(HTMLElement parent, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            text(parent, "p", null, paragraph.toString().trim());
            paragraph.setLength(0);
        }
    }

    static void clear(HTMLElement element) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
    }
}
