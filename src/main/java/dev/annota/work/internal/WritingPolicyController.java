package dev.annota.work.internal;

import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.identity.CurrentUser;
import dev.annota.project.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The paste policy of a project's free-text fields: read by everyone on the project (the workbench), set by its managers. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/writing-policy")
@Tag(name = "Work queue", description = "Next task, submit and skip, under a lease")
record WritingPolicyController(Projects projects, PastePolicies policies) {

    record Policy(
            @Schema(requiredMode = REQUIRED, allowableValues = {"ALLOW", "WARN", "BLOCK"}, description = "What the workbench does when an annotator "
                    + "pastes into a free-text field: ALLOW it, WARN (paste allowed, the annotator is warned) or BLOCK it "
                    + "(paste prevented); a project that never set it allows") @jakarta.validation.constraints.Size(max = 10) String paste) {
    }

    @GetMapping
    @Operation(operationId = "getWritingPolicy", summary = "The paste policy of the project's free-text fields: ALLOW, WARN (the workbench warns on paste) "
            + "or BLOCK (paste prevented); anyone with access to the project")
    Policy policy(CurrentUser caller, @PathVariable UUID projectId) {
        return new Policy(policies.of(projects.access(caller, projectId).project()).name());
    }

    @PutMapping
    @Operation(operationId = "setWritingPolicy", summary = "Set the paste policy {paste: ALLOW | WARN | BLOCK}; the owner's admins and managers; an "
            + "administrative event in the access log")
    Policy change(CurrentUser caller, @PathVariable UUID projectId, @jakarta.validation.Valid @RequestBody Policy body) {
        return new Policy(policies.change(projects.access(caller, projectId), body.paste()).name());
    }
}
