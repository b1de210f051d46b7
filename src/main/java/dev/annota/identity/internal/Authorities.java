package dev.annota.identity.internal;

import java.util.ArrayList;
import java.util.List;

import dev.annota.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

final class Authorities {

    private Authorities() {
    }

    static List<GrantedAuthority> of(CurrentUser user) {
        var list = new ArrayList<GrantedAuthority>();
        user.roles().forEach(role -> list.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        list.add(new SimpleGrantedAuthority("ORG_" + user.orgKind().name()));
        return list;
    }
}
