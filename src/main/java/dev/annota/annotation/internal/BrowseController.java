package dev.annota.annotation.internal;

import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.project.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The manager's pages as API: items browser, item view with every answer, dashboard figures (owning org's managers). */
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(name = "Browse", description = "Items browser with keyset paging, item view with every annotator's answer, dashboard figures")
record BrowseController(Projects projects, ItemBrowser browser) {

    @GetMapping("/items")
    @Operation(operationId = "listItems", summary = "Items in import order, keyset paged: pass nextCursor as 'after' for the next page (null at the end). "
            + "Filters: state (OPEN, FULL, DONE); annotator (has an annotation by that user); question + value (an answer "
            + "whose property 'question' equals 'value' or, for a list, contains it; with annotator, that annotator's answer). "
            + "text: some string of the item's data contains it, ignoring case (matched on the opened data: payloads are sealed). "
            + "With the label or text filter a page reads at most 5000 candidates and may come back short with a nextCursor to go on. "
            + "Each row has a preview {text: the first words of the item's text, image: an image item's URL}; the page's "
            + "previews are recorded in the access log as one browse event.")
    ItemBrowser.ItemPage list(CurrentUser caller, @PathVariable UUID projectId,
                              @Parameter(description = "Only items in this state: OPEN, FULL or DONE") @RequestParam(required = false) String state,
                              @Parameter(description = "Only items this annotator (a user id) answered") @RequestParam(required = false) UUID annotator,
                              @Parameter(description = "The question that value filters on") @RequestParam(required = false) String question,
                              @Parameter(description = "Only items with this answer to question") @RequestParam(required = false) String value,
                              @Parameter(description = "Only items whose data contains this text") @RequestParam(required = false) String text,
                              @RequestParam(required = false) UUID after,
                              @RequestParam(defaultValue = "50") int limit) {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        return browser.page(access, new ItemBrowser.Filter(state, annotator, question, value, text), after, limit);
    }

    @GetMapping("/items/{itemId}")
    @Operation(operationId = "getItem", summary = "One item: its data and predictions (recorded in the access log), every annotator's answer (each with its "
            + "round, 1 or 2 and on for a rework, and supersedes: the rejected annotation a rework replaces), and "
            + "review {state: LABELING|LABELED|IN_REVIEW|IN_QA|NEEDS_REWORK|ACCEPTED|REJECTED, round}")
    ItemBrowser.ItemView item(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID itemId) {
        return browser.item(projects.access(caller, projectId), itemId);
    }

    @GetMapping("/stats")
    @Operation(operationId = "getProjectStats", summary = "Dashboard figures: items by state, annotations per hour over the last 7 days (UTC hours) and "
            + "completion (annotations / (items × overlap)) at the end of each hour")
    ItemBrowser.Stats stats(CurrentUser caller, @PathVariable UUID projectId) {
        return browser.stats(projects.access(caller, projectId));
    }
}
