package dev.annota.item.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.item.ImportReport;
import dev.annota.item.ItemCounts;
import dev.annota.item.Items;
import dev.annota.project.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/items")
@Tag(name = "Items", description = "Import items and count them by state")
class ItemController {

    private final Projects projects;
    private final Items items;

    ItemController(Projects projects, Items items) {
        this.projects = projects;
        this.items = items;
    }

    /**
     * The request body is the file itself (JSONL or a JSON array), streamed: a multi-gigabyte file needs no more
     * memory than a small one. The UI sends the file this way too, with a progress bar on the upload.
     */
    @PostMapping(consumes = {"application/x-ndjson", "application/jsonl", MediaType.APPLICATION_JSON_VALUE,
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import items: JSON Lines or a JSON array of {\"external_id\": ..., \"data\": {...}}; atomic")
    ImportReport importItems(CurrentUser caller, @PathVariable UUID projectId, HttpServletRequest request) throws IOException {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        try (InputStream in = request.getInputStream()) {
            return items.importItems(access, in);
        }
    }

    @GetMapping("/counts")
    @Operation(summary = "Items by state: open, full (all slots leased or done) and done")
    ItemCounts counts(CurrentUser caller, @PathVariable UUID projectId) {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        return items.counts(access);
    }

    @PutMapping("/{itemId}/gold")
    @Operation(summary = "Make an item a gold item (honeypot) with this known answer (body = the answer, checked against "
            + "the schema); 409 if it was already served as ordinary work")
    ResponseEntity<Void> markGold(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID itemId,
                                  @RequestBody JsonNode answer) {
        items.markGold(projects.access(caller, projectId), itemId, answer);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{itemId}/gold")
    @Operation(summary = "Make a gold item ordinary again; it rejoins the queue")
    ResponseEntity<Void> unmarkGold(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID itemId) {
        items.unmarkGold(projects.access(caller, projectId), itemId);
        return ResponseEntity.noContent().build();
    }
}
