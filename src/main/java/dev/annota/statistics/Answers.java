package dev.annota.statistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import dev.annota.statistics.internal.Csv;

/**
 * Categorical answers in compact form: items, workers and labels are int codes, and the answers are grouped by item
 * (compressed sparse rows) so that aggregation walks flat int arrays without boxing; memory is linear in the answers.
 * <p>
 * Items keep the order in which they first appear. Labels are ordered numerically when every label is a number,
 * otherwise by their text; that order is the one majority vote breaks ties by. The arrays returned by the accessors
 * are shared, not copied: read them, never write them.
 */
public final class Answers {

    private final String[] items;
    private final String[] workers;
    private final String[] labels;
    private final int[] itemStart;
    private final int[] worker;
    private final int[] label;

    private Answers(String[] items, String[] workers, String[] labels, int[] itemStart, int[] worker, int[] label) {
        this.items = items;
        this.workers = workers;
        this.labels = labels;
        this.itemStart = itemStart;
        this.worker = worker;
        this.label = label;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads UTF-8 CSV with the header {@code item,worker,label} (columns in any order, further columns ignored) from
     * bytes: the fast path, for files of millions of answers.
     *
     * @throws IllegalArgumentException naming the line when the header or a row is malformed
     */
    public static Answers readCsv(java.io.InputStream in) throws IOException {
        return AnswerCsvParser.read(in);
    }

    /**
     * Reads CSV with the header {@code item,worker,label} (columns in any order, further columns ignored).
     *
     * @throws IllegalArgumentException naming the line when the header or a row is malformed
     */
    public static Answers readCsv(Reader reader) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        String header = lines.readLine();
        if (header == null) {
            throw new IllegalArgumentException("the input is empty; expected the header line item,worker,label");
        }
        String[] names = Csv.split(stripBom(header), 1);
        int itemColumn = column(names, "item");
        int workerColumn = column(names, "worker");
        int labelColumn = column(names, "label");
        Builder builder = builder();
        String line;
        int lineNumber = 1;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = Csv.split(line, lineNumber);
            if (fields.length < names.length) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected " + names.length
                        + " fields, found " + fields.length);
            }
            builder.add(fields[itemColumn], fields[workerColumn], fields[labelColumn]);
        }
        return builder.build();
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    /** The index of the header's column {@code wanted}; a header without it is refused, naming line 1. */
    static int column(String[] names, String wanted) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].trim().equals(wanted)) {
                return i;
            }
        }
        throw new IllegalArgumentException("line 1: the header has no column '" + wanted
                + "'; expected item,worker,label but found " + String.join(",", names));
    }

    /** Number of answers. */
    public int size() {
        return label.length;
    }

    public int itemCount() {
        return items.length;
    }

    public int workerCount() {
        return workers.length;
    }

    public int labelCount() {
        return labels.length;
    }

    public String item(int item) {
        return items[item];
    }

    public String worker(int worker) {
        return workers[worker];
    }

    public String label(int label) {
        return labels[label];
    }

    /** The code of a label, or -1 when no answer used it. */
    public int labelCode(String name) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The code of an item, or -1; linear, meant for tests and small look-ups. */
    public int itemCode(String name) {
        for (int i = 0; i < items.length; i++) {
            if (items[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Answers of item i are the positions {@code itemStarts()[i]} (inclusive) to {@code itemStarts()[i + 1]}. */
    public int[] itemStarts() {
        return itemStart;
    }

    /** The worker of each answer, grouped by item. */
    public int[] workers() {
        return worker;
    }

    /** The label of each answer, grouped by item. */
    public int[] labels() {
        return label;
    }

    /**
     * Orders labels (numerically when all are numbers, else by text) and groups answers by item, keeping each item's
     * answers in input order. Codes in the arrays are the order of first appearance of each name.
     */
    static Answers encode(String[] itemNames, String[] workerNames, String[] labelNames, int[] item, int[] worker,
            int[] label, int size) {
        Integer[] order = new Integer[labelNames.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Integer> byName = allNumeric(labelNames)
                ? Comparator.comparingDouble(i -> Double.parseDouble(labelNames[i]))
                : Comparator.comparing(i -> labelNames[i]);
        Arrays.sort(order, byName.thenComparing(i -> labelNames[i]));
        int[] recode = new int[order.length];
        String[] sortedLabels = new String[order.length];
        for (int rank = 0; rank < order.length; rank++) {
            recode[order[rank]] = rank;
            sortedLabels[rank] = labelNames[order[rank]];
        }
        // Counting sort by item: stable, O(answers).
        int[] itemStart = new int[itemNames.length + 1];
        for (int a = 0; a < size; a++) {
            itemStart[item[a] + 1]++;
        }
        for (int i = 0; i < itemNames.length; i++) {
            itemStart[i + 1] += itemStart[i];
        }
        int[] next = Arrays.copyOf(itemStart, itemNames.length);
        int[] sortedWorker = new int[size];
        int[] sortedLabel = new int[size];
        for (int a = 0; a < size; a++) {
            int position = next[item[a]]++;
            sortedWorker[position] = worker[a];
            sortedLabel[position] = recode[label[a]];
        }
        return new Answers(itemNames, workerNames, sortedLabels, itemStart, sortedWorker, sortedLabel);
    }

    private static boolean allNumeric(String[] names) {
        for (String name : names) {
            try {
                double value = Double.parseDouble(name);
                if (Double.isNaN(value)) {
                    return false;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** Collects answers as strings and encodes them. */
    public static final class Builder {

        private final Map<String, Integer> itemCodes = new HashMap<>();
        private final Map<String, Integer> workerCodes = new HashMap<>();
        private final Map<String, Integer> labelCodes = new HashMap<>();
        private int[] item = new int[1024];
        private int[] worker = new int[1024];
        private int[] label = new int[1024];
        private int size;

        private Builder() {
        }

        public Builder add(String itemName, String workerName, String labelName) {
            if (size == label.length) {
                int capacity = size + (size >> 1);
                item = Arrays.copyOf(item, capacity);
                worker = Arrays.copyOf(worker, capacity);
                label = Arrays.copyOf(label, capacity);
            }
            item[size] = code(itemCodes, itemName);
            worker[size] = code(workerCodes, workerName);
            label[size] = code(labelCodes, labelName);
            size++;
            return this;
        }

        private static int code(Map<String, Integer> codes, String name) {
            Integer code = codes.get(name);
            if (code == null) {
                code = codes.size();
                codes.put(name, code);
            }
            return code;
        }

        public Answers build() {
            return encode(names(itemCodes), names(workerCodes), names(labelCodes), item, worker, label, size);
        }

        private static String[] names(Map<String, Integer> codes) {
            String[] names = new String[codes.size()];
            codes.forEach((name, code) -> names[code] = name);
            return names;
        }
    }
}
