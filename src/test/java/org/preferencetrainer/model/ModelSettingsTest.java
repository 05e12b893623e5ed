package org.preferencetrainer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelSettingsTest {

    @Test
    void defaultsAreTheLessonsValues() {
        ModelSettings settings = ModelSettings.defaults();

        assertEquals(1.0, settings.learningRate());
        assertEquals(1.0, settings.priorPrecision());
        assertEquals(0.5, settings.beta());
        assertEquals(PairStrategy.BALANCED, settings.pairStrategy());
        assertEquals(0.05, settings.policyBonus());
    }

    @Test
    void strategyAndBonusHaveWithersThatLeaveTheRestAlone() {
        ModelSettings settings = ModelSettings.defaults().withPairStrategy(PairStrategy.RANDOM)
                .withPolicyBonus(0.3);

        assertEquals(PairStrategy.RANDOM, settings.pairStrategy());
        assertEquals(0.3, settings.policyBonus());
        assertEquals(ModelSettings.defaults().beta(), settings.beta());
        assertEquals(ModelSettings.defaults().learningRate(), settings.learningRate());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, Double.NaN, Double.POSITIVE_INFINITY})
    void policyBonusMustBeFiniteAndNotNegative(double bonus) {
        assertThrows(IllegalArgumentException.class,
                () -> ModelSettings.defaults().withPolicyBonus(bonus));
    }

    @Test
    void aStrategyIsRequired() {
        assertThrows(IllegalArgumentException.class,
                () -> ModelSettings.defaults().withPairStrategy(null));
    }

    @Test
    void eachWitherChangesOnlyItsOwnSetting() {
        ModelSettings defaults = ModelSettings.defaults();

        ModelSettings faster = defaults.withLearningRate(2.0);
        ModelSettings sceptical = defaults.withPriorPrecision(4.0);
        ModelSettings closer = defaults.withBeta(3.0);

        assertEquals(2.0, faster.learningRate());
        assertEquals(defaults.priorPrecision(), faster.priorPrecision());
        assertEquals(4.0, sceptical.priorPrecision());
        assertEquals(defaults.beta(), sceptical.beta());
        assertEquals(3.0, closer.beta());
        assertEquals(defaults.learningRate(), closer.learningRate());
        assertEquals(0.5, defaults.beta());
    }

    @Test
    void infiniteBetaIsAllowedAndMeansTheReferencePolicy() {
        ModelSettings settings = ModelSettings.defaults().withBeta(Double.POSITIVE_INFINITY);

        double[] p = Policy.distribution(new double[] {0, 5}, Policy.uniform(2), settings.beta());

        assertEquals(0.5, p[0]);
    }

    @ParameterizedTest(name = "learning rate or prior precision {0} is rejected")
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void learningRateAndPriorPrecisionMustBePositiveAndFinite(double value) {
        ModelSettings defaults = ModelSettings.defaults();

        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> defaults.withLearningRate(value));
        IllegalArgumentException prior = assertThrows(IllegalArgumentException.class,
                () -> defaults.withPriorPrecision(value));

        assertTrue(rate.getMessage().startsWith("The learning rate"), rate.getMessage());
        assertTrue(prior.getMessage().startsWith("The prior precision"), prior.getMessage());
    }

    @ParameterizedTest(name = "beta {0} is rejected")
    @ValueSource(doubles = {0.0, -0.5, Double.NaN, Double.NEGATIVE_INFINITY})
    void betaMustBePositive(double beta) {
        ModelSettings defaults = ModelSettings.defaults();

        assertThrows(IllegalArgumentException.class, () -> defaults.withBeta(beta));
    }

    @Test
    void settingsWithEqualValuesAreEqual() {
        ModelSettings first = ModelSettings.defaults().withBeta(2.0);
        ModelSettings second = ModelSettings.defaults().withBeta(2.0);

        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertNotEquals(first, ModelSettings.defaults());
        assertEquals("ModelSettings[learningRate=1, priorPrecision=1, beta=2, "
                + "pairStrategy=balanced, policyBonus=0.05]", first.toString());
        assertNotEquals(first, first.withPairStrategy(PairStrategy.RANDOM));
        assertNotEquals(first, first.withPolicyBonus(0.5));
    }
}
