package dev.annota.review.internal;

import java.util.List;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.review.ItemReview;
import dev.annota.review.ReviewDecision;
import dev.annota.review.ReviewFigures;
import dev.annota.review.ReviewSettings;
import dev.annota.review.ReviewSummary;
import dev.annota.review.ReviewTask;
import dev.annota.review.Reviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(name = "Review", description = "Review settings, the review queue under a lease, decisions, history and summary")
record ReviewController(Reviews reviews) {

    @GetMapping("/review/settings")
    @Operation(operationId = "getReviewSettings", summary = "The project's review settings: stages (NONE, REVIEW, REVIEW_AND_QA), reviewShare, qaShare (percent), "
            + "firstAnswers, targetDisagreement, targetMissedGold, maxRounds")
    ReviewSettings settings(CurrentUser caller, @PathVariable UUID projectId) {
        return reviews.settings(caller, projectId);
    }

    @PutMapping("/review/settings")
    @Operation(operationId = "changeReviewSettings", summary = "Change the review settings (the owner's admins and managers); fields left out keep their value")
    ReviewSettings changeSettings(CurrentUser caller, @PathVariable UUID projectId, @RequestBody JsonNode body) {
        return reviews.changeSettings(caller, projectId, body);
    }

    @PostMapping("/reviews/next")
    @Operation(operationId = "claimNextReview", summary = "Lease the next review (or get back the one you hold); 204 when nothing waits for you")
    @ApiResponse(responseCode = "200", description = "The review task")
    @ApiResponse(responseCode = "204", description = "Nothing left to review for you")
    ResponseEntity<ReviewTask> next(CurrentUser caller, @PathVariable UUID projectId) {
        return reviews.next(caller, projectId).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/reviews/{reviewId}/decision")
    @Operation(operationId = "decideReview", summary = "Decide on a leased review: decision ACCEPT, CORRECT (with answer) or REJECT, fencingToken, feedback, "
            + "questionFeedback; 409 when the lease ended")
    ReviewDecision decide(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID reviewId, @RequestBody JsonNode body) {
        return reviews.decide(caller, projectId, reviewId, body);
    }

    @GetMapping("/items/{itemId}/reviews")
    @Operation(operationId = "listItemReviews", summary = "The item's reviews: stage, state, decision, reviewer (pseudonym), feedback, correction, times, "
            + "the answer's round (2 and on for a rework) and the annotator's reply, if any")
    List<ItemReview> ofItem(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID itemId) {
        return reviews.ofItem(caller, projectId, itemId);
    }

    @GetMapping("/reviews/summary")
    @Operation(operationId = "getReviewSummary", summary = "Reviews per stage and state: waiting, inReview, accepted, corrected, rejected; items: the items "
            + "with reviews counted by where they stand (NEEDS_REWORK, IN_REVIEW, IN_QA, LABELING, ACCEPTED, REJECTED)")
    ReviewSummary summary(CurrentUser caller, @PathVariable UUID projectId) {
        return reviews.summary(caller, projectId);
    }

    @GetMapping("/reviews/figures")
    @Operation(operationId = "getReviewFigures", summary = "Quality from review: annotators, workforces (acceptance and correction rate, rework rounds, "
            + "time to review), reviewers (decisions per active day) and doubleReviewed (REVIEW against QA: count, "
            + "agreement, Cohen's kappa). The project's admins and managers see all, people outside their organization "
            + "by pseudonym; an engaged workforce's admins and managers only their own people and workforce; others 403")
    ReviewFigures figures(CurrentUser caller, @PathVariable UUID projectId) {
        return reviews.figures(caller, projectId);
    }
}
