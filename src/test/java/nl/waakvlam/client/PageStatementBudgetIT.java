package nl.waakvlam.client;

import nl.waakvlam.coach.CoachProfileDetails;
import nl.waakvlam.coach.CoachService;
import nl.waakvlam.coach.Gender;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.NewAccount;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.DemoMode;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of every role (each list, file, entry form, dashboard, account and administration page)
 * cost the same number of SQL statements with a small and with a larger programme,
 * and stay within their budget: 15 statements, the client file 16 (it also reads the end plan), the
 * dashboard 20. The two sizes differ in everything a page lists: clients, contacts, events, goals,
 * agreements, consents and reports.
 */
@IntegrationTest
class PageStatementBudgetIT {

    static final int BUDGET = 15;
    static final int DASHBOARD_BUDGET = 20;
    static final int FILE_BUDGET = 16;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    CoachService coaches;
    @Autowired
    ClientAdmissions admissions;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPageCostsTheSameWithFewAndManyClientsAndStaysWithinItsBudget() throws Exception {
        UserSummary coach = accounts.createIfAbsent(new NewAccount("budget-coach", DemoMode.PASSWORD, "Budget Coach",
                null, null, Role.COACH, null, null));
        coaches.createProfileIfAbsent(new CoachProfileDetails(coach.id(), Gender.OTHER, List.of("Nederlands"),
                List.of(), "", 20, 200));
        UserSummary verwijzer4 = accounts.findByUsername("verwijzer4").orElseThrow();
        UserSummary referrer = accounts.createIfAbsent(new NewAccount("budget-referrer", DemoMode.PASSWORD,
                "Budget Verwijzer", null, null, Role.REFERRER, verwijzer4.organisationId(), null));
        UserSummary leader = accounts.findByUsername("projectleider").orElseThrow();

        List<Long> clients = new ArrayList<>();
        clients.addAll(addClients(3, coach, referrer, leader));
        Long client = clients.get(0);
        Long report = jdbc.queryForObject("select min(id) from progress_report where client_id = ?", Long.class, client);

        Map<String, MockHttpSession> sessions = Map.of(
                "coach", login(mvc, "budget-coach"),
                "referrer", login(mvc, "budget-referrer"),
                "leader", login(mvc, "projectleider"),
                "admin", login(mvc, "beheerder"),
                "backoffice", login(mvc, "secretariaat"));
        Long contact = jdbc.queryForObject("select max(id) from contact_moment where client_id = ?", Long.class, client);
        Long referred = jdbc.queryForObject("select min(id) from client where phase = 'REFERRED' "
                + "and anonymised_at is null", Long.class);
        Long organisation = verwijzer4.organisationId();
        Map<String, String> pages = pages(client, report, coach.id());
        pages.replaceAll((key, path) -> path.replace("{contact}", contact.toString())
                .replace("{referred}", referred.toString()).replace("{user}", referrer.id().toString())
                .replace("{organisation}", organisation.toString()));

        measure(pages, sessions); // warm-up: what an application reads once is not a page's cost
        Map<String, Long> few = measure(pages, sessions);
        clients.addAll(addClients(40, coach, referrer, leader));
        Map<String, Long> many = measure(pages, sessions);

        StringBuilder table = new StringBuilder("statements per page (3 / 43 clients):\n");
        few.forEach((page, count) -> table.append(String.format("  %-45s %3d %3d%n", page, count, many.get(page))));
        System.out.print(table);
        assertThat(many).as("statements per page with 43 clients against 3").isEqualTo(few);
        few.forEach((page, count) -> {
            int budget = page.contains("/dashboard") ? DASHBOARD_BUDGET
                    // the handover summary reads what the file shows, in the file's budget
                    : page.endsWith("/clients/{client}") || page.endsWith("/handover") ? FILE_BUDGET : BUDGET;
            assertThat(count).as(page).isLessThanOrEqualTo(budget);
        });
    }

