package dev.annota.comparison.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.annota.comparison.Amount;
import dev.annota.comparison.Comparison;
import dev.annota.comparison.ComparisonPeriod;
import dev.annota.comparison.Figures;
import org.junit.jupiter.api.Test;

class ComparisonCsvTests {

    private static Comparison.LabComparison lab(String name, Figures figures) {
        var period = new ComparisonPeriod(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-06"));
        return new Comparison.LabComparison(UUID.randomUUID(), period, "ds", true, true,
                List.of(new Comparison.WorkforceRow(UUID.fromString("00000000-0000-0000-0000-00000000000a"), name, false, figures)),
                List.of(), List.of(), List.of());
    }

    @Test
    void aRowHoldsEachFigureAndLeavesTheUnknownEmpty() {
        var f = new Figures(6, 1.0, 4, 3, 0.75, 0, null, 6, 1.0, 6, 0L, 0.0,
                new Amount(new BigDecimal("3.00"), "EUR"), new Amount(new BigDecimal("0.5000"), "EUR"));
        List<String> lines = ComparisonCsv.of(lab("Vendor, \"A\"", f)).lines().toList();
        assertThat(lines.getFirst()).isEqualTo(ComparisonCsv.HEADER.strip());
        assertThat(lines.get(1)).isEqualTo("2026-12-01,2026-12-06,00000000-0000-0000-0000-00000000000a,\"Vendor, \"\"A\"\"\",false,"
                + "6,1,4,3,0.75,0,,6,1,6,0,3.00,0.5000,EUR");
    }

    @Test
    void aNameThatAsSpreadsheetWouldRunAFormulaIsDefused() {
        var f = new Figures(0, 0, 0, 0, null, 0, null, 0, null, 0, null, null, null, null);
        assertThat(ComparisonCsv.of(lab("=HYPERLINK(\"x\")", f)).lines().toList().get(1))
                .endsWith(",\"'=HYPERLINK(\"\"x\"\")\",false,0,0,0,0,,0,,0,,0,,,,");
    }
}
