package dev.annota.masking;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.annota.masking.internal.MaskingWork;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.schema.LabelSchema;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Personal data masked before a person sees it (docs/trust.md): what annotators and reviewers are served has the
 * detected values of the configured fields replaced by typed placeholders, and the spans of their answers are carried
 * between the masked texts they see and the original texts that are stored and exported. The owner's staff see the
 * original data (the items browser).
 * <p>
 * Masking is CPU work on the payload already opened: the settings come from a cache, never from a round trip of the
 * claim or the submit.
 */
@Component
public record Masking(MaskingWork work, Projects projects, ApplicationEventPublisher events, Clock clock) {

    /** Masks {@code data} in place (as an annotator or reviewer is served it); says what was replaced where. */
    public MaskedItem mask(UUID tenantId, UUID projectId, JsonNode data) {
        return work.mask(tenantId, projectId, data);
    }

    /** A copy of a stored answer (or a prediction's answer) with its spans on the masked texts of {@code item}. */
    public JsonNode shown(UUID tenantId, UUID projectId, int schemaVersion, MaskedItem item, JsonNode answer) {
        if (item.texts().isEmpty() || answer == null) {
            return answer;
        }
        return work.toMasked(schema(tenantId, projectId, schemaVersion), item, answer);
    }

    /**
     * A copy of an answer given on the masked item, its spans carried to the original texts of {@code originalData}
     * (not changed): the answer as it is checked, stored and exported. Unchanged when the project masks nothing.
     */
    public JsonNode submitted(UUID tenantId, UUID projectId, int schemaVersion, JsonNode originalData, JsonNode answer) {
        if (!work.masksAnything(tenantId, projectId) || answer == null) {
            return answer;
        }
        MaskedItem item = work.mask(tenantId, projectId, originalData.deepCopy());
        return item.texts().isEmpty() ? answer : work.toOriginal(schema(tenantId, projectId, schemaVersion), item, answer);
    }

    /** The project's settings, for its admins and managers. */
    public MaskingSettings settings(ProjectAccess access) {
        Projects.requireManage(access);
        return work.settings(access.tenantId(), access.project().id());
    }

    /** Replaces the project's settings (checked: 422 naming the field); an administrative act in the access log. */
    public MaskingSettings change(ProjectAccess access, MaskingSettings settings) {
        Projects.requireManage(access);
        MaskingSettings s = settings == null ? MaskingSettings.none() : settings;
        UUID project = access.project().id();
        Instant now = Instant.now(clock);
        // The event inside the change's transaction: the access log has every change, and no change it lacks.
        work.save(access.tenantId(), project, s, access.caller().id(), now, () -> events.publishEvent(new MaskingChanged(
                access.tenantId(), access.caller().id(), access.caller().orgId(), project, describe(s), now)));
        // After the commit: a claim between the change and its commit may have cached the old rules again.
        work.forget(project);
        return s;
    }

    private LabelSchema schema(UUID tenantId, UUID projectId, int version) {
        return projects.schema(tenantId, projectId, version);
    }

    private static String describe(MaskingSettings s) {
        String fields = s.fields().stream().map(f -> f.path() + "=" + String.join("+", f.detectors()))
                .collect(Collectors.joining(" "));
        String patterns = s.patterns().stream().map(MaskingSettings.CustomPattern::name).collect(Collectors.joining(","));
        return ("fields: " + (fields.isEmpty() ? "none" : fields) + (s.phoneRegion() == null ? "" : " region=" + s.phoneRegion())
                + (patterns.isEmpty() ? "" : " patterns=" + patterns));
    }
}
