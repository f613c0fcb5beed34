/**
 * Programme settings and the administrator's settings page ({@code /admin/settings}). Owns the
 * programme's name (letterhead of the PDFs), its central phone number, the default contact rhythm and
 * the caseload weight per coached phase: the configuration properties ({@code WAAKVLAM_…}) are the
 * defaults, and the administrator's overrides live in {@code programme_setting}. Readers ask
 * {@link nl.waakvlam.settings.ProgrammeSettings} on every request (a kept copy, forgotten on change),
 * so a change takes effect on the next request without a restart. The page also keeps the reference
 * lists through the reference module's {@code ReferenceLists}, and every change to a list or a setting
 * is kept with its old and new value in {@code setting_change} and written to the audit trail.
 *
 * <p>A module of its own rather than part of {@code reference}: the settings are values the client,
 * sharing and dashboard modules compute with, not lists to choose from, and the page needs the audit
 * trail ({@code security}), which the reference module — used by nearly everything — should not depend on.
 */
@ApplicationModule(displayName = "Programme settings", allowedDependencies = {"shared", "shared :: pdf", "security", "reference"})
package nl.waakvlam.settings;

import org.springframework.modulith.ApplicationModule;
