package dev.annota.comparison.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.annota.comparison.Comparison;
import dev.annota.comparison.VendorComparison;
import dev.annota.identity.CurrentUser;
import dev.annota.work.DaysAsked;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(name = "Vendor comparison", description = "Per workforce of a project over a period: labels, gold accuracy, "
        + "agreement with the consensus, review acceptance, throughput, active time per label, cost per accepted label")
record ComparisonController(VendorComparison comparison) {

    @GetMapping("/comparison")
    @Operation(operationId = "compareVendors", summary = "The lab's comparison of its workforces (the owning organization's admins and managers): a row "
            + "per workforce (in-house and each engaged vendor), the people (a vendor's by pseudonym), a trend per day and "
            + "the spread of gold accuracy per workforce; from, to: ISO days (default: the 28 days up to today, at most 366); "
            + "method: the consensus's aggregation (mv|wawa|ds|ocds|mace, default ds); 400/422 name the parameter")
    Comparison.LabComparison lab(CurrentUser caller, @PathVariable UUID projectId, @ParameterObject DaysAsked days,
                                 @RequestParam(required = false) String method) {
        return comparison.lab(caller, projectId, days, method);
    }

    @GetMapping(value = "/comparison.csv", produces = "text/csv")
    @Operation(operationId = "exportVendorComparisonCsv", summary = "The lab's comparison table as a CSV download, a row per workforce (same callers and parameters)")
    ResponseEntity<byte[]> csv(CurrentUser caller, @PathVariable UUID projectId, @ParameterObject DaysAsked days,
                               @RequestParam(required = false) String method) {
        Comparison.LabComparison lab = comparison.lab(caller, projectId, days, method);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"comparison-" + projectId + "-"
                        + lab.period().from() + "-" + lab.period().to() + ".csv\"")
                .body(ComparisonCsv.of(lab).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/comparison/own-workforce")
    @Operation(operationId = "compareOwnWorkforce", summary = "A workforce lead's figures of their own organization's people only (its admins and managers): "
            + "the workforce's row, a row per person by name with active hours and earnings, the trend and the spread "
            + "of gold accuracy; never another workforce's people or figures. Same parameters")
    Comparison.OwnWorkforceComparison ownWorkforce(CurrentUser caller, @PathVariable UUID projectId, @ParameterObject DaysAsked days,
                                                   @RequestParam(required = false) String method) {
        return comparison.ownWorkforce(caller, projectId, days, method);
    }

    @GetMapping("/comparison/me")
    @Operation(operationId = "getMyVendorFigures", summary = "An annotator's own figures on the project over the period: labels, gold accuracy (right answers "
            + "among the latest submits held back), agreement with the consensus, review acceptance, active hours and "
            + "earnings, and the trend. Same parameters")
    Comparison.MyComparison mine(CurrentUser caller, @PathVariable UUID projectId, @ParameterObject DaysAsked days,
                                 @RequestParam(required = false) String method) {
        return comparison.mine(caller, projectId, days, method);
    }
}
