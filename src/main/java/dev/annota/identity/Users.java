package dev.annota.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.uuid.Generators;
import dev.annota.failure.Conflict;
import dev.annota.failure.Failure;
import dev.annota.failure.Forbidden;
import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Users of all organizations. */
@Service
public record Users(JdbcClient jdbc, PasswordEncoder passwords, Organizations organizations, TenantScope tenants,
        ApplicationEventPublisher events, TokenChanges tokenChanges, SetupLinks setupLinks, Clock clock) {

    /**
     * A user added by a person (an admin of the organization, or the operator creating it), without a password: the
     * answer carries a one-time setup link with which the new user chooses their own (docs/security.md, "Accounts");
     * a creator who sends a password gets 422 naming it. The account, the link and their {@link AccountChanged}
     * events, for the organization's access log, commit together in the organization's tenant transaction.
     */
    public InvitedUser create(CurrentUser by, NewUser user) {
        if (user.password() != null) {
            throw invalid("password", "Leave out the password: users choose their own. The answer carries a one-time "
                    + "setup link to give the new user.");
        }
        return tenants.write(user.orgId(), () -> {
            UserAccount account = create(user);
            events.publishEvent(new AccountChanged(user.orgId(), AccountChanged.Change.USER_CREATED, by.id(), by.orgId(),
                    account.id(), Role.joinAll(account.roles()), account.createdAt()));
            SetupLink link = setupLinks.issue(account.id());
            events.publishEvent(new AccountChanged(user.orgId(), AccountChanged.Change.SETUP_LINK_ISSUED, by.id(), by.orgId(),
                    account.id(), "link expires " + link.expiresAt().truncatedTo(ChronoUnit.SECONDS), account.createdAt()));
            return new InvitedUser(account, link);
        });
    }

    /**
     * Changes a user's roles and/or enables or disables the account, by an admin of the user's organization (anyone
     * else: 404). Deactivating revokes the user's tokens. An organization always keeps one enabled admin (409). Each
     * change is an {@link AccountChanged} event in the same transaction; a change of roles or a deactivation ends the
     * user's web sessions through it (identity's {@code SessionsOfChangedAccount}), so they log in again.
     */
    public UserAccount change(CurrentUser by, UUID userId, Set<Role> roles, Boolean enabled) {
        UserAccount before = find(userId).filter(u -> u.orgId().equals(by.orgId()))
                .orElseThrow(() -> new NotFound("No such user."));
        if (!by.has(Role.ADMIN)) {
            throw new Forbidden("Only admins change users.");
        }
        if (roles != null && roles.isEmpty()) {
            throw invalid("roles", "Give the user at least one role.");
        }
        if (Boolean.TRUE.equals(enabled) && before.email().endsWith("@" + IMPORTED_DOMAIN)) {
            throw invalid("enabled", "This account stands for answers imported from another tool; it never logs in.");
        }
        Set<Role> newRoles = roles == null ? before.roles() : EnumSet.copyOf(roles);
        boolean newEnabled = enabled == null ? before.enabled() : enabled;
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return tenants.write(by.orgId(), () -> {
            // Locks the organization's users, so two admins demoting each other at once cannot leave it without one.
            long admins = jdbc.sql("select id, roles, enabled from users where org_id = ? for update").param(by.orgId())
                    .query((rs, n) -> rs.getObject(1, UUID.class).equals(userId)
                            ? (newEnabled && newRoles.contains(Role.ADMIN) ? 1 : 0)
                            : (rs.getBoolean(3) && Role.parseAll(rs.getString(2)).contains(Role.ADMIN) ? 1 : 0))
                    .list().stream().mapToLong(Integer::longValue).sum();
            if (admins == 0) {
                throw new Conflict("The organization would have no enabled admin left; add another admin first.")
                        .with("field", roles != null ? "roles" : "enabled");
            }
            // Read again under the lock: the event's "before" is what this change replaced, even under concurrent edits.
            UserAccount locked = find(userId).orElse(before);
            jdbc.sql("update users set roles = ?, enabled = ? where id = ?").params(Role.joinAll(newRoles), newEnabled, userId).update();
            tokenChanges.atCommit();
            if (!newRoles.equals(locked.roles())) {
                events.publishEvent(new AccountChanged(by.orgId(), AccountChanged.Change.ROLES_CHANGED, by.id(), by.orgId(),
                        userId, Role.joinAll(locked.roles()) + " -> " + Role.joinAll(newRoles), now));
            }
            if (newEnabled != locked.enabled()) {
                if (!newEnabled) {
                    jdbc.sql("update api_tokens set revoked_at = ? where user_id = ? and revoked_at is null")
                            .params(Timestamp.from(now), userId).update();
                }
                events.publishEvent(new AccountChanged(by.orgId(), newEnabled ? AccountChanged.Change.USER_REACTIVATED
                        : AccountChanged.Change.USER_DEACTIVATED, by.id(), by.orgId(), userId, null, now));
            }
            return new UserAccount(userId, before.orgId(), before.email(), before.displayName(), newRoles, newEnabled,
                    before.createdAt());
        });
    }

    /**
     * Removes every user of an organization with their tokens and web sessions (organization deletion, inside its
     * transaction), after telling the modules that keep rows per person ({@link PeopleOfDeletedOrganization}). Returns
     * how many users were removed.
     */
    public int deleteAllOf(UUID orgId) {
        for (List<UUID> people : idBatchesOf(orgId)) {
            events.publishEvent(new PeopleOfDeletedOrganization(orgId, people));
        }
        jdbc.sql("delete from SPRING_SESSION where PRINCIPAL_NAME in (select email from users where org_id = ?)").param(orgId).update();
        jdbc.sql("delete from api_tokens where user_id in (select id from users where org_id = ?)").param(orgId).update();
        tokenChanges.atCommit();
        return jdbc.sql("delete from users where org_id = ?").param(orgId).update();
    }

    /**
     * A user created without a person behind the act and without an access log event: bootstrapping only (the
     * {@code create-operator} command, demo data, tests). Everything a person does goes through
     * {@link #create(CurrentUser, NewUser)}. A password given here must pass the {@link PasswordPolicy}; without one
     * the user cannot log in until a setup link is used.
     */
    public UserAccount create(NewUser user) {
        String email = normalizeEmail(user.email());
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            throw invalid("email", "Enter an email address such as name@example.org.");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw invalid("displayName", "Enter the user's name.");
        }
        if (user.password() != null) {
            PasswordPolicy.standard().refusal(user.password()).ifPresent(reason -> {
                throw invalid("password", reason);
            });
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            throw invalid("roles", "Give the user at least one role.");
        }
        organizations.find(user.orgId()).orElseThrow(() -> invalid("orgId", "No such organization."));
        UUID id = Generators.timeBasedEpochGenerator().generate();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        try {
            jdbc.sql("""
                    insert into users (id, org_id, email, display_name, password_hash, roles, enabled, failed_logins, created_at)
                    values (?, ?, ?, ?, ?, ?, true, 0, ?)""")
                    .params(id, user.orgId(), email, user.displayName().strip(),
                            new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.VARCHAR,
                                    user.password() == null ? null : passwords.encode(user.password())),
                            Role.joinAll(user.roles()), Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("A user with the email " + email + " already exists.").with("field", "email");
        }
        return new UserAccount(id, user.orgId(), email, user.displayName().strip(), EnumSet.copyOf(user.roles()), true, now);
    }

    /**
     * The organization's author of answers imported from {@code source} (e.g. {@code label-studio}), created on first
     * use: a disabled account without a password, whose address is in a reserved domain (RFC 2606: no mailbox, no
     * single sign-on domain), so it can never log in; {@link #change} refuses to enable it. Inside the caller's
     * transaction (the import's): created with it, or not at all.
     */
    public UUID importedAuthor(UUID orgId, String source, String displayName) {
        String email = source + "." + orgId + "@" + IMPORTED_DOMAIN;
        // Two imports at once may both create it: the unique address keeps one, and both read that one.
        jdbc.sql("""
                insert into users (id, org_id, email, display_name, password_hash, roles, enabled, failed_logins, created_at)
                values (?, ?, ?, ?, null, ?, false, 0, ?) on conflict do nothing""")
                .params(Generators.timeBasedEpochGenerator().generate(), orgId, email, displayName,
                        Role.joinAll(EnumSet.of(Role.ANNOTATOR)), Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS)))
                .update();
        return jdbc.sql("select id from users where email = ?").param(email).query(UUID.class).single();
    }

    /** The domain of the imported authors' addresses (reserved, RFC 2606). */
    static final String IMPORTED_DOMAIN = "imported.annota.invalid";

    public Optional<UserAccount> find(UUID id) {
        return jdbc.sql("select id, org_id, email, display_name, roles, enabled, created_at from users where id = ?")
                .param(id).query(Users::map).optional();
    }

    public List<UserAccount> ofOrganization(UUID orgId) {
        return jdbc.sql("select id, org_id, email, display_name, roles, enabled, created_at from users where org_id = ? order by email")
                .param(orgId).query(Users::map).list();
    }

    /** Display names of the given users, for pages that show who did what. */
    public Map<UUID, String> displayNames(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, display_name from users where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The organization of each of the given users (those that exist), for pages that group people by the
     * organization they belong to (active time per workforce) or show someone of another organization as a pseudonym.
     */
    public Map<UUID, UUID> organizationsOf(Set<UUID> ids) {
        var result = new java.util.HashMap<UUID, UUID>();
        var all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("select id, org_id from users where id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query((rs, n) -> result.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        }
        return result;
    }

    /** The ids of an organization's users in batches of at most 1,000 (one SQL IN list each). No users, no batch. */
    private List<List<UUID>> idBatchesOf(UUID orgId) {
        var ids = jdbc.sql("select id from users where org_id = ? order by id").param(orgId).query(UUID.class).list();
        var batches = new java.util.ArrayList<List<UUID>>();
        for (int from = 0; from < ids.size(); from += 1000) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
        }
        return batches;
    }

    /**
     * Inside a transaction: locks the user's row until the transaction ends, so that decisions about one person (the
     * conflict wall's) are taken one at a time on every instance. A user that does not exist locks nothing.
     */
    public void lock(UUID id) {
        jdbc.sql("select id from users where id = ? for update").param(id).query(UUID.class).optional();
    }

    public boolean any() {
        return jdbc.sql("select count(*) from users").query(Long.class).single() > 0;
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class), rs.getString("email"),
                rs.getString("display_name"), Role.parseAll(rs.getString("roles")), rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Failure invalid(String field, String message) {
        return new Invalid("Invalid user", message).with("field", field);
    }
}
