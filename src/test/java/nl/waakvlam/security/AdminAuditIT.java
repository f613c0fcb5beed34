package nl.waakvlam.security;

import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.StatementCounter;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's audit view: filters, users by name, access for need highlighted, the CSV
 * export (itself audited), and keyset paging that costs the same on a later page as on the first.
 */
@IntegrationTest
class AdminAuditIT {

    static final Pattern OLDER = Pattern.compile("href=\"(/admin/audit\\?[^\"]*beforeId=[0-9]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    TestPeople people;

    UserSummary actorWithRows(int rows, Instant newest) {
        UserSummary actor = people.coach();
        for (int i = 0; i < rows; i++) {
            jdbc.update("insert into audit_event (occurred_at, user_id, username, role, action, client_id, entity, "
                            + "entity_id, outcome, source_address, detail) values (?, ?, ?, 'COACH', ?, ?, 'client', ?, ?, "
                            + "'10.0.0.1', ?)",
                    Timestamp.from(newest.minus(i, ChronoUnit.HOURS)), actor.id(), actor.username(),
                    i == 3 ? "ACCESS_FOR_NEED" : "VIEW", 900_000L + i % 7, 900_000L + i % 7, i % 10 == 0 ? "DENIED" : "ALLOWED",
                    i == 3 ? "CALAMITY: De cliënt ligt in het ziekenhuis" : null);
        }
        return actor;
    }

    String page(MockHttpSession admin, String url) throws Exception {
        return mvc.perform(get(url).session(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void filtersShowUsersByNameAndHighlightAccessForNeed() throws Exception {
        UserSummary actor = actorWithRows(30, Instant.now());
        MockHttpSession admin = login(mvc, "beheerder");

        String byUser = page(admin, "/admin/audit?user=" + actor.username());
        assertThat(byUser).contains(HtmlUtils.htmlEscape(actor.displayName())).contains("(" + actor.username() + ")")
                .contains("Toegang bij nood").contains("table-danger")
                // the category, never the written reason: it may describe the client
                .contains("Calamiteit").doesNotContain("ziekenhuis");
        assertThat(count(byUser, "<tr")).as("header + 30 rows").isEqualTo(31);

        assertThat(count(page(admin, "/admin/audit?user=" + actor.username() + "&outcome=DENIED"), "<tr"))
                .isEqualTo(1 + 3);
        assertThat(count(page(admin, "/admin/audit?user=" + actor.username() + "&action=ACCESS_FOR_NEED"), "<tr"))
                .isEqualTo(1 + 1);
        assertThat(count(page(admin, "/admin/audit?user=" + actor.username() + "&client=900001"), "<tr"))
                .isEqualTo(1 + 5);
        String today = java.time.LocalDate.now(AuditTrailQueries.ZONE).toString();
        assertThat(page(admin, "/admin/audit?user=" + actor.username() + "&from=2000-01-01&to=2000-12-31"))
                .contains("Geen regels gevonden.");
        assertThat(page(admin, "/admin/audit?from=" + today + "&to=" + today + "&user=" + actor.username()))
                .contains(actor.username());
        // bad filters come back with a message, never a server error
        assertThat(page(admin, "/admin/audit?client=abc&from=gisteren&action=NOPE"))
                .contains("Vul een cliëntnummer in").contains("Vul een geldige datum in.");
    }

    @Test
    void theExportHoldsTheSelectionAndIsItselfAudited() throws Exception {
        UserSummary actor = actorWithRows(12, Instant.now());
        MockHttpSession admin = login(mvc, "beheerder");
        long exports = jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' "
                + "and entity = 'audit_event' and username = 'beheerder'", Long.class);

        var response = mvc.perform(get("/admin/audit.csv").param("user", actor.username()).session(admin))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("text/csv");
        String csv = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).as("header + 12 rows").isEqualTo(13);
        assertThat(csv).as("Dutch Excel: a byte-order mark, semicolons").startsWith("\uFEFF");
        assertThat(csv.lines().findFirst().orElseThrow().split(";")).hasSize(10);
        assertThat(csv).contains(actor.displayName()).contains("Toegang bij nood").doesNotContain("ACCESS_FOR_NEED")
                .doesNotContain("access_for_need");
        assertThat(csv).as("local time, not UTC").doesNotContainPattern("\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' "
                + "and entity = 'audit_event' and username = 'beheerder'", Long.class)).isEqualTo(exports + 1);
    }

    @Test
    void keysetPagingCostsTheSameStatementsOnALaterPage() throws Exception {
        UserSummary actor = actorWithRows(160, Instant.now().minus(3, ChronoUnit.DAYS));
        MockHttpSession admin = login(mvc, "beheerder");
        String first = "/admin/audit?user=" + actor.username();
        page(admin, first);

        StatementCounter.reset();
        String firstPage = page(admin, first);
        long firstCount = StatementCounter.count();

        String second = olderLink(firstPage);
        String secondPage = page(admin, second);
        String third = olderLink(secondPage);
        StatementCounter.reset();
        String thirdPage = page(admin, third);
        long thirdCount = StatementCounter.count();

        assertThat(thirdCount).isEqualTo(firstCount);
        assertThat(count(firstPage, "<tr")).isEqualTo(1 + 50);
        assertThat(count(thirdPage, "<tr")).isEqualTo(1 + 50);
        String fourthPage = page(admin, olderLink(thirdPage));
        assertThat(count(fourthPage, "<tr")).as("the last 10 of 160").isEqualTo(1 + 10);
        assertThat(fourthPage).doesNotContain("beforeId=");
        assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'ix_audit_event_time'",
                Long.class)).isOne();
    }

    static String olderLink(String html) {
        Matcher m = OLDER.matcher(html);
        assertThat(m.find()).as("a link to older rows").isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    static int count(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void everyPartNamedInTheAuditTrailHasWordsInBothLanguages() {
        // what the application wrote so far on this database (every test in this run shares it),
        // and the parts that only the data request, the access overview and access for need write
        List<String> entities = new java.util.ArrayList<>(jdbc.queryForList(
                "select distinct entity from audit_event where entity is not null", String.class));
        entities.addAll(List.of("client_data", "access_overview", "access_for_need", "client", "contact", "report",
                "planAction", "warningSign", "mandate", "goal", "measurement", "consent", "agreement", "event",
                "end_plan", "referral", "client_account", "handover"));
        for (String entity : entities) {
            for (java.util.Locale locale : List.of(java.util.Locale.forLanguageTag("nl"), java.util.Locale.ENGLISH)) {
                assertThat(messages.getMessage("auditEntity." + entity, null, null, locale)).as(entity + " " + locale)
                        .isNotBlank();
            }
        }
    }
}
