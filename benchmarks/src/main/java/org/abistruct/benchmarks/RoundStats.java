package org.abistruct.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Order statistics of a handful of measurements, which assume nothing about their distribution:
 * the median and an interval that holds the true median with a known probability.
 */
final class RoundStats {
    private RoundStats() {
    }

    static double median(List<Double> values) {
        List<Double> sorted = sorted(values);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double min(List<Double> values) {
        return sorted(values).get(0);
    }

    /**
     * The narrowest interval {@code [x(k), x(n + 1 - k)]} of the sorted values that holds the
     * median with at least 95% probability, and that probability, {@code 1 - 2 P(B < k)} for
     * {@code B} binomial over {@code n} halves. With under 6 values no interval reaches 95%; the
     * whole range is given with its lower probability.
     */
    static double[] medianInterval(List<Double> values) {
        List<Double> sorted = sorted(values);
        int n = sorted.size();
        int k = 1;
        while (k + 1 <= (n + 1) / 2 && coverage(n, k + 1) >= 0.95) {
            k++;
        }
        return new double[] {sorted.get(k - 1), sorted.get(n - k), coverage(n, k)};
    }

    /** {@code 1 - 2 P(B <= k - 1)}, {@code B} binomial over {@code n} trials of one half. */
    static double coverage(int n, int k) {
        double below = 0;
        double term = Math.pow(0.5, n);
        for (int j = 0; j < k; j++) {
            below += term;
            term = term * (n - j) / (j + 1);
        }
        return 1 - 2 * below;
    }

    private static List<Double> sorted(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
