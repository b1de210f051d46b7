package dev.annota.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One day of payload views on a project by one organization's people, counted from the access log: how many distinct
 * people (counted, never named), how many distinct items, how many items in all were shown, how many of them in
 * exports, and how many views happened outside an assignment (flagged: a person shown an item they did not hold a
 * lease on — no such path exists today except a manager's export, which is counted apart).
 */
public record DailyViews(LocalDate day, UUID orgId, long people, long distinctItems, long itemsShown, long exported,
                         long outsideAssignment) {
}
