/**
 * Demo data: a fictitious but realistic programme (two tracks, two VSO schools, a social service
 * with Begeleiding and Participatie, four coaches, four referrers, a project leader, an
 * administrator, a back office, a steering group and about thirty clients in every phase, with months
 * of contact history whose rhythms leave flames burning, flickering and going out, and monitoring
 * rounds with answered questionnaires, confirmed avoided costs and a selected story). Loaded once, only in demo mode.
 */
@ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"shared", "security", "organisation", "reference", "coach", "client", "referral", "contact",
                "escalation", "sharing", "goal", "measurement", "backoffice",
                "evaluation"})
package nl.waakvlam.demo;

import org.springframework.modulith.ApplicationModule;
