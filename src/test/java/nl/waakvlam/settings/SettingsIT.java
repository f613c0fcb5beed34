package nl.waakvlam.settings;

import nl.waakvlam.client.CaseloadWeights;
import nl.waakvlam.client.Phase;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.Dates;
import nl.waakvlam.shared.web.PdfDocuments;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.StatementCounter;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's settings page: reference lists renamed, reordered and retired with the effect on
 * existing records and on the forms that offer them; end and decline reasons chosen from their lists;
 * programme settings that apply on the next request; every change recorded; only the administrator
 * gets in. Every item a test adds is retired again, and every setting it changes set back, because
 * the other tests share this database.
 */
@IntegrationTest
class SettingsIT {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @Autowired
    PdfDocuments pdfs;

    @Autowired
    CaseloadWeights weights;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    Long add(MockHttpSession admin, String list, String table, String nl, String en) throws Exception {
        mvc.perform(post("/admin/settings/{list}/add", list).with(csrf()).session(admin)
                        .param("nameNl", nl).param("nameEn", en))
                .andExpect(redirectedUrl("/admin/settings#" + list));
        return jdbc.queryForObject("select id from " + table + " where name_nl = ?", Long.class, nl);
    }

    long version(String table, Long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    void rename(MockHttpSession admin, String list, String table, Long id, String nl, String en) throws Exception {
        mvc.perform(post("/admin/settings/{list}/{id}/rename", list, id).with(csrf()).session(admin)
                        .param("version", String.valueOf(version(table, id))).param("nameNl", nl).param("nameEn", en))
                .andExpect(redirectedUrl("/admin/settings#" + list + "-" + id));
    }

    void setActive(MockHttpSession admin, String list, String table, Long id, boolean active) throws Exception {
        mvc.perform(post("/admin/settings/{list}/{id}/active", list, id).with(csrf()).session(admin)
                        .param("version", String.valueOf(version(table, id))).param("active", String.valueOf(active)))
                .andExpect(redirectedUrl("/admin/settings#" + list + "-" + id));
    }

    void moveUp(MockHttpSession admin, String list, String table, Long id) throws Exception {
        mvc.perform(post("/admin/settings/{list}/{id}/move", list, id).with(csrf()).session(admin)
                        .param("version", String.valueOf(version(table, id))).param("up", "true"))
                .andExpect(redirectedUrl("/admin/settings#" + list + "-" + id));
    }

    /** How a life domain shows on a contact in the timeline. */
    static String badge(String name) {
        return "<span class=\"badge text-bg-light border me-1\">" + name + "</span>";
    }

    static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void aRenamedLifeDomainShowsItsNewNameOnAnExistingContactAndARetiredOneIsNoLongerOfferedButStillShown()
            throws Exception {
        UserSummary coach = people.coach();
        Long client = people.coachedClient(coach, people.referrer(), people.projectLeader());
        MockHttpSession coachSession = login(mvc, coach.username());
        MockHttpSession admin = login(mvc, "beheerder");
        String u = unique();
        Long domain = add(admin, "life-domains", "life_domain", "Sport " + u, "Sports " + u);
        try {
            assertThat(page(get("/clients/{id}/contacts/new", client).session(coachSession))).contains("Sport " + u);
            mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(coachSession)
                            .param("occurredAt", LocalDateTime.now(ZONE).withSecond(0).withNano(0).toString())
                            .param("outcome", "REACHED").param("type", "WALK_ACTIVITY")
                            .param("lifeDomainIds", domain.toString())
                            .param("privateNote", "Samen gewandeld."))
                    .andExpect(redirectedUrl("/clients/" + client));
            Long contact = jdbc.queryForObject("select max(id) from contact_moment where client_id = ?", Long.class,
                    client);
            assertThat(page(get("/clients/{id}", client).session(coachSession))).contains(badge("Sport " + u));

            rename(admin, "life-domains", "life_domain", domain, "Bewegen " + u, "Exercise " + u);
            // the existing contact on the client file's timeline, from the very next request, in both languages
            assertThat(page(get("/clients/{id}", client).session(coachSession)))
                    .contains(badge("Bewegen " + u)).doesNotContain("Sport " + u);
            assertThat(page(get("/clients/{id}", client).param("lang", "en").session(coachSession)))
                    .contains(badge("Exercise " + u));
            page(get("/clients/{id}", client).param("lang", "nl").session(coachSession));

            setActive(admin, "life-domains", "life_domain", domain, false);
            assertThat(page(get("/clients/{id}/contacts/new", client).session(coachSession)))
                    .as("a retired life domain is no longer offered").doesNotContain("Bewegen " + u);
            String file = page(get("/clients/{id}", client).session(coachSession));
            assertThat(file).as("still shown on the old contact").contains(badge("Bewegen " + u));
            int filter = file.indexOf("id=\"filter-domain\"");
            assertThat(file.substring(filter, file.indexOf("</select>", filter)))
                    .as("and no longer a timeline filter").doesNotContain("Bewegen " + u);
            assertThat(page(get("/clients/{id}/contacts/{contact}/edit", client, contact).session(coachSession)))
                    .as("correcting the old contact keeps its domain").contains("Bewegen " + u);

            // every change is in the audit trail and, with its old and new value, in the change log
            assertThat(count("select count(*) from audit_event where entity = 'life_domain' and entity_id = ? "
                    + "and action = 'CREATE' and username = 'beheerder' and client_id is null", domain)).isEqualTo(1);
            assertThat(count("select count(*) from audit_event where entity = 'life_domain' and entity_id = ? "
                    + "and action = 'UPDATE' and username = 'beheerder'", domain)).isEqualTo(2);
            assertThat(count("select count(*) from setting_change where entity = 'life_domain' and entity_id = ? "
                    + "and field = 'name_nl' and old_value = ? and new_value = ?", domain, "Sport " + u,
                    "Bewegen " + u))
                    .isEqualTo(1);
            assertThat(count("select count(*) from setting_change where entity = 'life_domain' and entity_id = ? "
                    + "and field = 'active' and old_value = 'true' and new_value = 'false'", domain)).isEqualTo(1);
            assertThat(page(get("/admin/settings").session(admin))).contains("Bewegen " + u)
                    .contains("naam (Nederlands)").contains("Sport " + u);
        } finally {
            jdbc.update("update life_domain set active = false where id = ?", domain);
        }
    }

