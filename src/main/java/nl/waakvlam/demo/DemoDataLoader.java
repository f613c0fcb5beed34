package nl.waakvlam.demo;

import net.datafaker.Faker;
import nl.waakvlam.client.ClientIdentity;
import nl.waakvlam.client.ClientProfile;
import nl.waakvlam.backoffice.BackOfficeService;
import nl.waakvlam.client.ClientAccounts;
import nl.waakvlam.client.ClientService;
import nl.waakvlam.client.LifecycleService;
import nl.waakvlam.client.ContactChannel;
import nl.waakvlam.client.ImportedClient;
import nl.waakvlam.client.Phase;
import nl.waakvlam.coach.AbsenceReason;
import nl.waakvlam.coach.CoachProfileDetails;
import nl.waakvlam.coach.CoachService;
import nl.waakvlam.coach.Gender;
import nl.waakvlam.coach.NewAbsence;
import nl.waakvlam.contact.ContactDetails;
import nl.waakvlam.contact.ContactOutcome;
import nl.waakvlam.contact.ContactService;
import nl.waakvlam.contact.ContactType;
import nl.waakvlam.contact.InitiatedBy;
import nl.waakvlam.contact.TimeKind;
import nl.waakvlam.escalation.EventDetails;
import nl.waakvlam.escalation.EventService;
import nl.waakvlam.evaluation.Audience;
import nl.waakvlam.evaluation.EvaluationImports;
import nl.waakvlam.escalation.EventType;
import nl.waakvlam.escalation.ReferralFormStatus;
import nl.waakvlam.escalation.Severity;
import nl.waakvlam.escalation.SignalSource;
import nl.waakvlam.escalation.TransitionType;
import nl.waakvlam.goal.GoalOwner;
import nl.waakvlam.goal.GoalService;
import nl.waakvlam.goal.GoalStatus;
import nl.waakvlam.measurement.InstrumentCatalogue;
import nl.waakvlam.measurement.MeasurementMoment;
import nl.waakvlam.measurement.MeasurementService;
import nl.waakvlam.measurement.MeasurementSettings;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.organisation.OrganisationSummary;
import nl.waakvlam.organisation.OrganisationType;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.reference.TrackSummary;
import nl.waakvlam.referral.ReferralDetails;
import nl.waakvlam.referral.ReferralService;
import nl.waakvlam.referral.Urgency;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.NewAccount;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.DemoMode;
import nl.waakvlam.sharing.FeedbackChannel;
import nl.waakvlam.sharing.FeedbackFrequency;
import nl.waakvlam.sharing.ReportService;
import nl.waakvlam.sharing.SharingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fills an empty database with the demo programme. Idempotent: when the demo administrator
 * exists the loader does nothing, and everything is created in one transaction so a failed run
 * leaves nothing behind. The random generator has a fixed seed, so every fresh demo database
 * has the same people. Runs once all beans exist and before the web server starts, so the login
 * page is never served while the demo accounts are still missing.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Phase of each demo client, 30 in all, spread the way a running programme looks. */
    static final List<Phase> PHASES = List.of(
            Phase.REFERRED, Phase.REFERRED, Phase.REFERRED,
            Phase.DECLINED, Phase.DECLINED,
            Phase.ACCEPTED, Phase.ACCEPTED,
            Phase.INTAKE, Phase.INTAKE, Phase.INTAKE,
            Phase.INTENSIVE, Phase.INTENSIVE, Phase.INTENSIVE, Phase.INTENSIVE, Phase.INTENSIVE,
            Phase.INTENSIVE, Phase.INTENSIVE,
            Phase.SCALING_DOWN, Phase.SCALING_DOWN, Phase.SCALING_DOWN, Phase.SCALING_DOWN, Phase.SCALING_DOWN,
            Phase.WAAKVLAM, Phase.WAAKVLAM, Phase.WAAKVLAM, Phase.WAAKVLAM, Phase.WAAKVLAM, Phase.WAAKVLAM,
            Phase.ENDED, Phase.ENDED);

    private static final List<String> YOUTH_QUESTIONS = List.of(
            "Ik wil na school een baan vinden en die houden.",
            "Ik wil leren hoe ik mijn geld bijhoud.",
            "Ik wil op mezelf gaan wonen, maar weet niet hoe ik moet beginnen.",
            "Ik wil iemand die me helpt met brieven van instanties.");
    private static final List<String> ADULT_QUESTIONS = List.of(
            "Ik wil dat het goed blijft gaan op mijn werk.",
            "Ik wil mijn schulden op een rij krijgen.",
            "Ik wil minder alleen zijn en meer mensen leren kennen.",
            "Ik wil iemand kunnen bellen als het even niet lukt.");
    private static final List<String> REASONS_YOUTH = List.of(
            "Laatste schooljaar; na de zomer stopt de nazorg van school en er is thuis weinig steun.",
            "Wil werken maar haakt snel af bij tegenslag; weinig netwerk buiten school.",
            "Gaat binnenkort op kamers en heeft moeite met geld en post.");
    private static final List<String> REASONS_ADULT = List.of(
            "Begeleiding is afgerond; werk loopt, maar bij tegenslag dreigt terugval.",
            "Schuldhulptraject afgerond; wil iemand in de buurt houden om niet opnieuw in de problemen te komen.",
            "Woont alleen, weinig contacten; eerder uit beeld geraakt na afsluiten hulp.");
    private static final List<String> KNOWN = List.of(
            "Ongeopende post, betalingsachterstand bij de zorgverzekeraar.",
            "Moeder is weinig beschikbaar; oudere broer geeft soms steun.",
            "Heeft slechte ervaringen met instanties en wil geen 'hulpverlener'.",
            "Eenzaam, weinig daginvulling in het weekend.");
    private static final List<String> LIVING = List.of(
            "Woont bij ouders", "Woont zelfstandig", "Woont met partner en kind", "Woont in een kamer bij een hospita");

    private final DemoMode demoMode;
    private final AccountService accounts;
    private final OrganisationService organisations;
    private final CoachService coaches;
    private final ClientService clients;
    private final ReferralService referrals;
    private final ContactService contacts;
    private final ReferenceData referenceData;
    private final EventService events;
    private final SharingService sharing;
    private final ReportService reports;
    private final GoalService goals;
    private final MeasurementService measurements;
    private final MeasurementSettings measurementSettings;
    private final InstrumentCatalogue catalogue;
    private final TransactionTemplate transaction;
    private final LargeProgramme largeProgramme;
    private final Clock clock;
    private final LifecycleService lifecycle;
    private final BackOfficeService backOfficeService;
    private final ClientAccounts clientAccounts;
    private final EvaluationImports evaluation;

    DemoDataLoader(DemoMode demoMode, AccountService accounts, OrganisationService organisations,
                   CoachService coaches, ClientService clients, ReferralService referrals, ContactService contacts,
                   ReferenceData referenceData, EventService events,
                   SharingService sharing, ReportService reports, GoalService goals,
                   MeasurementService measurements, MeasurementSettings measurementSettings,
                   InstrumentCatalogue catalogue, TransactionTemplate transaction, LargeProgramme largeProgramme,
                   Clock clock, LifecycleService lifecycle, BackOfficeService backOfficeService,
                   ClientAccounts clientAccounts, EvaluationImports evaluation) {
        this.evaluation = evaluation;
        this.clientAccounts = clientAccounts;
        this.lifecycle = lifecycle;
        this.backOfficeService = backOfficeService;
        this.catalogue = catalogue;
        this.goals = goals;
        this.measurements = measurements;
        this.measurementSettings = measurementSettings;
        this.sharing = sharing;
        this.reports = reports;
        this.clients = clients;
        this.referrals = referrals;
        this.contacts = contacts;
        this.referenceData = referenceData;
        this.events = events;
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.organisations = organisations;
        this.coaches = coaches;
        this.transaction = transaction;
        this.largeProgramme = largeProgramme;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!demoMode.isEnabled()) {
            return;
        }
        if (accounts.findByUsername("beheerder").isPresent()) {
            log.info("Demo data already present; nothing loaded");
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            load();
            if (demoMode.scale() == DemoMode.Scale.LARGE) {
                largeProgramme.load();
            }
        });
        catalogue.refresh();
        log.info("Demo data ({}) loaded in {} ms", demoMode.scale().name().toLowerCase(Locale.ROOT),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void load() {
        OrganisationSummary deBrug = organisations.createIfAbsent("Praktijkschool De Brug", OrganisationType.SCHOOL,
                "078 555 0101", "zorg@debrug.example", "Schoolstraat 12, Zwijndrecht", List.of());
        OrganisationSummary horizon = organisations.createIfAbsent("VSO De Horizon", OrganisationType.SCHOOL,
                "078 555 0202", "info@dehorizon.example", "Merwedeweg 4, Dordrecht", List.of());
        OrganisationSummary socialService = organisations.createIfAbsent("Sociale Dienst Drechtoever",
                OrganisationType.SOCIAL_SERVICE, "078 555 0303", "contact@sddrechtoever.example",
                "Stationsplein 1, Dordrecht", List.of("Begeleiding", "Participatie"));
        organisations.createIfAbsent("Gemeente Zwijndrecht", OrganisationType.MUNICIPALITY, "14 078", null,
                "Bouwensstraat 1, Zwijndrecht", List.of("Maatschappelijke Ontwikkeling"));
        organisations.createIfAbsent("GGZ Drechtland", OrganisationType.CARE_PROVIDER, "078 555 0404", null, null,
                List.of());
        organisations.createIfAbsent("Schuldhulp Drechtsteden", OrganisationType.CARE_PROVIDER, "078 555 0505",
                null, null, List.of());
        organisations.createIfAbsent("Woonkracht Zwijndrecht", OrganisationType.HOUSING, "078 555 0606", null,
                null, List.of());
        organisations.createIfAbsent("Sociaal Wijkteam Noord", OrganisationType.WELFARE, "078 555 0707", null,
                null, List.of());
        organisations.createIfAbsent("Leerwerkbedrijf Zwijndrecht Werkt", OrganisationType.EMPLOYER,
                "078 555 0808", null, null, List.of());
        Long begeleiding = organisations.department(socialService.id(), "Begeleiding").orElseThrow().id();
        Long participatie = organisations.department(socialService.id(), "Participatie").orElseThrow().id();

        List<UserSummary> coachAccounts = List.of(
                coach("coach1", "Sanne Verhoeven", Gender.FEMALE, List.of("Nederlands", "Engels"),
                        List.of("wandelen", "koken"), "Jongerenwerk, 8 jaar", 24, 24),
                coach("coach2", "Mehmet Yıldız", Gender.MALE, List.of("Nederlands", "Turks"),
                        List.of("sport", "voetbal"), "Jobcoaching, 5 jaar", 20, 20),
                coach("coach3", "Lotte Bakker", Gender.FEMALE, List.of("Nederlands"),
                        List.of("muziek", "creatief"), "Ambulante begeleiding lvb, 12 jaar", 24, 24),
                coach("coach4", "Rachid El Amrani", Gender.MALE, List.of("Nederlands", "Arabisch", "Engels"),
                        List.of("sport", "boksen"), "Schuldhulp en werk, 6 jaar", 20, 20));
        UserSummary referrerBrug = referrer("verwijzer1", "Marieke Jansen", deBrug.id(), null);
        UserSummary referrerHorizon = referrer("verwijzer2", "Peter van Dijk", horizon.id(), null);
        UserSummary referrerBegeleiding = referrer("verwijzer3", "Anouk Smit", socialService.id(), begeleiding);
        UserSummary referrerParticipatie = referrer("verwijzer4", "Jeroen Mulder", socialService.id(), participatie);
        account("projectleider", "Ingrid de Graaf", Role.PROJECT_LEADER);
        account("beheerder", "Tom Visser", Role.ADMIN);
        account("secretariaat", "Yara Bos", Role.BACKOFFICE);
        account("stuurgroep", "Stuurgroep lifecoach-voorziening", Role.MONITOR);

        TrackSummary youth = referenceData.trackByCode("YOUTH").orElseThrow();
        TrackSummary adults = referenceData.trackByCode("ADULTS").orElseThrow();
        Faker faker = new Faker(Locale.forLanguageTag("nl"), new Random(2026));
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(clock);
        List<UserSummary> referrers = List.of(referrerBrug, referrerHorizon, referrerBegeleiding, referrerParticipatie);

        UserSummary projectLeader = accounts.findByUsername("projectleider").orElseThrow();
        List<String> rounds = monitoringRounds(projectLeader.id(), today);
        Long ggz = organisations.findByName("GGZ Drechtland").orElseThrow().id();
        Long handOver = null;
        Long callAbout = null;
        List<Long[]> coachedClients = new ArrayList<>();
        for (int i = 0; i < PHASES.size(); i++) {
            Phase phase = PHASES.get(i);
            UserSummary referrer = referrers.get(i % referrers.size());
            boolean isYouth = referrer == referrerBrug || referrer == referrerHorizon;
            String firstName = faker.name().firstName();
            String lastName = faker.name().lastName();
            LocalDate birth = isYouth
                    ? today.minusYears(17 + random.nextInt(3)).minusDays(random.nextInt(365))
                    : today.minusYears(24 + random.nextInt(35)).minusDays(random.nextInt(365));
            boolean coached = phase.compareTo(Phase.INTAKE) >= 0;
            UserSummary coach = coached ? coachAccounts.get(i % coachAccounts.size()) : null;
            // every third coached client has a designated cover coach: the next colleague
            UserSummary cover = coached && i % 3 == 0 ? coachAccounts.get((i + 1) % coachAccounts.size()) : null;
            LocalDate phaseSince = today.minusDays(3 + random.nextInt(phase == Phase.WAAKVLAM ? 300 : 90));
            // open and just-decided referrals are recent; coached clients were referred long ago
            boolean undecidedOrJustDecided = phase == Phase.REFERRED || phase == Phase.ACCEPTED
                    || phase == Phase.DECLINED;
            LocalDate referredOn = undecidedOrJustDecided ? today.minusDays(5 + random.nextInt(25))
                    : phaseSince.minusDays(30 + random.nextInt(400));
            if (phase == Phase.REFERRED || phase == Phase.ACCEPTED || phase == Phase.DECLINED) {
                phaseSince = phase == Phase.REFERRED ? referredOn : referredOn.plusDays(3 + random.nextInt(10));
                if (phaseSince.isAfter(today)) {
                    phaseSince = today;
                }
            }
            List<String> questions = isYouth ? YOUTH_QUESTIONS : ADULT_QUESTIONS;
            String reason = isYouth ? REASONS_YOUTH.get(i % REASONS_YOUTH.size())
                    : REASONS_ADULT.get(i % REASONS_ADULT.size());
            Long clientId = referrals.importReferral(new ImportedClient(
                    new ClientIdentity(firstName, lastName, birth, "06 " + (10000000 + random.nextInt(89999999)),
                            null, faker.address().streetName() + " " + (1 + random.nextInt(120)) + ", Zwijndrecht",
                            ContactChannel.values()[random.nextInt(ContactChannel.values().length)],
                            LIVING.get(random.nextInt(LIVING.size()))),
                    new ClientProfile(isYouth ? youth.id() : adults.id(),
                            isYouth ? (random.nextInt(5) == 0 ? 3 : 2) : null,
                            isYouth ? today.plusMonths(random.nextInt(10) - 3).withDayOfMonth(1) : null,
                            isYouth ? null : (referrer == referrerBegeleiding ? "Begeleiding: geplaatst in werk"
                                    : "Participatie"),
                            i % 5 == 0 ? "FEMALE" : null, i % 6 == 1 ? "Turks" : null,
                            i % 4 == 0 ? "sport" : (i % 4 == 1 ? "muziek" : null),
                            questions.get(random.nextInt(questions.size()))),
                    referrer.id(), projectLeader.id(), phase, referredOn, phaseSince,
                    coach == null ? null : coach.id(), cover == null ? null : cover.id(),
                    phase == Phase.DECLINED ? "Te complex voor een waakvlamtraject: er speelt zware "
                            + "psychiatrische problematiek." : null,
                    phase == Phase.ENDED ? (i % 2 == 0 ? "GOAL_REACHED" : "MOVED") : null,
                    phase == Phase.ENDED ? "Kan terecht bij het Sociaal Wijkteam Noord; de achterdeur naar de "
                            + "lifecoach blijft open." : null),
                    new ReferralDetails(reason, KNOWN.get(i % KNOWN.size()),
                            i % 7 == 0 ? Urgency.SOON : Urgency.NORMAL, referredOn.minusDays(2)),
                    phase == Phase.DECLINED ? "Aanmelden bij de GGZ; bij wachttijd opnieuw contact opnemen." : null,
                    phase == Phase.DECLINED ? ggz : null);
            if (coach != null) {
                // history starts when the coaching did, never before the client's start
                LocalDate coachingStart = clients.coachingSince(clientId);
                contactHistory(clientId, coach.id(), phase, coachingStart, phaseSince, i, random, today);
                if (phase == Phase.INTAKE) {
                    // a driegesprek coming up, to move, to call off or to put in a calendar
                    referrals.planDriegesprekQuietly(clientId, today.plusDays(2 + i % 5).atTime(10 + i % 4, 0),
                            i % 2 == 0 ? "Kantoor van het programma, Zwijndrecht" : "Op school, spreekkamer");
                }
                escalationHistory(clientId, coach.id(), phase, phaseSince, isYouth, i, today);
                sharingHistory(clientId, coach.id(), referrer.id(), phase, i, today);
                Map<String, Long> domains = referenceData.lifeDomainIdsByCode();
                goals.importGoal(clientId, questions.get(i % questions.size()).replace("Ik wil ", "Ik wil "),
                        domains.get(isYouth ? "WORK" : "FINANCES"), GoalOwner.CLIENT,
                        i % 4 == 0 ? GoalStatus.ACHIEVED : GoalStatus.OPEN,
                        today.plusMonths(3), coach.id());
                measurementHistory(clientId, coach.id(), phase, coachingStart, phaseSince, rounds, i, random, today);
                if (phase != Phase.ENDED) {
                    coachedClients.add(new Long[]{clientId, coach.id()});
                }
                if (phase == Phase.WAAKVLAM && coach == coachAccounts.get(1) && cover == null && handOver == null) {
                    handOver = clientId;
                }
                if (phase == Phase.INTENSIVE && coach == coachAccounts.get(0) && callAbout == null) {
                    callAbout = clientId;
                }
            }
        }
        handOverAndCallBack(handOver, callAbout, coachAccounts, projectLeader, today);
        evaluation(rounds, coachedClients, coachAccounts, referrers, projectLeader, today);

        // Coach 3 is ill this week and next; coach 1 covers. Coach 2 has a holiday coming up.
        coaches.addAbsence(new NewAbsence(coachAccounts.get(2).id(), today.minusDays(3), today.plusDays(10),
                AbsenceReason.SICK, coachAccounts.get(0).id()), projectLeader.id());
        coaches.addAbsence(new NewAbsence(coachAccounts.get(1).id(), today.plusDays(20), today.plusDays(34),
                AbsenceReason.HOLIDAY, coachAccounts.get(3).id()), projectLeader.id());
    }

    private static final List<String> CAN_DO_NOW = List.of("Zelf boodschappen doen en koken.",
            "Mijn post openmaken en op tijd betalen.", "Alleen met de bus naar mijn werk.",
            "Zelf bellen als er iets is.", "Op tijd komen en afspraken nakomen.");

    /**
     * The programme's evaluation: the two closed rounds carried the three questionnaires and were
     * answered (clients with their coach, the referrers and the coaches themselves); the round open
     * now carries them too, so coaches and referrers find them in their inbox and client1 on Mijn
     * Waakvlam. In the last closed round two prevented escalations have a confirmed avoided cost
     * (the monitor's own examples: a Wmo indication of € 26,000, a debt of € 5,000) and one story
     * was selected.
     */
    private void evaluation(List<String> rounds, List<Long[]> coachedClients, List<UserSummary> coachAccounts,
                            List<UserSummary> referrers, UserSummary projectLeader, LocalDate today) {
        Set<Audience> all = EnumSet.allOf(Audience.class);
        int[][] windows = {{-315, -280}, {-160, -125}};
        Random random = new Random(31);
        for (int r = 0; r < windows.length; r++) {
            Long round = evaluation.carry(rounds.get(r), all);
            Instant opened = today.plusDays(windows[r][0] + 2).atTime(10, 0).atZone(clock.getZone()).toInstant();
            for (int c = 0; c < coachedClients.size(); c++) {
                Long[] client = coachedClients.get(c);
                if (c % 6 == 5) {
                    continue; // not everyone answers
                }
                Map<String, Object> answers = new HashMap<>();
                answers.put("SATISFIED_COACH", 7 + random.nextInt(3) + (random.nextInt(4) == 0 ? 1 : 0));
                answers.put("SATISFIED_LIFE", 5 + r + random.nextInt(3));
                answers.put("HELPED", random.nextInt(6) == 0 ? 1 : 0);
                answers.put("RECOMMEND", random.nextInt(8) == 0 ? 1 : 0);
                answers.put("LISTENED", random.nextInt(5) == 0 ? 1 : 0);
                answers.put("WOULD_MISS", random.nextInt(10) == 0 ? 1 : 0);
                if (c % 2 == 0) {
                    answers.put("CAN_DO_NOW", CAN_DO_NOW.get(c % CAN_DO_NOW.size()));
                }
                // what the coach helps with (the positions' bits): always a listening ear, and one or two more
                answers.put("SUPPORT_AREAS", 1 | (1 << (1 + c % 6)) | (c % 3 == 0 ? 1 << 3 : 0));
                evaluation.answers(round, Audience.CLIENT, client[0], null, client[1], answers,
                        opened.plus(Duration.ofDays(c % 20)));
            }
            int[][] referrerMarks = {{9, 9, 8, 9}, {9, 8, 9, 10}, {9, 9, 7, 10}, {7, 6, 8, 9}};
            for (int i = 0; i < referrers.size(); i++) {
                int[] m = referrerMarks[i];
                Map<String, Object> answers = new HashMap<>(Map.of("SATISFIED_PROVISION", m[0], "COLLABORATION", m[1],
                        "REFERRAL_PROCESS", m[2], "PROJECT_LEADER_ROLE", m[3], "SELF_RELIANCE_GROWTH", i == 3 ? 3 : 0));
                if (i < 3) {
                    answers.put("PREVENTION_EXAMPLES", "Een leerling raakte niet verder in de schulden: de coach "
                            + "ging mee naar het loket.");
                }
                evaluation.answers(round, Audience.REFERRER, null, referrers.get(i).id(), referrers.get(i).id(), answers,
                        opened.plus(Duration.ofDays(3 + i)));
            }
            int[][] coachMarks = {{7, 6, 8, 8, 85}, {8, 7, 8, 8, 80}, {9, 8, 7, 10, 90}, {8, 7, 8, 9, 85}};
            for (int i = 0; i < coachAccounts.size(); i++) {
                int[] m = coachMarks[i];
                evaluation.answers(round, Audience.COACH, null, coachAccounts.get(i).id(), coachAccounts.get(i).id(),
                        Map.of("SATISFIED_PROVISION", m[0], "COLLABORATION", m[1], "REFERRAL_PROCESS", m[2],
                                "PROJECT_LEADER_ROLE", m[3], "CLIENT_TIME_SHARE", m[4]),
                        opened.plus(Duration.ofDays(5 + i)));
            }
        }
        evaluation.carry(rounds.get(2), all);

        // the last closed round: two prevented escalations with a confirmed avoided cost, and a story
        Map<String, Long> domainIds = referenceData.lifeDomainIdsByCode();
        Instant now = clock.instant();
        Long[] first = coachedClients.get(1);
        Long[] second = coachedClients.get(4);
        Long wmo = events.importEvent(first[0], first[1], event(EventType.ESCALATION_PREVENTED, today.minusDays(150),
                Set.of(domainIds.get("FAMILY")), null, "Het gezin liep vast; een zware Wmo-indicatie voor begeleiding "
                        + "was aangevraagd.", "Samen een weekritme en afspraken met school gemaakt; de aanvraag is "
                        + "ingetrokken.", "Het gezin redt het met de lifecoach op de achtergrond.", null),
                Phase.WAAKVLAM, now);
        evaluation.confirmedCase(first[0], wmo, "Wmo-indicatie voor begeleiding", 26000,
                "Indicatie ingetrokken na drie maanden coaching.", first[1], projectLeader.id(),
                today.minusDays(148).atTime(12, 0).atZone(clock.getZone()).toInstant());
        Long debt = events.importEvent(second[0], second[1], event(EventType.ESCALATION_PREVENTED, today.minusDays(140),
                Set.of(domainIds.get("FINANCES")), null, "Een rekening van de zorgverzekeraar lag ongeopend; "
                        + "incasso dreigde.", "Samen gebeld en een betalingsregeling getroffen.", null, null),
                Phase.WAAKVLAM, now);
        evaluation.confirmedCase(second[0], debt, "Schuld of incassotraject", 4800,
                "Betalingsregeling in plaats van incasso.", second[1], projectLeader.id(),
                today.minusDays(139).atTime(12, 0).atZone(clock.getZone()).toInstant());
        evaluation.selectedStory(first[0], "Van vastlopen naar zelf regelen",
                "Toen de lifecoach kwam, liep het gezin vast en was er zware begeleiding aangevraagd. Samen maakten "
                        + "ze een weekritme en afspraken met school. Na drie maanden was de aanvraag niet meer nodig. "
                        + "Nu belt moeder zelf als er iets is, en komt de lifecoach eens per maand langs.",
                today.minusDays(136), first[1], projectLeader.id(),
                today.minusDays(135).atTime(15, 0).atZone(clock.getZone()).toInstant());
    }

    /**
     * Two things that pass between people, so that their pages have something to show on a fresh
     * start: coach2 handed a client over to coach1 two days ago (with a note marked for the handover),
     * and coach1 has not read the handover yet; the back office took a call for coach1 this morning.
     */
    private void handOverAndCallBack(Long handOver, Long callAbout, List<UserSummary> coachAccounts,
                                     UserSummary projectLeader, LocalDate today) {
        if (handOver != null) {
            Instant at = today.minusDays(3).atTime(15, 30).atZone(clock.getZone()).toInstant();
            contacts.importContact(handOver, coachAccounts.get(1).id(), new ContactDetails(at, ContactOutcome.REACHED,
                    ContactType.HOME_VISIT, InitiatedBy.COACH, 45, Set.of(),
                    "Moeder is haar steun en toeverlaat: bel haar als cliënt niet opneemt. Slecht nieuws liever "
                            + "face-to-face, niet per app.", "Afscheid genomen; de nieuwe coach komt kennismaken.",
                    null, null, false, false, TimeKind.DIRECT, Set.of(), true), at);
            lifecycle.handOverQuietly(handOver, coachAccounts.get(0).id(), "Mehmet gaat minder uren werken. "
                            + "Warme overdracht: samen op huisbezoek; afspraak met Schuldhulp loopt nog.",
                    projectLeader.id(), today.minusDays(2));
        }
        // two clients of coach1 with an account of their own (Mijn Waakvlam)
        if (callAbout != null) {
            clientAccounts.importAccount(callAbout, "client1", DemoMode.PASSWORD, coachAccounts.get(0).id());
            // client1's mentor sees the same pages; client1 sees that the mentor has them
            clientAccounts.importGuardian(callAbout, "mentor1", "Karin de Boer", ClientAccounts.LegalBasis.MENTOR,
                    DemoMode.PASSWORD, coachAccounts.get(0).id());
            // a report the coach discussed with the client and shared: the client reads it on Mijn Waakvlam
            reports.importReleased(callAbout, coachAccounts.get(0).id(), today.minusMonths(2), today.minusDays(7),
                    "Het gaat beter met je geld. Je betaalt de huur nu zelf op tijd. Op school loopt het goed. "
                            + "We blijven elke week even bellen.", today.minusDays(7));
        }
        if (handOver != null) {
            clientAccounts.importAccount(handOver, "client2", DemoMode.PASSWORD, coachAccounts.get(0).id());
            // a draft the coach wants to discuss with client2 before it is shared
            reports.importDraftForClient(handOver, coachAccounts.get(0).id(), today.minusMonths(1), today,
                    "Je woont nu een jaar zelfstandig. Het lukt goed met koken en boodschappen. "
                            + "Met geld is het soms nog lastig. We kijken samen naar een vaste dag voor de rekeningen.");
        }
        if (callAbout != null) {
            UserSummary backOffice = accounts.findByUsername("secretariaat").orElseThrow();
            backOfficeService.importCallback(callAbout, "Ria (moeder)", "06 1234 5678", "FAMILY",
                    "Maakt zich zorgen over een brief van de woningcorporatie; vraagt of de coach vandaag terugbelt.",
                    "TODAY",
                    backOffice.id(), today.atTime(9, 10).atZone(clock.getZone()).toInstant());
        }
    }

    /**
     * Three monitoring rounds like the pilot's (start, midway, end): two closed, the last open now,
     * named after the part of the year they fall in ("Begin 2026"). The demo switches the licensed
     * ZRM on, as an administrator would once the licence is arranged, so that its charts have data.
     */
    private List<String> monitoringRounds(Long projectLeaderId, LocalDate today) {
        List<String> names = new ArrayList<>();
        for (int[] window : new int[][]{{-315, -280}, {-160, -125}, {-7, 25}}) {
            LocalDate opens = today.plusDays(window[0]);
            String part = opens.getMonthValue() <= 4 ? "Begin" : opens.getMonthValue() <= 8 ? "Midden" : "Eind";
            names.add(part + " " + opens.getYear());
            measurementSettings.importRound(names.get(names.size() - 1), opens, today.plusDays(window[1]), projectLeaderId);
        }
        measurementSettings.importSwitch("ZRM", true);
        return names;
    }

    private static final List<String> MEASUREMENT_NOTES = List.of(
            "Trots dat hij zelf de huur heeft betaald.",
            "Geeft een 5: werk is zwaar, maar ze wil het volhouden.",
            "Voelt zich meer gehoord sinds er een coach is.",
            "Geen werk en weinig mensen om zich heen; eenzaam in het weekend.",
            "Heeft een vaste plek bij de kringloop; dat geeft rust.");

    /**
     * A start measurement, one in every closed monitoring round after the start, and (for every
     * other client) one in the open round; ended clients have an end measurement. Small steps,
     * sometimes back: the ladder lies flat and moves both ways.
     */
    private void measurementHistory(Long clientId, Long coachId, Phase phase, LocalDate coachingStart,
                                    LocalDate phaseSince, List<String> rounds, int index, Random random, LocalDate today) {
        if (phase == Phase.INTAKE || !coachingStart.isBefore(today.minusDays(7))) {
            return;
        }
        int scale = 3 + random.nextInt(4);
        int life = 5 + random.nextInt(3);
        int rung = 1 + random.nextInt(4);
        boolean zrm = index % 2 == 0;
        Map<String, Integer> matrix = new LinkedHashMap<>();
        for (String domain : List.of("FINANCES", "WORK_EDUCATION", "TIME_USE", "HOUSING", "SOCIAL_NETWORK",
                "MENTAL_HEALTH", "INSTRUMENTAL_ADL", "PARTICIPATION")) {
            matrix.put(domain, 1 + random.nextInt(3));
        }
        LocalDate start = coachingStart.plusDays(7);
        record(clientId, coachId, MeasurementMoment.START, null, start, scale, null, life, rung,
                zrm ? matrix : null, MEASUREMENT_NOTES.get(index % MEASUREMENT_NOTES.size()));
        List<LocalDate> roundDays = List.of(today.minusDays(300), today.minusDays(145), today.minusDays(3));
        for (int r = 0; r < rounds.size(); r++) {
            LocalDate on = roundDays.get(r);
            boolean open = r == rounds.size() - 1;
            if (on.isBefore(start.plusDays(30)) || phase == Phase.ENDED && on.isAfter(phaseSince)
                    || open && index % 2 == 1) {
                continue;
            }
            scale = Math.max(1, Math.min(10, scale + random.nextInt(4) - 1));
            life = Math.max(1, Math.min(10, life + random.nextInt(4) - 1));
            int move = random.nextInt(6);
            rung = Math.max(1, Math.min(6, rung + (move == 0 ? -1 : move >= 4 ? 1 : 0)));
            if (zrm) {
                // mostly the same, sometimes a step forward, now and then one back
                matrix.replaceAll((domain, score) -> Math.max(1, Math.min(5, score + (random.nextInt(3) == 0 ? 1 : 0)
                        - (random.nextInt(8) == 0 ? 1 : 0))));
            }
            record(clientId, coachId, MeasurementMoment.ROUND, rounds.get(r), on, scale, 7 + random.nextInt(4), life, rung,
                    zrm ? matrix : null, null);
        }
        if (phase == Phase.ENDED) {
            record(clientId, coachId, MeasurementMoment.END, null, phaseSince, Math.min(10, scale + 1),
                    7 + random.nextInt(4), life, rung, zrm ? matrix : null, "Afgerond met een goed gevoel.");
        }
    }

    private void record(Long clientId, Long coachId, MeasurementMoment moment, String round, LocalDate on, int scale,
                        Integer coachSatisfaction, int life, int rung, Map<String, Integer> matrix, String note) {
        measurements.importMeasurement(clientId, "SCALE", moment, round, on, scale, Map.of(), note, coachId);
        if (coachSatisfaction != null) {
            measurements.importMeasurement(clientId, "SATISFACTION_COACH", moment, round, on, coachSatisfaction,
                    Map.of(), null, coachId);
        }
        measurements.importMeasurement(clientId, "SATISFACTION_LIFE", moment, round, on, life, Map.of(), null, coachId);
        measurements.importMeasurement(clientId, "PARTICIPATION_LADDER", moment, round, on, rung, Map.of(), null, coachId);
        if (matrix != null) {
            measurements.importMeasurement(clientId, "ZRM", moment, round, on, null, Map.copyOf(matrix), null, coachId);
        }
    }

    private static final List<String> NOTES = List.of(
            "Samen de post doorgenomen; twee aanmaningen van de zorgverzekeraar. Betalingsregeling aangevraagd.",
            "Gaat goed op het werk. Wel moe; slaapt slecht sinds de ruzie met zijn broer.",
            "Wandeling door het park. Vertelt meer over thuis dan eerder; moeder drinkt weer.",
            "Sollicitatiebrief samen geschreven voor de supermarkt. Wil zelf bellen, oefenen volgende keer.",
            "Kort gebeld. Alles rustig, afspraak bij de huisarts is gemaakt.",
            "Meegegaan naar het wijkteam. Liet haar zelf het woord doen; ging goed.",
            "Voelt zich eenzaam in het weekend. Samen gekeken naar de voetbalclub in de wijk.",
            "Boos over de brief van de sociale dienst. Uitgelegd wat er staat; rustiger daarna.",
            "Appje: 'gaat goed, tot volgende week'.",
            "Huisbezoek. Huis is opgeruimd, koelkast leeg. Boodschappenlijst gemaakt.");
    private static final List<String> DOMAIN_CODES = List.of("FINANCES", "WORK", "SOCIAL_NETWORK", "HOUSING",
            "AGENCIES", "MENTAL_HEALTH", "FAMILY", "DAYTIME", "GENERAL_SUPPORT", "HOUSEHOLD");
    private static final List<ContactType> TYPES = List.of(ContactType.PHONE, ContactType.FACE_TO_FACE,
            ContactType.HOME_VISIT, ContactType.MESSAGE, ContactType.WALK_ACTIVITY, ContactType.PHONE,
            ContactType.ACCOMPANYING, ContactType.FACE_TO_FACE);

    /**
     * Months of contacts in the rhythm of the client's phase, ending so that the flame is burning,
     * flickering or going out (by client index), with attempts, follow-ups and the odd incident.
     */
    private void contactHistory(Long clientId, Long coachId, Phase phase, LocalDate coachingStart,
                                LocalDate phaseSince, int index, Random random, LocalDate today) {
        int rhythm = switch (phase) {
            case SCALING_DOWN -> 14;
            case WAAKVLAM -> 28;
            default -> 7;
        };
        LocalDate end = phase == Phase.ENDED ? phaseSince : today;
        LocalDate from = coachingStart.isBefore(today.minusDays(180)) ? today.minusDays(180) : coachingStart;
        if (phase == Phase.INTAKE) {
            from = phaseSince;
        }
        long daysSinceLast = switch (index % 3) {
            case 0 -> 1 + random.nextInt(Math.max(1, rhythm / 2));
            case 1 -> rhythm - Math.max(1, rhythm / 5);
            default -> rhythm + 3 + random.nextInt(10);
        };
        if (phase == Phase.ENDED) {
            daysSinceLast = 3;
        }
        Map<String, Long> domainIds = referenceData.lifeDomainIdsByCode();
        LocalDate day = end.minusDays(daysSinceLast);
        boolean newest = true;
        while (!day.isBefore(from)) {
            ContactType type = TYPES.get(random.nextInt(TYPES.size()));
            Instant at = day.atTime(9 + random.nextInt(9), random.nextInt(4) * 15)
                    .atZone(clock.getZone()).toInstant();
            Set<Long> domains = new HashSet<>();
            domains.add(domainIds.get(DOMAIN_CODES.get(random.nextInt(DOMAIN_CODES.size()))));
            if (random.nextBoolean()) {
                domains.add(domainIds.get(DOMAIN_CODES.get(random.nextInt(DOMAIN_CODES.size()))));
            }
            boolean followUp = newest && index % 5 == 1;
            contacts.importContact(clientId, coachId, new ContactDetails(at, ContactOutcome.REACHED, type,
                    random.nextInt(4) == 0 ? InitiatedBy.CLIENT : InitiatedBy.COACH,
                    type == ContactType.MESSAGE ? null : 20 + random.nextInt(8) * 10, domains,
                    NOTES.get(random.nextInt(NOTES.size())), null,
                    followUp ? "Terugbellen over de betalingsregeling" : null,
                    followUp ? today.minusDays(index % 10 == 1 ? 2 : 0) : null,
                    random.nextInt(25) == 0, random.nextInt(40) == 0, TimeKind.DIRECT, Set.of()), at);
            if (random.nextInt(4) == 0) {
                Instant attempt = at.minus(Duration.ofDays(1 + random.nextInt(2)));
                contacts.importContact(clientId, coachId, ContactDetails.attempt(attempt,
                        random.nextBoolean() ? ContactOutcome.NO_ANSWER : ContactOutcome.NOT_HOME,
                        ContactType.PHONE), attempt);
            }
            newest = false;
            day = day.minusDays(Math.max(2, rhythm - 2 + random.nextInt(5)));
        }
        if (index % 3 == 2 && phase != Phase.ENDED) {
            // an unanswered call after the last real contact: attempts do not relight the flame
            Instant attempt = today.minusDays(1).atTime(11, 0).atZone(clock.getZone()).toInstant();
            contacts.importContact(clientId, coachId, ContactDetails.attempt(attempt, ContactOutcome.NO_ANSWER,
                    ContactType.PHONE), attempt);
        }
    }

    /**
     * The escalation ladder of a demo client: an early-warning plan with a matching signal, open
     * and closed scale-ups, prevented escalations, relapses and transitions, spread by index.
     */
    private void escalationHistory(Long clientId, Long coachId, Phase phase, LocalDate phaseSince, boolean youth,
                                   int index, LocalDate today) {
        if (phase == Phase.INTAKE) {
            return;
        }
        Instant now = clock.instant();
        Map<String, Long> domainIds = referenceData.lifeDomainIdsByCode();
        Long ggz = organisations.findByName("GGZ Drechtland").orElseThrow().id();
        Long debt = organisations.findByName("Schuldhulp Drechtsteden").orElseThrow().id();
        if (index % 3 == 0) {
            Long sign = events.importWarningSign(clientId, "Ik neem de telefoon niet meer op en blijf in bed liggen.",
                    "Coach gaat langs, samen een dagplanning maken", "coach", coachId, now);
            events.importWarningSign(clientId, "Ik ga weer blowen met oude vrienden.",
                    "Bespreken met coach; bij terugval contact met verslavingszorg", "cliënt en coach", coachId, now);
            events.importEvent(clientId, coachId, event(EventType.SIGNAL, today.minusDays(20 + index),
                    Set.of(domainIds.get("MENTAL_HEALTH")), SignalSource.FAMILY,
                    "Moeder belt: hij ligt al dagen in bed en neemt de telefoon niet op.",
                    "Langsgegaan, samen een weekplanning gemaakt.", "Gaat weer naar het werk.", sign), phase, now);
        }
        if (index % 7 == 3) {
            events.importEvent(clientId, coachId, scaleUp(today.minusDays(45), ggz, "Behandeling angstklachten",
                    ReferralFormStatus.SENT, today.plusDays(30)), phase, now);
        }
        if (index % 7 == 5) {
            Long scaleUp = events.importEvent(clientId, coachId, scaleUp(today.minusDays(150), debt,
                    "Schuldhulpverlening", ReferralFormStatus.ACCEPTED, today.minusDays(100)), phase, now);
            Long back = events.importEvent(clientId, coachId, event(EventType.RETURN, today.minusDays(40),
                    Set.of(domainIds.get("FINANCES")), null, "Schuldhulptraject afgerond; betalingsregeling loopt.",
                    "Samen de maandbegroting bijgesteld.", null, null), phase, now);
            events.importReturn(scaleUp, back, today.minusDays(40));
        }
        if (index % 5 == 2) {
            events.importEvent(clientId, coachId, event(EventType.ESCALATION_PREVENTED, today.minusDays(60 + index),
                    Set.of(domainIds.get("JUSTICE")), null, "Dreigde mee te gaan met een inbraak door vrienden. "
                            + "Na ons gesprek is hij thuisgebleven en naar zijn werk gegaan.",
                    "Gesprek over gevolgen, wijkagent op de hoogte (met toestemming).", null, null), phase, now);
        }
        if (index % 8 == 4) {
            events.importEvent(clientId, coachId, event(EventType.RELAPSE, today.minusDays(30 + index),
                    Set.of(domainIds.get("FINANCES")), null, "Weer post laten liggen; nieuwe aanmaning van de energieleverancier.",
                    "Post samen doorgenomen.", null, null), phase, now);
        }
        if (youth && (phase == Phase.SCALING_DOWN || phase == Phase.WAAKVLAM || phase == Phase.ENDED)) {
            EventDetails transition = new EventDetails(EventType.TRANSITION, phaseSince.minusDays(10),
                    Set.of(domainIds.get("WORK")), null, "Van school naar een leerwerkplek in de groenvoorziening.",
                    "Eerste werkdag samen voorbereid.", null, null, Severity.MEDIUM, true, null, false, null, null,
                    null, null, null, null, null, TransitionType.SCHOOL_TO_WORK,
                    "Praktijkschool, Leerwerkbedrijf Zwijndrecht Werkt", true);
            events.importEvent(clientId, coachId, transition, phase, now);
        }
    }

    private static final List<FeedbackFrequency> FREQUENCIES = List.of(FeedbackFrequency.MONTHLY,
            FeedbackFrequency.BIWEEKLY, FeedbackFrequency.QUARTERLY, FeedbackFrequency.SIGNIFICANT_EVENTS_ONLY,
            FeedbackFrequency.WEEKLY, FeedbackFrequency.NONE);

    /**
     * Feedback agreements of different frequencies (some overdue), consent in different scopes
     * (one withdrawn) and released reports, so every demo referrer has something to see.
     */
    private void sharingHistory(Long clientId, Long coachId, Long referrerId, Phase phase, int index, LocalDate today) {
        FeedbackFrequency frequency = FREQUENCIES.get(index % FREQUENCIES.size());
        LocalDate made = today.minusMonths(4);
        LocalDate due = frequency.nextAfter(today.minusDays(index % 4 == 0 ? 40 : 3));
        sharing.importAgreement(clientId, referrerId, frequency, index % 2 == 0 ? "Werk, wonen en geldzaken"
                : "Alleen grote veranderingen", index % 3 == 0 ? FeedbackChannel.PORTAL : FeedbackChannel.PHONE, made, due);
        boolean reportsScope = index % 5 != 2;
        boolean eventsScope = index % 5 != 1;
        if (index % 5 == 4) {
            return; // no consent: nothing is shared
        }
        sharing.importConsent(clientId, referrerId, reportsScope, eventsScope, index % 5 == 0, made.plusDays(7),
                coachId, index == 13 ? today.minusDays(10) : null);
        if (reportsScope && phase != Phase.INTAKE) {
            reports.importReleased(clientId, coachId, today.minusMonths(2).withDayOfMonth(1),
                    today.minusMonths(1).withDayOfMonth(1).minusDays(1), """
                            Hoe het gaat
                            Het gaat goed met werken. Soms is het druk in het hoofd, dan bellen we even.

                            Contact in deze periode
                            We zagen elkaar ongeveer elke twee weken. We hebben samen de post gedaan en een plan voor
                            de zomer gemaakt.

                            Afspraken voor de komende periode
                            Samen naar het wijkteam over de huur. Elke maand kort bellen.""",
                    today.minusMonths(1).withDayOfMonth(3));
        }
    }

    private static EventDetails event(EventType type, LocalDate on, Set<Long> domains, SignalSource source,
                                      String what, String action, String outcome, Long warningSign) {
        return new EventDetails(type, on, domains, source, what, action, outcome, null, Severity.MEDIUM, false,
                warningSign, false, null, null, null, null, null, null, null, null, null, null);
    }

    private static EventDetails scaleUp(LocalDate on, Long organisation, String careKind, ReferralFormStatus status,
                                        LocalDate expectedStart) {
        return new EventDetails(EventType.SCALE_UP, on, Set.of(), null, "Zwaardere hulp nodig; aangemeld.",
                "Samen het aanmeldformulier ingevuld.", null, null, Severity.HIGH, true, null, false, organisation,
                careKind, status, on, expectedStart, true, true, null, null, null);
    }

    private UserSummary coach(String username, String name, Gender gender, List<String> languages,
                              List<String> interests, String experience, int hours, int maxCaseload) {
        UserSummary account = account(username, name, Role.COACH);
        coaches.createProfileIfAbsent(new CoachProfileDetails(account.id(), gender, new ArrayList<>(languages),
                new ArrayList<>(interests), experience, hours, maxCaseload));
        return account;
    }

    private UserSummary referrer(String username, String name, Long organisationId, Long departmentId) {
        return accounts.createIfAbsent(new NewAccount(username, DemoMode.PASSWORD, name, username + "@demo.example",
                null, Role.REFERRER, organisationId, departmentId));
    }

    private UserSummary account(String username, String name, Role role) {
        return accounts.createIfAbsent(new NewAccount(username, DemoMode.PASSWORD, name, username + "@demo.example",
                null, role, null, null));
    }
}
