package nl.waakvlam.architecture;

import nl.waakvlam.architecture.SqlOwnershipChecker.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/** The checker on small source trees: what it reads as SQL, which names it resolves, what it reports. */
class SqlOwnershipCheckerTests {

    private static final Map<String, Set<String>> OWNERSHIP = Map.of(
            "client", Set.of("client", "assignment", "v_client_metadata"),
            "contact", Set.of("contact_moment"),
            "dashboard", Set.of());

    @TempDir
    Path root;

    @Test
    void passesWhenAModuleNamesOnlyItsOwnTablesAndEntities() throws IOException {
        source("contact", "ContactMoment", """
                @Entity
                @Table(name = "contact_moment")
                class ContactMoment {
                }
                """);
        source("contact", "ContactRepository", """
                interface ContactRepository {
                    @Query("select c from ContactMoment c where c.clientId = :clientId")
                    List<ContactMoment> forClient(Long clientId);

                    @Query(value = "select * from contact_moment where client_id = :clientId order by occurred_at, id",
                            nativeQuery = true)
                    List<ContactMoment> nativeForClient(Long clientId);

                    @Modifying
                    @Query(value = "insert into contact_moment (id, client_id) values (:id, :clientId) "
                            + "on conflict do nothing", nativeQuery = true)
                    void insert(Long id, Long clientId);

                    @Modifying
                    @Query("update ContactMoment c set c.deletedAt = :at where c.id = :id")
                    void delete(Long id, Instant at);
                }
                """);

        assertThat(check()).isEmpty();
    }

    @Test
    void reportsAForeignTableInATextBlockOnItsOwnLine() throws IOException {
        source("dashboard", "Figures", """
                class Figures {
                    String sql = \"""
                            select count(*)
                            from contact_moment m
                            where m.deleted_at is null
                            \""";
                }
                """);

        assertThat(check()).singleElement().hasToString("dashboard/Figures.java:6 names contact_moment (owned by contact)")
                .satisfies(v -> assertThat(v.kind()).isEqualTo(Violation.FOREIGN_TABLE));
    }

    @Test
    void reportsAForeignTableInConcatenatedLiterals() throws IOException {
        source("contact", "Contacts", """
                class Contacts {
                    void query(JdbcTemplate jdbc) {
                        jdbc.queryForList("select m.id from contact_moment m\\n"
                                + "where m.client_id in (select c.id\\nfrom client c)");
                    }
                }
                """);

        assertThat(check()).extracting(Violation::module, Violation::line, Violation::relation, Violation::owner)
                .containsExactly(tuple("contact", 6, "client", "client"));
    }

    @Test
    void skipsDynamicPartsButChecksTheLiteralsAroundThem() throws IOException {
        source("contact", "Contacts", """
                class Contacts {
                    static final String FILTER = " m.deleted_at is null ";

                    void query(JdbcTemplate jdbc, String table) {
                        jdbc.queryForList("select count(*) from " + table);
                        jdbc.queryForList("select count(*) from %s where id = ?".formatted(table), 1);
                        jdbc.queryForList("select m.id from contact_moment m where" + FILTER
                                + "and exists (select 1 from assignment a where a.client_id = m.client_id)");
                    }
                }
                """);

        assertThat(check()).extracting(Violation::relation, Violation::owner).containsExactly(tuple("assignment", "client"));
    }

    @Test
    void reportsAForeignEntityInJpqlAndForeignTablesInNativeQueries() throws IOException {
        source("client", "Client", """
                @Entity
                @Table(name = "client")
                class Client {
                }
                """);
        source("contact", "ContactRepository", """
                interface ContactRepository {
                    @Query("select c from Client c where c.id = :id")
                    Optional<Object> client(Long id);

                    @Query(value = "select count(*) from assignment where client_id = :id", nativeQuery = true)
                    long assignments(Long id);

                    @NativeQuery("select * from client where id = :id")
                    Object nativeClient(Long id);
                }
                """);

        assertThat(check()).extracting(Violation::relation, Violation::owner, Violation::kind).containsExactly(
                tuple("Client", "client", Violation.FOREIGN_ENTITY),
                tuple("assignment", "client", Violation.FOREIGN_TABLE),
                tuple("client", "client", Violation.FOREIGN_TABLE));
    }

    @Test
    void reportsAForeignTableInAJoin() throws IOException {
        source("contact", "Contacts", """
                class Contacts {
                    List<Long> ids(JdbcTemplate jdbc) {
                        return jdbc.queryForList("select m.id from contact_moment m left outer join client c on c.id = m.client_id",
                                Long.class);
                    }
                }
                """);

        assertThat(check()).extracting(Violation::relation).containsExactly("client");
    }

    @Test
    void reportsEveryRelationOfACommaSeparatedFromList() throws IOException {
        source("contact", "ContactMoment", """
                @Entity
                @Table(name = "contact_moment")
                class ContactMoment {
                }
                """);
        source("contact", "Contacts", """
                class Contacts {
                    String sql = "select m.id from contact_moment m, client c, (select 1) x, assignment a where c.id = m.client_id";
                    String jpql = "select m from ContactMoment m, Client c where c.id = m.clientId";
                }
                """);

        assertThat(check()).extracting(Violation::relation)
                .containsExactly("client", "assignment", "Client");
    }

