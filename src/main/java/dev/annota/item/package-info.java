/**
 * Items: the units of data to label, imported as JSONL or a JSON array, and the two seams every payload passes:
 * {@link dev.annota.item.ItemPayloads} (the one place payloads are written and read back from storage; encryption at
 * rest hooks there) and {@link dev.annota.item.PayloadViews} (the one place a person is shown a payload; the access
 * log hooks there).
 * <p>
 * Owns the tables: items, item_counts, project_images. Another module's SQL may name them only as TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Items",
        allowedDependencies = {"crypto", "identity", "operations", "project", "schema", "tenancy"})
package dev.annota.item;
