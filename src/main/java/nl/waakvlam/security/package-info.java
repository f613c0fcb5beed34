/**
 * Accounts, roles and login: who may sign in, with which single role, how passwords are hashed,
 * which routes each role may reach, the security headers, and where each role lands after
 * signing in. Also the administrator's user list. Other modules read the signed-in user as a
 * {@link nl.waakvlam.security.CurrentUser} and look up people through
 * {@link nl.waakvlam.security.AccountService}.
 */
@ApplicationModule(displayName = "Security and accounts", allowedDependencies = {"shared", "organisation"})
package nl.waakvlam.security;

import org.springframework.modulith.ApplicationModule;
