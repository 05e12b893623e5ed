package org.preferencetrainer.model;

/**
 * The one source of randomness in a session: a SplitMix64 generator with a 64-bit state.
 *
 * <p>Why our own generator: {@code java.util.Random} is not guaranteed to match across the JVM,
 * TeaVM's JavaScript and its WebAssembly output, and a session must replay exactly from its
 * seed on all three. SplitMix64 uses only 64-bit addition, multiplication, shifts and xor, which
 * every target computes exactly (JavaScript through TeaVM's exact long emulation), so a seed
 * gives the same sequence everywhere. Its whole state is one {@code long}, which makes saving
 * and resuming a session trivial: store {@link #state()}, later call {@link #fromState(long)}.
 *
 * <p>Each draw advances the state by the odd constant γ = 0x9E3779B97F4A7C15 (2⁶⁴ divided by
 * the golden ratio) and scrambles it with two xor-shift-multiply rounds. Instances are mutable
 * and not meant to be shared between threads.
 *
 * <pre>
 * SeededRandom random = new SeededRandom(42);
 * int first = random.nextInt(6);
 * long saved = random.state();
 * SeededRandom resumed = SeededRandom.fromState(saved);   // continues where random is now
 * </pre>
 */
public final class SeededRandom {

    /** The Weyl increment: odd, and spreads consecutive states across the 64-bit range. */
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    /** Multipliers of the two mixing rounds (the published SplitMix64 finaliser). */
    private static final long MIX_1 = 0xBF58476D1CE4E5B9L;
    private static final long MIX_2 = 0x94D049BB133111EBL;

    /** 2⁻⁵³, the spacing of doubles in [0.5, 1), for turning 53 bits into [0, 1). */
    private static final double UNIT_53 = 0x1.0p-53;

    private long state;

    /**
     * A generator whose state starts at {@code seed}. Any long is a valid seed, including 0.
     *
     * @param seed the initial state
     */
    public SeededRandom(long seed) {
        this.state = seed;
    }

    /**
     * Resumes a generator from a state saved with {@link #state()}; the new generator produces
     * exactly what the saved one would have produced next.
     *
     * @param state a value returned by {@link #state()}
     * @return a generator positioned at that state
     */
    public static SeededRandom fromState(long state) {
        return new SeededRandom(state);
    }

    /**
     * The current 64-bit state, all that is needed to resume the sequence later.
     *
     * @return the state
     */
    public long state() {
        return state;
    }

    /**
     * The next 64 uniformly distributed bits.
     *
     * <pre>
     * new SeededRandom(0).nextLong() == 0xE220A8397B1DCDAFL
     * </pre>
     *
     * @return any long, each equally likely
     */
    public long nextLong() {
        state += GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * MIX_1;
        z = (z ^ (z >>> 27)) * MIX_2;
        return z ^ (z >>> 31);
    }

    /**
     * A uniform double in [0, 1): the top 53 bits of {@link #nextLong()} times 2⁻⁵³, so every
     * result is a multiple of 2⁻⁵³ and 1.0 is never returned.
     *
     * @return a double u with 0 ≤ u &lt; 1
     */
    public double nextDouble() {
        return (nextLong() >>> 11) * UNIT_53;
    }

    /**
     * A uniform integer in [0, bound), without modulo bias.
     *
     * <p>63 random bits are drawn; draws at or above the largest multiple of {@code bound} that
     * fits are rejected and redrawn, so every remainder is equally likely. A rejection happens
     * with probability below bound / 2⁶³, so in practice one draw suffices.
     *
     * <pre>
     * new SeededRandom(7).nextInt(6)   // one of 0..5
     * </pre>
     *
     * @param bound the number of possible results; must be positive
     * @return an int r with 0 ≤ r &lt; bound
     * @throws IllegalArgumentException if bound is not positive
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("The bound of nextInt must be positive, but it was "
                    + bound + ".");
        }

        // accepted draws lie in [0, usable), and usable is a multiple of bound
        long usable = (Long.MAX_VALUE / bound) * bound;
        long bits;
        do {
            bits = nextLong() >>> 1;
        } while (bits >= usable);
        return (int) (bits % bound);
    }

    /**
     * A fair coin: the top bit of {@link #nextLong()}.
     *
     * @return true or false with equal probability
     */
    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    /**
     * Shuffles {@code items} in place into a uniformly random order (Fisher–Yates: for each
     * position from the last down to the second, swap it with a uniformly chosen position at or
     * before it).
     *
     * <pre>
     * int[] order = {0, 1, 2, 3};
     * random.shuffle(order);   // e.g. {2, 0, 3, 1}
     * </pre>
     *
     * @param items the array to permute; an empty or one-element array is left as it is
     */
    public void shuffle(int[] items) {
        for (int i = items.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int held = items[i];
            items[i] = items[j];
            items[j] = held;
        }
    }

    @Override
    public String toString() {
        return "SeededRandom[state=" + state + "]";
    }
}
