package dev.annota.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One day of payload views on a project by one organization's people, counted from the access log: how many distinct
 * people (counted, never named), how many distinct items, how many items in all were shown, how many of them in
 * exports; how many views were the owning organization's staff browsing its own items and images outside a lease
 * ({@code staffViews}: expected, shown apart), and how many happened outside an assignment or review lease otherwise
 * ({@code outsideAssignment}, flagged: a person of another organization shown an item without a lease, or a claim's
 * view with no assignment — no such path exists in the application; the log is the witness).
 */
public record DailyViews(LocalDate day, UUID orgId, long people, long distinctItems, long itemsShown, long exported,
                         long staffViews, long outsideAssignment) {
}
