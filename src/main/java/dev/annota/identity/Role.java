package dev.annota.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

public enum Role {
    ADMIN, MANAGER, REVIEWER, ANNOTATOR;

    /** Roles as stored in a user's row: names separated by commas. */
    public static Set<Role> parseAll(String names) {
        var set = EnumSet.noneOf(Role.class);
        Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public static String joinAll(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
