package dev.annota.statistics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The little CSV the aggregate command needs (RFC 4180 fields on one line: commas, double quotes, doubled quotes
 * inside quotes). Kept here rather than as a dependency because the fast path — no quote on the line — must not
 * allocate more than the fields themselves when reading a million answers.
 */
public final class Csv {

    private Csv() {
    }

    public static String[] split(String line, int lineNumber) {
        if (line.indexOf('"') < 0) {
            return splitPlain(line);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + lineNumber + ": unclosed quote (fields may not span lines)");
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    private static String[] splitPlain(String line) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        int count = 1;
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) == ',') {
                count++;
            }
        }
        String[] fields = new String[count];
        int start = 0;
        int f = 0;
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) == ',') {
                fields[f++] = line.substring(start, i);
                start = i + 1;
            }
        }
        fields[f] = line.substring(start, end);
        return fields;
    }

    /** Quotes a field when it holds a comma, a quote or a line break. */
    public static String quote(String field) {
        boolean plain = true;
        for (int i = 0; i < field.length() && plain; i++) {
            char c = field.charAt(i);
            plain = c != ',' && c != '"' && c != '\n' && c != '\r';
        }
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
