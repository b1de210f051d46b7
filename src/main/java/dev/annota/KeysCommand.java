package dev.annota;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.UUID;

import dev.annota.crypto.RewrapReport;
import dev.annota.crypto.TenantKeys;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code java -jar annota.jar keys rewrap}: moves every organization's keyset to a new master key. Configure the new
 * key as the master key ({@code ANNOTA_MASTER_KEY_FILE} or {@code ANNOTA_MASTER_KEY_URI}) and the old one as the
 * previous ({@code ANNOTA_PREVIOUS_MASTER_KEY_FILE} or {@code ANNOTA_PREVIOUS_MASTER_KEY_URI}), run this, then remove
 * the previous key from the configuration. Runs the application without its web server against the configured
 * database, then exits: 0 when every keyset is under the new key, 1 when some failed (named by id in the log), 2 for
 * wrong usage. Safe to run while instances serve (each keyset is re-wrapped under its row lock) and to run again.
 */
public final class KeysCommand {

    public static final String NAME = "keys";
    private static final String USAGE = "Usage: java -jar annota.jar keys rewrap [--spring.property=value ...]\n"
            + "       the new master key as ANNOTA_MASTER_KEY_FILE or ANNOTA_MASTER_KEY_URI, the old one as\n"
            + "       ANNOTA_PREVIOUS_MASTER_KEY_FILE or ANNOTA_PREVIOUS_MASTER_KEY_URI (docs/configuration.md)";

    private KeysCommand() {
    }

    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        // keys takes no option values, so --help anywhere after "keys" asks for the usage.
        if (Arrays.stream(args).skip(1).anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("help"))) {
            out.println(USAGE);
            return 0;
        }
        if (args.length < 2 || !args[1].equals("rewrap")) {
            err.println(USAGE);
            return 2;
        }
        var springArgs = new ArrayList<String>();
        for (int i = 2; i < args.length; i++) {
            if (!args[i].startsWith("--") || !args[i].contains("=")) {
                err.println("Unknown argument '" + args[i] + "'.\n" + USAGE);
                return 2;
            }
            springArgs.add(args[i]);
        }
        springArgs.add("--annota.demo-data=false");
        springArgs.add("--logging.level.dev.annota.web.internal.DemoData=ERROR");
        var builder = new SpringApplicationBuilder(application).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false);
        try (var context = builder.run(springArgs.toArray(String[]::new))) {
            // The system acts (no person is logged in): the access log names the nil id as the actor.
            UUID system = new UUID(0, 0);
            RewrapReport report = context.getBean(TenantKeys.class).rewrapAll(system, system);
            out.println("Master key " + report.masterKey() + (report.previousMasterKey() == null ? " (no previous key configured)"
                    : ", previous " + report.previousMasterKey()) + ": " + report.rewrapped() + " keysets re-wrapped, "
                    + report.alreadyCurrent() + " already under the current key, " + report.withoutKeyset()
                    + " organizations without a keyset, " + report.failed() + " failed");
            return report.failed() == 0 ? 0 : 1;
        }
    }
}
