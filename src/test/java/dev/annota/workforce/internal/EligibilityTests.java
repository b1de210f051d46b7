package dev.annota.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.annota.quality.GoldRecords.GoldRecord;
import org.junit.jupiter.api.Test;

class EligibilityTests {

    private static final ProfileFacts CHEMIST = new ProfileFacts(Set.of("chemistry", "rust"), Map.of("ko", LanguageLevel.B2,
            "en", LanguageLevel.NATIVE), List.of(new Requirements.Credential(CredentialKind.DEGREE, "MSc Chemistry")),
            new GoldRecord(20, 18));

    private static Requirements skills(String... skills) {
        return new Requirements(List.of(skills), List.of(), List.of(), null, null);
    }

    @Test
    void noRequirementsAdmitEveryone() {
        assertThat(Eligibility.refusal(Requirements.NONE, new ProfileFacts(Set.of(), Map.of(), List.of(), GoldRecord.NONE))).isEmpty();
    }

    @Test
    void aMissingSkillIsNamedInOneLine() {
        assertThat(Eligibility.refusal(skills("chemistry", "korean legal"), CHEMIST))
                .hasValue("This project requires the skill \u201ckorean legal\u201d, which your profile does not list.");
        assertThat(Eligibility.refusal(skills("chemistry", "rust"), CHEMIST)).isEmpty();
    }

    @Test
    void aLanguageBelowTheLevelIsRefusedWithTheLevelTheProfileSays() {
        var c1 = new Requirements(List.of(), List.of(new Requirements.Language("ko", LanguageLevel.C1)), List.of(), null, null);
        assertThat(Eligibility.refusal(c1, CHEMIST)).hasValue("This project requires ko at level C1 or above; your profile says B2.");
        var b1 = new Requirements(List.of(), List.of(new Requirements.Language("KO", LanguageLevel.B1)), List.of(), null, null);
        assertThat(Eligibility.refusal(b1, CHEMIST)).as("tags compare without case").isEmpty();
        var native_ = new Requirements(List.of(), List.of(new Requirements.Language("en", LanguageLevel.C2)), List.of(), null, null);
        assertThat(Eligibility.refusal(native_, CHEMIST)).as("native is above C2").isEmpty();
        var pt = new Requirements(List.of(), List.of(new Requirements.Language("pt-BR", LanguageLevel.A1)), List.of(), null, null);
        assertThat(Eligibility.refusal(pt, CHEMIST)).hasValue("This project requires pt-BR at level A1 or above, which your profile does not list.");
    }

    @Test
    void onlyAVerifiedCredentialOfTheKindAndTitleCounts() {
        var licence = new Requirements(List.of(), List.of(), List.of(new Requirements.Credential(CredentialKind.LICENCE, null)), null, null);
        assertThat(Eligibility.refusal(licence, CHEMIST))
                .hasValue("This project requires a verified licence, which your profile does not have.");
        var degree = new Requirements(List.of(), List.of(), List.of(new Requirements.Credential(CredentialKind.DEGREE, "msc chemistry")),
                null, null);
        assertThat(Eligibility.refusal(degree, CHEMIST)).isEmpty();
        var phd = new Requirements(List.of(), List.of(), List.of(new Requirements.Credential(CredentialKind.DEGREE, "PhD Chemistry")),
                null, null);
        assertThat(Eligibility.refusal(phd, CHEMIST))
                .hasValue("This project requires a verified degree \u201cPhD Chemistry\u201d, which your profile does not have.");
    }

    @Test
    void goldAccuracyNeedsEnoughAnswersAtTheMinimum() {
        var ninety = new Requirements(List.of(), List.of(), List.of(), new BigDecimal("0.9"), 20);
        assertThat(Eligibility.refusal(ninety, CHEMIST)).as("18 of 20 is exactly 90%").isEmpty();
        var ninetyFive = new Requirements(List.of(), List.of(), List.of(), new BigDecimal("0.95"), 10);
        assertThat(Eligibility.refusal(ninetyFive, CHEMIST)).hasValue("This project requires a gold accuracy of at least 95% over 10 "
                + "gold answers on this customer's projects; you have 20 at 90%.");
        var manyAnswers = new Requirements(List.of(), List.of(), List.of(), new BigDecimal("0.5"), 50);
        assertThat(Eligibility.refusal(manyAnswers, CHEMIST)).isPresent();
        var newcomer = new ProfileFacts(Set.of(), Map.of(), List.of(), GoldRecord.NONE);
        assertThat(Eligibility.refusal(ninety, newcomer)).hasValue("This project requires a gold accuracy of at least 90% over 20 "
                + "gold answers on this customer's projects; you have no gold answers there yet.");
    }

    @Test
    void theFirstUnmetRequirementIsTheOneTold() {
        var both = new Requirements(List.of("law"), List.of(), List.of(new Requirements.Credential(CredentialKind.LICENCE, null)), null, null);
        assertThat(Eligibility.refusal(both, CHEMIST).orElseThrow()).contains("skill").doesNotContain("licence");
    }

    @Test
    void profileInputNormalizesSkillsAndLanguageTags() {
        assertThat(ProfileInput.skills(List.of("  Korean   Legal ", "chemistry", "CHEMISTRY"), "skills")).containsExactly("korean legal", "chemistry");
        assertThat(ProfileInput.language("pt-br", "language")).isEqualTo("pt-BR");
        assertThat(ProfileInput.timeZone("Asia/Seoul")).isEqualTo("Asia/Seoul");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProfileInput.timeZone("Mars/Olympus"))
                .hasMessageContaining("no IANA time zone");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProfileInput.language("not a tag!", "language"))
                .hasMessageContaining("BCP 47");
    }
}
