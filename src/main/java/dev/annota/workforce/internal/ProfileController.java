package dev.annota.workforce.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.identity.CurrentUser;
import dev.annota.workforce.internal.PeopleProfiles.Person;
import dev.annota.workforce.internal.Profile.HourRange;
import dev.annota.workforce.internal.Profile.LanguageSkill;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "People and skills", description = "Profiles: skills, languages, credentials, time zone, availability")
record ProfileController(PeopleProfiles people) {

    /** The whole profile but its credentials: what is left out is saved empty. */
    record ProfileEdit(
            @Schema(example = "Europe/Berlin", description = "The person's IANA time zone (Europe/Berlin, Asia/Seoul, UTC); "
                    + "the availability's hours are in it; left out or blank: none") @Size(max = 64) String timeZone,
            @Schema(description = "The hours available on each weekday (MONDAY … SUNDAY), in the person's time zone: up to "
                    + "12 ranges a day, not overlapping; a day left out or empty: not available. Left out: none")
            @Size(max = 7) Map<DayOfWeek, @Size(max = 12) List<HourRange>> availability,
            @Schema(description = "Skill tags of 1 to 60 characters such as chemistry or korean legal, up to 50; stored "
                    + "lower case with spaces collapsed, duplicates dropped. Left out: none")
            @Size(max = ProfileInput.MAX_SKILLS) List<@Size(max = 60) String> skills,
            @Schema(description = "The languages spoken, each once, with a level, up to 20. Left out: none")
            @Size(max = ProfileInput.MAX_LANGUAGES) List<LanguageSkill> languages) {

        PeopleProfiles.Edit edit() {
            return new PeopleProfiles.Edit(timeZone, availability, skills, languages);
        }
    }

    record NewCredential(
            @Schema(requiredMode = REQUIRED, description = "What the credential is: degree, licence or certificate")
            @NotNull CredentialKind kind,
            @Schema(requiredMode = REQUIRED, example = "MSc Chemistry", description = "The credential's name, 1 to 200 "
                    + "characters, such as MSc Chemistry or Bar admission") @Size(min = 1, max = 200) String title,
            @Schema(description = "Who issued it (a university, a licensing board), up to 200 characters; optional")
            @Size(max = 200) String issuer) {
    }

    record Verification(
            @Schema(requiredMode = REQUIRED, description = "How the credential was verified (a document seen, a register "
                    + "checked), up to 1000 characters; recorded in the access log") @Size(max = 1000) String note,
            @Schema(description = "The day it was verified, an ISO 8601 date (2026-03-01), not in the future; left out: "
                    + "today (UTC)") LocalDate verifiedOn) {
    }

    record Sharing(
            @Schema(requiredMode = REQUIRED, description = "true: customers see your people's names and emails; false "
                    + "(the default): they see pseudonyms only") @NotNull Boolean shareIdentity) {
    }

    @GetMapping("/me/profile")
    @Operation(operationId = "getMyProfile", summary = "Your profile: skills, languages with level, credentials (verified or not), time zone, availability")
    Profile mine(CurrentUser caller) {
        return people.mine(caller);
    }

    @PutMapping("/me/profile")
    @Operation(operationId = "saveMyProfile", summary = "Save your time zone, weekly availability, skills and languages (credentials are added one by one)")
    Profile saveMine(CurrentUser caller, @Valid @RequestBody ProfileEdit body) {
        return people.save(caller, caller.id(), body.edit());
    }

    @PostMapping("/me/profile/credentials")
    @Operation(operationId = "addMyCredential", summary = "Add a credential (degree, licence, certificate) to your profile; it stays unverified until your "
            + "organization's admin or manager verifies it")
    @ApiResponse(responseCode = "201", description = "Added")
    ResponseEntity<Profile.Credential> addMine(CurrentUser caller, @Valid @RequestBody NewCredential body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(people.addCredential(caller, caller.id(), body.kind(), body.title(),
                body.issuer()));
    }

    @DeleteMapping("/me/profile/credentials/{credentialId}")
    @Operation(operationId = "removeMyCredential", summary = "Remove one of your credentials")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeMine(CurrentUser caller, @PathVariable UUID credentialId) {
        people.removeCredential(caller, caller.id(), credentialId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/people")
    @Operation(operationId = "listPeople", summary = "Your organization's people with their profiles (admins and managers; never another organization's)")
    List<Person> people(CurrentUser caller) {
        return people.people(caller);
    }

    @GetMapping("/people/{personId}")
    @Operation(operationId = "getPerson", summary = "One person of your organization with their profile (admins and managers)")
    Person person(CurrentUser caller, @PathVariable UUID personId) {
        return people.person(caller, personId);
    }

    @PutMapping("/people/{personId}/profile")
    @Operation(operationId = "savePersonProfile", summary = "Save a person's time zone, availability, skills and languages (admins and managers of their organization)")
    Profile save(CurrentUser caller, @PathVariable UUID personId, @Valid @RequestBody ProfileEdit body) {
        return people.save(caller, personId, body.edit());
    }

    @PostMapping("/people/{personId}/credentials")
    @Operation(operationId = "addCredential", summary = "Add a credential to a person's profile, unverified (admins and managers of their organization)")
    @ApiResponse(responseCode = "201", description = "Added")
    ResponseEntity<Profile.Credential> add(CurrentUser caller, @PathVariable UUID personId, @Valid @RequestBody NewCredential body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(people.addCredential(caller, personId, body.kind(), body.title(),
                body.issuer()));
    }

    @DeleteMapping("/people/{personId}/credentials/{credentialId}")
    @Operation(operationId = "removeCredential", summary = "Remove a credential from a person's profile (admins and managers of their organization)")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> remove(CurrentUser caller, @PathVariable UUID personId, @PathVariable UUID credentialId) {
        people.removeCredential(caller, personId, credentialId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/people/{personId}/credentials/{credentialId}/verification")
    @Operation(operationId = "verifyCredential", summary = "Mark a person's credential verified, with a note on how and the date (default today); admins and "
            + "managers of their organization other than the person; recorded in the access log")
    Profile.Credential verify(CurrentUser caller, @PathVariable UUID personId, @PathVariable UUID credentialId,
                              @Valid @RequestBody Verification body) {
        return people.verify(caller, personId, credentialId, true, body.note(), body.verifiedOn());
    }

    @DeleteMapping("/people/{personId}/credentials/{credentialId}/verification")
    @Operation(operationId = "unverifyCredential", summary = "Withdraw a credential's verification (recorded in the access log)")
    Profile.Credential unverify(CurrentUser caller, @PathVariable UUID personId, @PathVariable UUID credentialId) {
        return people.verify(caller, personId, credentialId, false, null, null);
    }

    @GetMapping("/organizations/me/identity-sharing")
    @Operation(operationId = "getIdentitySharing", summary = "Whether customers see your people's names and emails (true) or pseudonyms (false, the default)")
    Sharing sharing(CurrentUser caller) {
        return new Sharing(people.sharesIdentity(caller));
    }

    @PutMapping("/organizations/me/identity-sharing")
    @Operation(operationId = "setIdentitySharing", summary = "Choose whether customers see your people's names and emails or pseudonyms (admins; recorded in the access log)")
    Sharing share(CurrentUser caller, @Valid @RequestBody Sharing body) {
        return new Sharing(people.shareIdentity(caller, body.shareIdentity()));
    }
}
