/**
 * Refusals in domain words, shared by every module: {@link dev.annota.failure.NotFound},
 * {@link dev.annota.failure.Forbidden}, {@link dev.annota.failure.Invalid}, {@link dev.annota.failure.Conflict},
 * {@link dev.annota.failure.Gone}, {@link dev.annota.failure.TooManyRequests} and {@link dev.annota.failure.Unavailable}
 * (both a {@link dev.annota.failure.RetryLater}) and
 * {@link dev.annota.failure.Damaged},
 * all a {@link dev.annota.failure.Failure}. A module throws them (or its own subclasses, such as
 * {@code ProjectNotFound}) and knows nothing of HTTP; the one mapping to RFC 9457 problem documents is
 * {@code web/internal/ProblemAdvice}, at the edge. Plain Java: no Spring, no storage, no dependency on other modules,
 * so every module may use it (it is a shared module of {@code AnnotaApplication}).
 * <p>
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Failures", allowedDependencies = {})
package dev.annota.failure;
