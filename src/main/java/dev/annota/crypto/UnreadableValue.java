package dev.annota.crypto;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A stored value failed to open: it was altered, copied from another row or tenant, or sealed under a key this
 * keyset no longer holds. Names the tenant, column and row, never any content (neither stored nor plain).
 */
public class UnreadableValue extends ErrorResponseException {

    public UnreadableValue(UUID tenantId, EncryptedColumn column, UUID rowId, String why) {
        super(HttpStatus.INTERNAL_SERVER_ERROR, body(tenantId, column, rowId, why), null);
    }

    private static ProblemDetail body(UUID tenantId, EncryptedColumn column, UUID rowId, String why) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The stored value of "
                + column.qualifiedName() + " of row " + rowId + " (organization " + tenantId + ") cannot be decrypted: "
                + why + ".");
        problem.setTitle("Stored data failed its integrity check");
        return problem;
    }
}
