package dev.annota.annotation.internal;

import java.time.Instant;
import java.util.regex.Pattern;

import dev.annota.failure.Invalid;

/**
 * The {@code README.md} of a Hugging Face dataset folder: YAML front matter (licence, the default config's data files,
 * the features with their dtypes), then a few lines saying what the table holds.
 */
final class DatasetCard {

    /** Hugging Face licence identifiers: lowercase SPDX-like ids (cc-by-4.0, apache-2.0, other). */
    private static final Pattern LICENSE = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,63}");

    private DatasetCard() {
    }

    /** The licence the lab sets ({@code other} when it sets none); 422 naming {@code license} for anything else. */
    static String license(String requested) {
        if (requested == null || requested.isBlank()) {
            return "other";
        }
        String id = requested.strip();
        if (!LICENSE.matcher(id).matches()) {
            throw new Invalid("Export not possible", "'" + requested + "' is not a licence identifier such as cc-by-4.0, "
                    + "apache-2.0, mit or other (lowercase letters, digits, '.', '+', '-').").with("field", "license");
        }
        return id;
    }

    static String of(FlatTable table, String license, String projectName, String dataPath) {
        var card = new StringBuilder("---\n");
        card.append("license: ").append(license).append('\n');
        card.append("pretty_name: ").append(quoted(projectName)).append('\n');
        card.append("configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: ").append(dataPath).append('\n');
        card.append("dataset_info:\n  features:\n");
        for (FlatTable.Column c : table.columns()) {
            card.append("  - name: ").append(c.name()).append("\n    dtype: ").append(switch (c.type()) {
                case STRING -> "string";
                case INTEGER -> "int64";
                case DECIMAL -> "float64";
            }).append('\n');
        }
        card.append("  splits:\n  - name: train\n---\n\n");
        card.append("# ").append(projectName.replace('\n', ' ')).append("\n\n");
        card.append("Labels exported from Annota on ").append(Instant.now()).append(": ")
                .append(table.consensus() ? "one row per item with the consensus of its answers (label and confidence "
                        + "per aggregated question)." : "one row per answer, the item's data as JSON in `data`, one column "
                        + "per question (ratings as integers, other answers as text or compact JSON).")
                .append("\n");
        return card.toString();
    }

    /** A YAML double-quoted scalar (JSON string rules, which YAML accepts). */
    private static String quoted(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
