package dev.annota.project;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction of an administrative act on a project (for the owning tenant's access log): who,
 * which project, what changed, when. {@code targetId} is the workforce organization of an engagement; {@code detail}
 * names the changed settings, the schema version or the shares as set, never guidelines or schema text.
 */
public record ProjectChanged(UUID tenantId, UUID projectId, Change change, UUID actorId, UUID actorOrgId, UUID targetId,
                             String detail, Instant at) {

    public enum Change {
        CREATED, SETTINGS_CHANGED, SCHEMA_CHANGED, ENGAGEMENT_STARTED, ENGAGEMENT_ENDED, PAUSED, RESUMED, ARCHIVED, DELETED,
        RESTORED, PURGED, SHARES_CHANGED
    }
}
