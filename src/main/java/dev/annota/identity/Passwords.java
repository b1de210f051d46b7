package dev.annota.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.annota.failure.Conflict;
import dev.annota.failure.Failure;
import dev.annota.failure.Forbidden;
import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import dev.annota.tenancy.TenantScope;

/**
 * Passwords are chosen by the person who uses them, never by whoever created the account (docs/security.md,
 * "Accounts"): with a one-time setup link, or by changing one's own with the current one. An admin can end a user's
 * password and hand them a new setup link, but never learns or sets a password. Each act is an {@link AccountChanged}
 * event in the organization's tenant transaction, for its access log.
 */
@Service
public record Passwords(JdbcClient jdbc, PasswordEncoder encoder, Users users, SetupLinks links, TenantScope tenants,
        ApplicationEventPublisher events, TokenChanges tokenChanges, Clock clock) {

    static final String LINK_NOT_VALID = "This setup link does not work: it was used already, has expired, or was "
            + "replaced by a newer one. Ask an admin of your organization for a new link.";

    /**
     * The user of a setup link chooses their password (no login: the link's secret is the proof). The link is used up
     * and the password set in one transaction; a refused password leaves the link working. Returns the user, so the
     * page can say which email to log in with.
     */
    public UserAccount setUp(String secret, String password) {
        UUID userId = links.userOf(secret).orElseThrow(() -> invalid("token", LINK_NOT_VALID));
        refuseWeak("password", password);
        UserAccount user = users.find(userId).orElseThrow(() -> invalid("token", LINK_NOT_VALID));
        return tenants.write(user.orgId(), () -> {
            if (!links.redeem(secret, userId)) {
                throw invalid("token", LINK_NOT_VALID);
            }
            jdbc.sql("update users set password_hash = ? where id = ?").params(encoder.encode(password), userId).update();
            events.publishEvent(new AccountChanged(user.orgId(), AccountChanged.Change.PASSWORD_CHANGED, userId,
                    user.orgId(), userId, "setup link", now()));
            return user;
        });
    }

    /** Whether the link would work now (the page without login says so before asking for a password). */
    public boolean linkWorks(String secret) {
        return links.userOf(secret).isPresent();
    }

    /**
     * The caller changes their own password, proving the current one. Their other web sessions end (the one given,
     * the caller's own browser, stays); API tokens stay (see docs/security.md: a reset by an admin revokes them).
     */
    public void change(CurrentUser user, String currentPassword, String newPassword, String keepSessionId) {
        String hash = jdbc.sql("select password_hash from users where id = ?").param(user.id())
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).optional().flatMap(h -> h).orElse(null);
        if (hash == null || currentPassword == null || currentPassword.isEmpty() || !encoder.matches(currentPassword, hash)) {
            throw wrongCurrentPassword();
        }
        refuseWeak("newPassword", newPassword);
        if (newPassword.equals(currentPassword)) {
            throw invalid("newPassword", "The new password is the current one; choose a different one.");
        }
        tenants.write(user.orgId(), () -> {
            jdbc.sql("update users set password_hash = ? where id = ?").params(encoder.encode(newPassword), user.id()).update();
            links.withdrawAll(user.id());
            jdbc.sql("delete from SPRING_SESSION where PRINCIPAL_NAME = (select email from users where id = ?) and SESSION_ID <> ?")
                    .params(user.id(), keepSessionId == null ? "" : keepSessionId).update();
            events.publishEvent(new AccountChanged(user.orgId(), AccountChanged.Change.PASSWORD_CHANGED, user.id(),
                    user.orgId(), user.id(), "own", now()));
        });
    }

    /**
     * An admin of the user's organization (anyone else: 404; a non-admin of it: 403) ends the user's password at once,
     * with their web sessions and API tokens, and gets a new setup link to hand over (shown once). For a user who has
     * no password yet (an unused or expired invitation) it only issues a fresh link. Not for oneself (422): change your
     * own password instead.
     *
     * <p>The operator's admins may issue a fresh link for another organization's user only while that user has no
     * password (an organization's first admin whose link expired has nobody else to ask); a user who has one, the
     * operator cannot touch (409). The act is in the user's organization's log either way.
     */
    public SetupLink reset(CurrentUser by, UUID userId) {
        boolean operator = by.isOperator() && by.has(Role.ADMIN);
        UserAccount target = users.find(userId).filter(u -> u.orgId().equals(by.orgId()) || operator)
                .orElseThrow(() -> new NotFound("No such user."));
        boolean ownOrganization = target.orgId().equals(by.orgId());
        if (!by.has(Role.ADMIN)) {
            throw new Forbidden("Only admins reset passwords.");
        }
        if (userId.equals(by.id())) {
            throw invalid("userId", "Change your own password in the user menu (Change password); a reset is for other users.");
        }
        return tenants.write(target.orgId(), () -> {
            Instant now = now();
            boolean hadPassword = jdbc.sql("select password_hash from users where id = ? for update").param(userId)
                    .query((rs, n) -> rs.getString(1) != null).single();
            if (hadPassword && !ownOrganization) {
                throw new Conflict("This user has chosen a password; only admins of their organization can reset it.");
            }
            jdbc.sql("update users set password_hash = null where id = ?").param(userId).update();
            jdbc.sql("update api_tokens set revoked_at = ? where user_id = ? and revoked_at is null")
                    .params(Timestamp.from(now), userId).update();
            tokenChanges.atCommit();
            SetupLink link = links.issue(userId);
            // PASSWORD_RESET ends the user's web sessions in this transaction (SessionsOfChangedAccount).
            events.publishEvent(new AccountChanged(target.orgId(), hadPassword ? AccountChanged.Change.PASSWORD_RESET
                    : AccountChanged.Change.SETUP_LINK_ISSUED, by.id(), by.orgId(), userId,
                    "link expires " + link.expiresAt().truncatedTo(ChronoUnit.SECONDS), now));
            return link;
        });
    }

    /** The answer to a wrong (or throttled) current password when changing one's own. */
    public static Failure wrongCurrentPassword() {
        return invalid("currentPassword", "The current password is not right. After repeated failures, changing it is "
                + "paused for a while.");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    static void refuseWeak(String field, String password) {
        PasswordPolicy.standard().refusal(password).ifPresent(reason -> {
            throw invalid(field, reason);
        });
    }

    static Failure invalid(String field, String message) {
        return new Invalid("Invalid password", message).with("field", field);
    }
}
