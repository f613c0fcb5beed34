package nl.waakvlam.contact;

/** Working elements of the JobWise framework, optional tags on a contact; labels in {@code workingElement.*}. */
public enum WorkingElement {
    VERBINDEN, DOEN, INLEVEN, ONDERSTEUNEN, VERTALEN, AANHOUDEN, BEHARTIGEN, REFLECTEREN
}
