package dev.annota.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void aPasswordOfTwelveCharactersOrMoreThatIsNotCommonIsAccepted() {
        assertThat(policy.refusal("lantern orbit")).isEmpty();
        assertThat(policy.refusal("x".repeat(PasswordPolicy.MAX_LENGTH - 1) + "y")).isEmpty();
    }

    @Test
    void aShorterPasswordIsRefusedSayingHowLongItMustBe() {
        assertThat(policy.refusal("elevenchars")).hasValueSatisfying(r -> assertThat(r).contains("at least 12 characters"));
        assertThat(policy.refusal("")).hasValue("Enter a password.");
        assertThat(policy.refusal(null)).hasValue("Enter a password.");
    }

    @Test
    void anOverlongPasswordIsRefused() {
        assertThat(policy.refusal("a".repeat(PasswordPolicy.MAX_LENGTH + 1)))
                .hasValueSatisfying(r -> assertThat(r).contains("at most 256"));
    }

    @Test
    void aPasswordOnTheCommonListIsRefusedWhateverItsCase() {
        for (String common : new String[]{"1qaz2wsx3edc", "qwerty123456", "Administrator", "PASSWORD1234", "justinbieber"}) {
            assertThat(policy.refusal(common)).as(common).hasValueSatisfying(r -> assertThat(r).contains("common or breached"));
        }
    }

    @Test
    void theDemoAndFixturePasswordsPass() {
        assertThat(policy.refusal("annota-demo-password")).isEmpty();
        assertThat(policy.refusal("fixture-password-1")).isEmpty();
    }
}
