package nl.waakvlam.organisation;

import java.util.Map;

/**
 * A merge of a duplicate organisation into the one that remains. {@code departments} maps each
 * department of the duplicate that has a namesake in the remaining organisation to that namesake;
 * the duplicate's other departments move over whole and keep their ids.
 */
public record OrganisationMerge(Long duplicateId, Long remainingId, Map<Long, Long> departments) {

    public OrganisationMerge {
        departments = Map.copyOf(departments);
    }
}
