package dev.annota.identity.internal;

import java.time.Instant;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.failure.Failure;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.PasswordPolicy;
import dev.annota.identity.Passwords;
import dev.annota.identity.SetupLink;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Passwords: set with a one-time link, changed by their owner, reset (a new link) by an admin. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Organizations, users and personal API tokens")
record PasswordsController(Passwords passwords, SetupLinkUrls urls, LoginThrottle throttle) {

    record PasswordSetup(
            @Schema(requiredMode = REQUIRED, description = "The secret of the one-time setup link: the part of the link "
                    + "after '#'. It works once and expires; an unknown, used or expired one is refused (422, field token)")
            @Size(max = 200) String token,
            @Schema(requiredMode = REQUIRED, minLength = PasswordPolicy.MIN_LENGTH, description = "The password chosen: at least 12 and at most 256 characters, not a common or breached password (ignoring case); no rules about character classes")
            @Size(max = PasswordPolicy.MAX_LENGTH) String password) {
    }

    record PasswordSet(String email) {
    }

    @PostMapping("/password-setup")
    @Operation(operationId = "setUpPassword", summary = "Choose your password with a one-time setup link (no login; the token is the part of the link "
            + "after '#'). The link works once and expires; a refused password (422, field 'password') leaves it working")
    PasswordSet setUp(@Valid @RequestBody PasswordSetup request) {
        return new PasswordSet(passwords.setUp(request.token(), request.password()).email());
    }

    record PasswordChange(
            @Schema(requiredMode = REQUIRED, description = "Your current password; wrong guesses are throttled like "
                    + "failed logins") @Size(max = PasswordPolicy.MAX_LENGTH) String currentPassword,
            @Schema(requiredMode = REQUIRED, minLength = PasswordPolicy.MIN_LENGTH, description = "The new password, not the "
                    + "current one: at least 12 and at most 256 characters, not a common or breached password (ignoring case); no rules about character classes")
            @Size(max = PasswordPolicy.MAX_LENGTH) String newPassword) {
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "changeMyPassword", summary = "Change your own password (the current one is required: 422 field 'currentPassword'). Your "
            + "other web sessions end; this one and your API tokens stay")
    void change(CurrentUser user, @Valid @RequestBody PasswordChange request, HttpServletRequest http) {
        // The current-password check is a password guess like a login's: the same throttle counts and refuses it, so a
        // stolen session or token cannot guess the password faster than the login form could.
        var attempt = throttle.attempt(user.email(), http.getRemoteAddr());
        if (throttle.refuses(attempt)) {
            throw Passwords.wrongCurrentPassword();
        }
        var session = http.getSession(false);
        try {
            passwords.change(user, request.currentPassword(), request.newPassword(), session == null ? null : session.getId());
        } catch (Failure e) {
            if ("currentPassword".equals(e.properties().get("field"))) {
                throttle.failed(attempt);
            }
            throw e;
        }
    }

    record IssuedSetupLink(UUID userId, String setupLink, Instant setupLinkExpiresAt) {
    }

    @PostMapping("/users/{userId}/password-reset")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "resetPassword", summary = "Reset a user's password (admins of the user's organization): the old password stops working "
            + "at once, the user's web sessions end and API tokens are revoked; the answer carries a new one-time setup "
            + "link (shown once) for the user to choose a new password. Also gives a fresh link to a user who never used theirs")
    IssuedSetupLink reset(CurrentUser user, @PathVariable UUID userId) {
        SetupLink link = passwords.reset(user, userId);
        return new IssuedSetupLink(userId, urls.of(link), link.expiresAt());
    }
}
