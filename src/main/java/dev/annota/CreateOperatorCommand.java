package dev.annota;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

import dev.annota.failure.Failure;
import dev.annota.identity.NewUser;
import dev.annota.identity.Role;
import dev.annota.identity.UserAccount;
import dev.annota.identity.Users;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar annota.jar create-operator --email you@example.org --name "Your Name"}: the production first run.
 * On PostgreSQL no demo users and no default passwords exist, so the operator's first admin is made here: the
 * operator organization (unless one exists) and an admin in it, in one transaction. The password comes from
 * {@code ANNOTA_OPERATOR_PASSWORD} or, without it, from standard input (never from the command line, where other
 * users of the machine could read it), and must pass the password policy. Unlike every other account (which gets a
 * one-time setup link, docs/security.md "Accounts"), this one keeps a password typed here: the person running the
 * command on the server is the operator's admin themselves, so nobody else learns it. Runs the application without
 * its web server, then exits.
 */
public final class CreateOperatorCommand {

    public static final String NAME = "create-operator";
    static final String PASSWORD_VARIABLE = "ANNOTA_OPERATOR_PASSWORD";
    private static final String USAGE = "Usage: java -jar annota.jar create-operator --email you@example.org --name \"Your Name\" "
            + "[--organization \"Operator name\"]\n       password from " + PASSWORD_VARIABLE + " or standard input";

    private CreateOperatorCommand() {
    }

    /** Runs the command with the process's environment and standard streams; returns the exit code. */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.getenv(), System.in, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, Map<String, String> env, InputStream stdin, PrintStream out,
                   PrintStream err) {
        String email = null;
        String name = null;
        String organization = "Operator";
        var springArgs = new ArrayList<String>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                case "--email" -> { email = value; i++; }
                case "--name" -> { name = value; i++; }
                case "--organization" -> { organization = value; i++; }
                default -> {
                    if (arg.startsWith("--email=")) {
                        email = arg.substring(8);
                    } else if (arg.startsWith("--name=")) {
                        name = arg.substring(7);
                    } else if (arg.startsWith("--organization=")) {
                        organization = arg.substring(15);
                    } else if (arg.startsWith("--") && arg.contains("=")) {
                        springArgs.add(arg); // e.g. --spring.datasource.url=...
                    } else {
                        err.println("Unknown argument '" + arg + "'.\n" + USAGE);
                        return 2;
                    }
                }
            }
        }
        if (email == null || email.isBlank() || name == null || name.isBlank() || organization == null || organization.isBlank()) {
            err.println(USAGE);
            return 2;
        }
        String password;
        try {
            password = password(env, stdin, err);
        } catch (IOException e) {
            err.println("Cannot read the password: " + e.getMessage());
            return 2;
        }
        if (password == null || password.isEmpty()) {
            err.println("No password: set " + PASSWORD_VARIABLE + " or pipe it to standard input.");
            return 2;
        }

        var builder = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false);
        // Never demo data here (production gets no default passwords), and no "create the first admin" hint while
        // doing exactly that. As command-line arguments, these outrank application.properties and the environment.
        springArgs.add("--annota.demo-data=false");
        springArgs.add("--logging.level.dev.annota.web.internal.DemoData=ERROR");
        try (var context = builder.run(springArgs.toArray(String[]::new))) {
            var organizations = context.getBean(Organizations.class);
            var users = context.getBean(Users.class);
            var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            String orgName = organization;
            String adminEmail = email;
            String adminName = name;
            UserAccount admin = transaction.execute(status -> {
                Organization operator = organizations.all().stream()
                        .filter(o -> o.kind() == OrganizationKind.OPERATOR)
                        .min(Comparator.comparing(Organization::createdAt))
                        .orElseGet(() -> organizations.create(OrganizationKind.OPERATOR, orgName));
                return users.create(new NewUser(operator.id(), adminEmail, adminName, password, Set.of(Role.ADMIN)));
            });
            out.println("Created operator admin " + admin.email() + ". Start Annota and log in with this email.");
            return 0;
        } catch (Failure e) {
            err.println("Not created: " + e.detail());
            return 1;
        }
    }

    private static String password(Map<String, String> env, InputStream stdin, PrintStream err) throws IOException {
        String fromEnv = env.get(PASSWORD_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        if (stdin == System.in && System.console() != null) {
            char[] typed = System.console().readPassword("Password for the operator admin: ");
            return typed == null ? null : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
        // the line as typed (spaces may belong to a password), without a Windows line end
        return line == null ? null : line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
