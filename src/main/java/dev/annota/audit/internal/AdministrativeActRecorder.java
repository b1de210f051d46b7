package dev.annota.audit.internal;

import dev.annota.audit.AuditEvent;
import dev.annota.conflict.WallSettingChanged;
import dev.annota.crypto.KeysRetired;
import dev.annota.crypto.KeysetRewrapped;
import dev.annota.crypto.ReencryptionFinished;
import dev.annota.crypto.TenantKeyRotated;
import dev.annota.crypto.TenantKeysShredded;
import dev.annota.identity.AccountChanged;
import dev.annota.item.ItemChanged;
import dev.annota.masking.MaskingChanged;
import dev.annota.money.MoneyChanged;
import dev.annota.project.ProjectChanged;
import dev.annota.quality.QualitySettingsChanged;
import dev.annota.webhook.WebhookChanged;
import dev.annota.work.WritingPolicyChanged;
import dev.annota.workforce.WorkforceChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends the administrative acts other modules publish to the acting organization's access log, synchronously, in
 * the transaction of the act (each publisher publishes inside its tenant transaction): an act that was acknowledged
 * is never missing from the log, and if the log cannot be written the act rolls back. Same reasoning as
 * {@link PayloadViewRecorder}. The modules do not call the log: they publish records of their public API.
 */
@Component
record AdministrativeActRecorder(AuditLog log) {

    @EventListener
    void on(AccountChanged e) {
        String action = switch (e.change()) {
            case ORGANIZATION_CREATED -> AuditEvent.ORGANIZATION_CREATE;
            case USER_CREATED -> AuditEvent.USER_CREATE;
            case ROLES_CHANGED -> AuditEvent.USER_ROLES;
            case USER_DEACTIVATED -> AuditEvent.USER_DEACTIVATE;
            case USER_REACTIVATED -> AuditEvent.USER_REACTIVATE;
            case TOKEN_ISSUED -> AuditEvent.TOKEN_ISSUE;
            case TOKEN_REVOKED -> AuditEvent.TOKEN_REVOKE;
            case SETUP_LINK_ISSUED -> AuditEvent.USER_SETUP_LINK;
            case PASSWORD_CHANGED -> AuditEvent.USER_PASSWORD_CHANGE;
            case PASSWORD_RESET -> AuditEvent.USER_PASSWORD_RESET;
            case SSO_CONFIGURED -> AuditEvent.SSO_CONFIGURE;
            case SSO_REMOVED -> AuditEvent.SSO_REMOVE;
        };
        log.record(AuditEvent.administrative(e.orgId(), action, e.actorId(), e.actorOrgId(), null, e.targetId(), e.detail(), e.at()));
    }

    @EventListener
    void on(ProjectChanged e) {
        String action = switch (e.change()) {
            case CREATED -> AuditEvent.PROJECT_CREATE;
            case SETTINGS_CHANGED -> AuditEvent.PROJECT_SETTINGS;
            case SCHEMA_CHANGED -> AuditEvent.PROJECT_SCHEMA;
            case ENGAGEMENT_STARTED -> AuditEvent.ENGAGEMENT_START;
            case ENGAGEMENT_ENDED -> AuditEvent.ENGAGEMENT_END;
            case PAUSED -> AuditEvent.PROJECT_PAUSE;
            case RESUMED -> AuditEvent.PROJECT_RESUME;
            case ARCHIVED -> AuditEvent.PROJECT_ARCHIVE;
            case DELETED -> AuditEvent.PROJECT_DELETE;
            case RESTORED -> AuditEvent.PROJECT_RESTORE;
            case PURGED -> AuditEvent.PROJECT_PURGE;
            case SHARES_CHANGED -> AuditEvent.SHARES_CHANGE;
        };
        log.record(AuditEvent.administrative(e.tenantId(), action, e.actorId(), e.actorOrgId(), e.projectId(), e.targetId(),
                e.detail(), e.at()));
    }

    @EventListener
    void on(MoneyChanged e) {
        String action = switch (e.change()) {
            case RATE_SET -> AuditEvent.MONEY_RATE_SET;
            case RATE_REMOVED -> AuditEvent.MONEY_RATE_REMOVE;
            case TIER_SET -> AuditEvent.MONEY_TIER_SET;
            case ADJUSTMENT -> AuditEvent.MONEY_ADJUSTMENT;
            case PAYOUT -> AuditEvent.MONEY_PAYOUT;
            case BUDGET_SET -> AuditEvent.MONEY_BUDGET_SET;
        };
        log.record(AuditEvent.administrative(e.tenantId(), action, e.actorId(), e.actorOrgId(), e.projectId(), e.targetId(),
                e.detail(), e.at()));
    }

    @EventListener
    void on(WebhookChanged e) {
        String action = switch (e.change()) {
            case ADDED -> AuditEvent.WEBHOOK_ADD;
            case CHANGED -> AuditEvent.WEBHOOK_CHANGE;
            case REMOVED -> AuditEvent.WEBHOOK_REMOVE;
            case REDELIVERED -> AuditEvent.WEBHOOK_REDELIVER;
            case DISABLED -> AuditEvent.WEBHOOK_DISABLE;
        };
        log.record(AuditEvent.administrative(e.tenantId(), action, e.actorId() == null ? AuditEvent.SYSTEM : e.actorId(),
                e.actorOrgId() == null ? AuditEvent.SYSTEM : e.actorOrgId(), e.projectId(), e.webhookId(), e.detail(), e.at()));
    }

