/**
 * Users, roles, login, personal API tokens and the caller of a request ({@link dev.annota.identity.CurrentUser}).
 * Users are platform rows: each belongs to one organization and is found before any tenant is known.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"tenancy"})
package dev.annota.identity;
