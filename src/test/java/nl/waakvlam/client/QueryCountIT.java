package nl.waakvlam.client;

import jakarta.persistence.EntityManagerFactory;
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
import java.util.List;
import java.util.stream.IntStream;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages fetch what they show in a fixed number of statements, whatever the number of clients. */
@IntegrationTest
class QueryCountIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    AccountService accounts;

    @Autowired
    CoachService coaches;

    @Autowired
    ClientAdmissions admissions;

    @Autowired
    ReferenceData referenceData;

    long statementsFor(String path, MockHttpSession session) throws Exception {
        // every statement on the connection, Hibernate's and JdbcTemplate's alike
        StatementCounter.reset();
        mvc.perform(get(path).session(session)).andExpect(status().isOk());
        return StatementCounter.count();
    }

    void addClients(int count, Phase phase, UserSummary coach, UserSummary referrer, UserSummary leader) {
        LocalDate today = LocalDate.now();
        Long track = referenceData.trackByCode("ADULTS").orElseThrow().id();
        for (int i = 0; i < count; i++) {
            admissions.importClient(new ImportedClient(
                    new ClientIdentity("Bench" + i, "Cliënt" + phase, today.minusYears(30), null, null, null, null,
                            null),
                    new ClientProfile(track, null, null, "Participatie", null, null, null, null),
                    referrer.id(), leader.id(), phase, today.minusDays(30), today.minusDays(phase == Phase.REFERRED
                    ? 30 : 5), coach == null ? null : coach.id(), null, null, null, null));
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    void addContacts(Long clientId, Long coachId, int count) {
        jdbc.batchUpdate("insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, "
                        + "life_domain_ids, private_note, time_kind, created_at) values (?, ?, now() - (? * interval '1 hour'), "
                        + "?, 'PHONE', 'COACH', '{1,3}', 'Notitie', 'DIRECT', now())",
                IntStream.range(0, count).mapToObj(i -> new Object[]{clientId, coachId, i + 1,
                        i % 3 == 0 ? "NO_ANSWER" : "REACHED"}).toList());
    }

    @Test
    void theClientFileCostsTheSameWith10And2000Contacts() throws Exception {
        Long coach = accounts.findByUsername("coach2").orElseThrow().id();
        Long client = jdbc.queryForObject("select min(id) from client where coach_id = ? and phase = 'INTENSIVE'",
                Long.class, coach);
        jdbc.update("update contact_moment set deleted_at = now(), delete_reason = 'benchmark reset' "
                + "where client_id = ? and deleted_at is null", client);
        MockHttpSession session = login(mvc, "coach2");
        addContacts(client, coach, 10);
        // warm-up: reference data cached once per application (life domains, instruments) is not per-page cost
        statementsFor("/clients/" + client, session);
        long with10 = statementsFor("/clients/" + client, session);
        long filteredWith10 = statementsFor("/clients/" + client + "?outcome=REACHED&domain=1", session);
        addContacts(client, coach, 1990);
        long with2000 = statementsFor("/clients/" + client, session);
        long filteredWith2000 = statementsFor("/clients/" + client + "?outcome=REACHED&domain=1", session);
        long caseload = statementsFor("/caseload", session);
        System.out.printf("statements: client file %d/%d, filtered %d/%d (10/2000 contacts); caseload %d%n",
                with10, with2000, filteredWith10, filteredWith2000, caseload);
        assertThat(with2000).isEqualTo(with10).isLessThanOrEqualTo(26);
        assertThat(filteredWith2000).isEqualTo(filteredWith10);
        // the file and its audit record in one transaction, every section's reads in one more (there
        // were twelve: a commit per section and timeline source)
        statementsFor("/clients/" + client, session);
        assertThat(StatementCounter.transactions()).as("transactions of one file view").isLessThanOrEqualTo(2);
    }

    @Test
    void caseloadAndIntakeCostTheSameWith5And200Clients() throws Exception {
        UserSummary coach = accounts.createIfAbsent(new NewAccount("bench-coach", DemoMode.PASSWORD, "Bench Coach",
                null, null, Role.COACH, null, null));
        coaches.createProfileIfAbsent(new CoachProfileDetails(coach.id(), Gender.OTHER, List.of("Nederlands"),
                List.of(), "", 20, 200));
        UserSummary referrer = accounts.findByUsername("verwijzer4").orElseThrow();
        UserSummary leader = accounts.findByUsername("projectleider").orElseThrow();
        MockHttpSession coachSession = login(mvc, "bench-coach");
        MockHttpSession leaderSession = login(mvc, "projectleider");

        addClients(5, Phase.INTENSIVE, coach, referrer, leader);
        addClients(5, Phase.REFERRED, null, referrer, leader);
        statementsFor("/caseload", coachSession); // warm-up, as on the client file
        long caseloadWith5 = statementsFor("/caseload", coachSession);
        long searchWith5 = statementsFor("/caseload?phase=ALL&track=" + referenceData.trackByCode("ADULTS").orElseThrow().id(),
                coachSession);
        statementsFor("/intake", leaderSession); // warm-up: the accounts it names are read once, then kept
        long intakeWith5 = statementsFor("/intake", leaderSession);
        statementsFor("/coaches", leaderSession); // warm-up: the coaches' accounts are read once, then kept
        long coachesWith5 = statementsFor("/coaches", leaderSession);
        String programmeList = "/clients?q=Bench&phase=INTENSIVE&coach=" + coach.id();
        statementsFor(programmeList, leaderSession);
        long listWith5 = statementsFor(programmeList, leaderSession);
        long flameListWith5 = statementsFor("/clients?flame=GOING_OUT&coach=" + coach.id(), leaderSession);
        long ownListWith5 = statementsFor("/clients?q=Bench", coachSession);

        addClients(195, Phase.INTENSIVE, coach, referrer, leader);
        addClients(195, Phase.REFERRED, null, referrer, leader);
        long caseloadWith200 = statementsFor("/caseload", coachSession);
        long searchWith200 = statementsFor("/caseload?phase=ALL&track=" + referenceData.trackByCode("ADULTS").orElseThrow().id(),
                coachSession);
        long intakeWith200 = statementsFor("/intake", leaderSession);
        long coachesWith200 = statementsFor("/coaches", leaderSession);
        long listWith200 = statementsFor(programmeList, leaderSession);
        long flameListWith200 = statementsFor("/clients?flame=GOING_OUT&coach=" + coach.id(), leaderSession);
        long ownListWith200 = statementsFor("/clients?q=Bench", coachSession);

        System.out.printf("statements: caseload %d/%d, filtered %d/%d, intake %d/%d, coaches %d/%d (5/200 clients)%n",
                caseloadWith5, caseloadWith200, searchWith5, searchWith200, intakeWith5, intakeWith200,
                coachesWith5, coachesWith200);
        assertThat(caseloadWith200).isEqualTo(caseloadWith5).isLessThanOrEqualTo(15);
        assertThat(searchWith200).isEqualTo(searchWith5);
        assertThat(intakeWith200).isEqualTo(intakeWith5).isLessThanOrEqualTo(8);
        assertThat(coachesWith200).isEqualTo(coachesWith5).isLessThanOrEqualTo(8);
        System.out.printf("statements: /clients search %d/%d, flame %d/%d, coach's own %d/%d (5/200 clients)%n",
                listWith5, listWith200, flameListWith5, flameListWith200, ownListWith5, ownListWith200);
        assertThat(listWith200).isEqualTo(listWith5).isLessThanOrEqualTo(10);
        assertThat(flameListWith200).isEqualTo(flameListWith5).isLessThanOrEqualTo(10);
        assertThat(ownListWith200).isEqualTo(ownListWith5).isLessThanOrEqualTo(10);
    }
}
