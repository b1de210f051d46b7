package dev.annota.item.internal;

import dev.annota.failure.Invalid.Kind;
import tools.jackson.core.TokenStreamLocation;
import java.io.InputStream;

import dev.annota.item.ImportRejected;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an import file as a stream of item records, one at a time, so memory stays flat whatever the file's size.
 * Accepts JSON Lines (one object per line) or one JSON array of objects, told apart by the first token. Each record is
 * {@code {"external_id": "...", "data": {...}, "predictions": [{"model": "...", "score": 0.9, "answer": {...}}]}};
 * line numbers in errors are 1-based lines of the file. An optional {@code "gold": {...}} makes the item a gold item
 * (honeypot) with that known answer, checked against the project's schema by the importer. Predictions are checked here for their shape only; their
 * answers are checked against the project's schema by the importer.
 */
final class ImportReader implements RecordSource {

    /**
     * {@code gold}: the known answer of a gold item (honeypot), null for an ordinary item; {@code answers}: people's
     * answers the file carries for the item (Label Studio's annotations), stored as its annotations.
     */
    record ItemRecord(long line, String externalId, JsonNode data, JsonNode predictions, JsonNode gold,
                      java.util.List<PersonAnswer> answers) {
        ItemRecord(long line, String externalId, JsonNode data, JsonNode predictions, JsonNode gold) {
            this(line, externalId, data, predictions, gold, java.util.List.of());
        }
    }

    /**
     * A person's answer to the item in the file, converted to the project's schema, with where it is in the file
     * (for a refusal) and its provenance: its id and author in the source (null when absent) and when it was made.
     */
    record PersonAnswer(LabelStudioResults.At at, JsonNode answer, String originalId, String originalAuthor,
                        java.time.Instant createdAt) {
    }

    /** Most predictions one item may carry (several models, or a model's top candidates). */
    static final int MAX_PREDICTIONS = 20;

    interface Sink {
        void accept(ItemRecord record);

        /**
         * A record that was read whole but cannot become an item. The import stops at it (nothing is stored); a
         * preview lists it and reads on, since the file itself is still readable.
         */
        default void reject(ImportRejected problem) {
            throw problem;
        }
    }

    /** Turns one JSON object of the file into an item record: Annota's own shape, or another tool's (Label Studio). */
    interface Converter {
        ItemRecord convert(long line, JsonNode node);
    }

    /** The default largest item, as one record of the file: a long document fits, a file pasted into one line does not. */
    static final long DEFAULT_MAX_ITEM_BYTES = 4L * 1024 * 1024;

    private final JsonMapper json;
    private final long maxItemBytes;
    private final Converter converter;

    ImportReader(JsonMapper json) {
        this(json, DEFAULT_MAX_ITEM_BYTES);
    }

    ImportReader(JsonMapper json, long maxItemBytes) {
        this(json, maxItemBytes, ImportReader::toRecord);
    }

    ImportReader(JsonMapper json, long maxItemBytes, Converter converter) {
        this.json = json;
        this.maxItemBytes = maxItemBytes;
        this.converter = converter;
    }

