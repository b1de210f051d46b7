package dev.annota.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.annota.statistics.internal.Csv;

/**
 * Reads answers CSV straight from bytes: names are interned by their UTF-8 bytes in open-addressing tables, so a line
 * costs no String at all unless it brings a new item, worker or label (a million answers: three million Strings
 * fewer than line-by-line parsing). A line holding a double quote goes through {@link Csv#split} instead.
 */
final class AnswerCsvParser {

    private final byte[] buffer = new byte[1 << 16];
    private byte[] line = new byte[256];
    private final Names items = new Names();
    private final Names workers = new Names();
    private final Names labels = new Names();
    private int[] item = new int[1 << 12];
    private int[] worker = new int[1 << 12];
    private int[] label = new int[1 << 12];
    private int size;

    private int itemColumn;
    private int workerColumn;
    private int labelColumn;
    private int columns;
    private int lineNumber;

    static Answers read(InputStream in) throws IOException {
        return new AnswerCsvParser().parse(in);
    }

    private Answers parse(InputStream in) throws IOException {
        int length = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            int start = 0;
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    length = append(buffer, start, i - start, length);
                    line(length);
                    length = 0;
                    start = i + 1;
                }
            }
            length = append(buffer, start, read - start, length);
        }
        if (length > 0) {
            line(length);
        }
        if (lineNumber == 0) {
            throw new IllegalArgumentException("the input is empty; expected the header line item,worker,label");
        }
        return Answers.encode(items.names(), workers.names(), labels.names(), item, worker, label, size);
    }

    private int append(byte[] source, int from, int count, int length) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(source, from, line, length, count);
        return length + count;
    }

    private void line(int length) {
        lineNumber++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (lineNumber == 1) {
            header(new String(line, 0, length, StandardCharsets.UTF_8));
            return;
        }
        if (length == 0) {
            return;
        }
        if (size == item.length) {
            int capacity = size + (size >> 1);
            item = Arrays.copyOf(item, capacity);
            worker = Arrays.copyOf(worker, capacity);
            label = Arrays.copyOf(label, capacity);
        }
        for (int i = 0; i < length; i++) {
            if (line[i] == '"') {
                quoted(new String(line, 0, length, StandardCharsets.UTF_8));
                return;
            }
        }
        int column = 0;
        int start = 0;
        int found = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || line[i] == ',') {
                if (column == itemColumn) {
                    item[size] = items.code(line, start, i - start);
                    found++;
                } else if (column == workerColumn) {
                    worker[size] = workers.code(line, start, i - start);
                    found++;
                } else if (column == labelColumn) {
                    label[size] = labels.code(line, start, i - start);
                    found++;
                }
                column++;
                start = i + 1;
            }
        }
        if (column < columns || found < 3) {
            throw new IllegalArgumentException("line " + lineNumber + ": expected " + columns + " fields, found "
                    + column);
        }
        size++;
    }

    private void quoted(String text) {
        String[] fields = Csv.split(text, lineNumber);
        if (fields.length < columns) {
            throw new IllegalArgumentException("line " + lineNumber + ": expected " + columns + " fields, found "
                    + fields.length);
        }
        item[size] = items.code(fields[itemColumn]);
        worker[size] = workers.code(fields[workerColumn]);
        label[size] = labels.code(fields[labelColumn]);
        size++;
    }

    private void header(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] names = Csv.split(text, 1);
        columns = names.length;
        itemColumn = Answers.column(names, "item");
        workerColumn = Answers.column(names, "worker");
        labelColumn = Answers.column(names, "label");
    }

    /** Interns names by their bytes: code = order of first appearance. */
    private static final class Names {

        private byte[] pool = new byte[1 << 12];
        private int poolSize;
        private int[] offset = new int[256];
        private int[] length = new int[256];
        private int[] hash = new int[256];
        private int count;
        private int[] slots = new int[512];

        int code(String name) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            return code(bytes, 0, bytes.length);
        }

        int code(byte[] bytes, int from, int len) {
            int h = 1;
            for (int i = from; i < from + len; i++) {
                h = 31 * h + bytes[i];
            }
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            int mask = slots.length - 1;
            for (int s = h & mask; ; s = (s + 1) & mask) {
                int slot = slots[s];
                if (slot == 0) {
                    return add(bytes, from, len, h, s);
                }
                int c = slot - 1;
                if (hash[c] == h && length[c] == len
                        && Arrays.equals(pool, offset[c], offset[c] + len, bytes, from, from + len)) {
                    return c;
                }
            }
        }

        private int add(byte[] bytes, int from, int len, int h, int slot) {
            if (poolSize + len > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
            }
            System.arraycopy(bytes, from, pool, poolSize, len);
            if (count == offset.length) {
                offset = Arrays.copyOf(offset, count * 2);
                length = Arrays.copyOf(length, count * 2);
                hash = Arrays.copyOf(hash, count * 2);
            }
            offset[count] = poolSize;
            length[count] = len;
            hash[count] = h;
            poolSize += len;
            slots[slot] = ++count;
            if (count * 2 > slots.length) {
                rehash();
            }
            return count - 1;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int c = 0; c < count; c++) {
                int s = hash[c] & mask;
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = c + 1;
            }
        }

        String[] names() {
            String[] names = new String[count];
            for (int c = 0; c < count; c++) {
                names[c] = new String(pool, offset[c], length[c], StandardCharsets.UTF_8);
            }
            return names;
        }
    }
}
