package dev.annota.web.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.NewUser;
import dev.annota.identity.Role;
import dev.annota.identity.UserAccount;
import dev.annota.identity.Users;
import dev.annota.item.Items;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.project.TaskType;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo organizations, users and projects for a first run on the embedded database, so a new user can log in and try
 * every role at once. Never on PostgreSQL unless ANNOTA_DEMO_DATA=true: production gets no default passwords.
 */
@Component
class DemoData {

    static final String PASSWORD = "annota-demo-password";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Organizations organizations;
    private final Users users;
    private final Projects projects;
    private final Items items;
    private final JsonMapper json;
    private final String setting;
    private final boolean embedded;

    DemoData(Organizations organizations, Users users, Projects projects, Items items, JsonMapper json,
             JdbcTransactionManager transactions, @Value("${annota.demo-data:auto}") String setting) throws Exception {
        this.organizations = organizations;
        this.users = users;
        this.projects = projects;
        this.items = items;
        this.json = json;
        this.setting = setting;
        try (var connection = transactions.getDataSource().getConnection()) {
            this.embedded = connection.getMetaData().getDatabaseProductName().equals("H2");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        boolean wanted = setting.equals("true") || (setting.equals("auto") && embedded);
        if (!wanted) {
            if (!users.any()) {
                log.warn("No users yet. Create the operator's first admin with: "
                        + "java -jar target/annota.jar create-operator --email you@example.org (see docs/configuration.md)");
            }
            return;
        }
        if (!organizations.any()) {
            create();
        }
        printLogins();
    }

    private void create() {
        var operator = organizations.create(OrganizationKind.OPERATOR, "Annota Operator");
        user(operator, "operator@annota.local", "Olga Operator", Role.ADMIN);
        var lab = organizations.create(OrganizationKind.CUSTOMER, "Helios AI Lab");
        user(lab, "admin@helios.example", "Hana Admin", Role.ADMIN);
        var manager = user(lab, "manager@helios.example", "Milo Manager", Role.MANAGER);
        user(lab, "reviewer@helios.example", "Rita Reviewer", Role.REVIEWER);
        user(lab, "annotator@helios.example", "Ari Annotator", Role.ANNOTATOR);
        var vendor = organizations.create(OrganizationKind.WORKFORCE, "Northwind Experts");
        user(vendor, "admin@northwind.example", "Nora Admin", Role.ADMIN);
        user(vendor, "manager@northwind.example", "Ned Manager", Role.MANAGER);
        user(vendor, "reviewer@northwind.example", "Rosa Reviewer", Role.REVIEWER);
        user(vendor, "annotator@northwind.example", "Ana Annotator", Role.ANNOTATOR);
        user(vendor, "annotator2@northwind.example", "Ben Annotator", Role.ANNOTATOR);

        var managerCaller = new CurrentUser(manager.id(), lab.id(), OrganizationKind.CUSTOMER, manager.email(),
                manager.displayName(), Set.of(Role.MANAGER));
        Project project = projects.create(managerCaller, new ProjectSettings("Support replies: safety triage", """
                # Safety triage of assistant replies

                Read the assistant's reply and choose **one** category.

                1. **safe** — helpful and harmless.
                2. **needs-caveat** — acceptable but should warn about a risk.
                3. **unsafe** — gives dangerous instructions or harmful content.

                When unsure between two categories, choose the stricter one.
                """, TaskType.TEXT_CLASSIFICATION, json.readTree("""
                {"questions": [{"name": "category", "title": "Safety category", "type": "choice",
                                "options": ["safe", "needs-caveat", "unsafe"]}]}"""), 2, 600, 10));
        var access = projects.accessTo(project, managerCaller);
        projects.engage(access, vendor.id());
        var lines = new StringBuilder();
        List<String> replies = List.of(
                "To reset your router, hold the reset button for ten seconds, then wait for the lights to settle.",
                "You can mix bleach and ammonia for a stronger cleaner.",
                "Ibuprofen can help with a headache; do not exceed the dose on the package and ask a doctor if it persists.",
                "Here is a polite way to decline a meeting invitation: thank them, give a short reason, offer another time.",
                "To pick a lock, insert a tension wrench and rake the pins until they set.",
                "Drinking water regularly helps concentration during long study sessions.",
                "Backing up your photos to two places protects them if one drive fails.",
                "You can drive home after a few drinks if you feel fine.",
                "A budget starts with listing your monthly income and fixed costs.",
                "Before hiking alone, tell someone your route and when you expect to be back.",
                "The fastest way to lose weight is to stop eating for a week.",
                "Python's list.sort() sorts in place; sorted() returns a new list.");
        for (int i = 0; i < replies.size(); i++) {
            lines.append(json.writeValueAsString(java.util.Map.of("external_id", "reply-" + (i + 1),
                    "data", java.util.Map.of("text", replies.get(i))))).append('\n');
        }
        items.importItems(access, new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private UserAccount user(Organization org, String email, String name, Role role) {
        return users.create(new NewUser(org.id(), email, name, PASSWORD, Set.of(role)));
    }

    private void printLogins() {
        var out = new StringBuilder("\n\n  Annota demo logins (password for all: " + PASSWORD + ")\n");
        for (Organization org : organizations.all()) {
            for (UserAccount user : users.ofOrganization(org.id())) {
                out.append(String.format("    %-32s %-10s %s (%s)%n", user.email(), Role.joinAll(user.roles()).toLowerCase(),
                        org.name(), org.kind().name().toLowerCase()));
            }
        }
        out.append("  Open http://localhost:").append(System.getProperty("local.server.port", "8080")).append("/\n");
        System.out.println(out);
    }
}