    /** Feeds every record to the sink in file order; throws {@link ImportRejected} at the first bad record. */
    @Override
    public long read(InputStream in, Sink sink) {
        long line = 1;
        long count = 0;
        try (JsonParser parser = json.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new ImportRejected(1, null, "the file holds no items");
            }
            boolean array = token == JsonToken.START_ARRAY;
            if (array) {
                token = parser.nextToken();
            }
            while (token != null && token != JsonToken.END_ARRAY) {
                line = Math.max(line, parser.currentTokenLocation().getLineNr());
                if (token != JsonToken.START_OBJECT) {
                    throw new ImportRejected(line, null, "each item must be a JSON object such as {\"data\": {\"text\": \"...\"}}");
                }
                JsonNode node;
                long start = offset(parser.currentTokenLocation());
                try {
                    node = parser.readValueAsTree();
                } catch (JacksonException e) {
                    // In JSON Lines a record is its line: an unclosed object is only noticed on a later line, but the
                    // line to fix is the one the record started on. In an array, where records span lines, the
                    // parser's own position is the precise one.
                    if (array) {
                        throw e;
                    }
                    throw new ImportRejected(line, null, "not valid JSON (" + e.getOriginalMessage() + ")");
                }
                long size = offset(parser.currentLocation()) - start;
                if (size > maxItemBytes) {
                    throw new ImportRejected(line, null, "the item is " + size + " bytes; one item may be at most "
                            + maxItemBytes + " bytes (ANNOTA_IMPORT_MAX_ITEM_BYTES)", Kind.TOO_LARGE);
                }
                ItemRecord record;
                try {
                    record = converter.convert(line, node);
                } catch (ImportRejected e) {
                    sink.reject(e);
                    record = null;
                } catch (JacksonException e) {
                    // A converter read a value of another type than the format has there (a label that is an object).
                    sink.reject(new ImportRejected(line, null, "a value is not of the type the format has there ("
                            + e.getOriginalMessage() + ")"));
                    record = null;
                }
                if (record != null) {
                    sink.accept(record);
                }
                count++;
                token = parser.nextToken();
            }
            if (array) {
                if (token == null) {
                    throw new ImportRejected(Math.max(line, parser.currentLocation().getLineNr()), null, "the array is not closed with ']'");
                }
                if (parser.nextToken() != null) {
                    throw new ImportRejected(Math.max(line, parser.currentTokenLocation().getLineNr()), null, "unexpected content after the closing ']'");
                }
            } else if (token == JsonToken.END_ARRAY) {
                throw new ImportRejected(line, null, "unexpected ']'");
            }
        } catch (JacksonException e) {
            // Jackson reports line -1 when it has no position (e.g. an encoding it guessed from NUL bytes and then
            // failed to decode, found by fuzzing): the record's line is then the best we can name.
            long at = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? line : e.getLocation().getLineNr();
            throw new ImportRejected(at, null, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (count == 0) {
            throw new ImportRejected(1, null, "the file holds no items");
        }
        return count;
    }

    /** Where the parser stands, in bytes of the file (characters when it reads characters). */
    private static long offset(TokenStreamLocation at) {
        return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
    }

    private static ItemRecord toRecord(long line, JsonNode node) {
        for (String name : node.propertyNames()) {
            if (!name.equals("data") && !name.equals("external_id") && !name.equals("predictions") && !name.equals("gold")) {
                throw new ImportRejected(line, name, "unknown field; an item has 'data' and optionally 'external_id', "
                        + "'predictions' and 'gold'");
            }
        }
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            throw new ImportRejected(line, "data", "required, and must be an object");
        }
        JsonNode id = node.get("external_id");
        String externalId = null;
        if (id != null && !id.isNull()) {
            if (!id.isString() && !id.isIntegralNumber()) {
                throw new ImportRejected(line, "external_id", "must be a string or an integer");
            }
            externalId = id.asString();
            if (externalId.isEmpty() || externalId.length() > 200) {
                throw new ImportRejected(line, "external_id", "must be 1 to 200 characters");
            }
        }
        JsonNode gold = node.get("gold");
        if (gold != null && gold.isNull()) {
            gold = null;
        }
        if (gold != null && !gold.isObject()) {
            throw new ImportRejected(line, "gold", "the known answer of a gold item, in the shape of an annotation");
        }
        return new ItemRecord(line, externalId, data, predictions(line, node.get("predictions")), gold);
    }

    private static JsonNode predictions(long line, JsonNode list) {
        if (list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray() || list.size() > MAX_PREDICTIONS) {
            throw new ImportRejected(line, "predictions", "must be a list of up to " + MAX_PREDICTIONS
                    + " {\"model\", \"score\"?, \"answer\"}");
        }
        if (list.isEmpty()) {
            return null;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String at = "predictions[" + i + "]";
            if (!p.isObject()) {
                throw new ImportRejected(line, at, "must be {\"model\", \"score\"?, \"answer\"}");
            }
            for (String name : p.propertyNames()) {
                if (!name.equals("model") && !name.equals("score") && !name.equals("answer")) {
                    throw new ImportRejected(line, at + "." + name, "unknown field; a prediction has 'model', 'score' and 'answer'");
                }
            }
            JsonNode model = p.get("model");
            if (model == null || !model.isString() || model.stringValue().isBlank() || model.stringValue().length() > 200) {
                throw new ImportRejected(line, at + ".model", "name the model (1 to 200 characters)");
            }
            JsonNode score = p.get("score");
            if (score != null && !score.isNull() && (!score.isNumber() || !Double.isFinite(score.doubleValue()))) {
                throw new ImportRejected(line, at + ".score", "must be a number");
            }
            JsonNode answer = p.get("answer");
            if (answer == null || !answer.isObject()) {
                throw new ImportRejected(line, at + ".answer", "required: an answer in the shape of an annotation");
            }
        }
        return list;
    }
}
