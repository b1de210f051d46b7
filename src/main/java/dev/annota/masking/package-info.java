/**
 * Personal data masked before a person sees it (docs/trust.md): per text field of a project's item data, the
 * detectors its lab switches on (email addresses, phone numbers, payment cards, IBANs, IP addresses, secrets, the
 * lab's own patterns); annotators and reviewers are served typed placeholders ({@code [EMAIL_1]}), the owner's staff
 * the original, and answers' span offsets are carried back to the original texts on submit.
 * <p>
 * Owns the tables: project_masking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Masking",
        allowedDependencies = {"project", "schema", "tenancy", "identity"})
package dev.annota.masking;
