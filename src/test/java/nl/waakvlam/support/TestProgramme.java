package nl.waakvlam.support;

import nl.waakvlam.client.ClientIdentity;
import nl.waakvlam.client.ClientProfile;
import nl.waakvlam.client.ImportedClient;
import nl.waakvlam.client.Phase;
import nl.waakvlam.coach.AbsenceReason;
import nl.waakvlam.coach.CoachProfileDetails;
import nl.waakvlam.coach.CoachService;
import nl.waakvlam.coach.Gender;
import nl.waakvlam.coach.NewAbsence;
import nl.waakvlam.escalation.EventDetails;
import nl.waakvlam.escalation.EventService;
import nl.waakvlam.escalation.EventType;
import nl.waakvlam.escalation.Severity;
import nl.waakvlam.escalation.SignalSource;
import nl.waakvlam.measurement.InstrumentCatalogue;
import nl.waakvlam.measurement.MeasurementMoment;
import nl.waakvlam.measurement.MeasurementService;
import nl.waakvlam.measurement.MeasurementSettings;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.organisation.OrganisationSummary;
import nl.waakvlam.organisation.OrganisationType;
import nl.waakvlam.reference.ReferenceData;
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
import nl.waakvlam.sharing.SharingService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small programme the integration and browser tests share, built through the modules' own
 * services when a test context starts (once per database). It is the tests' own fixture, written
 * down here, so that no test depends on the demo data set and the demo can change freely: the
 * accounts every role signs in with (the same user names as the demo, so a tester finds their way),
 * five organisations, two absences, a closed monitoring round and seven clients, each there for the
 * tests named beside it.
 */
@TestComponent
public class TestProgramme implements SmartInitializingSingleton {

    private final AccountService accounts;
    private final OrganisationService organisations;
    private final CoachService coaches;
    private final ReferralService referrals;
    private final ReferenceData referenceData;
    private final EventService events;
    private final MeasurementService measurements;
    private final MeasurementSettings measurementSettings;
    private final InstrumentCatalogue catalogue;
    private final SharingService sharing;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoMode demoMode;
    private final boolean wanted;

    TestProgramme(AccountService accounts, OrganisationService organisations, CoachService coaches,
                  ReferralService referrals, ReferenceData referenceData, EventService events,
                  MeasurementService measurements, MeasurementSettings measurementSettings,
                  InstrumentCatalogue catalogue, SharingService sharing, TransactionTemplate transaction, Clock clock,
                  DemoMode demoMode, Environment environment) {
        // a first start (SetupIT) runs on an empty database: no programme, no account
        this.wanted = environment.getProperty("waakvlam.test.programme", Boolean.class, true);
        this.accounts = accounts;
        this.organisations = organisations;
        this.coaches = coaches;
        this.referrals = referrals;
        this.referenceData = referenceData;
        this.events = events;
        this.measurements = measurements;
        this.measurementSettings = measurementSettings;
        this.catalogue = catalogue;
        this.sharing = sharing;
        this.transaction = transaction;
        this.clock = clock;
        this.demoMode = demoMode;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // in demo mode (DemoDataIT) the demo programme is the data
        if (!wanted || demoMode.isEnabled() || accounts.findByUsername("beheerder").isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> build());
        catalogue.refresh();
    }

