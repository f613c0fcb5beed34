package nl.waakvlam.imports;

import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.organisation.OrganisationType;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.Dates;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.Sessions;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import from upload to commit, through the real pages, on real PostgreSQL, with workbooks and
 * CSV files generated here. Each test imports for coaches and an organisation of its own, so the
 * shared test programme's caseloads stay as they are.
 */
@IntegrationTest
class ImportIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ADULTS = "Kwetsbare volwassenen in een latere levensfase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @Autowired
    OrganisationService organisations;

    MockHttpSession leader;
    String unique;
    String organisation;
    LocalDate today;

    @BeforeEach
    void signIn() throws Exception {
        leader = Sessions.login(mvc, "projectleider");
        unique = UUID.randomUUID().toString().substring(0, 8);
        organisation = "Importschool " + unique;
        organisations.createIfAbsent(organisation, OrganisationType.SCHOOL, null, null, null, List.of());
        today = LocalDate.now(Dates.ZONE);
    }

    @Test
    void twoHundredClientsAndTwoThousandContactsImportInUnderFifteenSeconds() throws Exception {
        List<UserSummary> coaches = List.of(people.coach(), people.coach(), people.coach(), people.coach());
        Random random = new Random(12);
        List<List<Object>> clients = new ArrayList<>();
        List<List<Object>> contacts = new ArrayList<>();
        String[] phases = {"Intake", "Intensief", "Afschalen", "Waakvlam"};
        String[] kinds = {"Gesprek", "Telefoon", "Huisbezoek", "App / bericht", "Wandeling of activiteit"};
        String[] outcomes = {"Bereikt", "Bereikt", "Bereikt", "Geen gehoor", "Niet thuis"};
        String[] domains = {"Werk", "Wonen; Inkomen en financiën/schulden", "Sociaal netwerk en relaties", ""};
        for (int i = 0; i < 200; i++) {
            String number = "P-" + i;
            LocalDate start = today.minusDays(200 + random.nextInt(300));
            clients.add(List.of(number, "Anna Perf" + unique + " " + i,
                    LocalDate.of(1970 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    ADULTS, phases[i % 4], start.minusDays(20), start, start.plusDays(30),
                    coaches.get(i % 4).username(), organisation));
            for (int c = 0; c < 10; c++) {
                contacts.add(List.of(number, today.minusDays(1 + c * 15L).atTime(10 + c % 7, 15), kinds[c % 5],
                        outcomes[(i + c) % 5], 15 + c * 5, domains[c % 4], "Werknotitie " + c + " voor cliënt " + i));
            }
        }
        byte[] workbook = ImportFiles.workbook(clients, contacts);

        long started = System.nanoTime();
        Long upload = upload(file("register-" + unique + ".xlsx", workbook));
        mapAsSuggested(upload);
        DryRun run = dryRun(upload);
        long checked = System.nanoTime();
        assertThat(run.problems()).isEmpty();
        assertThat(run.clients()).hasSize(200);
        assertThat(run.contacts()).hasSize(2000);

        long committing = System.nanoTime();
        Long runId = commit(upload);
        double seconds = (System.nanoTime() - committing) / 1e9;
        System.out.printf("import of 200 clients and 2,000 contacts: commit %.2f s (upload, mapping and dry run "
                + "%.2f s before it)%n", seconds, (checked - started) / 1e9);
        assertThat(seconds).isLessThan(15);

        List<Long> ids = jdbc.queryForList("select client_id from import_run_client where run_id = ?", Long.class,
                runId);
        assertThat(ids).hasSize(200);
        assertThat(jdbc.queryForObject("select count(*) from contact_moment where client_id = any(?)", Long.class,
                (Object) ids.toArray(Long[]::new))).isEqualTo(2000);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CREATE' and entity = "
                + "'client' and client_id = any(?)", Long.class, (Object) ids.toArray(Long[]::new))).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from import_upload where id = ?", Long.class, upload))
                .isZero();
    }

    @Test
    void aFileWithThreeBadRowsImportsNothingAndListsExactlyThoseRows() throws Exception {
        UserSummary coach = people.coach();
        List<List<Object>> clients = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clients.add(new ArrayList<>(List.of("B-" + i, "Bart Fout" + unique + " " + i, LocalDate.of(1990, 1, 1 + i),
                    ADULTS, "Intensief", "", today.minusDays(60), "", coach.username(), organisation)));
        }
        clients.get(2).set(8, "onbekend-" + unique);         // row 4: no such coach
        clients.get(5).set(2, "31-02-1990");                  // row 7: no such date
        clients.get(8).set(6, LocalDate.of(1985, 5, 5));      // row 10: starts before birth
        Long upload = upload(file("fout-" + unique + ".xlsx", ImportFiles.workbook(clients, null)));
        mapAsSuggested(upload);

        MvcResult page = mvc.perform(get("/import/" + upload + "/check").session(leader))
                .andExpect(status().isOk()).andReturn();
        DryRun run = (DryRun) page.getModelAndView().getModel().get("run");

        assertThat(run.problems()).extracting(RowProblem::row).containsExactly(4, 7, 10);
        assertThat(run.problems()).extracting(RowProblem::messageKey).containsExactly("importProblem.unknownCoach",
                "importProblem.invalidDate", "importProblem.startBeforeBirth");
        assertThat(run.problems()).extracting(RowProblem::column).containsExactly("Lifecoach (gebruikersnaam)",
                "Geboortedatum", "Startdatum");
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("rij 4", "rij 7", "rij 10", "Er is geen lifecoach met de naam of gebruikersnaam",
                "is geen geldige datum", "De startdatum ligt vóór de geboortedatum", "3 rijen hebben een probleem")
                .doesNotContain("Alles importeren");
        assertThat(run.canCommit()).isFalse();

        mvc.perform(post("/import/" + upload + "/commit").session(leader).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from client where last_name like ?", Long.class,
                "Fout" + unique + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from import_upload where id = ?", Long.class, upload))
                .isEqualTo(1);
    }

    @Test
    void aWindows1252CsvWithSemicolonsKeepsClientAndUmlautIntact() throws Exception {
        UserSummary coach = people.coach();
        String last = "Çelik" + unique;
        byte[] clients = ImportFiles.csv(ExampleWorkbook.CLIENT_HEADERS, List.of(List.of("Ö-1", "Özcan " + last,
                        "05-11-2006", ADULTS, "Intensief", "", dutch(today.minusDays(40)), "", coach.username(),
                        organisation)), SpreadsheetReader.WINDOWS_1252, ';');
        byte[] contacts = ImportFiles.csv(ExampleWorkbook.CONTACT_HEADERS, List.of(List.of("Ö-1",
                        dutch(today.minusDays(3)) + " 10:30", "Gesprek", "Bereikt", "45", "Werk",
                        "Gesprek met cliënt over werk bij de groenvoorziening")),
                SpreadsheetReader.WINDOWS_1252, ';');
        assertThat(new String(clients, StandardCharsets.UTF_8)).contains("\uFFFD");

        Long upload = upload(file("clienten-" + unique + ".csv", clients),
                new MockMultipartFile("contactsFile", "contacten-" + unique + ".csv", "text/csv", contacts));
        ImportService.MappingPage mapping = mapAsSuggested(upload);
        assertThat(mapping.clientTable().headers()).contains("Cliëntnummer");
        assertThat(mapping.contactTable()).isNotNull();
        assertThat(dryRun(upload).problems()).isEmpty();
        commit(upload);

        Long client = jdbc.queryForObject("select id from client where first_name = 'Özcan' and last_name = ?",
                Long.class, last);
        assertThat(jdbc.queryForObject("select private_note from contact_moment where client_id = ?", String.class,
                client)).isEqualTo("Gesprek met cliënt over werk bij de groenvoorziening");
    }

    @Test
    void theSameFileTwiceIsRefusedAndAClientWaakvlamAlreadyHasIsKeptAsItIs() throws Exception {
        UserSummary coach = people.coach();
        List<Object> first = List.of("D-1", "Dirk Dubbel" + unique, LocalDate.of(1980, 2, 2), ADULTS, "Waakvlam", "",
                today.minusDays(300), "", coach.username(), organisation);
        byte[] workbook = ImportFiles.workbook(List.of(first), null);
        Long upload = upload(file("dubbel-" + unique + ".xlsx", workbook));
        Long sameFileAgain = upload(file("dubbel-kopie-" + unique + ".xlsx", workbook));
        mapAsSuggested(upload);
        mapAsSuggested(sameFileAgain);
        commit(upload);

        // the second upload of the file, made before the first commit, is refused at its own commit
        mvc.perform(post("/import/" + sameFileAgain + "/commit").session(leader).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("refusalKey"))
                        .isEqualTo("import.refused.duplicateFile"));
        // uploading it again is refused straight away
        String page = mvc.perform(multipart("/import").file(file("nogmaals-" + unique + ".xlsx", workbook))
                        .session(leader).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("is al geïmporteerd op");
        assertThat(jdbc.queryForObject("select count(*) from client where last_name = ?", Long.class,
                "Dubbel" + unique)).isEqualTo(1);

        // another file with the same person in it: that client is kept as Waakvlam has it, the other is new
        List<Object> other = List.of("D-2", "Daan Anders" + unique, LocalDate.of(1981, 3, 3), ADULTS, "Intensief",
                "", today.minusDays(30), "", coach.username(), organisation);
        Long next = upload(file("nieuw-" + unique + ".xlsx", ImportFiles.workbook(List.of(other, first), null)));
        mapAsSuggested(next);
        DryRun run = dryRun(next);
        assertThat(run.problems()).isEmpty();
        assertThat(run.clients()).hasSize(1);
        assertThat(run.existing()).singleElement().satisfies(existing -> assertThat(existing.row()).isEqualTo(3));
    }

    @Test
    void importedClientsAreOnTheirCoachsCaseloadWithTheFlameFromTheImportedContacts() throws Exception {
        UserSummary coach = people.coach();
        LocalDate start = today.minusDays(100);
        List<List<Object>> clients = List.of(
                List.of("F-1", "Fleur Brandt" + unique, LocalDate.of(1995, 4, 4), ADULTS, "Intensief", "", start, "",
                        coach.username(), organisation),
                List.of("F-2", "Frank Doven" + unique, LocalDate.of(1996, 5, 5), ADULTS, "Intensief", "", start, "",
                        coach.username(), organisation));
        List<List<Object>> contacts = List.of(
                List.of("F-1", today.minusDays(2).atTime(11, 0), "Huisbezoek", "Bereikt", 60, "Wonen", ""),
                List.of("F-1", today.minusDays(9).atTime(11, 0), "Telefoon", "Geen gehoor", "", "", ""),
                List.of("F-2", today.minusDays(20).atTime(11, 0), "Gesprek", "Bereikt", 30, "Werk", ""),
                // an attempt never relights the flame
                List.of("F-2", today.minusDays(1).atTime(11, 0), "Telefoon", "Geen gehoor", "", "", ""));
        Long upload = upload(file("vlam-" + unique + ".xlsx", ImportFiles.workbook(clients, contacts)));
        mapAsSuggested(upload);
        Long runId = commit(upload);

        String result = mvc.perform(get("/import/runs/" + runId).session(leader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(result).contains("/clients?coach=" + coach.id());

        String caseload = mvc.perform(get("/caseload").session(Sessions.login(mvc, coach.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row(caseload, "Brandt" + unique)).contains("wv-flame-BURNING").contains("wv-phase-INTENSIVE");
        assertThat(row(caseload, "Doven" + unique)).contains("wv-flame-GOING_OUT");
        Long client = jdbc.queryForObject("select id from client where last_name = ?", Long.class, "Brandt" + unique);
        mvc.perform(get("/clients/" + client).session(Sessions.login(mvc, coach.username())))
                .andExpect(status().isOk());
    }

    @Test
    void theMappingIsRememberedForTheNextFileWithTheSameColumns() throws Exception {
        UserSummary coach = people.coach();
        List<String> headers = List.of("Persoon", "Geb.", "Spoor", "Stand", "Begonnen", "Begeleider", "Via");
        Map<String, String> columns = Map.of("NAME", "0", "DATE_OF_BIRTH", "1", "TRACK", "2", "PHASE", "3",
                "START_DATE", "4", "COACH", "5", "REFERRING_ORGANISATION", "6");
        byte[] first = ImportFiles.csv(headers, List.of(List.of("Mia Onthoud" + unique, "01-01-1990", ADULTS,
                "Intensief", dutch(today.minusDays(10)), coach.username(), organisation)),
                StandardCharsets.UTF_8, ',');
        Long upload = upload(file("eigen-" + unique + ".csv", first));
        ImportService.MappingPage guessed = mapping(upload);
        assertThat(guessed.clientRemembered()).isFalse();
        assertThat(guessed.clientMapping().has(TargetField.COACH)).isFalse();

        MockHttpServletRequestBuilder save = post("/import/" + upload + "/mapping").session(leader).with(csrf())
                .param("clientTable", "0-0").param("contactTable", "");
        columns.forEach((field, column) -> save.param("columns[" + field + "]", column));
        mvc.perform(save).andExpect(status().is3xxRedirection());
        assertThat(dryRun(upload).problems()).isEmpty();

        byte[] second = ImportFiles.csv(headers, List.of(List.of("Mo Ook" + unique, "02-02-1991", ADULTS,
                "Waakvlam", dutch(today.minusDays(20)), coach.username(), organisation)),
                StandardCharsets.UTF_8, ',');
        Long next = upload(file("eigen2-" + unique + ".csv", second));
        ImportService.MappingPage remembered = mapping(next);

        assertThat(remembered.clientRemembered()).isTrue();
        assertThat(remembered.clientMapping().columns().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), e -> e.getValue().toString()))).isEqualTo(columns);
        String page = mvc.perform(get("/import/" + next + "/mapping").session(leader))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("onthouden van een eerder bestand");
    }

    @Test
    void aMappingWithoutItsRequiredColumnsComesBackWithTheReason() throws Exception {
        Long upload = upload(file("half-" + unique + ".csv", ImportFiles.csv(List.of("Naam", "Iets"),
                List.of(List.of("Ab Cd", "x")), StandardCharsets.UTF_8, ';')));
        String page = mvc.perform(post("/import/" + upload + "/mapping").session(leader).with(csrf())
                        .param("clientTable", "0-0").param("contactTable", "").param("columns[NAME]", "0")
                        .param("columns[TRACK]", "7"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kies de kolom voor dit gegeven; het is verplicht.")
                .contains("Deze kolom staat niet in het blad.");
        mvc.perform(get("/import/" + upload + "/check").session(leader))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void onlyTheProjectLeaderImportsAndOnlyTheirOwnUploads() throws Exception {
        Long upload = upload(file("rollen-" + unique + ".csv", ImportFiles.csv(List.of("Naam"),
                List.of(List.of("Ab Cd")), StandardCharsets.UTF_8, ';')));
        for (String username : List.of("coach1", "verwijzer1", "beheerder")) {
            MockHttpSession session = Sessions.login(mvc, username);
            mvc.perform(get("/import").session(session)).andExpect(status().isForbidden());
            mvc.perform(multipart("/import").file(file("x.csv", new byte[]{'a'})).session(session).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/import/" + upload + "/mapping").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/import/" + upload + "/commit").session(session).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/import/voorbeeld-clientvolgsysteem.xlsx").session(session))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/import")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/import").session(leader)).andExpect(status().isOk());
        mvc.perform(get("/import/" + upload + "/mapping").session(Sessions.login(mvc,
                people.projectLeader().username()))).andExpect(status().isNotFound());
    }

    @Test
    void anUploadWithoutAFileOrOfTheWrongKindComesBackWithTheReason() throws Exception {
        String none = mvc.perform(post("/import").session(leader).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("Kies een bestand.");
        String wrong = mvc.perform(multipart("/import").file(file("lijst.xls", new byte[]{1, 2, 3}))
                        .session(leader).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Kies een .xlsx- of .csv-bestand");
        String broken = mvc.perform(multipart("/import").file(file("kapot.xlsx", new byte[]{1, 2, 3}))
                        .session(leader).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(broken).contains("kan niet worden gelezen");
    }

    @Test
    void theExampleRegistrationPassesTheDryRunOfTheTestProgramme() throws Exception {
        byte[] workbook = mvc.perform(get("/import/voorbeeld-clientvolgsysteem.xlsx").session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Long upload = upload(file(ExampleWorkbook.WORKBOOK, workbook));
        ImportService.MappingPage mapping = mapAsSuggested(upload);
        assertThat(mapping.clientTable().sheetName()).isEqualTo(ExampleWorkbook.CLIENTS_SHEET);
        assertThat(mapping.contactTable().sheetName()).isEqualTo(ExampleWorkbook.CONTACTS_SHEET);
        DryRun run = dryRun(upload);
        assertThat(run.problems()).isEmpty();
        assertThat(run.clients()).hasSize(ExampleWorkbook.CLIENTS.size());
        assertThat(run.contacts()).hasSize(ExampleWorkbook.CONTACTS.size());

        byte[] clientsCsv = mvc.perform(get("/import/voorbeeld-clienten.csv").session(leader))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] contactsCsv = mvc.perform(get("/import/voorbeeld-contacten.csv").session(leader))
                .andReturn().getResponse().getContentAsByteArray();
        Long csv = upload(file(ExampleWorkbook.CLIENTS_CSV, clientsCsv),
                new MockMultipartFile("contactsFile", ExampleWorkbook.CONTACTS_CSV, "text/csv", contactsCsv));
        mapAsSuggested(csv);
        DryRun csvRun = dryRun(csv);
        assertThat(csvRun.problems()).isEmpty();
        assertThat(csvRun.contacts()).hasSize(ExampleWorkbook.CONTACTS.size());
    }

    /** The row of a client in the caseload's list of all clients (not the today list above it). */
    private String row(String caseload, String name) {
        return Arrays.stream(caseload.substring(caseload.indexOf("wv-clients")).split("<li class=\"list-group-item\"")).filter(part -> part.contains(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not on the caseload"));
    }

    private static String dutch(LocalDate date) {
        return String.format("%02d-%02d-%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    @Autowired
    nl.waakvlam.coach.CoachService coaches;

    @Autowired
    nl.waakvlam.measurement.InstrumentCatalogue catalogue;

    /** The ZRM's switch as the shared programme had it, put back after a test that turns it. */
    Boolean zrmToRestore;

    @org.junit.jupiter.api.AfterEach
    void restoreZrm() {
        if (zrmToRestore != null) {
            jdbc.update("update instrument set enabled = ? where code = 'ZRM'", zrmToRestore);
            catalogue.refresh();
            zrmToRestore = null;
        }
    }

    @Test
    void aCoordinatorsWorkbookImportsAsItIsKeptAndASecondImportAddsOnlyWhatIsNew() throws Exception {
        UserSummary coach = people.coach();
        // a coach with room for little: the dry run warns before giving them a list
        coaches.updateProfile(new nl.waakvlam.coach.ProfileUpdate(coach.id(), 0, nl.waakvlam.coach.Gender.FEMALE,
                List.of("Nederlands"), List.of(), "Test", 24, 4));
        LocalDate start = today.minusDays(60);
        CoordinatorWorkbook.Client sem = new CoordinatorWorkbook.Client("1", "Sem" + unique, "de Wit",
                LocalDate.of(2007, 1, 31), "Jongeren", organisation, start.minusDays(10), start, "Intensief",
                coach.displayName(), "06 1234 5678", 2, 6, "Belt liever niet");
        CoordinatorWorkbook.Client noa = new CoordinatorWorkbook.Client("2", "Noa" + unique, "Hendriks",
                "31-1-2007", "Jongeren", organisation, "1 " + "jan " + start.minusYears(0).getYear(),
                start.getDayOfMonth() + "-" + start.getMonthValue() + "-" + start.getYear(), "Intensief", null,
                null, 3, 7, null);
        CoordinatorWorkbook.Contact first = new CoordinatorWorkbook.Contact("1", today.minusDays(20), "Gesprek",
                "Bereikt", 45, "Kennismaking");

        Long upload = upload(file("deelnemers-" + unique + ".xlsx",
                CoordinatorWorkbook.build(List.of(sem, noa), List.of(first))));
        ImportService.MappingPage page = mapAsSuggested(upload);
        assertThat(page.clientTable().headerRow()).isEqualTo(3);
        // every column of the list has a place: nothing is silently dropped
        assertThat(page.clientMapping().columns()).containsKeys(TargetField.PHONE, TargetField.REMARK,
                TargetField.ZRM_FINANCES, TargetField.SCORE_SCALE);
        // the ZRM is licensed: switched off, its scores are refused with a clear reason instead of lost
        zrmToRestore = jdbc.queryForObject("select enabled from instrument where code = 'ZRM'", Boolean.class);
        jdbc.update("update instrument set enabled = false where code = 'ZRM'");
        catalogue.refresh();
        assertThat(dryRun(upload).problems()).extracting(RowProblem::messageKey)
                .containsExactly("importProblem.instrumentOff", "importProblem.instrumentOff");
        jdbc.update("update instrument set enabled = true where code = 'ZRM'");
        catalogue.refresh();
        String checkPage = mvc.perform(get("/import/" + upload + "/check").session(leader)).andReturn().getResponse()
                .getContentAsString();
        DryRun run = dryRun(upload);
        assertThat(run.problems()).isEmpty();
        assertThat(run.clients()).hasSize(2);
        assertThat(run.measurements()).isEqualTo(4);
        assertThat(run.ignored()).extracting(DryRun.Ignored::reasonKey).containsExactly("importIgnored.aboveHeader",
                "importIgnored.total", "importIgnored.formulas", "importIgnored.note");
        assertThat(run.unusedColumns()).isEmpty();
        assertThat(run.loads()).singleElement().satisfies(load -> {
            assertThat(load.overCapacity()).isTrue();
            assertThat(load.clients()).isEqualTo(2);
        });
        assertThat(checkPage).contains("Overgeslagen regels (4)").contains("totaalregel")
                .contains("Boven de capaciteit").contains("4 metingen");
        String measuredBefore = mvc.perform(get("/dashboard/measurements.csv").param("coach", coach.id().toString())
                .session(leader)).andReturn().getResponse().getContentAsString();
        assertThat(measuredBefore).doesNotContain("Schaalvraag");
        commit(upload);
        // the dashboard's before-and-after figures count the scores from the list as the clients' first measurement
        String measuredAfter = mvc.perform(get("/dashboard/measurements.csv").param("coach", coach.id().toString())
                .session(leader)).andReturn().getResponse().getContentAsString();
        assertThat(measuredAfter).contains("Schaalvraag (1–10);< 5");
        Long semId = jdbc.queryForObject("select id from client where first_name = ?", Long.class, "Sem" + unique);
        assertThat(jdbc.queryForObject("select phone from client where id = ?", String.class, semId))
                .isEqualTo("06 1234 5678");
        assertThat(jdbc.queryForList("select i.code || ':' || m.moment || ':' || m.measured_on from measurement m "
                + "join instrument i on i.id = m.instrument_id where m.client_id = ? order by i.code", String.class,
                semId)).containsExactly("SCALE:START:" + start, "ZRM:START:" + start);
        String file = mvc.perform(get("/clients/{id}", semId).session(Sessions.login(mvc, coach.username())))
                .andReturn().getResponse().getContentAsString();
        assertThat(file).contains("Belt liever niet").contains("Schaalvraag");
        assertThat(jdbc.queryForObject("select count(*) from client where first_name in (?, ?)", Long.class,
                "Sem" + unique, "Noa" + unique)).isEqualTo(2);
        // a Dutch text date and a date cell are the same day
        assertThat(jdbc.queryForList("select distinct date_of_birth from client where first_name in (?, ?)",
                LocalDate.class, "Sem" + unique, "Noa" + unique)).containsExactly(LocalDate.of(2007, 1, 31));

        // a week later: the same list with one new client, the first contact again and two new ones
        CoordinatorWorkbook.Client daan = new CoordinatorWorkbook.Client("3", "Daan" + unique, "Visser",
                LocalDate.of(2006, 5, 5), "Jongeren", organisation, start, start, "Waakvlam", coach.displayName(),
                null, null, null, null);
        Long again = upload(file("deelnemers-week2-" + unique + ".xlsx", CoordinatorWorkbook.build(
                List.of(sem, noa, daan), List.of(first,
                        new CoordinatorWorkbook.Contact("1", today.minusDays(3), "Telefoon", "Bereikt", 10, ""),
                        new CoordinatorWorkbook.Contact("3", today.minusDays(2), "Huisbezoek", "Bereikt", 60, "")))));
        mapAsSuggested(again);
        DryRun second = dryRun(again);
        assertThat(second.problems()).isEmpty();
        assertThat(second.clients()).extracting(c -> c.command().identity().firstName()).containsExactly("Daan" + unique);
        assertThat(second.existing()).hasSize(2);
        assertThat(second.contactsAlreadyHeld()).isOne();
        assertThat(second.contacts()).hasSize(2);
        // the project leader may skip the clients Waakvlam has altogether, and change their mind
        mvc.perform(post("/import/" + again + "/existing").param("add", "false").session(leader).with(csrf()))
                .andExpect(status().is3xxRedirection());
        DryRun skipping = dryRun(again);
        assertThat(skipping.contacts()).hasSize(1);
        assertThat(skipping.contactsSkippedForExisting()).isOne();
        mvc.perform(post("/import/" + again + "/existing").param("add", "true").session(leader).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(dryRun(again).contacts()).hasSize(2);
        commit(again);
        assertThat(jdbc.queryForObject("select count(*) from client where first_name in (?, ?, ?)", Long.class,
                "Sem" + unique, "Noa" + unique, "Daan" + unique)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from contact_moment m join client c on c.id = m.client_id "
                + "where c.first_name = ?", Long.class, "Sem" + unique)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from contact_moment m join client c on c.id = m.client_id "
                + "where c.first_name = ?", Long.class, "Daan" + unique)).isEqualTo(1);
    }

    @Test
    void theHeaderRowCanBeChosenUnlinkedColumnsKeptAndAnotherCoachGivenTheClients() throws Exception {
        UserSummary coach = people.coach();
        UserSummary other = people.coach();
        LocalDate start = today.minusDays(30);
        Long upload = upload(file("lijst-" + unique + ".xlsx", CoordinatorWorkbook.build(List.of(
                new CoordinatorWorkbook.Client("1", "Ilse" + unique, "Kok", LocalDate.of(2006, 6, 6), "Jongeren",
                        organisation, start, start, "Intensief", coach.displayName(), "06 9876 5432", null, null,
                        null)), List.of())));
        String table = mapping(upload).clientTable().id();

        // the wrong row, a row that is not there, then the right one again
        mvc.perform(post("/import/" + upload + "/header-row").session(leader).with(csrf()).param("table", table)
                .param("row", "1")).andExpect(status().is3xxRedirection());
        assertThat(mapping(upload).clientTable().headers()).containsExactly("Deelnemers Waakvlam Zwijndrecht 2026");
        mvc.perform(post("/import/" + upload + "/header-row").session(leader).with(csrf()).param("table", table)
                        .param("row", "99"))
                .andExpect(result -> assertThat(result.getFlashMap().get("headerRowError"))
                        .isEqualTo("import.headerRow.unknown"));
        mvc.perform(post("/import/" + upload + "/header-row").session(leader).with(csrf()).param("table", table)
                .param("row", "3")).andExpect(status().is3xxRedirection());
        assertThat(mapping(upload).clientTable().headerRow()).isEqualTo(3);

        // the phone column not linked, but kept as a remark; the coach's clients given to a colleague
        MvcResult page = mvc.perform(get("/import/" + upload + "/mapping").session(leader)).andReturn();
        MappingForm form = (MappingForm) page.getModelAndView().getModel().get("form");
        MockHttpServletRequestBuilder save = post("/import/" + upload + "/mapping").session(leader).with(csrf())
                .param("clientTable", form.getClientTable()).param("contactTable", form.getContactTable())
                .param("keepUnknown", "true");
        form.getColumns().forEach((field, column) -> save.param("columns[" + field + "]",
                field.equals("PHONE") ? "" : column));
        mvc.perform(save).andExpect(status().is3xxRedirection());
        // first to a colleague who is away: the dry run warns; then to one who is not
        Long away = jdbc.queryForObject("select id from user_account where username = 'coach3'", Long.class);
        mvc.perform(post("/import/" + upload + "/coaches").session(leader).with(csrf())
                .param("move-" + coach.id(), away.toString())).andExpect(status().is3xxRedirection());
        assertThat(dryRun(upload).loads()).singleElement().satisfies(load -> {
            assertThat(load.coach().id()).isEqualTo(away);
            assertThat(load.absentFrom()).isNotNull();
        });
        mvc.perform(post("/import/" + upload + "/coaches").session(leader).with(csrf())
                .param("move-" + coach.id(), other.id().toString())).andExpect(status().is3xxRedirection());

        DryRun run = dryRun(upload);
        assertThat(run.problems()).isEmpty();
        assertThat(run.keptColumns()).containsExactly("Telefoon");
        assertThat(run.unusedColumns()).isEmpty();
        assertThat(run.clients()).singleElement().satisfies(client -> {
            assertThat(client.coach().id()).isEqualTo(other.id());
            assertThat(client.command().remark()).contains("Telefoon: 06 9876 5432");
        });
        assertThat(run.fileCoaches()).singleElement().satisfies(named -> {
            assertThat(named.coach().id()).isEqualTo(coach.id());
            assertThat(named.movedTo().id()).isEqualTo(other.id());
        });
        assertThat(mvc.perform(get("/import/" + upload + "/check").session(leader)).andReturn().getResponse()
                .getContentAsString()).contains("Cliënten aan een andere coach geven");
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, name.endsWith(".csv") ? "text/csv" : XLSX, content);
    }

    private Long upload(MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/import");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        String location = mvc.perform(request.session(leader).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/import/\\d+/mapping");
        return Long.valueOf(location.split("/")[2]);
    }

    private ImportService.MappingPage mapping(Long upload) throws Exception {
        return (ImportService.MappingPage) mvc.perform(get("/import/" + upload + "/mapping").session(leader))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("page");
    }

    /** Saves the mapping the page suggests, as a project leader who agrees with it would. */
    private ImportService.MappingPage mapAsSuggested(Long upload) throws Exception {
        MvcResult page = mvc.perform(get("/import/" + upload + "/mapping").session(leader))
                .andExpect(status().isOk()).andReturn();
        MappingForm form = (MappingForm) page.getModelAndView().getModel().get("form");
        MockHttpServletRequestBuilder save = post("/import/" + upload + "/mapping").session(leader).with(csrf())
                .param("clientTable", form.getClientTable()).param("contactTable", form.getContactTable());
        form.getColumns().forEach((field, column) -> save.param("columns[" + field + "]", column));
        mvc.perform(save).andExpect(status().is3xxRedirection());
        return (ImportService.MappingPage) page.getModelAndView().getModel().get("page");
    }

    private DryRun dryRun(Long upload) throws Exception {
        return (DryRun) mvc.perform(get("/import/" + upload + "/check").session(leader))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("run");
    }

    private Long commit(Long upload) throws Exception {
        String location = mvc.perform(post("/import/" + upload + "/commit").session(leader).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("commit of upload %d", upload).matches("/import/runs/\\d+");
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }
}
