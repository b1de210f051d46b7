package dev.annota.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * An axe-core audit of the page as it is now, for WCAG 2.1 A and AA (the tags wcag2a, wcag2aa, wcag21a, wcag21aa).
 * axe.min.js comes from the test classpath (com.deque.html.axe-core:selenium bundles it) and is injected through
 * WebDriver, which the page's Content-Security-Policy does not govern; the page itself is unchanged.
 */
public final class Accessibility {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static String script;

    private Accessibility() {
    }

    /** One line per violation and element: rule, impact, the element's selector and what axe says to fix. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        var js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axeSource());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        var result = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then((r) => done(r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.map((n) => ({target: n.target.join(' '), summary: n.failureSummary}))}))))
                  .catch((e) => done([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}]));
                """, WCAG_21_AA);
        var lines = new ArrayList<String>();
        for (var violation : result) {
            var nodes = (List<Map<String, Object>>) violation.get("nodes");
            if (nodes.isEmpty()) {
                lines.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help"));
            }
            for (var node : nodes) {
                lines.add(violation.get("id") + " (" + violation.get("impact") + ") at " + node.get("target") + ": "
                        + violation.get("help") + " — " + String.valueOf(node.get("summary")).replace('\n', ' '));
            }
        }
        return lines;
    }

    private static synchronized String axeSource() {
        if (script == null) {
            try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
