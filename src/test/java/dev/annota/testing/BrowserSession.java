package dev.annota.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import dev.annota.identity.CurrentUser;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser on a running Annota, with the steps every browser test repeats: open a page, wait for an element,
 * click, log in through the form as a {@link Fixtures} user, save a screenshot under {@code target/screenshots}.
 */
public final class BrowserSession implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;

    private BrowserSession(ChromeDriver driver, int port) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class); // Lit re-renders elements between polls
        this.base = "http://localhost:" + port;
    }

    /** Starts Chromium with a fresh profile folder inside {@code temp}. */
    public static BrowserSession start(Path temp, int port) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        return new BrowserSession(Browser.start(Files.createDirectory(temp.resolve("profile"))), port);
    }

    /** As {@link #start(Path, int)}, with a trace of these categories recorded (see {@link Browser#startTracing}). */
    public static BrowserSession startTracing(Path temp, int port, String categories) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        return new BrowserSession(Browser.startTracing(Files.createDirectory(temp.resolve("profile")), categories), port);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    public String url(String path) {
        return base + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks once the element is clickable; one under the sticky top bar or below the window is scrolled to the middle first. */
    public void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                if (r.top < 64 || r.bottom > window.innerHeight) arguments[0].scrollIntoView({block: 'center'});""", element);
        element.click();
    }

    /** Logs in through the login form and waits until the app shows the user's name in its top bar. */
    public void logIn(CurrentUser user) {
        open("/login");
        logInHere(user.email(), Fixtures.PASSWORD, user.displayName());
    }

    /** Fills the login form already shown with this email and password, as a person would, and waits for the app. */
    public void logInHere(String email, String password, String displayName) {
        waitFor(By.id("username")).sendKeys(email);
        waitFor(By.id("password")).sendKeys(password);
        click(By.id("login"));
        waitFor(By.cssSelector("annota-app .topbar"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-menu-button"), displayName));
    }

    /** Logs out through the user menu and waits for the login page. */
    public void logOut() {
        click(By.id("user-menu-button"));
        click(By.id("logout"));
        waitFor(By.id("username"));
    }

    /** The text of an element once it is visible. */
    public String text(By by) {
        return waitFor(by).getText();
    }

    public void screenshot(String name) throws IOException {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** What the browser console reported against the Content Security Policy, and uncaught errors. */
    public java.util.List<String> consoleProblems() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
