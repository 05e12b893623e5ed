package org.preferencetrainer.web;

/** Element ids unique within the page, for aria-labelledby links between the widget's nodes. */
final class Ids {
    private static int counter;

    private Ids() {
    }

    static String next(String prefix) {
        counter++;
        return prefix + "-" + counter;
    }
}
