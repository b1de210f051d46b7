package dev.annota.review.internal;

import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.review.FeedbackInbox;
import dev.annota.review.Reviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/me/feedback")
@Tag(name = "Review", description = "Review settings, the review queue under a lease, decisions, history and summary")
record MyFeedbackController(Reviews reviews) {

    @GetMapping
    @Operation(operationId = "listMyFeedback", summary = "The caller's feedback inbox, newest first: review decisions on their own answers (kind REVIEW: "
            + "decision, stage, feedback, questionFeedback, yourAnswer, correction for a CORRECT, reply, canReply) and gold "
            + "items they missed (kind GOLD: yourAnswer, expected); acceptance over all their reviewed answers "
            + "(rate = accepted / reviewed); pass next as before for the next page. No item data is shown")
    FeedbackInbox feedback(CurrentUser caller, @RequestParam(required = false) UUID before,
                           @RequestParam(defaultValue = "50") int limit) {
        return reviews.feedback(caller, before, limit);
    }

    @PostMapping("/{decisionId}/reply")
    @Operation(operationId = "replyToFeedback", summary = "Reply once to a decision on your own answer, {\"text\": \"…\"} (1–2000 characters); the reviewer "
            + "and the managers see it in the item's review history. 404 for another's decision, 409 for a second reply")
    @ApiResponse(responseCode = "201", description = "Replied")
    ResponseEntity<FeedbackInbox.Reply> reply(CurrentUser caller, @PathVariable UUID decisionId, @RequestBody JsonNode body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reviews.reply(caller, decisionId, body));
    }
}
