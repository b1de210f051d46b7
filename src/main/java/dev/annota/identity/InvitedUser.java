package dev.annota.identity;

/** A user just added by a person, without a password yet, and the one-time link with which they choose it. */
public record InvitedUser(UserAccount account, SetupLink setupLink) {
}
