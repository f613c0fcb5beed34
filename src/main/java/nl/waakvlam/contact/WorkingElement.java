package nl.waakvlam.contact;

import java.util.EnumSet;
import java.util.Set;

/** Working elements of the JobWise framework, optional tags on a contact; labels in {@code workingElement.*}. */
public enum WorkingElement {
    VERBINDEN, DOEN, INLEVEN, ONDERSTEUNEN, VERTALEN, AANHOUDEN, BEHARTIGEN, REFLECTEREN;

    /** The elements as stored (their names in a text array). */
    static Set<WorkingElement> setOf(String[] names) {
        Set<WorkingElement> elements = EnumSet.noneOf(WorkingElement.class);
        for (String name : names) {
            elements.add(valueOf(name));
        }
        return elements;
    }
}
