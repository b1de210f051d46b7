package dev.annota.item;

import java.util.List;
import java.util.UUID;

/** What a deletion of items did: the ids deleted, and the ids asked for that are no item of the project. */
public record ItemsRemoved(List<UUID> deleted, List<UUID> notFound) {
}
