/**
 * Users, roles, login, personal API tokens and the caller of a request ({@link dev.annota.identity.CurrentUser}).
 * Users are platform rows: each belongs to one organization and is found before any tenant is known.
 * <p>
 * Owns the tables: users, api_tokens, password_setup_links, login_throttle, login_addresses, spring_session,
 * spring_session_attributes, sso_configurations, sso_domains. Another module's SQL may name them only as TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"operations", "tenancy"})
package dev.annota.identity;
