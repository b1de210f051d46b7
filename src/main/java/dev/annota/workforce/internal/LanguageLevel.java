package dev.annota.workforce.internal;

/** How well a person speaks a language: the CEFR levels, then native, in rising order. */
enum LanguageLevel {
    A1, A2, B1, B2, C1, C2, NATIVE;

    boolean atLeast(LanguageLevel minimum) {
        return compareTo(minimum) >= 0;
    }
}
