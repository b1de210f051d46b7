package dev.annota.masking.internal;

import java.util.ArrayList;
import java.util.List;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Phone numbers as Google's libphonenumber finds them ({@code findNumbers}, leniency VALID: the number must be a valid
 * number of its region). Numbers written without a country code are read as numbers of {@code region} (the project's
 * setting, ISO 3166 alpha-2, e.g. US, DE); numbers with a {@code +} country code are found in any region.
 */
class PhoneDetector implements Detector {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private final String region;

    PhoneDetector(String region) {
        this.region = region;
    }

    static boolean knownRegion(String region) {
        return PHONES.getSupportedRegions().contains(region);
    }

    @Override
    public String type() {
        return Detectors.PHONE;
    }

    @Override
    public List<Finding> find(String text) {
        var found = new ArrayList<Finding>();
        for (PhoneNumberMatch m : PHONES.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            found.add(new Finding(m.start(), m.end(), type()));
        }
        return found;
    }
}
