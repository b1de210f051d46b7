package dev.annota.identity.internal;

import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.tenancy.OrganizationKind;
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

    AccountDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return jdbc.sql("""
                select u.id, u.org_id, o.kind, u.email, u.display_name, u.roles, u.password_hash, u.enabled
                from users u join organizations o on o.id = u.org_id where u.email = ?""")
                .param(email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> {
                    var user = new CurrentUser(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
                            OrganizationKind.valueOf(rs.getString("kind")), rs.getString("email"),
                            rs.getString("display_name"), dev.annota.identity.Role.parseAll(rs.getString("roles")));
                    String hash = rs.getString("password_hash");
                    // A user without a password (not yet set with a setup link, or reset) cannot log in with a form.
                    // Locks are LoginThrottle's, before this is read.
                    return (UserDetails) new Account(user, hash, hash != null && rs.getBoolean("enabled"), false);
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