    @Test
    void reportsForeignTablesInWrites() throws IOException {
        source("dashboard", "Writes", """
                class Writes {
                    String insert = "INSERT INTO client (id) VALUES (?) ON CONFLICT (id) DO UPDATE SET id = excluded.id";
                    String update = "update assignment a set ended_on = ? where a.id = ?";
                    String delete = "delete from contact_moment where id = ?";
                }
                """);

        assertThat(check()).extracting(Violation::relation).containsExactly("client", "assignment", "contact_moment");
    }

    @Test
    void allowsAnotherModulesPublishedView() throws IOException {
        source("dashboard", "Figures", """
                class Figures {
                    String sql = "select m.phase, count(*) from v_client_metadata m group by m.phase";
                }
                """);

        assertThat(check()).isEmpty();
    }

    @Test
    void ignoresCteNamesSetReturningFunctionsAndFromInsideExpressions() throws IOException {
        source("contact", "Weeks", """
                class Weeks {
                    String sql = \"""
                            with weeks as (select generate_series(:from, :to, interval '1 week') as week),
                                 reached (week, n) as (select date_trunc('week', occurred_at), count(*),
                                                              max(extract(epoch from occurred_at)), trim(both from note)
                                                       from contact_moment group by 1)
                            select w.week, coalesce(r.n, 0)
                            from weeks w left join reached r on r.week = w.week
                            cross join lateral unnest(array[1, 2]) as x(i), generate_series(1, 3) g
                            where w.week is distinct from last_week and w.week <> :from -- from nowhere
                            \""";
                }
                """);

        assertThat(check()).isEmpty();
    }

    @Test
    void ignoresJpqlPathJoinsAndSystemCatalogs() throws IOException {
        source("client", "Client", """
                @Entity
                @Table(name = "client")
                class Client {
                }
                """);
        source("client", "Queries", """
                class Queries {
                    String jpql = "select c from Client c join c.assignments a left join fetch c.phases p";
                    String exists = "select 1 from pg_database where datname = ?";
                    String columns = "select column_name from information_schema.columns c join pg_catalog.pg_class k on true";
                }
                """);

        assertThat(check()).isEmpty();
    }

    @Test
    void reportsARelationNoModuleOwns() throws IOException {
        source("contact", "Contacts", """
                class Contacts {
                    String sql = "select * from contact_moment m join contact_attachment a on a.contact_id = m.id";
                }
                """);

        assertThat(check()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.UNKNOWN_RELATION);
            assertThat(v.owner()).isNull();
            assertThat(v).hasToString("contact/Contacts.java:4 names contact_attachment (unknown relation: give it an owner)");
        });
    }

    @Test
    void doesNotReadViewNamesMessageKeysLogTextOrCommentsAsSql() throws IOException {
        source("dashboard", "Controller", """
                class Controller {
                    String view() {
                        return "client/file";
                    }

                    String key = "select.coach";
                    String path = "/clients/" + 1 + "/contacts/delete";

                    void log(Logger log, int n) {
                        log.info("Could not select {} clients from the import", n);
                        throw new IllegalStateException("Select a coach from the list.");
                    }

                    // jdbc.query("select * from client")
                    /** Reads {@code select * from client join assignment}. */
                    char quote = '"';
                }
                """);

        assertThat(check()).isEmpty();
    }

    @Test
    void anEntityTableBelongsToTheEntitysModule() throws IOException {
        source("contact", "ContactNote", """
                @Entity
                @Table(name = "contact_note")
                class ContactNote {
                }
                """);
        source("contact", "Notes", """
                class Notes {
                    String sql = "select * from contact_note";
                }
                """);
        source("dashboard", "Notes", """
                class Notes {
                    String sql = "select * from contact_note";
                    String jpql = "select n from ContactNote n";
                }
                """);

        assertThat(check()).extracting(Violation::module, Violation::relation, Violation::owner, Violation::kind)
                .containsExactly(tuple("dashboard", "contact_note", "contact", Violation.FOREIGN_TABLE),
                        tuple("dashboard", "ContactNote", "contact", Violation.FOREIGN_ENTITY));
    }

    @Test
    void reportsAnEntityMappingAnotherModulesTable() throws IOException {
        source("dashboard", "ClientCopy", """
                @Entity
                @Table(name = "client")
                class ClientCopy {
                }
                """);

        assertThat(check()).singleElement()
                .hasToString("dashboard/ClientCopy.java:4 maps client (owned by client)")
                .satisfies(v -> assertThat(v.kind()).isEqualTo(Violation.MAPS_FOREIGN_TABLE));
    }

    @Test
    void refusesATableOwnedByTwoModules() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SqlOwnershipChecker(Map.of(
                "client", Set.of("client"), "contact", Set.of("client"))));
    }

    /** Writes {@code nl/waakvlam/<module>/<name>.java}: a package line, an empty line, then {@code body}. */
    private void source(String module, String name, String body) throws IOException {
        Path directory = Files.createDirectories(root.resolve("nl/waakvlam").resolve(module));
        Files.writeString(directory.resolve(name + ".java"), "package nl.waakvlam." + module + ";\n\n" + body);
    }

    private List<Violation> check() throws IOException {
        return new SqlOwnershipChecker(OWNERSHIP).check(root);
    }
}
