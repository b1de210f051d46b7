package dev.annota.item.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.item.Image;
import dev.annota.item.Images;
import dev.annota.project.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/images")
@Tag(name = "Images", description = "Upload images to a project (PNG, JPEG, WebP) and fetch their bytes")
record ImageController(Projects projects, Images images) {

    /**
     * The request body is the image file itself, as for an item import; the format is read from its first bytes,
     * whatever Content-Type says, so any of these types (or application/octet-stream) may be sent.
     */
    @PostMapping(consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE, "image/webp",
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(operationId = "uploadImage", summary = "Upload one image (the raw file as the body; PNG, JPEG or WebP, checked by content; size limit "
            + "annota.images.max-bytes). Answers its id, pixel size and the reference items use: {\"upload\": id}")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The image file's bytes", content = {
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @ApiResponse(responseCode = "413", description = "Larger than annota.images.max-bytes")
    ResponseEntity<Image> upload(CurrentUser caller, @PathVariable UUID projectId,
                                 @Parameter(description = "The file's name, kept for people to recognise it") @RequestParam(required = false) String name, HttpServletRequest request) throws IOException {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        try (InputStream in = request.getInputStream()) {
            Image image = images.upload(access, name, in);
            return ResponseEntity.status(HttpStatus.CREATED).location(java.net.URI.create(
                    "/api/v1/projects/" + projectId + "/images/" + image.id())).body(image);
        }
    }

    @GetMapping
    @Operation(operationId = "listImages", summary = "The project's images in upload order (no bytes); keyset paging with after=<last id>")
    List<Image> list(CurrentUser caller, @PathVariable UUID projectId, @RequestParam(required = false) UUID after,
                     @RequestParam(defaultValue = "100") int limit) {
        return images.page(projects.access(caller, projectId), after, limit);
    }

    @GetMapping("/{imageId}")
    @Operation(operationId = "getImage", summary = "One image's description (no bytes), for the owner's admins, managers and reviewers")
    Image describe(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID imageId) {
        return images.describe(projects.access(caller, projectId), imageId);
    }

    /**
     * A payload view: the annotator leasing an item that shows the image, or the owner's staff; 404 for anyone else.
     * Never cached: a browser keeps no copy after the lease ends.
     */
    @GetMapping("/{imageId}/content")
    @Operation(operationId = "getImageContent", summary = "The image's bytes: for the annotator holding a live lease on an item showing it and the owner's "
            + "admins, managers and reviewers (recorded in the access log); 404 for anyone else")
    ResponseEntity<byte[]> content(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID imageId) {
        var shown = images.show(projects.access(caller, projectId), imageId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(shown.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(shown.bytes());
    }
}
