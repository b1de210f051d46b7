package dev.annota.statistics;

/**
 * An annotator's accuracy on gold items with its uncertainty: the Beta posterior of the accuracy after {@code correct}
 * right answers out of {@code answered}, from a uniform Beta(1, 1) prior. {@code mean} is the posterior mean
 * (correct + 1) / (answered + 2); {@code low}..{@code high} the equal-tailed 95% credible interval (2.5% and 97.5%
 * quantiles). With no answers the interval is the whole [0, 1]: nothing is known yet.
 */
public record BetaPosterior(long correct, long answered, double mean, double low, double high) {

    public static BetaPosterior of(long correct, long answered) {
        if (correct < 0 || answered < correct) {
            throw new IllegalArgumentException("0 <= correct <= answered");
        }
        double a = correct + 1;
        double b = answered - correct + 1;
        return new BetaPosterior(correct, answered, a / (a + b), quantile(0.025, a, b), quantile(0.975, a, b));
    }

    /** The share of right answers, NaN with none: what thresholds (qualification, pausing) compare. */
    public double observed() {
        return answered == 0 ? Double.NaN : (double) correct / answered;
    }

    /** The p-quantile of Beta(a, b) by bisection on the regularized incomplete beta function (monotone in x). */
    static double quantile(double p, double a, double b) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (regularizedBeta(mid, a, b) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** I_x(a, b), by the continued fraction (modified Lentz), using the symmetry for x beyond the mean. */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 300; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + aa * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + aa * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    /** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; about 15 significant digits). */
    static double logGamma(double x) {
        final double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        x -= 1;
        double sum = g[0];
        for (int i = 1; i < 9; i++) {
            sum += g[i] / (x + i);
        }
        double t = x + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
