package dev.annota.testing;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frames a traced Chromium ({@link Browser#startTracing}) drew between two {@code performance.mark()}s of the
 * page. A frame is a {@code DrawFrame} event of the page's renderer: a compositor frame submitted to the display
 * compositor, which is what DevTools' Performance panel counts as a frame. Unlike {@code requestAnimationFrame}
 * timestamps or timings taken in JavaScript, it includes the paint: a canvas is rasterized after the script, when the
 * main thread updates the layers, and a frame only follows once that is done.
 */
public final class FrameTrace {

    /** Enough for the frames and the page's marks; wider categories make the log many times larger. */
    public static final String CATEGORIES = "blink.user_timing,disabled-by-default-devtools.timeline.frame";

    private final List<JsonNode> events;

    private FrameTrace(List<JsonNode> events) {
        this.events = events;
    }

    /**
     * The trace recorded since the page was loaded. chromedriver ends the trace to answer, and hands it over once
     * per page: read it after everything to be measured.
     */
    public static FrameTrace read(ChromeDriver driver, JsonMapper json) {
        var events = new ArrayList<JsonNode>();
        for (LogEntry entry : driver.manage().logs().get("performance")) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if ("Tracing.dataCollected".equals(message.path("method").asString())) {
                events.add(message.path("params"));
            }
        }
        return new FrameTrace(events);
    }

    /** The frames the page's renderer drew from one mark to the other; the marks must be in the trace. */
    public Frames between(String startMark, String endMark) {
        JsonNode start = mark(startMark);
        JsonNode end = mark(endMark);
        long from = start.path("ts").asLong();
        long to = end.path("ts").asLong();
        int renderer = start.path("pid").asInt();
        var drawn = new ArrayList<Long>();
        int dropped = 0;
        for (JsonNode e : events) {
            long ts = e.path("ts").asLong();
            if (e.path("pid").asInt() != renderer || ts < from || ts > to) {
                continue;
            }
            switch (e.path("name").asString()) {
                case "DrawFrame" -> drawn.add(ts);
                case "DroppedFrame" -> dropped++;
                default -> { }
            }
        }
        drawn.sort(null);
        var intervals = new ArrayList<Double>();
        for (int i = 1; i < drawn.size(); i++) {
            intervals.add((drawn.get(i) - drawn.get(i - 1)) / 1000.0);
        }
        intervals.sort(null);
        return new Frames(drawn.size(), (to - from) / 1e6, quantile(intervals, 0.5), quantile(intervals, 0.9), dropped);
    }

    private JsonNode mark(String name) {
        return events.stream().filter(e -> name.equals(e.path("name").asString()) && "blink.user_timing".equals(e.path("cat").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("No mark " + name + " in the trace of " + events.size() + " events"));
    }

    private static double quantile(List<Double> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.floor(q * (sorted.size() - 1)));
    }

    /**
     * Frames drawn in a window: how many, over how many seconds, the median and 90th percentile of the intervals
     * between them (ms), and the frames the compositor reported as dropped.
     */
    public record Frames(int count, double seconds, double medianMs, double p90Ms, int dropped) {

        public double perSecond() {
            return count / seconds;
        }

        @Override
        public String toString() {
            return "%d frames in %.2f s (%.1f/s), interval median %.1f ms, p90 %.1f ms, %d dropped"
                    .formatted(count, seconds, perSecond(), medianMs, p90Ms, dropped);
        }
    }
}
