package dev.annota.masking.internal;

import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.masking.Masking;
import dev.annota.masking.MaskingSettings;
import dev.annota.project.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's masking settings (docs/trust.md), for the owning organization's admins and managers: others engaged on
 * the project get 403, anyone else 404 as for a project that does not exist.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/masking")
@Tag(name = "Masking", description = "Personal data and secrets replaced by placeholders in what annotators and reviewers see")
record MaskingController(Projects projects, Masking masking) {

    @GetMapping
    @Operation(operationId = "getMasking", summary = "The project's masking settings: per field path of the item data its detectors, the phone region, "
            + "the lab's own patterns (no fields: nothing masked)")
    MaskingSettings get(CurrentUser caller, @PathVariable UUID projectId) {
        return masking.settings(projects.access(caller, projectId));
    }

    @PutMapping
    @Operation(operationId = "setMasking", summary = "Replace the masking settings. fields: [{path: text | prompt | responses/*/content | messages/*/content "
            + "..., detectors: EMAIL, PHONE, CARD, IBAN, IP, SECRET or a pattern's name}], phoneRegion (ISO 3166, e.g. US), "
            + "patterns: [{name, regex (RE2 syntax, linear time)}]. 422 naming the field that is wrong; an administrative "
            + "act in the access log (masking.change)")
    MaskingSettings put(CurrentUser caller, @PathVariable UUID projectId, @jakarta.validation.Valid @RequestBody(required = false) MaskingSettings body) {
        return masking.change(projects.access(caller, projectId), body);
    }
}
