package dev.annota.item;

import java.util.List;

/**
 * What an import stored: items added, duplicates skipped (by external_id), the first few duplicate ids, and the
 * people's answers the file carried that became annotations of the added items (Label Studio's annotations).
 */
public record ImportReport(long received, long added, long duplicates, List<String> duplicateExternalIds, long annotations) {

    public ImportReport(long received, long added, long duplicates, List<String> duplicateExternalIds) {
        this(received, added, duplicates, duplicateExternalIds, 0);
    }
}
