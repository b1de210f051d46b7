package dev.annota.crypto;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 410: the tenant's keyset was destroyed on purpose (crypto-shredding); its encrypted data is gone for good. */
public class KeysShredded extends ErrorResponseException {

    private final UUID tenantId;

    public KeysShredded(UUID tenantId) {
        super(HttpStatus.GONE, body(tenantId), null);
        this.tenantId = tenantId;
    }

    public UUID tenantId() {
        return tenantId;
    }

    private static ProblemDetail body(UUID tenantId) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "The encryption keys of organization " + tenantId
                + " were destroyed by its admin; its items and annotations can no longer be read or added.");
        problem.setTitle("Data shredded");
        problem.setProperty("organizationId", tenantId);
        return problem;
    }
}
