package dev.annota.item.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.annota.failure.Invalid;

/**
 * How to read an import file, from the request's query parameters: {@code format}; {@code map.<column>=<target>}
 * (where a CSV column or a Label Studio data key goes, see {@link FieldMapping}); {@code question.<from_name>=<question>}
 * (which question a Label Studio control's results answer); {@code imageRoot} (prefix of COCO file names without a URL);
 * {@code model} (the model name of predictions made from COCO annotations or preference pairs); {@code annotations}
 * (what becomes of Label Studio annotations).
 */
record ImportOptions(ImportFormat format, Map<String, String> columns, Map<String, String> questions, String imageRoot,
                     String model, Annotations annotations) {

    /** What becomes of Label Studio annotations, people's answers: never lost silently. */
    enum Annotations {
        /**
         * The default: each becomes an annotation of the item, by the organization's imported author, with its
         * original id, author and time kept (docs/formats.md).
         */
        IMPORT,
        /** A task carrying annotations rejects the file, naming the task. */
        REJECT,
        /** Kept as predictions of the item, model {@code imported annotation <id>}, after the task's own predictions. */
        PREDICTIONS,
        /** Left out. */
        SKIP
    }

    static final String MAP = "map.";
    static final String QUESTION = "question.";
    private static final int MAX_NAME = 200;

    static ImportOptions of(ImportFormat format) {
        return new ImportOptions(format, Map.of(), Map.of(), null, null, Annotations.IMPORT);
    }

    static ImportOptions from(String contentType, Map<String, String> parameters) {
        var columns = new LinkedHashMap<String, String>();
        var questions = new LinkedHashMap<String, String>();
        String imageRoot = null;
        String model = null;
        Annotations annotations = Annotations.IMPORT;
        for (var p : parameters.entrySet()) {
            String name = p.getKey();
            String value = p.getValue() == null ? "" : p.getValue().trim();
            if (name.startsWith(MAP) && name.length() > MAP.length()) {
                columns.put(name.substring(MAP.length()), value);
            } else if (name.startsWith(QUESTION) && name.length() > QUESTION.length()) {
                questions.put(name.substring(QUESTION.length()), value);
            } else if (name.equals("imageRoot")) {
                if (!value.startsWith("https://") && !value.startsWith("http://") && !value.startsWith("/")) {
                    throw invalid(name, "must be an http(s) URL or a path on this server, e.g. https://data.example/images/");
                }
                imageRoot = value;
            } else if (name.equals("model")) {
                if (value.isEmpty() || value.length() > MAX_NAME) {
                    throw invalid(name, "name the model (1 to " + MAX_NAME + " characters)");
                }
                model = value;
            } else if (name.equals("annotations")) {
                annotations = switch (value) {
                    case "import" -> Annotations.IMPORT;
                    case "reject" -> Annotations.REJECT;
                    case "predictions" -> Annotations.PREDICTIONS;
                    case "skip" -> Annotations.SKIP;
                    default -> throw invalid(name, "one of import, reject, predictions, skip");
                };
            } else if (!name.equals("format")) {
                throw invalid(name, "unknown parameter; known: format, map.<column>, question.<from_name>, imageRoot, "
                        + "model, annotations");
            }
        }
        return new ImportOptions(ImportFormat.of(parameters.get("format"), contentType), Map.copyOf(columns),
                Map.copyOf(questions), imageRoot, model, annotations);
    }

    /** The model name predictions made by the import carry: {@code model} when given, else the format's own. */
    String modelOr(String fallback) {
        return model == null ? fallback : model;
    }

    private static RuntimeException invalid(String parameter, String message) {
        return new Invalid("Invalid import parameter", "Parameter '" + parameter + "': " + message + ".")
                .with("field", parameter);
    }
}
