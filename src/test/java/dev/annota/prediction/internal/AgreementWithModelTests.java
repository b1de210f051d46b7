package dev.annota.prediction.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The model's agreement figures, computed by hand on four items. */
class AgreementWithModelTests {

    @Test
    void theModelIsComparedWithTheMajorityAndWithEachAnnotatorAsAnnotatorsAreWithEachOther() {
        UUID i1 = UUID.randomUUID(), i2 = UUID.randomUUID(), i3 = UUID.randomUUID(), i4 = UUID.randomUUID(), i5 = UUID.randomUUID();
        Map<UUID, List<String>> humans = new LinkedHashMap<>();
        humans.put(i1, List.of("a", "a"));
        humans.put(i2, List.of("b", "b"));
        humans.put(i3, List.of("a", "b"));
        humans.put(i4, List.of("b"));
        humans.put(i5, List.of("b", "b"));
        // i5 has no prediction: left out of every figure.
        var figures = AgreementWithModel.of("label", humans, Map.of(i1, "a", i2, "b", i3, "a", i4, "a"));

        assertThat(figures.items()).isEqualTo(4);
        // Majorities a, b, a (a tie goes to the label that sorts first), b: the model matches three.
        assertThat(figures.percentAgreement()).isEqualTo(0.75);
        // p_o = 0.75, p_e = 0.75·0.5 + 0.25·0.5 = 0.5.
        assertThat(figures.kappa()).isCloseTo(0.5, within(1e-12));
        assertThat(figures.pairsAgreeing()).isCloseTo(5.0 / 7, within(1e-12));
        assertThat(figures.annotatorsPercentAgreement()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(figures.annotatorsAlpha()).isNotNull();
        assertThat(figures.alphaWithModel()).isNotNull();
    }

    @Test
    void withoutAnItemBothLabeledEveryFigureIsUndefined() {
        var figures = AgreementWithModel.of("label", Map.of(UUID.randomUUID(), List.of("a")), Map.of());
        assertThat(figures.items()).isZero();
        assertThat(figures.percentAgreement()).isNull();
        assertThat(figures.kappa()).isNull();
    }
}
