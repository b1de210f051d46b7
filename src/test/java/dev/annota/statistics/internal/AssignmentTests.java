package dev.annota.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class AssignmentTests {

    @Test
    void theHungarianMethodFindsTheSameBestTotalAsTryingEveryMatchingOnRandomRectangularMatrices() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int rows = 1 + random.nextInt(5);
            int columns = 1 + random.nextInt(5);
            double[][] w = new double[rows][columns];
            for (double[] row : w) {
                for (int j = 0; j < columns; j++) {
                    row[j] = random.nextDouble() < 0.3 ? 0 : random.nextDouble();
                }
            }
            int[] match = Assignment.maximumWeight(w);
            double total = 0;
            boolean[] taken = new boolean[columns];
            for (int i = 0; i < rows; i++) {
                if (match[i] >= 0) {
                    assertThat(taken[match[i]]).as("a column matched twice").isFalse();
                    assertThat(w[i][match[i]]).isPositive();
                    taken[match[i]] = true;
                    total += w[i][match[i]];
                }
            }
            assertThat(total).isCloseTo(best(w, 0, new boolean[columns]), within(1e-9));
        }
    }

    private static double best(double[][] w, int row, boolean[] taken) {
        if (row == w.length) {
            return 0;
        }
        double result = best(w, row + 1, taken);
        for (int j = 0; j < taken.length; j++) {
            if (!taken[j] && w[row][j] > 0) {
                taken[j] = true;
                result = Math.max(result, w[row][j] + best(w, row + 1, taken));
                taken[j] = false;
            }
        }
        return result;
    }

    @Test
    void anEmptySideMatchesNothing() {
        assertThat(Assignment.maximumWeight(new double[0][0])).isEmpty();
        assertThat(Assignment.maximumWeight(new double[][] {{}, {}})).containsExactly(-1, -1);
    }
}
