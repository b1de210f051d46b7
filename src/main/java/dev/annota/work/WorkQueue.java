package dev.annota.work;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.project.ProjectAccess;
import dev.annota.work.internal.Claiming;
import dev.annota.work.internal.Skipping;
import dev.annota.work.internal.Submitting;
import dev.annota.work.internal.WorkAcrossProjects;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/** Claim, submit and skip: the annotator's side of a project. */
@Service
public class WorkQueue {

    private final Claiming claiming;
    private final Submitting submitting;
    private final Skipping skipping;
    private final WorkAcrossProjects across;

    WorkQueue(Claiming claiming, Submitting submitting, Skipping skipping, WorkAcrossProjects across) {
        this.across = across;
        this.claiming = claiming;
        this.submitting = submitting;
        this.skipping = skipping;
    }

    /** The caller's next task on the project, or empty when no item is left for them. */
    public Optional<Task> next(ProjectAccess access) {
        return claiming.next(access);
    }

    /** The same, for a request: the project is read inside the claim's own transaction. */
    public Optional<Task> next(CurrentUser caller, UUID projectId) {
        return claiming.next(caller, projectId);
    }

    /** The projects the caller may take tasks of, with what is left for them, most urgent first (the annotator's home). */
    public List<ProjectWork> overview(CurrentUser caller) {
        return across.overview(caller);
    }

    /** The caller's next task across all their projects (priority, then deadline, then project id), or empty. */
    public Optional<Task> nextAcrossProjects(CurrentUser caller) {
        return across.next(caller);
    }

    public Submission submit(CurrentUser caller, UUID projectId, UUID assignmentId, JsonNode answer, String idempotencyKey) {
        return submitting.submit(caller, projectId, assignmentId, answer, idempotencyKey);
    }

    public Submission submit(ProjectAccess access, UUID assignmentId, JsonNode answer, String idempotencyKey) {
        return submitting.submit(access, assignmentId, answer, idempotencyKey);
    }

    public void skip(ProjectAccess access, UUID assignmentId) {
        skipping.skip(access, assignmentId);
    }
}
