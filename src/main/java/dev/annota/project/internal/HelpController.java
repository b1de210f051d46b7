package dev.annota.project.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The label schema documentation (docs/label-schema.md, copied to the class path by the build) as a page of the app,
 * rendered once by the guidelines' rules: what the schema editor's help links to.
 */
@Controller
@Hidden
class HelpController {

    private final String page;

    HelpController(GuidelinesRenderer renderer) {
        this.page = """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Label schema · Annota</title>
                  <link rel="icon" href="/favicon.svg">
                  <link rel="stylesheet" href="/app/annota.css">
                </head>
                <body>
                  <main class="page help">
                    <nav class="crumbs" aria-label="Breadcrumb"><a href="/">Projects</a> <span aria-hidden="true">/</span> Help</nav>
                    <article class="prose" id="help-label-schema">
                %s
                    </article>
                  </main>
                </body>
                </html>
                """.formatted(withHeadingIds(renderer.render(read("/help/label-schema.md"))));
    }

    private static final Pattern HEADING = Pattern.compile("<h([1-6])>(.*?)</h\\1>");

    /**
     * Gives each heading the id GitHub gives it (lower case, punctuation dropped, spaces to hyphens), so the document's
     * own links ({@code [spans](#spans)}) land on their section here as on GitHub.
     */
    static String withHeadingIds(String html) {
        return HEADING.matcher(html).replaceAll(m -> {
            String slug = m.group(2).replaceAll("<[^>]*>", "").replaceAll("&[a-z]+;", "").toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            return Matcher.quoteReplacement("<h" + m.group(1) + " id=\"" + slug + "\">" + m.group(2) + "</h" + m.group(1) + ">");
        });
    }

    @GetMapping(value = "/help/label-schema", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> labelSchema() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
    }

    private static String read(String resource) {
        try (InputStream in = HelpController.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: the build copies it from docs/");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
