package dev.annota.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Generates an import file of text items on the fly: never held in memory, same bytes every time. */
final class ItemsFile extends InputStream {

    private static final String WORDS = "the quick brown fox jumps over the lazy dog while an assistant explains how "
            + "to reset a router, back up photos, plan a budget, decline a meeting politely and hike safely alone ";

    private final String prefix;
    private final int count;
    private int next;
    private byte[] line = new byte[0];
    private int at;

    ItemsFile(String prefix, int count) {
        this.prefix = prefix;
        this.count = count;
    }

    /** The data object of item i: a ~200-character text. */
    static String itemData(int i) {
        return "{\"text\":\"" + text(i) + "\"}";
    }

    static String line(String prefix, int i) {
        return "{\"external_id\":\"" + prefix + "-" + i + "\",\"data\":" + itemData(i) + "}\n";
    }

    private static String text(int i) {
        int from = i % 40;
        String body = WORDS.substring(from) + WORDS.substring(0, from);
        return ("Item " + i + ": " + body + body).substring(0, 196);
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return line[at++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len && fill()) {
            int chunk = Math.min(len - n, line.length - at);
            System.arraycopy(line, at, b, off + n, chunk);
            at += chunk;
            n += chunk;
        }
        return n == 0 ? -1 : n;
    }

    private boolean fill() {
        if (at < line.length) {
            return true;
        }
        if (next >= count) {
            return false;
        }
        line = line(prefix, next++).getBytes(StandardCharsets.UTF_8);
        at = 0;
        return true;
    }
}
