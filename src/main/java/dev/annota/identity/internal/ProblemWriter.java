package dev.annota.identity.internal;

import java.io.IOException;

import dev.annota.operations.RequestIds;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem documents from security filters, which run before Spring MVC's error handling. */
@Component
record ProblemWriter(JsonMapper json) {

    void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle(title);
        RequestIds.current().ifPresent(id -> problem.setProperty("requestId", id));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
