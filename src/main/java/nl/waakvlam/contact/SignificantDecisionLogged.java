package nl.waakvlam.contact;

/**
 * Published in the logging transaction when a contact carries a significant decision. Listeners
 * run after commit; ids only, so the stored publication holds no content.
 */
public record SignificantDecisionLogged(Long clientId, Long contactId) {
}
