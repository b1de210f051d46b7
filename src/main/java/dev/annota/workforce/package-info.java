/**
 * The workforce: people and skills (annotator profiles: skills, languages, credentials verified by their
 * organization, time zone, availability; an organization's choice to show its people's names to its customers) and a
 * project's requirements of its annotators, enforced in the claim as a {@link dev.annota.work.ClaimRule}
 * (docs/workforce.md). Profiles belong to the person's organization; a customer sees its vendors' people as
 * pseudonyms unless the vendor shares their names.
 * <p>
 * Owns the tables: annotator_profiles, annotator_skills, annotator_languages, annotator_credentials,
 * workforce_settings, project_requirements. Another module's SQL may name them only as TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce",
        allowedDependencies = {"identity", "project", "quality", "tenancy", "work"})
package dev.annota.workforce;
