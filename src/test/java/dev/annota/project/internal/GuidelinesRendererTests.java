package dev.annota.project.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guidelines Markdown to HTML: links and images keep only safe targets, raw HTML is text (no Spring). */
class GuidelinesRendererTests {

    private final GuidelinesRenderer renderer = new GuidelinesRenderer();

    @ParameterizedTest
    @ValueSource(strings = {"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "DATA:image/png;base64,iVBORw0KGgo=",
            "javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox(1)", "&#106;avascript:alert(1)",
            "<javascript:alert(1)>", "file:///etc/passwd"})
    void aLinkOrImageWithAnUnsafeSchemeIsMadeInert(String target) {
        String html = renderer.render("See [the form](" + target + ") and ![a picture](" + target + ").");

        assertThat(html).contains("the form").doesNotContainIgnoringCase("data:").doesNotContainIgnoringCase("script:")
                .doesNotContainIgnoringCase("file:").doesNotContain("<script");
        assertThat(html).contains("href=\"\"").contains("src=\"\"");
    }

    @Test
    void safeLinksAndImagesStay() {
        String html = renderer.render("[docs](https://example.org/a?b=1), [mail](mailto:lead@example.org), [here](#scale), "
                + "[page](/projects) and ![chart](https://example.org/c.png)");

        assertThat(html).contains("href=\"https://example.org/a?b=1\"", "href=\"mailto:lead@example.org\"", "href=\"#scale\"",
                "href=\"/projects\"", "src=\"https://example.org/c.png\"");
    }

    @Test
    void rawHtmlIsShownAsText() {
        assertThat(renderer.render("<img src=x onerror=alert(1)> <a href=\"data:text/html,x\">x</a>"))
                .doesNotContain("<img").doesNotContain("<a ").contains("&lt;img");
    }

    @Test
    void githubTablesRenderAndTheirCellsFollowTheSameRules() {
        String html = renderer.render("| a | b |\n|---|:-:|\n| <b>1</b> | [x](javascript:alert(1)) |\n\n~~kept~~ https://example.org");

        assertThat(html).contains("<table>", "<th>a</th>", "<th align=\"center\">b</th>", "<td>&lt;b&gt;1&lt;/b&gt;</td>",
                "href=\"\"");
        // Only the tables of GitHub's extensions: no strikethrough, no bare-URL link.
        assertThat(html).contains("~~kept~~").doesNotContain("<del").doesNotContain("href=\"https://example.org\"");
    }
}
