package dev.annota.bundle.internal;

/** The names of a bundle's entries (docs/bundles.md "Archive layout"), in the order they are written and restored. */
final class BundleLayout {

    static final String FORMAT = "annota-project-bundle";
    static final int VERSION = 1;

    static final String PROJECT = "project.json";
    static final String SCHEMAS = "schemas.jsonl";
    static final String GUIDELINES = "guidelines.jsonl";
    /** images/{id}.json (the image's row) and images/{id} (its bytes). */
    static final String IMAGES = "images/";
    static final String ITEMS = "items.jsonl";
    static final String ANNOTATIONS = "annotations.jsonl";
    static final String REVIEW_SETTINGS = "review-settings.json";
    static final String REVIEWS = "reviews.jsonl";
    static final String REVIEW_DECISIONS = "review-decisions.jsonl";
    static final String QUALITY_SETTINGS = "quality-settings.json";
    static final String GOLD_RESULTS = "gold-results.jsonl";
    /** One line per access event of the project: its canonical line, index, tree size and inclusion proof. */
    static final String ACCESS_EVIDENCE = "access/events.jsonl";
    static final String ACCESS_CHECKPOINT = "access/checkpoint.txt";
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";

    private BundleLayout() {
    }
}
