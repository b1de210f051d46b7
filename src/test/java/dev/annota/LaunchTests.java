package dev.annota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchTests {

    @Test
    void aJavaOlderThan21IsToldInOneLineWhichJavaItIsAndWhatToDo() {
        String refusal = Launch.refusal(17, "/usr/lib/jvm/java-17-openjdk-amd64");

        assertThat(refusal).doesNotContain("\n")
                .contains("Annota needs Java 21 or newer", "this java is 17 (/usr/lib/jvm/java-17-openjdk-amd64)",
                        "-jar annota.jar");
    }

    @Test
    void java21AndNewerAreLetThrough() {
        assertThat(Launch.refusal(21, "/jdk")).isNull();
        assertThat(Launch.refusal(25, "/jdk")).isNull();
    }

    @Test
    void aJdksReleaseFileNamesItsFeatureRelease(@TempDir Path jdk) throws Exception {
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.1\"\n");
        assertThat(Launch.releaseOf(jdk.toFile())).isEqualTo(25);

        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"1.8.0_402\"\n");
        assertThat(Launch.releaseOf(jdk.toFile())).isEqualTo(1);

        Files.delete(jdk.resolve("release"));
        assertThat(Launch.releaseOf(jdk.toFile())).isZero();
    }

    /**
     * The point of the class: it must load on the JDK 17 it refuses. Compiled like the rest for 21, it would fail
     * there with UnsupportedClassVersionError instead of the line. Runs where Debian's JDK 17 is installed (this
     * project's machines and CI; the README names it as the default JDK there).
     */
    @Test
    void theLauncherRunsOnJava17AndRefusesItWithTheLine() throws Exception {
        File java17 = new File("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        org.junit.jupiter.api.Assumptions.assumeTrue(java17.canExecute(), "no JDK 17 at " + java17);
        String classes = new File(Launch.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();

        Process process = new ProcessBuilder(List.of(java17.getPath(), "-cp", classes, "dev.annota.Launch", "--help"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output.strip()).startsWith("Annota needs Java 21 or newer; this java is 17").doesNotContain("\n");
    }
}
