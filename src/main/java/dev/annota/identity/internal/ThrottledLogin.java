package dev.annota.identity.internal;

import java.util.function.Supplier;

import dev.annota.tenancy.Organizations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The login form's one authentication provider: asks {@link LoginThrottle} first, then checks the password. Every
 * refusal — wrong password, unknown email, throttled address or account, an account that cannot log in — is the same
 * {@link BadCredentialsException}, so the login page says the same thing and the answer tells nothing about whether an
 * account exists or is locked. A throttled attempt still hashes the password once, against a dummy hash, so it takes
 * about as long as a real check.
 */
@Component
class ThrottledLogin implements AuthenticationProvider {

    static final String REFUSED = "Wrong email or password";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final Supplier<String> dummyHash;

    ThrottledLogin(JdbcClient jdbc, Organizations organizations, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(new AccountDetailsService(jdbc, organizations));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.encoder = encoder;
        this.dummyHash = SingletonSupplier.of(() -> encoder.encode("not a password of anyone"));
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String address = login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        var attempt = throttle.attempt(login.getName(), address);
        if (throttle.refuses(attempt)) {
            encoder.matches(String.valueOf(login.getCredentials()), dummyHash.get());
            throw new BadCredentialsException(REFUSED);
        }
        Authentication result;
        try {
            result = passwords.authenticate(login);
        } catch (AccountStatusException cannotLogIn) {
            // Disabled, or no password yet: refused before any hashing; hash once so that it takes as long as a check.
            encoder.matches(String.valueOf(login.getCredentials()), dummyHash.get());
            throttle.failed(attempt);
            throw new BadCredentialsException(REFUSED);
        } catch (BadCredentialsException refused) {
            throttle.failed(attempt);
            throw new BadCredentialsException(REFUSED);
        } catch (AuthenticationException e) {
            throw new BadCredentialsException(REFUSED);
        }
        if (result.getPrincipal() instanceof Account account) {
            throttle.succeeded(attempt, account.user().id());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
