package dev.annota.review.internal;

import dev.annota.identity.Pseudonyms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import dev.annota.failure.Invalid;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.review.ReviewOutcome;
import dev.annota.review.ReviewSettings;
import dev.annota.tenancy.OrganizationKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Who may review what, the settings' and the decisions' checks: the rules without Spring. */
class ReviewRulesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID LAB = UUID.randomUUID();
    private static final UUID VENDOR = UUID.randomUUID();

    private static CurrentUser user(UUID org, Role... roles) {
        return new CurrentUser(UUID.randomUUID(), org, OrganizationKind.CUSTOMER, "x@example.test", "X", Set.of(roles));
    }

    private static String fieldOf(Runnable call) {
        try {
            call.run();
        } catch (Invalid e) {
            assertThat(e.kind()).isEqualTo(Invalid.Kind.RULE_BROKEN);
            return (String) e.properties().get("field");
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aLabReviewerReviewsEverythingAVendorReviewerOnlyTheirOwnPeopleAndOthersNothing() {
        CurrentUser labReviewer = user(LAB, Role.REVIEWER);
        CurrentUser vendorReviewer = user(VENDOR, Role.REVIEWER);
        assertThat(ReviewerScope.of(labReviewer, LAB)).contains(ReviewerScope.EVERYTHING);
        assertThat(ReviewerScope.of(vendorReviewer, LAB)).contains(ReviewerScope.OWN_WORKFORCE);
        assertThat(ReviewerScope.OWN_WORKFORCE.covers(vendorReviewer, VENDOR)).isTrue();
        assertThat(ReviewerScope.OWN_WORKFORCE.covers(vendorReviewer, LAB)).isFalse();
        assertThat(ReviewerScope.EVERYTHING.covers(labReviewer, VENDOR)).isTrue();
        assertThat(ReviewerScope.of(user(LAB, Role.ANNOTATOR, Role.MANAGER), LAB)).isEmpty();
    }

    @Test
    void settingsOutsideTheirRangeAreRefusedNamingTheField() {
        var old = ReviewSettings.defaults();
        assertThat(fieldOf(() -> ReviewSettingsStore.applied(old, JSON.readTree("{\"stages\":\"ALL\"}")))).isEqualTo("stages");
        assertThat(fieldOf(() -> ReviewSettingsStore.applied(old, JSON.readTree("{\"reviewShare\":0}")))).isEqualTo("reviewShare");
        assertThat(fieldOf(() -> ReviewSettingsStore.applied(old, JSON.readTree("{\"qaShare\":101}")))).isEqualTo("qaShare");
        assertThat(fieldOf(() -> ReviewSettingsStore.applied(old, JSON.readTree("{\"firstAnswers\":-1}")))).isEqualTo("firstAnswers");
        assertThat(fieldOf(() -> ReviewSettingsStore.applied(old, JSON.readTree("{\"maxRounds\":0}")))).isEqualTo("maxRounds");
        assertThat(fieldOf(() -> ReviewSettingsStore.applied(old, JSON.readTree("{\"targetDisagreement\":\"yes\"}"))))
                .isEqualTo("targetDisagreement");
        var changed = ReviewSettingsStore.applied(old, JSON.readTree("{\"stages\":\"REVIEW_AND_QA\",\"reviewShare\":100}"));
        assertThat(changed).isEqualTo(new ReviewSettings(ReviewSettings.Stages.REVIEW_AND_QA, 100, old.qaShare(),
                old.firstAnswers(), old.targetDisagreement(), old.targetMissedGold(), old.maxRounds()));
    }

    @Test
    void aCorrectionCarriesAnAnswerAndNothingElseDoes() {
        assertThat(fieldOf(() -> ReviewDecisions.Request.of(JSON.readTree("{\"decision\":\"CORRECT\",\"fencingToken\":1}"))))
                .isEqualTo("answer");
        assertThat(fieldOf(() -> ReviewDecisions.Request.of(
                JSON.readTree("{\"decision\":\"ACCEPT\",\"fencingToken\":1,\"answer\":{\"label\":\"a\"}}")))).isEqualTo("answer");
        assertThat(fieldOf(() -> ReviewDecisions.Request.of(JSON.readTree("{\"decision\":\"MAYBE\",\"fencingToken\":1}"))))
                .isEqualTo("decision");
        assertThat(fieldOf(() -> ReviewDecisions.Request.of(JSON.readTree("{\"decision\":\"REJECT\"}")))).isEqualTo("fencingToken");
        assertThat(fieldOf(() -> ReviewDecisions.Request.of(
                JSON.readTree("{\"decision\":\"REJECT\",\"fencingToken\":1,\"questionFeedback\":[]}")))).isEqualTo("questionFeedback");
        var reject = ReviewDecisions.Request.of(JSON.readTree("{\"decision\":\"REJECT\",\"fencingToken\":4,\"feedback\":\"no\"}"));
        assertThat(reject.decision()).isEqualTo(ReviewOutcome.REJECT);
        assertThat(reject.fencingToken()).isEqualTo(4);
        assertThat(reject.feedback()).isEqualTo("no");
        assertThat(ReviewOutcome.REJECT.state()).isEqualTo("REJECTED");
    }

    @Test
    void aPseudonymIsStablePerCustomerAndNamesNobody() {
        UUID person = UUID.randomUUID();
        assertThat(Pseudonyms.of(LAB, person)).isEqualTo(Pseudonyms.of(LAB, person)).startsWith("Person ")
                .doesNotContain(person.toString().substring(0, 6));
        assertThat(Pseudonyms.of(LAB, person)).isNotEqualTo(Pseudonyms.of(VENDOR, person));
    }
}
