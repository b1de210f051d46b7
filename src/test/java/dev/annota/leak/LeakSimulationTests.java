package dev.annota.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.annota.audit.AuditEvent;
import dev.annota.audit.PayloadView;
import dev.annota.item.LeakMarks;
import org.junit.jupiter.api.Test;

/**
 * Simulated leaks (docs/trust.md, "Leaks traced to their source"): 1,000 views of 1,000 items' texts, each leaking
 * a random run of its marked text (copied from anywhere, cut anywhere, even inside a frame) of a given visible length,
 * and whole paragraphs; every leak is traced against all 1,000 views. Measures how often the source is named and
 * asserts that nobody else ever is.
 */
class LeakSimulationTests {

    private static final int VIEWS = 1_000;
    private static final String[] WORDS = ("the a of patient report model answer annotator was in to and data reviewed "
            + "quarterly revenue grew significantly compared with previous estimates although analysts remain cautious "
            + "about supply chain risks Paris Zoë naïve café 数据 👍 e\u0301").split(" ");

    @Test
    void aLeakOfAParagraphOrOfEightyCharactersNamesItsViewAndNoLeakEverNamesAnotherPerson() {
        Random random = new Random(26);
        UUID tenant = UUID.randomUUID();
        List<PayloadView> views = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < VIEWS; i++) {
            UUID view = UUID.randomUUID();
            views.add(new PayloadView(view, AuditEvent.PAYLOAD_CLAIM, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    Instant.EPOCH.plusSeconds(i), 1));
            marked.add(LeakMarks.mark(text(random), LeakMarks.code(view)));
        }
        Map<Integer, int[]> byLength = new LinkedHashMap<>();
        int wrong = 0;
        for (int length : new int[] {10, 20, 40, 60, 70, 80, 100, 150, 200, 400}) {
            int named = 0;
            for (int v = 0; v < VIEWS; v++) {
                String leak = leak(marked.get(v), length, random);
                Trace trace = Attribution.of(tenant, LeakMarks.read(leak), views);
                UUID source = views.get(v).viewId();
                named += trace.views().stream().anyMatch(x -> x.viewId().equals(source)) ? 1 : 0;
                wrong += (int) trace.views().stream().filter(x -> !x.viewId().equals(source)).count();
            }
            byLength.put(length, new int[] {named});
        }
        int paragraphs = 0;
        int paragraphsNamed = 0;
        for (int v = 0; v < VIEWS; v++) {
            UUID source = views.get(v).viewId();
            for (String paragraph : marked.get(v).split("\n")) {
                Trace trace = Attribution.of(tenant, LeakMarks.read(paragraph), views);
                paragraphs++;
                paragraphsNamed += trace.views().size() == 1 && trace.views().getFirst().viewId().equals(source) ? 1 : 0;
                wrong += (int) trace.views().stream().filter(x -> !x.viewId().equals(source)).count();
            }
        }
        byLength.forEach((length, n) -> System.out.printf("leak of %d visible characters: source named in %d of %d%n",
                length, n[0], VIEWS));
        System.out.printf("paragraphs: %d of %d named; wrong attributions: %d%n", paragraphsNamed, paragraphs, wrong);

        assertThat(wrong).as("leaks naming a view that did not leak").isZero();
        assertThat(paragraphsNamed).isEqualTo(paragraphs);
        assertThat(byLength.get(80)[0]).isEqualTo(VIEWS);
        assertThat(byLength.get(100)[0]).isEqualTo(VIEWS);
        assertThat(byLength.get(200)[0]).isEqualTo(VIEWS);
        assertThat(byLength.get(10)[0]).as("ten characters rarely carry a whole frame").isLessThan(VIEWS / 2);
        // retyped: the same words without marks name nobody
        assertThat(Attribution.of(tenant, LeakMarks.read(LeakMarks.strip(marked.getFirst())), views).views()).isEmpty();
    }

    /** A text of 2 to 5 paragraphs of 1 to 4 sentences of random words. */
    private static String text(Random random) {
        var s = new StringBuilder();
        int paragraphs = 2 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                s.append('\n');
            }
            int sentences = 1 + random.nextInt(4);
            for (int k = 0; k < sentences; k++) {
                int words = 5 + random.nextInt(20);
                for (int w = 0; w < words; w++) {
                    s.append(w == 0 && k == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                s.append('.');
            }
        }
        return s.toString();
    }

    /**
     * A run of {@code visible} characters (code points that are not marks) of {@code marked}, starting anywhere (inside
     * a frame too) and ending after its last visible character with the marks that follow it cut anywhere; the whole
     * text when shorter.
     */
    private static String leak(String marked, int visible, Random random) {
        int[] cps = marked.codePoints().toArray();
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            if (!isMark(cps[i])) {
                shown.add(i);
            }
        }
        if (shown.size() <= visible) {
            return marked;
        }
        int first = random.nextInt(shown.size() - visible + 1);
        int from = first == 0 ? 0 : shown.get(first - 1) + 1 + random.nextInt(shown.get(first) - shown.get(first - 1));
        int last = shown.get(first + visible - 1);
        int next = first + visible < shown.size() ? shown.get(first + visible) : cps.length;
        int to = last + 1 + random.nextInt(next - last);
        return new String(cps, from, to - from);
    }

    private static boolean isMark(int c) {
        return c == '\u2060' || c == '\u200B' || c == '\u200C';
    }
}
