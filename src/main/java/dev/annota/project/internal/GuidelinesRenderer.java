package dev.annota.project.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Markdown guidelines to HTML that runs no script: raw HTML in the Markdown is escaped, not passed through, and
 * link targets with unsafe schemes (javascript:, data: ...) are dropped. The page's Content-Security-Policy is a
 * second wall.
 */
@Component
class GuidelinesRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    String render(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}
