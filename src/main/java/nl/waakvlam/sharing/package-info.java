/**
 * Working with referrers: feedback agreements (who is informed, how often, about what), the
 * client's consent per recipient and scope with its full history, progress reports (draft,
 * discussed with the client, released, corrected as a new version; HTML and PDF from one
 * template, with read receipts), the referrer's view of a client and the context they add, and
 * notifying referrers of released reports and significant events within agreement and consent.
 * Working notes never leave the coach: nothing in this module reads a private note.
 */
@ApplicationModule(displayName = "Sharing with referrers",
        allowedDependencies = {"shared", "shared :: pdf", "shared :: metrics", "security", "organisation", "settings", "client", "contact", "escalation", "notification", "goal", "measurement"})
package nl.waakvlam.sharing;

import org.springframework.modulith.ApplicationModule;
