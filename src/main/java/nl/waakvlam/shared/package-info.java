/**
 * Small building blocks every module may use: the clock, the database mode (embedded or external
 * PostgreSQL), demo mode, the web shell configuration (locale, error mapping), the one date
 * format ({@code Dates}), how templates render (request wrapper, kept labels, {@code #display}, select
 * options through {@code wv:options} and {@code Choice}, the template engine's cache sizes), how many
 * requests are worked on at once and common exceptions. Owns no business data.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package nl.waakvlam.shared;

import org.springframework.modulith.ApplicationModule;
