/**
 * Running the accounts of a programme: the administrator's pages to invite, change and end
 * accounts ({@code /admin/users}), the new user's link to choose a password
 * ({@code /invitation/…}), everyone's own account ({@code /account}: password, language, e-mail
 * preferences, signing out elsewhere) and the first start without any account ({@code /setup}).
 * The accounts themselves, their links and the password rules are owned by {@code security};
 * this module owns no tables. It sits above security, organisation, coach and notification
 * because creating a coach needs a coach profile and ending one needs their caseload, and above
 * settings and client for the first steps of a new programme ({@code FirstSteps}), which tick
 * themselves off from the programme's name and number and its first client.
 */
@ApplicationModule(displayName = "Accounts",
        allowedDependencies = {"shared", "security", "organisation", "coach", "notification", "settings", "client"})
package nl.waakvlam.accounts;

import org.springframework.modulith.ApplicationModule;
