package dev.annota.crypto.internal;

import java.util.Map;

import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The master key, for the operator's admins (the operator runs the instance and its key setup; nobody else sees that
 * this exists: 404). Shows key ids and counts only, never a key.
 */
@RestController
@RequestMapping("/api/v1/master-key")
@Tag(name = "Encryption keys", description = "An organization's encryption keys: status, rotation, crypto-shredding")
record MasterKeyController(MasterKeyRewrap rewrap, TenantKeysets keysets) {

    /**
     * @param tenantKeyDirectory where the organizations' key-encryption key files are (ANNOTA_TENANT_KEY_DIR)
     * @param keysetsByMasterKey how many organizations' keysets each master key protects, through their key file or
     *                           (stored before the tenant key files) directly
     */
    record MasterKeyStatus(String masterKey, String kind, String previousMasterKey, String tenantKeyDirectory,
                           Map<String, Integer> keysetsByMasterKey) {
    }

    @GetMapping
    @Operation(operationId = "getMasterKeyStatus", summary = "The current master key's id and kind, the previous one if configured, and how many keysets each wraps (operator admins)")
    MasterKeyStatus status(CurrentUser caller) {
        operatorAdmin(caller);
        return new MasterKeyStatus(keysets.masterKeyId(), keysets.masterKeyKind(), keysets.previousMasterKeyId(),
                keysets.keyStore().directory().toString(), rewrap.keysetsByMasterKey());
    }

    @PostMapping("/rewrap")
    @Operation(operationId = "rewrapTenantKeys", summary = "Put every organization's keys under the current master key: key-encryption key files wrapped by "
            + "the previous master key (ANNOTA_PREVIOUS_MASTER_KEY_FILE / _URI) are re-wrapped, keysets stored before the "
            + "tenant key files get one; idempotent (operator admins)")
    dev.annota.crypto.RewrapReport rewrap(CurrentUser caller) {
        operatorAdmin(caller);
        return rewrap.run(caller.id(), caller.orgId());
    }

    private static void operatorAdmin(CurrentUser caller) {
        if (!caller.isOperator() || !caller.has(Role.ADMIN)) {
            throw new NotFound("Not found.");
        }
    }
}
