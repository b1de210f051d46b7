package dev.annota.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test on the running application (a {@link BrowserTest} started on a random port): a fresh Chromium for
 * each test, closed after it. A test class whose pages must not break the Content Security Policy or throw says so in
 * {@link #consoleMustStayClean()}; then a test also fails on what the browser console reported.
 */
public abstract class InTheBrowser {

    @LocalServerPort
    protected int port;
    @TempDir
    protected Path temp;

    protected BrowserSession session;
    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    final void startBrowser() throws IOException {
        session = BrowserSession.start(temp, port);
        browser = session.driver();
        wait = session.await();
    }

    @AfterEach
    final void stopBrowser() {
        if (session != null) {
            List<String> problems = consoleMustStayClean() ? session.consoleProblems() : List.of();
            session.close();
            assertThat(problems).as("browser console").isEmpty();
        }
    }

    protected boolean consoleMustStayClean() {
        return false;
    }
}
