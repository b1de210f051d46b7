package dev.annota.item;

import java.util.List;

/** What an import stored: items added, duplicates skipped (by external_id) and the first few duplicate ids. */
public record ImportReport(long received, long added, long duplicates, List<String> duplicateExternalIds) {
}
