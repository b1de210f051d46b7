package dev.annota.statistics;

/** Level of measurement of the values coded, which chooses Krippendorff's difference function. */
public enum Measurement {
    /** Categories without order: any two different values differ by 1. */
    NOMINAL,
    /** Ranks: the difference grows with how many coded values lie between two values. */
    ORDINAL,
    /** Numbers on an interval scale: squared difference. */
    INTERVAL,
    /** Numbers with a true zero: squared difference relative to the sum. */
    RATIO
}
