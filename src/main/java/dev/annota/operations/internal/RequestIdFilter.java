package dev.annota.operations.internal;

import java.io.IOException;

import dev.annota.operations.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request its id ({@link RequestIds}) before anything else runs, the security filters included, so that
 * their log lines and problem documents carry it too; answers it in the {@code X-Request-Id} header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestIds.fromHeader(request.getHeader(RequestIds.HEADER));
        response.setHeader(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            // Virtual threads are not reused, but a platform thread of another executor may be: nothing must leak.
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
