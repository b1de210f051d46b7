package dev.annota.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import dev.annota.failure.Invalid;

/**
 * An exact amount of one currency. Never a float: amounts are {@link BigDecimal}s, stored as numeric(19,4). A rate
 * may carry up to 4 decimals (0.0125 per task); every ledger entry is rounded once, half-even, to the currency's minor
 * unit ({@link #rounded()}) when it is posted, so a ledger's sum is exact and reconciles to the cent with the work done.
 */
public record Money(BigDecimal amount, Currency currency) {

    /** The most decimals a rate or an amount may have (the columns' scale). */
    public static final int MAX_SCALE = 4;
    /** The largest amount stored (numeric(19,4)). */
    public static final BigDecimal MAX = new BigDecimal("999999999999999.9999");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new Invalid("Invalid amount", "An amount has at most " + MAX_SCALE + " decimals.").with("field", "amount");
        }
        if (amount.abs().compareTo(MAX) > 0) {
            throw new Invalid("Invalid amount", "An amount is at most " + MAX.toPlainString() + ".").with("field", "amount");
        }
        // One scale per value (at least the minor unit's), so equal amounts are equal records: 12.5 EUR is 12.50 EUR.
        int scale = Math.max(Math.max(amount.stripTrailingZeros().scale(), 0), Math.max(currency.getDefaultFractionDigits(), 0));
        amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** An amount from its decimal text and ISO 4217 code; {@link Invalid} names the field that is wrong. */
    public static Money of(String amount, String currency) {
        return new Money(decimal(amount), currency(currency));
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency(currency));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new Invalid("Invalid currency", "A currency is an ISO 4217 code such as EUR or USD.").with("field", "currency");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new Invalid("Invalid currency", "Unknown currency " + code + ".").with("field", "currency");
        }
    }

    private static BigDecimal decimal(String amount) {
        if (amount == null || !amount.matches("-?\\d{1,15}(\\.\\d{1,4})?")) {
            throw new Invalid("Invalid amount", "An amount is a plain decimal with at most 4 decimals, such as 12.50.")
                    .with("field", "amount");
        }
        return new BigDecimal(amount);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** This amount rounded half-even to the currency's minor unit (cents): how every ledger entry is posted. */
    public Money rounded() {
        return new Money(amount.setScale(minorDigits(), RoundingMode.HALF_EVEN), currency);
    }

    /**
     * The pay for {@code activeMillis} of active time at this hourly rate: rate × millis / 3,600,000, computed exactly
     * and rounded once, half-even, to the minor unit.
     */
    public Money forActiveTime(long activeMillis) {
        BigDecimal exact = amount.multiply(BigDecimal.valueOf(activeMillis));
        return new Money(exact.divide(BigDecimal.valueOf(3_600_000L), minorDigits(), RoundingMode.HALF_EVEN), currency);
    }

    /** The amount as a plain decimal string (no exponent), as the API and the CSV show it. */
    public String plain() {
        return amount.toPlainString();
    }

    private int minorDigits() {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new Invalid("Currencies differ", "Amounts in " + currency + " and " + other.currency + " are not added.")
                    .with("field", "currency");
        }
    }

    @Override
    public String toString() {
        return plain() + " " + currency.getCurrencyCode();
    }
}
