package org.preferencetrainer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.preferencetrainer.Gen;
import org.preferencetrainer.Tries;

class LogisticTest {

    @ParameterizedTest(name = "σ({0}) = {1}")
    @CsvSource({
        "0,       0.5",
        "1,       0.7310585786300049",
        "-1,      0.2689414213699951",
        "2,       0.8807970779778823",
        "20,      0.9999999979388463",
        "-20,     2.0611536181902037e-9",
        "-745,    4.9e-324",
        "1e308,   1.0",
        "-1e308,  0.0",
        "Infinity,  1.0",
        "-Infinity, 0.0",
    })
    void sigmoidMatchesReferenceValues(double x, double expected) {
        double actual = Logistic.sigmoid(x);

        assertEquals(expected, actual, Math.abs(expected) * 1e-14);
    }

    @Test
    void sigmoidKeepsRelativePrecisionFarBelowZero() {
        double actual = Logistic.sigmoid(-700);

        assertEquals(Math.exp(-700), actual, Math.exp(-700) * 1e-14);
    }

    @Test
    void sigmoidIsAProbabilityForEveryFiniteInput() {
        Tries.forAll(200, Gen.doubles(), x -> {
            double p = Logistic.sigmoid(x);

            assertTrue(p >= 0.0 && p <= 1.0, "σ(" + x + ") = " + p);
        });
    }

    @Test
    void sigmoidOfMinusXIsOneMinusSigmoidOfX() {
        Tries.forAll(200, Gen.doubles(), x -> {
            double sum = Logistic.sigmoid(x) + Logistic.sigmoid(-x);

            assertEquals(1.0, sum, 1e-15);
        });
    }

    @Test
    void sigmoidNeverDecreases() {
        Tries.forAll(200, Gen.doubles(), Gen.doubles(), (x, y) -> {
            double low = Math.min(x, y);
            double high = Math.max(x, y);

            assertTrue(Logistic.sigmoid(low) <= Logistic.sigmoid(high));
        });
    }

    @Test
    void sigmoidSlopeStaysPositiveWhereOneMinusSigmoidHasRoundedToZero() {
        double slope = Logistic.sigmoidSlope(40);

        assertEquals(0.0, 1.0 - Logistic.sigmoid(40));
        assertEquals(Math.exp(-40), slope, Math.exp(-40) * 1e-12);
        assertEquals(0.25, Logistic.sigmoidSlope(0));
    }

    @ParameterizedTest(name = "log1p({0}) = {1}")
    @CsvSource({
        "0,      0",
        "1e-20,  1e-20",
        "1e-10,  9.9999999995e-11",
        "1,      0.6931471805599453",
        "-0.5,   -0.6931471805599453",
        "1e10,   23.025850930040455",
    })
    void log1pIsAccurateForTinyAndOrdinaryArguments(double x, double expected) {
        double actual = Logistic.log1p(x);

        assertEquals(expected, actual, Math.abs(expected) * 1e-13);
    }

    // reference values are ½·erfc(−z/√2) to full double precision
    @ParameterizedTest(name = "Φ({0}) = {1}")
    @CsvSource({
        "0,       0.5",
        "0.3,     0.6179114221889526",
        "-0.7,    0.24196365222307306",
        "1,       0.8413447460685429",
        "-1,      0.15865525393145707",
        "1.96,    0.9750021048517795",
        "-3,      0.0013498980316300957",
        "3.5,     0.9997673709209645",
        "3.5355339059327378, 0.9997965239912775",
        "-5,      2.866515718791946e-7",
        "-8,      6.220960574271819e-16",
        "-10,     7.619853024160593e-24",
        "40,      1.0",
        "-40,     0.0",
        "Infinity,  1.0",
        "-Infinity, 0.0",
    })
    void normalCdfMatchesReferenceValues(double z, double expected) {
        double actual = Logistic.normalCdf(z);

        // absolute error well inside 1e-7, and the lower tail keeps its relative precision
        assertEquals(expected, actual, 1e-15);
        assertEquals(expected, actual, expected * 1e-12);
    }

    @Test
    void normalCdfIsSymmetric() {
        Tries.forAll(200, Gen.doubles(-12, 12), z -> {
            double sum = Logistic.normalCdf(z) + Logistic.normalCdf(-z);

            assertEquals(1.0, sum, 1e-15);
        });
    }

    @Test
    void normalCdfNeverDecreases() {
        Tries.forAll(200, Gen.doubles(-40, 40), Gen.doubles(-40, 40), (a, b) -> {
            double low = Math.min(a, b);
            double high = Math.max(a, b);

            assertTrue(Logistic.normalCdf(low) <= Logistic.normalCdf(high));
        });
    }

    @Test
    void normalCdfIsContinuousWhereItSwitchesMethod() {
        // the series and the continued fraction meet at |z| = 2.5·√2
        double edge = 2.5 * Math.sqrt(2.0);

        double below = Logistic.normalCdf(Math.nextDown(edge));
        double above = Logistic.normalCdf(Math.nextUp(edge));

        assertEquals(below, above, 1e-15);
        assertTrue(Double.isNaN(Logistic.normalCdf(Double.NaN)));
    }
}
