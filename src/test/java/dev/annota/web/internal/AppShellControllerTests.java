package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.webjars.WebJarVersionLocator;

/** The shell's import map and its hash, from the WebJars on the class path (no Spring). */
class AppShellControllerTests {

    private final WebJarVersionLocator webJars = new WebJarVersionLocator();

    @Test
    void theImportMapPointsEveryBareSpecifierAtAVersionedWebJarFileThatExists() {
        String map = AppShellController.importMap(webJars);

        for (String[] entry : new String[][]{{"marked", "marked", "lib/marked.esm.js"}, {"dompurify", "dompurify", "dist/purify.es.mjs"},
                {"lit", "lit", "index.js"}, {"chart.js", "chart.js", "dist/chart.js"}}) {
            String path = "/webjars/" + entry[1] + "/" + webJars.version(entry[1]) + "/" + entry[2];
            assertThat(map).contains("\"" + entry[0] + "\": \"" + path + "\"");
            assertThat(getClass().getResource("/META-INF/resources" + path)).as(path).isNotNull();
        }
    }

    @Test
    void theHashIsTheBase64Sha256OfTheTextAsACspSourceExpressionNeedsIt() {
        assertThat(AppShellController.sha256("")).isEqualTo("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        assertThat(AppShellController.sha256("{}")).isEqualTo("sha256-RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=");
    }
}
