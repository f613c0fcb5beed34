/**
 * Reference lists that several modules choose from: tracks (uitvoeringsniveaus), life domains
 * (leefgebieden), end reasons and decline reasons. Each is a table seeded by a migration with a code,
 * a Dutch and an English name, an order and an active flag; {@link nl.waakvlam.reference.ReferenceData}
 * is the one way to read them and keeps them in memory because every page that shows a select or a
 * label needs them; {@link nl.waakvlam.reference.ReferenceLists} changes them (add, rename, reorder,
 * deactivate — never delete, since history points at them) for the administrator's settings page.
 */
@ApplicationModule(displayName = "Reference lists", allowedDependencies = "shared")
package nl.waakvlam.reference;

import org.springframework.modulith.ApplicationModule;
