package dev.annota.operations.internal;

import dev.annota.operations.RequestIds;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem document Spring MVC writes (web's ProblemAdvice, Spring's own errors) names the request's id as
 * {@code requestId}: what a client quotes to the operator, who finds the request's log lines by it. The security
 * filters' documents add it themselves (identity's ProblemWriter).
 */
@RestControllerAdvice
class RequestIdInProblems implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            RequestIds.current().ifPresent(id -> problem.setProperty("requestId", id));
        }
        return body;
    }
}
