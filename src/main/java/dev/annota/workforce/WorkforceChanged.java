package dev.annota.workforce;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction of an administrative act of the workforce module, for the access log of
 * {@code orgId}: a credential verified or its verification withdrawn (in the log of the person's organization;
 * {@code targetId} the person, {@code detail} the credential's id, kind and the date of the verification, never the
 * note or the title), the organization's choice to show its people's names to customers changed ({@code detail}
 * shared or pseudonyms), or a project's requirements of its annotators changed (in the customer's log, with
 * {@code projectId}; {@code detail} counts them).
 */
public record WorkforceChanged(UUID orgId, Change change, UUID actorId, UUID actorOrgId, UUID projectId, UUID targetId,
                               String detail, Instant at) {

    public enum Change {
        CREDENTIAL_VERIFIED, VERIFICATION_WITHDRAWN, IDENTITY_SHARING_CHANGED, REQUIREMENTS_CHANGED
    }
}
