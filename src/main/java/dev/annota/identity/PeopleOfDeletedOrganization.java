package dev.annota.identity;

import java.util.List;
import java.util.UUID;

/**
 * Up to 1,000 people of an organization being deleted, published in the deletion's transaction just before their
 * user rows go ({@link Users#deleteAllOf}): a module that keeps rows per person (rate-limit windows, exposures,
 * affiliations) removes them on it, in one SQL IN list. An organization without users publishes none.
 */
public record PeopleOfDeletedOrganization(UUID orgId, List<UUID> userIds) {
}
