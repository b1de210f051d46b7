package dev.annota.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium through its chromedriver, offline: the paths are set explicitly so Selenium Manager never
 * looks for drivers on the network, and a host resolver rule keeps Chromium's own background lookups off the network.
 * Paths can be changed with the system properties {@code annota.chromium} and {@code annota.chromedriver}.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("annota.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("annota.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** Why no browser can be started here, or null when one can. */
    static String unavailableBecause() {
        if (!Files.isExecutable(CHROMIUM)) {
            return "no Chromium at " + CHROMIUM;
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return "no chromedriver at " + CHROMEDRIVER;
        }
        return null;
    }

    /** A fresh headless Chromium with its own profile directory; the browser console is kept for assertions. */
    public static ChromeDriver start(Path profile) {
        return start(profile, options -> options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")));
    }

    /**
     * As {@link #start(Path)}, with chromedriver recording a Chromium trace of these categories from the first page
     * loaded on: the "performance" log returns its events (see {@link FrameTrace}).
     */
    public static ChromeDriver startTracing(Path profile, String categories) {
        return start(profile, options -> {
            options.setExperimentalOption("perfLoggingPrefs", Map.of("traceCategories", categories, "enableNetwork", false, "enablePage", false));
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL", "performance", "ALL"));
        });
    }

    private static ChromeDriver start(Path profile, java.util.function.Consumer<ChromeOptions> logging) {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost", "--window-size=1400,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        logging.accept(options);
        var driver = new ChromeDriver(ChromeDriverService.createDefaultService(), options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
