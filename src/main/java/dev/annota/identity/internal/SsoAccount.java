package dev.annota.identity.internal;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

import dev.annota.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user logged in by single sign-on: the principal kept in the web session, like {@link Account} for a password
 * login. Its name is the account's email as stored, so Spring Session indexes the session as it does a password
 * login's (and {@link SessionsOfChangedAccount} ends it the same way); its authorities are the account's roles.
 */
final class SsoAccount implements OidcUser, Serializable {

    private final CurrentUser user;
    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    SsoAccount(CurrentUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        this.user = user;
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Authorities.of(user);
    }

    @Override
    public String getName() {
        return user.email();
    }
}
