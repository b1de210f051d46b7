package dev.annota.identity.internal;

import java.io.IOException;

import dev.annota.identity.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer ann_...}. No session is created for them. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ProblemWriter problems;

    BearerTokenFilter(ApiTokens tokens, ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    static boolean carriesBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
        java.util.Optional<dev.annota.identity.CurrentUser> user;
        try {
            user = tokens.authenticate(secret);
        } catch (org.springframework.dao.DataAccessResourceFailureException
                 | org.springframework.transaction.CannotCreateTransactionException
                 | org.springframework.transaction.TransactionSystemException e) {
            // The token check ran while the database was away (restart, fail-over): before Spring MVC, so the
            // problem mapping of the controllers never sees it and it became a 500 (bench/faults.sh).
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(response, 503, "Database unavailable", "The database could not be reached; try again in a moment.");
            return;
        }
        if (user.isEmpty()) {
            problems.write(response, 401, "Invalid token",
                    "The API token is unknown, expired or revoked. Create a new one under Account → API tokens.");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, Authorities.of(user.get())));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
