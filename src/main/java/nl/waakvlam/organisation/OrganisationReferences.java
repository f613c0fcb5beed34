package nl.waakvlam.organisation;

import java.util.List;

/**
 * The references another module keeps to organisations and departments, in its own tables.
 * Every module that stores an organisation or department id implements this for those tables, so
 * that merging two organisations can count and move every reference while the organisation module
 * names no table but its own (and the dependency keeps running towards this module).
 *
 * <p>{@link #move} runs inside the merge's transaction: if one implementation fails, nothing moves.
 * Implementations raise the version of every row they change, so a form opened on such a row
 * before the merge answers with a conflict instead of writing the old organisation back.
 */
public interface OrganisationReferences {

    /** Per kind of reference, how many rows name the organisation (or one of its departments). */
    List<ReferenceCount> count(Long organisationId);

    /** How many rows name this department. */
    long countDepartment(Long departmentId);

    /** Points every reference to the duplicate organisation, and to its merged departments, at the remaining ones. */
    void move(OrganisationMerge merge);
}
