package dev.annota.leak;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a leaked text says about its source: the marks it carries ({@code codes} whole, {@code cutFrames} cut), the
 * whole codes that name no view of the project ({@code unknownCodes}: marks of another project, or altered), and the
 * views named, strongest first.
 */
public record Trace(int codes, int cutFrames, int unknownCodes, List<View> views) {

    public Trace {
        views = List.copyOf(views);
    }

    /**
     * A view the text's marks name: {@code kind} "claim" (an annotator's lease) or "review"; {@code viewId} the
     * assignment or review; the viewer by pseudonym; when it was first shown. {@code fullCodes}: whole codes of this
     * view found (each a 1 in 2^48 chance for any other view); {@code partialBits}: the most first bits of its code a
     * cut frame matched. {@code strength}: "conclusive" (a whole code) or "partial" (only 32 or more matching bits).
     */
    public record View(UUID viewId, String kind, UUID itemId, String pseudonym, Instant viewedAt, int fullCodes,
                       int partialBits, String strength) {
    }
}
