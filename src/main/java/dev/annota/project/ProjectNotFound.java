package dev.annota.project;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404 for a project the caller may not know exists: the same answer as for one that does not exist. */
public class ProjectNotFound extends ErrorResponseException {

    public ProjectNotFound() {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such project."), null);
    }
}
