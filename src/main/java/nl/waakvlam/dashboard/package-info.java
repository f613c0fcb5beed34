/**
 * The project leader's programme dashboard. Read-only: it aggregates in SQL through the other
 * modules' public services and nothing depends on it. It never ranks coaches.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = {"shared", "client"})
package nl.waakvlam.dashboard;

import org.springframework.modulith.ApplicationModule;