    @EventListener
    void on(MaskingChanged e) {
        log.record(AuditEvent.administrative(e.tenantId(), AuditEvent.MASKING_CHANGE, e.actorId(), e.actorOrgId(),
                e.projectId(), e.projectId(), e.detail(), e.at()));
    }

    @EventListener
    void on(WorkforceChanged e) {
        String action = switch (e.change()) {
            case CREDENTIAL_VERIFIED -> AuditEvent.CREDENTIAL_VERIFY;
            case VERIFICATION_WITHDRAWN -> AuditEvent.CREDENTIAL_UNVERIFY;
            case IDENTITY_SHARING_CHANGED -> AuditEvent.IDENTITY_SHARING;
            case REQUIREMENTS_CHANGED -> AuditEvent.PROJECT_REQUIREMENTS;
        };
        log.record(AuditEvent.administrative(e.orgId(), action, e.actorId(), e.actorOrgId(), e.projectId(), e.targetId(),
                e.detail(), e.at()));
    }

    @EventListener
    void on(ItemChanged e) {
        String action = switch (e.change()) {
            case DELETED -> AuditEvent.ITEM_DELETE;
            case EDITED -> AuditEvent.ITEM_EDIT;
        };
        log.record(new AuditEvent(e.tenantId(), action, e.actorId(), e.actorOrgId(), e.projectId(), e.itemId(), null, 0, null,
                e.detail(), e.at()));
    }

    @EventListener
    void on(QualitySettingsChanged e) {
        log.record(AuditEvent.administrative(e.tenantId(), AuditEvent.PROJECT_QUALITY, e.actorId(), e.actorOrgId(),
                e.projectId(), null, e.settings(), e.at()));
    }

    @EventListener
    void on(WritingPolicyChanged e) {
        log.record(AuditEvent.administrative(e.tenantId(), AuditEvent.PROJECT_PASTE_POLICY, e.actorId(), e.actorOrgId(),
                e.projectId(), null, e.paste(), e.at()));
    }

    @EventListener
    void on(WallSettingChanged e) {
        String action = switch (e.change()) {
            case CLASS_CREATED -> AuditEvent.WALL_CLASS_CREATE;
            case CLASS_JOINED -> AuditEvent.WALL_CLASS_JOIN;
            case CLASS_LEFT -> AuditEvent.WALL_CLASS_LEAVE;
            case COMPETITOR_DECLARED -> AuditEvent.WALL_COMPETITOR_DECLARE;
            case COMPETITOR_WITHDRAWN -> AuditEvent.WALL_COMPETITOR_WITHDRAW;
            case COOLING_OFF_SET -> AuditEvent.WALL_COOLING_OFF;
            case AFFILIATION_EXCLUDED -> AuditEvent.WALL_EXCLUSION_ADD;
            case EXCLUSION_WITHDRAWN -> AuditEvent.WALL_EXCLUSION_REMOVE;
        };
        log.record(AuditEvent.administrative(e.orgId(), action, e.actorId(), e.actorOrgId(), null, e.targetId(), e.detail(), e.at()));
    }

    @EventListener
    void on(TenantKeyRotated e) {
        log.record(AuditEvent.administrative(e.organizationId(), AuditEvent.KEYS_ROTATE, e.by(), e.organizationId(), null,
                e.rotationId(), "version=" + e.keysetVersion(), e.at()));
    }

    @EventListener
    void on(ReencryptionFinished e) {
        log.record(AuditEvent.administrative(e.organizationId(), AuditEvent.KEYS_REENCRYPTED, AuditEvent.SYSTEM, AuditEvent.SYSTEM,
                null, e.rotationId(), "version=" + e.keysetVersion() + ",reencrypted=" + e.rowsReencrypted()
                        + ",failed=" + e.rowsFailed(), e.at()));
    }

    @EventListener
    void on(KeysRetired e) {
        log.record(AuditEvent.administrative(e.organizationId(),
                e.step() == KeysRetired.Step.DISABLED ? AuditEvent.KEYS_RETIRE : AuditEvent.KEYS_DESTROY, e.by(), e.byOrg(),
                null, null, "keys=" + e.keys() + ",version=" + e.keysetVersion(), e.at()));
    }

    @EventListener
    void on(KeysetRewrapped e) {
        log.record(AuditEvent.administrative(e.organizationId(), AuditEvent.KEYS_REWRAP, e.by(), e.byOrg(), null, null,
                "from=" + e.fromMasterKey() + ",to=" + e.toMasterKey(), e.at()));
    }

    @EventListener
    void on(TenantKeysShredded e) {
        log.record(AuditEvent.administrative(e.organizationId(), AuditEvent.KEYS_SHRED, e.by(), e.byOrg(), null, null, null, e.at()));
    }
}
