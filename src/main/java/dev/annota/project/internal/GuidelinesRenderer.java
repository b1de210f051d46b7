package dev.annota.project.internal;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Markdown guidelines to HTML that runs no script: CommonMark with GitHub's tables, raw HTML in the Markdown is
 * escaped, not passed through, and link and image targets with any scheme but http, https and mailto (javascript:,
 * vbscript:, data:, file: ...) are dropped (an empty href or src); relative targets stay. commonmark's default
 * sanitizer lets {@code data:} through, hence the explicit list. The page's Content-Security-Policy is a second wall.
 * The browser renders previews by the same rules (static/app/controls/markdown.js).
 */
@Component
class GuidelinesRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();

    String render(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}
