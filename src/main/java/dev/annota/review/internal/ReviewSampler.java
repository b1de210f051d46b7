package dev.annota.review.internal;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.annota.annotation.Annotations;
import dev.annota.identity.Users;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import dev.annota.work.AnswerSubmitted;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Decides, after a submit committed, whether its annotation enters REVIEW ({@link Sampling}); and, when the answer
 * completed its item and disagreement is a target, which of the item's answers disagree with the majority. Runs on a
 * thread of its own, off the submit's path: the annotator's next task does not wait for it. Every write is an insert
 * that the unique index (annotation, stage) makes idempotent, so a decision made twice stores one review.
 * <p>
 * Not durable across a crash between the submit's commit and the sampling (a few milliseconds): sampling is
 * deterministic, so a sweep over a project's annotations can redo it (left for later, docs/review.md).
 */
@Component
class ReviewSampler {

    private static final Logger log = LoggerFactory.getLogger(ReviewSampler.class);

    private final TenantScope tenants;
    private final ReviewSettingsStore settings;
    private final Annotations annotations;
    private final Projects projects;
    private final Users users;
    private final ReviewStore store;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("review-sampling").daemon().factory());
    private final AtomicInteger pending = new AtomicInteger();

    ReviewSampler(TenantScope tenants, ReviewSettingsStore settings, Annotations annotations, Projects projects, Users users,
                  ReviewStore store) {
        this.tenants = tenants;
        this.settings = settings;
        this.annotations = annotations;
        this.projects = projects;
        this.users = users;
        this.store = store;
    }

    @TransactionalEventListener
    void on(AnswerSubmitted submitted) {
        if (submitted.reworkOf() != null) {
            return; // a rework's resubmission enters its stage in the submit's own transaction (Rework)
        }
        pending.incrementAndGet();
        thread.execute(() -> {
            try {
                sample(submitted);
            } catch (RuntimeException e) {
                log.warn("Review sampling of annotation {} failed", submitted.annotationId(), e);
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    /** Whether every submit heard so far has been sampled (tests wait for it). */
    boolean idle() {
        return pending.get() == 0;
    }

    void sample(AnswerSubmitted s) {
        tenants.write(s.tenantId(), () -> {
            var rules = settings.load(s.tenantId(), s.projectId());
            if (rules.stages() == dev.annota.review.ReviewSettings.Stages.NONE) {
                return;
            }
            long earlier = rules.firstAnswers() > 0 && !s.gold()
                    ? annotations.earlierOf(s.tenantId(), s.projectId(), s.annotatorId(), s.annotationId()) : Long.MAX_VALUE;
            Sampling.review(rules, s.annotationId(), earlier, s.gold(), s.missedGold()).ifPresent(reason ->
                    store.enqueue(s.tenantId(), s.projectId(), s.itemId(), s.annotationId(), s.annotatorId(), s.annotatorOrgId(),
                            dev.annota.review.ReviewStage.REVIEW, reason, s.at(), s.round()));
            if (rules.targetDisagreement() && !s.gold()) {
                enqueueDisagreeing(s);
            }
        });
    }

    /** Once the item has its overlap of answers, the ones that disagree with the majority. */
    private void enqueueDisagreeing(AnswerSubmitted s) {
        var project = projects.find(s.tenantId(), s.projectId()).orElse(null);
        List<dev.annota.annotation.Annotation> answers = annotations.ofItems(s.tenantId(), s.projectId(), List.of(s.itemId()));
        if (project == null || answers.size() < project.overlap()) {
            return;
        }
        for (UUID id : Disagreement.disagreeing(answers)) {
            var a = answers.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            UUID org = a.annotatorId().equals(s.annotatorId()) ? s.annotatorOrgId()
                    : users.find(a.annotatorId()).map(dev.annota.identity.UserAccount::orgId).orElse(null);
            if (org != null) {
                store.enqueue(s.tenantId(), s.projectId(), s.itemId(), a.id(), a.annotatorId(), org,
                        dev.annota.review.ReviewStage.REVIEW, Sampling.Reason.DISAGREEMENT, s.at());
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }
}
