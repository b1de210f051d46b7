package dev.annota.work;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 409: the lease under which a submit or skip came is no longer the caller's (expired, ended or taken over). */
public class LeaseRejected extends ErrorResponseException {

    public LeaseRejected(String detail) {
        super(HttpStatus.CONFLICT, body(detail), null);
    }

    private static ProblemDetail body(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Lease no longer valid");
        return problem;
    }
}
