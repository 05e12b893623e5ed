package org.preferencetrainer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Draws random inputs for a property that {@link Tries} runs. Every value comes from the
 * {@link SplittableRandom} it is given, so a run replays exactly from its seed.
 *
 * <p>A generator may name edge cases: values where code tends to break (a range's bounds, zero,
 * one) but that uniform draws would almost never hit. The numeric generators return one of
 * them once in {@value #EDGE_CASE_ODDS} draws; arrays and lists reuse their elements' edge cases.
 * Ranges are inclusive at both ends; for an open end, pass {@link Math#nextDown(double)}.
 *
 * @param <T> the type of the values drawn
 */
@FunctionalInterface
public interface Gen<T> {

    /** One draw in this many returns an edge case, for generators that have some. */
    int EDGE_CASE_ODDS = 10;

    /** How many values in a row {@link #filter} may reject before it gives up. */
    int MAX_FILTER_MISSES = 10_000;

    /** Draws one value from {@code random}. */
    T next(SplittableRandom random);

    /** The values this generator tries more often than chance would; none unless it says. */
    default List<T> edgeCases() {
        return List.of();
    }

    /** Draws as this generator does, then applies {@code mapper}; edge cases are mapped too. */
    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        List<R> edges = new ArrayList<>();
        for (T edge : edgeCases()) {
            edges.add(mapper.apply(edge));
        }
        return reporting(edges, random -> mapper.apply(next(random)));
    }

    /**
     * Draws again until a value passes {@code accept}, as a property's precondition would
     * reject it. Gives up with an {@link IllegalStateException} after {@value #MAX_FILTER_MISSES}
     * misses in a row, so that a filter that rejects nearly everything fails instead of hanging.
     */
    default Gen<T> filter(Predicate<? super T> accept) {
        List<T> edges = edgeCases().stream().filter(accept).toList();
        return reporting(edges, random -> {
            for (int miss = 0; miss < MAX_FILTER_MISSES; miss++) {
                T value = next(random);
                if (accept.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("A filter rejected " + MAX_FILTER_MISSES
                    + " values in a row; draw closer to what it accepts.");
        });
    }

    /**
     * Lists of {@code minSize} to {@code maxSize} elements, both included, drawn from this
     * generator. The size is drawn like {@link #ints}, so the shortest and longest lists come
     * up often.
     */
    default Gen<List<T>> list(int minSize, int maxSize) {
        if (minSize < 0) {
            throw new IllegalArgumentException("A list cannot have " + minSize + " elements.");
        }
        Gen<Integer> sizes = ints(minSize, maxSize);
        return random -> {
            int size = sizes.next(random);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(next(random));
            }
            return Collections.unmodifiableList(values);
        };
    }

    /**
     * Any {@code long}. Half the draws are uniform over all of them, the other half spread
     * evenly over bit lengths, so that small magnitudes are tried as well as huge ones.
     */
    static Gen<Long> longs() {
        return longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * Whole numbers from {@code min} to {@code max}, both included, drawn as {@link #longs()}
     * draws within the range. Edge cases: the bounds, their neighbours inside the range, and
     * −1, 0 and 1 where they lie inside it.
     */
    static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("An empty range: " + min + " > " + max + ".");
        }
        // min + 1 or max − 1 that overflows lands outside the range and is dropped
        List<Long> edges = inside(min, max, Stream.of(min, min + 1, -1L, 0L, 1L, max - 1, max));
        // the bit length of the range's span, unsigned, and at most 63
        int spanBits = Math.min(63, 64 - Long.numberOfLeadingZeros(max - min));
        return mixingIn(edges, random -> {
            if (spanBits > 0 && random.nextBoolean()) {
                // an offset of 1 to spanBits random bits from the value of the range nearest zero
                long nearest = Math.max(min, Math.min(max, 0));
                long offset = random.nextLong() >>> (63 - random.nextInt(spanBits));
                // compared unsigned, as nearest − min reaches 2⁶³ when min is Long.MIN_VALUE
                if (random.nextBoolean()) {
                    if (Long.compareUnsigned(offset, max - nearest) <= 0) {
                        return nearest + offset;
                    }
                } else if (Long.compareUnsigned(offset, nearest - min) <= 0) {
                    return nearest - offset;
                }
            }
            if (max < Long.MAX_VALUE) {
                return random.nextLong(min, max + 1);
            }
            return min > Long.MIN_VALUE ? random.nextLong(min - 1, max) + 1 : random.nextLong();
        });
    }

    /** Whole numbers from {@code min} to {@code max}, both included, drawn as by {@link #longs}. */
    static Gen<Integer> ints(int min, int max) {
        return longs(min, max).map(Math::toIntExact);
    }

    /**
     * Any finite double. Half the draws are uniform over [−1000, 1000], the other half random bit
     * patterns, where every exponent is as likely, from subnormals to {@link Double#MAX_VALUE}.
     * Edge cases: ±0, ±1, ±{@link Double#MIN_VALUE} and ±{@link Double#MAX_VALUE}.
     */
    static Gen<Double> doubles() {
        List<Double> edges = List.of(0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.MAX_VALUE, -Double.MAX_VALUE);
        return mixingIn(edges, random -> {
            if (random.nextBoolean()) {
                return random.nextDouble(-1000, 1000);
            }
            double value;
            do {
                value = Double.longBitsToDouble(random.nextLong());
            } while (!Double.isFinite(value));
            return value;
        });
    }

    /**
     * Doubles from {@code min} to {@code max}, both included, at full precision: uniform, with
     * the bounds, and 0, 1 and −1 where they lie inside, as edge cases.
     */
    static Gen<Double> doubles(double min, double max) {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min <= max)) {
            throw new IllegalArgumentException("Not a finite range: " + min + ", " + max + ".");
        }
        List<Double> edges = inside(min, max, Stream.of(min, -1.0, 0.0, 1.0, max));
        return mixingIn(edges, random -> {
            double u = random.nextDouble();
            // written so that the span cannot overflow; rounding may still step past a bound
            double value = min * (1 - u) + max * u;
            return Math.max(min, Math.min(max, value));
        });
    }

    /**
     * Decimals with {@code scale} digits after the point, from {@code min} to {@code max}, both
     * included: the doubles nearest to them, as a pack's two-decimal scores are. Drawn as
     * {@link #longs} draws the grid's steps; edge cases: the bounds and the steps next to them,
     * 0 and one step either side of it, where they lie inside.
     */
    static Gen<Double> decimals(double min, double max, int scale) {
        long lowest = new BigDecimal(Double.toString(min)).movePointRight(scale)
                .setScale(0, RoundingMode.CEILING).longValueExact();
        long highest = new BigDecimal(Double.toString(max)).movePointRight(scale)
                .setScale(0, RoundingMode.FLOOR).longValueExact();
        return longs(lowest, highest).map(step -> BigDecimal.valueOf(step, scale).doubleValue());
    }

    /**
     * Arrays of exactly {@code length} doubles, each drawn from {@code element}. One array in
     * {@value #EDGE_CASE_ODDS} instead repeats one of the element's edge cases throughout (all
     * zeros, all at a bound), which independent draws would almost never give.
     */
    static Gen<double[]> doubleArrays(Gen<Double> element, int length) {
        List<Double> edges = element.edgeCases();
        return random -> {
            double[] values = new double[length];
            if (!edges.isEmpty() && random.nextInt(EDGE_CASE_ODDS) == 0) {
                Arrays.fill(values, edges.get(random.nextInt(edges.size())));
                return values;
            }
            for (int i = 0; i < length; i++) {
                values[i] = element.next(random);
            }
            return values;
        };
    }

    /** Always {@code value}, which is also its edge case. */
    static <T> Gen<T> constant(T value) {
        return reporting(List.of(value), random -> value);
    }

    /** The constants of {@code type}, each as likely. */
    static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
        E[] values = type.getEnumConstants();
        return random -> values[random.nextInt(values.length)];
    }

    /**
     * Draws from {@code first} {@code firstWeight} times in {@code firstWeight + secondWeight},
     * otherwise from {@code second}. Its edge cases are both generators' edge cases.
     */
    static <T> Gen<T> frequency(int firstWeight, Gen<? extends T> first, int secondWeight,
            Gen<? extends T> second) {
        if (firstWeight < 0 || secondWeight < 0 || firstWeight + secondWeight <= 0) {
            throw new IllegalArgumentException("Weights must be at least 0 and not both 0.");
        }
        List<T> edges = new ArrayList<>(first.edgeCases());
        edges.addAll(second.edgeCases());
        return reporting(edges, random -> random.nextInt(firstWeight + secondWeight) < firstWeight
                ? first.next(random) : second.next(random));
    }

    /** The distinct {@code candidates} from {@code min} to {@code max}, in their order. */
    private static <N extends Comparable<N>> List<N> inside(N min, N max, Stream<N> candidates) {
        return List.copyOf(candidates
                .filter(value -> value.compareTo(min) >= 0 && value.compareTo(max) <= 0)
                .collect(LinkedHashSet<N>::new, LinkedHashSet::add, LinkedHashSet::addAll));
    }

    /** {@code body}, but once in {@value #EDGE_CASE_ODDS} draws one of {@code edgeCases}. */
    private static <T> Gen<T> mixingIn(List<T> edgeCases, Gen<T> body) {
        return reporting(edgeCases, random -> {
            if (!edgeCases.isEmpty() && random.nextInt(EDGE_CASE_ODDS) == 0) {
                return edgeCases.get(random.nextInt(edgeCases.size()));
            }
            return body.next(random);
        });
    }

    /** {@code draw} as it is, reporting {@code edgeCases} for arrays and lists to reuse. */
    private static <T> Gen<T> reporting(List<T> edgeCases, Gen<T> draw) {
        List<T> edges = List.copyOf(edgeCases);
        return new Gen<>() {
            @Override
            public T next(SplittableRandom random) {
                return draw.next(random);
            }

            @Override
            public List<T> edgeCases() {
                return edges;
            }
        };
    }
}
