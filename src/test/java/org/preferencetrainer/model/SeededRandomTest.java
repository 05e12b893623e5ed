package org.preferencetrainer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.preferencetrainer.Gen;
import org.preferencetrainer.Tries;

class SeededRandomTest {

    @Test
    void seedZeroGivesTheReferenceSplitMix64Sequence() {
        SeededRandom random = new SeededRandom(0);

        assertEquals(0xE220A8397B1DCDAFL, random.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, random.nextLong());
        assertEquals(0x06C45D188009454FL, random.nextLong());
    }

    @Test
    void seedFortyTwoGivesTheReferenceSplitMix64Sequence() {
        SeededRandom random = new SeededRandom(42);

        assertEquals(0xBDD732262FEB6E95L, random.nextLong());
        assertEquals(0x28EFE333B266F103L, random.nextLong());
        assertEquals(0x47526757130F9F52L, random.nextLong());
    }

    @Test
    void aSeedReplaysExactly() {
        Tries.forAll(200, Gen.longs(), seed -> {
            SeededRandom first = new SeededRandom(seed);
            SeededRandom second = new SeededRandom(seed);

            for (int i = 0; i < 50; i++) {
                assertEquals(first.nextLong(), second.nextLong());
                assertEquals(first.nextDouble(), second.nextDouble());
                assertEquals(first.nextInt(7), second.nextInt(7));
            }
        });
    }

    @Test
    void aSavedStateResumesExactlyWhereItWasTaken() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 40), (seed, drawsBefore) -> {
            SeededRandom original = new SeededRandom(seed);
            for (int i = 0; i < drawsBefore; i++) {
                original.nextLong();
            }
            SeededRandom resumed = SeededRandom.fromState(original.state());

            for (int i = 0; i < 20; i++) {
                assertEquals(original.nextLong(), resumed.nextLong());
            }
            assertEquals(original.state(), resumed.state());
        });
    }

    @Test
    void theSeedIsTheInitialState() {
        SeededRandom random = new SeededRandom(-7);

        assertEquals(-7, random.state());
    }

    @Test
    void nextDoubleIsTheTop53BitsScaledIntoTheUnitInterval() {
        Tries.forAll(200, Gen.longs(), seed -> {
            SeededRandom doubles = new SeededRandom(seed);
            SeededRandom longs = new SeededRandom(seed);

            double u = doubles.nextDouble();

            assertEquals((longs.nextLong() >>> 11) * 0x1.0p-53, u);
            assertTrue(u >= 0.0 && u < 1.0);
        });
    }

    @Test
    void nextIntStaysWithinItsBound() {
        Tries.forAll(200, Gen.longs(), Gen.ints(1, Integer.MAX_VALUE), (seed, bound) -> {
            SeededRandom random = new SeededRandom(seed);

            for (int i = 0; i < 20; i++) {
                int r = random.nextInt(bound);
                assertTrue(r >= 0 && r < bound, r + " is outside [0, " + bound + ")");
            }
        });
    }

    @Test
    void nextIntIsRoughlyUniform() {
        SeededRandom random = new SeededRandom(2024);
        int[] counts = new int[6];

        for (int i = 0; i < 60_000; i++) {
            counts[random.nextInt(6)]++;
        }

        // each face expects 10,000; its standard deviation is about 91
        for (int count : counts) {
            assertEquals(10_000, count, 500, Arrays.toString(counts));
        }
    }

    @Test
    void nextIntRejectsABoundBelowOne() {
        SeededRandom random = new SeededRandom(1);

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> random.nextInt(0));

        assertTrue(error.getMessage().endsWith("."), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> random.nextInt(-3));
    }

    @Test
    void nextBooleanIsRoughlyFair() {
        SeededRandom random = new SeededRandom(99);
        int trues = 0;

        for (int i = 0; i < 10_000; i++) {
            if (random.nextBoolean()) {
                trues++;
            }
        }

        assertEquals(5_000, trues, 250);
    }

    @Test
    void shuffleGivesAPermutationOfTheItems() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 30), (seed, size) -> {
            int[] items = new int[size];
            for (int i = 0; i < size; i++) {
                items[i] = i;
            }

            new SeededRandom(seed).shuffle(items);

            int[] sorted = items.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < size; i++) {
                assertEquals(i, sorted[i]);
            }
        });
    }

    @Test
    void shuffleReachesEveryOrderAboutEquallyOften() {
        SeededRandom random = new SeededRandom(5);
        Map<String, Integer> seen = new HashMap<>();

        for (int i = 0; i < 6_000; i++) {
            int[] items = {0, 1, 2};
            random.shuffle(items);
            seen.merge(Arrays.toString(items), 1, Integer::sum);
        }

        assertEquals(6, seen.size());
        for (int count : seen.values()) {
            assertEquals(1_000, count, 120, seen.toString());
        }
    }

    @Test
    void shuffleIsReplayedBySameSeed() {
        int[] first = {0, 1, 2, 3, 4, 5, 6, 7};
        int[] second = first.clone();

        new SeededRandom(11).shuffle(first);
        new SeededRandom(11).shuffle(second);

        assertArrayEquals(first, second);
    }
}
