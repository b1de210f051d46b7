package dev.annota.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bradley–Terry with an order effect: the contender shown first wins against the one shown second with probability
 * θ·p_first / (θ·p_first + p_second). θ > 1 means annotators favour what they see first; the strengths p are then
 * the contenders' merit with that favour taken out — the "position-corrected" ranking beside {@link BradleyTerry}'s.
 * Fitted with Hunter's (2004, §3.2) MM iteration for home-field advantage:
 * p_i ← W_i / Σ_g c_g(i) / (θ·p_f(g) + p_s(g)) with c_g(i) = θ when i was first in game g, else 1, and
 * θ ← H / Σ_g p_f(g) / (θ·p_f(g) + p_s(g)), H the first-shown's wins; a tie counts half a win to each side. The prior
 * is {@link BradleyTerry}'s: that many virtual wins and losses per contender against a reference of strength 1, shown
 * in no particular order.
 */
public final class PositionedBradleyTerry {

    /** The fitted order effect θ (odds multiplier of the first-shown) and the standings, strongest first. */
    public record Fit(double firstShownOdds, List<BradleyTerry.Standing> standings) {
    }

    private record Game(int first, int second, double firstWins) {
    }

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Game> games = new ArrayList<>();

    /** A game between {@code first} (shown first) and {@code second}; {@code outcome} +1 first won, −1 second, 0 tie. */
    public PositionedBradleyTerry game(String first, String second, int outcome) {
        if (first.equals(second)) {
            throw new IllegalArgumentException("a comparison needs two different contenders: " + first);
        }
        games.add(new Game(code(first), code(second), outcome > 0 ? 1 : outcome < 0 ? 0 : 0.5));
        return this;
    }

    private int code(String name) {
        return index.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    public Fit fit(double prior) {
        int n = names.size();
        double[] wins = new double[n];
        int[] played = new int[n];
        double firstWins = 0;
        for (Game g : games) {
            wins[g.first()] += g.firstWins();
            wins[g.second()] += 1 - g.firstWins();
            played[g.first()]++;
            played[g.second()]++;
            firstWins += g.firstWins();
        }
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1);
        double theta = 1;
        double[] denominator = new double[n];
        for (int iteration = 0; iteration < 100_000; iteration++) {
            java.util.Arrays.fill(denominator, 0);
            double thetaDenominator = 0;
            for (Game g : games) {
                double total = theta * p[g.first()] + p[g.second()];
                denominator[g.first()] += theta / total;
                denominator[g.second()] += 1 / total;
                thetaDenominator += p[g.first()] / total;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                double updated = (wins[i] + prior) / (denominator[i] + 2 * prior / (p[i] + 1));
                change = Math.max(change, Math.abs(Math.log(updated) - Math.log(p[i])));
                p[i] = updated;
            }
            // The order effect keeps a virtual half game each way, so it stays finite when one side always won.
            double updatedTheta = (firstWins + 0.5) / (thetaDenominator + 1 / (theta + 1));
            change = Math.max(change, Math.abs(Math.log(updatedTheta) - Math.log(theta)));
            theta = updatedTheta;
            if (change < 1e-10) {
                break;
            }
        }
        double meanLog = 0;
        for (double s : p) {
            meanLog += Math.log(s);
        }
        meanLog = n == 0 ? 0 : meanLog / n;
        var order = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -p[i]).thenComparing(names::get));
        var standings = new ArrayList<BradleyTerry.Standing>();
        for (int r = 0; r < order.size(); r++) {
            int i = order.get(r);
            standings.add(new BradleyTerry.Standing(r + 1, names.get(i), Math.log(p[i]) - meanLog, p[i], wins[i], played[i], Double.NaN));
        }
        return new Fit(theta, standings);
    }
}
