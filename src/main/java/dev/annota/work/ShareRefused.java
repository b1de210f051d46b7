package dev.annota.work;

import dev.annota.failure.Forbidden;

/**
 * A claim of new work refused to keep the project's vendor shares (docs/workforce.md "Routing: vendor shares"): the
 * claimer's organization is ahead of its share while a workforce behind its share has people working
 * ({@code reason} "share", for a few minutes at most), or it has taken as many tasks as its cap allows
 * ({@code reason} "cap"). The detail names the claimer's own figures only, never another workforce's. The
 * cross-project claim passes over it to the next project, as over any refusal.
 */
public class ShareRefused extends Forbidden {

    public ShareRefused(String reason, String detail) {
        super("Not your organization's turn", detail);
        with("reason", reason);
    }
}
