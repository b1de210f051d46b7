package dev.annota.leak.internal;

import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.identity.CurrentUser;
import dev.annota.leak.Leaks;
import dev.annota.leak.Trace;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(name = "Leak tracing", description = "Per-view invisible marks and a visible watermark on what annotators and "
        + "reviewers are shown, and tracing a leaked text back to the view(s) it came from (docs/trust.md)")
record LeakController(Leaks leaks) {

    /** The setting as sent and served. */
    record Marking(
            @Schema(requiredMode = REQUIRED, description = "true: later claims and reviews of the project show their text "
                    + "with invisible per-view marks and the viewer's watermark; false: plain text") boolean enabled) {
    }

    /** A leaked text to trace. */
    record Leaked(
            @Schema(requiredMode = REQUIRED, minLength = 1, description = "The leaked text as found (a paste of the "
                    + "document or page), 1 to 2,000,000 characters; marks survive copy and paste, not retyping")
            @jakarta.validation.constraints.Size(max = dev.annota.leak.Leaks.MAX_TEXT) String text) {
    }

    @GetMapping("/leak-marks")
    @Operation(operationId = "getLeakMarks", summary = "Whether the project's views carry leak marks and the viewer's watermark (the owner's admins and managers)")
    Marking marking(CurrentUser caller, @PathVariable UUID projectId) {
        return new Marking(leaks.marking(caller, projectId));
    }

    @PutMapping("/leak-marks")
    @Operation(operationId = "setLeakMarks", summary = "Turns leak marks on or off (the owner's admins and managers; not on an archived project): every "
            + "later claim and review shows its text with invisible per-view marks and a watermark of the viewer's "
            + "pseudonym; marks are stripped from submitted answers. A change is an administrative event in the access log")
    Marking mark(CurrentUser caller, @PathVariable UUID projectId, @RequestBody Marking marking) {
        return new Marking(leaks.mark(caller, projectId, marking.enabled()));
    }

    @PostMapping("/trace")
    @Operation(operationId = "traceLeak", summary = "Traces a leaked text (the owner's admins only): the views of this project whose marks it "
            + "carries — claim or review, item, the viewer's pseudonym, when it was shown — strongest first, with the "
            + "whole codes and cut frames found; an empty list when it carries none (retyped, normalised or from "
            + "elsewhere). 422 without text or over 2,000,000 characters")
    Trace trace(CurrentUser caller, @PathVariable UUID projectId, @jakarta.validation.Valid @RequestBody Leaked leaked) {
        return leaks.trace(caller, projectId, leaked == null ? null : leaked.text());
    }
}
