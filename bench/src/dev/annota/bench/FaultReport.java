package dev.annota.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the clients of a fault run saw (bench/faults.sh), from FaultLoad's seconds.csv and errors.csv and the
 * script's faults.csv: per fault, the errors between it and the next fault (by kind and status), and the seconds from
 * the fault until the rate of acknowledged submits was back: the first of three seconds in a row at 80 % or more of
 * the rate before the first fault (the median second of that stretch).
 */
public final class FaultReport {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<long[]> seconds = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("seconds.csv"))) {
            String[] f = line.split(",");
            seconds.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])});
        }
        List<String[]> faults = Files.readAllLines(dir.resolve("faults.csv")).stream().map(l -> l.split(",")).toList();
        List<String[]> errors = Files.readAllLines(dir.resolve("errors.csv")).stream().map(l -> l.split(",", 4)).toList();
        long firstFault = Long.parseLong(faults.get(0)[0]);
        var before = seconds.stream().filter(s -> s[0] + 1000 <= firstFault).skip(3).map(s -> s[1]).sorted().toList();
        double baseline = before.isEmpty() ? 0 : before.get(before.size() / 2);
        System.out.printf("%nrate before the first fault: %.0f acknowledged submits/s (median second)%n", baseline);
        System.out.printf("%-26s %8s %12s  %s%n", "fault", "errors", "rate back", "errors by kind (status 0: no HTTP answer)");
        for (int i = 0; i < faults.size(); i++) {
            long at = Long.parseLong(faults.get(i)[0]);
            long until = i + 1 < faults.size() ? Long.parseLong(faults.get(i + 1)[0]) : Long.MAX_VALUE;
            Map<String, Integer> kinds = new TreeMap<>();
            int count = 0;
            for (String[] e : errors) {
                long t = Long.parseLong(e[0]);
                if (t >= at && t < until) {
                    count++;
                    kinds.merge(e[1] + " " + e[2], 1, Integer::sum);
                }
            }
            String back = "not back";
            for (int s = 0; s + 2 < seconds.size(); s++) {
                if (seconds.get(s)[0] + 1000 <= at || seconds.get(s)[0] >= until) {
                    continue;
                }
                if (seconds.get(s)[1] >= 0.8 * baseline && seconds.get(s + 1)[1] >= 0.8 * baseline && seconds.get(s + 2)[1] >= 0.8 * baseline) {
                    back = Math.max(0, (seconds.get(s)[0] - at) / 1000) + " s";
                    break;
                }
            }
            System.out.printf("%-26s %8d %12s  %s%n", faults.get(i)[1], count, back, kinds);
        }
        long before1 = errors.stream().filter(e -> Long.parseLong(e[0]) < firstFault).count();
        System.out.printf("errors before the first fault: %d%n", before1);
    }
}
