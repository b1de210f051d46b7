package dev.annota.quality.internal;

import dev.annota.quality.KeptQualityReports;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Answers a kept report over HTTP, whichever module's controller returns it ({@link KeptQualityReports.Served}: the
 * authenticity figures are module work's): the report with 200, none kept yet with 202 and {@code Retry-After}. The one
 * place that maps it, since a module's API stays free of HTTP.
 */
@ControllerAdvice
class ServedReportAnswer implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return KeptQualityReports.Served.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        return switch (body) {
            case KeptQualityReports.Served.Report report -> report.body();
            case KeptQualityReports.Served.Computing computing -> {
                response.setStatusCode(HttpStatus.ACCEPTED);
                response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(computing.retryAfter().toSeconds()));
                yield computing.body();
            }
            case null, default -> body;
        };
    }
}
