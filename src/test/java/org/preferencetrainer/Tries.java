package org.preferencetrainer;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs a property: a check that must hold for every input, tried on many random ones. A
 * property is a JUnit test that calls {@code forAll} with its number of tries, one
 * {@link Gen} per input and the check:
 *
 * <pre>{@code
 * @Test
 * void sigmoidIsAProbability() {
 *     Tries.forAll(200, Gen.doubles(), x -> assertTrue(Logistic.sigmoid(x) <= 1.0));
 * }
 * }</pre>
 *
 * <p>All tries draw from one {@link SplittableRandom}. Its seed is fixed, derived from the test's
 * class and method names, so that every run tries the same inputs and a failure on CI fails the
 * same way on any machine. The system property {@value #SEED_PROPERTY} overrides it: a number
 * for that seed, or {@code random} for a fresh one each run, to explore beyond the fixed inputs.
 * Maven hands the property on to the tests, so a failure replays with the seed it reports:
 *
 * <pre>
 * mvn -B -Pjvm-only test -Dtest='PolicyTest#policySumsToOne' -Dtries.seed=-1234567
 * </pre>
 *
 * <p>The first failing try ends the run with an {@link AssertionError} that names the seed, the
 * try and the input, and carries the check's own failure as its cause. Inputs are not shrunk.
 */
public final class Tries {

    /** The system property that sets the seed: a whole number, or {@code random}. */
    public static final String SEED_PROPERTY = "tries.seed";

    /** A check on one input. */
    @FunctionalInterface
    public interface Check1<A> {
        void check(A a) throws Throwable;
    }

    /** A check on two inputs. */
    @FunctionalInterface
    public interface Check2<A, B> {
        void check(A a, B b) throws Throwable;
    }

    /** A check on three inputs. */
    @FunctionalInterface
    public interface Check3<A, B, C> {
        void check(A a, B b, C c) throws Throwable;
    }

    /** A check on four inputs. */
    @FunctionalInterface
    public interface Check4<A, B, C, D> {
        void check(A a, B b, C c, D d) throws Throwable;
    }

    /** One try: the inputs drawn for it, and the check on them. */
    private record Try(List<Object> input, Executable check) {
    }

    private Tries() {
    }

    /** Runs {@code check} on {@code tries} values drawn from {@code a}. */
    public static <A> void forAll(int tries, Gen<A> a, Check1<A> check) {
        run(tries, random -> {
            A first = a.next(random);
            return new Try(Arrays.asList(first), () -> check.check(first));
        });
    }

    /** Runs {@code check} on {@code tries} pairs of values, drawn from {@code a} and {@code b}. */
    public static <A, B> void forAll(int tries, Gen<A> a, Gen<B> b, Check2<A, B> check) {
        run(tries, random -> {
            A first = a.next(random);
            B second = b.next(random);
            return new Try(Arrays.asList(first, second), () -> check.check(first, second));
        });
    }

    /** Runs {@code check} on {@code tries} triples of values, one from each generator. */
    public static <A, B, C> void forAll(int tries, Gen<A> a, Gen<B> b, Gen<C> c,
            Check3<A, B, C> check) {
        run(tries, random -> {
            A first = a.next(random);
            B second = b.next(random);
            C third = c.next(random);
            return new Try(Arrays.asList(first, second, third),
                    () -> check.check(first, second, third));
        });
    }

    /** Runs {@code check} on {@code tries} quadruples of values, one from each generator. */
    public static <A, B, C, D> void forAll(int tries, Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d,
            Check4<A, B, C, D> check) {
        run(tries, random -> {
            A first = a.next(random);
            B second = b.next(random);
            C third = c.next(random);
            D fourth = d.next(random);
            return new Try(Arrays.asList(first, second, third, fourth),
                    () -> check.check(first, second, third, fourth));
        });
    }

    private static void run(int tries, Function<SplittableRandom, Try> draw) {
        if (tries < 1) {
            throw new IllegalArgumentException("A property needs at least one try, not " + tries
                    + ".");
        }
        String property = callingTest();
        long seed = seedFor(property);
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 1; n <= tries; n++) {
            Try attempt = draw.apply(random);
            // described before the check runs, in case the check changes its input
            String input = attempt.input().stream().map(Tries::describe)
                    .collect(Collectors.joining(", ", "(", ")"));
            try {
                attempt.check().execute();
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Throwable failure) {
                throw new AssertionError(property + " failed on try " + n + " of " + tries
                        + " with seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed
                        + ")\ninput: " + input + "\nfailure: " + failure, failure);
            }
        }
    }

    /** The seed for {@code property}: the system property's, else one from the name. */
    static long seedFor(String property) {
        String configured = System.getProperty(SEED_PROPERTY, "").trim();
        if (configured.isEmpty()) {
            // String.hashCode is specified, so the seed is the same on every JVM
            return property.hashCode();
        }
        if (configured.equals("random")) {
            return new SplittableRandom().nextLong();
        }
        try {
            return Long.parseLong(configured);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number or"
                    + " random, not \"" + configured + "\".", e);
        }
    }

    /** {@code Class#method} of the test that called {@code forAll}. */
    private static String callingTest() {
        StackWalker.StackFrame caller = StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> !frame.getClassName().equals(Tries.class.getName()))
                .findFirst()).orElseThrow();
        String className = caller.getClassName();
        return className.substring(className.lastIndexOf('.') + 1) + "#"
                + caller.getMethodName();
    }

    /** {@code value} as text, with arrays and collections shown element by element. */
    static String describe(Object value) {
        if (value != null && value.getClass().isArray()) {
            String wrapped = Arrays.deepToString(new Object[] {value});
            return wrapped.substring(1, wrapped.length() - 1);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(Tries::describe)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
