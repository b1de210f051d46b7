package dev.annota.annotation.internal;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import dev.annota.annotation.AnnotatorCount;
import dev.annota.annotation.Annotations;
import dev.annota.identity.CurrentUser;
import dev.annota.project.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(name = "Annotations", description = "Progress per annotator and export of labels")
class AnnotationController {

    private final Projects projects;
    private final Annotations annotations;
    private final LabelExport export;

    AnnotationController(Projects projects, Annotations annotations, LabelExport export) {
        this.projects = projects;
        this.annotations = annotations;
        this.export = export;
    }

    @GetMapping("/annotators")
    @Operation(summary = "Annotations per annotator")
    List<AnnotatorCount> perAnnotator(CurrentUser caller, @PathVariable UUID projectId) {
        return annotations.perAnnotator(projects.access(caller, projectId));
    }

    @GetMapping(value = "/export", produces = "application/x-ndjson")
    @Operation(summary = "Download labels as JSON Lines: one item per line with its data and annotations (streamed)")
    void export(CurrentUser caller, @PathVariable UUID projectId,
                @RequestParam(defaultValue = "false") boolean includeUnlabeled, HttpServletResponse response) throws IOException {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"labels-" + projectId + ".jsonl\"");
        export.write(access, !includeUnlabeled, response.getOutputStream());
    }
}