    private void build() {
        LocalDate today = LocalDate.now(clock);
        OrganisationSummary deBrug = organisations.createIfAbsent("Praktijkschool De Brug", OrganisationType.SCHOOL,
                "078 555 0101", null, null, List.of());
        OrganisationSummary horizon = organisations.createIfAbsent("VSO De Horizon", OrganisationType.SCHOOL,
                "078 555 0202", null, null, List.of());
        OrganisationSummary socialService = organisations.createIfAbsent("Sociale Dienst Drechtoever",
                OrganisationType.SOCIAL_SERVICE, "078 555 0303", null, null, List.of("Begeleiding", "Participatie"));
        organisations.createIfAbsent("GGZ Drechtland", OrganisationType.CARE_PROVIDER, null, null, null, List.of());
        organisations.createIfAbsent("Woonkracht Zwijndrecht", OrganisationType.HOUSING, null, null, null, List.of());

        UserSummary coach1 = coach("coach1", "Sanne Verhoeven", Gender.FEMALE);
        UserSummary coach2 = coach("coach2", "Mehmet Yıldız", Gender.MALE);
        UserSummary coach3 = coach("coach3", "Lotte Bakker", Gender.FEMALE);
        UserSummary coach4 = coach("coach4", "Rachid El Amrani", Gender.MALE);
        UserSummary verwijzer1 = account("verwijzer1", "Marieke Jansen", Role.REFERRER, deBrug.id());
        UserSummary verwijzer2 = account("verwijzer2", "Peter van Dijk", Role.REFERRER, horizon.id());
        UserSummary verwijzer3 = account("verwijzer3", "Anouk Smit", Role.REFERRER, socialService.id());
        UserSummary verwijzer4 = account("verwijzer4", "Jeroen Mulder", Role.REFERRER, socialService.id());
        UserSummary leader = account("projectleider", "Ingrid de Graaf", Role.PROJECT_LEADER, null);
        account("beheerder", "Tom Visser", Role.ADMIN, null);
        account("secretariaat", "Yara Bos", Role.BACKOFFICE, null);
        account("stuurgroep", "Stuurgroep lifecoach-voorziening", Role.MONITOR, null);

        // Coach 3 is ill (coach 1 covers); coach 2 has a holiday coming (coach 4 covers).
        coaches.addAbsence(new NewAbsence(coach3.id(), today.minusDays(3), today.plusDays(10), AbsenceReason.SICK,
                coach1.id()), leader.id());
        coaches.addAbsence(new NewAbsence(coach2.id(), today.plusDays(20), today.plusDays(34), AbsenceReason.HOLIDAY,
                coach4.id()), leader.id());
        // A closed round: an open one would put every client on the coaches' to-do lists.
        measurementSettings.importRound("Midden " + today.minusDays(160).getYear(), today.minusDays(160),
                today.minusDays(125), leader.id());

        // In this order, so that "the lowest id" of a kind is the client meant for it.
        // Lowest-id intensive client, coach 3's without cover: ClientJourneyIT, ClientAccessIT (cover), SharingIT.
        Long c1 = client("Aart", "Aalbers", Phase.INTENSIVE, coach3, null, verwijzer3, leader, today);
        sharing.importAgreement(c1, verwijzer3.id(), FeedbackFrequency.MONTHLY, "Werk en wonen", FeedbackChannel.PHONE,
                today.minusMonths(2), today.plusDays(12));
        // Coach 3's client with a designated cover (coach 4): ClientAccessIT.
        client("Bram", "Bosman", Phase.SCALING_DOWN, coach3, coach4, verwijzer3, leader, today);
        // Coach 1's first intensive client with an overdue agreement: PrivateNoteCanaryIT, ClientAccessIT, SharingIT.
        Long c3 = client("Cas", "Claassen", Phase.INTENSIVE, coach1, null, verwijzer1, leader, today);
        sharing.importAgreement(c3, verwijzer1.id(), FeedbackFrequency.MONTHLY, "Werk en geld", FeedbackChannel.PORTAL,
                today.minusMonths(3), today.minusDays(9));
        // Coach 2's first intensive client, referred by verwijzer 2: GoalIT, QueryCountIT, ClientAccessIT.
        client("Daan", "Dekker", Phase.INTENSIVE, coach2, null, verwijzer2, leader, today);
        // Coach 2's waakvlam client with measurements and an event for the charts: ContactJourneyIT,
        // MeasurementJourneyIT.
        Long c5 = client("Eva", "Evers", Phase.WAAKVLAM, coach2, null, verwijzer4, leader, today);
        measurementsFor(c5, coach2.id(), today);
        events.importEvent(c5, coach2.id(), signal(today.minusDays(40)), Phase.WAAKVLAM,
                today.minusDays(40).atTime(12, 0).atZone(clock.getZone()).toInstant());
        // Coach 4's waakvlam client, handed over in ClientJourneyIT.
        client("Fenna", "Fokkema", Phase.WAAKVLAM, coach4, null, verwijzer3, leader, today);
        // An open referral: ClientAccessIT.
        client("Gijs", "Groen", Phase.REFERRED, null, null, verwijzer2, leader, today);
    }

    private Long client(String firstName, String lastName, Phase phase, UserSummary coach, UserSummary cover,
                        UserSummary referrer, UserSummary leader, LocalDate today) {
        Long track = referenceData.trackByCode("ADULTS").orElseThrow().id();
        LocalDate referredOn = today.minusDays(phase == Phase.REFERRED ? 5 : 400);
        LocalDate phaseSince = phase == Phase.REFERRED ? referredOn : today.minusDays(60);
        return referrals.importReferral(new ImportedClient(
                        new ClientIdentity(firstName, lastName, today.minusYears(24), "06 1234 5678", null,
                                "Dorpsstraat 1, Zwijndrecht", null, null),
                        new ClientProfile(track, null, null, "Participatie", null, null, null,
                                "Ik wil een vaste dagbesteding."),
                        referrer.id(), leader.id(), phase, referredOn, phaseSince,
                        coach == null ? null : coach.id(), cover == null ? null : cover.id(), null, null, null),
                new ReferralDetails("Zoekt houvast na een moeilijke periode.", null, Urgency.NORMAL,
                        referredOn.minusDays(1)), null, null);
    }

    /** Two measurements of each kind, half a year apart, so every dashboard chart has a first and a latest. */
    private void measurementsFor(Long client, Long coachId, LocalDate today) {
        int[][] values = {{5, 3, 2}, {7, 4, 3}};
        LocalDate[] dates = {today.minusDays(220), today.minusDays(30)};
        for (int i = 0; i < 2; i++) {
            MeasurementMoment moment = i == 0 ? MeasurementMoment.START : MeasurementMoment.PERIODIC;
            measurements.importMeasurement(client, "SCALE", moment, null, dates[i], values[i][0], Map.of(), null,
                    coachId);
            measurements.importMeasurement(client, "PARTICIPATION_LADDER", moment, null, dates[i], values[i][1],
                    Map.of(), null, coachId);
            measurements.importMeasurement(client, "ZRM", moment, null, dates[i], null,
                    Map.of("FINANCES", values[i][2]), null, coachId);
        }
    }

    private static EventDetails signal(LocalDate on) {
        return new EventDetails(EventType.SIGNAL, on, Set.of(), SignalSource.CLIENT, "Slaapt slecht, mist afspraken.",
                "Extra belmoment afgesproken.", null, null, Severity.MEDIUM, false, null, false, null, null, null, null,
                null, null, null, null, null, null);
    }

    private UserSummary coach(String username, String name, Gender gender) {
        UserSummary account = account(username, name, Role.COACH, null);
        coaches.createProfileIfAbsent(new CoachProfileDetails(account.id(), gender, List.of("Nederlands"), List.of(),
                "Lifecoach", 24, 24));
        return account;
    }

    private UserSummary account(String username, String name, Role role, Long organisationId) {
        return accounts.createIfAbsent(new NewAccount(username, DemoMode.PASSWORD, name, username + "@demo.example",
                null, role, organisationId, null));
    }
}
