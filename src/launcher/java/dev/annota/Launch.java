package dev.annota;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point, compiled for Java 17 (the oldest JDK Spring Boot's own launcher runs on) so that an older
 * {@code java} says in one line what is wrong instead of failing with {@code UnsupportedClassVersionError} deep in
 * a stack trace. Annota itself needs Java 21; this class only checks the version and hands over.
 */
public final class Launch {

    static final int REQUIRED = 21;

    private Launch() {
    }

    public static void main(String[] args) throws Throwable {
        String refusal = refusal(Runtime.version().feature(), System.getProperty("java.home"));
        if (refusal != null) {
            System.err.println(refusal);
            System.exit(1);
        }
        try {
            // By name: this class is compiled for an older release than the application it starts.
            Class.forName("dev.annota.AnnotaApplication").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The one line to print when {@code feature} is too old to run Annota, or null when it is new enough. */
    static String refusal(int feature, String javaHome) {
        if (feature >= REQUIRED) {
            return null;
        }
        return "Annota needs Java " + REQUIRED + " or newer; this java is " + feature + " (" + javaHome + "). "
                + "Run the jar with the java of a JDK " + REQUIRED + "+, e.g. " + newerJava()
                + " -jar annota.jar (./mvnw toolchains:display-discovered-jdk-toolchains lists the JDKs installed).";
    }

    /** A JDK 21+ installed where Debian and most Linux packages put JDKs, or a placeholder naming one. */
    private static String newerJava() {
        java.io.File[] jdks = new java.io.File("/usr/lib/jvm").listFiles();
        if (jdks != null) {
            java.util.Arrays.sort(jdks);
            for (java.io.File jdk : jdks) {
                if (new java.io.File(jdk, "bin/java").canExecute() && releaseOf(jdk) >= REQUIRED) {
                    return jdk + "/bin/java";
                }
            }
        }
        return "/path/to/jdk-" + REQUIRED + "/bin/java";
    }

    /** The feature release a JDK's {@code release} file names (JAVA_VERSION="21.0.5"), or 0 when unreadable. */
    static int releaseOf(java.io.File jdk) {
        try {
            for (String line : java.nio.file.Files.readAllLines(new java.io.File(jdk, "release").toPath())) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String feature = version.split("[.+-]")[0];
                    // Java 8 and older call themselves 1.8, 1.7: below anything Annota accepts.
                    return feature.equals("1") ? 1 : Integer.parseInt(feature);
                }
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            // A folder without a readable release file is not a JDK we can vouch for.
        }
        return 0;
    }
}
