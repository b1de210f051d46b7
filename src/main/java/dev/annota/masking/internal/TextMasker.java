package dev.annota.masking.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.annota.masking.MaskedText;

/** Replaces what the detectors find in one text by placeholders, keeping the offsets between both texts. */
final class TextMasker {

    private TextMasker() {
    }

    static MaskedText mask(String text, List<Detector> detectors, Placeholders placeholders) {
        var findings = new ArrayList<Finding>();
        for (Detector d : detectors) {
            findings.addAll(d.find(text));
        }
        if (findings.isEmpty()) {
            return MaskedText.unchanged(text);
        }
        // Earliest first, the longest of those starting together; a finding overlapping one kept is dropped.
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        var masked = new StringBuilder(text.length());
        var replacements = new ArrayList<MaskedText.Replacement>();
        int copied = 0;
        int originalCp = 0;
        int maskedCp = 0;
        for (Finding f : findings) {
            if (f.start() < copied) {
                continue;
            }
            int before = text.codePointCount(copied, f.start());
            masked.append(text, copied, f.start());
            originalCp += before;
            maskedCp += before;
            String placeholder = placeholders.of(f.type(), text.substring(f.start(), f.end()));
            int valueCp = text.codePointCount(f.start(), f.end());
            replacements.add(new MaskedText.Replacement(originalCp, originalCp + valueCp, maskedCp,
                    maskedCp + placeholder.length(), placeholder));
            masked.append(placeholder);
            originalCp += valueCp;
            maskedCp += placeholder.length();
            copied = f.end();
        }
        masked.append(text, copied, text.length());
        return new MaskedText(text, masked.toString(), replacements);
    }
}
