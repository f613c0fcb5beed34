package nl.waakvlam.organisation;

/** Kinds of organisation on the sociale kaart; labels in {@code organisation.type.*}. */
public enum OrganisationType {
    SCHOOL, SOCIAL_SERVICE, MUNICIPALITY, EMPLOYER, CARE_PROVIDER, WELFARE, HOUSING, POLICE, GP, OTHER
}
