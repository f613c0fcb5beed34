/**
 * The programme evaluation, as the external monitor measured it: the questionnaires a monitoring
 * round carries for clients (filled in with the coach, or by the client on Mijn Waakvlam), referrers
 * and coaches, with the monitor's own questions as editable defaults; avoided costs as cases (the
 * coach proposes what a prevented escalation avoided, the project leader confirms the amount; the
 * administrator keeps the reference amounts and their sources); and anonymised experience stories
 * proposed with the client's consent, checked for names before the project leader may select one.
 * Publishes {@code v_questionnaire_answer}, {@code v_avoided_cost} and {@code v_story} for the
 * dashboard's monitor report; never ranks clients or coaches.
 */
@ApplicationModule(displayName = "Evaluation",
        allowedDependencies = {"shared", "security", "client", "measurement", "notification", "sharing"})
package nl.waakvlam.evaluation;

import org.springframework.modulith.ApplicationModule;
