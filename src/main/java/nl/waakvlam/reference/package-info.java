/**
 * Reference lists that several modules choose from: tracks (uitvoeringsniveaus) and life domains
 * (leefgebieden). Each is a configurable table seeded by a migration; {@link
 * nl.waakvlam.reference.ReferenceData} is the one way to read them, and keeps them in memory
 * because every page that shows a select or a label needs them.
 */
@ApplicationModule(displayName = "Reference lists", allowedDependencies = "shared")
package nl.waakvlam.reference;

import org.springframework.modulith.ApplicationModule;
