/**
 * Measurements: the instruments as data (the 1–10 scale question, satisfaction with the coach and
 * with one's own life, the participation ladder shown lying flat, the licensed self-sufficiency
 * matrix that the administrator switches on), measurement moments (start, every six months, mid,
 * end) and the programme's monitoring rounds that the project leader defines. Owns entry on the
 * client file, the history there, and due measurements on the coach's today list. The dashboard
 * aggregates the tables in SQL; this module never ranks clients or coaches.
 */
@ApplicationModule(displayName = "Measurements", allowedDependencies = {"shared", "security", "client"})
package nl.waakvlam.measurement;

import org.springframework.modulith.ApplicationModule;
