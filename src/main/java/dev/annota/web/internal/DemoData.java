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
import dev.annota.item.Images;
import dev.annota.item.Items;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.DatabaseDialect;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
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
    private final Images images;
    private final JsonMapper json;
    private final String setting;
    private final boolean embedded;

    DemoData(Organizations organizations, Users users, Projects projects, Items items, Images images, JsonMapper json,
             DatabaseDialect dialect, @Value("${annota.demo-data:auto}") String setting) {
        this.images = images;
        this.organizations = organizations;
        this.users = users;
        this.projects = projects;
        this.items = items;
        this.json = json;
        this.setting = setting;
        this.embedded = dialect.isH2();
    }

    @EventListener
    void load(ApplicationReadyEvent ready) {
        boolean wanted = setting.equals("true") || (setting.equals("auto") && embedded);
        if (!wanted) {
            if (!users.any()) {
                log.warn("No users yet. Create the operator's first admin with: "
                        + "java -jar annota.jar create-operator --email you@example.org (see docs/configuration.md)");
            }
            return;
        }
        if (!organizations.any()) {
            create();
        }
        printLogins(address(ready.getApplicationContext().getEnvironment()));
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
        taskTypeProjects(managerCaller, vendor);
    }

    /** One demo project per further task type, engaged with the vendor, with sample items written for Annota. */
    private void taskTypeProjects(CurrentUser manager, Organization vendor) {
        demo(manager, vendor, "Support tickets: entities", TaskType.SPAN_LABELING, """
                # Entities in support tickets

                Mark every **person**, **product**, **place** and **order number**. Select whole words; do not include
                surrounding punctuation. Spans may not overlap.
                """, """
                {"questions": [{"name": "entities", "title": "Entities", "type": "spans",
                                "labels": ["PERSON", "PRODUCT", "PLACE", "ORDER"]}]}""", spanItems());
        demo(manager, vendor, "Assistant replies: preference", TaskType.RESPONSE_COMPARISON, """
                # Which reply is better?

                Read the prompt and every reply. Pick the reply you would rather receive, say how strongly, score each
                reply on the rubric and explain your choice in a sentence or two. Choose *tie* only when the replies are
                equally good. Replies appear in a random order: the order says nothing about their source.
                """, """
                {"questions": [
                  {"name": "preference", "title": "Preferred reply", "type": "comparison", "ties": true,
                   "strength": ["slightly better", "better", "much better"],
                   "rubric": [{"name": "helpfulness", "title": "Helpfulness", "scale": "likert5"},
                              {"name": "honesty", "title": "Honesty", "scale": "likert5"},
                              {"name": "harmlessness", "title": "Harmlessness",
                               "scale": {"labels": ["harmful", "borderline", "harmless"]}}],
                   "rationale": {"required": true, "min_length": 15}},
                  {"name": "unsafe", "title": "Does any reply need a safety review?", "type": "choice", "options": ["no", "yes"]},
                  {"name": "unsafe_note", "title": "What is unsafe?", "type": "text", "max_length": 500,
                   "when": {"question": "unsafe", "equals": "yes"}}]}""", """
                {"external_id": "cmp-1", "data": {"prompt": "How do I keep basil alive on a windowsill?", "responses": ["Give it at least six hours of sun, water when the top centimetre of soil is dry, and pinch off flower buds so it keeps making leaves.", "Basil is a plant. Water it."]}, "predictions": [{"model": "reward-model-v3", "score": 0.87, "answer": {"preference": {"preferred": 0, "strength": "much better"}}}]}
                {"external_id": "cmp-2", "data": {"prompt": "Write a one-line reminder to drink water.", "responses": ["Sip some water — your brain will thank you.", "Hydration check: have a glass of water now.", "WATER. NOW."]}}
                {"external_id": "cmp-3", "data": {"messages": [{"role": "user", "content": "I'm planning a trip to Lisbon."}, {"role": "assistant", "content": "Lovely! How long are you staying?"}, {"role": "user", "content": "Three days. What should I not miss?"}], "responses": ["Day 1: Alfama and the castle; day 2: Belém (tower, monastery, pastéis); day 3: a day trip to Sintra. Ride tram 28 early to avoid queues.", "Lisbon is the capital of Portugal and has about 550,000 inhabitants."]}}
                {"external_id": "cmp-4", "data": {"prompt": "Is it safe to leave cooked rice out overnight?", "responses": ["Not really: spores of Bacillus cereus can survive cooking and grow at room temperature. Cool rice within an hour and refrigerate it.", "Yes, rice keeps for days at room temperature."]}, "predictions": [{"model": "reward-model-v3", "score": 0.93, "answer": {"preference": {"preferred": 0, "strength": "much better"}, "unsafe": "yes"}}]}
                {"external_id": "cmp-5", "data": {"prompt": "Explain recursion to a ten-year-old.", "responses": ["Recursion is when something is defined using a smaller version of itself — like Russian dolls: to open them all, open one and then do the same with the doll inside.", "It's a function that calls itself until a base case stops it.", "Imagine a line of friends passing a question back until the last one knows the answer, then the answers pass forward again."]}}
                {"external_id": "cmp-6", "data": {"prompt": "Give me a strong password idea.", "responses": ["Use a passphrase of four random words, like 'lantern-orbit-velvet-cactus', and a password manager.", "password123 is easy to remember."]}}
                """);
        demo(manager, vendor, "Help-centre answers: demonstrations", TaskType.DEMONSTRATION, """
                # Write the ideal reply

                Write the reply our assistant should give. Start from the model draft when there is one and fix it:
                correct facts, tone and structure. Use Markdown; code goes in fenced code blocks. Every reply needs a
                `## Answer` section and a `## Next steps` section.
                """, """
                {"questions": [{"name": "reply", "title": "Ideal reply", "type": "demonstration", "min_length": 80,
                                "max_length": 6000, "required_sections": ["Answer", "Next steps"]}]}""", """
                {"external_id": "sft-1", "data": {"prompt": "How do I export my calendar to a file?", "draft": "## Answer\\nGo to Settings and click Export. The file is a .csv.\\n\\n## Next steps\\nImport it elsewhere."}}
                {"external_id": "sft-2", "data": {"prompt": "My invoice shows the wrong company name. Can you fix it?"}}
                {"external_id": "sft-3", "data": {"messages": [{"role": "system", "content": "You are the support assistant of a note-taking app."}, {"role": "user", "content": "Can I write code snippets in notes?"}], "draft": "## Answer\\nYes. Use three backticks:\\n\\n```python\\nprint('hi')\\n```\\n\\n## Next steps\\nTry it in a new note."}}
                {"external_id": "sft-4", "data": {"prompt": "How do I reset two-factor authentication if I lost my phone?"}}
                {"external_id": "sft-5", "data": {"prompt": "Why was I charged twice this month?", "draft": "## Answer\\nYou were probably charged twice because of a bug.\\n\\n## Next steps\\nWait."}}
                """);
        demo(manager, vendor, "Tutor chats: turn ratings", TaskType.CONVERSATION_RATING, """
                # Rate the tutor

                Rate every assistant turn for how helpful it is to the learner, and flag factual errors, unsafe content
                or a turn that gives away the answer instead of guiding. Then rate the whole conversation.
                """, """
                {"questions": [{"name": "turns", "title": "Turn ratings", "type": "conversation_rating",
                                "turn_scale": "likert5", "flags": ["factual_error", "unsafe", "gives_away_answer", "off_topic"],
                                "overall_scale": "likert7"},
                               {"name": "comment", "title": "Comment (optional)", "type": "text", "required": false, "max_length": 1000}]}""", """
                {"external_id": "chat-1", "data": {"messages": [{"role": "user", "content": "What is 3/4 + 1/8?"}, {"role": "assistant", "content": "Let's find a common denominator first. What do 4 and 8 have in common?"}, {"role": "user", "content": "8?"}, {"role": "assistant", "content": "Yes! So 3/4 is how many eighths?"}, {"role": "user", "content": "6/8, so 7/8 total."}, {"role": "assistant", "content": "Exactly right: 7/8."}]}}
                {"external_id": "chat-2", "data": {"messages": [{"role": "user", "content": "Why is the sky blue?"}, {"role": "assistant", "content": "Because it reflects the ocean."}, {"role": "user", "content": "Really?"}, {"role": "assistant", "content": "Sorry, that was wrong: air molecules scatter short blue wavelengths of sunlight more than red ones (Rayleigh scattering)."}]}}
                {"external_id": "chat-3", "data": {"messages": [{"role": "user", "content": "Can you do my essay on the French Revolution?"}, {"role": "assistant", "content": "I can help you plan it. What do you think was its most important cause?"}]}}
                {"external_id": "chat-4", "data": {"messages": [{"role": "user", "content": "How do I balance Fe + O2 -> Fe2O3?"}, {"role": "assistant", "content": "4Fe + 3O2 -> 2Fe2O3."}, {"role": "user", "content": "How did you get that?"}, {"role": "assistant", "content": "Count oxygen first: 2 on the left, 3 on the right; the least common multiple is 6, so use 3 O2 and 2 Fe2O3, then 4 Fe."}]}}
                {"external_id": "chat-5", "data": {"messages": [{"role": "user", "content": "Translate 'good morning' into Spanish."}, {"role": "assistant", "content": "Buenos días."}]}}
                """);
        Project streets = demo(manager, vendor, "Street scenes: boxes and polygons", TaskType.IMAGE_BOXES, """
                # Street scenes

                Draw a tight **box** around every car, pedestrian, cyclist and traffic light; use a **polygon** when the
                shape matters (e.g. a cyclist with the bike). Mark *occluded* when something hides part of the object and
                *truncated* when the image edge cuts it.
                """, """
                {"questions": [{"name": "objects", "title": "Objects", "type": "boxes",
                                "classes": ["car", "pedestrian", "cyclist", "traffic_light"],
                                "attributes": [{"name": "occluded", "title": "Occluded"}, {"name": "truncated", "title": "Truncated"}]}]}""", """
                {"external_id": "street-1", "data": {"image": {"url": "/demo/street-1.svg", "width": 640, "height": 400}}, "predictions": [{"model": "detector-v2", "score": 0.71, "answer": {"objects": {"objects": [{"type": "box", "class": "car", "x": 118, "y": 223, "width": 194, "height": 118}, {"type": "box", "class": "car", "x": 358, "y": 262, "width": 154, "height": 76}]}}}]}
                {"external_id": "street-2", "data": {"image": {"url": "/demo/street-2.svg", "width": 480, "height": 360}}}
                {"external_id": "street-3", "data": {"image": {"url": "/demo/street-3.svg", "width": 640, "height": 480}}}
                """);
        // One street scene uploaded rather than linked: a PNG drawn here, sealed and served like a customer's upload.
        var access = projects.accessTo(streets, manager);
        var upload = images.upload(access, "parking-lot.png", new ByteArrayInputStream(ParkingLotPicture.png()));
        items.importItems(access, new ByteArrayInputStream(("{\"external_id\": \"street-4-uploaded\", \"data\": "
                + "{\"image\": {\"upload\": \"" + upload.id() + "\"}}}\n").getBytes(StandardCharsets.UTF_8)));
    }

    private Project demo(CurrentUser manager, Organization vendor, String name, TaskType type, String guidelines, String schema,
                         String jsonLines) {
        Project project = projects.create(manager, new ProjectSettings(name, guidelines, type, json.readTree(schema), 1, 900, 5));
        var access = projects.accessTo(project, manager);
        projects.engage(access, vendor.id());
        items.importItems(access, new ByteArrayInputStream(jsonLines.strip().getBytes(StandardCharsets.UTF_8)));
        return project;
    }

    /** Span items; predicted offsets are computed (in code points) so they stay right with accents and emoji. */
    private String spanItems() {
        String[][] tickets = {
                {"Hi, this is Mariana Costa. My order #A-20931 of the Aurora desk lamp arrived broken in Porto.",
                        "Mariana Costa:PERSON", "#A-20931:ORDER", "Aurora desk lamp:PRODUCT", "Porto:PLACE"},
                {"Jörg Müller here 👋 — the Nimbus kettle I bought in Zürich stopped heating after two days.",
                        "Jörg Müller:PERSON", "Nimbus kettle:PRODUCT", "Zürich:PLACE"},
                {"田中さん asked about order #B-11872: the Kumo rice cooker was delivered to 大阪 instead of 東京.",
                        "田中さん:PERSON", "#B-11872:ORDER", "Kumo rice cooker:PRODUCT", "大阪:PLACE", "東京:PLACE"},
                {"Can Siobhán O'Neill change the address on #C-55012 to Galway? She'd like the Fjord backpack sooner 🙏",
                        "Siobhán O'Neill:PERSON", "#C-55012:ORDER", "Galway:PLACE", "Fjord backpack:PRODUCT"},
                {"The Atlas headphones (order #D-90210) only work on the left side. — Amélie, Lyon", "Atlas headphones:PRODUCT",
                        "#D-90210:ORDER", "Amélie:PERSON", "Lyon:PLACE"},
                {"Rahul Mehta wants to return the Terra yoga mat; he lives in Pune and the courier never came.",
                        "Rahul Mehta:PERSON", "Terra yoga mat:PRODUCT", "Pune:PLACE"}};
        var out = new StringBuilder();
        for (int i = 0; i < tickets.length; i++) {
            String text = tickets[i][0];
            var spans = new java.util.ArrayList<java.util.Map<String, Object>>();
            // The model finds most entities, but misses the last one of every other ticket: something to correct.
            int found = tickets[i].length - (i % 2 == 0 ? 1 : 2);
            for (int k = 1; k <= found; k++) {
                String[] entity = tickets[i][k].split(":(?=[A-Z]+$)");
                int utf16 = text.indexOf(entity[0]);
                int start = text.codePointCount(0, utf16);
                spans.add(java.util.Map.of("start", start, "end", start + entity[0].codePointCount(0, entity[0].length()),
                        "label", entity[1]));
            }
            out.append(json.writeValueAsString(java.util.Map.of("external_id", "ticket-" + (i + 1),
                    "data", java.util.Map.of("text", text),
                    "predictions", List.of(java.util.Map.of("model", "ner-small", "score", 0.8,
                            "answer", java.util.Map.of("entities", spans))))))
                    .append('\n');
        }
        return out.toString();
    }

    private UserAccount user(Organization org, String email, String name, Role role) {
        return users.create(new NewUser(org.id(), email, name, PASSWORD, Set.of(role)));
    }

    /**
     * Where this instance answers, for the start banner: the port it really listens on (Spring sets
     * {@code local.server.port} once the server runs, so {@code --server.port=0} or {@code 9090} print truly), its
     * scheme and context path.
     */
    static String address(Environment environment) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String scheme = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
        String path = environment.getProperty("server.servlet.context-path", "");
        return scheme + "://localhost:" + port + path + "/";
    }

    private void printLogins(String address) {
        var out = new StringBuilder("\n\n  Annota demo logins (password for all: " + PASSWORD + ")\n");
        for (Organization org : organizations.all()) {
            for (UserAccount user : users.ofOrganization(org.id())) {
                out.append(String.format("    %-32s %-10s %s (%s)%n", user.email(), Role.joinAll(user.roles()).toLowerCase(),
                        org.name(), org.kind().name().toLowerCase()));
            }
        }
        out.append("  Open ").append(address).append("\n");
        System.out.println(out);
    }
}
