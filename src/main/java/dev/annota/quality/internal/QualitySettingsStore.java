package dev.annota.quality.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import dev.annota.failure.Failure;
import dev.annota.failure.Invalid;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.RoundTrip;
import dev.annota.tenancy.TenantScope;
import dev.annota.quality.QualitySettings;
import dev.annota.quality.QualitySettingsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes a project's quality settings (table quality_settings; no row: {@link QualitySettings#defaults}). */
@Component
public record QualitySettingsStore(JdbcClient jdbc, TenantScope tenants, ApplicationEventPublisher events,
        Clock clock) {

    private static final String SELECT = """
            select gold_rate, qualification_items, qualification_threshold, pause_threshold, pause_min_answers,
                   adaptive_threshold, max_overlap from quality_settings where tenant_id = ? and project_id = ?""";

    private static final RowMapper<QualitySettings> ROW = (rs, n) -> new QualitySettings(rs.getDouble(1), rs.getInt(2),
            rs.getDouble(3), rs.getDouble(4), rs.getInt(5), (Double) (rs.getObject(6) == null ? null : rs.getDouble(6)), rs.getInt(7));

    /** The settings; joins the caller's tenant transaction (claim, submit) or opens one. */
    public QualitySettings load(Project p) {
        return tenants.read(p.tenantId(), () -> jdbc.sql(SELECT).params(p.tenantId(), p.id()).query(ROW)
                .optional().orElseGet(() -> QualitySettings.defaults(p.overlap())));
    }

    /** The settings, read in the caller's round trip (inside its tenant transaction). */
    public Supplier<QualitySettings> load(RoundTrip trip, Project p) {
        var row = trip.queryOptional(SELECT, ROW, p.tenantId(), p.id());
        return () -> row.get().orElseGet(() -> QualitySettings.defaults(p.overlap()));
    }

    /** Changes the settings; fields left null keep their value. */
    public QualitySettings change(ProjectAccess access, QualitySettings changes, boolean adaptiveGiven) {
        Projects.requireManage(access);
        Project p = access.project();
        QualitySettings old = load(p);
        var s = new QualitySettings(
                changes.goldRate() == null ? old.goldRate() : changes.goldRate(),
                changes.qualificationItems() == null ? old.qualificationItems() : changes.qualificationItems(),
                changes.qualificationThreshold() == null ? old.qualificationThreshold() : changes.qualificationThreshold(),
                changes.pauseThreshold() == null ? old.pauseThreshold() : changes.pauseThreshold(),
                changes.pauseMinAnswers() == null ? old.pauseMinAnswers() : changes.pauseMinAnswers(),
                adaptiveGiven ? changes.adaptiveThreshold() : old.adaptiveThreshold(),
                changes.maxOverlap() == null ? old.maxOverlap() : changes.maxOverlap());
        share("goldRate", s.goldRate());
        share("qualificationThreshold", s.qualificationThreshold());
        share("pauseThreshold", s.pauseThreshold());
        if (s.adaptiveThreshold() != null) {
            share("adaptiveThreshold", s.adaptiveThreshold());
        }
        if (s.qualificationItems() < 0 || s.qualificationItems() > 1000) {
            throw invalid("qualificationItems", "Qualification takes 0 to 1000 gold items.");
        }
        if (s.pauseMinAnswers() < 1 || s.pauseMinAnswers() > 10000) {
            throw invalid("pauseMinAnswers", "Pausing needs 1 to 10000 gold answers first.");
        }
        if (s.maxOverlap() < p.overlap() || s.maxOverlap() > 100) {
            throw invalid("maxOverlap", "maxOverlap is from the project's overlap (" + p.overlap() + ") to 100.");
        }
        tenants.write(p.tenantId(), () -> {
            jdbc.sql("delete from quality_settings where tenant_id = ? and project_id = ?").params(p.tenantId(), p.id()).update();
            jdbc.sql("""
                    insert into quality_settings (tenant_id, project_id, gold_rate, qualification_items, qualification_threshold,
                                                  pause_threshold, pause_min_answers, adaptive_threshold, max_overlap, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.tenantId(), p.id(), s.goldRate(), s.qualificationItems(), s.qualificationThreshold(),
                            s.pauseThreshold(), s.pauseMinAnswers(), s.adaptiveThreshold(), s.maxOverlap(),
                            Timestamp.from(Instant.now(clock)))
                    .update();
            events.publishEvent(new QualitySettingsChanged(p.tenantId(), p.id(), access.caller().id(), access.caller().orgId(),
                    s.toString(), Instant.now(clock)));
        });
        return s;
    }

    private static void share(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw invalid(field, field + " is a share from 0 to 1.");
        }
    }

    private static Failure invalid(String field, String message) {
        return new Invalid("Invalid quality settings", message).with("field", field);
    }
}
