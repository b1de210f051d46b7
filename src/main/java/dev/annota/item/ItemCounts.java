package dev.annota.item;

/**
 * Items of a project by state: open (a slot is free), full (every slot is leased or annotated, some still leased) and
 * done (all {@code overlap} annotations in).
 */
public record ItemCounts(long total, long open, long full, long done) {
}
