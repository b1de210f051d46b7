package dev.annota.identity;

import java.util.Set;
import java.util.UUID;

public record NewUser(UUID orgId, String email, String displayName, String password, Set<Role> roles) {
}
