package dev.annota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each table has one owning module, named in that module's {@code package-info.java} ("Owns the tables: …" or "Owns
 * no tables."), and only its owner's SQL names it. Spring Modulith sees Java types only, so a query on another
 * module's table would pass {@link ModularityTests}; this test reads the SQL of every source file of a module
 * ({@link SqlTableNames}) and fails on a table the module does not own, unless the access is in {@link #ALLOWED}.
 * <p>
 * {@link #ALLOWED} holds the cross-module accesses that existed when the check was introduced, each with its reason.
 * It should only shrink: an entry no longer needed fails {@link #everyAllowedCrossModuleAccessIsStillMade()}, so it
 * is removed when the code moves.
 */
class TableOwnershipTests {

    private static final Path SOURCES = Path.of("src/main/java/dev/annota");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern OWNS = Pattern.compile("Owns the tables:\\s*([a-z0-9_,\\s]+)\\.");
    private static final Pattern OWNS_NONE = Pattern.compile("Owns no tables\\.");

    /** A module's SQL naming a table of another module in one file, and why that is tolerated for now. */
    private record Access(String module, String table, String file) {
    }

    private static Access access(String module, String table, String file, String why) {
        assertThat(why).as("the reason for %s", file).isNotBlank();
        return new Access(module, table, file);
    }

    /**
     * The cross-module accesses that stay, by (module, table, file under the module's package). Only statements whose
     * point is one statement across two modules' tables on the hot path (the claim, the submit, the token lookup in
     * front of them, the exports' streaming joins), and the generic mechanisms that compute a table name. Everything
     * else goes through the owner's API: {@code ItemRows} and the {@code ItemAssignments}/{@code ItemAnswers} seams of
     * item, {@code AnswerFigures} and {@code Annotations} of annotation, {@code Users} of identity, {@code Organizations}
     * of tenancy.
     */
    private static final Set<Access> ALLOWED = Set.of(
            // work: the claim and the submit, the hot path (docs/architecture.md counts their round trips).
            access("work", "items", "internal/Claiming.java",
                    "the claim's CTE selects an open item, takes a slot (open_slots, state) and inserts the lease in "
                            + "one statement on purpose: one round trip, one lock order (on H2 the same steps one by "
                            + "one); the live lease is read with its item's payload in one join of the claim's second "
                            + "round trip; a claim that found nothing asks whether an ordinary slot is visible in one "
                            + "statement over items and assignments. Each split is a round trip more on the claim"),
            access("work", "items", "internal/Submitting.java",
                    "the submit reads the leased item with its lease in one join (in the submit's first round trip), "
                            + "and on PostgreSQL counts the answer on the item (done_count, state) in the CTE that "
                            + "ends the lease, so the count runs only when the lease ended (on H2 the two updates one "
                            + "after the other). Each split is a round trip more on every submit"),
            access("work", "items", "internal/OpenTasks.java",
                    "the annotator's home counts the items still open to them with the claim's own conditions "
                            + "(open items and expired leases they never held) in one query"),

            // quality: the gold pick runs inside the claim, in the claim's round trips.
            access("quality", "items", "internal/GoldQueue.java",
                    "the gold pick selects an unseen gold item with its payload in the claim, in one statement with "
                            + "its assignments test (below); the report's goldLeft reuses that statement, and a "
                            + "retried submit of a missed gold item reads the expected answer with its gold result"),
            access("quality", "assignments", "internal/GoldQueue.java",
                    "the gold pick excludes gold items the annotator was ever assigned in the statement that picks "
                            + "the item (NOT EXISTS): asking the queue first would add a round trip to the claim; and "
                            + "quality may not call work (work depends on quality)"),

            // identity: the token lookup is in front of every claim and submit whose token is not cached.
            access("identity", "organizations", "ApiTokens.java",
                    "a token's caller is read with the kind of their organization in the token's one query: the "
                            + "lookup runs before a claim or submit whenever the instance's cache misses, and a "
                            + "second query would be one more round trip there"),

            // annotation: the exports stream every item with its answers; a split would read items twice over.
            access("annotation", "items", "internal/LabelExport.java",
                    "the label export counts the items and streams them left-joined with their annotations "
                            + "in one query (millions of rows in item order, without holding them in memory)"),
            access("annotation", "items", "internal/AnswerRows.java",
                    "the training and exchange exports (trl, sft, coco, csv, parquet, label-studio, openai, helpsteer) "
                            + "stream items with their annotations in one query (as the label export)"),
            access("annotation", "items", "internal/ItemBrowser.java",
                    "not a hot path, but a join on purpose: the annotator filter's keyset step walks the annotator's "
                            + "annotations in item order (annotations_browse) joined to their items with the state "
                            + "filter, one index range scan that stops after the limit (ItemBrowserCostTests); split, "
                            + "a state filter would thin each step after the limit and the paging loop would need a "
                            + "second cursor. The plain page is built by the same pageQuery, which the cost test "
                            + "measures; the item view and the counts by state go through ItemRows"),

            // webhook: item.completed is decided in the submit's commit round trip.
            access("webhook", "items", "internal/Outbox.java",
                    "item.completed's outbox rows are written at the submit's commit by one INSERT ... SELECT over the "
                            + "project's webhooks that asks whether the answer's item is DONE (EXISTS on items): it "
                            + "travels in the commit's round trip on PostgreSQL; asking ItemRows first would be one "
                            + "round trip more on every submit of a project with webhooks, and a read on every other"),

            // Tables named at run time: each looks like any table to a text scan.
            access("tenancy", SqlTableNames.COMPUTED, "internal/TenantTables.java",
                    "organization deletion empties every tenant-owned table it finds in the database catalog"),
            access("crypto", SqlTableNames.COMPUTED, "internal/Reencryption.java",
                    "key rotation re-encrypts the EncryptedColumns their owners register; crypto knows no table"),
            access("crypto", SqlTableNames.COMPUTED, "internal/KeyRetirement.java",
                    "key retirement checks the registered EncryptedColumns for values under an old key"));

    @Test
    void everyModuleStatesWhichTablesItOwns() {
        var unstated = new ArrayList<String>();
        for (String module : modules()) {
            if (ownedBy(module) == null) {
                unstated.add(module + " (package-info.java: \"Owns the tables: a, b.\" or \"Owns no tables.\")");
            }
        }
        assertThat(unstated).as("modules whose package-info.java names no tables").isEmpty();
    }

    @Test
    void everyTableOfTheMigrationsHasExactlyOneOwningModule() {
        var owners = new TreeMap<String, List<String>>();
        for (String table : migrationTables()) {
            owners.put(table, new ArrayList<>());
        }
        var unknown = new TreeSet<String>();
        for (String module : modules()) {
            for (String table : ownedOrNone(module)) {
                if (owners.containsKey(table)) {
                    owners.get(table).add(module);
                } else {
                    unknown.add(module + ": " + table);
                }
            }
        }
        var notExactlyOne = new TreeMap<String, List<String>>();
        owners.forEach((table, modules) -> {
            if (modules.size() != 1) {
                notExactlyOne.put(table, modules);
            }
        });
        assertThat(notExactlyOne).as("tables of the migrations without exactly one owner (table -> owners)").isEmpty();
        assertThat(unknown).as("owned tables that no migration creates").isEmpty();
    }

    @Test
    void aModulesSqlNamesOnlyTablesItOwnsUnlessTheAccessIsAllowed() {
        var forbidden = new ArrayList<String>();
        for (var hit : crossModuleAccesses()) {
            if (!ALLOWED.contains(hit.access())) {
                forbidden.add(hit.access().module() + "/" + hit.access().file() + ":" + hit.line() + " names "
                        + hit.access().table() + (hit.access().table().equals(SqlTableNames.COMPUTED) ? ""
                        : " (owned by " + ownerOf(hit.access().table()) + ")"));
            }
        }
        assertThat(forbidden)
                .as("SQL naming another module's table: use the owner's public API, or add the access to "
                        + "TableOwnershipTests.ALLOWED with the reason")
                .isEmpty();
    }

    @Test
    void everyAllowedCrossModuleAccessIsStillMade() {
        var made = crossModuleAccesses().stream().map(Hit::access).toList();
        assertThat(ALLOWED.stream().filter(a -> !made.contains(a)).map(Access::toString).sorted().toList())
                .as("entries of TableOwnershipTests.ALLOWED no longer needed (remove them)")
                .isEmpty();
    }

    @Test
    void theScanFindsTablesInStringsAndTextBlocksButNotInCommentsIdentifiersOrColumns() {
        var tables = Set.of("items", "assignments", "annotations", "users");
        String source = """
                // select * from users
                /* delete from users */
                class Example {
                    String items = "items";
                    void run(Jdbc jdbc) {
                        jdbc.sql("select a.items, count(*) as annotations from assignments a where a.users = ?");
                        jdbc.sql(\"""
                                with open_items as (select id from items)
                                select 1 from open_items o
                                  join
                                    annotations n on n.item_id = o.id
                                \""");
                        jdbc.sql("update " + table + " set x = 1");
                        jdbc.sql("select 1 from users u, "
                                + "items i");
                        log("could not update the item's answer");
                    }
                }
                """;
        assertThat(SqlTableNames.in(source, tables)).extracting(SqlTableNames.Reference::table)
                .containsExactly("assignments", "items", "annotations", SqlTableNames.COMPUTED, "users", "items");
        assertThat(SqlTableNames.in(source, tables)).extracting(SqlTableNames.Reference::line)
                .containsExactly(6, 8, 11, 13, 14, 15);
    }

    private record Hit(Access access, int line) {
    }

    private static List<Hit> crossModuleAccesses() {
        var tables = migrationTables();
        var hits = new ArrayList<Hit>();
        for (String module : modules()) {
            var owned = ownedOrNone(module);
            Path root = SOURCES.resolve(module);
            for (Path file : javaFiles(root)) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                for (var reference : SqlTableNames.in(read(file), tables)) {
                    if (!owned.contains(reference.table())) {
                        hits.add(new Hit(new Access(module, reference.table(), relative), reference.line()));
                    }
                }
            }
        }
        return hits;
    }

    private static List<String> modules() {
        try (Stream<Path> entries = Files.list(SOURCES)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> ownedOrNone(String module) {
        var owned = ownedBy(module);
        return owned == null ? Set.of() : owned;
    }

    /** The tables the module's package-info.java says it owns; null when it says nothing. */
    private static Set<String> ownedBy(String module) {
        Path info = SOURCES.resolve(module).resolve("package-info.java");
        if (!Files.exists(info)) {
            return null;
        }
        // Javadoc lines start with " * "; join them so a list may wrap.
        String text = read(info).replaceAll("\\n\\s*\\*\\s?", " ");
        var owns = OWNS.matcher(text);
        if (owns.find()) {
            var tables = new TreeSet<String>();
            for (String name : owns.group(1).split(",")) {
                tables.add(name.strip().toLowerCase(Locale.ROOT));
            }
            return tables;
        }
        return OWNS_NONE.matcher(text).find() ? Set.of() : null;
    }

    private static String ownerOf(String table) {
        return modules().stream().filter(m -> ownedOrNone(m).contains(table)).findFirst().orElse("no module");
    }

    /** Every table any migration (common, h2, postgresql) creates, in lower case. */
    private static Set<String> migrationTables() {
        var tables = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                var m = CREATE_TABLE.matcher(read(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
