package dev.annota.tenancy;

import java.time.Instant;
import java.util.UUID;

public record Organization(UUID id, OrganizationKind kind, String name, Instant createdAt) {
}
