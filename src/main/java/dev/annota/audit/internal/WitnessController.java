package dev.annota.audit.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.failure.Forbidden;
import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's organization's witnesses (docs/security.md "Witnesses"), for its admins: other roles of the organization
 * get 403, and a witness of another organization is 404, as if there were none.
 */
@RestController
@RequestMapping("/api/v1/audit/witnesses")
@Tag(name = "Access log witnesses", description = "URLs every signed checkpoint is pushed to (Standard Webhooks signature)")
record WitnessController(Witnesses witnesses) {

    /** The request body of a new witness. */
    record NewWitness(
            @Schema(requiredMode = REQUIRED, example = "https://witness.example.org/annota", description = "Where every "
                    + "signed checkpoint of the organization's access log is pushed: an https:// (or http://) URL of up to "
                    + "2000 characters, without user name, password or #fragment; a host that does not resolve or resolves "
                    + "into the server's own network is refused (422) unless the operator allows it") @Size(max = 2000) String url) {
    }

    @GetMapping
    @Operation(operationId = "listWitnesses", summary = "The organization's witnesses, with their state (ACTIVE, or DISABLED after persistent failure and why), "
            + "pending deliveries and last delivery")
    List<Witnesses.Witness> list(CurrentUser caller) {
        return witnesses.list(organizationOf(caller));
    }

    @PostMapping
    @Operation(operationId = "addWitness", summary = "Add a witness URL; the answer holds its signing secret (whsec_…), shown this once. "
            + "A host in the server's own network is refused (422, field url) unless the operator allows it")
    @ApiResponse(responseCode = "201", description = "Added; Location names it")
    ResponseEntity<Map<String, Object>> add(CurrentUser caller, @Valid @RequestBody(required = false) NewWitness body) {
        UUID org = organizationOf(caller);
        var created = witnesses.add(org, caller.id(), caller.orgId(), body == null ? null : body.url());
        var answer = new LinkedHashMap<String, Object>();
        answer.put("witness", created.witness());
        answer.put("secret", created.secret());
        return ResponseEntity.created(URI.create("/api/v1/audit/witnesses/" + created.witness().id())).body(answer);
    }

    @GetMapping("/{witnessId}")
    @Operation(operationId = "getWitness", summary = "One witness")
    Witnesses.Witness one(CurrentUser caller, @PathVariable UUID witnessId) {
        return witnesses.find(organizationOf(caller), witnessId).orElseThrow(WitnessController::notFound);
    }

    @DeleteMapping("/{witnessId}")
    @Operation(operationId = "removeWitness", summary = "Remove a witness, its pending deliveries and its delivery log")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> remove(CurrentUser caller, @PathVariable UUID witnessId) {
        if (!witnesses.remove(organizationOf(caller), caller.id(), caller.orgId(), witnessId)) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{witnessId}/secret")
    @Operation(operationId = "rotateWitnessSecret", summary = "Replace the witness's signing secret (the old one stops at once); the new secret is shown this once")
    Map<String, String> rotate(CurrentUser caller, @PathVariable UUID witnessId) {
        String secret = witnesses.rotate(organizationOf(caller), caller.id(), caller.orgId(), witnessId)
                .orElseThrow(WitnessController::notFound);
        return Map.of("secret", secret);
    }

    @GetMapping("/{witnessId}/deliveries")
    @Operation(operationId = "listWitnessDeliveries", summary = "The witness's delivery log, newest first: each attempt's checkpoint size, time, HTTP status or error")
    List<Witnesses.Attempt> deliveries(CurrentUser caller, @PathVariable UUID witnessId,
                                      @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new WitnessRefused("limit", "limit is between 1 and 1000.");
        }
        return witnesses.attempts(organizationOf(caller), witnessId, limit).orElseThrow(WitnessController::notFound);
    }

    @PostMapping("/{witnessId}/redeliver")
    @Operation(operationId = "redeliverToWitness", summary = "Send the checkpoint of `size` (default: the latest) to the witness again, now; a disabled witness "
            + "becomes active again")
    @ApiResponse(responseCode = "202", description = "Queued for delivery")
    ResponseEntity<Witnesses.Delivery> redeliver(CurrentUser caller, @PathVariable UUID witnessId,
                                                 @Parameter(description = "The checkpoint (tree size) to deliver again; default: the latest") @RequestParam(required = false) Long size) {
        var delivery = witnesses.redeliver(organizationOf(caller), caller.id(), caller.orgId(), witnessId, size)
                .orElseThrow(WitnessController::notFound);
        return ResponseEntity.accepted().body(delivery);
    }

    /** The caller's own organization, for its admins; anyone else of it may know witnesses exist: 403. */
    private static UUID organizationOf(CurrentUser caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new Forbidden("Only an admin of the organization manages its access log's witnesses.");
        }
        return caller.orgId();
    }

    private static NotFound notFound() {
        return new NotFound("No such witness.");
    }
}
