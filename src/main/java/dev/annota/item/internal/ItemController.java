package dev.annota.item.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.item.ImportReport;
import dev.annota.item.ItemCounts;
import dev.annota.failure.NotFound;
import dev.annota.item.Items;
import dev.annota.item.ItemsRemoved;
import dev.annota.project.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/items")
@Tag(name = "Items", description = "Import, edit, delete and count items")
record ItemController(Projects projects, Items items, ItemImport importer) {

    /**
     * The request body is the file itself, streamed: a multi-gigabyte file needs no more memory than a small one. The UI
     * sends the file this way too, with a progress bar on the upload. Formats and their query parameters:
     * docs/formats.md.
     */
    @PostMapping(consumes = {"application/x-ndjson", "application/jsonl", MediaType.APPLICATION_JSON_VALUE, "text/csv",
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(operationId = "importItems", summary = "Import items, atomically: JSON Lines or a JSON array of {\"external_id\": ..., \"data\": {...}}; "
            + "CSV with a header row (Content-Type text/csv; map.<column>=<target> overrides where a column goes); "
            + "?format=label-studio (Label Studio tasks; question.<from_name>=<question>; annotations=import (default: people's "
            + "annotations become annotations by the lab's 'Imported (Label Studio)' author, original id, author and time "
            + "kept as provenance, holding no queue slot)|predictions|skip|reject), "
            + "coco (imageRoot=, model=), openai-chat, preference (model=). 422 names the line and the field or column; "
            + "nothing is stored then. See docs/formats.md")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The items: a JSON array of "
            + "ItemLine, or the same objects one a line (JSON Lines: application/x-ndjson or application/jsonl)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(ref = "#/components/schemas/ItemLine"))),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", format = "binary",
                    description = "One ItemLine a line")),
            @Content(mediaType = "application/jsonl", schema = @Schema(type = "string", format = "binary",
                    description = "One ItemLine a line")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary",
                    description = "RFC 4180 with a header row; columns map to item fields (docs/formats.md)"))})
    @ApiResponse(responseCode = "200", description = "Imported: counts and the new items' ids; nothing is imported when a line is wrong (422 names it)")
    @ApiResponse(responseCode = "413", description = "The file is larger than the import allows")
    @ApiResponse(responseCode = "415", description = "Not JSON Lines, a JSON array nor CSV")
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "jsonl (default; or by Content-Type), csv, "
            + "label-studio, coco, openai-chat, preference (docs/formats.md)", schema = @Schema(type = "string"))
    @Parameter(name = "annotations", in = ParameterIn.QUERY, description = "Label Studio: import (default), predictions, "
            + "skip or reject", schema = @Schema(type = "string"))
    @Parameter(name = "model", in = ParameterIn.QUERY, description = "coco, preference: the model name the file's "
            + "answers are stored under as predictions", schema = @Schema(type = "string"))
    @Parameter(name = "imageRoot", in = ParameterIn.QUERY, description = "coco: the URL prefix of the images' file names",
            schema = @Schema(type = "string"))
    ImportReport importItems(CurrentUser caller, @PathVariable UUID projectId,
                             // Every query parameter, the open-ended map.<column> and question.<from_name> included;
                             // the fixed ones are described above, so clients can be generated with them.
                             @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
                             HttpServletRequest request) throws IOException {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        Projects.requireWritable(access);
        ImportOptions options = ImportOptions.from(request.getContentType(), parameters);
        try (InputStream in = request.getInputStream()) {
            return importer.run(access, in, options);
        }
    }

    @PostMapping(path = "/preview", consumes = {"application/x-ndjson", "application/jsonl", MediaType.APPLICATION_JSON_VALUE,
            "text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(operationId = "previewItemImport", summary = "What the same import would store, storing nothing: {format, received, importable, rows (the first "
            + "20 items as they would be stored: line, externalId, data, predictions), problems (the first 20: line, field, "
            + "detail)}. Same body and parameters as the import")
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "As for the import", schema = @Schema(type = "string"))
    @Parameter(name = "annotations", in = ParameterIn.QUERY, description = "As for the import", schema = @Schema(type = "string"))
    ImportPreview previewImport(CurrentUser caller, @PathVariable UUID projectId,
                                @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
                                HttpServletRequest request) throws IOException {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        ImportOptions options = ImportOptions.from(request.getContentType(), parameters);
        try (InputStream in = request.getInputStream()) {
            return importer.preview(access, in, options);
        }
    }

    /** The limits are checked by ItemRemoval (422 naming the field); @Size documents them. */
    record Deletion(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The ids of the project's "
                    + "items to delete, 1 to 1000; ids of no item of the project come back in notFound")
            @jakarta.validation.constraints.Size(max = 1000) java.util.List<UUID> ids,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, description = "Why the items are deleted, "
                    + "1 to 300 characters; kept in the access log with each item")
            @jakarta.validation.constraints.Size(max = 300) String reason) {
    }

    @PostMapping(path = "/delete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "deleteItems", summary = "Delete items in bulk: {\"ids\": [...], \"reason\": \"...\"} (1 to 1000 ids, a reason of 1 to 300 "
            + "characters, kept in the access log with each item). Their assignments, answers, gold results and reviews go "
            + "with them. Ids of no item of the project are listed in notFound. 409 on an archived project")
    ItemsRemoved deleteMany(CurrentUser caller, @PathVariable UUID projectId, @RequestBody Deletion deletion) {
        return items.delete(projects.access(caller, projectId), deletion.ids(), deletion.reason());
    }

    @DeleteMapping("/{itemId}")
    @Operation(operationId = "deleteItem", summary = "Delete one item with its assignments, answers, gold results and reviews; ?reason= (1 to 300 "
            + "characters) is kept in the access log")
    @ApiResponse(responseCode = "204", description = "Done")
    @ApiResponse(responseCode = "204", description = "Done")
    ResponseEntity<Void> delete(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID itemId,
                                @Parameter(description = "Why (1 to 300 characters), kept in the access log with the item") @RequestParam(required = false) String reason) {
        var removed = items.delete(projects.access(caller, projectId), java.util.List.of(itemId), reason);
        if (removed.deleted().isEmpty()) {
            throw new NotFound("No item with that id in this project.");
        }
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{itemId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "editItem", summary = "Replace an item nobody was served yet: the body is one record of the import ({\"data\": {...}, "
            + "optional \"external_id\" and \"predictions\"}), checked as the import checks it (422 naming the field). "
            + "409 once an annotator was served the item (its answers refer to the payload as it is), for a gold item, "
            + "or on an archived project")
    @ApiResponse(responseCode = "204", description = "Done")
    ResponseEntity<Void> edit(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID itemId,
                              @RequestBody JsonNode record) {
        items.edit(projects.access(caller, projectId), itemId, record);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/counts")
    @Operation(operationId = "countItems", summary = "Items by state: open, full (all slots leased or done) and done")
    ItemCounts counts(CurrentUser caller, @PathVariable UUID projectId) {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        return items.counts(access);
    }

    @PutMapping("/{itemId}/gold")
    @Operation(operationId = "markGold", summary = "Make an item a gold item (honeypot) with this known answer (body = the answer, checked against "
            + "the schema); 409 if it was already served as ordinary work")
    @ApiResponse(responseCode = "204", description = "Done")
    ResponseEntity<Void> markGold(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID itemId,
                                  @RequestBody JsonNode answer) {
        items.markGold(projects.access(caller, projectId), itemId, answer);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{itemId}/gold")
    @Operation(operationId = "unmarkGold", summary = "Make a gold item ordinary again; it rejoins the queue")
    ResponseEntity<Void> unmarkGold(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID itemId) {
        items.unmarkGold(projects.access(caller, projectId), itemId);
        return ResponseEntity.noContent().build();
    }
}