    @Test
    void aListIsReorderedForEveryFormThatOffersIt() throws Exception {
        UserSummary coach = people.coach();
        Long client = people.coachedClient(coach, people.referrer(), people.projectLeader());
        MockHttpSession coachSession = login(mvc, coach.username());
        MockHttpSession admin = login(mvc, "beheerder");
        String u = unique();
        Long first = add(admin, "life-domains", "life_domain", "Eerste " + u, "First " + u);
        Long second = add(admin, "life-domains", "life_domain", "Tweede " + u, "Second " + u);
        try {
            String form = page(get("/clients/{id}/contacts/new", client).session(coachSession));
            assertThat(form.indexOf("Eerste " + u)).isPositive().isLessThan(form.indexOf("Tweede " + u));

            moveUp(admin, "life-domains", "life_domain", second);
            form = page(get("/clients/{id}/contacts/new", client).session(coachSession));
            assertThat(form.indexOf("Tweede " + u)).isPositive().isLessThan(form.indexOf("Eerste " + u));
            assertThat(count("select count(*) from setting_change where entity = 'life_domain' and entity_id = ? "
                    + "and field = 'position'", second)).isEqualTo(1);

            // a button on a page that is out of date meets the conflict page, and nothing moves
            long stale = version("life_domain", first) - 1;
            mvc.perform(post("/admin/settings/life-domains/{id}/move", first).with(csrf()).session(admin)
                    .param("version", String.valueOf(stale)).param("up", "true")).andExpect(status().isConflict());
            mvc.perform(post("/admin/settings/life-domains/{id}/rename", first).with(csrf()).session(admin)
                            .param("version", String.valueOf(stale)).param("nameNl", "Anders " + u)
                            .param("nameEn", "Other " + u))
                    .andExpect(status().isConflict());
            assertThat(jdbc.queryForObject("select name_nl from life_domain where id = ?", String.class, first))
                    .isEqualTo("Eerste " + u);
        } finally {
            jdbc.update("update life_domain set active = false where id in (?, ?)", first, second);
        }
    }

