package dev.annota.masking.internal;

import java.util.List;

/** Finds the values of one type of personal data or secret in a text. */
interface Detector {

    /** The placeholders' type: {@code EMAIL} gives {@code [EMAIL_1]}. */
    String type();

    List<Finding> find(String text);
}
