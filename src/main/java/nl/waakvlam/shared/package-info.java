/**
 * Small building blocks every module may use: the clock, the database mode (embedded or external
 * PostgreSQL), demo mode, the web shell configuration (locale, error mapping, the template engine's
 * cache sizes, {@code #display}), the one date format ({@code Dates}), {@code Choice} for select
 * options and common exceptions. Owns no business data.
 *
 * <p>Other modules use the types of this package; of the sub-packages only the named interfaces
 * {@code pdf} (documents for people: {@code PdfDocuments}, {@code Letterhead}) and {@code metrics}
 * ({@code CommittedCounter}). Everything else here (database start, operations filters, error pages,
 * event resubmission, cluster scheduling) is internal.
 */
@ApplicationModule(displayName = "Shared")
package nl.waakvlam.shared;

import org.springframework.modulith.ApplicationModule;
