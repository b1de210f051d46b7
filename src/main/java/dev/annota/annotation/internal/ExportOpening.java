package dev.annota.annotation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;

import dev.annota.annotation.AnswerFigures;
import dev.annota.annotation.ExportFilter;
import dev.annota.annotation.ExportReview;
import dev.annota.failure.Invalid;
import dev.annota.identity.Users;
import dev.annota.item.ItemPayloads;
import dev.annota.item.PayloadViews;
import dev.annota.project.Engagement;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What every export does before its first row, inside its tenant transaction: the review records under its filter,
 * the workforce's people, how many items it shows (announced to the access log with the format and the filter, which
 * opens the payloads) and how many answers it walks (an export job's progress).
 */
@Component
record ExportOpening(JdbcTemplate jdbc, PayloadViews views, ReviewedAnswers reviewedAnswers, AnswerFigures figures,
        Users users, Projects projects) {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    /** The export's start: {@code items} shown, {@code rows} the project's answers the walk reads. */
    record Opened(Project project, ReviewedAnswers.Reading reviewed, ItemPayloads payloads, AnswerRows.Scope scope,
                  long items, long rows) {
    }

    /** Inside the export's tenant transaction; {@code format}: the format's name for the access log. */
    Opened open(ProjectAccess access, String format, ExportFilter filter) {
        Project p = access.project();
        AnswerRows.Scope scope = scope(access, filter);
        ReviewedAnswers.Reading reviewed = reviewedAnswers.read(p.tenantId(), p.id(), filter.review());
        long items = filter.review() == ExportReview.ACCEPTED ? reviewed.itemsWithAcceptedWork()
                : jdbc.queryForObject("""
                        select count(distinct item_id) from annotations
                        where tenant_id = ? and project_id = ? and created_at >= ? and created_at < ?""", Long.class,
                p.tenantId(), p.id(), Timestamp.from(filter.from() == null ? EARLIEST : filter.from()),
                Timestamp.from(filter.to() == null ? LATEST : filter.to()));
        long rows = jdbc.queryForObject("select count(*) from annotations where tenant_id = ? and project_id = ?",
                Long.class, p.tenantId(), p.id());
        ItemPayloads payloads = views.exporting(access.caller(), p.tenantId(), p.id(), items, format + filter.describe());
        return new Opened(p, reviewed, payloads, scope, items, rows);
    }

    /**
     * The answers the filter keeps beside review. A workforce must be the project's owner (its in-house people) or a
     * workforce engaged on it; its people are those of the organization among the project's annotators.
     */
    AnswerRows.Scope scope(ProjectAccess access, ExportFilter filter) {
        if (filter.workforce() == null) {
            return new AnswerRows.Scope(filter.from(), filter.to(), null);
        }
        Project p = access.project();
        boolean known = filter.workforce().equals(p.tenantId())
                || projects.engagements(access).stream().map(Engagement::workforceOrgId).anyMatch(filter.workforce()::equals);
        if (!known) {
            throw new Invalid("Export not possible", "Organization " + filter.workforce()
                    + " is neither the project's owner nor a workforce engaged on it.").with("field", "workforce");
        }
        var people = new HashSet<UUID>();
        users.organizationsOf(new HashSet<>(figures.annotators(p.tenantId(), p.id())))
                .forEach((person, org) -> {
                    if (org.equals(filter.workforce())) {
                        people.add(person);
                    }
                });
        return new AnswerRows.Scope(filter.from(), filter.to(), people);
    }
}
