package nl.waakvlam.organisation;

import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.NewAccount;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.DemoMode;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.StatementCounter;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sociale kaart on real pages and PostgreSQL: the administrator adds, edits, searches,
 * deactivates and merges organisations; pickers offer active organisations only; a merge moves
 * every reference in every table; only the administrator changes anything.
 */
@IntegrationTest
class OrganisationAdminIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AccountService accounts;

    @Autowired
    TestPeople people;

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    Long create(MockHttpSession admin, String name, String type, String departments) throws Exception {
        mvc.perform(post("/admin/organisations/new").with(csrf()).session(admin)
                        .param("name", name).param("type", type).param("departments", departments)
                        // the tests' names look alike on purpose ("Buurtzorg Oost 1a2b3c"): past the warning
                        .param("confirmedNew", "true"))
                .andExpect(redirectedUrlPattern("/admin/organisations/*"));
        return organisations.findByName(name).orElseThrow().id();
    }

    long version(Long organisation) {
        return jdbc.queryForObject("select version from organisation where id = ?", Long.class, organisation);
    }

    Long department(Long organisation, String name) {
        return jdbc.queryForObject("select id from department where organisation_id = ? and name = ?", Long.class,
                organisation, name);
    }

    int audits(String entity, Long id) {
        return jdbc.queryForObject("select count(*) from audit_event where entity = ? and entity_id = ? "
                + "and username = 'beheerder' and client_id is null", Integer.class, entity, id);
    }

    @Test
    void aNameLikeAnExistingOrganisationShowsThatOneFirstAndTheTypeIsNeverPreset() throws Exception {
        MockHttpSession admin = login(mvc, "beheerder");
        String place = "Oeverstad" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        Long existing = create(admin, "Sociale Dienst " + place, "SOCIAL_SERVICE", "");

        String form = mvc.perform(get("/admin/organisations/new").session(admin)).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).containsPattern("<option value=\"\"( selected=\"selected\")?>Kies het soort organisatie</option>")
                .doesNotContain("selected=\"selected\">Zorgaanbieder");

        String warned = mvc.perform(post("/admin/organisations/new").with(csrf()).session(admin)
                        .param("name", "SDD " + place).param("type", "SOCIAL_SERVICE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(warned).contains("Staat deze organisatie al op de sociale kaart?")
                .contains("href=\"/admin/organisations/" + existing + "\"").contains("Toch als nieuwe organisatie toevoegen")
                .contains("value=\"SDD " + place + "\"");
        assertThat(organisations.findByName("SDD " + place)).isEmpty();
        // the same form sent again: the administrator saw the warning and still wants it
        mvc.perform(post("/admin/organisations/new").with(csrf()).session(admin)
                        .param("name", "SDD " + place).param("type", "SOCIAL_SERVICE").param("confirmedNew", "true"))
                .andExpect(redirectedUrlPattern("/admin/organisations/*"));
        assertThat(organisations.findByName("SDD " + place)).isPresent();
        // no type chosen is a message at the field, not a silent default
        mvc.perform(post("/admin/organisations/new").with(csrf()).session(admin)
                        .param("name", unique("Zonder Soort")).param("type", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void similarNamesAreTheSameOrganisationWrittenDifferently() {
        assertThat(SimilarNames.alike("SDD Drechtoever", "Sociale Dienst Drechtoever")).isTrue();
        assertThat(SimilarNames.alike("sdd", "Sociale Dienst Drechtoever")).isTrue();
        assertThat(SimilarNames.alike("Praktijkschool De Brug", "De Brug")).isTrue();
        assertThat(SimilarNames.alike("GGZ Drechtland", "ggz-drechtland")).isTrue();
        assertThat(SimilarNames.alike("Stichting Welzijn Oost", "Stichting Welzijn West")).isFalse();
        assertThat(SimilarNames.alike("Gemeente Zwijndrecht", "Gemeente Dordrecht")).isFalse();
        assertThat(SimilarNames.alike("Praktijkschool De Brug", "VSO De Horizon")).isFalse();
    }

    @Test
    void theNewOrganisationFormHasOneSelectTheTypeBoundToItsField() throws Exception {
        String page = mvc.perform(get("/admin/organisations/new").session(login(mvc, "beheerder")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page.split("<select", -1)).as("one select on the form").hasSize(2);
        assertThat(page).contains("<select class=\"form-select\" id=\"type\" name=\"type\"");
    }

    @Test
    void theAdministratorAddsEditsSearchesAndDeactivatesAndPickersOfferActiveOnes() throws Exception {
        MockHttpSession admin = login(mvc, "beheerder");
        String name = unique("Buurtzorg Oost");

        // bad input: a message next to each field, what was typed stays, nothing is saved
        mvc.perform(post("/admin/organisations/new").with(csrf()).session(admin)
                        .param("name", " ").param("type", "WELFARE").param("phone", "bel mij")
                        .param("email", "geen-adres").param("website", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul dit veld in.")))
                .andExpect(content().string(containsString("Gebruik alleen cijfers, spaties, +, - en haakjes.")))
                .andExpect(content().string(containsString("Dit is geen geldig e-mailadres.")))
                .andExpect(content().string(containsString("Vul een webadres in")))
                .andExpect(content().string(containsString("value=\"bel mij\"")));

        Long id = create(admin, name, "WELFARE", "Wijkteam\n\nwijkteam\nThuiszorg");
        assertThat(organisations.departments(id)).extracting(DepartmentSummary::name)
                .containsExactlyInAnyOrder("Thuiszorg", "Wijkteam");
        assertThat(audits("organisation", id)).isEqualTo(1);

        // the same name in other capitals is the same organisation
        mvc.perform(post("/admin/organisations/new").with(csrf()).session(admin)
                        .param("name", name.toUpperCase()).param("type", "WELFARE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er staat al een organisatie met deze naam")));

        mvc.perform(post("/admin/organisations/{id}", id).with(csrf()).session(admin)
                        .param("version", String.valueOf(version(id))).param("name", name).param("type", "CARE_PROVIDER")
                        .param("phone", "078 123 45 67").param("email", "info@buurtzorg.example")
                        .param("address", "Dorpsstraat 1, Zwijndrecht").param("website", "www.buurtzorg.example"))
                .andExpect(redirectedUrl("/admin/organisations/" + id));
        OrganisationSummary saved = organisations.get(id);
        assertThat(saved.type()).isEqualTo(OrganisationType.CARE_PROVIDER);
        assertThat(saved.website()).isEqualTo("https://www.buurtzorg.example");
        assertThat(audits("organisation", id)).isEqualTo(2);

        // a form that saw an older version is a conflict, and changes nothing
        mvc.perform(post("/admin/organisations/{id}", id).with(csrf()).session(admin)
                        .param("version", String.valueOf(version(id) - 1)).param("name", name + " oud")
                        .param("type", "OTHER"))
                .andExpect(status().isConflict());
        assertThat(organisations.get(id).name()).isEqualTo(name);

        // search by part of the name in any capitals, by kind, by status
        String part = name.substring(name.length() - 6).toUpperCase();
        mvc.perform(get("/admin/organisations").session(admin).param("q", part))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("078 123 45 67")));
        mvc.perform(get("/admin/organisations").session(admin).param("q", part).param("type", "SCHOOL"))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/admin/organisations").session(admin).param("q", "%_"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(name))));

        // deactivated: not offered when picking, still shown where it is named, found under "inactive"
        Long client = people.coachedClient(people.coach(), people.referrer(), people.projectLeader());
        MockHttpSession coach = login(mvc, jdbc.queryForObject(
                "select u.username from client c join user_account u on u.id = c.coach_id where c.id = ?",
                String.class, client));
        mvc.perform(post("/clients/{id}/plan/actions", client).with(csrf()).session(coach)
                        .param("description", "Thuiszorg regelen").param("owner", "ORGANISATION_SECOND_LINE")
                        .param("organisationId", id.toString()))
                .andExpect(status().isFound());
        UserSummary staff = accounts.createIfAbsent(new NewAccount("buurtzorg-" + UUID.randomUUID().toString()
                .substring(0, 6), DemoMode.PASSWORD, unique("Wijkverpleegkundige"), null, null, Role.REFERRER, id, null));
        mvc.perform(post("/admin/organisations/{id}/deactivate", id).with(csrf()).session(admin)
                        .param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/admin/organisations/" + id));
        assertThat(organisations.isActive(id)).isFalse();
        // choosing a referrer chooses their organisation: the project leader no longer gets this one
        MockHttpSession leader = login(mvc, "projectleider");
        mvc.perform(get("/referrals/new").session(leader))
                .andExpect(content().string(not(containsString(staff.displayName()))));
        Long adults = jdbc.queryForObject("select id from track where code = 'ADULTS'", Long.class);
        mvc.perform(post("/referrals/new").with(csrf()).session(leader).param("referrerId", staff.id().toString())
                        .param("firstName", "Niet").param("lastName", "Aangemeld")
                        .param("dateOfBirth", TODAY.minusYears(40).toString()).param("trackId", adults.toString())
                        .param("indication", "Participatie").param("reason", "Schulden en eenzaamheid.")
                        .param("urgency", "NORMAL").param("consentOn", TODAY.toString())
                        .param("consentConfirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hoort bij een organisatie die op inactief staat")));
        assertThat(jdbc.queryForObject("select count(*) from client where referrer_id = ?", Integer.class,
                staff.id())).isZero();
        assertThat(organisations.active()).extracting(OrganisationSummary::id).doesNotContain(id);
        assertThat(audits("organisation_deactivated", id)).isEqualTo(1);
        mvc.perform(get("/admin/organisations").session(admin).param("q", part))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/admin/organisations").session(admin).param("q", part).param("status", "INACTIVE"))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/organisations").session(coach).param("q", part))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/clients/{id}/events/new", client).session(coach).param("type", "SCALE_UP"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/clients/{id}", client).session(coach))
                .andExpect(content().string(containsString("(" + name + ")")))
                .andExpect(content().string(not(containsString(">" + name + "</option>"))));
        // a deactivated organisation is refused for anything new, also when typed inline
        mvc.perform(post("/clients/{id}/plan/mandates", client).with(csrf()).session(coach)
                        .param("organisationId", id.toString()).param("advice", "Thuiszorg verhogen")
                        .param("sentOn", TODAY.toString()))
                .andExpect(status().isFound());
        mvc.perform(post("/clients/{id}/consents", client).with(csrf()).session(coach)
                        .param("recipientType", "ORGANISATION").param("organisationId", id.toString())
                        .param("reports", "true").param("obtainedHow", "CONVERSATION")
                        .param("givenOn", TODAY.toString()))
                .andExpect(status().isFound());
        mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(coach)
                        .param("type", "SCALE_UP").param("occurredOn", TODAY.toString())
                        .param("newOrganisationName", name.toLowerCase()).param("careKind", "Thuiszorg")
                        .param("infoExchangeConsent", "false")
                        .param("whatHappened", "Aangemeld.").param("severity", "MEDIUM"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze organisatie staat op inactief.")));
        assertThat(jdbc.queryForObject("select count(*) from mandate_advice where organisation_id = ?", Integer.class,
                id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from consent where recipient_organisation_id = ?",
                Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from client_event where client_id = ?", Integer.class,
                client)).isZero();

        mvc.perform(post("/admin/organisations/{id}/reactivate", id).with(csrf()).session(admin)
                        .param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/admin/organisations/" + id));
        assertThat(organisations.isActive(id)).isTrue();
        mvc.perform(get("/organisations").session(coach).param("q", part))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("mailto:info@buurtzorg.example")));
    }

    @Test
    void departmentsAreAddedRenamedMadeInactiveAndRemovedOnlyWhenUnused() throws Exception {
        MockHttpSession admin = login(mvc, "beheerder");
        String name = unique("Sociale Dienst West");
        Long id = create(admin, name, "SOCIAL_SERVICE", "Begeleiding");

        mvc.perform(post("/admin/organisations/{id}/departments", id).with(csrf()).session(admin).param("name", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Vul dit veld in.")));
        mvc.perform(post("/admin/organisations/{id}/departments", id).with(csrf()).session(admin)
                        .param("name", "BEGELEIDING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze organisatie heeft al een afdeling met deze naam.")));
        mvc.perform(post("/admin/organisations/{id}/departments", id).with(csrf()).session(admin)
                        .param("name", "Participatie"))
                .andExpect(redirectedUrl("/admin/organisations/" + id + "#departments"));
        Long participatie = department(id, "Participatie");
        Long begeleiding = department(id, "Begeleiding");

        mvc.perform(post("/admin/organisations/{id}/departments/{d}", id, participatie).with(csrf()).session(admin)
                        .param("version", "0").param("name", "Werk en participatie"))
                .andExpect(redirectedUrl("/admin/organisations/" + id + "#departments"));
        mvc.perform(post("/admin/organisations/{id}/departments/{d}", id, participatie).with(csrf()).session(admin)
                        .param("version", "0").param("name", "Iets anders"))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/organisations/{id}/departments/{d}", id, participatie).with(csrf()).session(admin)
                        .param("version", "1").param("name", "x".repeat(201)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("x".repeat(201))));
        assertThat(organisations.departments(id)).extracting(DepartmentSummary::name)
                .containsExactlyInAnyOrder("Begeleiding", "Werk en participatie");

        // in use by an account: not removed, but it can be made inactive
        accounts.createIfAbsent(new NewAccount("consulent-" + UUID.randomUUID().toString().substring(0, 6),
                DemoMode.PASSWORD, "Consulent", null, null, Role.REFERRER, id, begeleiding));
        mvc.perform(post("/admin/organisations/{id}/departments/{d}/remove", id, begeleiding).with(csrf())
                        .session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De afdeling ‘Begeleiding’ wordt gebruikt (1 keer)")));
        mvc.perform(post("/admin/organisations/{id}/departments/{d}/active", id, begeleiding).with(csrf())
                        .session(admin).param("version", "0").param("active", "false"))
                .andExpect(redirectedUrl("/admin/organisations/" + id + "#departments"));
        assertThat(organisations.departments(id)).filteredOn(DepartmentSummary::active)
                .extracting(DepartmentSummary::name).containsExactly("Werk en participatie");
        mvc.perform(post("/admin/organisations/{id}/departments/{d}/remove", id, participatie).with(csrf())
                        .session(admin))
                .andExpect(redirectedUrl("/admin/organisations/" + id + "#departments"));
        assertThat(organisations.departments(id)).extracting(DepartmentSummary::name).containsExactly("Begeleiding");
        assertThat(audits("department_removed", participatie)).isEqualTo(1);

        // a department of another organisation is not found through this one
        Long other = create(admin, unique("Andere dienst"), "SOCIAL_SERVICE", "Schuldhulp");
        mvc.perform(post("/admin/organisations/{id}/departments/{d}/remove", id, department(other, "Schuldhulp"))
                .with(csrf()).session(admin)).andExpect(status().isNotFound());
    }

    /**
     * Every column that names an organisation or a department: the foreign keys to either table,
     * and any column whose name says so. Found in the catalogue, so a column added later is covered
     * without changing this test — which then fails until it gives that column a reference too.
     */
    List<ReferenceColumn> referenceColumns() {
        return jdbc.query("""
                        select cl.relname, a.attname, ref.relname
                        from pg_constraint c
                        join pg_class cl on cl.oid = c.conrelid
                        join pg_class ref on ref.oid = c.confrelid
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
                        where c.contype = 'f' and ref.relname in ('organisation', 'department')
                        union
                        select c.table_name, c.column_name,
                               case when c.column_name like '%department_id' then 'department' else 'organisation' end
                        from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and (c.column_name like '%organisation_id' or c.column_name like '%department_id')
                        order by 1, 2""",
                (rs, row) -> new ReferenceColumn(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    record ReferenceColumn(String table, String column, String target) {

        long count(JdbcTemplate jdbc, List<Long> ids) {
            return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = any (?)", Long.class,
                    (Object) ids.toArray(Long[]::new));
        }

        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    @Test
    void mergingOrganisationsMovesEveryReference() throws Exception {
        MockHttpSession admin = login(mvc, "beheerder");
        String duplicateName = unique("GGZ Drechtstad");
        Long remaining = create(admin, unique("GGZ Drechtsteden"), "CARE_PROVIDER", "begeleiding\nVolwassenen");
        Long duplicate = create(admin, duplicateName, "CARE_PROVIDER", "Begeleiding\nJeugd");
        Long duplicateBegeleiding = department(duplicate, "Begeleiding");
        Long jeugd = department(duplicate, "Jeugd");
        Long remainingBegeleiding = department(remaining, "begeleiding");

        // references of every kind to the duplicate: an account and a client (with department),
        // the advice on a referral, a scale-up, a plan action, mandate advice and consent
        UserSummary referrer = accounts.createIfAbsent(new NewAccount(
                "ggz-" + UUID.randomUUID().toString().substring(0, 6), DemoMode.PASSWORD, "Verwijzer GGZ", null, null,
                Role.REFERRER, duplicate, duplicateBegeleiding));
        UserSummary coachAccount = people.coach();
        Long client = people.coachedClient(coachAccount, referrer, people.projectLeader());
        jdbc.update("update referral set advised_organisation_id = ? where client_id = ?", duplicate, client);
        // a contact: the dashboard's contact summary counts it under the client's organisation, and moves
        // it with the client's reference (a trigger), so a merge moves it too
        jdbc.update("insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, "
                + "time_kind, created_at) values (?, ?, now(), 'REACHED', 'PHONE', 'COACH', 'DIRECT', now())", client,
                coachAccount.id());
        MockHttpSession coach = login(mvc, coachAccount.username());
        mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(coach)
                        .param("type", "SCALE_UP").param("occurredOn", TODAY.toString())
                        .param("targetOrganisationId", duplicate.toString()).param("careKind", "Behandeling")
                        .param("waitingSince", TODAY.toString()).param("infoExchangeConsent", "true")
                        .param("whatHappened", "Aangemeld bij de GGZ.")
                        .param("severity", "HIGH"))
                .andExpect(redirectedUrl("/clients/" + client));
        mvc.perform(post("/clients/{id}/plan/actions", client).with(csrf()).session(coach)
                .param("description", "Intake GGZ").param("owner", "ORGANISATION_SECOND_LINE")
                .param("organisationId", duplicate.toString())).andExpect(status().isFound());
        mvc.perform(post("/clients/{id}/plan/mandates", client).with(csrf()).session(coach)
                .param("organisationId", duplicate.toString()).param("advice", "Wachttijd verkorten")
                .param("sentOn", TODAY.toString())).andExpect(status().isFound());
        mvc.perform(post("/clients/{id}/consents", client).with(csrf()).session(coach)
                .param("recipientType", "ORGANISATION").param("organisationId", duplicate.toString())
                .param("reports", "true").param("obtainedHow", "CONVERSATION")
                .param("givenOn", TODAY.toString())).andExpect(status().isFound());
        long clientVersion = jdbc.queryForObject("select version from client where id = ?", Long.class, client);

        List<ReferenceColumn> columns = referenceColumns();
        assertThat(columns).extracting(ReferenceColumn::toString).contains("client.referring_organisation_id",
                "client.referring_department_id", "user_account.organisation_id", "user_account.department_id",
                "client_event.target_organisation_id", "plan_action.organisation_id", "mandate_advice.organisation_id",
                "consent.recipient_organisation_id", "referral.advised_organisation_id", "department.organisation_id");
        List<Long> duplicateIds = List.of(duplicate);
        List<Long> duplicateDepartments = List.of(duplicateBegeleiding);
        Map<ReferenceColumn, Long> toRemainingBefore = new LinkedHashMap<>();
        for (ReferenceColumn column : columns) {
            List<Long> ids = column.target().equals("department") ? duplicateDepartments : duplicateIds;
            assertThat(column.count(jdbc, ids)).as("this test gives %s a reference to the duplicate", column)
                    .isPositive();
            toRemainingBefore.put(column, column.count(jdbc,
                    column.target().equals("department") ? List.of(remainingBegeleiding) : List.of(remaining)));
        }

        // the confirmation shows how many references move, per kind, and no client content
        mvc.perform(get("/admin/organisations/{id}/merge", duplicate).session(admin)
                        .param("into", remaining.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cliënten die door deze organisatie zijn aangemeld")))
                .andExpect(content().string(containsString("Opschalingen naar deze organisatie")))
                .andExpect(content().string(containsString(
                        "Deze afdelingen worden één afdeling met dezelfde naam: Begeleiding.")))
                .andExpect(content().string(containsString("Deze afdelingen gaan mee: Jeugd.")))
                .andExpect(content().string(not(containsString("Wachttijd verkorten"))))
                .andExpect(content().string(not(containsString("Aangemeld bij de GGZ."))));

        mvc.perform(post("/admin/organisations/{id}/merge", duplicate).with(csrf()).session(admin)
                        .param("into", remaining.toString()).param("version", String.valueOf(version(duplicate)))
                        .param("intoVersion", String.valueOf(version(remaining))))
                .andExpect(redirectedUrl("/admin/organisations/" + remaining));

        List<String> leftBehind = new ArrayList<>();
        for (ReferenceColumn column : columns) {
            boolean department = column.target().equals("department");
            if (column.count(jdbc, department ? duplicateDepartments : duplicateIds) > 0) {
                leftBehind.add(column.toString());
            }
            if (!column.table().equals("department")) {
                assertThat(column.count(jdbc, department ? List.of(remainingBegeleiding) : List.of(remaining)))
                        .as("%s moved to the remaining organisation", column)
                        .isEqualTo(toRemainingBefore.get(column) + 1);
            }
        }
        assertThat(leftBehind).as("columns still naming the duplicate").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from organisation where id = ?", Integer.class, duplicate))
                .isZero();
        assertThat(organisations.departments(remaining)).extracting(DepartmentSummary::name)
                .containsExactlyInAnyOrder("begeleiding", "Jeugd", "Volwassenen");
        assertThat(department(remaining, "Jeugd")).isEqualTo(jeugd);
        assertThat(accounts.byIds(List.of(referrer.id())).get(referrer.id()).departmentId())
                .isEqualTo(remainingBegeleiding);
        // a form opened on the client before the merge now meets a newer version
        assertThat(jdbc.queryForObject("select version from client where id = ?", Long.class, client))
                .isGreaterThan(clientVersion);
        assertThat(audits("organisation_merge", remaining)).isEqualTo(1);
        assertThat(audits("organisation_merged_away", duplicate)).isEqualTo(1);
        mvc.perform(get("/clients/{id}", client).session(coach))
                .andExpect(content().string(not(containsString(duplicateName))));
    }

    @Test
    void aMergeIsRefusedIntoItselfIntoAnInactiveOneAndFromAStaleForm() throws Exception {
        MockHttpSession admin = login(mvc, "beheerder");
        Long first = create(admin, unique("Woonstichting"), "HOUSING", "");
        Long second = create(admin, unique("Woonstichting dubbel"), "HOUSING", "");

        mvc.perform(get("/admin/organisations/{id}/merge", first).session(admin).param("into", first.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("niet met zichzelf worden samengevoegd")));
        mvc.perform(post("/admin/organisations/{id}/merge", first).with(csrf()).session(admin)
                        .param("into", first.toString()).param("version", "0").param("intoVersion", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("niet met zichzelf worden samengevoegd")));

        mvc.perform(post("/admin/organisations/{id}/deactivate", second).with(csrf()).session(admin)
                .param("version", "0")).andExpect(status().isFound());
        mvc.perform(post("/admin/organisations/{id}/merge", first).with(csrf()).session(admin)
                        .param("into", second.toString()).param("version", "0").param("intoVersion", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De organisatie die blijft, moet actief zijn.")));
        mvc.perform(post("/admin/organisations/{id}/reactivate", second).with(csrf()).session(admin)
                .param("version", "1")).andExpect(status().isFound());

        // the remaining organisation changed after the confirmation was shown
        mvc.perform(post("/admin/organisations/{id}/merge", first).with(csrf()).session(admin)
                        .param("into", second.toString()).param("version", "0").param("intoVersion", "1"))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/organisations/{id}/merge", first).with(csrf()).session(admin)
                        .param("into", "999999999").param("version", "0").param("intoVersion", "0"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from organisation where id in (?, ?)", Integer.class, first,
                second)).isEqualTo(2);
    }

    @Test
    void onlyTheAdministratorChangesTheSocialMapAndCoachesAndTheProjectLeaderLookItUp() throws Exception {
        Long some = organisations.active().get(0).id();
        for (String username : List.of("coach1", "projectleider", "verwijzer1")) {
            MockHttpSession session = login(mvc, username);
            mvc.perform(get("/admin/organisations").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/organisations/{id}", some).session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/organisations/new").with(csrf()).session(session)
                    .param("name", "Niet toegestaan").param("type", "OTHER")).andExpect(status().isForbidden());
            mvc.perform(post("/admin/organisations/{id}/deactivate", some).with(csrf()).session(session)
                    .param("version", String.valueOf(version(some)))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/organisations/{id}/merge", some).with(csrf()).session(session)
                    .param("into", "1").param("version", "0").param("intoVersion", "0"))
                    .andExpect(status().isForbidden());
        }
        assertThat(organisations.findByName("Niet toegestaan")).isEmpty();
        assertThat(organisations.isActive(some)).isTrue();
        for (String username : List.of("coach1", "projectleider")) {
            mvc.perform(get("/organisations").session(login(mvc, username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Sociale kaart")))
                    .andExpect(content().string(not(containsString("/admin/organisations/"))));
        }
        mvc.perform(get("/organisations").session(login(mvc, "verwijzer1"))).andExpect(status().isForbidden());
        MockHttpSession admin = login(mvc, "beheerder");
        mvc.perform(get("/organisations").session(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisations").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/organisations\"")));
        mvc.perform(get("/admin/organisations")).andExpect(redirectedUrl("/login"));
    }

    long statementsFor(MockHttpSession session, String path, String search) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(path).session(session).param("q", search)).andExpect(status().isOk());
        return StatementCounter.count();
    }

    @Test
    void theListsCostTheSameNumberOfStatementsWhateverTheNumberOfOrganisations() throws Exception {
        MockHttpSession admin = login(mvc, "beheerder");
        MockHttpSession coach = login(mvc, "coach1");
        String tag = "Telling" + UUID.randomUUID().toString().substring(0, 6);
        addOrganisations(tag, 0, 26);
        statementsFor(admin, "/admin/organisations", tag);
        long adminWithTwoPages = statementsFor(admin, "/admin/organisations", tag);
        long mapWithTwoPages = statementsFor(coach, "/organisations", tag);
        addOrganisations(tag, 26, 60);
        long adminWithThreePages = statementsFor(admin, "/admin/organisations", tag);
        long mapWithThreePages = statementsFor(coach, "/organisations", tag);
        // the session's account check, the page, the total, the departments of the organisations shown
        assertThat(adminWithThreePages).isEqualTo(adminWithTwoPages).isLessThanOrEqualTo(5);
        assertThat(mapWithThreePages).isEqualTo(mapWithTwoPages).isLessThanOrEqualTo(5);
    }

    void addOrganisations(String tag, int from, int to) {
        for (int i = from; i < to; i++) {
            organisations.createIfAbsent(tag + " " + i, OrganisationType.WELFARE, "078 000 00 0" + i % 10, null, null,
                    List.of("Afdeling A", "Afdeling B"));
        }
    }
}
