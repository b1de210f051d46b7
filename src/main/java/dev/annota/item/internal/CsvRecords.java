package dev.annota.item.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.annota.failure.Invalid.Kind;
import dev.annota.item.ImportRejected;
import dev.annota.schema.TaskType;
import dev.annota.schema.Violation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reads a CSV file (RFC 4180, UTF-8, a header row naming the columns) as item records, one row at a time, each row's
 * cells placed by the {@link FieldMapping}. Rows may span lines inside quotes; an error names the row's first line and
 * its column.
 */
final class CsvRecords implements RecordSource {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false)
            .get();

    private final FieldMapping mapping;
    private final TaskType type;
    private final long maxItemBytes;

    CsvRecords(FieldMapping mapping, TaskType type, long maxItemBytes) {
        this.mapping = mapping;
        this.type = type;
        this.maxItemBytes = maxItemBytes;
    }

    @Override
    public long read(InputStream in, ImportReader.Sink sink) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long count = 0;
        long line = 1;
        try (var reader = new BufferedReader(new InputStreamReader(in, decoder));
             CSVParser parser = open(withoutByteOrderMark(reader))) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new ImportRejected(1, null, "the file holds no header row naming the columns");
            }
            for (String column : header) {
                mapping.target(column);
            }
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                if (!next(rows, line)) {
                    break;
                }
                CSVRecord row = rows.next();
                if (row.size() == 1 && row.get(0).isEmpty()) {
                    continue;
                }
                if (row.size() != header.size()) {
                    throw new ImportRejected(line, null, "the row has " + row.size() + " cells but the header names "
                            + header.size() + " columns");
                }
                var cells = new LinkedHashMap<String, JsonNode>();
                long size = 0;
                for (int i = 0; i < header.size(); i++) {
                    String cell = row.get(i);
                    size += cell.length();
                    cells.put(header.get(i), StringNode.valueOf(cell));
                }
                if (size > maxItemBytes) {
                    throw new ImportRejected(line, null, "the row is " + size + " characters; one item may be at most "
                            + maxItemBytes + " bytes (ANNOTA_IMPORT_MAX_ITEM_BYTES)", Kind.TOO_LARGE);
                }
                count++;
                ImportReader.ItemRecord record;
                try {
                    record = toRecord(line, cells);
                } catch (ImportRejected e) {
                    sink.reject(e);
                    continue;
                }
                sink.accept(record);
            }
        } catch (IOException e) {
            throw notReadable(line, e);
        }
        if (count == 0) {
            throw new ImportRejected(1, null, "the file holds no rows under its header");
        }
        return count;
    }

    private ImportReader.ItemRecord toRecord(long line, Map<String, JsonNode> cells) {
        FieldMapping.Mapped mapped = mapping.apply(line, cells);
        // Checked here as well as by the importer, to name the column a CSV author sees rather than the data path.
        Violation wrong = type.checkItemData(mapped.data());
        if (wrong != null) {
            String column = mapping.sourceOf(cells.keySet(), wrong.field());
            var e = new ImportRejected(line, column == null ? wrong.field() : column, wrong.message()
                    + (column == null ? " (no column gives " + wrong.field() + "; name one after it or map one with map.<column>="
                    + wrong.field() + ")" : ""));
            e.with("column", column);
            throw e;
        }
        return new ImportReader.ItemRecord(line, mapped.externalId(), mapped.data(), null, null);
    }

    private static CSVParser open(BufferedReader reader) throws IOException {
        try {
            return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV says what is wrong with the header (an empty or repeated column name) in its message.
            throw new ImportRejected(1, null, "the header row is not usable: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw notReadable(1, e.getCause());
        }
    }

    /** Parses the next row; a malformed one (a quote left open, text after a closing quote) rejects the file. */
    private static boolean next(Iterator<CSVRecord> rows, long line) {
        try {
            return rows.hasNext();
        } catch (UncheckedIOException e) {
            throw notReadable(line, e.getCause());
        } catch (IllegalStateException e) {
            throw new ImportRejected(line, null, "not valid CSV (" + e.getMessage() + ")");
        }
    }

    private static ImportRejected notReadable(long line, IOException e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return new ImportRejected(line, null, "not UTF-8 text");
        }
        return new ImportRejected(line, null, "not valid CSV (" + e.getMessage() + ")");
    }

    /** Spreadsheets often start a UTF-8 CSV with a byte order mark; it is not part of the first column's name. */
    private static BufferedReader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
