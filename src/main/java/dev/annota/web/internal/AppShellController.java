package dev.annota.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.annota.identity.ContentSecurityPolicy;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the single-page UI's shell for {@code /} and every client-side route, so a reload or a bookmarked link
 * lands on the same page the router then fills in.
 * <p>
 * The shell's only inline script is the import map that points the bare specifiers of Lit, Chart.js, marked and
 * DOMPurify at the WebJars. The application sends {@code script-src 'self'}; this controller sets its own
 * Content-Security-Policy carrying the sha256 of exactly that import map text, and Spring Security's header writer
 * leaves a header already set alone.
 */
@Controller
class AppShellController {

    private final String shell;
    /** The application's policy with the import map's hash added to script-src. */
    private final String policy;

    AppShellController() {
        String importMap = importMap(new WebJarVersionLocator());
        this.policy = ContentSecurityPolicy.allowingInlineScript(sha256(importMap));
        this.shell = """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Annota</title>
                  <link rel="icon" href="/favicon.svg">
                  <link rel="stylesheet" href="/app/annota.css">
                  <script type="importmap">%s</script>
                  <script type="module" src="/app/main.js"></script>
                </head>
                <body>
                  <annota-app><p class="booting">Loading Annota…</p></annota-app>
                  <noscript>Annota's interface needs JavaScript. The REST API is described at <a href="/api/docs">/api/docs</a>.</noscript>
                </body>
                </html>
                """.formatted(importMap);
    }

    /**
     * The routes the client-side router knows (see /app/main.js). The CsrfToken parameter makes Spring Security
     * issue the XSRF-TOKEN cookie, which the UI's scripts echo in the X-XSRF-TOKEN header.
     */
    @GetMapping(value = {"/", "/projects", "/projects/**", "/tokens", "/admin", "/admin/**", "/me/affiliations", "/me/password", "/me/profile", "/people", "/home", "/me/notifications", "/me/feedback", "/hours", "/money"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> shell(CsrfToken token) {
        token.getToken();
        return ResponseEntity.ok()
                .header("Content-Security-Policy", policy)
                .cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(shell);
    }

    /** Bare specifiers to versioned WebJar paths; the versions come from the jars on the class path (pom.xml). */
    static String importMap(WebJarVersionLocator webJars) {
        var packages = new LinkedHashMap<String, String[]>();
        // npm package name -> {webjar name, entry module}
        packages.put("lit", new String[]{"lit", "index.js"});
        packages.put("lit-html", new String[]{"lit-html", "lit-html.js"});
        packages.put("lit-element", new String[]{"lit-element", "index.js"});
        packages.put("@lit/reactive-element", new String[]{"lit__reactive-element", "reactive-element.js"});
        // Chart.js's ESM build (the dashboard) imports '@kurkle/color' by its bare name.
        packages.put("chart.js", new String[]{"chart.js", "dist/chart.js"});
        packages.put("@kurkle/color", new String[]{"kurkle__color", "dist/color.esm.js"});
        // The demonstration preview's Markdown (controls/markdown.js).
        packages.put("marked", new String[]{"marked", "lib/marked.esm.js"});
        packages.put("dompurify", new String[]{"dompurify", "dist/purify.es.mjs"});
        var imports = new LinkedHashMap<String, String>();
        for (Map.Entry<String, String[]> p : packages.entrySet()) {
            String webJar = p.getValue()[0];
            String version = webJars.version(webJar);
            if (version == null) {
                throw new IllegalStateException("The WebJar '" + webJar + "' is not on the class path; the UI needs it.");
            }
            String base = "/webjars/" + webJar + "/" + version + "/";
            imports.put(p.getKey(), base + p.getValue()[1]);
            imports.put(p.getKey() + "/", base);
        }
        return imports.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                .collect(Collectors.joining(",\n    ", "{\"imports\": {\n    ", "\n  }}"));
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
