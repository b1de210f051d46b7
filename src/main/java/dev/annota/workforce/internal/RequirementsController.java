package dev.annota.workforce.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.identity.CurrentUser;
import dev.annota.project.Projects;
import dev.annota.workforce.internal.ProjectRequirements.ProjectAnnotator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(name = "People and skills", description = "Profiles: skills, languages, credentials, time zone, availability")
record RequirementsController(ProjectRequirements requirements, Projects projects) {

    record LanguageRequirement(
            @Schema(requiredMode = REQUIRED, example = "ko", description = "A BCP 47 language tag such as ko or pt-BR")
            @Size(max = 35) String language,
            @Schema(requiredMode = REQUIRED, description = "The lowest level accepted: CEFR A1 to C2, or NATIVE")
            LanguageLevel minLevel) {
    }

    record CredentialRequirement(
            @Schema(requiredMode = REQUIRED, description = "The kind of verified credential required: degree, licence or "
                    + "certificate") CredentialKind kind,
            @Schema(description = "The credential's title, compared without case (e.g. MSc Chemistry); left out: any "
                    + "credential of that kind") @Size(max = 200) String title) {
    }

    /** Replaces every requirement: what is left out is no longer required. */
    record RequirementsBody(
            @Schema(description = "Skill tags an annotator's profile must all have (1 to 60 characters each, compared lower "
                    + "case), up to 20; left out: none") @Size(max = ProjectRequirements.MAX_EACH) List<@Size(max = 60) String> skills,
            @Schema(description = "Languages an annotator must speak at a minimum level, up to 20; left out: none")
            @Size(max = ProjectRequirements.MAX_EACH) List<@Valid LanguageRequirement> languages,
            @Schema(description = "Credentials an annotator must have verified by their organization, up to 20; left "
                    + "out: none") @Size(max = ProjectRequirements.MAX_EACH) List<@Valid CredentialRequirement> credentials,
            @Schema(minimum = "0", maximum = "1", example = "0.9", description = "The lowest gold accuracy accepted, a "
                    + "fraction 0 to 1 with at most 4 decimals, over the annotator's gold answers on this organization's "
                    + "projects; left out: no gold requirement") BigDecimal minGoldAccuracy,
            @Schema(minimum = "1", maximum = "10000", description = "How many gold answers the accuracy must be measured "
                    + "over, 1 to 10000; ignored without minGoldAccuracy; left out: 1") Integer minGoldAnswers) {

        static RequirementsBody of(Requirements r) {
            return new RequirementsBody(r.skills(),
                    r.languages().stream().map(l -> new LanguageRequirement(l.language(), l.minLevel())).toList(),
                    r.credentials().stream().map(c -> new CredentialRequirement(c.kind(), c.title())).toList(),
                    r.minGoldAccuracy(), r.minGoldAnswers());
        }

        Requirements requirements() {
            // A null in a list is refused by the checks in ProjectRequirements (an empty name, a missing level or kind).
            return new Requirements(skills == null ? List.of() : skills.stream().map(s -> s == null ? "" : s).toList(),
                    languages == null ? List.of() : languages.stream().map(l -> l == null ? new Requirements.Language(null, null)
                            : new Requirements.Language(l.language(), l.minLevel())).toList(),
                    credentials == null ? List.of() : credentials.stream().map(c -> c == null ? new Requirements.Credential(null, null)
                            : new Requirements.Credential(c.kind(), c.title())).toList(),
                    minGoldAccuracy, minGoldAnswers);
        }
    }

    @GetMapping("/requirements")
    @Operation(operationId = "getRequirements", summary = "The project's requirements of its annotators: skills, languages with a minimum level, verified "
            + "credentials, a minimum gold accuracy on your projects (admins and managers of the owning organization)")
    RequirementsBody get(CurrentUser caller, @PathVariable UUID projectId) {
        return RequirementsBody.of(requirements.of(projects.access(caller, projectId)));
    }

    @PutMapping("/requirements")
    @Operation(operationId = "setRequirements", summary = "Replace the project's requirements; an annotator who does not meet them is never served the "
            + "project and is told why in one line (recorded in the access log)")
    RequirementsBody put(CurrentUser caller, @PathVariable UUID projectId, @Valid @RequestBody RequirementsBody body) {
        return RequirementsBody.of(requirements.replace(projects.access(caller, projectId), body.requirements()));
    }

    @GetMapping("/people")
    @Operation(operationId = "listProjectAnnotators", summary = "The annotators who may work on the project: yours by name, a vendor's as pseudonyms unless the "
            + "vendor shares names; skills, languages, verified credentials, gold record on the project, and the one line "
            + "saying which requirement they do not meet (admins and managers of the owning organization)")
    List<ProjectAnnotator> annotators(CurrentUser caller, @PathVariable UUID projectId) {
        return requirements.annotators(projects.access(caller, projectId));
    }
}
