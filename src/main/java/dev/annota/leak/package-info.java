/**
 * Leaks traced to their source (docs/trust.md): on a project that opts in, every view of an item served to an
 * annotator or a reviewer carries invisible per-view marks in its text ({@link dev.annota.item.LeakMarks}), stripped
 * again from what is submitted, and the workbench shows a faint watermark of the viewer's pseudonym. A leaked text is
 * traced back to the view(s) whose marks it carries, with the strength of the match, through the access log's record
 * of each view ({@link dev.annota.leak.TraceCommand}, {@code POST /api/v1/projects/{id}/trace}).
 * <p>
 * The setting is a column of the project (through {@code Projects.markLeaks}), the views are the access log's.
 * <p>
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leak tracing",
        allowedDependencies = {"audit", "identity", "item", "project", "tenancy"})
package dev.annota.leak;
