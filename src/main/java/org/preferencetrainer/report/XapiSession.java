package org.preferencetrainer.report;

import org.preferencetrainer.content.QuizQuestion;
import org.preferencetrainer.session.Choice;
import org.preferencetrainer.session.QuizScore;

/**
 * What a visit to the lesson reports, in order, into an {@link Outbox}: initialized first,
 * attempted at each Start or Restart, interacted for each comparison, answered for each quiz
 * question, completed (then passed or failed where a passing score applies) when the lesson is
 * done, and terminated last, after which nothing more is sent.
 *
 * <p>In a cmi5 launch it follows cmi5's rules: completed once per registration; passed once,
 * and never failed after it; none of the three outside a Normal launch. The outbox remembers
 * what the registration has recorded, across reloads.
 */
public final class XapiSession {
    private final StatementBuilder statements;
    private final Outbox outbox;
    private final Stamps stamps;
    private final boolean cmi5;
    private final boolean judging;

    private long initializedAt = -1;
    private long attemptStartedAt = -1;
    private boolean terminated;

    /** {@code launchData} is null outside cmi5 launches. */
    public XapiSession(StatementBuilder statements, Outbox outbox, Stamps stamps, Launch launch,
            LaunchData launchData) {
        this.statements = statements;
        this.outbox = outbox;
        this.stamps = stamps;
        this.cmi5 = launch.isCmi5();
        this.judging = launchData == null || launchData.mode() == LaunchData.Mode.NORMAL;
    }

    /** The visit starts; only the first call sends. */
    public void initialize() {
        if (initializedAt < 0 && !terminated) {
            initializedAt = stamps.now();
            outbox.add(statements.initialized());
        }
    }

    /** The learner starts an attempt at the lesson (Start, or Restart). */
    public void attempt() {
        initialize();
        attemptStartedAt = stamps.now();
        add(statements.attempted());
    }

    public void interacted(Choice choice) {
        initialize();
        add(statements.interacted(choice));
    }

    /** As {@link #interacted(Choice)}, from the indexes in the pack (see StatementBuilder). */
    public void interacted(int question, int responseA, int responseB, int chosen) {
        initialize();
        add(statements.interacted(question, responseA, responseB, chosen));
    }

    public void answered(QuizQuestion question, int picked) {
        initialize();
        add(statements.answered(question, picked));
    }

    /**
     * The attempt is done: completed, then passed or failed where a passing score applies.
     *
     * @param score the quiz's score; null for a pack without a quiz
     */
    public void finish(QuizScore score) {
        initialize();
        if (terminated || !judging) {
            return;
        }
        long duration = stamps.now() - (attemptStartedAt < 0 ? initializedAt : attemptStartedAt);
        if (!(cmi5 && outbox.recorded("completed"))) {
            add(statements.completed(score, duration));
            outbox.record("completed");
        }
        if (score == null || statements.passingScore(score) == null) {
            return;
        }
        boolean passed = statements.passes(score);
        if (cmi5 && outbox.recorded("passed")) {
            return; // cmi5: passed once per registration, and never failed after it
        }
        add(statements.judged(score, duration));
        outbox.record(passed ? "passed" : "failed");
    }

    /** The visit ends (the page is left); only the first call sends, and nothing after it. */
    public void terminate() {
        if (initializedAt < 0 || terminated) {
            return;
        }
        outbox.add(statements.terminated(stamps.now() - initializedAt));
        terminated = true;
    }

    public boolean terminated() {
        return terminated;
    }

    private void add(Statement statement) {
        if (!terminated) {
            outbox.add(statement);
        }
    }
}
