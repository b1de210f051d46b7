package dev.annota.identity.internal;

import java.io.IOException;
import java.util.Map;

import dev.annota.identity.ApiTokens;
import dev.annota.identity.ContentSecurityPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Strict by default; the UI's pages add the hash of their import map (see the web module). */
    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id (OWASP's first choice) for new hashes; bcrypt hashes, should any be imported, still verify.
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * No observation wrapper around every security filter, authentication and authorization: with Boot's
     * {@code management.observations.enable.spring.security=false} the observations were no-ops, but each filter of
     * every request was still wrapped (a JFR profile of the claim/submit load showed the wrappers). HTTP request
     * metrics stay on.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Requests that carry {@code Authorization: Bearer ann_…} (the REST API's clients, and so the claim/submit load):
     * authenticated by the token alone and stateless — no web session is read or created, no CSRF token generated or
     * set as a cookie (no cookie authenticates on this chain, so there is nothing to forge), no request cache, no login
     * or logout filter. An invalid token is 401 whatever cookie comes with it.
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain apiTokenFilterChain(HttpSecurity http, ApiTokens tokens, ProblemWriter problems,
                                            Environment environment) throws Exception {
        http.securityMatcher(BearerTokenFilter::carriesBearer)
                .authorizeHttpRequests(requests -> rules(requests, environment))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.DEFAULT)))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(problemsFor(problems, PathPatternRequestMatcher.pathPattern("/**"), "Your role does not allow this."));
        return http.build();
    }

    /**
     * Everything else: the browser's session (form login, session cookie, CSRF). Web only: see below.
     * <p>
     * Nothing here creates a web session for an anonymous request (each would be a row of {@code spring_session}, so a
     * crawler could fill the table): the CSRF token is a cookie ({@code spa()}), the page asked for before the login is
     * remembered in a cookie and only for page requests (never the API's), and a failed login says why in the URL, not
     * in a session attribute. Only a successful login creates a session.
     */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemWriter problems,
                                            OrganizationClientRegistrations registrations, SsoLogins ssoLogins,
                                            Environment environment) throws Exception {
        // The create-operator command runs the application without a web server (and without HttpSecurity).
        http.authorizeHttpRequests(requests -> rules(requests, environment))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::loginFailed).permitAll())
                // Single sign-on (docs/security.md): one OpenID Connect client per organization, the same session after it.
                .oauth2Login(oauth -> oauth.loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(new DiscardedAuthorizedClients())
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                                new SsoAuthorizationRequests(registrations)))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(ssoLogins))
                        .defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::ssoFailed))
                .requestCache(cache -> cache.requestCache(pagesAskedForBeforeLogin()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // A setup link's API call carries its own secret and no ambient credential (like a bearer token): nothing
                // for a forged cross-site request to use. The setup page's form keeps its CSRF field.
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern("/api/v1/password-setup")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.DEFAULT)))
                .exceptionHandling(problemsFor(problems, PathPatternRequestMatcher.pathPattern("/api/**"),
                        "Your role does not allow this, or the request lacks its CSRF token (header X-XSRF-TOKEN)."));
        return http.build();
    }

    /** The page to return to after the login, in a cookie: GETs of pages, not of the API or static files. */
    private static CookieRequestCache pagesAskedForBeforeLogin() {
        var cache = new CookieRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**")),
                new NegatedRequestMatcher(PathPatternRequestMatcher.pathPattern("/actuator/**"))));
        cache.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return cache;
    }

    /**
     * Back to the form with {@code ?error}, and no session for a failed login. The same URL for every refusal (a wrong
     * password, an unknown email, a throttled login): the page must not tell whether an account exists or is locked.
     */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /**
     * Back to the login page with the refusal's code (a verified email, the organization's domain, an account of
     * another organization...): the page explains each; other failures of the provider's answer are one message.
     */
    private static void ssoFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String code = e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth
                && LoginPageController.SSO_MESSAGES.containsKey(oauth.getError().getErrorCode())
                ? oauth.getError().getErrorCode() : "sso_failed";
        response.sendRedirect(request.getContextPath() + "/login?sso=" + code);
    }

    /**
     * The ID token's decoder of each provider, made again when its keys' address, issuer or client changes (Spring's
     * own factory keeps one per registration id for the application's life, which would keep an old issuer's keys).
     */
    @Bean
    org.springframework.security.oauth2.jwt.JwtDecoderFactory<org.springframework.security.oauth2.client.registration.ClientRegistration> idTokenDecoders() {
        com.github.benmanes.caffeine.cache.Cache<String, org.springframework.security.oauth2.jwt.JwtDecoder> decoders =
                com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1_000)
                        .expireAfterAccess(java.time.Duration.ofHours(1)).build();
        return registration -> decoders.get(registration.getRegistrationId() + " " + registration.getClientId() + " "
                        + registration.getProviderDetails().getIssuerUri() + " " + registration.getProviderDetails().getJwkSetUri(),
                key -> new org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory()
                        .createDecoder(registration));
    }

    private static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
                              Environment environment) {
        requests.requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz").permitAll()
                // A separate management port (MANAGEMENT_SERVER_PORT) is the operator's own network: Prometheus scrapes
                // it without a token. On the application's port the metrics need an operator's login or token.
                .requestMatchers(request -> onManagementPort(request, environment)
                        && "/actuator/prometheus".equals(request.getRequestURI())).permitAll()
                .requestMatchers("/actuator/**").hasAuthority("ORG_OPERATOR")
                .requestMatchers("/login", "/login/sso", "/oauth2/authorization/*", "/app/**", "/webjars/**", "/favicon.svg", "/error").permitAll()
                // Choosing a password with a one-time setup link: the link's secret is the proof, no login.
                .requestMatchers("/setup-password", "/api/v1/password-setup").permitAll()
                // Demo project images: drawings shipped with the app, no customer data.
                .requestMatchers("/demo/**").permitAll()
                // springdoc 3 redirects /api/docs to /api/swagger-ui/index.html (next to the api-docs path)
                .requestMatchers("/api/openapi.json", "/api/openapi.json/**", "/api/docs", "/api/docs/**",
                        "/api/swagger-ui/**", "/swagger-ui/**").permitAll()
                .anyRequest().authenticated();
    }

    /**
     * Whether the request came in on the separate management port. Boot publishes the port the management server
     * listens on (chosen at start when configured as 0) as {@code local.management.port}; without a separate port
     * there is none, and nothing matches.
     */
    private static boolean onManagementPort(HttpServletRequest request, Environment environment) {
        Integer port = environment.getProperty("local.management.port", Integer.class);
        return port != null && port > 0 && port == request.getLocalPort()
                && !port.equals(environment.getProperty("local.server.port", Integer.class));
    }

    /** 401 and 403 as problem documents on the API's paths. */
    private static Customizer<ExceptionHandlingConfigurer<HttpSecurity>> problemsFor(ProblemWriter problems,
                                                                                    PathPatternRequestMatcher api, String forbidden) {
        return errors -> errors
                .defaultAuthenticationEntryPointFor((request, response, e) -> problems.write(response, 401,
                        "Authentication required", "Log in, or send a personal API token as 'Authorization: Bearer ann_...'."), api)
                .defaultAccessDeniedHandlerFor((request, response, e) -> problems.write(response, 403,
                        "Forbidden", forbidden), api);
    }
}
