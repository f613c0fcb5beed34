package nl.waakvlam.portal;

import nl.waakvlam.client.ClientAccounts;
import nl.waakvlam.contact.ContactDetails;
import nl.waakvlam.contact.ContactOutcome;
import nl.waakvlam.contact.ContactService;
import nl.waakvlam.contact.ContactType;
import nl.waakvlam.contact.InitiatedBy;
import nl.waakvlam.contact.TimeKind;
import nl.waakvlam.escalation.EventService;
import nl.waakvlam.goal.GoalOwner;
import nl.waakvlam.goal.GoalService;
import nl.waakvlam.goal.GoalStatus;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.sharing.ReportService;
import nl.waakvlam.support.AppRoutes;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mijn Waakvlam: the coach invites the client from the file, the client chooses a password and sees
 * their own goals, early-warning plan and released reports, never a working note, a draft or another
 * client's report; every other route is refused; closing the account or ending the trajectory ends the
 * client's next request.
 */
@IntegrationTest
class ClientPortalIT {

    static final String PASSWORD = "drie woorden zijn genoeg";
    /** The client's own pages and the pages every signed-in user has. */
    static final List<String> OWN = List.of("/mijn", "/account", "/mfa", "/");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @Autowired
    GoalService goals;

    @Autowired
    EventService events;

    @Autowired
    ContactService contacts;

    @Autowired
    ReportService reports;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    nl.waakvlam.client.ClientRetention retention;

    @Autowired
    ClientAccounts clientAccounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theClientSeesTheirOwnFileAndNothingElse() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UserSummary coach = people.coach();
        UserSummary referrer = people.referrer();
        Long client = people.coachedClient(coach, referrer, people.projectLeader());
        Long other = people.coachedClient(coach, referrer, people.projectLeader());
        Long finances = referenceData.lifeDomainIdsByCode().get("FINANCES");
        goals.importGoal(client, "Ik wil zelf mijn huur betalen " + tag, finances, GoalOwner.CLIENT, GoalStatus.OPEN,
                LocalDate.now().plusMonths(3), coach.id());
        events.importWarningSign(client, "Ik blijf in bed liggen " + tag, "Ik bel mijn coach", "ikzelf", coach.id(),
                Instant.now());
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        contacts.importContact(client, coach.id(), new ContactDetails(yesterday, ContactOutcome.REACHED,
                ContactType.HOME_VISIT, InitiatedBy.COACH, 30, Set.of(), "Werkaantekening kanarie " + tag,
                "Gedeelde notitie kanarie " + tag, null, null, false, false, TimeKind.DIRECT, Set.of()), yesterday);
        Long released = reports.importReleased(client, coach.id(), LocalDate.now().minusMonths(3),
                LocalDate.now().minusDays(1), "Het gaat goed met wonen " + tag, LocalDate.now().minusDays(1));
        Long othersReport = reports.importReleased(other, coach.id(), LocalDate.now().minusMonths(3),
                LocalDate.now().minusDays(1), "Verslag over een ander " + tag, LocalDate.now().minusDays(1));

