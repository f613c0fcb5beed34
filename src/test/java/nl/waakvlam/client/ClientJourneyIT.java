package nl.waakvlam.client;

import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Referral → decision → match → caseload → started, through the real pages on PostgreSQL. */
@IntegrationTest
class ClientJourneyIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    Long youthTrack() {
        return jdbc.queryForObject("select id from track where code = 'YOUTH'", Long.class);
    }

    long version(Long clientId) {
        return jdbc.queryForObject("select version from client where id = ?", Long.class, clientId);
    }

    String phase(Long clientId) {
        return jdbc.queryForObject("select phase from client where id = ?", String.class, clientId);
    }

    Long submitReferral(MockHttpSession referrer, String firstName) throws Exception {
        mvc.perform(post("/referrals/new").with(csrf()).session(referrer)
                        .param("firstName", firstName).param("lastName", "Journey")
                        .param("dateOfBirth", TODAY.minusYears(18).toString())
                        .param("phone", "06 12345678")
                        .param("trackId", youthTrack().toString()).param("intakeCategory", "2")
                        .param("expectedSchoolLeavingDate", TODAY.plusMonths(6).toString())
                        .param("reason", "Laatste schooljaar, weinig netwerk.")
                        .param("knownIssues", "Post blijft liggen.").param("urgency", "NORMAL")
                        .param("consentOn", TODAY.toString()).param("consentConfirmed", "true")
                        .param("preferredCoachGender", "FEMALE").param("interests", "sport"))
                .andExpect(redirectedUrl("/referrals"));
        return jdbc.queryForObject("select id from client where first_name = ?", Long.class, firstName);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aReferralIsDeclinedAnotherAcceptedMatchedAndStarted() throws Exception {
        MockHttpSession referrer = login(mvc, "verwijzer1");
        MockHttpSession leader = login(mvc, "projectleider");
        String declinedName = unique("Afgewezen");
        String acceptedName = unique("Geaccepteerd");
        Long declined = submitReferral(referrer, declinedName);
        Long accepted = submitReferral(referrer, acceptedName);
        assertThat(phase(accepted)).isEqualTo("REFERRED");

        // the queue shows the oldest open referral first; each new one has its own decision page
        String oldest = jdbc.queryForObject("select first_name from client where phase in ('REFERRED', 'ACCEPTED') "
                + "order by created_at, id limit 1", String.class);
        String queue = mvc.perform(get("/intake").session(leader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains(oldest);
        mvc.perform(get("/intake/{id}", declined).session(leader))
                .andExpect(content().string(containsString(declinedName)));

        Long ggz = jdbc.queryForObject("select id from organisation where name = 'GGZ Drechtland'", Long.class);
        mvc.perform(post("/intake/{id}/decline", declined).with(csrf()).session(leader)
                        .param("reasonCode", "TOO_COMPLEX")
                        .param("reason", "Te complex: zware psychische problematiek.")
                        .param("advice", "Aanmelden bij de GGZ.")
                        .param("advisedOrganisationId", ggz.toString()))
                .andExpect(redirectedUrl("/intake"));
        assertThat(phase(declined)).isEqualTo("DECLINED");
        mvc.perform(get("/referrals").session(referrer))
                .andExpect(content().string(containsString("Te zwaar: zwaardere zorg nodig")))
                .andExpect(content().string(containsString("Te complex: zware psychische problematiek.")))
                .andExpect(content().string(containsString("Aanmelden bij de GGZ.")))
                .andExpect(content().string(containsString("GGZ Drechtland")))
                .andExpect(content().string(containsString("Afgewezen")));

        mvc.perform(post("/intake/{id}/accept", accepted).with(csrf()).session(leader))
                .andExpect(redirectedUrl("/intake/" + accepted));
        mvc.perform(get("/intake/{id}", accepted).session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lotte Bakker")))
                .andExpect(content().string(containsString("Past bij de voorkeur")));

        Long coach = userId("coach2");
        mvc.perform(post("/intake/{id}/match", accepted).with(csrf()).session(leader)
                        .param("primaryCoachId", coach.toString())
                        .param("coverCoachId", userId("coach4").toString())
                        .param("rationale", "Sportief, ervaring met jongeren.")
                        .param("meetingDate", TODAY.plusDays(3).toString()).param("meetingTime", "10:30")
                        .param("meetingPlace", "Praktijkschool De Brug"))
                .andExpect(redirectedUrl("/clients/" + accepted));
        assertThat(phase(accepted)).isEqualTo("INTAKE");
        assertThat(jdbc.queryForObject("select count(*) from assignment where client_id = ?", Integer.class, accepted))
                .isEqualTo(2);

        MockHttpSession coachSession = login(mvc, "coach2");
        mvc.perform(get("/caseload").session(coachSession))
                .andExpect(content().string(containsString(acceptedName)));
        // the match reaches the coach, the cover coach and the referrer, with the driegesprek
        String meeting = nl.waakvlam.shared.Dates.dateTime(TODAY.plusDays(3).atTime(10, 30),
                java.util.Locale.forLanguageTag("nl"));
        mvc.perform(get("/inbox").session(coachSession))
                .andExpect(content().string(containsString("U bent de nieuwe lifecoach van deze cliënt.")))
                .andExpect(content().string(containsString("Driegesprek: " + meeting + ", Praktijkschool De Brug")));
        mvc.perform(get("/inbox").session(login(mvc, "coach4")))
                .andExpect(content().string(containsString("U bent de vaste vervanger voor deze cliënt.")));
        mvc.perform(get("/inbox").session(referrer))
                .andExpect(content().string(containsString("Uw aanmelding is gekoppeld aan een lifecoach.")))
                .andExpect(content().string(containsString("Lifecoach: Mehmet Yıldız. Driegesprek: " + meeting)));
        // and the driegesprek goes into their calendars at the planned local time
        for (MockHttpSession who : List.of(coachSession, referrer, leader)) {
            var ics = mvc.perform(get("/clients/{id}/driegesprek.ics", accepted).session(who))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertThat(ics.getContentType()).startsWith("text/calendar");
            biweekly.ICalendar calendar = biweekly.Biweekly.parse(ics.getContentAsString(
                    java.nio.charset.StandardCharsets.UTF_8)).first();
            biweekly.component.VEvent event = calendar.getEvents().get(0);
            assertThat(event.getDateStart().getValue().toInstant().atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                    .toLocalDateTime()).isEqualTo(TODAY.plusDays(3).atTime(10, 30));
            assertThat(event.getLocation().getValue()).isEqualTo("Praktijkschool De Brug");
            assertThat(ics.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("TZID=Europe/Amsterdam").contains("BEGIN:VTIMEZONE").doesNotContain(acceptedName);
        }
        mvc.perform(get("/clients/{id}/driegesprek.ics", accepted).session(login(mvc, "coach3")))
                .andExpect(status().isNotFound());

        // the coach moves it: the cover coach and the referrer are told the new moment; the past is refused
        String planned = jdbc.queryForObject("select version from referral where client_id = ?", Long.class, accepted)
                .toString();
        mvc.perform(post("/clients/{id}/driegesprek", accepted).with(csrf()).session(coachSession)
                        .param("version", planned)
                        .param("date", TODAY.minusDays(1).toString()).param("time", "10:00").param("place", "Ergens"))
                .andExpect(redirectedUrl("/clients/" + accepted + "#details"))
                .andExpect(flash().attribute("flashError", "driegesprek.inThePast"));
        mvc.perform(post("/clients/{id}/driegesprek", accepted).with(csrf()).session(referrer)
                        .param("date", TODAY.plusDays(5).toString()).param("time", "14:00").param("place", "School"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/clients/{id}/driegesprek", accepted).with(csrf()).session(coachSession)
                        .param("version", planned).param("date", TODAY.plusDays(5).toString()).param("time", "14:00")
                        .param("place", "Wijkcentrum De Hoven"))
                .andExpect(redirectedUrl("/clients/" + accepted + "#details"));
        // a page opened before that move cannot overwrite it
        mvc.perform(post("/clients/{id}/driegesprek", accepted).with(csrf()).session(leader)
                        .param("version", planned).param("date", TODAY.plusDays(6).toString()).param("time", "09:00")
                        .param("place", "Elders"))
                .andExpect(flash().attribute("flashError", "driegesprek.conflict"));
        String moved = nl.waakvlam.shared.Dates.dateTime(TODAY.plusDays(5).atTime(14, 0),
                java.util.Locale.forLanguageTag("nl"));
        mvc.perform(get("/inbox").session(referrer))
                .andExpect(content().string(containsString("Het driegesprek is verplaatst.")))
                .andExpect(content().string(containsString("Nieuw: " + moved + ", Wijkcentrum De Hoven")));
        mvc.perform(get("/inbox").session(login(mvc, "coach4")))
                .andExpect(content().string(containsString("Het driegesprek is verplaatst.")));
        assertThat(biweekly.Biweekly.parse(mvc.perform(get("/clients/{id}/driegesprek.ics", accepted)
                        .session(referrer)).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8)).first().getEvents().get(0).getDateStart().getValue()
                .toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDateTime())
                .isEqualTo(TODAY.plusDays(5).atTime(14, 0));
        // the project leader calls it off: no calendar file any more, and everyone hears of it
        mvc.perform(post("/clients/{id}/driegesprek", accepted).with(csrf()).session(leader).param("action", "cancel")
                        .param("version", jdbc.queryForObject("select version from referral where client_id = ?",
                                Long.class, accepted).toString()))
                .andExpect(redirectedUrl("/clients/" + accepted + "#details"));
        mvc.perform(get("/clients/{id}/driegesprek.ics", accepted).session(leader)).andExpect(status().isNotFound());
        mvc.perform(get("/inbox").session(referrer))
                .andExpect(content().string(containsString("Het driegesprek is afgezegd.")));
        mvc.perform(get("/referrals").session(referrer))
                .andExpect(content().string(containsString("Gekoppeld aan een coach")));

        mvc.perform(post("/clients/{id}/phase", accepted).with(csrf()).session(coachSession)
                        .param("version", String.valueOf(version(accepted)))
                        .param("target", "INTENSIVE").param("on", TODAY.toString())
                        .param("reason", "Driegesprek gehouden, we beginnen."))
                .andExpect(redirectedUrl("/clients/" + accepted));
        assertThat(phase(accepted)).isEqualTo("INTENSIVE");
        mvc.perform(get("/referrals").session(referrer))
                .andExpect(content().string(containsString("Gestart")));
        // the referrer's view of the file shows status and coach, never the match rationale
        mvc.perform(get("/clients/{id}", accepted).session(referrer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mehmet Yıldız")))
                .andExpect(content().string(not(containsString("Sportief, ervaring met jongeren."))))
                .andExpect(content().string(not(containsString("Driegesprek gehouden, we beginnen."))));
        assertThat(jdbc.queryForObject("select count(*) from phase_change where client_id = ?", Integer.class,
                accepted)).isEqualTo(4);
    }

    @Test
    void badReferralInputIsExplainedNextToTheFieldAndKept() throws Exception {
        MockHttpSession referrer = login(mvc, "verwijzer2");
        String name = unique("Onvolledig");
        mvc.perform(post("/referrals/new").with(csrf()).session(referrer)
                        .param("firstName", name).param("lastName", "")
                        .param("dateOfBirth", TODAY.plusDays(2).toString())
                        .param("email", "geen-mail")
                        .param("trackId", youthTrack().toString())
                        .param("reason", "Een reden die bewaard moet blijven").param("urgency", "NORMAL")
                        .param("consentOn", TODAY.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("Een reden die bewaard moet blijven")))
                .andExpect(content().string(containsString("Vul dit veld in.")))
                .andExpect(content().string(containsString("Deze datum moet in het verleden liggen.")))
                .andExpect(content().string(containsString("Dit is geen geldig e-mailadres.")))
                .andExpect(content().string(containsString("Kies bij jongeren een categorie")))
                .andExpect(content().string(containsString("Bevestig dit om verder te gaan.")));
        assertThat(jdbc.queryForObject("select count(*) from client where first_name = ?", Integer.class, name))
                .isZero();
    }

    @Test
    void theSameErrorsAreInEnglishWhenEnglishIsChosen() throws Exception {
        MockHttpSession referrer = login(mvc, "verwijzer2");
        mvc.perform(post("/referrals/new").with(csrf()).session(referrer).param("lang", "en")
                        .param("firstName", "").param("urgency", "NORMAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill in this field.")));
    }

    @Test
    void declineWithoutAdviceIsRefusedAndNothingChanges() throws Exception {
        Long client = submitReferral(login(mvc, "verwijzer1"), unique("Zonderadvies"));
        mvc.perform(post("/intake/{id}/decline", client).with(csrf()).session(login(mvc, "projectleider"))
                        .param("reason", "Te complex").param("advice", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul dit veld in.")))
                .andExpect(content().string(containsString("Te complex")));
        assertThat(phase(client)).isEqualTo("REFERRED");
    }

    @Test
    void refusedTransitionsEndingRulesAndStaleFormsOnTheClientFile() throws Exception {
        MockHttpSession leader = login(mvc, "projectleider");
        Long client = jdbc.queryForObject("select min(id) from client where phase = 'INTENSIVE'", Long.class);

        mvc.perform(post("/clients/{id}/phase", client).with(csrf()).session(leader)
                        .param("version", String.valueOf(version(client)))
                        .param("target", "WAAKVLAM").param("on", TODAY.toString()).param("reason", "te snel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kan niet naar de fase „Waakvlam”")));

        mvc.perform(post("/clients/{id}/phase", client).with(csrf()).session(leader)
                        .param("version", String.valueOf(version(client)))
                        .param("target", "ENDED").param("on", TODAY.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een reden van beëindiging.")))
                .andExpect(content().string(containsString("Beschrijf bij wie de cliënt na afsluiting terecht kan.")));
        assertThat(phase(client)).isEqualTo("INTENSIVE");

        long stale = version(client);
        mvc.perform(post("/clients/{id}/phase", client).with(csrf()).session(leader)
                        .param("version", String.valueOf(stale))
                        .param("target", "SCALING_DOWN").param("on", TODAY.toString()).param("reason", "gaat goed"))
                .andExpect(redirectedUrl("/clients/" + client));
        mvc.perform(post("/clients/{id}/phase", client).with(csrf()).session(leader)
                        .param("version", String.valueOf(stale))
                        .param("target", "WAAKVLAM").param("on", TODAY.toString()).param("reason", "oud formulier"))
                .andExpect(status().isConflict());
        assertThat(phase(client)).isEqualTo("SCALING_DOWN");
    }

    @Test
    void aCoachChangeNeedsAHandoverNoteAndKeepsTheHistory() throws Exception {
        MockHttpSession leader = login(mvc, "projectleider");
        Long client = jdbc.queryForObject("select min(id) from client where phase = 'WAAKVLAM' "
                + "and coach_id = (select id from user_account where username = 'coach4')", Long.class);
        mvc.perform(post("/clients/{id}/coach", client).with(csrf()).session(leader)
                        .param("version", String.valueOf(version(client)))
                        .param("coachId", userId("coach1").toString()).param("handoverNote", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul dit veld in.")));
        mvc.perform(post("/clients/{id}/coach", client).with(csrf()).session(leader)
                        .param("version", String.valueOf(version(client)))
                        .param("coachId", userId("coach1").toString())
                        .param("handoverNote", "Belt liever dan appt; moeder is belangrijk; afspraak met schuldhulp loopt."))
                .andExpect(redirectedUrl("/clients/" + client));
        assertThat(jdbc.queryForObject("select coach_id from client where id = ?", Long.class, client))
                .isEqualTo(userId("coach1"));
        assertThat(jdbc.queryForObject("select count(*) from assignment where client_id = ? and role = 'PRIMARY'",
                Integer.class, client)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from assignment where client_id = ? and role = 'PRIMARY' "
                + "and ended_on is null", Integer.class, client)).isEqualTo(1);
        mvc.perform(get("/clients/{id}", client).session(login(mvc, "coach1")))
                .andExpect(content().string(containsString("moeder is belangrijk")));
        // the new coach, the coach who handed over and the referrer each hear of it
        assertThat(items(userId("coach1"), "COACH_CHANGED", client)).containsExactly(
                "notification.coachChanged.newCoach");
        assertThat(jdbc.queryForList("select message_key from notification where user_id = ? and type = 'COACH_CHANGED' "
                + "and link = ?", String.class, userId("coach4"), "/caseload?handedOver=" + client))
                .containsExactly("notification.coachChanged.previousCoach");
        Long referrer = jdbc.queryForObject("select referrer_id from client where id = ?", Long.class, client);
        if (referrer != null) {
            assertThat(items(referrer, "COACH_CHANGED", client)).containsExactly("notification.coachChanged.referrer");
        }
        mvc.perform(get("/inbox").session(login(mvc, "coach4")))
                .andExpect(content().string(containsString("Cliëntnummer " + client + " begeleidt nu Sanne Verhoeven.")));

        // a new designated cover hears it; so does the one it replaces
        mvc.perform(post("/clients/{id}/cover", client).with(csrf()).session(leader)
                        .param("version", String.valueOf(version(client))).param("coverCoachId", ""))
                .andExpect(redirectedUrl("/clients/" + client));
        mvc.perform(post("/clients/{id}/cover", client).with(csrf()).session(leader)
                        .param("version", String.valueOf(version(client))).param("coverCoachId", userId("coach2").toString()))
                .andExpect(redirectedUrl("/clients/" + client));
        mvc.perform(post("/clients/{id}/cover", client).with(csrf()).session(leader)
                        .param("version", String.valueOf(version(client))).param("coverCoachId", userId("coach3").toString()))
                .andExpect(redirectedUrl("/clients/" + client));
        assertThat(items(userId("coach2"), "COVER_CHANGED", client)).containsExactly("notification.coverChanged.started");
        assertThat(jdbc.queryForList("select message_key from notification where user_id = ? and type = 'COVER_CHANGED' "
                + "and link = ?", String.class, userId("coach2"), "/caseload?coverEnded=" + client))
                .containsExactly("notification.coverChanged.ended");
        assertThat(items(userId("coach3"), "COVER_CHANGED", client)).containsExactly("notification.coverChanged.started");
    }

    @Autowired
    nl.waakvlam.support.MutableClock clock;

    @Autowired
    nl.waakvlam.support.TestPeople people;

    @Test
    void anEndIsPreparedWithAPlanAndItsCheckInsComeOnVandaagWhenDue() throws Exception {
        nl.waakvlam.security.UserSummary coach = people.coach();
        nl.waakvlam.security.UserSummary referrer = people.referrer();
        Long client = people.coachedClient(coach, referrer, people.projectLeader());
        String name = jdbc.queryForObject("select first_name || ' ' || last_name from client where id = ?",
                String.class, client);
        MockHttpSession session = login(mvc, coach.username());
        String endReason = jdbc.queryForObject("select code from end_reason where active order by id limit 1",
                String.class);
        try {
            // ending without a plan asks for one (or for the choice to end without), and changes nothing
            mvc.perform(post("/clients/{id}/phase", client).with(csrf()).session(session)
                            .param("version", String.valueOf(version(client))).param("target", "ENDED")
                            .param("on", TODAY.toString()).param("endReason", endReason).param("aftercare", "Wijkteam"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Er is nog geen borgingsplan.")))
                    .andExpect(content().string(containsString("Toch afsluiten zonder borgingsplan")));
            assertThat(phase(client)).isNotEqualTo("ENDED");

            mvc.perform(post("/clients/{id}/end-plan", client).with(csrf()).session(session)
                            .param("version", "0").param("turnTo", "").param("threeMonths", "true"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Vul dit veld in.")));
            mvc.perform(post("/clients/{id}/end-plan", client).with(csrf()).session(session)
                            .param("version", "0").param("turnTo", "Wijkteam Noord, Fatima: 078 123 45 67")
                            .param("agreements", "Budgetbeheer loopt door.").param("threeMonths", "true")
                            .param("sixMonths", "true"))
                    .andExpect(redirectedUrl("/clients/" + client + "#end-plan"));
            // the end form already holds who the client can turn to
            mvc.perform(get("/clients/{id}", client).session(session))
                    .andExpect(content().string(containsString(">Wijkteam Noord, Fatima: 078 123 45 67</textarea>")));
            mvc.perform(post("/clients/{id}/phase", client).with(csrf()).session(session)
                            .param("version", String.valueOf(version(client))).param("target", "ENDED")
                            .param("on", TODAY.toString()).param("endReason", endReason)
                            .param("aftercare", "Wijkteam Noord, Fatima: 078 123 45 67"))
                    .andExpect(redirectedUrl("/clients/" + client));
            assertThat(phase(client)).isEqualTo("ENDED");
            // the referrer hears the end date and who stays available
            mvc.perform(get("/inbox").session(login(mvc, referrer.username())))
                    .andExpect(content().string(containsString("De begeleiding van deze cliënt is afgesloten.")))
                    .andExpect(content().string(containsString("Het programma blijft bereikbaar via het centrale nummer.")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Wijkteam Noord"))));

            mvc.perform(get("/caseload").session(session))
                    .andExpect(content().string(not(containsString("Check-in na 3 maanden"))));
            clock.advance(java.time.Duration.ofDays(93));
            mvc.perform(get("/caseload").session(session))
                    .andExpect(content().string(containsString("Check-in na 3 maanden")))
                    .andExpect(content().string(containsString(name)));
            mvc.perform(post("/clients/{id}/end-plan/check-in", client).with(csrf()).session(session)
                    .param("months", "3")).andExpect(redirectedUrl("/caseload"));
            mvc.perform(get("/caseload").session(session))
                    .andExpect(content().string(not(containsString("Check-in na 3 maanden"))));
        } finally {
            clock.reset();
        }
    }

    List<String> items(Long userId, String type, Long client) {
        return jdbc.queryForList("select message_key from notification where user_id = ? and type = ? and client_id = ?",
                String.class, userId, type, client);
    }
}
