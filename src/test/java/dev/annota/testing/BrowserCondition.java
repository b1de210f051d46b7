package dev.annota.testing;

class BrowserCondition extends RequiredTool {

    BrowserCondition() {
        super("browser", "Browser", Browser::unavailableBecause, "Chromium and chromedriver are installed",
                ". Install them with: apt-get install -y chromium chromium-driver");
    }
}
