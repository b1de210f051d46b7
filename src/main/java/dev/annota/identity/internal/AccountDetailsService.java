package dev.annota.identity.internal;

import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.tenancy.Organizations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Finds the account a login names. Not a bean: {@link ThrottledLogin} is the one way in, so that no second
 * authentication provider checks passwords past the throttle.
 */
class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Organizations organizations;

    AccountDetailsService(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    private record AccountRow(UUID id, UUID orgId, String email, String displayName, String roles, String passwordHash,
                              boolean enabled) {
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var row = jdbc.sql("""
                select u.id, u.org_id, u.email, u.display_name, u.roles, u.password_hash, u.enabled
                from users u where u.email = ?""")
                .param(email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> new AccountRow(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
                        rs.getString("email"), rs.getString("display_name"), rs.getString("roles"),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        // The organization's kind is tenancy's: a second query, after the first has given its connection back (a login
        // is not a hot path).
        var org = organizations.find(row.orgId()).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        var user = new CurrentUser(row.id(), row.orgId(), org.kind(), row.email(), row.displayName(),
                dev.annota.identity.Role.parseAll(row.roles()));
        // A user without a password (not yet set with a setup link, or reset) cannot log in with a form.
        // Locks are LoginThrottle's, before this is read.
        return new Account(user, row.passwordHash(), row.passwordHash() != null && row.enabled(), false);
    }
}
