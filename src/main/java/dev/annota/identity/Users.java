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
import dev.annota.tenancy.Organizations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/** Users of all organizations. */
@Service
public class Users {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Organizations organizations;
    private final Clock clock;

    Users(JdbcClient jdbc, PasswordEncoder passwords, Organizations organizations, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.organizations = organizations;
        this.clock = clock;
    }

    public UserAccount create(NewUser user) {
        String email = normalizeEmail(user.email());
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            throw invalid("email", "Enter an email address such as name@example.org.");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw invalid("displayName", "Enter the user's name.");
        }
        if (user.password() == null || user.password().length() < MIN_PASSWORD_LENGTH) {
            throw invalid("password", "A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
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
                    .params(id, user.orgId(), email, user.displayName().strip(), passwords.encode(user.password()),
                            Role.joinAll(user.roles()), Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            var problem = new ErrorResponseException(HttpStatus.CONFLICT);
            problem.getBody().setDetail("A user with the email " + email + " already exists.");
            problem.getBody().setProperty("field", "email");
            throw problem;
        }
        return new UserAccount(id, user.orgId(), email, user.displayName().strip(), EnumSet.copyOf(user.roles()), true, now);
    }

    public Optional<UserAccount> find(UUID id) {
        return jdbc.sql("select id, org_id, email, display_name, roles, enabled, created_at from users where id = ?")
                .param(id).query(Users::map).optional();
    }

    public List<UserAccount> ofOrganization(UUID orgId) {
        return jdbc.sql("select id, org_id, email, display_name, roles, enabled, created_at from users where org_id = ? order by email")
                .param(orgId).query(Users::map).list();
    }

    /**
     * Replaces a user's roles. The user must belong to {@code orgId} (the caller's organization): a user of another
     * organization is reported as absent.
     */
    public UserAccount changeRoles(UUID orgId, UUID userId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw invalid("roles", "Give the user at least one role.");
        }
        int n = jdbc.sql("update users set roles = ? where id = ? and org_id = ?")
                .params(Role.joinAll(roles), userId, orgId).update();
        return afterUpdate(n, userId);
    }

    /** Deactivates (no login, no token works) or reactivates a user of {@code orgId}. */
    public UserAccount setEnabled(UUID orgId, UUID userId, boolean enabled) {
        int n = jdbc.sql("update users set enabled = ? where id = ? and org_id = ?").params(enabled, userId, orgId).update();
        return afterUpdate(n, userId);
    }

    private UserAccount afterUpdate(int rows, UUID userId) {
        if (rows == 0) {
            var problem = new ErrorResponseException(HttpStatus.NOT_FOUND);
            problem.getBody().setDetail("No such user in your organization.");
            throw problem;
        }
        return find(userId).orElseThrow();
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

    private static ErrorResponseException invalid(String field, String message) {
        var problem = new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.getBody().setTitle("Invalid user");
        problem.getBody().setDetail(message);
        problem.getBody().setProperty("field", field);
        return problem;
    }
}
