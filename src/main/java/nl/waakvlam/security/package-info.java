/**
 * Accounts, roles and login: who may sign in, with which single role, how passwords are hashed and
 * which are acceptable ({@code PasswordPolicy}), the single-use links to choose a password
 * ({@code account_token}, stored hashed), which routes each role may reach and the header's menu of
 * each role ({@code Navigation}), the security headers,
 * where each role lands after signing in, and the check on every request that a session still
 * stands for an active account in its current epoch ({@code AccountStandingFilter}). Optionally,
 * single sign-on through the organisation's OpenID Connect provider ({@code Sso*}), which only
 * ever signs in an account the administrator made. Also the
 * audit trail and the administrator's view of it. Other modules read the signed-in user as a
 * {@link nl.waakvlam.security.CurrentUser} and look up and change people through
 * {@link nl.waakvlam.security.AccountService}; the account pages live in the accounts module.
 */
@ApplicationModule(displayName = "Security and accounts", allowedDependencies = {"shared", "shared :: metrics", "organisation"})
package nl.waakvlam.security;

import org.springframework.modulith.ApplicationModule;
