package nl.waakvlam.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * Keeps the current session signed in after the user ended their other sessions (a new
 * password, "sign out everywhere else"): the session takes over the account's new epoch.
 */
@Component
public class SignedInSession {

    private final AccountService accounts;

    SignedInSession(AccountService accounts) {
        this.accounts = accounts;
    }

    public void continueAfterEndingOthers(CurrentUser user, int newEpoch, HttpServletRequest request,
                                          HttpServletResponse response) {
        AccountService.Standing standing = accounts.standing(user.id()).orElseThrow();
        new AccountStandingFilter(accounts).replace(user.refreshed(standing, newEpoch), request, response);
    }
}
