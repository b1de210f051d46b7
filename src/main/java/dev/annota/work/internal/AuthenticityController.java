package dev.annota.work.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.annota.identity.CurrentUser;
import dev.annota.project.Project;
import dev.annota.identity.Users;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.quality.KeptQualityReports;
import dev.annota.quality.KeptReportSource;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import dev.annota.work.Writing;
import dev.annota.work.WritingFlag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Authenticity of a project's written answers (docs/trust.md): the share of measured answers flagged as likely not
 * written by the annotator ({@link WritingFlag}), for the project, each vendor and each annotator, and the flagged
 * answers with their evidence (or, for one item, every measured answer). Lives with the work queue, which stores the
 * writing aggregates on the lease; the path is the quality page's. The project's figures are kept per project as the
 * quality page's other reports ({@link KeptQualityReports}): reading every measured answer took seconds and hundreds of
 * MB a load at 300,000 of them (docs/benchmarks.md); one item's are read at each request.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/quality")
@Tag(name = "Quality", description = "Gold items, qualification, pausing, agreement and consensus")
record AuthenticityController(Projects projects, TenantScope tenants, WrittenAnswers written, Users users,
        Organizations organizations, KeptQualityReports kept, Clock clock) implements KeptReportSource {

    /** The kept figures' variant (quality_reports). */
    private static final String VARIANT = "authenticity";

    /** How many flagged answers the project report lists (newest first); the rates count them all. */
    static final int LISTED = 200;

    /** Named apart from the bias figures' {@code Group}: one name for both left the API description wrong for one. */
    @Schema(name = "AuthenticityGroup", description = "Answers with measured free text of the project, a vendor or an annotator, and how many were flagged")
    record Group(UUID id, String name, int answers, int flagged, double rate) {
    }

    record Measured(UUID assignmentId, UUID itemId, UUID annotatorId, String annotatorName, int round, Instant at,
                    String question, Writing writing, boolean flagged, List<String> evidence) {
    }

    /**
     * {@code computedAt}, {@code answersIncluded}, {@code stale}: as in the quality report (the project's figures are
     * kept per project); for one item, computed now over that item's measured answers.
     */
    record Report(WritingFlag.Thresholds thresholds, Group project, List<Group> vendors, List<Group> annotators,
                  List<Measured> answers,
                  @Schema(description = KeptQualityReports.COMPUTED_AT) Instant computedAt,
                  @Schema(description = KeptQualityReports.ANSWERS) long answersIncluded,
                  @Schema(description = KeptQualityReports.STALE) boolean stale) {
    }

    @GetMapping("/authenticity")
    @Operation(operationId = "getAuthenticityFigures", summary = "Authenticity of the written answers: per project, vendor and annotator, how many answers with "
            + "measured free text were flagged as likely not written by the annotator (the rule and thresholds in "
            + "docs/trust.md), and the flagged answers with their evidence (newest 200); with itemId, every measured "
            + "answer of that item, computed at each request. Admins, managers and reviewers of the owning organization")
    @ApiResponse(responseCode = "200", description = "The figures (kept, or computed now)",
            content = @Content(schema = @Schema(implementation = Report.class)))
    @KeptQualityReports.ComputingAccepted
    KeptQualityReports.Served authenticity(CurrentUser caller, @PathVariable UUID projectId,
                         @io.swagger.v3.oas.annotations.Parameter(description = "Only this item's measured answers") @RequestParam(required = false) UUID itemId) {
        var access = projects.access(caller, projectId);
        if (!access.ownerStaff()) {
            throw new ProjectForbidden("Only admins, managers and reviewers of the owning organization see the authenticity figures.");
        }
        var p = access.project();
        if (itemId != null) {
            var now = clock.instant();
            return new KeptQualityReports.Served.Report(tenants.read(p.tenantId(), () -> {
                var rows = written.of(p, itemId);
                return figures(p, rows, true, new KeptReportSource.Stamp(now, rows.size()));
            }));
        }
        return kept.serve(p, VARIANT, null, stamp -> projectFigures(p, stamp));
    }

    @Override
    public Optional<Computation> computation(Project p, String variant) {
        return VARIANT.equals(variant) ? Optional.of(new Computation(null, stamp -> projectFigures(p, stamp))) : Optional.empty();
    }

    /** The project's figures, over all its measured answers (on the read database). */
    private Report projectFigures(Project p, KeptReportSource.Stamp stamp) {
        return tenants.readFromReplica(p.tenantId(), () -> figures(p, written.of(p, null), false, stamp));
    }

    /** The figures over {@code rows}; {@code every}: list every measured answer, not only the newest flagged ones. */
    private Report figures(Project p, List<WrittenAnswers.Written> rows, boolean every, KeptReportSource.Stamp stamp) {
        var people = new HashSet<UUID>();
        rows.forEach(r -> people.add(r.annotatorId()));
        Map<UUID, String> names = users.displayNames(people);
        Map<UUID, UUID> orgNow = users.organizationsOf(people);
        Function<WrittenAnswers.Written, UUID> vendorOf = r -> r.workforce() != null ? r.workforce() : orgNow.get(r.annotatorId());
        var vendorNames = new HashMap<UUID, String>();
        var vendorIds = new HashSet<UUID>();
        rows.forEach(r -> { if (vendorOf.apply(r) != null) vendorIds.add(vendorOf.apply(r)); });
        organizations.named(vendorIds).forEach(o -> vendorNames.put(o.id(), o.name()));
        var whole = new Tally(p.id(), p.name());
        var vendors = new LinkedHashMap<UUID, Tally>();
        var annotators = new LinkedHashMap<UUID, Tally>();
        var answers = new ArrayList<Measured>();
        for (var r : rows) {
            boolean flagged = false;
            for (var q : r.questions().entrySet()) {
                var evidence = WritingFlag.evidence(q.getValue());
                flagged |= !evidence.isEmpty();
                if (every || (!evidence.isEmpty() && answers.size() < LISTED)) {
                    answers.add(new Measured(r.assignmentId(), r.itemId(), r.annotatorId(), names.get(r.annotatorId()),
                            r.round(), r.at(), q.getKey(), q.getValue(), !evidence.isEmpty(), evidence));
                }
            }
            whole.count(flagged);
            UUID vendor = vendorOf.apply(r);
            if (vendor != null) {
                vendors.computeIfAbsent(vendor, v -> new Tally(v, vendorNames.get(v))).count(flagged);
            }
            annotators.computeIfAbsent(r.annotatorId(), a -> new Tally(a, names.get(a))).count(flagged);
        }
        return new Report(WritingFlag.thresholds(), whole.group(),
                vendors.values().stream().map(Tally::group).toList(),
                annotators.values().stream().map(Tally::group).toList(), answers, stamp.computedAt(),
                stamp.answersIncluded(), false);
    }

    /** Answers measured and flagged in one group. */
    private static final class Tally {
        private final UUID id;
        private final String name;
        private int answers;
        private int flagged;

        Tally(UUID id, String name) {
            this.id = id;
            this.name = name;
        }

        void count(boolean isFlagged) {
            answers++;
            flagged += isFlagged ? 1 : 0;
        }

        Group group() {
            return new Group(id, name, answers, flagged, answers == 0 ? 0 : (double) flagged / answers);
        }
    }
}
