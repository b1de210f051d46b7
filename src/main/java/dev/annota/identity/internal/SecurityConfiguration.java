package dev.annota.identity.internal;

import java.util.Map;

import dev.annota.identity.ApiTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

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

    /** Web only: the create-operator command runs the application without a web server (and without HttpSecurity). */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, ProblemWriter problems) throws Exception {
        var api = PathPatternRequestMatcher.pathPattern("/api/**");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority("ORG_OPERATOR")
                        .requestMatchers("/login", "/app/**", "/webjars/**", "/favicon.svg", "/error").permitAll()
                        // Demo project images: drawings shipped with the app, no customer data.
                        .requestMatchers("/demo/**").permitAll()
                        // springdoc 3 redirects /api/docs to /api/swagger-ui/index.html (next to the api-docs path)
                        .requestMatchers("/api/openapi.json", "/api/openapi.json/**", "/api/docs", "/api/docs/**",
                                "/api/swagger-ui/**", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(BearerTokenFilter::carriesBearer))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(dev.annota.identity.ContentSecurityPolicy.DEFAULT)))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problems.write(response, 401,
                                "Authentication required", "Log in, or send a personal API token as 'Authorization: Bearer ann_...'."), api)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> problems.write(response, 403,
                                "Forbidden", "Your role does not allow this, or the request lacks its CSRF token (header X-XSRF-TOKEN)."), api));
        return http.build();
    }
}