    @Test
    void theEndOfCoachingOffersTheActiveEndReasonsAndAnEndedClientKeepsItsReasonsCurrentName() throws Exception {
        UserSummary coach = people.coach();
        UserSummary referrer = people.referrer();
        UserSummary leader = people.projectLeader();
        Long ending = people.coachedClient(coach, referrer, leader);
        Long staying = people.coachedClient(coach, referrer, leader);
        MockHttpSession coachSession = login(mvc, coach.username());
        MockHttpSession admin = login(mvc, "beheerder");
        String u = unique();
        Long reason = add(admin, "end-reasons", "end_reason", "Naar het buitenland " + u, "Moved abroad " + u);
        String code = jdbc.queryForObject("select code from end_reason where id = ?", String.class, reason);
        assertThat(code).startsWith("MOVED_ABROAD_");
        try {
            assertThat(page(get("/clients/{id}", ending).session(coachSession)))
                    .contains("<option value=\"" + code + "\">Naar het buitenland " + u + "</option>")
                    .contains("Doel bereikt");
            mvc.perform(post("/clients/{id}/phase", ending).with(csrf()).session(coachSession)
                            .param("version", String.valueOf(version("client", ending))).param("target", "ENDED")
                            .param("on", LocalDate.now(ZONE).toString()).param("endReason", code)
                            .param("aftercare", "Huisarts en wijkteam").param("endWithoutPlan", "true"))
                    .andExpect(redirectedUrl("/clients/" + ending));
            assertThat(jdbc.queryForObject("select end_reason from client where id = ?", String.class, ending))
                    .isEqualTo(code);

            rename(admin, "end-reasons", "end_reason", reason, "Geëmigreerd " + u, "Emigrated " + u);
            String file = page(get("/clients/{id}", ending).session(coachSession));
            assertThat(file).doesNotContain("Naar het buitenland " + u);
            assertThat(file.substring(file.indexOf("id=\"history-heading\""))).as("in the phase history")
                    .contains("Geëmigreerd " + u);
            assertThat(occurrences(file, "Geëmigreerd " + u)).as("and in the details").isGreaterThanOrEqualTo(2);

            setActive(admin, "end-reasons", "end_reason", reason, false);
            assertThat(page(get("/clients/{id}", staying).session(coachSession)))
                    .doesNotContain("Geëmigreerd " + u).contains("Doel bereikt");
            assertThat(page(get("/clients/{id}", ending).session(coachSession))).contains("Geëmigreerd " + u);
            // a retired reason sent by an old form is refused next to the field, and nothing changes
            assertThat(page(post("/clients/{id}/phase", staying).with(csrf()).session(coachSession)
                    .param("version", String.valueOf(version("client", staying))).param("target", "ENDED")
                    .param("on", LocalDate.now(ZONE).toString()).param("endReason", code)
                    .param("aftercare", "Huisarts"))).contains("Kies een reden van beëindiging.");
            assertThat(jdbc.queryForObject("select phase from client where id = ?", String.class, staying))
                    .isEqualTo("INTENSIVE");
        } finally {
            jdbc.update("update end_reason set active = false where id = ?", reason);
        }
    }

    @Test
    void theIntakeDeclineChoosesAReasonFromTheListAndTheReferrerReadsItsCurrentName() throws Exception {
        UserSummary referrer = people.referrer();
        UserSummary leader = people.projectLeader();
        Long referral = people.referredClient(referrer, leader);
        Long other = people.referredClient(referrer, leader);
        MockHttpSession leaderSession = login(mvc, leader.username());
        MockHttpSession referrerSession = login(mvc, referrer.username());
        MockHttpSession admin = login(mvc, "beheerder");
        String u = unique();
        Long reason = add(admin, "decline-reasons", "decline_reason", "Wachtlijst elders " + u,
                "Waiting list elsewhere " + u);
        String code = jdbc.queryForObject("select code from decline_reason where id = ?", String.class, reason);
        try {
            assertThat(page(get("/intake/{id}", referral).session(leaderSession)))
                    .contains("Te zwaar: zwaardere zorg nodig").contains("Wachtlijst elders " + u);
            // no reason chosen: refused next to the field, the advice kept
            assertThat(page(post("/intake/{id}/decline", referral).with(csrf()).session(leaderSession)
                    .param("reasonCode", "").param("advice", "Meld aan bij de wijkteams " + u)))
                    .contains("Kies een reden uit de lijst.").contains("Meld aan bij de wijkteams " + u);
            mvc.perform(post("/intake/{id}/decline", referral).with(csrf()).session(leaderSession)
                            .param("reasonCode", code).param("reason", "Eerst de wachtlijst afwachten.")
                            .param("advice", "Meld aan bij de wijkteams " + u))
                    .andExpect(redirectedUrl("/intake"));
            Map<String, Object> row = jdbc.queryForMap("select decline_reason_code, decline_reason from referral "
                    + "where client_id = ?", referral);
            assertThat(row).containsEntry("decline_reason_code", code)
                    .containsEntry("decline_reason", "Eerst de wachtlijst afwachten.");
            assertThat(jdbc.queryForObject("select declined from v_referral where client_id = ?", Boolean.class,
                    referral)).isTrue();

            rename(admin, "decline-reasons", "decline_reason", reason, "Wacht op andere zorg " + u,
                    "Waiting for other care " + u);
            assertThat(page(get("/referrals").session(referrerSession)))
                    .contains("Wacht op andere zorg " + u).contains("Eerst de wachtlijst afwachten.")
                    .doesNotContain("Wachtlijst elders " + u);
            String file = page(get("/clients/{id}", referral).session(leaderSession));
            assertThat(file.substring(file.indexOf("id=\"history-heading\""))).as("in the phase history")
                    .contains("Wacht op andere zorg " + u);
            assertThat(occurrences(file, "Wacht op andere zorg " + u)).as("and in the referral")
                    .isGreaterThanOrEqualTo(2);

            setActive(admin, "decline-reasons", "decline_reason", reason, false);
            assertThat(page(get("/intake/{id}", other).session(leaderSession)))
                    .doesNotContain("Wacht op andere zorg " + u).contains("Te zwaar: zwaardere zorg nodig");
        } finally {
            jdbc.update("update decline_reason set active = false where id = ?", reason);
        }
    }

