package dev.annota.web.internal;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Users;
import dev.annota.item.Items;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data loads (its predictions pass the schema checks) with one project of every task type. */
@SpringBootTest
@TestPropertySource(properties = {"annota.demo-data=true", "spring.datasource.url=jdbc:h2:mem:demo-data;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DemoDataTests {

    @Autowired
    Organizations organizations;
    @Autowired
    Users users;
    @Autowired
    Projects projects;
    @Autowired
    Items items;

    @Test
    void everyTaskTypeHasADemoProjectWithItemsTheVendorCanWorkOn() {
        var vendor = organizations.all().stream().filter(o -> o.name().equals("Northwind Experts")).findFirst().orElseThrow();
        var account = users.ofOrganization(vendor.id()).stream().filter(u -> u.email().equals("annotator@northwind.example"))
                .findFirst().orElseThrow();
        var annotator = new CurrentUser(account.id(), vendor.id(), vendor.kind(), account.email(), account.displayName(),
                account.roles());
        var visible = projects.visibleTo(annotator);
        assertThat(visible).extracting(p -> p.taskType()).containsExactlyInAnyOrder(TaskType.values());
        for (var project : visible) {
            var access = projects.accessTo(project, annotator);
            assertThat(access.work()).isTrue();
        }
        var lab = organizations.all().stream().filter(o -> o.name().equals("Helios AI Lab")).findFirst().orElseThrow();
        var managerAccount = users.ofOrganization(lab.id()).stream().filter(u -> u.email().equals("manager@helios.example"))
                .findFirst().orElseThrow();
        var manager = new CurrentUser(managerAccount.id(), lab.id(), lab.kind(), managerAccount.email(),
                managerAccount.displayName(), managerAccount.roles());
        for (var project : projects.visibleTo(manager)) {
            assertThat(items.counts(projects.access(manager, project.id())).total()).as(project.name()).isBetween(3L, 12L);
        }
    }
}
