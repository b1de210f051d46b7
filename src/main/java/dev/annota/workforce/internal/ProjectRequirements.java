package dev.annota.workforce.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Pseudonyms;
import dev.annota.identity.Role;
import dev.annota.identity.UserAccount;
import dev.annota.identity.Users;
import dev.annota.project.Engagement;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.quality.GoldRecords;
import dev.annota.quality.GoldRecords.GoldRecord;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import dev.annota.workforce.WorkforceChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A project's requirements of its annotators, set by the customer's admins and managers, and the lab's view of the
 * people who may work on the project: in-house annotators by name, a vendor's as pseudonyms unless the vendor shares
 * names, each with skills, languages, verified credentials, gold record on the project and whether they meet the
 * requirements.
 */
@Service
record ProjectRequirements(RequirementStore store, ProfileStore profiles, Projects projects, Users users,
        Organizations organizations, GoldRecords gold, TenantScope tenants, ApplicationEventPublisher events,
        Clock clock) {

    static final int MAX_EACH = 20;

    Requirements of(ProjectAccess access) {
        Projects.requireManage(access);
        return tenants.read(access.tenantId(), () -> store.of(access.tenantId(), access.project().id()));
    }

    /** Replaces the requirements; each list at most 20, names normalized as profiles store them. */
    Requirements replace(ProjectAccess access, Requirements given) {
        Projects.requireManage(access);
        var skills = ProfileInput.skills(given.skills(), "skills");
        if (skills.size() > MAX_EACH) {
            throw ProfileInput.invalid("skills", "Require at most " + MAX_EACH + " skills.");
        }
        if (given.languages().size() > MAX_EACH || given.credentials().size() > MAX_EACH) {
            throw ProfileInput.invalid(given.languages().size() > MAX_EACH ? "languages" : "credentials",
                    "Require at most " + MAX_EACH + " of each.");
        }
        var languages = new ArrayList<Requirements.Language>();
        var seen = new HashSet<String>();
        for (int i = 0; i < given.languages().size(); i++) {
            var l = given.languages().get(i);
            String tag = ProfileInput.language(l.language(), "languages[" + i + "].language");
            if (l.minLevel() == null) {
                throw ProfileInput.invalid("languages[" + i + "].minLevel", "Give the lowest level accepted: A1 to C2, or NATIVE.");
            }
            if (seen.add(tag.toLowerCase(java.util.Locale.ROOT))) {
                languages.add(new Requirements.Language(tag, l.minLevel()));
            }
        }
        var credentials = new ArrayList<Requirements.Credential>();
        for (int i = 0; i < given.credentials().size(); i++) {
            var c = given.credentials().get(i);
            if (c.kind() == null) {
                throw ProfileInput.invalid("credentials[" + i + "].kind", "Say which kind: degree, licence or certificate.");
            }
            String title = c.title() == null || c.title().isBlank() ? null : c.title().strip();
            var credential = new Requirements.Credential(c.kind(), title);
            if (!credentials.contains(credential)) {
                credentials.add(credential);
            }
        }
        BigDecimal accuracy = given.minGoldAccuracy();
        if (accuracy != null && (accuracy.signum() < 0 || accuracy.compareTo(BigDecimal.ONE) > 0 || accuracy.scale() > 4)) {
            throw ProfileInput.invalid("minGoldAccuracy", "A minimum gold accuracy is a fraction from 0 to 1, such as 0.9.");
        }
        Integer answers = given.minGoldAnswers();
        if (answers != null && (answers < 1 || answers > 10_000)) {
            throw ProfileInput.invalid("minGoldAnswers", "Count 1 to 10000 gold answers.");
        }
        var result = new Requirements(skills, languages, credentials, accuracy, accuracy == null ? null : answers == null ? 1 : answers);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var p = access.project();
        tenants.write(p.tenantId(), () -> {
            store.replace(p.tenantId(), p.id(), result);
            events.publishEvent(new WorkforceChanged(p.tenantId(), WorkforceChanged.Change.REQUIREMENTS_CHANGED,
                    access.caller().id(), access.caller().orgId(), p.id(), null,
                    "skills=" + skills.size() + ",languages=" + languages.size() + ",credentials=" + credentials.size()
                            + ",minGoldAccuracy=" + (accuracy == null ? "none" : accuracy.toPlainString()), now));
        });
        return result;
    }

    /** A person who may work on the project, as the customer sees them. */
    record ProjectAnnotator(String name, String email, String organization, boolean inHouse, List<String> skills,
                            List<Profile.LanguageSkill> languages, List<VerifiedCredential> credentials, String timeZone,
                            long goldAnswered, long goldCorrect, Double goldAccuracy, String notEligible) {
    }

    /** A verified credential as customers see it: no note, no verifier. */
    record VerifiedCredential(String kind, String title, String issuer, java.time.LocalDate verifiedOn) {
    }

    /**
     * The annotators of the owner and of every engaged workforce (enabled accounts with the annotator role), for the
     * customer's admins and managers.
     */
    List<ProjectAnnotator> annotators(ProjectAccess access) {
        Projects.requireManage(access);
        var p = access.project();
        var orgs = new LinkedHashMap<UUID, String>();
        organizations.find(p.tenantId()).ifPresent(o -> orgs.put(o.id(), o.name()));
        for (Engagement e : projects.engagements(access)) {
            orgs.put(e.workforceOrgId(), e.workforceName());
        }
        Map<UUID, List<UserAccount>> people = new LinkedHashMap<>();
        orgs.keySet().forEach(org -> people.put(org, users.ofOrganization(org).stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.ANNOTATOR)).toList()));
        return tenants.read(p.tenantId(), () -> {
            var required = store.of(p.tenantId(), p.id());
            var all = people.values().stream().flatMap(List::stream).map(UserAccount::id).toList();
            var records = gold.onProject(p.tenantId(), p.id(), all);
            var out = new ArrayList<ProjectAnnotator>();
            people.forEach((org, accounts) -> {
                boolean inHouse = org.equals(p.tenantId());
                boolean named = inHouse || profiles.sharesIdentity(org);
                var profileOf = profiles.loadAll(org, accounts.stream().map(UserAccount::id).toList());
                for (UserAccount a : accounts) {
                    Profile profile = profileOf.getOrDefault(a.id(), Profile.empty(a.id()));
                    var verified = profile.credentials().stream().filter(Profile.Credential::verified).toList();
                    GoldRecord record = records.getOrDefault(a.id(), GoldRecord.NONE);
                    var facts = new ProfileFacts(new HashSet<>(profile.skills()), languages(profile),
                            verified.stream().map(c -> new Requirements.Credential(CredentialKind.of(c.kind()), c.title())).toList(),
                            required.needsGold() ? gold.acrossProjects(p.tenantId(), a.id()) : GoldRecord.NONE);
                    Optional<String> refusal = Eligibility.refusal(required, facts);
                    out.add(new ProjectAnnotator(named ? a.displayName() : Pseudonyms.of(p.tenantId(), a.id()),
                            named ? a.email() : null, orgs.get(org), inHouse, profile.skills(), profile.languages(),
                            verified.stream().map(c -> new VerifiedCredential(c.kind(), c.title(), c.issuer(), c.verifiedOn())).toList(),
                            profile.timeZone(), record.answered(), record.correct(), record.accuracy(), refusal.orElse(null)));
                }
            });
            return out;
        });
    }

    static Map<String, LanguageLevel> languages(Profile profile) {
        var map = new java.util.HashMap<String, LanguageLevel>();
        profile.languages().forEach(l -> map.put(l.language().toLowerCase(java.util.Locale.ROOT), l.level()));
        return map;
    }
}
