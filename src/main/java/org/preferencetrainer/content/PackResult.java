package org.preferencetrainer.content;

import java.util.List;

/** What reading a pack gave: the pack, or the problems that kept it from being read. */
public final class PackResult {
    private final Pack pack;
    private final List<PackProblem> problems;

    PackResult(Pack pack, List<PackProblem> problems) {
        this.pack = pack;
        this.problems = List.copyOf(problems);
    }

    /** The pack; null when there are problems. */
    public Pack pack() {
        return pack;
    }

    /** Every problem found, in document order; empty when the pack is valid. */
    public List<PackProblem> problems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
