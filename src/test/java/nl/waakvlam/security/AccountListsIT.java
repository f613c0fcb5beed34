package nl.waakvlam.security;

import nl.waakvlam.shared.DemoMode;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists of accounts by role are kept in memory, and every change to what they show reaches them,
 * whoever makes it: here plain SQL, as another application instance or an administrator's script would.
 */
@IntegrationTest
class AccountListsIT {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChangedNewOrSwitchedOffAccountShowsInTheKeptListAndASignInChangesNothing() {
        UserSummary coach = accounts.createIfAbsent(new NewAccount("lists-coach", DemoMode.PASSWORD, "Lijst Coach",
                null, null, Role.COACH, null, null));
        assertThat(accounts.withRole(Role.COACH)).contains(coach);
        assertThat(accounts.withRole(Role.COACH)).as("kept: the same list object").isSameAs(accounts.withRole(Role.COACH));

        jdbc.update("update user_account set display_name = 'Lijst Coach Hernoemd' where id = ?", coach.id());
        assertThat(accounts.withRole(Role.COACH)).extracting(UserSummary::displayName).contains("Lijst Coach Hernoemd")
                .doesNotContain("Lijst Coach");

        jdbc.update("update user_account set enabled = false where id = ?", coach.id());
        assertThat(accounts.withRole(Role.COACH)).filteredOn(u -> u.id().equals(coach.id()))
                .singleElement().extracting(UserSummary::enabled).isEqualTo(false);

        jdbc.update("update user_account set role = 'PROJECT_LEADER' where id = ?", coach.id());
        assertThat(accounts.withRole(Role.COACH)).extracting(UserSummary::id).doesNotContain(coach.id());
        assertThat(accounts.withRole(Role.PROJECT_LEADER)).extracting(UserSummary::id).contains(coach.id());

        long version = accountsVersion();
        jdbc.update("update user_account set last_login_at = now() where id = ?", coach.id());
        assertThat(accountsVersion()).as("a sign-in changes nothing the lists show").isEqualTo(version);

        UserSummary added = accounts.createIfAbsent(new NewAccount("lists-coach-2", DemoMode.PASSWORD, "Lijst Coach 2",
                null, null, Role.COACH, null, null));
        assertThat(accounts.withRole(Role.COACH)).contains(added);

        // back to a coach, still switched off, so that no other test meets a second project leader
        jdbc.update("update user_account set role = 'COACH' where id = ?", coach.id());
        assertThat(accounts.withRole(Role.PROJECT_LEADER)).extracting(UserSummary::id).doesNotContain(coach.id());
    }

    @Test
    void namesByIdAreKeptLikeTheListsAndSeeEveryChange() {
        UserSummary coach = accounts.createIfAbsent(new NewAccount("names-coach", DemoMode.PASSWORD,
                "Naam Coach", null, null, Role.COACH, null, null));
        assertThat(accounts.byIds(java.util.List.of(coach.id()))).containsEntry(coach.id(), coach);

        StatementCounter.reset();
        assertThat(accounts.byIds(java.util.Arrays.asList(coach.id(), null, -1L)))
                .as("an unknown id or null is left out").containsOnlyKeys(coach.id());
        assertThat(StatementCounter.statements()).as("kept: the accounts are not read again (only the data version is)")
                .noneMatch(statement -> statement.contains("user_account"));

        jdbc.update("update user_account set display_name = 'Naam Coach Hernoemd' where id = ?", coach.id());
        assertThat(accounts.byIds(java.util.List.of(coach.id())).get(coach.id()).displayName())
                .isEqualTo("Naam Coach Hernoemd");
    }

    private long accountsVersion() {
        return jdbc.queryForObject("select version from data_version where name = 'accounts'", Long.class);
    }
}