        // the coach invites the client from the file: a QR code with a link that works once
        MockHttpSession coachSession = login(mvc, coach.username());
        var invited = mvc.perform(post("/clients/{id}/client-account", client).with(csrf()).session(coachSession))
                .andExpect(status().isOk()).andReturn();
        ClientAccounts.Invitation invitation = (ClientAccounts.Invitation) invited.getModelAndView().getModel()
                .get("invitation");
        assertThat(invited.getResponse().getContentAsString()).contains("<svg")
                .contains("/invitation/" + invitation.token());
        // shown once: the page opened again has no link, only that the client has an account
        assertThat(mvc.perform(get("/clients/{id}/client-account", client).session(coachSession))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .doesNotContain(invitation.token()).contains(invitation.username());
        // nobody else invites: the referrer and the project leader are refused
        mvc.perform(post("/clients/{id}/client-account", client).with(csrf()).session(login(mvc, "projectleider")))
                .andExpect(status().isNotFound());

        mvc.perform(post("/invitation/{token}", invitation.token()).with(csrf()).param("password", PASSWORD)
                .param("repeat", PASSWORD)).andExpect(status().is3xxRedirection());
        MockHttpSession mine = login(mvc, invitation.username(), PASSWORD);
        mvc.perform(get("/").session(mine)).andExpect(redirectedUrl("/mijn"));
        // the client may add the same second factor as staff, and change the password
        mvc.perform(get("/account/mfa").session(mine)).andExpect(status().isOk());
        mvc.perform(get("/account").session(mine)).andExpect(status().isOk());
        String home = mvc.perform(get("/mijn").session(mine)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("Ik wil zelf mijn huur betalen " + tag).contains("Ik blijf in bed liggen " + tag)
                .contains("/mijn/verslagen/" + released).contains("Je coach is Test.")
                .doesNotContain("kanarie").doesNotContain("/inbox").doesNotContain(coach.username());
        assertThat(mvc.perform(get("/mijn/verslagen/{id}", released).session(mine)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Het gaat goed met wonen " + tag);
        mvc.perform(get("/mijn/verslagen/{id}", othersReport).session(mine)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where user_id = (select id from "
                + "user_account where username = ?) and action = 'VIEW' and client_id = ?", Integer.class,
                invitation.username(), client)).isGreaterThanOrEqualTo(2);
        // who looked: the coach by name, and the client's own views as "jij zelf"
        assertThat(mvc.perform(get("/mijn/wie-keek").session(mine)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Jij zelf").contains(coach.displayName())
                .contains("keek in je dossier");

        // an account in use is the client's: no new link for the coach, and nothing for the administrator
        mvc.perform(post("/clients/{id}/client-account", client).with(csrf()).session(coachSession))
                .andExpect(redirectedUrl("/clients/" + client + "/client-account"))
                .andExpect(result -> assertThat(result.getFlashMap().get("flashError"))
                        .isEqualTo("clientAccount.inUseRefused"));
        Long clientUser = jdbc.queryForObject("select id from user_account where username = ?", Long.class,
                invitation.username());
        MockHttpSession admin = login(mvc, "beheerder");
        mvc.perform(get("/admin/users/{id}", clientUser).session(admin)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/admin/users").param("q", invitation.username()).session(admin)).andReturn()
                .getResponse().getContentAsString()).doesNotContain("/admin/users/" + clientUser + "\"");

        // a draft the coach wants to discuss: the client says what is not right, the coach reads it before release
        String draftLocation = mvc.perform(post("/clients/{id}/reports", client).with(csrf()).session(coachSession))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long draft = Long.valueOf(draftLocation.substring(draftLocation.lastIndexOf('/') + 1));
        mvc.perform(get("/mijn/concept/{id}", draft).session(mine)).andExpect(status().isNotFound());
        mvc.perform(post("/reports/{id}/ask-client", draft).with(csrf()).session(coachSession))
                .andExpect(redirectedUrl("/reports/" + draft));
        assertThat(mvc.perform(get("/mijn").session(mine)).andReturn().getResponse().getContentAsString())
                .contains("Een verslag om te bespreken").contains("/mijn/concept/" + draft);
        mvc.perform(get("/mijn/concept/{id}", draft).session(mine)).andExpect(status().isOk());
        assertThat(mvc.perform(post("/mijn/concept/{id}", draft).with(csrf()).session(mine).param("agreed", "false")
                        .param("note", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Schrijf wat er niet klopt.");
        mvc.perform(post("/mijn/concept/{id}", draft).with(csrf()).session(mine).param("agreed", "false")
                .param("note", "Ik ga niet meer naar school " + tag)).andExpect(redirectedUrl("/mijn"));
        assertThat(mvc.perform(get("/reports/{id}", draft).session(coachSession)).andReturn().getResponse()
                .getContentAsString()).contains("De cliënt zegt dat het niet klopt:")
                .contains("Ik ga niet meer naar school " + tag);
        mvc.perform(post("/mijn/concept/{id}", othersReport).with(csrf()).session(mine).param("agreed", "true"))
                .andExpect(status().isNotFound());

        // my data: the file in words, without the working notes and the draft
        byte[] zip = mvc.perform(get("/mijn/mijn-gegevens.zip").session(mine)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        StringBuilder texts = new StringBuilder();
        try (var entries = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().endsWith(".csv")) {
                    texts.append(new String(entries.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(texts.toString()).contains("Ik wil zelf mijn huur betalen " + tag)
                .contains("Gedeelde notitie kanarie " + tag).doesNotContain("Werkaantekening kanarie")
                .doesNotContain("Ik ga niet meer naar school");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action = 'EXPORT' "
                + "and user_id = (select id from user_account where username = ?)", Integer.class, client,
                invitation.username())).isOne();

        // who may see what, and a question to the coach to change it (too long: kept and explained)
        assertThat(mvc.perform(get("/mijn/toestemming").session(mine)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Wie mag wat zien");
        String tooLong = "x".repeat(600);
        assertThat(mvc.perform(post("/mijn/toestemming").with(csrf()).session(mine).param("question", tooLong))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Dit is te lang.").contains(tooLong);
        mvc.perform(post("/mijn/toestemming").with(csrf()).session(mine)
                        .param("question", "Mijn school mag de verslagen niet meer lezen " + tag))
                .andExpect(redirectedUrl("/mijn/toestemming"));
        assertThat(jdbc.queryForList("select detail from notification where user_id = ? and type = 'CLIENT_REQUEST' "
                + "and client_id = ?", String.class, coach.id(), client))
                .containsExactly("Mijn school mag de verslagen niet meer lezen " + tag);

        // every route outside its own pages is refused
        Map<String, String> ids = AppRoutes.realIds(jdbc);
        ids.put("id", other.toString());
        List<String> reached = new ArrayList<>();
        List<String> others = AppRoutes.getPathsOutside(mappings, ids, OWN);
        for (String path : others) {
            int status = mvc.perform(get(path).session(mine)).andReturn().getResponse().getStatus();
            if (status != 403 && status != 404) {
                reached.add(path + " → " + status);
            }
        }
        assertThat(others.size()).isGreaterThan(40);
        assertThat(reached).as("routes a client's own account reaches").isEmpty();
        for (String staff : List.of("coach1", "verwijzer1", "projectleider", "beheerder", "secretariaat")) {
            mvc.perform(get("/mijn").session(login(mvc, staff))).andExpect(status().isForbidden());
        }

        // the coach closes the account: the client's next request is signed out
        mvc.perform(post("/clients/{id}/client-account/close", client).with(csrf()).session(coachSession))
                .andExpect(status().is3xxRedirection());
        int after = mvc.perform(get("/mijn").session(mine)).andReturn().getResponse().getStatus();
        assertThat(after).isIn(302, 404);
        // and it cannot sign in again; a new invitation makes a new account beside the closed one
        ClientAccounts.Invitation again = (ClientAccounts.Invitation) mvc.perform(
                        post("/clients/{id}/client-account", client).with(csrf()).session(coachSession))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("invitation");
        assertThat(again.username()).isNotEqualTo(invitation.username());
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                        .formLogin("/login").user(invitation.username()).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void endingTheTrajectoryClosesTheClientsAccount() throws Exception {
        UserSummary coach = people.coach();
        Long client = people.coachedClient(coach, people.referrer(), people.projectLeader());
        MockHttpSession coachSession = login(mvc, coach.username());
        ClientAccounts.Invitation invitation = (ClientAccounts.Invitation) mvc.perform(
                        post("/clients/{id}/client-account", client).with(csrf()).session(coachSession))
                .andReturn().getModelAndView().getModel().get("invitation");
        mvc.perform(post("/invitation/{token}", invitation.token()).with(csrf()).param("password", PASSWORD)
                .param("repeat", PASSWORD)).andExpect(status().is3xxRedirection());
        MockHttpSession mine = login(mvc, invitation.username(), PASSWORD);
        mvc.perform(get("/mijn").session(mine)).andExpect(status().isOk());

        String endReason = jdbc.queryForObject("select min(code) from end_reason where active", String.class);
        long version = jdbc.queryForObject("select version from client where id = ?", Long.class, client);
        mvc.perform(post("/clients/{id}/phase", client).with(csrf()).session(coachSession)
                        .param("version", String.valueOf(version)).param("target", "ENDED")
                        .param("on", LocalDate.now().toString()).param("endReason", endReason)
                        .param("aftercare", "Wijkteam Noord").param("endWithoutPlan", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select phase from client where id = ?", String.class, client))
                .isEqualTo("ENDED");
        assertThat(mvc.perform(get("/mijn").session(mine)).andReturn().getResponse().getStatus()).isNotEqualTo(200);
        assertThat(jdbc.queryForObject("select closed_at is not null from client_account where client_id = ?",
                Boolean.class, client)).isTrue();
    }

    /** An approved erasure (or the retention period) anonymises the file: the client's next request ends. */
    @Test
    void erasingTheFileEndsTheClientsNextRequest() throws Exception {
        UserSummary coach = people.coach();
        Long client = people.coachedClient(coach, people.referrer(), people.projectLeader());
        String username = "gewist-" + UUID.randomUUID().toString().substring(0, 6);
        clientAccounts.importAccount(client, username, PASSWORD, coach.id());
        MockHttpSession mine = login(mvc, username, PASSWORD);
        mvc.perform(get("/mijn").session(mine)).andExpect(status().isOk());
        assertThat(retention.anonymise(client)).isTrue();
        assertThat(mvc.perform(get("/mijn").session(mine)).andReturn().getResponse().getStatus()).isNotEqualTo(200);
        assertThat(jdbc.queryForObject("select closed_at is not null from client_account where client_id = ?",
                Boolean.class, client)).isTrue();
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aGuardianSeesTheClientsViewOnARecordedBasisAndTheClientSeesWhoHasIt() throws Exception {
        UserSummary coach = people.coach();
        Long client = people.coachedClient(coach, people.referrer(), people.projectLeader());
        goals.importGoal(client, "Een vaste dag voor de rekeningen", referenceData.lifeDomainIdsByCode().get("FINANCES"),
                GoalOwner.CLIENT, GoalStatus.OPEN, LocalDate.now().plusMonths(3), coach.id());
        MockHttpSession coachSession = login(mvc, coach.username());
        // incomplete: a name and a basis are required; a parent only for a client under 16 (this one is 25)
        mvc.perform(post("/clients/{id}/client-account/guardian", client).with(csrf()).session(coachSession)
                        .param("name", "Mevrouw Jansen").param("basis", "SOMETHING"))
                .andExpect(result -> assertThat(result.getFlashMap().get("flashError"))
                        .isEqualTo("clientAccount.guardianIncomplete"));
        mvc.perform(post("/clients/{id}/client-account/guardian", client).with(csrf()).session(coachSession)
                        .param("name", "Mevrouw Jansen").param("basis", "PARENT"))
                .andExpect(result -> assertThat(result.getFlashMap().get("flashError"))
                        .isEqualTo("clientAccount.parentOnlyUnder16"));
        ClientAccounts.Invitation guardian = (ClientAccounts.Invitation) mvc.perform(
                        post("/clients/{id}/client-account/guardian", client).with(csrf()).session(coachSession)
                                .param("name", "Mevrouw Jansen").param("basis", "CURATOR"))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("invitation");
        ClientAccounts.Invitation own = (ClientAccounts.Invitation) mvc.perform(
                        post("/clients/{id}/client-account", client).with(csrf()).session(coachSession))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("invitation");
        for (ClientAccounts.Invitation invitation : List.of(guardian, own)) {
            mvc.perform(post("/invitation/{token}", invitation.token()).with(csrf()).param("password", PASSWORD)
                    .param("repeat", PASSWORD)).andExpect(status().is3xxRedirection());
        }
        assertThat(mvc.perform(get("/mijn").session(login(mvc, guardian.username(), PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Een vaste dag voor de rekeningen");
        assertThat(mvc.perform(get("/mijn").session(login(mvc, own.username(), PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Wie kan dit ook zien").contains("Mevrouw Jansen (je curator)");
        assertThat(jdbc.queryForObject("select legal_basis from client_account where user_id = (select id from "
                + "user_account where username = ?)", String.class, guardian.username())).isEqualTo("CURATOR");

        // the coach closes the guardian's account: the client's own stays
        Long guardianUser = jdbc.queryForObject("select id from user_account where username = ?", Long.class,
                guardian.username());
        mvc.perform(post("/clients/{id}/client-account/guardian/{u}/close", client, guardianUser).with(csrf())
                .session(coachSession)).andExpect(status().is3xxRedirection());
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                        .formLogin("/login").user(guardian.username()).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/mijn").session(login(mvc, own.username(), PASSWORD))).andExpect(status().isOk());
    }
}
