package dev.annota.project.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schema help page's headings get GitHub's ids, so the document's own section links work in the app (no Spring). */
class HelpControllerTests {

    @Test
    void headingsGetTheIdsGitHubGivesThem() {
        String html = HelpController.withHeadingIds(new GuidelinesRenderer().render(
                "## Common fields\n\n## `conversation_rating`\n\n### Task types and items\n\n[spans](#task-types-and-items)"));

        assertThat(html).contains("<h2 id=\"common-fields\">Common fields</h2>",
                "<h2 id=\"conversation_rating\"><code>conversation_rating</code></h2>", "<h3 id=\"task-types-and-items\">");
    }
}
