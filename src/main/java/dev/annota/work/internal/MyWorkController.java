package dev.annota.work.internal;

import java.util.List;

import dev.annota.identity.CurrentUser;
import dev.annota.work.ProjectWork;
import dev.annota.work.Task;
import dev.annota.work.WorkQueue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Work queue", description = "Next task, submit and skip, under a lease")
record MyWorkController(WorkQueue queue) {

    /** {@code projects}: those with tasks left for the caller; {@code finished}: those with none (moved out of the way). */
    record MyWork(List<ProjectWork> projects, List<ProjectWork> finished) {
    }

    @GetMapping("/work")
    @Operation(operationId = "listMyWork", summary = "The caller's projects, most urgent first (priority, deadline, id), with the tasks open to them; "
            + "projects with nothing left for them are listed apart under finished")
    MyWork work(CurrentUser caller) {
        var all = queue.overview(caller);
        return new MyWork(all.stream().filter(p -> p.openTasks() > 0).toList(),
                all.stream().filter(p -> p.openTasks() == 0).toList());
    }

    @PostMapping("/tasks/next")
    @Operation(operationId = "claimNextTaskAcrossProjects", summary = "Claim the next task across all the caller's projects (a project with a rework waiting for them "
            + "first, then the most urgent project with work left for them); the same task as the project's own tasks/next, "
            + "projectId and any rework included; 204 when nothing is left")
    @ApiResponse(responseCode = "200", description = "The task")
    @ApiResponse(responseCode = "204", description = "Nothing is left for you in any project")
    ResponseEntity<Task> next(CurrentUser caller) {
        return queue.nextAcrossProjects(caller)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
