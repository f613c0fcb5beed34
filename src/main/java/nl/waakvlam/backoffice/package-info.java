/**
 * The back office ("secretariaat"): the link between coaches and the referrers and clients who call
 * when the coach cannot be reached. Its directory lists every client with phase, coach and the coach's
 * availability (absent until, who covers) beside the programme's central phone number, never a note,
 * report, goal or measurement, and every listed client is audited. It takes call-back requests (who
 * called, about whom, what, how urgent), which reach the coach's inbox (and the colleague standing in
 * during an absence) until the coach marks them done. Owns {@code callback_request}.
 */
@ApplicationModule(displayName = "Back office",
        allowedDependencies = {"shared", "security", "client", "coach", "notification", "settings"})
package nl.waakvlam.backoffice;

import org.springframework.modulith.ApplicationModule;
