package nl.waakvlam.support;

import nl.waakvlam.client.ClientIdentity;
import nl.waakvlam.client.ClientProfile;
import nl.waakvlam.client.ImportedClient;
import nl.waakvlam.client.Phase;
import nl.waakvlam.coach.CoachProfileDetails;
import nl.waakvlam.coach.CoachService;
import nl.waakvlam.coach.Gender;
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
import org.springframework.boot.test.context.TestComponent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A test mother: builds the people and clients a test needs through the modules' own services,
 * each with a unique name, so that a test neither depends on the demo data set nor collides with
 * another test in the shared context. Accounts get the demo password, so {@link Sessions#login}
 * signs them in through the real login form.
 */
@TestComponent
public class TestPeople {

    private final AccountService accounts;
    private final OrganisationService organisations;
    private final CoachService coaches;
    private final ReferralService referrals;
    private final ReferenceData referenceData;

    TestPeople(AccountService accounts, OrganisationService organisations, CoachService coaches,
               ReferralService referrals, ReferenceData referenceData) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.coaches = coaches;
        this.referrals = referrals;
        this.referenceData = referenceData;
    }

    public UserSummary coach() {
        UserSummary coach = account(Role.COACH, null);
        coaches.createProfileIfAbsent(new CoachProfileDetails(coach.id(), Gender.FEMALE, List.of("Nederlands"),
                List.of(), "Test", 24, 30, 0));
        return coach;
    }

    public UserSummary referrer() {
        OrganisationSummary school = organisations.createIfAbsent("Testschool " + unique(), OrganisationType.SCHOOL,
                null, null, null, List.of());
        return account(Role.REFERRER, school.id());
    }

    public UserSummary projectLeader() {
        return account(Role.PROJECT_LEADER, null);
    }

    /** A client in the intensive phase since 90 days, coached by {@code coach}, referred by {@code referrer}. */
    public Long coachedClient(UserSummary coach, UserSummary referrer, UserSummary projectLeader) {
        LocalDate today = LocalDate.now();
        Long track = referenceData.trackByCode("ADULTS").orElseThrow().id();
        return referrals.importReferral(new ImportedClient(
                        new ClientIdentity("Test", "Cliënt " + unique(), today.minusYears(25), null, null, null, null,
                                null),
                        new ClientProfile(track, null, null, "Participatie", null, null, null, null),
                        referrer.id(), projectLeader.id(), Phase.INTENSIVE, today.minusDays(120), today.minusDays(90),
                        coach.id(), null, null, null, null),
                new ReferralDetails("Test", null, Urgency.NORMAL, today.minusDays(121)), null, null);
    }

    /** An open referral (submitted five days ago, not yet decided) by {@code referrer}. */
    public Long referredClient(UserSummary referrer, UserSummary projectLeader) {
        LocalDate today = LocalDate.now();
        Long track = referenceData.trackByCode("ADULTS").orElseThrow().id();
        return referrals.importReferral(new ImportedClient(
                        new ClientIdentity("Test", "Aanmelding " + unique(), today.minusYears(22), null, null, null,
                                null, null),
                        new ClientProfile(track, null, null, "Participatie", null, null, null, null),
                        referrer.id(), projectLeader.id(), Phase.REFERRED, today.minusDays(5), today.minusDays(5),
                        null, null, null, null, null),
                new ReferralDetails("Test", null, Urgency.NORMAL, today.minusDays(6)), null, null);
    }

    private UserSummary account(Role role, Long organisationId) {
        String username = role.name().toLowerCase().replace("_", "") + "-" + unique();
        return accounts.createIfAbsent(new NewAccount(username, DemoMode.PASSWORD, "Test " + username,
                username + "@test.example", null, role, organisationId, null));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
