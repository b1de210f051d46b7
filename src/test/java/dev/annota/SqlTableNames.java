package dev.annota;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tables a Java source file's SQL names, found by reading the file as text: only its string literals and text
 * blocks count (never comments, identifiers or character literals), and in them only a known table's name standing as
 * a whole word right after {@code from}, {@code join}, {@code into}, {@code update}, {@code table}, {@code using},
 * {@code truncate} (or after a comma of a {@code from} list), so a column or a Java name that happens to spell a
 * table is no hit. A statement literal that ends in such a keyword and is continued by {@code + expression} names a
 * table the code computes: that is reported as {@link #COMPUTED}, because a computed name could be any table.
 */
final class SqlTableNames {

    /** The table of a statement whose table name is computed at run time ({@code "delete from " + table}). */
    static final String COMPUTED = "(computed)";

    /** Stands in the joined text of a literal chain for an expression concatenated into it. */
    private static final String HOLE = " \u0000 ";

    private static final String KEYWORD = "(?:from|join|into|update|table|using|truncate)";
    private static final String NAME = "[a-z_][a-z0-9_]*";
    /** Words that may follow a table and are no alias. */
    private static final Set<String> NOT_ALIASES = Set.of("where", "on", "join", "left", "right", "inner", "outer",
            "cross", "full", "natural", "set", "order", "group", "limit", "offset", "for", "values", "select",
            "returning", "union", "having", "window", "fetch", "using", "as", "with", "default");

    private static final Pattern REFERENCE = Pattern.compile(
            "\\b" + KEYWORD + "\\s+(?:only\\s+)?(?:if\\s+(?:not\\s+)?exists\\s+)?(" + NAME + "|\u0000)",
            Pattern.CASE_INSENSITIVE);
    /** A chain with a computed table counts only when it reads as a statement, not as a message ("from " + min). */
    private static final Pattern STATEMENT = Pattern.compile(
            "\\b(?:select|insert|update|delete|merge|truncate|alter|create|drop|lock)\\b", Pattern.CASE_INSENSITIVE);
    /** {@code [as] alias, next_table}: the rest of a comma-separated {@code from} list. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "\\G(?:\\s+(?:as\\s+)?(" + NAME + "))?\\s*,\\s*(" + NAME + ")", Pattern.CASE_INSENSITIVE);

    record Reference(String table, int line) {
    }

    private SqlTableNames() {
    }

    /** The references to {@code tables} (lower case) in the string literals of one Java source file. */
    static List<Reference> in(String javaSource, Set<String> tables) {
        var found = new ArrayList<Reference>();
        for (var chain : literalChains(javaSource)) {
            var m = REFERENCE.matcher(chain.text());
            int from = 0;
            while (m.find(from)) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                int line = chain.lineAt(m.start(1));
                if (name.equals("\u0000")) {
                    if (STATEMENT.matcher(chain.text()).find()) {
                        found.add(new Reference(COMPUTED, line));
                    }
                } else if (tables.contains(name)) {
                    found.add(new Reference(name, line));
                }
                from = m.end();
                String keyword = m.group(0).toLowerCase(Locale.ROOT);
                if (keyword.startsWith("from") || keyword.startsWith("using")) {
                    var item = LIST_ITEM.matcher(chain.text());
                    item.region(m.end(), chain.text().length());
                    while (item.find() && (item.group(1) == null
                            || !NOT_ALIASES.contains(item.group(1).toLowerCase(Locale.ROOT)))) {
                        String next = item.group(2).toLowerCase(Locale.ROOT);
                        if (tables.contains(next)) {
                            found.add(new Reference(next, chain.lineAt(item.start(2))));
                        }
                        from = item.end();
                        item.region(from, chain.text().length());
                    }
                }
            }
        }
        return found;
    }

    /**
     * The text of each chain of string literals joined by {@code +}: adjacent literals are joined as Java joins them,
     * an expression in between leaves a {@link #HOLE}. Each character keeps the source line it came from.
     */
    private record Chain(String text, int[] lines) {
        int lineAt(int index) {
            return lines[Math.min(index, lines.length - 1)];
        }
    }

    private static List<Chain> literalChains(String src) {
        var chains = new ArrayList<Chain>();
        var text = new StringBuilder();
        var lines = new ArrayList<Integer>();
        boolean open = false;        // a chain is being built
        boolean afterPlus = false;   // the chain's last token was "+" following a literal or hole
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end, '\n');
                i = end;
            } else if (c == '\'') {
                i++;
                while (i < n && src.charAt(i) != '\'') {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                open = closeUnlessContinued(open, afterPlus, text, lines, chains, true);
                afterPlus = false;
            } else if (c == '"') {
                boolean block = src.startsWith("\"\"\"", i);
                int start = block ? src.indexOf('\n', i) + 1 : i + 1;
                int j = start;
                var literal = new StringBuilder();
                int literalLine = block ? line + 1 : line;
                var literalLines = new ArrayList<Integer>();
                while (j < n && !(block ? src.startsWith("\"\"\"", j) : src.charAt(j) == '"')) {
                    char d = src.charAt(j);
                    if (d == '\\' && j + 1 < n) {
                        literal.append(' ');
                        literalLines.add(literalLine);
                        j += 2;
                        continue;
                    }
                    literal.append(d);
                    literalLines.add(literalLine);
                    if (d == '\n') {
                        literalLine++;
                    }
                    j++;
                }
                int end = Math.min(n, j + (block ? 3 : 1));
                line += count(src, i, end, '\n');
                i = end;
                if (!(open && afterPlus)) {
                    flush(text, lines, chains);
                }
                text.append(literal);
                lines.addAll(literalLines);
                open = true;
                afterPlus = false;
            } else if (c == '+' && open && !src.startsWith("++", i) && !src.startsWith("+=", i)) {
                afterPlus = true;
                i++;
            } else if (open && afterPlus) {
                // An expression concatenated into the chain leaves a hole; it runs to the next "+" at its own depth
                // (the chain goes on) or to a token that ends it (the chain ends).
                for (int k = 0; k < HOLE.length(); k++) {
                    lines.add(line);
                }
                text.append(HOLE);
                afterPlus = false;
                int depth = 0;
                boolean ended = false;
                while (i < n) {
                    char d = src.charAt(i);
                    if (d == '\n') {
                        line++;
                    } else if (d == '"' && depth > 0) {
                        i++;
                        while (i < n && src.charAt(i) != '"') {
                            i += src.charAt(i) == '\\' ? 2 : 1;
                        }
                    } else if (d == '(' || d == '[') {
                        depth++;
                    } else if ((d == ')' || d == ']') && depth > 0) {
                        depth--;
                    } else if (depth == 0 && d == '+') {
                        break;
                    } else if (depth == 0 && ",;:?{})]\"".indexOf(d) >= 0) {
                        ended = true;
                        break;
                    }
                    i++;
                }
                if (ended || i >= n) {
                    open = closeUnlessContinued(open, false, text, lines, chains, false);
                }
            } else {
                open = closeUnlessContinued(open, afterPlus, text, lines, chains, false);
                afterPlus = false;
                i++;
            }
        }
        flush(text, lines, chains);
        return chains;
    }

    private static boolean closeUnlessContinued(boolean open, boolean afterPlus, StringBuilder text,
            List<Integer> lines, List<Chain> chains, boolean charLiteral) {
        if (open && afterPlus && charLiteral) {
            text.append(HOLE);
            for (int k = 0; k < HOLE.length(); k++) {
                lines.add(lines.isEmpty() ? 1 : lines.get(lines.size() - 1));
            }
            return true;
        }
        if (open) {
            flush(text, lines, chains);
        }
        return false;
    }

    private static void flush(StringBuilder text, List<Integer> lines, List<Chain> chains) {
        if (!text.isEmpty()) {
            chains.add(new Chain(text.toString(), lines.stream().mapToInt(Integer::intValue).toArray()));
        }
        text.setLength(0);
        lines.clear();
    }

    private static int count(String s, int from, int to, char c) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }
}