    /** Every page a role opens, keyed "role path"; pages with ids get one of the budget programme. */
    private static Map<String, String> pages(Long client, Long report, Long coachId) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : List.of("/caseload", "/caseload?today=all", "/caseload/week", "/clients",
                "/clients?q=Budget", "/clients/{client}", "/clients/{client}/contacts/new",
                "/clients/{client}/contacts/{contact}/edit", "/clients/{client}/events/new",
                "/clients/{client}/measurements/new", "/clients/{client}/accesses", "/inbox", "/account",
                "/account/mfa", "/organisations", "/clients/{client}/handover", "/clients/{client}/stories/new")) {
            pages.put("coach " + path, path);
        }
        for (String path : List.of("/referrals", "/referrals/new", "/clients/{client}", "/reports/{report}", "/inbox",
                "/account")) {
            pages.put("referrer " + path, path);
        }
        for (String path : List.of("/dashboard", "/dashboard?coach={coach}", "/coaches", "/intake", "/clients",
                "/clients?flame=GOING_OUT", "/clients?coach={coach}&phase=ACTIVE", "/clients/{client}",
                "/clients/{client}/accesses", "/clients/{client}/access-for-need", "/clients/{client}/data-request",
                "/clients/{client}/erasure", "/intake/{referred}", "/referrals/new", "/coaches/{coach}/profile",
                "/agreements", "/organisations", "/dashboard/rounds", "/import", "/inbox", "/account",
                "/coaches/{coach}/move", "/handovers", "/clients/{client}/handover", "/dashboard/monitor",
                "/dashboard/avoided-costs", "/dashboard/stories")) {
            pages.put("leader " + path, path);
        }
        for (String path : List.of("/admin/users", "/admin/users/new", "/admin/users/{user}", "/admin/organisations",
                "/admin/organisations/new", "/admin/organisations/{organisation}", "/admin/settings",
                "/admin/instruments", "/admin/audit", "/admin/retention", "/account")) {
            pages.put("admin " + path, path);
        }
        for (String path : List.of("/backoffice", "/backoffice?q=Budget", "/backoffice/callbacks",
                "/backoffice/callbacks/new?client={client}", "/inbox", "/account")) {
            pages.put("backoffice " + path, path);
        }
        pages.replaceAll((key, path) -> path.replace("{client}", client.toString())
                .replace("{report}", report.toString()).replace("{coach}", coachId.toString()));
        return pages;
    }

    private Map<String, Long> measure(Map<String, String> pages, Map<String, MockHttpSession> sessions)
            throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            MockHttpSession session = sessions.get(page.getKey().substring(0, page.getKey().indexOf(' ')));
            StatementCounter.reset();
            mvc.perform(get(page.getValue()).session(session)).andExpect(status().isOk());
            counts.put(page.getKey(), StatementCounter.count());
            if (page.getKey().equals("coach /clients/{client}") || page.getKey().startsWith("leader /clients/")
                    && page.getValue().matches("/clients/\\d+")) {
                System.out.println("statements of " + page.getKey() + ":");
                StatementCounter.statements().forEach(sql -> System.out.println("    " + sql.replaceAll("\\s+", " ")
                        .substring(0, Math.min(150, sql.replaceAll("\\s+", " ").length()))));
            }
        }
        return counts;
    }

    /** Coached clients with a history in every section: contacts, events, goals, agreements, consents, reports. */
    private List<Long> addClients(int count, UserSummary coach, UserSummary referrer, UserSummary leader) {
        LocalDate today = LocalDate.now();
        Long track = referenceData.trackByCode("ADULTS").orElseThrow().id();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Long id = admissions.importClient(new ImportedClient(
                    new ClientIdentity("Budget" + i, "Cliënt", today.minusYears(30), null, null, null, null, null),
                    new ClientProfile(track, null, null, "Participatie", null, null, null, null),
                    referrer.id(), leader.id(), Phase.WAAKVLAM, today.minusDays(400), today.minusDays(100),
                    coach.id(), null, null, null, null)).clientId();
            ids.add(id);
            jdbc.update("insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, "
                    + "life_domain_ids, private_note, shared_note, time_kind, created_at) select ?, ?, "
                    + "now() - (g * interval '3 days'), case when g % 3 = 0 then 'NO_ANSWER' else 'REACHED' end, "
                    + "'PHONE', 'COACH', '{1,3}', 'Notitie', 'Gedeeld', 'DIRECT', now() from generate_series(1, 12) g",
                    id, coach.id());
            jdbc.update("insert into client_event (client_id, type, occurred_on, what_happened, severity, recorded_by, "
                    + "created_at) select ?, 'SIGNAL', current_date - g * 20, 'Signaal', 'MEDIUM', ?, now() "
                    + "from generate_series(1, 3) g", id, coach.id());
            jdbc.update("insert into goal (client_id, description, owner, status, created_by, created_at, updated_at) "
                    + "values (?, 'Een doel', 'CLIENT', 'OPEN', ?, now(), now())", id, coach.id());
            jdbc.update("insert into feedback_agreement (client_id, referrer_id, frequency, channel, made_on, next_due, "
                    + "updated_at) values (?, ?, 'MONTHLY', 'PHONE', current_date - 90, current_date + 5, now())",
                    id, referrer.id());
            jdbc.update("insert into consent (client_id, recipient_type, recipient_user_id, scope_reports, scope_events, "
                    + "scope_goals, obtained_how, given_on, recorded_by, created_at) values (?, 'REFERRER', ?, true, "
                    + "true, true, 'CONVERSATION', current_date - 90, ?, now())", id, referrer.id(), coach.id());
            jdbc.update("insert into progress_report (client_id, period_from, period_to, body, status, discussed_on, "
                    + "released_at, released_by, version_no, created_by, created_at) values (?, current_date - 60, "
                    + "current_date - 30, 'Het gaat goed.', 'RELEASED', current_date - 29, now(), ?, 1, ?, now())",
                    id, coach.id(), coach.id());
        }
        return ids;
    }
}
