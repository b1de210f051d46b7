package dev.annota.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One act to record in a tenant's access log: who (person and organization), what (action, and the project, item,
 * assignment or other target it concerns), when. Never payload text: {@code detail} is for short structured facts
 * such as a role name, at most 500 characters.
 *
 * @param tenantId   the customer organization whose log receives the event
 * @param action     lower-case name, e.g. {@code payload.claim}, {@code role.change}: letters, digits, '.', '_', '-'
 * @param itemCount  how many items the act showed (an export), 1 for a single item, 0 for acts showing none
 */
public record AuditEvent(UUID tenantId, String action, UUID actorId, UUID actorOrgId, UUID projectId, UUID itemId,
                         UUID assignmentId, long itemCount, UUID targetId, String detail, Instant at) {

    public static final String PAYLOAD_CLAIM = "payload.claim";
    public static final String PAYLOAD_EXPORT = "payload.export";
    /** A manager opened one item in the items browser (the item view). */
    public static final String PAYLOAD_BROWSE = "payload.browse";
    /** The bytes of an uploaded image were sent to a person; {@code targetId} is the image. */
    public static final String PAYLOAD_IMAGE = "payload.image";
    /** A reviewer was shown an item under review; {@code assignmentId} is the review, {@code detail} its stage. */
    public static final String PAYLOAD_REVIEW = "payload.review";
    /** An annotator was shown an item they answered, with feedback on it; {@code assignmentId} is their assignment. */
    public static final String PAYLOAD_FEEDBACK = "payload.feedback";
    /** Every action showing payloads starts with this; administrative acts never do. */
    public static final String PAYLOAD_PREFIX = "payload.";

    // Administrative acts: who did what to which user, token, project, engagement, key or wall setting. None shows a
    // payload (items = 0, no item, no assignment).
    public static final String ORGANIZATION_CREATE = "organization.create";
    public static final String ORGANIZATION_DELETE = "organization.delete";
    public static final String USER_CREATE = "user.create";
    public static final String USER_ROLES = "user.roles";
    public static final String USER_DEACTIVATE = "user.deactivate";
    public static final String USER_REACTIVATE = "user.reactivate";
    public static final String USER_SETUP_LINK = "user.setup-link";
    public static final String USER_PASSWORD_CHANGE = "user.password-change";
    public static final String USER_PASSWORD_RESET = "user.password-reset";
    public static final String SSO_CONFIGURE = "sso.configure";
    public static final String SSO_REMOVE = "sso.remove";
    public static final String TOKEN_ISSUE = "token.issue";
    public static final String TOKEN_REVOKE = "token.revoke";
    public static final String PROJECT_CREATE = "project.create";
    public static final String PROJECT_SETTINGS = "project.settings";
    public static final String PROJECT_SCHEMA = "project.schema";
    public static final String PROJECT_QUALITY = "project.quality";
    public static final String PROJECT_PAUSE = "project.pause";
    public static final String PROJECT_RESUME = "project.resume";
    public static final String PROJECT_ARCHIVE = "project.archive";
    public static final String PROJECT_DELETE = "project.delete";
    public static final String PROJECT_RESTORE = "project.restore";
    public static final String PROJECT_PURGE = "project.purge";
    /** A whole project downloaded as a bundle (every payload, answer and review in it; docs/bundles.md). */
    public static final String PROJECT_BUNDLE_EXPORT = "project.bundle.export";
    /** A project recreated from a bundle; the detail names the signer key's fingerprint and the source project. */
    public static final String PROJECT_BUNDLE_IMPORT = "project.bundle.import";
    /** An item deleted by a manager; the detail is the reason given. */
    public static final String ITEM_DELETE = "item.delete";
    /** An unlabeled item's payload replaced by a manager. */
    public static final String ITEM_EDIT = "item.edit";
    public static final String ENGAGEMENT_START = "engagement.start";
    public static final String ENGAGEMENT_END = "engagement.end";
    public static final String CREDENTIAL_VERIFY = "credential.verify";
    public static final String CREDENTIAL_UNVERIFY = "credential.unverify";
    public static final String IDENTITY_SHARING = "workforce.identity-sharing";
    public static final String PROJECT_REQUIREMENTS = "project.requirements";
    /** A project's vendor shares set or cleared; the detail is the shares as set. */
    public static final String SHARES_CHANGE = "project.shares";
    public static final String KEYS_ROTATE = "keys.rotate";
    public static final String KEYS_REENCRYPTED = "keys.reencrypted";
    public static final String KEYS_RETIRE = "keys.retire";
    public static final String KEYS_DESTROY = "keys.destroy";
    public static final String KEYS_REWRAP = "keys.rewrap";
    public static final String KEYS_SHRED = "keys.shred";
    public static final String WALL_CLASS_CREATE = "wall.class.create";
    public static final String WALL_CLASS_JOIN = "wall.class.join";
    public static final String WALL_CLASS_LEAVE = "wall.class.leave";
    public static final String WALL_COMPETITOR_DECLARE = "wall.competitor.declare";
    public static final String WALL_COMPETITOR_WITHDRAW = "wall.competitor.withdraw";
    public static final String WALL_COOLING_OFF = "wall.cooling-off";
    public static final String WALL_EXCLUSION_ADD = "wall.exclusion.add";
    public static final String WALL_EXCLUSION_REMOVE = "wall.exclusion.remove";
    /** Money (module money): a contract or pay rate set or removed, a tier set, an adjustment, a payout, a budget set. */
    public static final String MONEY_RATE_SET = "money.rate.set";
    public static final String MONEY_RATE_REMOVE = "money.rate.remove";
    public static final String MONEY_TIER_SET = "money.tier.set";
    public static final String MONEY_ADJUSTMENT = "money.adjustment";
    public static final String MONEY_PAYOUT = "money.payout";
    public static final String MONEY_BUDGET_SET = "money.budget.set";
    public static final String LOG_DOWNLOAD = "log.download";
    public static final String REPORT_DOWNLOAD = "report.download";
    /** Witnesses of the log (URLs each checkpoint is pushed to): added, removed, secret rotated, checkpoint sent again. */
    public static final String WITNESS_ADD = "witness.add";
    public static final String WITNESS_REMOVE = "witness.remove";
    public static final String WITNESS_ROTATE = "witness.rotate";
    public static final String WITNESS_REDELIVER = "witness.redeliver";
    /** The server disabled a witness after its deliveries failed for the whole retry period (actor: the system). */
    public static final String WITNESS_DISABLE = "witness.disable";
    /** A project's webhooks (module webhook): added, events or enabled changed, removed, a message redelivered. */
    public static final String WEBHOOK_ADD = "webhook.add";
    public static final String WEBHOOK_CHANGE = "webhook.change";
    public static final String WEBHOOK_REMOVE = "webhook.remove";
    public static final String WEBHOOK_REDELIVER = "webhook.redeliver";
    /** The server disabled a webhook after a message failed for the whole retry period (actor: the system). */
    public static final String WEBHOOK_DISABLE = "webhook.disable";
    /**
     * A batch of items sent to the project's prediction service (module prediction); {@code itemCount} is the batch's
     * size, the actor the manager who switched the service on, the detail its kind and host.
     */
    public static final String PAYLOAD_PREDICT = "payload.predict";
    /** A project's prediction service set (or switched on or off) or removed. */
    public static final String PREDICTION_CONFIGURE = "prediction.configure";
    public static final String PREDICTION_REMOVE = "prediction.remove";
    /** A project's paste policy for free-text fields changed (module work; detail: ALLOW, WARN or BLOCK). */
    public static final String PROJECT_PASTE_POLICY = "project.paste-policy";
    /** A project's masking settings replaced (module masking): fields, detectors, region, patterns' names. */
    public static final String MASKING_CHANGE = "masking.change";

    /**
     * The actor (and actor organization) of acts the server does on its own: a re-encryption job finishing, old keys
     * retired on schedule, keysets re-wrapped by the {@code keys rewrap} command.
     */
    public static final UUID SYSTEM = new UUID(0, 0);

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9._-]{0,39}");

    public AuditEvent {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(actorOrgId, "actorOrgId");
        Objects.requireNonNull(at, "at");
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("An audit action is 1 to 40 characters of a-z, 0-9, '.', '_', '-': " + action);
        }
        if (itemCount < 0) {
            throw new IllegalArgumentException("itemCount < 0");
        }
        if (detail != null && detail.length() > 500) {
            throw new IllegalArgumentException("An audit detail is at most 500 characters");
        }
    }

    /** An administrative act by a person on a target (a user, an engagement, a key...), showing no payload. */
    public static AuditEvent administrative(UUID tenantId, String action, UUID actorId, UUID actorOrgId, UUID projectId,
                                            UUID targetId, String detail, Instant at) {
        return new AuditEvent(tenantId, action, actorId, actorOrgId, projectId, null, null, 0, targetId, detail, at);
    }
}
