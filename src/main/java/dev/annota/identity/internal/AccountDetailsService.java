package dev.annota.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.tenancy.OrganizationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountDetailsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Instant now = Instant.now(clock);
        return jdbc.sql("""
                select u.id, u.org_id, o.kind, u.email, u.display_name, u.roles, u.password_hash, u.enabled, u.locked_until
                from users u join organizations o on o.id = u.org_id where u.email = ?""")
                .param(email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> {
                    Timestamp lockedUntil = rs.getTimestamp("locked_until");
                    var user = new CurrentUser(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
                            OrganizationKind.valueOf(rs.getString("kind")), rs.getString("email"),
                            rs.getString("display_name"), dev.annota.identity.Role.parseAll(rs.getString("roles")));
                    String hash = rs.getString("password_hash");
                    // A user without a password (one who signs in by token only) cannot log in with a form.
                    return (UserDetails) new Account(user, hash, hash != null && rs.getBoolean("enabled"),
                            lockedUntil != null && lockedUntil.toInstant().isAfter(now));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
