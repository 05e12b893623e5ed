package org.preferencetrainer.session;

/** Where a response is shown in a round. */
public enum Side {
    A, B;

    public Side other() {
        return this == A ? B : A;
    }
}
