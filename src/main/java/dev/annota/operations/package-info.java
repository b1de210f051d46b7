/**
 * Running Annota in production (docs/operations.md): the domain's metrics ({@link dev.annota.operations.DomainMetrics},
 * which every module records through, published on {@code /actuator/prometheus} with Micrometer's HTTP, pool and JVM
 * meters), the request id of every request ({@link dev.annota.operations.RequestIds}: in the MDC of every log line, the
 * {@code X-Request-Id} response header and every problem document) and the drain on shutdown
 * ({@link dev.annota.operations.Drain}: readiness goes OUT_OF_SERVICE and new claims are refused while the requests in
 * flight finish), and the {@link dev.annota.operations.Poller} that runs a module's background job (export jobs,
 * re-encryption). Depends on no module, so any module may use it.
 * <p>
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations", allowedDependencies = {})
package dev.annota.operations;
