/**
 * Goals per client, formulated in the client's own words, with life domain, owner (client, coach,
 * other organisation), status, target date and dated progress notes. Shown on the client file;
 * shared with a referrer only in a report and only with consent for goals.
 */
@ApplicationModule(displayName = "Goals", allowedDependencies = {"shared", "security", "reference", "client"})
package nl.waakvlam.goal;

import org.springframework.modulith.ApplicationModule;
