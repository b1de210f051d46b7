/**
 * Statistics of labels: agreement between annotators and aggregation of their answers into one label per item.
 * <p>
 * The algorithms here are pure Java and need no Spring context, so the same code serves the server and the offline
 * {@link dev.annota.statistics.AggregateCommand} ({@code java -jar annota.jar aggregate ...}). Answers are held in
 * {@link dev.annota.statistics.Answers}: int-encoded items, workers and labels in flat arrays, because a project can
 * hold millions of answers and aggregation runs over all of them. It depends on no other module.
 * <p>
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics", allowedDependencies = {})
package dev.annota.statistics;
