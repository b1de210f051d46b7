package dev.annota.workforce.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import dev.annota.failure.Forbidden;
import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.identity.UserAccount;
import dev.annota.identity.Users;
import dev.annota.tenancy.TenantScope;
import dev.annota.workforce.WorkforceChanged;
import dev.annota.workforce.internal.Profile.HourRange;
import dev.annota.workforce.internal.Profile.LanguageSkill;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * People's profiles inside their own organization: a person edits their own (credentials they add start unverified);
 * their organization's admins and managers see and edit everyone's and verify credentials (an administrative act).
 * Anyone else's person answers 404.
 */
@Service
record PeopleProfiles(ProfileStore store, Users users, TenantScope tenants, ApplicationEventPublisher events,
        Clock clock) {

    /** A person of the organization, with their account (name, email, roles) and profile. */
    record Person(UUID id, String displayName, String email, List<Role> roles, boolean enabled, Profile profile) {
    }

    /** Edits of a profile (credentials apart): every field as it shall be. */
    record Edit(String timeZone, Map<DayOfWeek, List<HourRange>> availability, List<String> skills, List<LanguageSkill> languages) {
    }

    Profile mine(CurrentUser caller) {
        return tenants.read(caller.orgId(), () -> store.load(caller.orgId(), caller.id()));
    }

    /** The organization's people and their profiles; its admins and managers only. */
    List<Person> people(CurrentUser caller) {
        requireLead(caller);
        var accounts = users.ofOrganization(caller.orgId());
        var profiles = tenants.read(caller.orgId(), () -> store.loadAll(caller.orgId(), accounts.stream().map(UserAccount::id).toList()));
        return accounts.stream().map(a -> person(a, profiles.getOrDefault(a.id(), Profile.empty(a.id())))).toList();
    }

    Person person(CurrentUser caller, UUID personId) {
        UserAccount account = colleague(caller, personId);
        requireLead(caller);
        return person(account, tenants.read(caller.orgId(), () -> store.load(caller.orgId(), personId)));
    }

    Profile save(CurrentUser caller, UUID personId, Edit edit) {
        mayEdit(caller, personId);
        var skills = ProfileInput.skills(edit.skills(), "skills");
        var languages = ProfileInput.languages(edit.languages());
        String zone = ProfileInput.timeZone(edit.timeZone());
        var availability = ProfileInput.availability(edit.availability());
        Instant now = now();
        return tenants.write(caller.orgId(), () -> {
            store.save(caller.orgId(), personId, zone, availability, skills, languages, caller.id(), now);
            return store.load(caller.orgId(), personId);
        });
    }

    Profile.Credential addCredential(CurrentUser caller, UUID personId, CredentialKind kind, String title, String issuer) {
        mayEdit(caller, personId);
        if (kind == null) {
            throw ProfileInput.invalid("kind", "Say what the credential is: degree, licence or certificate.");
        }
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw ProfileInput.invalid("title", "Name the credential, such as MSc Chemistry or Bar admission.");
        }
        String by = issuer == null || issuer.isBlank() ? null : issuer.strip();
        UUID id = Generators.timeBasedEpochGenerator().generate();
        Instant now = now();
        tenants.write(caller.orgId(), () -> store.addCredential(caller.orgId(), personId, id, kind, t, by, caller.id(), now));
        return new Profile.Credential(id, kind.id(), t, by, now, null, null, null, null);
    }

    void removeCredential(CurrentUser caller, UUID personId, UUID credentialId) {
        mayEdit(caller, personId);
        int removed = tenants.write(caller.orgId(), () -> store.removeCredential(caller.orgId(), personId, credentialId));
        if (removed == 0) {
            throw new NotFound("No such credential.");
        }
    }

    /**
     * Marks a credential verified with a note and the date it was checked (default today), or withdraws the
     * verification ({@code verify} false); by an admin or manager of the person's organization other than the person.
     */
    Profile.Credential verify(CurrentUser caller, UUID personId, UUID credentialId, boolean verify, String note, LocalDate on) {
        colleague(caller, personId);
        requireLead(caller);
        if (caller.id().equals(personId)) {
            throw new Forbidden("Someone else of your organization verifies your own credentials.");
        }
        Instant now = now();
        LocalDate checked = on == null ? LocalDate.ofInstant(now, java.time.ZoneOffset.UTC) : on;
        if (verify && checked.isAfter(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(1))) {
            throw ProfileInput.invalid("verifiedOn", "A credential is verified on a day that has come.");
        }
        String n = note == null ? null : note.strip();
        if (verify && (n == null || n.isEmpty())) {
            throw ProfileInput.invalid("note", "Say how the credential was verified (a document seen, a register checked).");
        }
        return tenants.write(caller.orgId(), () -> {
            var credential = store.credential(caller.orgId(), personId, credentialId)
                    .orElseThrow(() -> new NotFound("No such credential."));
            if (verify) {
                store.verify(caller.orgId(), credentialId, caller.id(), checked, now, n);
            } else {
                store.verify(caller.orgId(), credentialId, null, null, null, null);
            }
            events.publishEvent(new WorkforceChanged(caller.orgId(), verify ? WorkforceChanged.Change.CREDENTIAL_VERIFIED
                    : WorkforceChanged.Change.VERIFICATION_WITHDRAWN, caller.id(), caller.orgId(), null, personId,
                    "credential=" + credentialId + ",kind=" + credential.kind() + (verify ? ",verifiedOn=" + checked : ""), now));
            return store.credential(caller.orgId(), personId, credentialId).orElseThrow();
        });
    }

    boolean sharesIdentity(CurrentUser caller) {
        return tenants.read(caller.orgId(), () -> store.sharesIdentity(caller.orgId()));
    }

    /** The organization's choice to show its people's names and emails to the customers it works for; its admins only. */
    boolean shareIdentity(CurrentUser caller, boolean share) {
        if (!caller.has(Role.ADMIN)) {
            throw new Forbidden("Only admins choose whether customers see your people's names.");
        }
        Instant now = now();
        tenants.write(caller.orgId(), () -> {
            if (store.sharesIdentity(caller.orgId()) != share) {
                store.shareIdentity(caller.orgId(), share, caller.id(), now);
                events.publishEvent(new WorkforceChanged(caller.orgId(), WorkforceChanged.Change.IDENTITY_SHARING_CHANGED,
                        caller.id(), caller.orgId(), null, null, share ? "shared" : "pseudonyms", now));
            }
        });
        return share;
    }

    private void mayEdit(CurrentUser caller, UUID personId) {
        colleague(caller, personId);
        if (!caller.id().equals(personId)) {
            requireLead(caller);
        }
    }

    /** The person's account if they belong to the caller's organization; 404 otherwise, as for no such person. */
    private UserAccount colleague(CurrentUser caller, UUID personId) {
        return users.find(personId).filter(u -> u.orgId().equals(caller.orgId()))
                .orElseThrow(() -> new NotFound("No such person."));
    }

    private static void requireLead(CurrentUser caller) {
        if (!caller.hasAny(Role.ADMIN, Role.MANAGER)) {
            throw new Forbidden("Only admins and managers of your organization see and edit other people's profiles.");
        }
    }

    private static Person person(UserAccount a, Profile profile) {
        return new Person(a.id(), a.displayName(), a.email(), a.roles().stream().sorted().toList(), a.enabled(), profile);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