    @Test
    void aProgrammeSettingTakesEffectOnTheNextRequestAndIsRecorded() throws Exception {
        UserSummary coach = people.coach();
        UserSummary referrer = people.referrer();
        Long client = people.coachedClient(coach, referrer, people.projectLeader());
        MockHttpSession coachSession = login(mvc, coach.username());
        MockHttpSession referrerSession = login(mvc, referrer.username());
        MockHttpSession admin = login(mvc, "beheerder");
        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(coachSession)
                        .param("occurredAt", LocalDateTime.now(ZONE).withSecond(0).withNano(0).toString())
                        .param("outcome", "REACHED").param("type", "PHONE"))
                .andExpect(redirectedUrl("/clients/" + client));
        LocalDate today = LocalDate.now(ZONE);
        assertThat(page(get("/caseload").session(coachSession))).contains(day(today.plusDays(7)));
        assertThat(page(get("/clients/{id}", client).session(referrerSession))).doesNotContain("centrale nummer");
        int audited = count("select count(*) from audit_event where entity = 'programme_setting'");
        try {
            mvc.perform(programme(admin, "Waakvlam Drechtsteden", "088 123 45 67", 30, 5))
                    .andExpect(redirectedUrl("/admin/settings#programme"));

            assertThat(page(get("/caseload").session(coachSession)))
                    .contains(day(today.plusDays(30))).doesNotContain(day(today.plusDays(7)));
            assertThat(page(get("/clients/{id}", client).session(coachSession)))
                    .contains(Dates.date(today.plusDays(30), DUTCH));
            assertThat(page(get("/clients/{id}", client).session(referrerSession)))
                    .contains("Bel het centrale nummer 088 123 45 67.");
            assertThat(pdfs.programmeName()).isEqualTo("Waakvlam Drechtsteden");
            assertThat(weights.weightOf(Phase.INTENSIVE)).isEqualTo(5);

            assertThat(count("select count(*) from audit_event where entity = 'programme_setting' "
                    + "and action = 'UPDATE' and username = 'beheerder'")).isEqualTo(audited + 1);
            assertThat(count("select count(*) from setting_change where entity = 'programme_setting' "
                    + "and field = 'rhythm_days_intensive' and old_value = '7' and new_value = '30'")).isPositive();
            assertThat(count("select count(*) from setting_change where entity = 'programme_setting' "
                    + "and field = 'central_phone' and old_value is null and new_value = '088 123 45 67'"))
                    .isPositive();
            assertThat(page(get("/admin/settings").session(admin))).contains("value=\"Waakvlam Drechtsteden\"")
                    .contains("minimaal contact in Intensief (dagen)");

            // bad values come back next to their fields with what was typed, and nothing is saved
            long version = version("programme_setting", 1L);
            assertThat(page(programme(admin, "", "bel mij maar", 0, 11)))
                    .contains("Vul de naam van het programma in.").contains("value=\"bel mij maar\"")
                    .contains("De waarde moet minstens 1 zijn.").contains("De waarde mag hoogstens 10 zijn.")
                    .contains("Gebruik 6 tot 40 tekens");
            assertThat(version("programme_setting", 1L)).isEqualTo(version);
        } finally {
            // the defaults again: stored as "no override"
            mvc.perform(programme(admin, "Waakvlam", "", 7, 3)).andExpect(redirectedUrlPattern("/admin/settings*"));
        }
        assertThat(jdbc.queryForMap("select programme_name, central_phone, rhythm_days_intensive, weight_intensive "
                + "from programme_setting").values()).as("values equal to the defaults are no overrides")
                .containsOnlyNulls();
        assertThat(page(get("/clients/{id}", client).session(referrerSession))).doesNotContain("centrale nummer");
    }

    /** The programme form with the defaults for the other phases. */
    MockHttpServletRequestBuilder programme(MockHttpSession admin, String name, String phone, int intensiveRhythm,
                                            int intensiveWeight) {
        return post("/admin/settings/programme").with(csrf()).session(admin)
                .param("version", String.valueOf(version("programme_setting", 1L)))
                .param("programmeName", name).param("centralPhone", phone)
                .param("rhythmIntake", "7").param("rhythmIntensive", String.valueOf(intensiveRhythm))
                .param("rhythmScalingDown", "14").param("rhythmWaakvlam", "28")
                .param("weightIntake", "2").param("weightIntensive", String.valueOf(intensiveWeight))
                .param("weightScalingDown", "2").param("weightWaakvlam", "1");
    }

    /** A date as the caseload writes it ("25 nov"). */
    static String day(LocalDate date) {
        String full = Dates.date(date, DUTCH);
        return full.substring(0, full.lastIndexOf(' '));
    }

    @Test
    void badNamesComeBackAtTheirItemWithWhatWasTyped() throws Exception {
        MockHttpSession admin = login(mvc, "beheerder");
        String u = unique();
        assertThat(page(post("/admin/settings/life-domains/add").with(csrf()).session(admin)
                .param("nameNl", " ").param("nameEn", "Only English " + u)))
                .contains("Vul de Nederlandse naam in.").contains("value=\"Only English " + u + "\"")
                .contains("href=\"#life-domains-add\"");
        assertThat(page(post("/admin/settings/life-domains/add").with(csrf()).session(admin)
                .param("nameNl", "werk").param("nameEn", "Labour " + u)))
                .contains("Deze naam staat al in de lijst");
        assertThat(page(post("/admin/settings/tracks/add").with(csrf()).session(admin)
                .param("nameNl", "x".repeat(101)).param("nameEn", "Track " + u)))
                .contains("De naam mag hoogstens 100 tekens zijn.");
        assertThat(count("select count(*) from life_domain where name_en in (?, ?)", "Only English " + u,
                "Labour " + u) + count("select count(*) from track where name_en = ?", "Track " + u)).isZero();
        mvc.perform(post("/admin/settings/colours/add").with(csrf()).session(admin)
                .param("nameNl", "Rood").param("nameEn", "Red")).andExpect(status().isNotFound());
    }

    @Test
    void theSettingsPageCostsAFixedNumberOfStatementsWhateverTheLengthOfTheLists() throws Exception {
        MockHttpSession admin = login(mvc, "beheerder");
        page(get("/admin/settings").session(admin));
        StatementCounter.reset();
        String before = page(get("/admin/settings").session(admin));
        long statements = StatementCounter.count();
        System.out.printf("settings page: %d statements%n", statements);
        String u = unique();
        Long added = add(admin, "end-reasons", "end_reason", "Extra " + u, "Extra " + u);
        try {
            page(get("/admin/settings").session(admin));
            StatementCounter.reset();
            page(get("/admin/settings").session(admin));
            assertThat(StatementCounter.count()).isEqualTo(statements).isLessThanOrEqualTo(10);
        } finally {
            jdbc.update("update end_reason set active = false where id = ?", added);
        }
        assertThat(before).contains("Uitvoeringsniveaus", "Leefgebieden", "Redenen van beëindiging",
                "Redenen van afwijzing", "Laatste wijzigingen", "Kwetsbare jongeren 18-/18+");
    }

    @Test
    void onlyTheAdministratorGetsIn() throws Exception {
        for (String username : List.of("coach1", "verwijzer1", "projectleider")) {
            MockHttpSession session = login(mvc, username);
            mvc.perform(get("/admin/settings").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/settings/life-domains/add").with(csrf()).session(session)
                    .param("nameNl", "Ingebroken").param("nameEn", "Broken in")).andExpect(status().isForbidden());
            mvc.perform(post("/admin/settings/programme").with(csrf()).session(session)
                    .param("programmeName", "Ingebroken")).andExpect(status().isForbidden());
            assertThat(page(get("/inbox").session(session))).doesNotContain("href=\"/admin/settings\"");
        }
        assertThat(count("select count(*) from life_domain where name_nl = 'Ingebroken'")).isZero();
        mvc.perform(get("/admin/settings")).andExpect(redirectedUrl("/login"));
        assertThat(page(get("/admin/settings").session(login(mvc, "beheerder"))))
                .contains("href=\"/admin/settings\"");
    }
}
