/**
 * The project leader's programme dashboard and its CSV exports. Read-only: it aggregates in SQL
 * (one statement per figure, over the other modules' tables, never writing), so its cost does
 * not grow with the data. Filterable by period, track, referrer organisation and coach. It never
 * ranks coaches: per-coach figures are listed by name and show capacity, not productivity.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = {"shared", "shared :: pdf", "client", "organisation", "security"})
package nl.waakvlam.dashboard;

import org.springframework.modulith.ApplicationModule;
