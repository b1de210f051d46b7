package dev.annota.comparison;

import java.math.BigDecimal;

/** A sum of money in one currency (ISO 4217 code), never a float. */
public record Amount(BigDecimal amount, String currency) {
}
